// What a browser demo persists: only what changed since the scenario's seed. `large` seeds 10,000 workers and
// localStorage holds about 5 MB, so the whole database cannot be saved; instead a reload re-seeds
// deterministically and re-applies this overlay. Changed entities are saved as their changed top-level
// fields only, so a health check over thousands of workers stays small.
import type { FeaturesConfiguration } from '../src/api/schemas';
import type { MockData } from './types';

export const COLLECTIONS = [
  'workers', 'workerPools', 'machinePolicies', 'environments', 'machines', 'accounts', 'projects',
  'deploymentProcesses', 'tasks',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type EntityOf<C extends CollectionName> = MockData[C][number];

type Entity = { Id: string } & Record<string, unknown>;

/** `created`: new since the seed; `set`/`unset`: fields changed on a seeded entity; `deleted`: gone. */
export type Change = { deleted: true } | { created: Entity } | { set: Record<string, unknown>; unset?: string[] };

export interface Overlay {
  version: 1;
  collections: Partial<Record<CollectionName, Record<string, Change>>>;
  features?: FeaturesConfiguration;
  /** Id high-water marks, so a deleted `Workers-9` is never handed out again (Octopus never reuses ids). */
  counters?: Record<string, number>;
}

/** Structural equality, blind to key order (a body parsed by zod may list keys in another order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function diffEntity(seed: Entity | undefined, current: Entity | undefined): Change | undefined {
  if (!current) return seed ? { deleted: true } : undefined;
  if (!seed) return { created: current };
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) if (!same(seed[key], value)) set[key] = value;
  const unset = Object.keys(seed).filter((key) => !(key in current));
  if (Object.keys(set).length === 0 && unset.length === 0) return undefined;
  return unset.length ? { set, unset } : { set };
}

function applyChange(entity: Entity, change: Change | undefined): Entity | undefined {
  if (!change) return entity;
  if ('deleted' in change) return undefined;
  if ('created' in change) return change.created; // an id re-created after a deletion
  const next: Entity = { ...entity, ...change.set };
  for (const key of change.unset ?? []) delete next[key];
  return next;
}

/** The seed with the overlay applied: seeded order kept, created entities appended in creation order. */
export function applyOverlay(seed: MockData, overlay: Overlay): MockData {
  const data: MockData = { ...seed, features: overlay.features ?? seed.features };
  for (const name of COLLECTIONS) {
    const changes = overlay.collections[name] ?? {};
    const seeded = seed[name] as unknown as Entity[];
    const seen = new Set(seeded.map((e) => e.Id));
    const kept = seeded.map((e) => applyChange(e, changes[e.Id])).filter((e): e is Entity => e !== undefined);
    for (const [id, change] of Object.entries(changes)) if (!seen.has(id) && 'created' in change) kept.push(change.created);
    (data as unknown as Record<string, Entity[]>)[name] = kept;
  }
  return data;
}

export function parseOverlay(text: string | null): Overlay | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Overlay;
    return value && value.version === 1 && typeof value.collections === 'object' ? value : undefined;
  } catch {
    return undefined; // a corrupt or older overlay is dropped: the scenario starts from its seed
  }
}

/** A scenario as the store holds it: the pristine seed (for diffs), the live data and what has changed. */
export interface ScenarioState {
  seed: MockData;
  data: MockData;
  dirty: Map<CollectionName, Set<string>>;
  featuresDirty: boolean;
  counters: Record<string, number>;
}

export function loadState(seed: MockData, saved: Overlay | undefined): ScenarioState {
  const data = applyOverlay(seed, saved ?? { version: 1, collections: {} }); // also copies the arrays
  const dirty = new Map<CollectionName, Set<string>>();
  for (const c of COLLECTIONS) dirty.set(c, new Set(Object.keys(saved?.collections[c] ?? {})));
  return { seed, data, dirty, featuresDirty: Boolean(saved?.features), counters: { ...saved?.counters } };
}

/** The overlay to save: each touched entity diffed against its seed (one index per collection, not a scan per id). */
export function buildOverlay(state: ScenarioState): Overlay {
  const overlay: Overlay = { version: 1, collections: {}, counters: state.counters };
  if (state.featuresDirty) overlay.features = state.data.features;
  for (const c of COLLECTIONS) {
    const ids = state.dirty.get(c);
    if (!ids?.size) continue;
    const index = (list: Entity[]) => new Map(list.filter((e) => ids.has(e.Id)).map((e) => [e.Id, e]));
    const seeded = index(state.seed[c] as unknown as Entity[]);
    const current = index(state.data[c] as unknown as Entity[]);
    const changes: Record<string, Change> = {};
    for (const id of ids) {
      const change = diffEntity(seeded.get(id), current.get(id));
      if (change) changes[id] = change;
    }
    overlay.collections[c] = changes;
  }
  return overlay;
}

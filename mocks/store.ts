// The fake Octopus's state: the active scenario and, per scenario, its data (seeded lazily, edits kept when
// switching). Scenarios are injected (mocks/registry.ts for the hosts, fixtures for unit tests). Entities are
// never mutated in place: put() replaces them, so the seed stays pristine for overlay diffs.
import type { FeaturesConfiguration } from '../src/api/schemas';
import { idKey } from '../src/domain/ids';
import { buildOverlay, loadState, parseOverlay, type CollectionName, type EntityOf, type ScenarioState } from './overlay';
import type { MockData, Scenario } from './types';

export type ScenarioRegistry = Readonly<Record<string, Scenario>>;
/** The part of the Web Storage API the store uses (localStorage in browsers, a Map-backed fake in tests). */
export interface KeyValueStorage { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void }
export interface TaskTimings { queuedMs: number; executingMs: number }
export interface MockStoreOptions {
  registry: ScenarioRegistry;
  scenario?: string;
  storage?: KeyValueStorage | null;
  now?: () => number;
  timings?: Partial<TaskTimings>;
}
export type { CollectionName, EntityOf } from './overlay';

export const STORAGE_PREFIX = 'infrastructure-portal.mock.';
const DEFAULT_TIMINGS: TaskTimings = { queuedMs: 1000, executingMs: 2500 };
type Entity = { Id: string };

export class MockStore {
  readonly registry: ScenarioRegistry;
  private active: string;
  private storage: KeyValueStorage | null;
  private clock: () => number;
  timings: TaskTimings;
  private readonly states = new Map<string, ScenarioState>();
  private readonly unsaved = new Set<string>();
  private saveScheduled = false;

  constructor(private readonly options: MockStoreOptions) {
    this.registry = options.registry;
    this.active = this.checkName(options.scenario ?? 'default');
    this.storage = options.storage ?? null;
    this.clock = options.now ?? Date.now;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
  }

  get scenario(): string { return this.active; }
  /** The active scenario's data; handlers read it and write through put()/remove()/setFeatures(). */
  get db(): MockData { return this.state(this.active).data; }
  now(): number { return this.clock(); }
  setClock(now: () => number): void { this.clock = now; }

  listScenarios(): Array<{ Name: string; Description: string }> {
    return Object.entries(this.registry).map(([Name, s]) => ({ Name, Description: s.description }));
  }

  select(name: string): void { this.active = this.checkName(name); }

  /** Back to the seed: drops in-memory edits and the persisted overlay. */
  reset(name: string = this.active): void {
    this.checkName(name);
    this.states.delete(name);
    this.unsaved.delete(name);
    this.storage?.removeItem(STORAGE_PREFIX + name);
  }

  /** Every scenario back to its seed, and the scenario, clock and timings given at construction. */
  resetAll(): void {
    for (const name of Object.keys(this.registry)) this.reset(name);
    this.active = this.checkName(this.options.scenario ?? 'default');
    this.clock = this.options.now ?? Date.now;
    this.timings = { ...DEFAULT_TIMINGS, ...this.options.timings };
  }

  /**
   * Another tab wrote this scenario (`name`, or every scenario when undefined): forget the copy held here so
   * the next request reads the shared one. Edits not yet written here are written first, so none is lost.
   */
  reload(name?: string): void {
    if (!this.storage) return;
    if (name !== undefined && !Object.hasOwn(this.registry, name)) return;
    for (const n of name === undefined ? [...this.states.keys()] : [name]) {
      if (this.unsaved.has(n)) continue;
      this.states.delete(n);
    }
  }

  /** The scenario a storage key holds, if it is one of this store's keys. */
  static scenarioOfKey(key: string): string | undefined {
    return key.startsWith(STORAGE_PREFIX) ? key.slice(STORAGE_PREFIX.length) : undefined;
  }

  /** Switching storage re-reads every scenario from it on next use. */
  setStorage(storage: KeyValueStorage | null): void {
    this.storage = storage;
    this.states.clear();
  }

  get<C extends CollectionName>(collection: C, id: string): EntityOf<C> | undefined {
    const key = idKey(id); // Octopus ids are matched case-insensitively, everywhere (src/domain/ids.ts)
    return (this.db[collection] as EntityOf<C>[]).find((e) => idKey(e.Id) === key);
  }

  put<C extends CollectionName>(collection: C, entity: EntityOf<C>): EntityOf<C> {
    const list = this.db[collection] as Entity[];
    const index = list.findIndex((e) => e.Id === entity.Id);
    if (index >= 0) list[index] = entity;
    else list.push(entity);
    this.touch(collection, entity.Id);
    return entity;
  }

  /** put() for many at once: one index over the list instead of a scan per entity (10,000 workers in `large`). */
  putMany<C extends CollectionName>(collection: C, entities: ReadonlyArray<EntityOf<C>>): void {
    const list = this.db[collection] as Entity[];
    const index = new Map(list.map((e, i) => [e.Id, i]));
    for (const entity of entities) {
      const i = index.get(entity.Id);
      if (i === undefined) index.set(entity.Id, list.push(entity) - 1);
      else list[i] = entity;
      this.touch(collection, entity.Id);
    }
  }

  remove(collection: CollectionName, id: string): boolean {
    const list = this.db[collection] as Entity[];
    const index = list.findIndex((e) => e.Id === id);
    if (index < 0) return false;
    list.splice(index, 1);
    this.touch(collection, id);
    return true;
  }

  setFeatures(features: FeaturesConfiguration): FeaturesConfiguration {
    const state = this.state(this.active);
    state.data.features = features;
    state.featuresDirty = true;
    this.scheduleSave();
    return features;
  }

  /** `Workers-N` with N one past the highest ever used in this scenario. */
  nextId(collection: CollectionName, prefix: string): string {
    const state = this.state(this.active);
    const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
    let max = 0;
    for (const e of state.data[collection] as Entity[]) max = Math.max(max, Number(pattern.exec(e.Id)?.[1] ?? 0));
    const n = Math.max(max + 1, state.counters[prefix] ?? 1);
    state.counters[prefix] = n + 1;
    this.scheduleSave();
    return `${prefix}-${n}`;
  }

  /** Writes pending overlays now (they are otherwise written once per tick, after a burst of changes). */
  flush(): void {
    this.saveScheduled = false;
    for (const name of this.unsaved) {
      const state = this.states.get(name);
      if (state && this.storage) this.write(name, state);
    }
    this.unsaved.clear();
  }

  private checkName(name: string): string {
    if (!Object.hasOwn(this.registry, name)) throw new Error(`Unknown mock scenario "${name}"`);
    return name;
  }

  private state(name: string): ScenarioState {
    let state = this.states.get(name);
    if (!state) {
      state = this.load(name);
      this.states.set(name, state);
    }
    return state;
  }

  private load(name: string): ScenarioState {
    const saved = this.storage ? parseOverlay(this.storage.getItem(STORAGE_PREFIX + name)) : undefined;
    return loadState((this.registry[name] as Scenario).seed(), saved);
  }

  private touch(collection: CollectionName, id: string): void {
    this.state(this.active).dirty.get(collection)?.add(id);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    this.unsaved.add(this.active);
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    queueMicrotask(() => this.flush());
  }

  private write(name: string, state: ScenarioState): void {
    try {
      this.storage?.setItem(STORAGE_PREFIX + name, JSON.stringify(buildOverlay(state)));
    } catch (error) {
      console.warn(`[mock] Could not persist edits to scenario "${name}"; they last until reload.`, error);
    }
  }
}

let current: MockStore | undefined;

/** Creates the one store the handlers use (hosts call this; tests may call it again with fixtures). */
export function configureMockStore(options: MockStoreOptions): MockStore {
  current = new MockStore(options);
  return current;
}

export function getMockStore(): MockStore {
  if (!current) throw new Error('The mock store is not configured: call configureMockStore({ registry }) first.');
  return current;
}

/** For Vitest afterEach: every scenario back to its seed, the initial scenario and the real clock. */
export function resetMockStore(): void {
  current?.resetAll();
}

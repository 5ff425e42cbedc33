// The fake Octopus's state: the active scenario and, per scenario, its data (seeded lazily, edits kept when
// switching). Scenarios are injected (mocks/registry.ts for the hosts, fixtures for unit tests). Entities are
// never mutated in place: put() replaces them, so the seed stays pristine for overlay diffs.
// A scenario may hold several spaces: the first is `db`, and `inSpace(id)` gives a view of the same store
// bound to another. Each space is kept (and persisted) as its own state; the user, their permissions, the
// server's features and version are the server's, so every space reads them from the first.
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
/** `default@Spaces-2`: the state (and storage) key of a scenario's other space. */
const SPACE_SEPARATOR = '@';
const DEFAULT_TIMINGS: TaskTimings = { queuedMs: 1000, executingMs: 2500 };
type Entity = { Id: string };
/** What is the server's rather than a space's: every space's view reads these from the first space. */
const SERVER_WIDE = ['user', 'permissions', 'features', 'serverVersion'] as const;

export class MockStore {
  readonly registry: ScenarioRegistry;
  private active: string;
  private storage: KeyValueStorage | null;
  private clock: () => number;
  timings: TaskTimings;
  private readonly states = new Map<string, ScenarioState>();
  private readonly unsaved = new Set<string>();
  // Shared by every space view (an object, so a view's write lands on the one flag).
  private readonly pending = { scheduled: false };
  private readonly spaceIdCache = new Map<string, string[]>();
  /** Undefined for the store itself (the first space); a space id for a view made by inSpace(). */
  private readonly spaceId?: string;

  constructor(private readonly options: MockStoreOptions) {
    this.registry = options.registry;
    this.active = this.checkName(options.scenario ?? 'default');
    this.storage = options.storage ?? null;
    this.clock = options.now ?? Date.now;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
  }

  get scenario(): string { return this.active; }
  /** The active scenario's data (this view's space); handlers read it and write through put()/remove()/setFeatures(). */
  get db(): MockData {
    const data = this.data();
    if (this.spaceId === undefined) return data;
    const first = this.state(this.active).data;
    const shared: Partial<MockData> = {};
    for (const k of SERVER_WIDE) if (first[k] !== undefined) Object.assign(shared, { [k]: first[k] });
    return { ...data, ...shared };
  }

  /** Every space of the active scenario, the first space first. */
  spaces(): MockData['space'][] {
    return [this.state(this.active).data.space, ...this.otherSpaceIds().map((id) => this.state(`${this.active}${SPACE_SEPARATOR}${id}`).data.space)];
  }

  /** This store bound to one of the active scenario's spaces (matched case-insensitively), or undefined. */
  inSpace(spaceId: string): MockStore | undefined {
    const first = this.state(this.active).data.space.Id;
    if (spaceId.toLowerCase() === first.toLowerCase()) return this.spaceId === undefined ? this : this.root();
    const id = this.otherSpaceIds().find((s) => s.toLowerCase() === spaceId.toLowerCase());
    if (id === undefined) return undefined;
    const view = Object.create(this.root()) as MockStore;
    Object.defineProperty(view, 'spaceId', { value: id });
    return view;
  }

  /** A view for every space of the active scenario (the store itself first). */
  allSpaces(): MockStore[] {
    return this.spaces().map((s) => this.inSpace(s.Id) as MockStore);
  }

  /** The store a view was made from (a view's prototype); the store itself for the first space. */
  private root(): MockStore {
    return this.spaceId === undefined ? this : (Object.getPrototypeOf(this) as MockStore);
  }

  /** The ids of a scenario's spaces after the first (its otherSpaces seed is built once, for its keys). */
  private otherSpaceIds(name: string = this.active): string[] {
    let ids = this.spaceIdCache.get(name);
    if (!ids) {
      ids = Object.keys((this.registry[name] as Scenario).otherSpaces?.() ?? {});
      this.spaceIdCache.set(name, ids);
    }
    return ids;
  }

  /** This view's space's live data. */
  private data(): MockData {
    return this.state(this.key()).data;
  }

  /** The state key of this view's space in the active scenario. */
  private key(): string {
    return this.spaceId === undefined ? this.active : `${this.active}${SPACE_SEPARATOR}${this.spaceId}`;
  }
  now(): number { return this.clock(); }
  setClock(now: () => number): void { this.clock = now; }

  listScenarios(): Array<{ Name: string; Description: string }> {
    return Object.entries(this.registry).map(([Name, s]) => ({ Name, Description: s.description }));
  }

  select(name: string): void { this.active = this.checkName(name); }

  /** Back to the seed: drops in-memory edits and the persisted overlay. */
  reset(name: string = this.active): void {
    this.checkName(name);
    for (const key of [name, ...this.otherSpaceIds(name).map((id) => `${name}${SPACE_SEPARATOR}${id}`)]) {
      this.states.delete(key);
      this.unsaved.delete(key);
      this.storage?.removeItem(STORAGE_PREFIX + key);
    }
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
    if (name !== undefined && !Object.hasOwn(this.registry, name.split(SPACE_SEPARATOR)[0] as string)) return;
    for (const n of name === undefined ? [...this.states.keys()] : [name]) {
      if (this.unsaved.has(n)) continue;
      this.states.delete(n);
    }
  }

  /** The scenario (or `scenario@Spaces-2` for another space) a storage key holds, if it is one of this store's keys. */
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
    return (this.data()[collection] as EntityOf<C>[]).find((e) => idKey(e.Id) === key);
  }

  put<C extends CollectionName>(collection: C, entity: EntityOf<C>): EntityOf<C> {
    const list = this.data()[collection] as Entity[];
    const index = list.findIndex((e) => e.Id === entity.Id);
    if (index >= 0) list[index] = entity;
    else list.push(entity);
    this.touch(collection, entity.Id);
    return entity;
  }

  /** put() for many at once: one index over the list instead of a scan per entity (10,000 workers in `large`). */
  putMany<C extends CollectionName>(collection: C, entities: ReadonlyArray<EntityOf<C>>): void {
    const list = this.data()[collection] as Entity[];
    const index = new Map(list.map((e, i) => [e.Id, i]));
    for (const entity of entities) {
      const i = index.get(entity.Id);
      if (i === undefined) index.set(entity.Id, list.push(entity) - 1);
      else list[i] = entity;
      this.touch(collection, entity.Id);
    }
  }

  remove(collection: CollectionName, id: string): boolean {
    const list = this.data()[collection] as Entity[];
    const index = list.findIndex((e) => e.Id === id);
    if (index < 0) return false;
    list.splice(index, 1);
    this.touch(collection, id);
    return true;
  }

  /** The server's features: kept with the first space, whichever space's view sets them. */
  setFeatures(features: FeaturesConfiguration): FeaturesConfiguration {
    const state = this.state(this.active);
    state.data.features = features;
    state.featuresDirty = true;
    this.scheduleSave(this.active);
    return features;
  }

  /** `Workers-N` with N one past the highest ever used in this scenario, in any of its spaces (Octopus ids are server-wide). */
  nextId(collection: CollectionName, prefix: string): string {
    const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
    let n = 1;
    for (const view of this.allSpaces()) {
      const state = this.state(view.key());
      for (const e of state.data[collection] as Entity[]) n = Math.max(n, Number(pattern.exec(e.Id)?.[1] ?? 0) + 1);
      n = Math.max(n, state.counters[prefix] ?? 1);
    }
    this.state(this.key()).counters[prefix] = n + 1;
    this.scheduleSave();
    return `${prefix}-${n}`;
  }

  /** Writes pending overlays now (they are otherwise written once per tick, after a burst of changes). */
  flush(): void {
    this.pending.scheduled = false;
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

  private load(key: string): ScenarioState {
    const saved = this.storage ? parseOverlay(this.storage.getItem(STORAGE_PREFIX + key)) : undefined;
    const [name, spaceId] = key.split(SPACE_SEPARATOR) as [string, string | undefined];
    const scenario = this.registry[name] as Scenario;
    const seed = spaceId === undefined ? scenario.seed() : scenario.otherSpaces?.()[spaceId];
    if (!seed) throw new Error(`Mock scenario "${name}" has no space ${spaceId}`);
    return loadState(seed, saved);
  }

  private touch(collection: CollectionName, id: string): void {
    this.state(this.key()).dirty.get(collection)?.add(id);
    this.scheduleSave();
  }

  private scheduleSave(key: string = this.key()): void {
    if (!this.storage) return;
    this.unsaved.add(key);
    if (this.pending.scheduled) return;
    this.pending.scheduled = true;
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

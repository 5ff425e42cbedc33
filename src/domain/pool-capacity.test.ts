// @vitest-environment node
import type { HealthStatus, HealthStatusCounts } from '../api/schemas';
import {
  describePoolCapacity,
  describeUnavailableWorkers,
  acceptsWorkers,
  isDynamicPool,
  poolCapacity,
  problemsFirst,
  type PoolCapacity,
  type PoolCounts,
} from './pool-capacity';
import { countPoolWorkers, poolCountsFromSummaries } from './pool-counts';

/** Counts from a list of [health, disabled] workers, exactly as the caller would build them. */
function pool(...workers: Array<[HealthStatus, boolean?]>): PoolCounts {
  return countPoolWorkers(
    workers.map(([HealthStatus, IsDisabled = false]) => ({ WorkerPoolIds: ['P'], HealthStatus, IsDisabled })),
    'P',
  );
}

/** Counts from one `/workerpools/summary` row alone, as the Overview has them before the enabled-only one. */
function summary(total: number, disabled: number, health: Partial<HealthStatusCounts> = {}): PoolCounts {
  const MachineHealthStatusSummaries = { Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0, ...health };
  const row = { WorkerPool: { Id: 'P' }, TotalMachines: total, TotalDisabledMachines: disabled, MachineHealthStatusSummaries };
  return poolCountsFromSummaries([row], undefined)[0]!.counts;
}

describe('poolCapacity', () => {
  it.each([
    // [rule, default pool?, counts, built-in worker enabled, expected kind]
    ['R6, R13: an empty default pool → the built-in worker', true, pool(), true, 'built-in'],
    ['R8, R14: an empty default pool with the built-in worker off', true, pool(), false, 'built-in-off'],
    ['R6: an empty default pool, switch unread', true, pool(), undefined, 'built-in-unknown'],
    ['R13: a healthy worker in the pool', false, pool(['Healthy']), true, 'workers'],
    ['R13: HasWarnings counts as healthy', false, pool(['HasWarnings']), true, 'workers'],
    [
      'R13: the default pool with workers uses them, not the built-in worker',
      true,
      pool(['Healthy'], ['Unhealthy']),
      true,
      'workers',
    ],
    ['R14: an empty non-default pool', false, pool(), true, 'empty'],
    [
      'R6, R14: an unhealthy-only default pool still displaces the built-in worker → fails',
      true,
      pool(['Unhealthy']),
      true,
      'no-available-worker',
    ],
    [
      'R6, R14: a disabled-only default pool still displaces the built-in worker → fails',
      true,
      pool(['Healthy', true]),
      true,
      'no-available-worker',
    ],
    [
      'R14: a disabled-only pool fails',
      false,
      pool(['Healthy', true], ['HasWarnings', true]),
      true,
      'no-available-worker',
    ],
    [
      'R14: only Unavailable and Unknown workers',
      false,
      pool(['Unavailable'], ['Unknown']),
      true,
      'no-available-worker',
    ],
  ] as const)('%s', (_rule, isDefaultPool, counts, isBuiltInWorkerEnabled, kind) => {
    expect(poolCapacity(counts, isDefaultPool, isBuiltInWorkerEnabled).kind).toBe(kind);
  });

  it('R13: reports how many workers it may pick from', () => {
    expect(poolCapacity(pool(['Healthy'], ['HasWarnings'], ['Healthy', true]), false, true)).toEqual({
      kind: 'workers',
      outcome: 'runs',
      available: 2,
    });
  });

  // The same rule read from a summary row alone (pool rows on the Overview and Worker Pools pages).
  it.each([
    ['R6: empty default pool, built-in worker on', summary(0, 0), true, true, 'built-in'],
    ['R8/R14: empty default pool, built-in worker off', summary(0, 0), true, false, 'built-in-off'],
    ['R6: empty default pool, switch unknown', summary(0, 0), true, undefined, 'built-in-unknown'],
    ['R14: empty non-default pool fails whatever the switch', summary(0, 0), false, true, 'empty'],
    ['R13: a healthy worker makes the pool ready', summary(3, 0, { Healthy: 1, Unhealthy: 2 }), false, true, 'workers'],
    ['R13: HasWarnings counts as healthy', summary(1, 0, { HasWarnings: 1 }), true, false, 'workers'],
    [
      'R14: only unhealthy or unavailable workers',
      summary(2, 0, { Unhealthy: 1, Unavailable: 1 }),
      false,
      true,
      'no-available-worker',
    ],
    [
      'R6/R14: an unhealthy default pool still displaces the built-in worker, and fails',
      summary(1, 0, { Unknown: 1 }),
      true,
      true,
      'no-available-worker',
    ],
    ['R14: every worker disabled', summary(2, 2, { Healthy: 2 }), false, true, 'no-available-worker'],
    [
      'R13: a disabled worker that might be the healthy one is not flagged on a guess',
      summary(2, 1, { Healthy: 1, Unhealthy: 1 }),
      false,
      true,
      'availability-unknown',
    ],
  ] as const)('from a summary row: %s', (_title, counts, isDefault, enabled, kind) => {
    expect(poolCapacity(counts, isDefault, enabled).kind).toBe(kind);
  });

  it.each([
    ['workers', summary(1, 0, { Healthy: 1 }), false, true, false],
    ['built-in', summary(0, 0), true, true, false],
    ['built-in-unknown', summary(0, 0), true, undefined, false],
    ['availability-unknown', summary(2, 1, { Healthy: 1, Unhealthy: 1 }), false, true, false],
    ['empty', summary(0, 0), false, true, true],
    ['built-in-off', summary(0, 0), true, false, true],
    ['no-available-worker', summary(1, 0, { Unhealthy: 1 }), false, true, true],
  ] as const)('R14: %s → steps fail: %s', (kind, counts, isDefault, enabled, fails) => {
    const capacity = poolCapacity(counts, isDefault, enabled);
    expect(capacity.kind).toBe(kind);
    expect(capacity.outcome === 'fails').toBe(fails);
  });
});

describe('describePoolCapacity', () => {
  const of = (kind: PoolCapacity['kind']) => ({ kind }) as PoolCapacity;
  it('says nothing for a pool with a healthy worker, or one it cannot judge', () => {
    expect(describePoolCapacity({ kind: 'workers', outcome: 'runs', available: 1 })).toBeUndefined();
    expect(describePoolCapacity(of('availability-unknown'))).toBeUndefined();
  });
  it('R6: names the built-in worker for an empty default pool', () => {
    expect(describePoolCapacity(of('built-in'))).toBe('Steps that use it run on the built-in worker.');
  });
  it('R14: says steps will fail', () => {
    expect(describePoolCapacity(of('empty'))).toBe('Steps that use it will fail.');
    expect(describePoolCapacity(of('no-available-worker'))).toMatch(/will fail/);
    expect(describePoolCapacity(of('built-in-off'))).toBe(
      'Steps that use it will fail: the built-in worker is switched off.',
    );
  });
});

describe('describeUnavailableWorkers', () => {
  it.each([
    [
      'R14: one unhealthy, one disabled (Mac Build Agents)',
      pool(['Unhealthy'], ['Healthy', true]),
      '1 Unhealthy, 1 disabled',
    ],
    ['R14: only disabled workers', pool(['Healthy', true], ['HasWarnings', true]), '2 disabled'],
    [
      "R14: every health that can't take work, in order",
      pool(['Unknown'], ['Unhealthy'], ['Unavailable'], ['Unhealthy']),
      '2 Unhealthy, 1 Unavailable, 1 Unknown',
    ],
    // A disabled Unhealthy worker can't be told apart from an enabled one in summary counts: say what is known.
    [
      'R14: disabled workers among the unhealthy ones',
      pool(['Unhealthy', true], ['Unknown']),
      '1 Unhealthy, 1 Unknown; 1 of them disabled',
    ],
  ] as const)('%s', (_rule, counts, expected) => {
    expect(describeUnavailableWorkers(counts)).toBe(expected);
  });
});

describe('problemsFirst', () => {
  const row = (name: string, total: number, available: number, IsDefault = false) => ({
    name, WorkerPool: { IsDefault }, counts: { total, disabled: 0, byHealth: { Healthy: available, HasWarnings: 0, Unhealthy: total - available, Unavailable: 0, Unknown: 0 }, available },
  });
  it('R14: pools whose steps would fail come first, each group keeping its order', () => {
    const rows = [row('Default', 0, 0, true), row('A', 2, 2), row('Empty', 0, 0), row('B', 1, 1), row('Sick', 2, 0)];
    expect(problemsFirst(rows, true).map((r) => r.name)).toEqual(['Empty', 'Sick', 'Default', 'A', 'B']);
    // R8: with the built-in worker off, the empty default pool fails too.
    expect(problemsFirst(rows, false).map((r) => r.name)).toEqual(['Default', 'Empty', 'Sick', 'A', 'B']);
  });
});

describe('dynamic pools', () => {
  const none = { total: 0, disabled: 0, byHealth: { Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0 }, available: 0 };
  it('R6, R14: a dynamic pool runs steps on leased workers, never the built-in worker, never "empty"', () => {
    expect(poolCapacity(none, true, true, true)).toEqual({ kind: 'dynamic', outcome: 'runs' });
    expect(poolCapacity(none, false, false, true)).toEqual({ kind: 'dynamic', outcome: 'runs' });
    expect(describePoolCapacity({ kind: 'dynamic', outcome: 'runs' })).toBe('A worker is leased on demand for each step.');
  });
  it('nobody adds a worker to a dynamic pool, or to one the server says takes none', () => {
    expect(acceptsWorkers({ WorkerPoolType: 'DynamicWorkerPool' })).toBe(false);
    expect(acceptsWorkers({ WorkerPoolType: 'StaticWorkerPool', CanAddWorkers: false })).toBe(false);
    expect(acceptsWorkers({ WorkerPoolType: 'StaticWorkerPool', CanAddWorkers: true })).toBe(true);
    expect(isDynamicPool({ WorkerPoolType: 'DynamicWorkerPool' })).toBe(true);
  });
});

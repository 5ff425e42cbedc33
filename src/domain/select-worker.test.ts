// @vitest-environment node
import type { HealthStatus } from '../api/schemas';
import {
  countPoolWorkers,
  describeUnavailableWorkers,
  poolWorkerCountsFromSummary,
  selectWorker,
  type PoolWorkerCounts,
} from './select-worker';

/** Counts from a list of [health, disabled] workers, exactly as the caller would build them. */
function pool(...workers: Array<[HealthStatus, boolean?]>): PoolWorkerCounts {
  return countPoolWorkers(
    workers.map(([HealthStatus, IsDisabled = false]) => ({ WorkerPoolIds: ['P'], HealthStatus, IsDisabled })),
    'P',
  );
}

describe('selectWorker', () => {
  it.each([
    // [rule, default pool?, counts, built-in worker enabled, expected kind]
    ['R6, R13: an empty default pool → the built-in worker', true, pool(), true, 'built-in'],
    ['R8, R14: an empty default pool with the built-in worker off', true, pool(), false, 'built-in-disabled'],
    ['R6: an empty default pool, switch unread', true, pool(), undefined, 'built-in-switch-unknown'],
    ['R13: a healthy worker in the pool', false, pool(['Healthy']), true, 'pool-workers'],
    ['R13: HasWarnings counts as healthy', false, pool(['HasWarnings']), true, 'pool-workers'],
    [
      'R13: the default pool with workers uses them, not the built-in worker',
      true,
      pool(['Healthy'], ['Unhealthy']),
      true,
      'pool-workers',
    ],
    ['R14: an empty non-default pool', false, pool(), true, 'no-healthy-workers'],
    [
      'R6, R14: an unhealthy-only default pool still displaces the built-in worker → fails',
      true,
      pool(['Unhealthy']),
      true,
      'no-healthy-workers',
    ],
    [
      'R6, R14: a disabled-only default pool still displaces the built-in worker → fails',
      true,
      pool(['Healthy', true]),
      true,
      'no-healthy-workers',
    ],
    [
      'R14: a disabled-only pool fails',
      false,
      pool(['Healthy', true], ['HasWarnings', true]),
      true,
      'no-healthy-workers',
    ],
    [
      'R14: only Unavailable and Unknown workers',
      false,
      pool(['Unavailable'], ['Unknown']),
      true,
      'no-healthy-workers',
    ],
  ] as const)('%s', (_rule, isDefaultPool, counts, isBuiltInWorkerEnabled, kind) => {
    expect(selectWorker({ isDefaultPool, counts, isBuiltInWorkerEnabled }).kind).toBe(kind);
  });

  it('R13: reports how many workers it may pick from', () => {
    expect(
      selectWorker({
        isDefaultPool: false,
        counts: pool(['Healthy'], ['HasWarnings'], ['Healthy', true]),
        isBuiltInWorkerEnabled: true,
      }),
    ).toEqual({ kind: 'pool-workers', available: 2 });
  });
});

describe('countPoolWorkers', () => {
  it("R1, R13: counts only the pool's workers (a worker may be in several pools); disabled keep their health", () => {
    const workers = [
      { WorkerPoolIds: ['A', 'B'], HealthStatus: 'Healthy' as const, IsDisabled: false },
      { WorkerPoolIds: ['A'], HealthStatus: 'Healthy' as const, IsDisabled: true },
      { WorkerPoolIds: ['B'], HealthStatus: 'Unhealthy' as const, IsDisabled: false },
    ];
    expect(countPoolWorkers(workers, 'A')).toEqual({
      total: 2,
      disabled: 1,
      available: 1,
      byHealth: { Healthy: 2, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0 },
    });
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

describe('poolWorkerCountsFromSummary', () => {
  const row = (
    TotalMachines: number,
    TotalDisabledMachines: number,
    health: Partial<Record<HealthStatus, number>>,
  ) => ({
    TotalMachines,
    TotalDisabledMachines,
    MachineHealthStatusSummaries: {
      Healthy: 0,
      HasWarnings: 0,
      Unhealthy: 0,
      Unavailable: 0,
      Unknown: 0,
      ...health,
    },
  });
  it.each([
    ['R4, R13: none disabled → every healthy one is available', row(3, 0, { Healthy: 2, HasWarnings: 1 }), 3],
    ['R4, R13: none counted healthy → none available', row(2, 1, { Unhealthy: 2 }), 0],
    ['R4, R13: all disabled → none available', row(2, 2, { Healthy: 2 }), 0],
    ['R4, R13: an empty pool', row(0, 0, {}), 0],
    [
      "R4, R13: a disabled worker that might be the healthy one → can't tell from a summary",
      row(2, 1, { Healthy: 1, Unhealthy: 1 }),
      undefined,
    ],
  ] as const)('%s', (_rule, summary, available) => {
    expect(poolWorkerCountsFromSummary(summary)?.available).toBe(available);
  });
});

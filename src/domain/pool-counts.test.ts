// @vitest-environment node
import type { HealthStatus, HealthStatusCounts } from '../api/schemas';
import { poolCapacity } from './pool-capacity';
import { countPoolWorkers, countsById, poolCountsFromSummaries } from './pool-counts';

const health = (h: Partial<HealthStatusCounts> = {}): HealthStatusCounts => ({
  Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0, ...h,
});
const row = (id: string, total: number, disabled: number, h: Partial<HealthStatusCounts>) => ({
  WorkerPool: { Id: id },
  TotalMachines: total,
  TotalDisabledMachines: disabled,
  MachineHealthStatusSummaries: health(h),
});
/** The counts of one summary row read without the enabled-only summary. */
const alone = (r: ReturnType<typeof row>) => poolCountsFromSummaries([r], undefined)[0]!.counts;

describe('countPoolWorkers', () => {
  it("R1, R13: counts only the pool's workers (a worker may be in several pools); disabled are split out", () => {
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
      enabledByHealth: { Healthy: 1, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0 },
    });
  });
});

describe('poolCountsFromSummaries (R13)', () => {
  it('counts only enabled Healthy/HasWarnings workers as available, where one summary cannot tell', () => {
    // 3 Healthy of which 1 disabled, 1 HasWarnings, 1 Unhealthy.
    const all = [row('P', 5, 1, { Healthy: 3, HasWarnings: 1, Unhealthy: 1 })];
    const enabled = [row('P', 4, 0, { Healthy: 2, HasWarnings: 1, Unhealthy: 1 })];
    expect(alone(all[0]!).available).toBeUndefined();
    expect(countsById(poolCountsFromSummaries(all, enabled)).P).toEqual({
      total: 5, disabled: 1, byHealth: health({ Healthy: 3, HasWarnings: 1, Unhealthy: 1 }), available: 3,
      enabledByHealth: health({ Healthy: 2, HasWarnings: 1, Unhealthy: 1 }),
    });
    // Without the enabled-only summary, the split by health is unknown while a worker is disabled.
    expect(alone(all[0]!).enabledByHealth).toBeUndefined();
  });

  it('R14: a pool whose healthy workers are all disabled has none available', () => {
    const all = [row('Mac', 2, 1, { Healthy: 1, Unhealthy: 1 })];
    const enabled = [row('Mac', 1, 0, { Unhealthy: 1 })];
    expect(countsById(poolCountsFromSummaries(all, enabled)).Mac).toMatchObject({ total: 2, disabled: 1, available: 0 });
  });

  it('an empty pool, or one missing from the enabled summary, has nothing available', () => {
    const all = [row('Empty', 0, 0, {}), row('AllDisabled', 2, 2, { Healthy: 2 })];
    const counts = countsById(poolCountsFromSummaries(all, [row('Empty', 0, 0, {})]));
    expect(counts.Empty).toMatchObject({ total: 0, available: 0 });
    expect(counts.AllDisabled).toMatchObject({ total: 2, disabled: 2, available: 0 });
  });

  it('a pool the unfiltered summary does not list is left out, so its verdict says it could not be read', () => {
    expect(countsById(poolCountsFromSummaries([], [row('P', 1, 0, { Healthy: 1 })]))).toEqual({});
  });

  it('keeps the rows in the order given, each with its own pool', () => {
    const rows = poolCountsFromSummaries([row('B', 0, 0, {}), row('A', 1, 0, { Healthy: 1 })], undefined);
    expect(rows.map((r) => r.WorkerPool.Id)).toEqual(['B', 'A']);
  });
});

describe('poolCountsFromSummaries without the enabled-only summary', () => {
  it.each([
    ['R4, R13: none disabled → every healthy one is available', row('P', 3, 0, { Healthy: 2, HasWarnings: 1 }), 3],
    ['R4, R13: none counted healthy → none available', row('P', 2, 1, { Unhealthy: 2 }), 0],
    ['R4, R13: all disabled → none available', row('P', 2, 2, { Healthy: 2 }), 0],
    ['R4, R13: an empty pool', row('P', 0, 0, {}), 0],
    [
      "R4, R13: a disabled worker that might be the healthy one → can't tell from a summary",
      row('P', 2, 1, { Healthy: 1, Unhealthy: 1 }),
      undefined,
    ],
  ] as const)('%s', (_rule, summary, available) => {
    expect(alone(summary).available).toBe(available);
  });
});

// `default` scenario's Mac Build Agents: one Healthy but disabled worker, one Unhealthy enabled worker.
const mac = row('WorkerPools-6', 2, 1, { Healthy: 1, Unhealthy: 1 });
const macEnabled = row('WorkerPools-6', 1, 0, { Unhealthy: 1 });
const linux = row('WorkerPools-3', 6, 1, { Healthy: 5, Unhealthy: 1 });
const linuxEnabled = row('WorkerPools-3', 5, 0, { Healthy: 4, HasWarnings: 1 });

describe('poolCountsFromSummaries, judged by poolCapacity', () => {
  it('R13: available is Healthy + HasWarnings of the enabled workers, per pool', () => {
    const rows = poolCountsFromSummaries([mac, linux], [macEnabled, linuxEnabled]);
    expect(rows.map((r) => r.counts.available)).toEqual([0, 5]);
  });

  it('R14: a pool whose only healthy worker is disabled is flagged, though the plain summary looks ready', () => {
    expect(poolCapacity(alone(mac), false, true)).toEqual({ kind: 'availability-unknown', outcome: 'unknown' });
    const [exact] = poolCountsFromSummaries([mac], [macEnabled]);
    expect(poolCapacity(exact!.counts, false, true).kind).toBe('no-available-worker');
  });

  it('R13: a healthy enabled worker keeps the pool ready with exact counts', () => {
    const [exact] = poolCountsFromSummaries([linux], [linuxEnabled]);
    expect(poolCapacity(exact!.counts, false, true).kind).toBe('workers');
  });

  it('R13: while the enabled-only summary is missing, available stays unknown', () => {
    expect(alone(linux).available).toBeUndefined();
  });
});

describe('the two ways of counting agree', () => {
  const workers: Array<{ WorkerPoolIds: string[]; HealthStatus: HealthStatus; IsDisabled: boolean }> = [
    { WorkerPoolIds: ['A'], HealthStatus: 'Healthy', IsDisabled: true },
    { WorkerPoolIds: ['A', 'B'], HealthStatus: 'HasWarnings', IsDisabled: false },
    { WorkerPoolIds: ['B'], HealthStatus: 'Unknown', IsDisabled: false },
  ];
  /** A summary row as Octopus builds it, over the given workers. */
  const summarise = (id: string, ws: typeof workers) => {
    const inPool = ws.filter((w) => w.WorkerPoolIds.includes(id));
    const byHealth = health();
    for (const w of inPool) byHealth[w.HealthStatus] += 1;
    return { WorkerPool: { Id: id }, TotalMachines: inPool.length, TotalDisabledMachines: inPool.filter((w) => w.IsDisabled).length, MachineHealthStatusSummaries: byHealth };
  };

  it('R13: counts from both summaries equal the counts from the workers themselves', () => {
    const enabled = workers.filter((w) => !w.IsDisabled);
    const rows = poolCountsFromSummaries(
      ['A', 'B'].map((id) => summarise(id, workers)),
      ['A', 'B'].map((id) => summarise(id, enabled)),
    );
    expect(countsById(rows)).toEqual({ A: countPoolWorkers(workers, 'A'), B: countPoolWorkers(workers, 'B') });
  });
});

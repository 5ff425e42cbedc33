// @vitest-environment node
import type { HealthStatusCounts } from '../api/schemas';
import { poolCountsFromSummaries } from './pool-counts-from-summaries';
import { poolWorkerCountsFromSummary } from './select-worker';

const health = (h: Partial<HealthStatusCounts>): HealthStatusCounts => ({
  Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0, ...h,
});
const row = (id: string, total: number, disabled: number, h: Partial<HealthStatusCounts>) => ({
  WorkerPool: { Id: id },
  TotalMachines: total,
  TotalDisabledMachines: disabled,
  MachineHealthStatusSummaries: health(h),
}) as Parameters<typeof poolCountsFromSummaries>[0][number];

describe('poolCountsFromSummaries (R13)', () => {
  it('counts only enabled Healthy/HasWarnings workers as available, where one summary cannot tell', () => {
    // 3 Healthy of which 1 disabled, 1 HasWarnings, 1 Unhealthy.
    const all = [row('P', 5, 1, { Healthy: 3, HasWarnings: 1, Unhealthy: 1 })];
    const enabled = [row('P', 4, 0, { Healthy: 2, HasWarnings: 1, Unhealthy: 1 })];
    expect(poolWorkerCountsFromSummary(all[0]!)).toBeUndefined();
    expect(poolCountsFromSummaries(all, enabled).P).toEqual({
      total: 5, disabled: 1, byHealth: health({ Healthy: 3, HasWarnings: 1, Unhealthy: 1 }), available: 3,
    });
  });

  it('R14: a pool whose healthy workers are all disabled has none available', () => {
    const all = [row('Mac', 2, 1, { Healthy: 1, Unhealthy: 1 })];
    const enabled = [row('Mac', 1, 0, { Unhealthy: 1 })];
    expect(poolCountsFromSummaries(all, enabled).Mac).toMatchObject({ total: 2, disabled: 1, available: 0 });
  });

  it('an empty pool, or one missing from the enabled summary, has nothing available', () => {
    const all = [row('Empty', 0, 0, {}), row('AllDisabled', 2, 2, { Healthy: 2 })];
    const counts = poolCountsFromSummaries(all, [row('Empty', 0, 0, {})]);
    expect(counts.Empty).toMatchObject({ total: 0, available: 0 });
    expect(counts.AllDisabled).toMatchObject({ total: 2, disabled: 2, available: 0 });
  });

  it('a pool the unfiltered summary does not list is left out, so its verdict says it could not be read', () => {
    expect(poolCountsFromSummaries([], [row('P', 1, 0, { Healthy: 1 })])).toEqual({});
  });
});

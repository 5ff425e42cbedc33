// The counts poolCapacity judges (R13), from the workers themselves, or, for every user (R4) and every pool
// at once, from `/workerpools/summary`. That summary counts disabled workers under their last health, so
// "how many workers can take a step" needs a second summary of enabled workers only (`?isDisabled=false`);
// totals and the disabled count come from the unfiltered one.
import type { HealthStatus, WorkerPoolSummary } from '../api/schemas';
import { emptyHealthCounts, isAvailableWorker, tallyHealth } from './health';
import type { PoolCounts } from './pool-capacity';

/** The counts for one pool from the workers themselves (a worker may be in several pools, R1). */
export function countPoolWorkers(
  workers: ReadonlyArray<{
    WorkerPoolIds: readonly string[];
    HealthStatus: HealthStatus;
    IsDisabled: boolean;
  }>,
  poolId: string,
): PoolCounts {
  const inPool = workers.filter((w) => w.WorkerPoolIds.includes(poolId));
  return { ...tallyHealth(inPool), available: inPool.filter(isAvailableWorker).length };
}

type SummaryRow = Pick<WorkerPoolSummary, 'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'> & {
  WorkerPool: { Id: string };
};

export interface PoolCountsRow<P = WorkerPoolSummary['WorkerPool']> {
  WorkerPool: P;
  counts: PoolCounts;
}

/**
 * Every pool of the unfiltered summary with its counts, in the same order. A pool missing from
 * `enabledOnly` (a server that hides empty rows) has no enabled worker, so none available. While
 * `enabledOnly` is loading or failed (`undefined`), `available` is set only where the unfiltered row
 * settles it: no worker counted healthy, none disabled, or all disabled.
 */
export function poolCountsFromSummaries<R extends SummaryRow>(
  all: readonly R[],
  enabledOnly: readonly SummaryRow[] | undefined,
): Array<PoolCountsRow<R['WorkerPool']>> {
  const enabled = enabledOnly && new Map(enabledOnly.map((r) => [r.WorkerPool.Id, r.MachineHealthStatusSummaries]));
  return all.map((row) => {
    const health = enabled?.get(row.WorkerPool.Id);
    const available = enabled ? (health ? health.Healthy + health.HasWarnings : 0) : availableFromSummary(row);
    const counts: PoolCounts = {
      total: row.TotalMachines,
      disabled: row.TotalDisabledMachines,
      byHealth: { ...row.MachineHealthStatusSummaries },
      enabledByHealth: enabled
        ? { ...emptyHealthCounts(), ...health }
        : row.TotalDisabledMachines === 0 ? { ...row.MachineHealthStatusSummaries } : undefined,
      available,
    };
    return { WorkerPool: row.WorkerPool, counts };
  });
}

/** Otherwise a disabled worker might be one of the healthy ones, so `undefined`. */
function availableFromSummary(row: SummaryRow): number | undefined {
  const { TotalMachines: total, TotalDisabledMachines: disabled, MachineHealthStatusSummaries: h } = row;
  const healthy = h.Healthy + h.HasWarnings;
  if (healthy === 0 || disabled >= total) return 0;
  if (disabled === 0) return healthy;
  return undefined;
}

/** The counts by pool id, as the step verdicts look them up; a pool left out could not be read. */
export function countsById(rows: ReadonlyArray<PoolCountsRow<{ Id: string }>>): Record<string, PoolCounts> {
  return Object.fromEntries(rows.map((r) => [r.WorkerPool.Id, r.counts]));
}

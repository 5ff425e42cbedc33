// R13 for every pool at once, for every user (R4): `/workerpools/summary` counts disabled workers under their
// last health, so "how many workers can take a step" needs a second summary of enabled workers only
// (`?isDisabled=false`). Totals and the disabled count come from the unfiltered one.
import type { WorkerPoolSummary } from '../api/schemas';
import type { PoolWorkerCounts } from './select-worker';

type Row = Pick<WorkerPoolSummary, 'WorkerPool' | 'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'>;

/**
 * Exact counts per pool id. A pool missing from `enabledOnly` (a server that hides empty rows) has no
 * enabled worker, so none available; a pool missing from `all` is left out (its workers are unknown).
 */
export function poolCountsFromSummaries(
  all: readonly Row[],
  enabledOnly: readonly Row[],
): Record<string, PoolWorkerCounts> {
  const enabled = new Map(enabledOnly.map((r) => [r.WorkerPool.Id, r.MachineHealthStatusSummaries]));
  return Object.fromEntries(
    all.map((row) => {
      const health = enabled.get(row.WorkerPool.Id);
      const counts: PoolWorkerCounts = {
        total: row.TotalMachines,
        disabled: row.TotalDisabledMachines,
        byHealth: { ...row.MachineHealthStatusSummaries },
        available: health ? health.Healthy + health.HasWarnings : 0,
      };
      return [row.WorkerPool.Id, counts];
    }),
  );
}


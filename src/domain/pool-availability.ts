// R13, R14 on pool rows: `/workerpools/summary` counts a disabled worker under its last health, so a pool
// whose only Healthy worker is disabled looks ready. pool-counts-from-summaries.ts works out the exact
// available count from a second, `isDisabled=false` summary; this puts it on the rows that
// pool-readiness.ts judges, for the Overview and the Worker Pools page (every user may read both, R4).
import type { WorkerPoolSummary } from '../api/schemas';
import { poolCountsFromSummaries } from './pool-counts-from-summaries';
import type { PoolCounts } from './pool-readiness';

type Row = Pick<WorkerPoolSummary, 'WorkerPool' | 'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'>;

/**
 * The rows with `AvailableMachines` set from the enabled-only summary, or left unset while that summary is
 * loading or failed (pool-readiness then judges the plain counts as well as it can).
 */
export function withAvailability<T extends Row>(
  rows: readonly T[],
  enabledOnly: { WorkerPoolSummaries: readonly Row[] } | undefined,
): Array<T & Pick<PoolCounts, 'AvailableMachines'>> {
  const counts = enabledOnly ? poolCountsFromSummaries(rows, enabledOnly.WorkerPoolSummaries) : undefined;
  return rows.map((row) => ({ ...row, AvailableMachines: counts?.[row.WorkerPool.Id]?.available }));
}

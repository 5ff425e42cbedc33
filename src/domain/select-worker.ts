// R6, R13: which worker a pool gives a step, judged from the pool's workers as of their last health check.
import type { HealthStatus, HealthStatusCounts, WorkerPoolSummary } from '../api/schemas';
import { builtInWorkerStatus } from './built-in-worker';
import { HEALTH_LABELS, isAvailableWorker, tallyHealth } from './health';

export interface PoolWorkerCounts {
  /** Every worker in the pool, disabled ones included. */
  total: number;
  disabled: number;
  /** As Octopus's summaries count them: disabled workers under their last known health. */
  byHealth: HealthStatusCounts;
  /**
   * R13: enabled workers that are Healthy or HasWarnings. A summary can't give this exactly (a disabled
   * worker is also counted as Healthy), so the caller counts it: from the pool's workers, or as
   * `TotalResults` of `/workers?workerPoolIds=…&isDisabled=false&healthStatuses=Healthy,HasWarnings&take=0`.
   */
  available: number;
}

export type WorkerSelection =
  /** R6: the default pool has no workers at all, so the built-in worker runs the step. */
  | { kind: 'built-in' }
  /** R8, R14: it would be the built-in worker, but that is switched off. */
  | { kind: 'built-in-disabled' }
  /** The default pool is empty and the built-in worker's switch could not be read. */
  | { kind: 'built-in-switch-unknown' }
  /** R13: any one of `available` workers. */
  | { kind: 'pool-workers'; available: number }
  /** R14: no enabled Healthy/HasWarnings worker; an empty non-default pool has `counts.total` 0. */
  | { kind: 'no-healthy-workers'; counts: PoolWorkerCounts };

export function selectWorker(input: {
  isDefaultPool: boolean;
  counts: PoolWorkerCounts;
  isBuiltInWorkerEnabled: boolean | undefined;
}): WorkerSelection {
  const { counts, isDefaultPool } = input;
  // R6: only an empty default pool falls back to the built-in worker; an unhealthy or disabled worker
  // still displaces it, so such a pool fails below rather than running on the server.
  if (isDefaultPool && counts.total === 0) {
    if (input.isBuiltInWorkerEnabled === undefined) return { kind: 'built-in-switch-unknown' };
    const status = builtInWorkerStatus({
      isBuiltInWorkerEnabled: input.isBuiltInWorkerEnabled,
      defaultPoolWorkerCount: 0,
    });
    return status.kind === 'in-use' ? { kind: 'built-in' } : { kind: 'built-in-disabled' };
  }
  if (counts.available > 0) return { kind: 'pool-workers', available: counts.available };
  return { kind: 'no-healthy-workers', counts };
}

/** The counts for one pool from the workers themselves (a worker may be in several pools, R1). */
export function countPoolWorkers(
  workers: ReadonlyArray<{
    WorkerPoolIds: readonly string[];
    HealthStatus: HealthStatus;
    IsDisabled: boolean;
  }>,
  poolId: string,
): PoolWorkerCounts {
  const inPool = workers.filter((w) => w.WorkerPoolIds.includes(poolId));
  return { ...tallyHealth(inPool), available: inPool.filter(isAvailableWorker).length };
}

/**
 * The counts from a `/workerpools/summary` row, when they settle R13 without the workers themselves (for
 * users who may see pools but not workers, R4): no worker counted healthy, none disabled, or all disabled.
 * Otherwise a disabled worker might be one of the healthy ones, so `undefined`: ask for the workers.
 */
export function poolWorkerCountsFromSummary(
  row: Pick<WorkerPoolSummary, 'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'>,
): PoolWorkerCounts | undefined {
  const {
    TotalMachines: total,
    TotalDisabledMachines: disabled,
    MachineHealthStatusSummaries: byHealth,
  } = row;
  const healthy = byHealth.Healthy + byHealth.HasWarnings;
  if (healthy === 0 || disabled >= total) return { total, disabled, byHealth, available: 0 };
  if (disabled === 0) return { total, disabled, byHealth, available: healthy };
  return undefined;
}

const UNAVAILABLE_ORDER: HealthStatus[] = ['Unhealthy', 'Unavailable', 'Unknown'];

/**
 * Why a pool with no available worker has none, e.g. "1 Unhealthy, 1 disabled". With none available,
 * every worker counted Healthy/HasWarnings must be disabled; if those account for all the disabled ones,
 * the rest are exactly the enabled workers by health. Otherwise the split is unknown: say what is known.
 */
export function describeUnavailableWorkers(counts: PoolWorkerCounts): string {
  const h = counts.byHealth;
  const healthyCounted = h.Healthy + h.HasWarnings;
  const disabled = counts.disabled > 0 ? [`${counts.disabled} disabled`] : [];
  if (counts.disabled === healthyCounted) {
    const enabled = UNAVAILABLE_ORDER.filter((s) => h[s] > 0).map((s) => `${h[s]} ${HEALTH_LABELS[s]}`);
    return [...enabled, ...disabled].join(', ');
  }
  const all = (['Healthy', 'HasWarnings', ...UNAVAILABLE_ORDER] as HealthStatus[])
    .filter((s) => h[s] > 0)
    .map((s) => `${h[s]} ${HEALTH_LABELS[s]}`);
  return `${all.join(', ')}; ${counts.disabled} of them disabled`;
}

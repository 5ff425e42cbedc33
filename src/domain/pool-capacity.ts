// R6, R8, R13, R14: whether a worker pool can give a step a worker, decided here once. The Overview and the
// Worker Pools page flag a pool by it, the step editor words it as "Where this step runs"; none of them
// re-judges the counts. Health is as of the last health check.
import type { HealthStatus, HealthStatusCounts } from '../api/schemas';
import { builtInWorkerStatus } from './built-in-worker';
import { HEALTH_LABELS } from './health';

/** One pool's workers, counted from the workers themselves or from summaries (pool-counts.ts). */
export interface PoolCounts {
  /** Every worker in the pool, disabled ones included: any of them displaces the built-in worker (R6). */
  total: number;
  disabled: number;
  /** As Octopus's summaries count them: disabled workers under their last known health. */
  byHealth: HealthStatusCounts;
  /**
   * Enabled workers only, by health: what a health picture shows beside the disabled count. `undefined`
   * while only the plain summary is known and some worker is disabled.
   */
  enabledByHealth?: HealthStatusCounts;
  /**
   * R13: enabled workers that are Healthy or HasWarnings. `undefined` when the counts can't tell: a summary
   * alone counts a disabled worker under its health too, so it may be one of the healthy ones.
   */
  available: number | undefined;
}

export type PoolCapacity =
  /** A dynamic pool: Octopus leases a fresh worker for each step (Octopus Cloud), so it never lacks one. */
  | { kind: 'dynamic'; outcome: 'runs' }
  /** R6: the default pool has no workers at all and the built-in worker is on, so it runs the step. */
  | { kind: 'built-in'; outcome: 'runs' }
  /** R8, R14: it would be the built-in worker, but that is switched off. */
  | { kind: 'built-in-off'; outcome: 'fails' }
  /** The default pool is empty and the built-in worker's switch could not be read. */
  | { kind: 'built-in-unknown'; outcome: 'unknown' }
  /** R13: any one of `available` healthy, enabled workers. */
  | { kind: 'workers'; outcome: 'runs'; available: number }
  /** R14: a pool other than the default one has no workers. */
  | { kind: 'empty'; outcome: 'fails' }
  /** R13, R14: there are workers, but none is both enabled and Healthy/HasWarnings. */
  | { kind: 'no-available-worker'; outcome: 'fails' }
  /** There are workers and the counts can't tell whether one is available: never flagged on a guess. */
  | { kind: 'availability-unknown'; outcome: 'unknown' };

export type PoolOutcome = PoolCapacity['outcome'];

export function poolCapacity(
  counts: PoolCounts,
  isDefaultPool: boolean,
  isBuiltInWorkerEnabled: boolean | undefined,
  isDynamicPool = false,
): PoolCapacity {
  // A dynamic pool has no machines of its own to count; it is never empty and never falls back to the
  // built-in worker (R6 counts machines in a static default pool).
  if (isDynamicPool) return { kind: 'dynamic', outcome: 'runs' };
  // R6: only an empty default pool falls back to the built-in worker; an unhealthy or disabled worker
  // still displaces it, so such a pool fails below rather than running on the server.
  if (counts.total === 0) {
    if (!isDefaultPool) return { kind: 'empty', outcome: 'fails' };
    if (isBuiltInWorkerEnabled === undefined) return { kind: 'built-in-unknown', outcome: 'unknown' };
    const status = builtInWorkerStatus({ isBuiltInWorkerEnabled, defaultPoolWorkerCount: 0 });
    return status.kind === 'in-use' ? { kind: 'built-in', outcome: 'runs' } : { kind: 'built-in-off', outcome: 'fails' };
  }
  if (counts.available === undefined) return { kind: 'availability-unknown', outcome: 'unknown' };
  if (counts.available > 0) return { kind: 'workers', outcome: 'runs', available: counts.available };
  return { kind: 'no-available-worker', outcome: 'fails' };
}

/** The consequence in a few words, for a pool's row; `undefined` when there is nothing to warn about. */
export function describePoolCapacity(capacity: PoolCapacity): string | undefined {
  switch (capacity.kind) {
    case 'workers':
    case 'availability-unknown':
      return undefined;
    case 'dynamic':
      return 'A worker is leased on demand for each step.';
    case 'built-in':
      return 'Steps that use it run on the built-in worker.';
    case 'empty':
      return 'Steps that use it will fail.';
    case 'built-in-off':
      return 'Steps that use it will fail: the built-in worker is switched off.';
    case 'built-in-unknown':
      return 'Steps that use it run on the built-in worker if it is switched on, and fail if not.';
    case 'no-available-worker':
      return 'No healthy, enabled worker: steps that use it will fail.';
  }
}

const UNAVAILABLE_ORDER: HealthStatus[] = ['Unhealthy', 'Unavailable', 'Unknown'];

/**
 * Why a pool with no available worker has none, e.g. "1 Unhealthy, 1 disabled". With none available,
 * every worker counted Healthy/HasWarnings must be disabled; if those account for all the disabled ones,
 * the rest are exactly the enabled workers by health. Otherwise the split is unknown: say what is known.
 */
export function describeUnavailableWorkers(counts: Pick<PoolCounts, 'disabled' | 'byHealth'>): string {
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

/**
 * Pools with a problem first (those whose steps would fail), each group in its given order: on a page of
 * 200 pools the ones that need attention are the first rows.
 */
export function problemsFirst<R extends { WorkerPool: { IsDefault: boolean; WorkerPoolType?: string }; counts: PoolCounts }>(
  rows: readonly R[],
  isBuiltInWorkerEnabled: boolean | undefined,
): R[] {
  const fails = (r: R) =>
    poolCapacity(r.counts, r.WorkerPool.IsDefault, isBuiltInWorkerEnabled, isDynamicPool(r.WorkerPool)).outcome === 'fails';
  return [...rows.filter(fails), ...rows.filter((r) => !fails(r))];
}

/** Octopus's dynamic worker pools (Octopus Cloud): workers are leased per step, none can be added by hand. */
export function isDynamicPool(pool: { WorkerPoolType?: string | null }): boolean {
  return pool.WorkerPoolType === 'DynamicWorkerPool';
}

/** Whether a worker may be added to the pool (Add Worker, a worker's pools, bulk "add to pool"). */
export function acceptsWorkers(pool: { WorkerPoolType?: string | null; CanAddWorkers?: boolean | null }): boolean {
  return !isDynamicPool(pool) && pool.CanAddWorkers !== false;
}

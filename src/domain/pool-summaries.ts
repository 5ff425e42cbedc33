// Rows of `/workerpools/summary` handled with the pool rules of worker-pools.ts (R2 order and default).
import type { WorkerPoolSummary } from '../api/schemas';
import { findDefaultPool, sortPools } from './worker-pools';

type SummaryLike = Pick<WorkerPoolSummary, 'WorkerPool'>;

/** The rows in the order Octopus shows pools: SortOrder, then name. */
export function sortPoolSummaries<T extends SummaryLike>(rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.WorkerPool.Id, r]));
  return sortPools(rows.map((r) => r.WorkerPool)).map((pool) => byId.get(pool.Id) as T);
}

/** R2: the row of the space's one default pool. */
export function findDefaultPoolSummary<T extends SummaryLike>(rows: readonly T[]): T | undefined {
  const pool = findDefaultPool(rows.map((r) => r.WorkerPool));
  return pool && rows.find((r) => r.WorkerPool.Id === pool.Id);
}

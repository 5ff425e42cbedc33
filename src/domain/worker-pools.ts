// R2, R3: pools are global to a space, and exactly one is the default.
import type { WorkerPool } from '../api/schemas';

type PoolLike = Pick<WorkerPool, 'Id' | 'IsDefault' | 'SortOrder' | 'Name'>;

/** Pools in the order Octopus shows them: by SortOrder, then name. */
export function sortPools<T extends PoolLike>(pools: readonly T[]): T[] {
  return [...pools].sort((a, b) => a.SortOrder - b.SortOrder || a.Name.localeCompare(b.Name));
}

export function findDefaultPool<T extends PoolLike>(pools: readonly T[]): T | undefined {
  return pools.find((p) => p.IsDefault);
}

/** R2: making one pool the default clears the flag on every other pool in the same operation. */
export function swapDefaultPool<T extends PoolLike>(pools: readonly T[], newDefaultId: string): T[] {
  if (!pools.some((p) => p.Id === newDefaultId)) throw new Error(`No worker pool ${newDefaultId}`);
  return pools.map((p) => ({ ...p, IsDefault: p.Id === newDefaultId }));
}

export type PoolDeletion = { allowed: true } | { allowed: false; reason: string };

/** R2: the default pool cannot be deleted; make another pool the default first. */
export function canDeletePool(pool: PoolLike): PoolDeletion {
  if (pool.IsDefault) {
    return {
      allowed: false,
      reason: 'The default worker pool cannot be deleted. Make another pool the default first.',
    };
  }
  return { allowed: true };
}

/** R2: a save that would leave the space with no default pool is refused. */
export function canUnsetDefault(pool: PoolLike, requestedIsDefault: boolean): PoolDeletion {
  if (pool.IsDefault && !requestedIsDefault) {
    return {
      allowed: false,
      reason: 'A space always has a default worker pool. Make another pool the default instead.',
    };
  }
  return { allowed: true };
}

/** Pools' new SortOrder after an explicit order; ids not named keep their relative order after the named ones. */
export function applySortOrder<T extends PoolLike>(pools: readonly T[], orderedIds: readonly string[]): T[] {
  const rank = new Map(orderedIds.map((id, i) => [id, i]));
  const rest = sortPools(pools.filter((p) => !rank.has(p.Id)));
  const named = orderedIds.map((id) => pools.find((p) => p.Id === id)).filter((p): p is T => p !== undefined);
  return [...named, ...rest].map((p, i) => ({ ...p, SortOrder: i }));
}

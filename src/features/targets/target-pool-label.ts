// How a target's default worker pool reads in the list and on its page (R12).
import type { DeploymentTarget, WorkerPool } from '../../api/schemas';
import { isCloudTarget, targetDefaultPoolId } from '../../domain/cloud-targets';

export const SPACE_DEFAULT = 'No default pool of its own';
export const DELETED_POOL_LABEL = 'A deleted pool';

/** A pool's name; "No default pool of its own" when a cloud target names none; "—" for other targets. */
export function targetPoolLabel(target: DeploymentTarget, pools: readonly Pick<WorkerPool, 'Id' | 'Name'>[]): string {
  if (!isCloudTarget(target)) return '—';
  const id = targetDefaultPoolId(target);
  if (!id) return SPACE_DEFAULT;
  return pools.find((p) => p.Id === id)?.Name ?? DELETED_POOL_LABEL;
}

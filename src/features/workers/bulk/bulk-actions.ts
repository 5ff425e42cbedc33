// The bulk actions and what each one does to one worker through the API. PUTs re-read the worker first, so
// a change made elsewhere since the list loaded is not overwritten.
import { request, spacePath } from '../../../api/client';
import { Worker, type WorkerPool } from '../../../api/schemas';
import type { WorkerChange } from '../../../domain/worker-change-impact';
import type { ItemResult } from './bulk-run';
import { workerCommandWith } from '../shared/worker-form-values';

export type BulkKind = 'check-health' | 'disable' | 'enable' | 'add-to-pool' | 'remove-from-pool' | 'delete';

export const BULK_ACTIONS: Record<BulkKind, { label: string; verb: string; destructive?: boolean; needsPool?: boolean }> = {
  'check-health': { label: 'Check health', verb: 'Health check started for' },
  disable: { label: 'Disable', verb: 'Disabled' },
  enable: { label: 'Enable', verb: 'Enabled' },
  'add-to-pool': { label: 'Add to pool', verb: 'Added', needsPool: true },
  'remove-from-pool': { label: 'Remove from pool', verb: 'Removed', needsPool: true },
  delete: { label: 'Delete', verb: 'Deleted', destructive: true },
};

export function changeOf(kind: BulkKind, poolId: string | undefined): WorkerChange | undefined {
  switch (kind) {
    case 'check-health': return undefined;
    case 'add-to-pool': case 'remove-from-pool': return poolId ? { kind, poolId } : undefined;
    default: return { kind };
  }
}

const workerPath = (spaceId: string, id: string) => spacePath(spaceId, `/workers/${encodeURIComponent(id)}`);

export function bulkAction(kind: Exclude<BulkKind, 'check-health'>, spaceId: string, pool: WorkerPool | undefined) {
  return async (listed: Worker): Promise<ItemResult> => {
    if (kind === 'delete') {
      await request(workerPath(spaceId, listed.Id), { method: 'DELETE' });
      return 'done';
    }
    const worker = await request(workerPath(spaceId, listed.Id), { schema: Worker });
    let patch: Parameters<typeof workerCommandWith>[1];
    if (kind === 'disable' || kind === 'enable') {
      const disable = kind === 'disable';
      if (worker.IsDisabled === disable) return { skipped: `already ${disable ? 'disabled' : 'enabled'}` };
      patch = { IsDisabled: disable };
    } else {
      if (!pool) throw new Error('Choose a worker pool first.');
      const inPool = worker.WorkerPoolIds.includes(pool.Id);
      if (kind === 'add-to-pool') {
        if (inPool) return { skipped: `already in ${pool.Name}` };
        patch = { WorkerPoolIds: [...worker.WorkerPoolIds, pool.Id] };
      } else {
        if (!inPool) return { skipped: `not in ${pool.Name}` };
        if (worker.WorkerPoolIds.length === 1) return { skipped: `${pool.Name} is its only pool, and a worker needs at least one` };
        patch = { WorkerPoolIds: worker.WorkerPoolIds.filter((id) => id !== pool.Id) };
      }
    }
    await request(workerPath(spaceId, worker.Id), { method: 'PUT', body: workerCommandWith(worker, patch), schema: Worker });
    return 'done';
  };
}

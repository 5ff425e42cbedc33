// What each bulk action changes on one worker (their names and labels: bulk-kinds.ts). The writes, and the
// re-read before each change, belong to the API's bulk mutation (useBulkWorkerAction); this decides only what
// to send, or why not.
import type { BulkWorkerAction } from '../../../api/workers';
import type { WorkerPool } from '../../../api/schemas';
import { validateWorker } from '../../../domain/validation';
import type { WorkerChange } from '../../../domain/worker-change-impact';
import { workerCommandWith } from '../shared/worker-form-values';
import type { BulkKind } from './bulk-kinds';

export function changeOf(kind: BulkKind, poolId: string | undefined): WorkerChange | undefined {
  switch (kind) {
    case 'check-health': return undefined;
    case 'add-to-pool': case 'remove-from-pool': return poolId ? { kind, poolId } : undefined;
    default: return { kind };
  }
}

export function bulkAction(kind: Exclude<BulkKind, 'check-health'>, pool: WorkerPool | undefined): BulkWorkerAction {
  if (kind === 'delete') return { kind: 'delete' };
  return {
    kind: 'update',
    edit: (worker) => {
      if (kind === 'disable' || kind === 'enable') {
        const disable = kind === 'disable';
        if (worker.IsDisabled === disable) return { skipped: `already ${disable ? 'disabled' : 'enabled'}` };
        return { put: workerCommandWith(worker, { IsDisabled: disable }) };
      }
      if (!pool) throw new Error('Choose a worker pool first.');
      const inPool = worker.WorkerPoolIds.includes(pool.Id);
      if (kind === 'add-to-pool') {
        if (inPool) return { skipped: `already in ${pool.Name}` };
        return { put: workerCommandWith(worker, { WorkerPoolIds: [...worker.WorkerPoolIds, pool.Id] }) };
      }
      if (!inPool) return { skipped: `not in ${pool.Name}` };
      const put = workerCommandWith(worker, { WorkerPoolIds: worker.WorkerPoolIds.filter((id) => id !== pool.Id) });
      // R1 is the domain's to decide. The pools left are the server's own, so only their number is in question.
      const poolsLeft = validateWorker(put, { existingWorkers: [], poolIds: new Set(put.WorkerPoolIds) });
      if (poolsLeft.some((e) => e.field === 'WorkerPoolIds')) return { skipped: `${pool.Name} is its only pool, and a worker needs at least one` };
      return { put };
    },
  };
}

// What a change to some workers will do (domain workerChangeImpact), with the counts it needs: each touched
// pool's size (summary) and available workers (a count-only `take=0` request), and — only when a pool
// would be left without a healthy worker — the steps that use it, read from the projects' processes.
import { useQueries, useQuery } from '@tanstack/react-query';
import { featuresQueries } from '../../../api/features';
import { TAKE_ALL } from '../../../api/paging';
import { processQueries, projectQueries } from '../../../api/projects';
import { workerPoolQueries } from '../../../api/worker-pools';
import { workerQueries } from '../../../api/workers';
import { stepsByPool } from '../../../domain/steps-by-pool';
import {
  workerChangeImpact,
  type ChangeImpact,
  type ImpactWorker,
  type PoolState,
  type WorkerChange,
} from '../../../domain/worker-change-impact';

function poolsTouched(workers: readonly ImpactWorker[], change: WorkerChange): string[] {
  if (change.kind === 'add-to-pool' || change.kind === 'remove-from-pool') return [change.poolId];
  return [...new Set(workers.flatMap((w) => w.WorkerPoolIds))];
}

function useStepsByPool(spaceId: string, enabled: boolean, defaultPoolId: string | undefined) {
  const projects = useQuery({ ...projectQueries.list(spaceId, { take: TAKE_ALL }), enabled });
  const processes = useQueries({
    queries: (projects.data?.Items ?? []).map((p) => ({ ...processQueries.forProject(spaceId, p.Id), enabled })),
  });
  if (!enabled || !defaultPoolId) return { data: undefined, isPending: false };
  if (projects.isError || processes.some((q) => q.isError)) return { data: undefined, isPending: false };
  if (projects.isPending || processes.some((q) => q.isPending)) return { data: undefined, isPending: true };
  const items = projects.data.Items.map((p, i) => ({ projectName: p.Name, process: processes[i]!.data! }));
  return { data: stepsByPool(items, defaultPoolId), isPending: false };
}

export function useChangeImpact(
  spaceId: string,
  workers: readonly ImpactWorker[],
  change: WorkerChange | undefined,
  enabled: boolean,
): { impacts: ChangeImpact[]; isPending: boolean } {
  const on = enabled && change !== undefined;
  const summary = useQuery({ ...workerPoolQueries.summary(spaceId), enabled: on });
  const features = useQuery({ ...featuresQueries.config(), enabled: on });
  const touched = change ? poolsTouched(workers, change) : [];
  const available = useQueries({
    queries: touched.map((id) => ({
      ...workerQueries.list(spaceId, { workerPoolIds: [id], isDisabled: false, healthStatuses: ['Healthy', 'HasWarnings'], take: 0 }),
      enabled: on,
    })),
  });
  const rows = summary.data?.WorkerPoolSummaries ?? [];
  const defaultPoolId = rows.find((r) => r.WorkerPool.IsDefault)?.WorkerPool.Id;
  const ready = on && summary.data && features.data && available.every((q) => q.data);
  const pools = (steps?: Map<string, string[]>): PoolState[] =>
    touched.flatMap((id, i) => {
      const row = rows.find((r) => r.WorkerPool.Id === id);
      const count = available[i]?.data?.TotalResults;
      if (!row || count === undefined) return [];
      return [{ id, name: row.WorkerPool.Name, isDefault: row.WorkerPool.IsDefault, total: row.TotalMachines, available: count,
        steps: steps ? (steps.get(id) ?? []) : undefined }];
    });
  const enabledBuiltIn = features.data?.IsBuiltInWorkerEnabled ?? true;
  const first = ready && change ? workerChangeImpact({ workers, change, pools: pools(), isBuiltInWorkerEnabled: enabledBuiltIn }) : [];
  const needSteps = first.some((i) => i.kind === 'no-available-worker' || i.kind === 'default-pool-fails');
  const steps = useStepsByPool(spaceId, !!ready && needSteps, defaultPoolId);
  if (!on) return { impacts: [], isPending: false };
  if (!ready || steps.isPending) return { impacts: [], isPending: true };
  if (!steps.data || !change) return { impacts: first, isPending: false };
  return { impacts: workerChangeImpact({ workers, change, pools: pools(steps.data), isBuiltInWorkerEnabled: enabledBuiltIn }), isPending: false };
}

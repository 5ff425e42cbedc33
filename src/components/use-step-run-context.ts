// Everything a verdict of "Where this step runs" needs (R11–R16), from requests every user may make (R4):
// pools, their worker counts (use-pool-counts.ts: both summaries, so `available` is exact), the built-in
// worker switch and the space's deployment targets. No worker machine is read.
import { useQueries } from '@tanstack/react-query';
import { featuresQueries } from '../api/features';
import { machineQueries } from '../api/machines';
import { TAKE_ALL } from '../api/paging';
import { workerPoolQueries } from '../api/worker-pools';
import type { WorkerPool } from '../api/schemas';
import { usePoolCounts } from './use-pool-counts';
import type { StepRunContext } from '../domain/step-run-verdict';
import { isNoPoolsOrWorkersConfigured } from '../domain/worker-pool-choice';
import { findDefaultPool, sortPools } from '../domain/worker-pools';

export interface StepRunData {
  ctx: StepRunContext;
  pools: WorkerPool[];
  defaultPool: WorkerPool | undefined;
  /** R15 does not hold: the editor offers worker options and a pool choice (R16). */
  configured: boolean;
}

export type StepRunState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; context: string; retry: () => void }
  | { status: 'ready'; data: StepRunData };

export function useStepRunContext(spaceId: string): StepRunState {
  const { summary: all, enabledOnly: enabled, byId } = usePoolCounts(spaceId);
  const [pools, features, machines] = useQueries({
    queries: [
      workerPoolQueries.list(spaceId),
      featuresQueries.config(),
      machineQueries.list(spaceId, { take: TAKE_ALL }),
    ],
  });
  const failed = [
    [pools, 'Loading worker pools'],
    [all, 'Loading worker pool health'],
    [enabled, 'Loading worker pool health'],
    [machines, 'Loading deployment targets'],
  ] as const;
  for (const [q, context] of failed) {
    if (q.isError) return { status: 'error', error: q.error, context, retry: () => void q.refetch() };
  }
  // The features switch may fail on its own: verdicts then say "if it is switched on" (R6, R14).
  // Without the enabled-only summary, `available` would be a guess: wait for it.
  if (!pools.data || !all.data || !enabled.data || !byId || !machines.data || features.isPending) return { status: 'pending' };
  const sorted = sortPools(pools.data);
  return {
    status: 'ready',
    data: {
      ctx: {
        pools: sorted,
        counts: byId,
        isBuiltInWorkerEnabled: features.data?.IsBuiltInWorkerEnabled,
        targets: machines.data.Items,
      },
      pools: sorted,
      defaultPool: findDefaultPool(sorted),
      configured: !isNoPoolsOrWorkersConfigured({ poolCount: sorted.length, workerCount: all.data.TotalMachines }),
    },
  };
}

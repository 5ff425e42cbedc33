// R5: what deleting a pool would touch, fetched only while the confirmation is open: every project's
// deployment process (steps naming the pool) and the pool's workers (those left in no pool).
import { useQueries, useQuery } from '@tanstack/react-query';
import { TAKE_ALL } from '../../api/paging';
import { processQueries, projectQueries } from '../../api/projects';
import { workerPoolQueries } from '../../api/worker-pools';
import { stepsUsingPool, workersLeftWithoutPool } from '../../domain/pool-deletion';

export function useDeletionImpact(spaceId: string, poolId: string, enabled: boolean, canViewWorkers: boolean) {
  const projects = useQuery({ ...projectQueries.list(spaceId, { take: TAKE_ALL }), enabled });
  const processes = useQueries({
    queries: (enabled ? (projects.data?.Items ?? []) : []).map((p) => processQueries.forProject(spaceId, p.Id)),
  });
  const workers = useQuery({
    ...workerPoolQueries.workers(spaceId, poolId, { take: TAKE_ALL }),
    enabled: enabled && canViewWorkers,
  });
  const processesLoaded = processes.every((q) => q.data);
  const stepsError = projects.error ?? processes.find((q) => q.error)?.error ?? null;
  return {
    steps:
      projects.data && processesLoaded
        ? stepsUsingPool(
            processes.map((q) => q.data!),
            projects.data.Items,
            poolId,
          )
        : undefined,
    stepsError,
    orphans: workers.data ? workersLeftWithoutPool(workers.data.Items, poolId) : undefined,
    workersError: workers.error,
    isLoading: (projects.isPending && !projects.error) || processes.some((q) => q.isPending && !q.error) || (canViewWorkers && workers.isPending && !workers.error),
  };
}

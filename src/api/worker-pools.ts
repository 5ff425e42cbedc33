// Worker pools (octopus-api.md §1.4): queries and mutations.
import { partialMatchKey, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request, spacePath } from './client';
import { endpoints } from './endpoints';
import { TAKE_ALL, type PageRequest } from './paging';
import { ResourceCollection, Worker, WorkerPool, WorkerPoolDynamicWorkerTypes, WorkerPoolsSummary, type WorkerPoolCommand } from './schemas';
import { workerQueries, type WorkerListFilters } from './workers';

export interface PoolSummaryFilters {
  ids?: string[];
  partialName?: string;
  machinePartialName?: string;
  hideEmptyWorkerPools?: boolean;
  /** `false` counts only enabled workers: with it, Healthy + HasWarnings is exactly who can take work (R13). */
  isDisabled?: boolean;
}

const WorkerPage = ResourceCollection(Worker);

export const workerPoolQueries = {
  all: () => ['workerPools'] as const,
  /** Every pool, in sort order: a space has at most a few hundred. */
  list: (spaceId: string) =>
    queryOptions({
      queryKey: [...workerPoolQueries.all(), spaceId, 'all'] as const,
      queryFn: ({ signal }) => request(endpoints.workerPools(spaceId).path, { schema: z.array(WorkerPool), signal }),
    }),
  /** The kinds of worker a dynamic pool can lease; an empty list where the server offers no dynamic pools. */
  dynamicWorkerTypes: (spaceId: string) =>
    queryOptions({
      queryKey: [...workerPoolQueries.all(), spaceId, 'dynamicworkertypes'] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, '/workerpools/dynamicworkertypes'), { schema: WorkerPoolDynamicWorkerTypes, signal }),
      staleTime: 5 * 60_000,
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...workerPoolQueries.all(), spaceId, 'detail', id] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/workerpools/${encodeURIComponent(id)}`), { schema: WorkerPool, signal }),
    }),
  /** Per-pool counts by health; visible to every user (R4). */
  summary: (spaceId: string, filters: PoolSummaryFilters = {}) =>
    queryOptions({
      queryKey: [...workerPoolQueries.all(), spaceId, 'summary', filters] as const,
      queryFn: ({ signal }) => {
        const { path, query } = endpoints.poolsSummary(spaceId, filters);
        return request(path, { query, schema: WorkerPoolsSummary, signal });
      },
    }),
  /** Under the pool's detail key, so deleting the pool reaches both. */
  workers: (spaceId: string, poolId: string, filters: Omit<WorkerListFilters, 'workerPoolIds' | 'ids'> & PageRequest = {}) =>
    queryOptions({
      queryKey: [...workerPoolQueries.detail(spaceId, poolId).queryKey, 'workers', filters] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/workerpools/${encodeURIComponent(poolId)}/workers`), {
          query: { take: 20, ...filters },
          schema: WorkerPage,
          signal,
        }),
    }),
};

export { TAKE_ALL };

function useInvalidatePools() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: workerPoolQueries.all() });
}

export function useCreateWorkerPool(spaceId: string) {
  const invalidate = useInvalidatePools();
  return useMutation({
    meta: { announce: { success: 'Worker pool added', failure: 'Worker pool not added' } },
    mutationFn: (command: WorkerPoolCommand) =>
      request(spacePath(spaceId, '/workerpools'), {
        method: 'POST',
        body: { WorkerPoolType: 'StaticWorkerPool', ...command, SpaceId: spaceId },
        schema: WorkerPool,
      }),
    onSuccess: invalidate,
  });
}

/** R2: saving `IsDefault: true` swaps the default, so every pool query is refreshed, not just this one. */
export function useUpdateWorkerPool(spaceId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePools();
  return useMutation({
    meta: { announce: { success: 'Worker pool saved', failure: 'Worker pool not saved' } },
    mutationFn: (command: WorkerPoolCommand & { Id: string }) =>
      request(spacePath(spaceId, `/workerpools/${encodeURIComponent(command.Id)}`), {
        method: 'PUT',
        body: { ...command, SpaceId: spaceId },
        schema: WorkerPool,
      }),
    onSuccess: async (pool) => {
      queryClient.setQueryData(workerPoolQueries.detail(spaceId, pool.Id).queryKey, pool);
      await invalidate();
    },
  });
}

export function useDeleteWorkerPool(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { announce: { success: 'Worker pool deleted', failure: 'Worker pool not deleted' } },
    mutationFn: (id: string) => request(spacePath(spaceId, `/workerpools/${encodeURIComponent(id)}`), { method: 'DELETE' }),
    // Workers lose the pool id too, so worker lists go stale as well. The deleted pool's own detail and
    // workers queries are left alone: refetched, they could only answer 404 while its page is still open.
    onSuccess: (_data, id) => {
      const deleted = workerPoolQueries.detail(spaceId, id).queryKey;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: workerPoolQueries.all(), predicate: (q) => !partialMatchKey(q.queryKey, deleted) }),
        queryClient.invalidateQueries({ queryKey: workerQueries.all() }),
      ]);
    },
  });
}

/** The body is every pool id in the new order (octopus-api.md §1.4). */
export function useSortWorkerPools(spaceId: string) {
  const invalidate = useInvalidatePools();
  return useMutation({
    meta: { announce: { success: 'Worker pool order saved', failure: 'Worker pool order not saved' } },
    mutationFn: (orderedIds: string[]) =>
      request(spacePath(spaceId, '/workerpools/sortorder'), { method: 'PUT', body: orderedIds }),
    onSettled: invalidate,
  });
}

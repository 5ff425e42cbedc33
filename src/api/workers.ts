// Workers (octopus-api.md §1.3): queries and mutations. Keys go from generic to specific.
import { useCallback } from 'react';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request, spacePath } from './client';
import { endpoints } from './endpoints';
import type { PageRequest } from './paging';
import { runBulk, type BulkOutcome } from './bulk-run';
import { workerPoolQueries } from './worker-pools';
import {
  DiscoveredWorker,
  ResourceCollection,
  Worker,
  type HealthStatus,
  type WorkerCommand,
  type WorkerCommStyle,
} from './schemas';

export interface WorkerListFilters extends PageRequest {
  partialName?: string;
  healthStatuses?: HealthStatus[];
  commStyles?: WorkerCommStyle[];
  workerPoolIds?: string[];
  isDisabled?: boolean;
  ids?: string[];
}

const WorkerPage = ResourceCollection(Worker);

export const MachineConnectionStatus = z.looseObject({
  MachineId: z.string(),
  Status: z.string(),
  CurrentTentacleVersion: z.nullish(z.string()),
  LastChecked: z.nullish(z.string()),
  Logs: z.nullish(z.array(z.looseObject({ Category: z.string(), MessageText: z.string(), OccurredAt: z.string() }))),
});

const workerPath = (spaceId: string, id: string) => spacePath(spaceId, `/workers/${encodeURIComponent(id)}`);

export function fetchWorker(spaceId: string, id: string, signal?: AbortSignal) {
  return request(workerPath(spaceId, id), { schema: Worker, signal });
}

export function updateWorker(spaceId: string, command: WorkerCommand & { Id: string }) {
  return request(workerPath(spaceId, command.Id), { method: 'PUT', body: command, schema: Worker });
}

export function deleteWorker(spaceId: string, id: string) {
  return request(workerPath(spaceId, id), { method: 'DELETE' });
}

export const workerQueries = {
  all: () => ['workers'] as const,
  lists: (spaceId: string) => [...workerQueries.all(), spaceId, 'list'] as const,
  list: (spaceId: string, filters: WorkerListFilters = {}) =>
    queryOptions({
      queryKey: [...workerQueries.lists(spaceId), filters] as const,
      queryFn: ({ signal }) => {
        const { path, query } = endpoints.workers(spaceId, filters);
        return request(path, { query, schema: WorkerPage, signal });
      },
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...workerQueries.all(), spaceId, 'detail', id] as const,
      queryFn: ({ signal }) => fetchWorker(spaceId, id, signal),
    }),
  /** Under the worker's detail key, so deleting the worker reaches both. */
  connection: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...workerQueries.detail(spaceId, id).queryKey, 'connection'] as const,
      queryFn: ({ signal }) => request(`${workerPath(spaceId, id)}/connection`, { schema: MachineConnectionStatus, signal }),
    }),
};

/** A read, made when a person asks for it: as a mutation it gives the form its pending and error state. */
export function useDiscoverWorker(spaceId: string) {
  return useMutation({
    mutationFn: (params: { host: string; port: number; type: WorkerCommStyle }) =>
      request(spacePath(spaceId, '/workers/discover'), { query: params, schema: DiscoveredWorker }),
  });
}

/**
 * Worker changes move counts everywhere: lists, pool summaries and pool worker lists. Exported for what
 * changes workers without a mutation here: a Health task ending (tasks.ts).
 */
export function useInvalidateWorkerData() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workerQueries.all() }),
        queryClient.invalidateQueries({ queryKey: workerPoolQueries.all() }),
      ]),
    [queryClient],
  );
}

export function useCreateWorker(spaceId: string) {
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    meta: { announce: { success: 'Worker added', failure: 'Worker not added' } },
    mutationFn: (command: WorkerCommand) =>
      request(spacePath(spaceId, '/workers'), { method: 'POST', body: { ...command, SpaceId: spaceId }, schema: Worker }),
    onSuccess: invalidate,
  });
}

export function useUpdateWorker(spaceId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    meta: { announce: { success: 'Worker saved', failure: 'Worker not saved' } },
    mutationFn: (command: WorkerCommand & { Id: string }) => updateWorker(spaceId, command),
    onSuccess: async (worker) => {
      queryClient.setQueryData(workerQueries.detail(spaceId, worker.Id).queryKey, worker);
      await invalidate();
    },
  });
}

/**
 * The deleted worker's own queries are dropped, not refetched: refetched, they could only answer 404 while
 * its page is still open. The refresh is not awaited, so a caller leaving that page does so at once; the
 * lists it lands on are refetching already.
 */
export function useDeleteWorker(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { announce: { success: 'Worker deleted', failure: 'Worker not deleted' } },
    mutationFn: (id: string) => deleteWorker(spaceId, id),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: workerQueries.detail(spaceId, id).queryKey });
      queryClient.removeQueries({ queryKey: workerQueries.connection(spaceId, id).queryKey });
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: workerQueries.lists(spaceId) }),
        queryClient.invalidateQueries({ queryKey: workerPoolQueries.all() }),
      ]);
    },
  });
}

/**
 * What a bulk action does to one worker. An update is decided on the worker as the server has it now (it is
 * re-read first), so a change made elsewhere since the list loaded is not overwritten.
 */
export type BulkWorkerAction =
  | { kind: 'delete' }
  | { kind: 'update'; edit: (current: Worker) => { put: WorkerCommand & { Id: string } } | { skipped: string } };

/** What a screen reader hears when a bulk action ends: how many were changed, skipped and failed. */
export function bulkSummary(outcome: BulkOutcome): string {
  const n = (count: number) => `${count} worker${count === 1 ? '' : 's'}`;
  const parts = [`Done for ${n(outcome.done.length)}`];
  if (outcome.skipped.length) parts.push(`${outcome.skipped.length} skipped`);
  if (outcome.failed.length) parts.push(`${outcome.failed.length} failed: the page lists why`);
  return `${parts.join(', ')}.`;
}

/** The action on every worker, each one reported; lists and counts are refreshed once, after the last. */
export function useBulkWorkerAction(spaceId: string) {
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    mutationFn: ({ workers, action }: { workers: readonly Worker[]; action: BulkWorkerAction }) =>
      runBulk(workers, async (listed) => {
        if (action.kind === 'delete') {
          await deleteWorker(spaceId, listed.Id);
          return 'done';
        }
        const edit = action.edit(await fetchWorker(spaceId, listed.Id));
        if ('skipped' in edit) return edit;
        await updateWorker(spaceId, edit.put);
        return 'done';
      }),
    meta: { announce: { success: (outcome) => bulkSummary(outcome as BulkOutcome) } },
    onSuccess: async () => {
      await invalidate();
    },
  });
}

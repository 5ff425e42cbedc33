// Workers (octopus-api.md §1.3): queries and mutations. Keys go from generic to specific.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, spacePath } from './client';
import { DEFAULT_PAGE_SIZE, type PageRequest } from './paging';
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
  CurrentTentacleVersion: z.string().nullish(),
  LastChecked: z.string().nullish(),
  Logs: z.array(z.looseObject({ Category: z.string(), MessageText: z.string(), OccurredAt: z.string() })).nullish(),
});

export const workerQueries = {
  all: () => ['workers'] as const,
  lists: (spaceId: string) => [...workerQueries.all(), spaceId, 'list'] as const,
  list: (spaceId: string, filters: WorkerListFilters = {}) =>
    queryOptions({
      queryKey: [...workerQueries.lists(spaceId), filters] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, '/workers'), {
          query: { take: DEFAULT_PAGE_SIZE, ...filters },
          schema: WorkerPage,
          signal,
        }),
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...workerQueries.all(), spaceId, 'detail', id] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, `/workers/${encodeURIComponent(id)}`), { schema: Worker, signal }),
    }),
  connection: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...workerQueries.all(), spaceId, 'connection', id] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/workers/${encodeURIComponent(id)}/connection`), { schema: MachineConnectionStatus, signal }),
    }),
};

export function discoverWorker(spaceId: string, params: { host: string; port: number; type: WorkerCommStyle }) {
  return request(spacePath(spaceId, '/workers/discover'), { query: params, schema: DiscoveredWorker });
}

/** Worker changes move counts everywhere: lists, pool summaries and pool worker lists. */
function useInvalidateWorkerData() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: workerQueries.all() }),
      queryClient.invalidateQueries({ queryKey: ['workerPools'] }),
    ]);
}

export function useCreateWorker(spaceId: string) {
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    mutationFn: (command: WorkerCommand) =>
      request(spacePath(spaceId, '/workers'), { method: 'POST', body: { ...command, SpaceId: spaceId }, schema: Worker }),
    onSuccess: invalidate,
  });
}

export function useUpdateWorker(spaceId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    mutationFn: (command: WorkerCommand & { Id: string }) =>
      request(spacePath(spaceId, `/workers/${encodeURIComponent(command.Id)}`), { method: 'PUT', body: command, schema: Worker }),
    onSuccess: async (worker) => {
      queryClient.setQueryData(workerQueries.detail(spaceId, worker.Id).queryKey, worker);
      await invalidate();
    },
  });
}

export function useDeleteWorker(spaceId: string) {
  const invalidate = useInvalidateWorkerData();
  return useMutation({
    mutationFn: (id: string) => request(spacePath(spaceId, `/workers/${encodeURIComponent(id)}`), { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

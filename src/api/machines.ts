// Deployment targets; cloud targets carry their own default worker pool (R12).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request, spacePath } from './client';
import { DEFAULT_PAGE_SIZE, type PageRequest } from './paging';
import { ResourceCollection, type HealthStatus } from './schemas';
import { DeploymentTarget } from './schemas-targets';

export interface MachineListFilters extends PageRequest {
  partialName?: string;
  roles?: string[];
  environmentIds?: string[];
  healthStatuses?: HealthStatus[];
  commStyles?: string[];
  isDisabled?: boolean;
}

const TargetPage = ResourceCollection(DeploymentTarget);

export const machineQueries = {
  all: () => ['machines'] as const,
  list: (spaceId: string, filters: MachineListFilters = {}) =>
    queryOptions({
      queryKey: [...machineQueries.all(), spaceId, 'list', filters] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, '/machines'), { query: { take: DEFAULT_PAGE_SIZE, ...filters }, schema: TargetPage, signal }),
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...machineQueries.all(), spaceId, 'detail', id] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/machines/${encodeURIComponent(id)}`), { schema: DeploymentTarget, signal }),
    }),
};

export function useUpdateMachine(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { announce: { success: 'Deployment target saved', failure: 'Deployment target not saved' } },
    mutationFn: (target: DeploymentTarget) =>
      request(spacePath(spaceId, `/machines/${encodeURIComponent(target.Id)}`), { method: 'PUT', body: target, schema: DeploymentTarget }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(machineQueries.detail(spaceId, saved.Id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: machineQueries.all() });
    },
  });
}

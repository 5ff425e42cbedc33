// Projects and their deployment processes; a process save carries `Version` (optimistic concurrency).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request, spacePath } from './client';
import { DEFAULT_PAGE_SIZE, type PageRequest } from './paging';
import { DeploymentProcess, Project, ResourceCollection } from './schemas';

const ProjectPage = ResourceCollection(Project);

export const projectQueries = {
  all: () => ['projects'] as const,
  list: (spaceId: string, filters: PageRequest & { partialName?: string } = {}) =>
    queryOptions({
      queryKey: [...projectQueries.all(), spaceId, 'list', filters] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, '/projects'), { query: { take: DEFAULT_PAGE_SIZE, ...filters }, schema: ProjectPage, signal }),
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), spaceId, 'detail', id] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, `/projects/${encodeURIComponent(id)}`), { schema: Project, signal }),
    }),
};

export const processQueries = {
  all: () => ['deploymentProcesses'] as const,
  forProject: (spaceId: string, projectId: string) =>
    queryOptions({
      queryKey: [...processQueries.all(), spaceId, projectId] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/projects/${encodeURIComponent(projectId)}/deploymentprocesses`), {
          schema: DeploymentProcess,
          signal,
        }),
    }),
};

/** A stale `Version` is refused by the server (400, or 409 on newer servers); the caller keeps the edits. */
export function useSaveDeploymentProcess(spaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (process: DeploymentProcess) =>
      request(spacePath(spaceId, `/projects/${encodeURIComponent(projectId)}/deploymentprocesses`), {
        method: 'PUT',
        body: process,
        schema: DeploymentProcess,
      }),
    onSuccess: (saved) => queryClient.setQueryData(processQueries.forProject(spaceId, projectId).queryKey, saved),
  });
}

// Projects and their deployment processes; a process save carries `Version` (optimistic concurrency).
// The process is found by following the project's own `Links.DeploymentProcess`, not by building its URL:
// Octopus 2020.x links `/api/{space}/deploymentprocesses/{id}`, newer servers
// `/api/{space}/projects/{id}/deploymentprocesses`. A version-controlled project (Config as Code) keeps its
// process in Git: it is read from the default branch, `/projects/{id}/{branch}/deploymentprocesses`, and
// each save is a commit with a message (`ChangeDescription`). A save goes to the process's own `Links.Self`.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { linkPath, request, spacePath } from './client';
import { DEFAULT_PAGE_SIZE, type PageRequest } from './paging';
import { ResourceCollection } from './schemas';
import { DeploymentProcess, Project } from './schemas-projects';

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

/** The branch a version-controlled project's process is read from, or undefined for a database project. */
export function gitBranchOf(project: Pick<Project, 'IsVersionControlled' | 'PersistenceSettings'> | undefined): string | undefined {
  if (!project?.IsVersionControlled) return undefined;
  return project.PersistenceSettings?.DefaultBranch || 'main';
}

function processPath(spaceId: string, project: Project): string {
  const id = encodeURIComponent(project.Id);
  const branch = gitBranchOf(project);
  if (branch) return spacePath(spaceId, `/projects/${id}/${encodeURIComponent(branch)}/deploymentprocesses`);
  const link = project.Links.DeploymentProcess;
  return link ? linkPath(link) : spacePath(spaceId, `/projects/${id}/deploymentprocesses`);
}

export const processQueries = {
  all: () => ['deploymentProcesses'] as const,
  forProject: (spaceId: string, projectId: string, project?: Project) =>
    // The project is not part of the key: with or without it, the answer is the project's process.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...processQueries.all(), spaceId, projectId] as const,
      queryFn: async ({ signal }) => {
        // A project already in hand (a list) may be passed, saving a request.
        const p = project ?? (await request(spacePath(spaceId, `/projects/${encodeURIComponent(projectId)}`), { schema: Project, signal }));
        return request(processPath(spaceId, p), { schema: DeploymentProcess, signal });
      },
    }),
};

/** A stale `Version` is refused by the server (400, or 409 on newer servers); the caller keeps the edits. */
export function useSaveDeploymentProcess(spaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { announce: { success: 'Deployment process saved', failure: 'Deployment process not saved' } },
    /** `ChangeDescription`: the commit message, for a version-controlled project. */
    mutationFn: (process: DeploymentProcess & { ChangeDescription?: string }) => {
      const self = process.Links?.Self;
      const path = self ? linkPath(self) : spacePath(spaceId, `/projects/${encodeURIComponent(projectId)}/deploymentprocesses`);
      return request(path, { method: 'PUT', body: process, schema: DeploymentProcess });
    },
    onSuccess: (saved) => queryClient.setQueryData(processQueries.forProject(spaceId, projectId).queryKey, saved),
  });
}

// Every project of the space with its deployment process: what "which steps would fail" is judged over (the
// Overview, and the consequences shown before a change). One request for the projects, one per process.
import { useQueries, useQuery } from '@tanstack/react-query';
import { TAKE_ALL } from '../api/paging';
import { processQueries, projectQueries } from '../api/projects';
import type { DeploymentProcess } from '../api/schemas';
import type { ProjectWithProcess } from '../domain/failing-steps';

export type SpaceProcesses =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; context: string; retry: () => void }
  | { status: 'ready'; data: Array<ProjectWithProcess & { process: DeploymentProcess }> };

export function useSpaceProcesses(spaceId: string, enabled = true): SpaceProcesses {
  const projects = useQuery({ ...projectQueries.list(spaceId, { take: TAKE_ALL }), enabled });
  const processes = useQueries({
    queries: (projects.data?.Items ?? []).map((p) => ({ ...processQueries.forProject(spaceId, p.Id, p), enabled })),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
      error: results.find((r) => r.error)?.error,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
  if (projects.isError) return { status: 'error', error: projects.error, context: 'Loading projects', retry: () => void projects.refetch() };
  if (processes.error) return { status: 'error', error: processes.error, context: 'Loading deployment processes', retry: processes.retry };
  if (!projects.data || !processes.data) return { status: 'pending' };
  return {
    status: 'ready',
    data: projects.data.Items.map((p, i) => ({ projectId: p.Id, projectName: p.Name, process: processes.data![i]! })),
  };
}

// Server tasks: a health check is a `Health` task that the portal polls until it completes.
import { queryOptions, useMutation } from '@tanstack/react-query';
import { request, spacePath } from './client';
import { ServerTask, type HealthCheckTaskCommand } from './schemas';

const POLL_MS = 1000;

export const taskQueries = {
  detail: (spaceId: string, taskId: string) =>
    queryOptions({
      queryKey: ['tasks', spaceId, taskId] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, `/tasks/${encodeURIComponent(taskId)}`), { schema: ServerTask, signal }),
      refetchInterval: (query) => (query.state.data?.IsCompleted ? false : POLL_MS),
    }),
};

/** The body Octopus's own client sends for a health check (octopus-api.md §1.10). */
export function healthCheckCommand(args: { workerIds?: string[]; workerPoolId?: string; description?: string }): HealthCheckTaskCommand {
  return {
    Name: 'Health',
    Description: args.description ?? 'Check health of workers',
    Arguments: {
      Timeout: '00:05:00',
      MachineTimeout: '00:01:00',
      EnvironmentId: null,
      WorkerpoolId: args.workerPoolId ?? null,
      RestrictedTo: 'Workers',
      MachineIds: args.workerIds ?? [],
    },
  };
}

export function useStartHealthCheck(spaceId: string) {
  return useMutation({
    mutationFn: (command: HealthCheckTaskCommand) =>
      request(spacePath(spaceId, '/tasks'), { method: 'POST', body: { ...command, SpaceId: spaceId }, schema: ServerTask }),
  });
}

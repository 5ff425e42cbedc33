// Server tasks: a health check is a `Health` task that the portal polls until it completes.
import { useEffect } from 'react';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { request, spacePath } from './client';
import { ServerTask, type HealthCheckTaskCommand } from './schemas';
import { useInvalidateWorkerData } from './workers';

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
    meta: { announce: { success: 'Health check started', failure: 'Health check not started' } },
    mutationFn: (command: HealthCheckTaskCommand) =>
      request(spacePath(spaceId, '/tasks'), { method: 'POST', body: { ...command, SpaceId: spaceId }, schema: ServerTask }),
  });
}

/**
 * Follows a Health task (none while `taskId` is undefined). When it ends, workers' health has changed and
 * with it every count built on it, so those are refreshed: the task is the write, this is its cache upkeep.
 */
export function useHealthCheckTask(spaceId: string, taskId: string | undefined) {
  const task = useQuery({ ...taskQueries.detail(spaceId, taskId ?? ''), enabled: taskId !== undefined });
  const invalidate = useInvalidateWorkerData();
  const completed = task.data?.IsCompleted === true;
  useEffect(() => {
    if (completed) void invalidate();
  }, [completed, invalidate]);
  return task;
}

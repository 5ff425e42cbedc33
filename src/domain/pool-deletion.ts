// R5: deleting a pool must not surprise anyone. Before the confirmation, list the deployment steps that
// name the pool directly (they keep the dangling id and fail, octopus-api.md §3.4) and the workers whose
// only pool it is (they are left in no pool). Steps that pick a pool through a variable can't be known.
import type { DeploymentProcess, Project } from '../api/schemas';
import { sameId as same } from './ids';

export interface StepUsingPool {
  projectId: string;
  projectName: string;
  stepId: string;
  stepName: string;
  actionId: string;
  actionName: string;
}


/** Every action with `WorkerPoolId` = `poolId`, by project name then process order (ids compare case-insensitively). */
export function stepsUsingPool(
  processes: ReadonlyArray<Pick<DeploymentProcess, 'ProjectId' | 'Steps'>>,
  projects: ReadonlyArray<Pick<Project, 'Id' | 'Name'>>,
  poolId: string,
): StepUsingPool[] {
  const found: StepUsingPool[] = [];
  for (const process of processes) {
    const project = projects.find((p) => same(p.Id, process.ProjectId));
    for (const step of process.Steps) {
      for (const action of step.Actions) {
        if (!action.WorkerPoolId || !same(action.WorkerPoolId, poolId)) continue;
        found.push({
          projectId: process.ProjectId,
          projectName: project?.Name ?? process.ProjectId,
          stepId: step.Id,
          stepName: step.Name,
          actionId: action.Id,
          actionName: action.Name,
        });
      }
    }
  }
  // A stable sort keeps each project's steps in process order.
  return found.sort((a, b) => a.projectName.localeCompare(b.projectName));
}

/** R1: a worker belongs to one or more pools; those whose only pool is `poolId` would belong to none. */
export function workersLeftWithoutPool<T extends { WorkerPoolIds: readonly string[] }>(
  workers: readonly T[],
  poolId: string,
): T[] {
  return workers.filter((w) => w.WorkerPoolIds.length > 0 && w.WorkerPoolIds.every((id) => same(id, poolId)));
}

/**
 * R1: a worker is never left in no pool. Deleting a pool that is some worker's only pool is refused, naming
 * those workers (up to `shown` of them), so they can be moved to another pool first.
 */
export function poolDeletionBlockedByWorkers(poolName: string, orphans: ReadonlyArray<{ Name: string }>, shown = 10): string | undefined {
  if (orphans.length === 0) return undefined;
  const names = orphans.slice(0, shown).map((w) => w.Name);
  const more = orphans.length - names.length;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const them = orphans.length === 1 ? 'it' : 'them';
  return `${poolName} is the only worker pool of ${list}. Move ${them} to another pool, or delete ${them}, before deleting this pool.`;
}

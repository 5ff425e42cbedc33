// R10, R11: which steps run on each pool, so a change that leaves a pool without a healthy worker can name
// the steps it breaks. Pools chosen by a variable are only known at deploy time and are left out; cloud
// targets' own default pools (R12) are not followed either, so this names the pools steps select.
import type { DeploymentProcess } from '../api/schemas';
import { poolChoiceProblem, readExecutionLocation, readPoolChoice } from './execution-location';
import { resolveWorkerPool } from './resolve-worker-pool';
import { stepLabel } from './step-label';
import { requiresWorker } from './step-worker-requirement';

export interface ProjectProcess {
  projectName: string;
  process: Pick<DeploymentProcess, 'Steps'>;
}

/** Pool id → `Project: Step` labels of the enabled steps that resolve to it. */
export function stepsByPool(processes: readonly ProjectProcess[], defaultPoolId: string): Map<string, string[]> {
  const byPool = new Map<string, string[]>();
  for (const { projectName, process } of processes) {
    for (const step of process.Steps) {
      for (const action of step.Actions) {
        if (action.IsDisabled || poolChoiceProblem(action)) continue;
        if (!requiresWorker(action.ActionType, readExecutionLocation(step, action))) continue;
        const resolved = resolveWorkerPool({ poolChoice: readPoolChoice(action), defaultPoolId });
        if (resolved.kind !== 'pool') continue;
        const label = `${projectName}: ${stepLabel(step, action)}`;
        byPool.set(resolved.poolId, [...(byPool.get(resolved.poolId) ?? []), label]);
      }
    }
  }
  return byPool;
}

// R15, R16: what the step editor offers for Execution Location and Worker Pool (labels: SPEC §3), and how
// its choice survives switching location (Octopus's own editor reset the pool: Iss#5691).
import {
  placementProblem,
  readPoolChoice,
  type ActionJson,
  type ExecutionLocation,
  type PoolChoice,
} from './execution-location';
import { stepType } from './step-types';
import { requiresWorker } from './step-worker-requirement';

/** R15: only the default pool, and no worker at all. A second pool or any worker ends it (R16). */
export function isNoPoolsOrWorkersConfigured(input: { poolCount: number; workerCount: number }): boolean {
  return input.poolCount <= 1 && input.workerCount === 0;
}

export interface ExecutionLocationOption {
  value: ExecutionLocation;
  label: string;
}

const SERVER_LABELS: Record<ExecutionLocation, string> = {
  'worker-once': 'Run on the Octopus Server',
  'worker-on-behalf': 'Run on the Octopus Server on behalf of each deployment target',
  targets: 'Run on each deployment target',
};
const WORKER_LABELS: Record<ExecutionLocation, string> = {
  'worker-once': 'Run once on a worker',
  'worker-on-behalf': 'Run on a worker on behalf of each deployment target',
  targets: 'Run on each deployment target',
};
const ORDER: ExecutionLocation[] = ['worker-once', 'worker-on-behalf', 'targets'];

export const POOL_CHOICE_LABELS = {
  pool: 'Runs on a worker from a specific worker pool',
  variable: 'Runs on a worker from a pool selected via a variable',
} as const;

/**
 * The "Execution Location" radio options; empty when the editor shows no choice. R15: script steps offer
 * the Octopus Server options, cloud steps none (they assume the default). R16: script steps offer the
 * worker options and each target; Azure, AWS and Terraform steps the worker options only. Package, email
 * and manual steps never offer one. A child step whose parent step has target roles runs for those
 * targets: "once" is not offered, since choosing it would take the roles from its sibling child steps too.
 */
export function executionLocationOptions(
  actionType: string,
  configured: boolean,
  options: { childOfStepWithRoles?: boolean } = {},
): ExecutionLocationOption[] {
  const { category } = stepType(actionType);
  const offered = (v: ExecutionLocation) => !(options.childOfStepWithRoles && v === 'worker-once');
  if (category === 'script') {
    const labels = configured ? WORKER_LABELS : SERVER_LABELS;
    return ORDER.filter(offered).map((value) => ({ value, label: labels[value] }));
  }
  if (category === 'cloud' && configured) {
    return ORDER.filter((v) => v !== 'targets' && offered(v)).map((value) => ({ value, label: WORKER_LABELS[value] }));
  }
  return [];
}

/** R15/R16: the "Worker Pool" choice appears once pools or workers exist, for a step that needs a worker. */
export function showsWorkerPoolChoice(input: {
  actionType: string;
  location: ExecutionLocation;
  configured: boolean;
}): boolean {
  return input.configured && requiresWorker(input.actionType, input.location);
}

/**
 * R16: what the Worker Pool field starts with. A step's own choice is kept; with none, and pools or workers
 * configured, the default pool is preselected by id (and so saved, as Octopus's editor does, Iss#7688), so
 * a step that needs a worker never leaves it unset. R15: nothing to choose, so "no pool" (= default) stays.
 */
export function initialPoolChoice(input: {
  action?: Pick<ActionJson, 'WorkerPoolId' | 'WorkerPoolVariable'>;
  defaultPoolId: string;
  configured: boolean;
  requiresWorker: boolean;
}): PoolChoice {
  const own = input.action ? readPoolChoice(input.action) : { kind: 'default' as const };
  if (own.kind !== 'default') return own;
  return input.configured && input.requiresWorker ? { kind: 'pool', poolId: input.defaultPoolId } : own;
}

/** The editor's model: it keeps the pool and roles even where the JSON clears them (targets, run once). */
export interface PlacementState {
  location: ExecutionLocation;
  roles: string[];
  poolChoice: PoolChoice;
}

/** Switching location keeps the chosen pool and roles (Iss#5691); a location the type can't have is refused. */
export function switchExecutionLocation(
  actionType: string,
  state: PlacementState,
  next: ExecutionLocation,
): PlacementState {
  if (placementProblem(actionType, next)) return state;
  return { ...state, location: next };
}

/** R16 and Octopus's own checks: what stops the editor saving this placement, by field. */
export function placementErrors(
  actionType: string,
  state: PlacementState,
): Array<{ field: 'roles' | 'pool'; message: string }> {
  const errors: Array<{ field: 'roles' | 'pool'; message: string }> = [];
  if (state.location !== 'worker-once' && state.roles.every((r) => !r.trim()))
    errors.push({
      field: 'roles',
      message: 'Add at least one target role: the step runs for the deployment targets that have it.',
    });
  if (requiresWorker(actionType, state.location)) {
    const c = state.poolChoice;
    if (c.kind === 'pool' && !c.poolId.trim())
      errors.push({ field: 'pool', message: 'Choose a worker pool.' });
    if (c.kind === 'variable' && !c.variable.trim())
      errors.push({ field: 'pool', message: 'Choose the variable that selects the worker pool.' });
  }
  return errors;
}

// Where a step runs, read from and written to Octopus's JSON (octopus-api.md §2.8, §3.3; R10, R11, R16).
//   worker-once       RunOnServer "true", no step TargetRoles
//   worker-on-behalf  RunOnServer "true" + step TargetRoles
//   targets           RunOnServer "false" + step TargetRoles; WorkerPoolId and WorkerPoolVariable cleared
// The pool is WorkerPoolId (null = the default pool, R11) or WorkerPoolVariable, never both.
import type { DeploymentAction, DeploymentStep } from '../api/schemas';
import { stepType } from './step-types';

export const RUN_ON_SERVER = 'Octopus.Action.RunOnServer';
export const TARGET_ROLES = 'Octopus.Action.TargetRoles';
/** The server's own refusal (Iss#9440); the fake server sends the same words. */
export const POOL_AND_VARIABLE = "A step can't have both a worker pool id and a worker pool variable";

export type ExecutionLocation = 'worker-once' | 'worker-on-behalf' | 'targets';
export type PoolChoice =
  { kind: 'default' } | { kind: 'pool'; poolId: string } | { kind: 'variable'; variable: string };

export type StepJson = Pick<DeploymentStep, 'Properties'>;
export type ActionJson = Pick<
  DeploymentAction,
  'ActionType' | 'Properties' | 'WorkerPoolId' | 'WorkerPoolVariable'
>;

/** What the step editor edits: where the step runs, for which roles, on which pool. */
export interface StepPlacement {
  actionType: string;
  location: ExecutionLocation;
  roles: string[];
  poolChoice: PoolChoice;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Step TargetRoles is a comma string ("web, app"); blanks and repeats are dropped. */
export function readTargetRoles(step: StepJson): string[] {
  const raw = text(step.Properties[TARGET_ROLES]) ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
}

/** Writers differ in casing ("true" from Octopus.Client, "True" from Terraform), so compare loosely. */
export function readRunOnServer(action: Pick<ActionJson, 'Properties'>): boolean {
  return text(action.Properties[RUN_ON_SERVER])?.toLowerCase() === 'true';
}

export function readExecutionLocation(step: StepJson, action: ActionJson): ExecutionLocation {
  const type = stepType(action.ActionType);
  const hasRoles = readTargetRoles(step).length > 0;
  // Cloud steps have no RunOnServer choice: always a worker (R10). Known package steps: always targets.
  if (type.category === 'cloud') return hasRoles ? 'worker-on-behalf' : 'worker-once';
  if (type.category === 'package' && type.known) return 'targets';
  if (!readRunOnServer(action)) return 'targets';
  return hasRoles ? 'worker-on-behalf' : 'worker-once';
}

/** Why the action's pool fields can't be saved, if they can't. */
export function poolChoiceProblem(
  action: Pick<ActionJson, 'WorkerPoolId' | 'WorkerPoolVariable'>,
): string | undefined {
  return text(action.WorkerPoolId) && text(action.WorkerPoolVariable) ? POOL_AND_VARIABLE : undefined;
}

/** '' and null both mean "no pool selected" (the default pool, R11). Throws when both fields are set. */
export function readPoolChoice(action: Pick<ActionJson, 'WorkerPoolId' | 'WorkerPoolVariable'>): PoolChoice {
  const problem = poolChoiceProblem(action);
  if (problem) throw new Error(problem);
  const poolId = text(action.WorkerPoolId);
  if (poolId) return { kind: 'pool', poolId };
  const variable = text(action.WorkerPoolVariable);
  return variable ? { kind: 'variable', variable } : { kind: 'default' };
}

export function readStepPlacement(step: StepJson, action: ActionJson): StepPlacement {
  return {
    actionType: action.ActionType,
    location: readExecutionLocation(step, action),
    roles: readTargetRoles(step),
    poolChoice: readPoolChoice(action),
  };
}

export function samePoolChoice(a: PoolChoice, b: PoolChoice): boolean {
  if (a.kind === 'pool' && b.kind === 'pool') return a.poolId === b.poolId;
  if (a.kind === 'variable' && b.kind === 'variable') return a.variable === b.variable;
  return a.kind === b.kind;
}

/** Why a placement can't be written for this action type, if it can't. */
export function placementProblem(actionType: string, location: ExecutionLocation): string | undefined {
  const type = stepType(actionType);
  if (type.category === 'cloud' && location === 'targets')
    return `"${type.displayName}" steps always run on a worker; they can't run on each deployment target.`;
  if (type.category === 'package' && type.known && location !== 'targets')
    return `"${type.displayName}" steps run on each deployment target; they can't run on a worker.`;
  if (type.category === 'server')
    return `"${type.displayName}" steps run inside the Octopus Server; they have no execution location.`;
  return undefined;
}

/**
 * The step and action with `placement` written in. Values that already mean what is asked for are left as
 * they are ("True" stays "True", "web, app" stays, '' stays ''), so reading then writing is the identity;
 * changed values are written the way Octopus.Client writes them ("true"/"false", "web,app", null).
 * Throws on a placement the action type can't have (see `placementProblem`).
 */
export function writeExecutionLocation<S extends StepJson, A extends ActionJson>(
  step: S,
  action: A,
  placement: Pick<StepPlacement, 'location' | 'roles' | 'poolChoice'>,
): { step: S; action: A } {
  const problem = placementProblem(action.ActionType, placement.location);
  if (problem) throw new Error(problem);
  const { location, poolChoice } = placement;
  const roles =
    location === 'worker-once' ? [] : [...new Set(placement.roles.map((r) => r.trim()).filter(Boolean))];

  const stepProperties = { ...step.Properties };
  const sameRoles = roles.join(',') === readTargetRoles(step).join(',');
  if (!sameRoles && roles.length === 0) delete stepProperties[TARGET_ROLES];
  else if (!sameRoles) stepProperties[TARGET_ROLES] = roles.join(',');

  const actionProperties = { ...action.Properties };
  const runOnServer = location !== 'targets';
  const isCloud = stepType(action.ActionType).category === 'cloud';
  // A cloud step without the property still runs on a worker: leave it absent rather than add it.
  const absentAndFine = isCloud && actionProperties[RUN_ON_SERVER] === undefined;
  if (readRunOnServer(action) !== runOnServer && !absentAndFine)
    actionProperties[RUN_ON_SERVER] = String(runOnServer);

  return {
    step: { ...step, Properties: stepProperties },
    action: { ...action, Properties: actionProperties, ...poolFields(action, location, poolChoice) },
  };
}

function poolFields(action: ActionJson, location: ExecutionLocation, choice: PoolChoice) {
  const current = poolChoiceProblem(action) ? undefined : readPoolChoice(action);
  // On each target no pool applies: clear both (the editor's model keeps the choice, see worker-pool-choice.ts).
  const wanted: PoolChoice = location === 'targets' ? { kind: 'default' } : choice;
  if (current && samePoolChoice(current, wanted)) return {};
  return {
    WorkerPoolId: wanted.kind === 'pool' ? wanted.poolId : null,
    WorkerPoolVariable: wanted.kind === 'variable' ? wanted.variable : null,
  };
}

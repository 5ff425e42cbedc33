// The step editor's form ⇄ Octopus's JSON (CONVENTIONS 5). A step of one action: the step and the action
// share the name. A child step (one action of a step that has several): the name is the action's own, and
// the target roles are the parent step's, shared with its other child steps. Placement goes through writeExecutionLocation (RunOnServer on the action,
// TargetRoles on the step, WorkerPoolId or WorkerPoolVariable), so the JSON is exactly what Octopus writes.
import type { DeploymentAction, DeploymentStep, PropertyValue } from '../../../api/schemas';
import {
  readExecutionLocation,
  readTargetRoles,
  writeExecutionLocation,
  type ExecutionLocation,
  type PoolChoice,
} from '../../../domain/execution-location';
import { requiresWorker } from '../../../domain/step-worker-requirement';
import { initialPoolChoice, type PlacementState } from '../../../domain/worker-pool-choice';
import { PROP, stepFields } from './step-fields';

export interface StepFormValues {
  name: string;
  location: ExecutionLocation;
  roles: string[];
  /** The editor keeps both the pool and the variable, whichever is chosen (switching loses neither). */
  poolMode: 'pool' | 'variable';
  poolId: string;
  poolVariable: string;
  syntax: string;
  scriptBody: string;
  terraformTemplate: string;
  packageId: string;
  emailTo: string;
  emailSubject: string;
  emailBody: string;
  instructions: string;
}

export interface StepAndAction {
  step: DeploymentStep;
  action: DeploymentAction;
}

const str = (v: PropertyValue | undefined): string => (typeof v === 'string' ? v : '');

export function toFormValues(
  { step, action }: StepAndAction,
  space: { defaultPoolId: string; configured: boolean },
): StepFormValues {
  const p = action.Properties;
  const location = readExecutionLocation(step, action);
  const choice = initialPoolChoice({
    action,
    defaultPoolId: space.defaultPoolId,
    configured: space.configured,
    // Preselect for any step that can need a worker, so switching to a worker option finds a pool (R16).
    requiresWorker: requiresWorker(action.ActionType, 'worker-once'),
  });
  return {
    name: step.Actions.length > 1 ? action.Name : step.Name,
    location,
    roles: readTargetRoles(step),
    poolMode: choice.kind === 'variable' ? 'variable' : 'pool',
    poolId: choice.kind === 'pool' ? choice.poolId : '',
    poolVariable: choice.kind === 'variable' ? choice.variable : '',
    syntax: str(p[PROP.syntax]) || 'PowerShell',
    scriptBody: str(p[PROP.scriptBody]),
    terraformTemplate: str(p[PROP.terraformTemplate]),
    packageId: str(p[PROP.packageId]),
    emailTo: str(p[PROP.emailTo]),
    emailSubject: str(p[PROP.emailSubject]),
    emailBody: str(p[PROP.emailBody]),
    instructions: str(p[PROP.instructions]),
  };
}

export function poolChoiceOf(v: Pick<StepFormValues, 'poolMode' | 'poolId' | 'poolVariable'>): PoolChoice {
  if (v.poolMode === 'variable') return { kind: 'variable', variable: v.poolVariable.trim() };
  return v.poolId ? { kind: 'pool', poolId: v.poolId } : { kind: 'default' };
}

export function placementOf(v: StepFormValues): PlacementState {
  return { location: v.location, roles: v.roles, poolChoice: poolChoiceOf(v) };
}

/** A value already meaning the same is left alone, so loading then saving changes nothing. */
function setProp(props: Record<string, PropertyValue>, key: string, value: string): void {
  const current = props[key];
  if (current === value || (current === undefined && value === '')) return;
  props[key] = value;
}

export function toDto(values: StepFormValues, { step, action }: StepAndAction): StepAndAction {
  const fields = stepFields(action.ActionType);
  const name = values.name.trim();
  const props = { ...action.Properties };
  if (fields.script) {
    setProp(props, PROP.syntax, values.syntax);
    setProp(props, PROP.scriptBody, values.scriptBody);
  }
  if (fields.terraform) setProp(props, PROP.terraformTemplate, values.terraformTemplate);
  if (fields.packageId) setProp(props, PROP.packageId, values.packageId.trim());
  if (fields.email) {
    setProp(props, PROP.emailTo, values.emailTo.trim());
    setProp(props, PROP.emailSubject, values.emailSubject);
    setProp(props, PROP.emailBody, values.emailBody);
  }
  if (fields.manual) setProp(props, PROP.instructions, values.instructions);
  // The primary package (Name "") carries the same package id as the property.
  const packages = fields.packageId
    ? action.Packages?.map((pkg) => (pkg.Name === '' ? { ...pkg, PackageId: values.packageId.trim() } : pkg))
    : action.Packages;
  const named = {
    step: step.Actions.length > 1 ? step : { ...step, Name: name },
    action: { ...action, Name: name, Properties: props, ...(packages ? { Packages: packages } : {}) },
  };
  if (!fields.placement) return named;
  return writeExecutionLocation(named.step, named.action, placementOf(values));
}

// Edits to a deployment process as Octopus stores it: the whole process is PUT back with its `Version`
// (octopus-api.md §1.7), so every edit is a new process built from the loaded one.
import type { DeploymentAction, DeploymentProcess, DeploymentStep } from '../../api/schemas';
import { PROP, stepFields } from './step-editor/step-fields';
import type { StepAndAction } from './step-editor/step-form-values';

/**
 * The step and the action being edited: `actionId` names one child step of a step that has several;
 * without it, the step's first (for a step of one action, its only) action.
 */
export function findStep(process: DeploymentProcess, stepId: string, actionId?: string): StepAndAction | undefined {
  const step = process.Steps.find((s) => s.Id === stepId);
  const action = actionId === undefined ? step?.Actions[0] : step?.Actions.find((a) => a.Id === actionId);
  return step && action ? { step, action } : undefined;
}

/** A step with more than one action: each action is a child step, with its own name and place to run. */
export const hasChildSteps = (step: Pick<DeploymentStep, 'Actions'>) => step.Actions.length > 1;

/**
 * Replaces the step with the same id (and in it the action with the same id, the others kept as they are),
 * or appends it when the process has none (a new step).
 */
export function putStep(process: DeploymentProcess, { step, action }: StepAndAction): DeploymentProcess {
  const known = step.Actions.some((a) => a.Id === action.Id);
  const updated: DeploymentStep = {
    ...step,
    Actions: known ? step.Actions.map((a) => (a.Id === action.Id ? action : a)) : [action, ...step.Actions.slice(1)],
  };
  const exists = process.Steps.some((s) => s.Id === step.Id);
  return {
    ...process,
    Steps: exists ? process.Steps.map((s) => (s.Id === step.Id ? updated : s)) : [...process.Steps, updated],
  };
}

export function moveStep(process: DeploymentProcess, stepId: string, by: -1 | 1): DeploymentProcess {
  const from = process.Steps.findIndex((s) => s.Id === stepId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= process.Steps.length) return process;
  const steps = [...process.Steps];
  const [moved] = steps.splice(from, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...process, Steps: steps };
}

export function deleteStep(process: DeploymentProcess, stepId: string): DeploymentProcess {
  return { ...process, Steps: process.Steps.filter((s) => s.Id !== stepId) };
}

/**
 * A new step as Octopus's step library starts one. Ids are made here (as Octopus's portal does) so the
 * editor knows the new step's address once it is saved.
 */
export function blankStep(actionType: string, newId: () => string = () => crypto.randomUUID()): StepAndAction {
  const fields = stepFields(actionType);
  const props: Record<string, string> = {};
  if (fields.script || fields.terraform) props[PROP.scriptSource] = 'Inline';
  if (fields.script) Object.assign(props, { [PROP.syntax]: 'PowerShell', [PROP.scriptBody]: '' });
  if (fields.terraform) props[PROP.terraformTemplate] = '';
  if (fields.packageId) Object.assign(props, { [PROP.packageId]: '', [PROP.feedId]: 'feeds-builtin' });
  if (fields.email) Object.assign(props, { [PROP.emailTo]: '', [PROP.emailSubject]: '', [PROP.emailBody]: '' });
  if (fields.manual) props[PROP.instructions] = '';
  // A script starts "run once": it needs no roles, so its verdict means something straight away.
  if (fields.placement && !fields.packageId) props['Octopus.Action.RunOnServer'] = 'true';
  const action: DeploymentAction = {
    Id: newId(),
    Name: '',
    ActionType: actionType,
    IsDisabled: false,
    IsRequired: false,
    WorkerPoolId: null,
    WorkerPoolVariable: null,
    Environments: [],
    ExcludedEnvironments: [],
    Channels: [],
    TenantTags: [],
    Packages: fields.packageId
      ? [{ Id: newId(), Name: '', PackageId: '', FeedId: 'feeds-builtin', AcquisitionLocation: 'Server', Properties: {} }]
      : [],
    Condition: 'Success',
    Properties: props,
  };
  return {
    step: {
      Id: newId(),
      Name: '',
      PackageRequirement: 'LetOctopusDecide',
      Properties: {},
      Condition: 'Success',
      StartTrigger: 'StartAfterPrevious',
      Actions: [action],
    },
    action,
  };
}

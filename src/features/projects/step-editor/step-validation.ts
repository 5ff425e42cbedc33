// What stops a step being saved, by field, before the server is asked: the name (present, unique in the
// process) and R16's pool and roles checks come from the domain; the rest are the fields Octopus's own step
// forms require.
import type { DeploymentProcess } from '../../../api/schemas';
import { processField, stepNameProblem } from '../../../domain/step-names';
import { placementErrors } from '../../../domain/worker-pool-choice';
import { stepFields } from './step-fields';
import { placementOf, type StepFormValues } from './step-form-values';

type StepField = keyof StepFormValues;

export function validateStep(
  actionType: string,
  values: StepFormValues,
  otherStepNames: readonly string[],
): Array<{ field: StepField; message: string }> {
  const fields = stepFields(actionType);
  const errors: Array<{ field: StepField; message: string }> = [];
  const nameProblem = stepNameProblem(values.name, otherStepNames);
  if (nameProblem) errors.push({ field: 'name', message: nameProblem });
  if (fields.placement) {
    for (const e of placementErrors(actionType, placementOf(values))) {
      const field: StepField = e.field === 'roles' ? 'roles' : values.poolMode === 'variable' ? 'poolVariable' : 'poolId';
      errors.push({ field, message: e.message });
    }
  }
  if (fields.script && !values.scriptBody.trim()) errors.push({ field: 'scriptBody', message: 'Please enter the script to run.' });
  if (fields.terraform && !values.terraformTemplate.trim())
    errors.push({ field: 'terraformTemplate', message: 'Please enter the Terraform template.' });
  if (fields.packageId && !values.packageId.trim()) errors.push({ field: 'packageId', message: 'Please enter the package id.' });
  if (fields.email && !values.emailTo.trim()) errors.push({ field: 'emailTo', message: 'Please enter who the email goes to.' });
  if (fields.email && !values.emailSubject.trim()) errors.push({ field: 'emailSubject', message: 'Please enter a subject.' });
  if (fields.manual && !values.instructions.trim())
    errors.push({ field: 'instructions', message: 'Please tell the approver what to check.' });
  return errors;
}

/**
 * The names the edited step's name must not repeat: the process's other steps and their child steps, and
 * for a child step (`actionId`) its sibling child steps too. Octopus keeps step and action names unique.
 */
export function otherStepNames(process: DeploymentProcess, stepId: string, actionId?: string): string[] {
  const names: string[] = [];
  for (const s of process.Steps) {
    const own = s.Id === stepId;
    if (!own) names.push(s.Name);
    const children = s.Actions.length > 1;
    for (const a of s.Actions) {
      if (!children && !own) continue; // a step of one action: its action's name is the step's
      if (own && (!children || a.Id === actionId)) continue;
      names.push(a.Name);
    }
  }
  return [...new Set(names)];
}

/**
 * Which of the process PUT's `Details` keys concern the edited step, by its position in the process sent,
 * and the field each lands on. Problems with other steps stay in the banner.
 */
export function serverFieldMap(sent: DeploymentProcess, stepId: string, actionId?: string): Partial<Record<string, StepField>> {
  const i = sent.Steps.findIndex((s) => s.Id === stepId);
  const step = sent.Steps[i];
  if (!step) return {};
  const j = Math.max(0, actionId === undefined ? 0 : step.Actions.findIndex((a) => a.Id === actionId));
  const child = step.Actions.length > 1;
  return {
    [child ? processField.action(i, j, 'Name') : processField.step(i, 'Name')]: 'name',
    [processField.action(i, j, 'WorkerPoolId')]: 'poolId',
    [processField.action(i, j, 'WorkerPoolVariable')]: 'poolVariable',
  };
}

/** SW20's "another user has made changes" refusal of a stale `Version` (400, or 409 on newer servers). */
export function isStaleVersion(error: unknown): boolean {
  const e = error as { status?: number; message?: string; errors?: string[] } | null;
  if (!e || (e.status !== 400 && e.status !== 409)) return false;
  if (e.status === 409) return true;
  return [e.message ?? '', ...(e.errors ?? [])].some((m) => /another user has made changes/i.test(m));
}

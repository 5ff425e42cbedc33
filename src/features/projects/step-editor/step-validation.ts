// What stops a step being saved, by field, before the server is asked: R16's pool and roles checks come
// from the domain (placementErrors); the rest are the fields Octopus's own step forms require.
import { placementErrors } from '../../../domain/worker-pool-choice';
import { stepFields } from './step-fields';
import { placementOf, type StepFormValues } from './step-form-values';

export type StepField = keyof StepFormValues;

export function validateStep(
  actionType: string,
  values: StepFormValues,
  otherStepNames: readonly string[],
): Array<{ field: StepField; message: string }> {
  const fields = stepFields(actionType);
  const errors: Array<{ field: StepField; message: string }> = [];
  const name = values.name.trim();
  if (!name) errors.push({ field: 'name', message: 'Please give the step a name.' });
  else if (otherStepNames.some((n) => n.trim().toLowerCase() === name.toLowerCase()))
    errors.push({ field: 'name', message: `Another step is already named "${name}". Step names must be unique.` });
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
 * The process PUT answers `Errors[]` without `Details`, so its messages are placed by what they say; the
 * rest go to the form's banner.
 */
export function fieldOfServerMessage(message: string): StepField | undefined {
  if (/step names must be unique|needs a name/i.test(message)) return 'name';
  if (/worker pool variable/i.test(message)) return 'poolVariable';
  if (/worker pool/i.test(message)) return 'poolId';
  return undefined;
}

/** SW20's "another user has made changes" refusal of a stale `Version` (400, or 409 on newer servers). */
export function isStaleVersion(error: unknown): boolean {
  const e = error as { status?: number; message?: string; errors?: string[] } | null;
  if (!e || (e.status !== 400 && e.status !== 409)) return false;
  if (e.status === 409) return true;
  return [e.message ?? '', ...(e.errors ?? [])].some((m) => /another user has made changes/i.test(m));
}

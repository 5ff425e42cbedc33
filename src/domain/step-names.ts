// A deployment process's step names: every step has one, and no two are alike once case and surrounding
// spaces are ignored (Octopus refuses such a process). The step editor checks the name being typed against
// the other steps; the fake server checks every step of a process it is asked to save. Both call this, so an
// operator reads the same sentence from either, and the server's answer says in `Details` which step it is.
import type { FieldError } from './validation';

const key = (name: string) => name.trim().toLowerCase();

/** Why `name` can't be a step's name beside `otherNames`, if it can't. */
export function stepNameProblem(name: string, otherNames: readonly string[]): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'Please give the step a name.';
  if (otherNames.some((other) => key(other) === key(trimmed)))
    return `Another step is already named "${trimmed}". Step names must be unique.`;
  return undefined;
}

/**
 * Where a problem sits in a deployment process body, as the `Details` key of Octopus's error answer: the
 * step (and action) by position in the `Steps` sent, then the property.
 */
export const processField = {
  step: (step: number, property: string) => `Steps[${step}].${property}`,
  action: (step: number, action: number, property: string) => `Steps[${step}].Actions[${action}].${property}`,
};

/** Every step's name checked against the steps before it, so a clash is reported once, on the later step. */
export function validateStepNames(names: readonly string[]): FieldError[] {
  return names.flatMap((name, i) => {
    const message = stepNameProblem(name, names.slice(0, i));
    return message ? [{ field: processField.step(i, 'Name'), message }] : [];
  });
}

// CONVENTIONS 6: a server's validation errors land on the fields they concern, not only in a banner.
// Octopus sends `Errors[]` and, for some models, `Details` keyed by property (`Name`, `Endpoint.Thumbprint`);
// the fake server sends both. What cannot be placed on a field is returned for the form's banner.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../api/errors';

/**
 * Places each of the error's `Details` on the form field `fieldMap` maps its key to, and returns the
 * messages left over (including a non-validation error's own message).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldMap: Partial<Record<string, Path<T>>>,
): string[] {
  if (!isApiError(error) || !error.isValidation) return [error instanceof Error ? error.message : String(error)];
  const placed = new Set<string>();
  let focused = false;
  for (const [key, message] of Object.entries(error.details)) {
    const field = fieldMap[key];
    if (!field) continue;
    setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
    placed.add(message);
  }
  const rest = error.errors.filter((m) => !placed.has(m));
  if (rest.length === 0 && placed.size === 0) rest.push(error.message);
  return rest;
}

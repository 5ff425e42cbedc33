// The one way a form checks its values (CONVENTIONS 6, 7): a pure rule takes the form's values and says
// what is wrong, one message per field, using the domain's functions and words; domainResolver hands that to
// react-hook-form. Submitting then stops on the first problem and focuses it, and after a failed submit each
// message clears as its value is fixed. The server's own refusals still go through applyServerErrors.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** What is wrong with a form's values, by (flat) field name. */
export type FieldMessages<T extends FieldValues> = Partial<Record<keyof T & string, string>>;

export function domainResolver<T extends FieldValues>(validate: (values: T) => FieldMessages<T>): Resolver<T> {
  return (values) => {
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, message] of Object.entries(validate(values)))
      if (message) errors[field] = { type: 'validate', message };
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<T> } : { values, errors: {} };
  };
}

type Problem = { field: string; message: string };

/**
 * A rule's list of problems as field messages, the first for each field. With `fieldMap`, a problem keyed
 * by a command property (`Name`, `Endpoint.Thumbprint`) lands on the form field the map names, the same
 * map that places the server's `Details`; a property the map doesn't name is left out.
 */
export function fieldMessages<K extends string>(problems: ReadonlyArray<{ field: K; message: string }>): Partial<Record<K, string>>;
export function fieldMessages<K extends string>(problems: readonly Problem[], fieldMap: Partial<Record<string, K>>): Partial<Record<K, string>>;
export function fieldMessages(problems: readonly Problem[], fieldMap?: Partial<Record<string, string>>): Partial<Record<string, string>> {
  const messages: Partial<Record<string, string>> = {};
  for (const { field, message } of problems) {
    const target = fieldMap ? fieldMap[field] : field;
    if (target && messages[target] === undefined) messages[target] = message;
  }
  return messages;
}

// What went wrong, in a person's words first and Octopus's own words after (its ErrorMessage, Errors[]
// and HelpText via describeError). Shared by QueryErrorAlert and the route error page.
import { describeError, isApiError } from '../api/errors';

export interface ErrorExplanation {
  title: string;
  /** Octopus's message and detail lines, shown under the title. */
  lines: string[];
  status: number | undefined;
}

function headline(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong';
  if (error.kind === 'network') return 'Could not reach the Octopus server';
  if (error.kind === 'invalid-response') return "The Octopus server's answer was not understood";
  if (error.status === 401) return 'You are not signed in to Octopus';
  if (error.status === 403) return error.method && error.method !== 'GET' ? "You don't have permission to do this" : "You don't have permission to see this";
  if (error.status === 404) return 'Not found';
  if (error.isValidation) return 'The Octopus server refused the request';
  return `The Octopus server failed (${error.status})`;
}

export function explainError(error: unknown): ErrorExplanation {
  const { title, lines } = describeError(error);
  return {
    title: headline(error),
    lines: [title, ...lines].filter((line, i, all) => line && all.indexOf(line) === i),
    status: isApiError(error) && error.status > 0 ? error.status : undefined,
  };
}

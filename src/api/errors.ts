// CONVENTIONS 3: every failure the portal can meet becomes one ApiError, read from Octopus's error body.
import { OctopusErrorBody } from './schemas';

export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when the server was never reached or answered nonsense. */
    readonly status: number,
    message: string,
    /** Octopus's `Errors[]`: one line per problem (validation messages, usually). */
    readonly errors: string[] = [],
    readonly details: Record<string, string> = {},
    readonly helpText?: string,
  ) {
    super(message);
  }

  /** The request's method, set by the client: a refused GET is something not shown, a refused write not done. */
  method?: string;

  get isForbidden(): boolean {
    return this.status === 403;
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
  /** 400 and 409 carry validation problems (Octopus's client treats them alike). */
  get isValidation(): boolean {
    return this.status === 400 || this.status === 409;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const STATUS_TEXT: Record<number, string> = {
  401: 'You are not signed in to Octopus, or your API key was not accepted.',
  403: 'You do not have permission to perform this action.',
  404: 'The resource was not found.',
  405: 'The server does not allow this action.',
  500: 'The Octopus server failed to process the request.',
  502: 'The Octopus server could not be reached (bad gateway).',
  503: 'The Octopus server is unavailable right now.',
};

/** Builds an ApiError from a non-2xx response, whatever its body is. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const parsed = OctopusErrorBody.safeParse(body);
  const fallback = STATUS_TEXT[response.status] ?? `The server answered ${response.status} ${response.statusText}`.trim();
  if (!parsed.success) return new ApiError('http', response.status, fallback);
  const { ErrorMessage, Errors, Details, HelpText } = parsed.data;
  return new ApiError('http', response.status, ErrorMessage || fallback, Errors ?? [], Details ?? {}, HelpText ?? undefined);
}

/** One human sentence (plus the server's detail lines) for an alert. */
export function describeError(error: unknown): { title: string; lines: string[] } {
  if (isApiError(error)) {
    const lines = error.errors.filter((e) => e !== error.message);
    if (error.helpText) lines.push(error.helpText);
    return { title: error.message, lines };
  }
  if (error instanceof Error) return { title: error.message, lines: [] };
  return { title: 'Something went wrong.', lines: [] };
}

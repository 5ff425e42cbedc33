// How the Tentacle CLI ends (OctopusTentacle `OctopusProgram`): a ControlledFailureException prints its
// message and exits 1; any other exception prints a rule and the error and exits 100. Octopus's error
// answers are worded as Octopus.Client words them (`OctopusExceptionFactory`).

export const EXIT_CODE = { success: 0, controlledFailure: 1, unknownCommand: 2, generalException: 100 } as const;

/** A failure the operator can fix from the message alone (Tentacle's ControlledFailureException). */
export class ControlledFailure extends Error {}

export interface OctopusErrorAnswer {
  ErrorMessage?: string;
  Errors?: string[];
  HelpText?: string;
  FullException?: string;
}

/** A non-2xx answer from the server. */
export class OctopusApiError extends Error {
  readonly errors: string[];
  readonly helpText: string | undefined;

  constructor(readonly status: number, body: OctopusErrorAnswer, readonly url: string) {
    const message = body.ErrorMessage ?? `The server answered ${status} for ${url}.`;
    const errors = body.Errors ?? [];
    // 400 and 409 are validation errors: Octopus.Client lists each error under the message.
    const validation = (status === 400 || status === 409) && errors.length > 0;
    super(validation ? `${message}\n\n${errors.map((e) => ` - ${e}`).join('\n')}\n` : message);
    this.errors = errors;
    this.helpText = body.HelpText || undefined;
  }

  get isValidation(): boolean {
    return this.status === 400 || this.status === 409;
  }
}

export interface Output {
  info(line: string): void;
  error(line: string): void;
}

/** Prints the failure as Tentacle would and returns its exit code. */
export function reportFailure(error: unknown, out: Output): number {
  if (error instanceof ControlledFailure) {
    out.error(error.message);
    return EXIT_CODE.controlledFailure;
  }
  out.error('='.repeat(79));
  out.error(error instanceof Error ? error.message : String(error));
  if (error instanceof OctopusApiError && error.helpText) out.error(error.helpText);
  return EXIT_CODE.generalException;
}

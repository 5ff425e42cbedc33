// R2, R6, R7, R11: what making a pool the default changes, in words, shown before the save. Steps that
// name no pool (or run on the Octopus Server's behalf) follow the default, so they move; the built-in
// worker runs them only while the new default has no workers at all.
import { builtInWorkerChange } from './built-in-worker';
import { plural } from './wording';

export interface DefaultChangePool {
  name: string;
  /** Every worker in the pool, disabled ones included (any worker displaces the built-in worker, R6). */
  workerCount: number;
  /** Enabled Healthy/HasWarnings workers, when known (R13). */
  availableCount?: number | undefined;
}

export interface DefaultChangeInput {
  /** The pool being made the default. */
  next: DefaultChangePool;
  /** The pool that is the default now; undefined if none could be found. */
  current: DefaultChangePool | undefined;
  /** `/api/featuresconfiguration`; undefined when it could not be read. */
  isBuiltInWorkerEnabled: boolean | undefined;
}

/** Sentences, most important first: what stops, what moves, and what the built-in worker does. */
export function describeDefaultPoolChange({ next, current, isBuiltInWorkerEnabled }: DefaultChangeInput): string[] {
  const lines: string[] = [];
  if (current) lines.push(`${current.name} stops being the default worker pool.`);
  lines.push(
    `Steps that select no worker pool, or the default pool, will now run on ${next.name}` +
      (current ? ` instead of ${current.name}` : '') +
      '. Steps that select a pool by name keep it.',
  );
  lines.push(builtInWorkerLine(next, current, isBuiltInWorkerEnabled));
  if (next.workerCount > 0 && next.availableCount === 0)
    lines.push(`None of the workers in ${next.name} is healthy and enabled, so those steps will fail until one is.`);
  return lines;
}

function builtInWorkerLine(
  next: DefaultChangePool,
  current: DefaultChangePool | undefined,
  enabled: boolean | undefined,
): string {
  const workers = plural(next.workerCount, 'worker');
  if (enabled === undefined)
    return next.workerCount > 0
      ? `The built-in worker will not be used: ${next.name} has ${workers}.`
      : `${next.name} has no workers, so those steps run on the built-in worker if it is switched on, and fail if not.`;
  const before = current?.workerCount ?? 0;
  switch (builtInWorkerChange(before, next.workerCount, enabled)) {
    case 'stops-being-used':
      return `The built-in worker stops being used: ${next.name} has ${workers}, so they run those steps.`;
    case 'resumes':
      return `The built-in worker starts being used: ${next.name} has no workers, so those steps run on the Octopus Server itself.`;
    case 'fails-without-worker':
      return `Those steps will fail: ${next.name} has no workers and the built-in worker is switched off.`;
    case 'none':
      if (next.workerCount > 0) return `The built-in worker stays unused: ${next.name} has ${workers}.`;
      return enabled
        ? `The built-in worker keeps running those steps: ${next.name} has no workers either.`
        : `Those steps still fail: ${next.name} has no workers either and the built-in worker is switched off.`;
  }
}

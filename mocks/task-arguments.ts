// What a health check (or upgrade) task's arguments must hold before the fake queues it: time spans Octopus
// can read, and machines, pools and environments that exist and are what `RestrictedTo` says they are.
import type { Ctx } from './http';
import type { TaskArguments } from './tasks-engine';

/** .NET TimeSpan as Octopus serializes it: `[d.]hh:mm:ss[.fffffff]`. */
const TIME_SPAN = /^(\d{1,7}\.)?([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$/;

export function timeSpanProblem(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !TIME_SPAN.test(value) || /^(0+\.)?00:00:00(\.0+)?$/.test(value))
    return `The ${name} argument must be a positive time span such as 00:05:00 (hours:minutes:seconds), not ${JSON.stringify(value)}.`;
  return undefined;
}

/** `mayViewWorkers` false: worker ids are treated as unknown, so no message reveals that they exist (R4). */
export function checkTaskArguments(ctx: Ctx, args: TaskArguments & Record<string, unknown>, mayViewWorkers: boolean): string[] {
  const errors: string[] = [];
  for (const name of ['Timeout', 'MachineTimeout']) {
    const problem = timeSpanProblem(name, args[name]);
    if (problem) errors.push(problem);
  }
  if (args.WorkerpoolId && !ctx.store.get('workerPools', args.WorkerpoolId)) errors.push(`Unknown worker pool: ${args.WorkerpoolId}.`);
  if (args.EnvironmentId && !ctx.store.get('environments', args.EnvironmentId)) errors.push(`Unknown environment: ${args.EnvironmentId}.`);
  const ids = args.MachineIds ?? [];
  const isWorker = (id: string) => mayViewWorkers && ctx.store.get('workers', id) !== undefined;
  const isTarget = (id: string) => ctx.store.get('machines', id) !== undefined;
  const missing = ids.filter((id) => !isWorker(id) && !isTarget(id));
  if (missing.length) errors.push(`These machines could not be found: ${missing.join(', ')}.`);
  if (args.RestrictedTo === 'Workers') {
    const targets = ids.filter(isTarget);
    if (targets.length) errors.push(`These are deployment targets, not workers: ${targets.join(', ')}. A task restricted to workers can only name workers.`);
  }
  if (args.RestrictedTo === 'DeploymentTargets') {
    const workers = ids.filter(isWorker);
    if (workers.length) errors.push(`These are workers, not deployment targets: ${workers.join(', ')}. A task restricted to deployment targets can only name targets.`);
  }
  return errors;
}

// What makes a deployment process unsavable beyond its step names (those are h4's, in src/domain): steps
// without actions, actions without a type, a RunOnServer flag Octopus can't read, ids used twice, and a
// pool variable the project does not have. Stored values are grandfathered, as worker pools are.
import type { DeploymentProcess, DeploymentStep } from '../src/api/schemas';
import { validateSlug } from '../src/domain/validation';
import type { Ctx } from './http';

const RUN_ON_SERVER = 'Octopus.Action.RunOnServer';

export function processStructureErrors(ctx: Ctx, steps: readonly DeploymentStep[], stored: DeploymentProcess): string[] {
  const errors: string[] = [];
  const ids = new Map<string, number>();
  const count = (id: string | undefined) => id && ids.set(id.toLowerCase(), (ids.get(id.toLowerCase()) ?? 0) + 1);
  const storedVariables = new Map(stored.Steps.flatMap((s) => s.Actions).map((a) => [a.Id, a.WorkerPoolVariable ?? null]));
  const variables = ctx.db.workerPoolVariables?.[stored.ProjectId];
  steps.forEach((step, i) => {
    const label = step.Name.trim() || `${i + 1}`;
    count(step.Id);
    for (const item of [step, ...step.Actions]) {
      const slug = validateSlug(item.Slug);
      if (slug) errors.push(`${item.Name || label}: ${slug}`);
    }
    if (step.Actions.length === 0) errors.push(`Step "${label}" has no actions: every step needs at least one.`);
    for (const action of step.Actions) {
      count(action.Id);
      if (!action.ActionType.trim()) errors.push(`Action "${action.Name || label}" needs an action type, e.g. Octopus.Script.`);
      const runOnServer = action.Properties[RUN_ON_SERVER];
      if (runOnServer !== undefined && !(typeof runOnServer === 'string' && /^(true|false)$/i.test(runOnServer)))
        errors.push(`${RUN_ON_SERVER} of "${action.Name || label}" must be "true" or "false", not ${JSON.stringify(runOnServer)}.`);
      const variable = action.WorkerPoolVariable?.trim();
      // UNVERIFIED wording. A scenario that models no variables (undefined) cannot tell, so it accepts.
      if (variable && variables && !variables.includes(variable) && storedVariables.get(action.Id) !== action.WorkerPoolVariable)
        errors.push(`The worker pool variable "${variable}" of step "${label}" is not a variable of this project.`);
    }
  });
  const repeated = [...ids].filter(([, n]) => n > 1).map(([id]) => id);
  if (repeated.length) errors.push(`Step and action ids must be unique in a process: ${repeated.join(', ')} ${repeated.length === 1 ? 'is' : 'are'} used more than once.`);
  return errors;
}

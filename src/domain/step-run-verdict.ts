// R10–R14: "Where this step runs" for one step (action), before any deployment: where it runs, on which
// pool and worker, and whether it can, or exactly why not. Octopus itself only fails at deploy time.
import type { DeploymentAction } from '../api/schemas';
import { readStepPlacement, type ActionJson, type StepJson } from './execution-location';
import { onBehalfVerdict } from './on-behalf-verdict';
import { poolName, poolVerdict } from './pool-verdict';
import { resolveWorkerPool } from './resolve-worker-pool';
import type { StepRunContext, StepRunInput, StepRunVerdict } from './step-run-verdict-types';
import { describeRoles, stepTargets } from './step-targets';
import { stepType } from './step-types';
import { workerRequirement } from './step-worker-requirement';
import { variableVerdict } from './variable-verdict';
import { joinList } from './wording';

export type {
  StepRunContext,
  StepRunInput,
  StepRunOutcome,
  StepRunVerdict,
  TargetVerdict,
} from './step-run-verdict-types';

export function stepRunVerdict(input: StepRunInput, ctx: StepRunContext): StepRunVerdict {
  const type = stepType(input.actionType);
  const note = type.note ? [type.note] : [];
  const verdict = withoutNote(input, ctx, type.displayName);
  return note.length ? { ...verdict, details: [...verdict.details, ...note] } : verdict;
}

/** The verdict straight from Octopus's JSON (a step and one of its actions). */
export function stepRunVerdictOf(
  step: StepJson,
  action: ActionJson & Pick<DeploymentAction, 'IsDisabled' | 'Environments' | 'ExcludedEnvironments'>,
  ctx: StepRunContext,
): StepRunVerdict {
  let placement;
  try {
    placement = readStepPlacement(step, action);
  } catch (error) {
    return {
      outcome: 'unknown',
      summary: "Can't be saved as it is",
      details: [`${(error as Error).message}.`],
    };
  }
  return stepRunVerdict(
    {
      ...placement,
      isDisabled: action.IsDisabled ?? false,
      environmentIds: action.Environments ?? [],
      excludedEnvironmentIds: action.ExcludedEnvironments ?? [],
    },
    ctx,
  );
}

function withoutNote(input: StepRunInput, ctx: StepRunContext, typeName: string): StepRunVerdict {
  if (input.isDisabled)
    return {
      outcome: 'skipped',
      summary: 'Disabled: the step will not run',
      details: ['Octopus skips a disabled step.'],
    };
  const requirement = workerRequirement(input.actionType, input.location);
  if (requirement === 'server') {
    return {
      outcome: 'no-worker-needed',
      summary: 'Runs inside the Octopus Server',
      details: [`"${typeName}" steps run inside the Octopus Server process and need no worker.`],
    };
  }
  if (requirement === 'worker' && input.location === 'worker-once') return onceVerdict(input, ctx);

  const { targets, disabled } = stepTargets(ctx.targets, input.roles, input);
  const disabledNote = disabledTargetsNote(disabled.map((t) => t.Name));
  if (input.roles.length === 0) {
    return {
      outcome: 'skipped',
      summary: 'No target roles are set: the step has no deployment targets to run on',
      details: ['A step that runs on each deployment target needs at least one target role.'],
    };
  }
  if (targets.length === 0) {
    const scoped =
      input.environmentIds?.length || input.excludedEnvironmentIds?.length
        ? ' in the environments the step runs in'
        : '';
    return {
      outcome: 'skipped',
      summary: `No deployment targets have ${describeRoles(input.roles)}: the step will be skipped`,
      details: [
        `Octopus skips a step when no enabled deployment target${scoped} has one of its roles, and logs a warning.`,
        ...disabledNote,
      ],
    };
  }
  const envNote =
    new Set(targets.flatMap((t) => t.EnvironmentIds)).size > 1
      ? ['A deployment includes only the targets in the environment it deploys to.']
      : [];
  if (requirement === 'targets') {
    const why =
      stepType(input.actionType).category === 'script'
        ? 'It is set to run on each deployment target, so it runs on the targets themselves and needs no worker.'
        : `"${typeName}" steps run on the deployment targets themselves and need no worker.`;
    const names = `Deployment targets with ${describeRoles(input.roles)}: ${targets.map((t) => t.Name).join(', ')}.`;
    return {
      outcome: 'no-worker-needed',
      summary: 'Runs on the deployment targets',
      details: [why, names, ...disabledNote, ...envNote],
    };
  }
  const defaultPool = ctx.pools.find((p) => p.IsDefault);
  if (!defaultPool) return noDefaultPool();
  const intro =
    targets.length === 1
      ? `Runs on a worker on behalf of the one deployment target with ${describeRoles(input.roles)}.`
      : `Runs on a worker on behalf of each of the ${targets.length} deployment targets with ${describeRoles(input.roles)}.`;
  return onBehalfVerdict(input, ctx, defaultPool.Id, targets, [intro, ...disabledNote, ...envNote]);
}

function onceVerdict(input: StepRunInput, ctx: StepRunContext): StepRunVerdict {
  const defaultPool = ctx.pools.find((p) => p.IsDefault);
  if (!defaultPool) return noDefaultPool();
  const resolution = resolveWorkerPool({ poolChoice: input.poolChoice, defaultPoolId: defaultPool.Id });
  if (resolution.kind === 'variable') return variableVerdict(resolution.variable, [], defaultPool.Id, ctx);
  const name = poolName(resolution.poolId, ctx);
  const why =
    resolution.why === 'step-pool'
      ? `The step uses the worker pool ${name}.`
      : resolution.explicit
        ? `The step uses the default pool, ${name}.`
        : `No worker pool is selected, so the step uses the default pool, ${name}.`;
  const { outcome, summary, details, pool } = poolVerdict(resolution.poolId, ctx);
  return { outcome, summary, details: [why, ...details], pool };
}

/** Octopus never deploys to a disabled target; say which ones the roles would otherwise have picked. */
function disabledTargetsNote(names: string[]): string[] {
  if (names.length === 0) return [];
  const one = names.length === 1;
  return [
    `${joinList(names, 'and')} ${one ? 'has' : 'have'} one of its roles but ${one ? 'is' : 'are'} disabled, so Octopus skips ${one ? 'it' : 'them'}.`,
  ];
}

function noDefaultPool(): StepRunVerdict {
  return {
    outcome: 'unknown',
    summary: "Can't tell: the default worker pool could not be read",
    details: [
      'Every space has a default worker pool, but it was not among the pools that could be read.',
    ],
  };
}

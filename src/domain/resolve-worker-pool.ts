// R11, R12: which worker pool a step that requires a worker uses, once, or for each target it runs on
// behalf of. A pool variable is only resolved when Octopus plans the deployment, so it stays unresolved.
import { targetDefaultPoolId, type TargetLike } from './cloud-targets';
import type { PoolChoice } from './execution-location';

/** The pool a step resolves to on its own (R11). */
export type StepPoolResolution =
  /** The step names a pool other than the default (R11; R12: it keeps it even for cloud targets). */
  | { kind: 'pool'; poolId: string; why: 'step-pool' }
  /** R11: no pool selected, or the default pool chosen explicitly (`explicit`). */
  | { kind: 'pool'; poolId: string; why: 'default-pool'; explicit: boolean }
  /** Pool chosen by a worker-pool variable at deploy time: cannot be predicted. */
  | { kind: 'variable'; variable: string; why: 'variable' };

export type PoolResolution =
  | StepPoolResolution
  /** R12: the step resolved to the default pool, and the cloud target names its own. */
  | { kind: 'pool'; poolId: string; why: 'target-default-pool' };

export interface TargetPoolResolution<T> {
  target: T;
  resolution: PoolResolution;
}

/** R11: a step run once on a worker (or on the Octopus Server). */
export function resolveWorkerPool(input: {
  poolChoice: PoolChoice;
  defaultPoolId: string;
}): StepPoolResolution {
  const { poolChoice: choice, defaultPoolId } = input;
  switch (choice.kind) {
    case 'variable':
      return { kind: 'variable', variable: choice.variable, why: 'variable' };
    case 'default':
      return { kind: 'pool', poolId: defaultPoolId, why: 'default-pool', explicit: false };
    case 'pool':
      return choice.poolId === defaultPoolId
        ? { kind: 'pool', poolId: defaultPoolId, why: 'default-pool', explicit: true }
        : { kind: 'pool', poolId: choice.poolId, why: 'step-pool' };
  }
}

/**
 * R12: for a step run on a worker on behalf of targets. When the step resolves to the default pool,
 * chosen explicitly or by omission, a cloud target's own default pool is used instead; a step naming any
 * other pool keeps it, and Tentacle/SSH targets never name one.
 */
export function resolveWorkerPoolPerTarget<T extends TargetLike>(input: {
  poolChoice: PoolChoice;
  defaultPoolId: string;
  targets: readonly T[];
}): Array<TargetPoolResolution<T>> {
  const stepResolution = resolveWorkerPool(input);
  return input.targets.map((target) => {
    const own = targetDefaultPoolId(target);
    const yields = stepResolution.why === 'default-pool' && own !== undefined;
    return {
      target,
      resolution: yields ? { kind: 'pool', poolId: own, why: 'target-default-pool' } : stepResolution,
    };
  });
}

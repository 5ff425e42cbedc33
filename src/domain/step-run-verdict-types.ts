// The shape of "Where this step runs" (R14), shared by the step verdict and its per-target part.
import type { TargetLike } from './cloud-targets';
import type { StepPlacement } from './execution-location';
import type { PoolOutcome } from './pool-capacity';
import type { PoolContext } from './pool-verdict';
import type { PoolResolution } from './resolve-worker-pool';
import type { EnvironmentScope } from './step-targets';

/**
 * `skipped`: the step will not run at all (no enabled target has its roles, or it is disabled), which is
 * neither a failure nor a run.
 */
export type StepRunOutcome = 'runs' | 'fails' | 'unknown' | 'no-worker-needed' | 'skipped';

export interface TargetVerdict {
  targetId: string;
  targetName: string;
  outcome: PoolOutcome;
  resolution: PoolResolution;
  /** Absent when the pool comes from a variable. */
  pool?: { id: string; name: string };
  /** "AKS Production Cluster (Kubernetes): uses its own default pool Kubernetes Workers, which has no workers — will fail" */
  line: string;
}

export interface StepRunVerdict {
  outcome: StepRunOutcome;
  /** One line for a badge. */
  summary: string;
  /** Full sentences: why, in plain words; one line per target for steps run on behalf of targets. */
  details: string[];
  targets?: TargetVerdict[];
  /** The one pool the step uses, when there is exactly one. */
  pool?: { id: string; name: string };
}

export interface StepRunContext extends PoolContext {
  /** Every deployment target of the space; the step's roles pick from them. */
  targets: readonly TargetLike[];
}

export type StepRunInput = Pick<StepPlacement, 'actionType' | 'location' | 'roles' | 'poolChoice'> &
  EnvironmentScope & { isDisabled?: boolean };

// R11 (and R12): a pool chosen by a worker-pool variable is resolved when Octopus plans each deployment,
// per environment and other scopes, so the portal can name the variable but not predict the pool.
import { targetDefaultPoolId, type TargetLike } from './cloud-targets';
import { poolName, type PoolContext } from './pool-verdict';
import type { StepRunVerdict } from './step-run-verdict-types';
import { joinList } from './wording';

export function variableVerdict(
  variable: string,
  targets: readonly TargetLike[],
  defaultPoolId: string,
  ctx: PoolContext,
): StepRunVerdict & { outcome: 'unknown' } {
  const withOwnPool = targets.filter((t) => targetDefaultPoolId(t) !== undefined).map((t) => t.Name);
  return {
    outcome: 'unknown',
    summary: `Pool chosen by variable ${variable} at deploy time`,
    details: [
      `The worker pool comes from the variable ${variable}, which Octopus evaluates when it plans each deployment (it can differ by environment), so the portal can't tell in advance which pool it will be, or whether that pool has a healthy worker.`,
      ...(withOwnPool.length
        ? [
            `If ${variable} names the default pool, ${poolName(defaultPoolId, ctx)}, then ${joinList(withOwnPool, 'and')} ${withOwnPool.length === 1 ? 'uses its' : 'use their'} own default pool instead.`,
          ]
        : []),
    ],
  };
}

// R12–R14 for a step run on a worker on behalf of each deployment target: each target may resolve to a
// different pool, so each gets its own line, and the step fails if any target's pool can't run it.
import { isCloudTarget, targetDefaultPoolId, targetKindLabel, type TargetLike } from './cloud-targets';
import type { PoolChoice } from './execution-location';
import { CAVEAT_RUNS, poolName, poolVerdict, type PoolContext, type PoolVerdict } from './pool-verdict';
import { resolveWorkerPoolPerTarget, type PoolResolution } from './resolve-worker-pool';
import type { StepRunVerdict, TargetVerdict } from './step-run-verdict-types';
import { variableVerdict } from './variable-verdict';
import { joinList, plural } from './wording';

const SUFFIX = { runs: 'runs', fails: 'will fail', unknown: "can't tell yet" } as const;

/** The verdict of one pool (or one pool variable) that some of the targets resolve to. */
type GroupVerdict = Pick<PoolVerdict, 'outcome' | 'summary' | 'details'> &
  Partial<Pick<PoolVerdict, 'pool' | 'clause' | 'capacity'>>;

function how(target: TargetLike, r: PoolResolution, ctx: PoolContext): string {
  if (r.kind === 'variable') return `uses the pool chosen by the variable ${r.variable}`;
  // A deleted pool has no name to give: the clause after it says it was deleted.
  const found = ctx.pools.some((p) => p.Id === r.poolId);
  const name = found ? ` ${poolName(r.poolId, ctx)}` : '';
  switch (r.why) {
    case 'target-default-pool':
      return `uses its own default pool${name}`;
    case 'default-pool':
      return isCloudTarget(target)
        ? `names no default pool of its own, so uses the default pool${name}`
        : `uses the default pool${name}`;
    case 'step-pool':
      return `uses the step's pool${name}`;
  }
}

/** "AKS Production Cluster (Kubernetes)"; a name already ending in brackets gets a comma instead. */
function targetLabel(target: TargetLike): string {
  const kind = targetKindLabel(target);
  return target.Name.trimEnd().endsWith(')') ? `${target.Name}, ${kind}` : `${target.Name} (${kind})`;
}

/** R12: an explicit non-default pool wins over a cloud target's own pool; say so, since it surprises. */
function overrideNotes(
  perTarget: ReadonlyArray<{ target: TargetLike; resolution: PoolResolution }>,
  ctx: PoolContext,
): string[] {
  return perTarget.flatMap(({ target, resolution: r }) => {
    const own = targetDefaultPoolId(target);
    if (r.kind !== 'pool' || r.why !== 'step-pool' || !own) return [];
    return [
      `${target.Name} names its own default pool, ${poolName(own, ctx)}, but the step names ${poolName(r.poolId, ctx)}, which wins: a target's pool replaces only the default pool.`,
    ];
  });
}

export function onBehalfVerdict(
  input: { poolChoice: PoolChoice },
  ctx: PoolContext,
  defaultPoolId: string,
  targets: readonly TargetLike[],
  intro: string[],
): StepRunVerdict {
  const groups = new Map<string, GroupVerdict>();
  const resolved = resolveWorkerPoolPerTarget({ poolChoice: input.poolChoice, defaultPoolId, targets });
  const perTarget: TargetVerdict[] = resolved.map(({ target, resolution }) => {
    const key = resolution.kind === 'variable' ? `variable:${resolution.variable}` : resolution.poolId;
    const v: GroupVerdict =
      groups.get(key) ??
      (resolution.kind === 'variable'
        ? variableVerdict(resolution.variable, targets, defaultPoolId, ctx)
        : poolVerdict(resolution.poolId, ctx));
    groups.set(key, v);
    const { outcome, clause = 'which is only known at deploy time' } = v;
    const line = `${targetLabel(target)}: ${how(target, resolution, ctx)}, ${clause} — ${SUFFIX[outcome]}`;
    return {
      targetId: target.Id,
      targetName: target.Name,
      outcome,
      resolution,
      ...(v.pool ? { pool: v.pool } : {}),
      line,
    };
  });
  const lines = [...intro, ...perTarget.map((t) => t.line), ...overrideNotes(resolved, ctx)];
  const all = [...groups.values()];
  const [only] = all;
  if (all.length === 1 && only) {
    return {
      outcome: only.outcome,
      summary: only.summary,
      details: [...lines, ...only.details],
      targets: perTarget,
      ...(only.pool ? { pool: only.pool } : {}),
    };
  }
  // Several pools: explain the ones that can't run the step; for the rest the per-target lines say enough.
  const troubled = all.filter((g) => g.outcome !== 'runs').flatMap((g) => g.details);
  const runs = all.some((g) => g.outcome === 'runs' && g.capacity?.kind === 'workers')
    ? [
        "For each target, Octopus picks any healthy, enabled worker of that target's pool when the deployment runs.",
        CAVEAT_RUNS,
      ]
    : [];
  return {
    ...mixedSummary(perTarget, all),
    details: [...lines, ...new Set([...troubled, ...runs])],
    targets: perTarget,
  };
}

/** Targets resolve to different pools: fails if any fails, else unknown if any is, else runs. */
function mixedSummary(
  perTarget: TargetVerdict[],
  groups: GroupVerdict[],
): Pick<StepRunVerdict, 'outcome' | 'summary'> {
  const n = perTarget.length;
  const failing = perTarget.filter((t) => t.outcome === 'fails');
  const [first] = failing;
  if (first) {
    return {
      outcome: 'fails',
      summary:
        failing.length === 1
          ? `Will fail for ${first.targetName} (1 of ${n} deployment targets)`
          : `Will fail for ${failing.length} of ${n} deployment targets`,
    };
  }
  const unknown = perTarget.filter((t) => t.outcome === 'unknown').length;
  if (unknown > 0)
    return {
      outcome: 'unknown',
      summary: `Can't tell yet for ${unknown} of ${plural(n, 'deployment target')}`,
    };
  const isBuiltIn = (g: GroupVerdict) => g.capacity?.kind === 'built-in';
  const pools = groups.filter((g) => !isBuiltIn(g)).flatMap((g) => (g.pool ? [g.pool.name] : []));
  const where = [
    pools.length ? `a worker in ${joinList(pools, 'or')}` : '',
    groups.some(isBuiltIn) ? 'the built-in worker' : '',
  ]
    .filter(Boolean)
    .join(' or on ');
  return { outcome: 'runs', summary: `Runs on ${where}, depending on the deployment target` };
}

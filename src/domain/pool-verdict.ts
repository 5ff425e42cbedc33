// R6, R8, R13, R14 for one resolved worker pool, in the words operators read under "Where this step runs":
// poolCapacity decides, this only words it (and a pool that no longer exists or could not be read).
import type { WorkerPool } from '../api/schemas';
import {
  describeUnavailableWorkers,
  isDynamicPool,
  poolCapacity,
  type PoolCapacity,
  type PoolCounts,
  type PoolOutcome,
} from './pool-capacity';
import { plural } from './wording';

export interface PoolVerdict {
  outcome: PoolOutcome;
  /** One line for a badge: "Runs on one of 3 healthy workers in Linux Workers". */
  summary: string;
  /** Follows the pool's name in a per-target line: "which has no workers". */
  clause: string;
  /** Full sentences: why, in plain words. */
  details: string[];
  pool: { id: string; name: string };
  capacity?: PoolCapacity;
}

export interface PoolContext {
  pools: ReadonlyArray<Pick<WorkerPool, 'Id' | 'Name' | 'IsDefault'> & Partial<Pick<WorkerPool, 'WorkerPoolType' | 'WorkerType'>>>;
  /** By pool id; a pool left out is one whose workers could not be read. */
  counts: Readonly<Record<string, PoolCounts | undefined>>;
  /** `/api/featuresconfiguration`; undefined when it could not be read. */
  isBuiltInWorkerEnabled: boolean | undefined;
}

export const CAVEAT_RUNS =
  "Health as of the last health check; a worker that can't be contacted during the deployment still fails the step.";
export const CAVEAT_FAILS =
  'Health as of the last health check; a new health check may find a worker healthy again.';

/** How a pool that is gone is named to operators: never by its raw id. */
export const DELETED_POOL = 'a deleted pool';

export function poolName(poolId: string, ctx: Pick<PoolContext, 'pools'>): string {
  return ctx.pools.find((p) => p.Id === poolId)?.Name ?? DELETED_POOL;
}

export function poolVerdict(poolId: string, ctx: PoolContext): PoolVerdict {
  const found = ctx.pools.find((p) => p.Id === poolId);
  const name = found?.Name ?? DELETED_POOL;
  const pool = { id: poolId, name };
  const counts = ctx.counts[poolId];
  if (!found) {
    return {
      outcome: 'fails',
      pool,
      summary: 'Will fail: its worker pool was deleted',
      clause: 'which was deleted',
      details: [
        'The worker pool it names was deleted from this space, so there is no worker to run the step. Choose another pool.',
      ],
    };
  }
  if (isDynamicPool(found)) {
    return {
      outcome: 'runs',
      pool,
      capacity: { kind: 'dynamic', outcome: 'runs' },
      summary: `Runs on a worker leased from ${name} for this step`,
      clause: 'which leases a worker on demand',
      details: [
        `${name} is a dynamic worker pool: Octopus leases a fresh ${found.WorkerType ? `${found.WorkerType} ` : ''}worker for each step and returns it afterwards, so it never runs out of workers.`,
      ],
    };
  }
  const capacity = counts && poolCapacity(counts, found.IsDefault, ctx.isBuiltInWorkerEnabled);
  if (!counts || !capacity || capacity.kind === 'availability-unknown') {
    return {
      outcome: 'unknown',
      pool,
      summary: `Can't tell whether ${name} has a healthy worker`,
      clause: 'whose workers could not be read',
      details: [
        `The workers of ${name} could not be read, so the portal can't tell whether one can run the step.`,
      ],
    };
  }
  const base = { pool, capacity, outcome: capacity.outcome };
  const emptyDefault = `${name} is the default pool and has no workers, so the step`;
  switch (capacity.kind) {
    case 'built-in':
      return {
        ...base,
        summary: 'Runs on the built-in worker',
        clause: 'which has no workers, so the built-in worker runs it',
        details: [`${emptyDefault} runs on the built-in worker, on the Octopus Server itself.`],
      };
    case 'built-in-off':
      return {
        ...base,
        summary: 'Will fail: the built-in worker is switched off',
        clause: 'which has no workers, and the built-in worker is switched off',
        details: [
          `${emptyDefault} would run on the built-in worker, but the built-in worker is switched off.`,
          `Add a worker to ${name}, or switch the built-in worker on in Configuration ➜ Features.`,
        ],
      };
    case 'built-in-unknown':
      return {
        ...base,
        summary: 'Runs on the built-in worker, if it is switched on',
        clause: 'which has no workers, so the built-in worker runs it if it is switched on',
        details: [
          `${emptyDefault} runs on the built-in worker if it is switched on, and fails if it is not. Whether it is switched on could not be read.`,
        ],
      };
    case 'workers':
      return { ...base, ...runsOnWorkers(name, found.IsDefault, capacity.available, counts) };
    case 'empty':
      return { ...base, ...emptyPool(name) };
    case 'no-available-worker':
      return { ...base, ...noHealthyWorkers(name, found.IsDefault, counts) };
    case 'dynamic':
      return { ...base, summary: `Runs on a worker leased from ${name}`, clause: 'which leases a worker on demand', details: [] };
  }
}

function runsOnWorkers(name: string, isDefault: boolean, available: number, counts: PoolCounts) {
  const others = counts.total - available;
  return {
    summary:
      available === 1
        ? `Runs on the one healthy worker in ${name}`
        : `Runs on one of ${available} healthy workers in ${name}`,
    clause: `which has ${plural(available, 'healthy worker')}`,
    details: [
      `Octopus picks any healthy, enabled worker of ${name} when the deployment runs.`,
      ...(others === 1 ? [`One other worker of ${name} is disabled or not healthy.`] : []),
      ...(others > 1 ? [`The other ${others} workers of ${name} are disabled or not healthy.`] : []),
      ...(isDefault ? [`The built-in worker is not used: the default pool has workers.`] : []),
      CAVEAT_RUNS,
    ],
  };
}

function emptyPool(name: string) {
  return {
    summary: `Will fail: ${name} has no workers`,
    clause: 'which has no workers',
    details: [
      `${name} has no workers, so there is no worker to run the step. Octopus itself only reports this when the deployment runs ("Worker must not be null").`,
      `Add a worker to ${name}, or choose another pool.`,
    ],
  };
}

function noHealthyWorkers(name: string, isDefault: boolean, counts: PoolCounts) {
  const why = describeUnavailableWorkers(counts);
  return {
    summary: `Will fail: ${name} has no healthy enabled workers (${why})`,
    clause: `which has no healthy enabled workers (${why})`,
    details: [
      `${counts.total === 1 ? `The one worker in ${name} is not` : `None of the ${counts.total} workers in ${name} is`} both enabled and Healthy or Healthy with warnings, so there is no worker to run the step.`,
      ...(isDefault
        ? [
            'Its workers still displace the built-in worker, so the step does not fall back to the Octopus Server.',
          ]
        : []),
      `Enable a worker or fix its health, or choose another pool.`,
      CAVEAT_FAILS,
    ],
  };
}

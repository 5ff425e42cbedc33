// @vitest-environment node
import type { HealthStatus } from '../api/schemas';
import { CAVEAT_FAILS, CAVEAT_RUNS, poolVerdict, type PoolContext } from './pool-verdict';
import { countPoolWorkers } from './pool-counts';

const pools = [
  { Id: 'WorkerPools-1', Name: 'Default Worker Pool', IsDefault: true },
  { Id: 'WorkerPools-3', Name: 'Linux Workers', IsDefault: false },
  { Id: 'WorkerPools-6', Name: 'Mac Build Agents', IsDefault: false },
  { Id: 'WorkerPools-7', Name: 'Kubernetes Workers', IsDefault: false },
];
const counts = (...workers: Array<[HealthStatus, boolean?]>) =>
  countPoolWorkers(
    workers.map(([HealthStatus, IsDisabled = false]) => ({ WorkerPoolIds: ['P'], HealthStatus, IsDisabled })),
    'P',
  );

/** The built-in worker is on unless a second argument says otherwise (`undefined`: could not be read). */
function ctx(byPool: PoolContext['counts'], ...switchState: [boolean | undefined] | []): PoolContext {
  return { pools, counts: byPool, isBuiltInWorkerEnabled: switchState.length ? switchState[0] : true };
}

describe('poolVerdict', () => {
  it.each([
    // [rule, pool, context, outcome, summary, clause]
    [
      'R6, R13: an empty default pool runs on the built-in worker',
      'WorkerPools-1',
      ctx({ 'WorkerPools-1': counts() }),
      'runs',
      'Runs on the built-in worker',
      'which has no workers, so the built-in worker runs it',
    ],
    [
      'R8, R14: …and fails when the built-in worker is switched off',
      'WorkerPools-1',
      ctx({ 'WorkerPools-1': counts() }, false),
      'fails',
      'Will fail: the built-in worker is switched off',
      'which has no workers, and the built-in worker is switched off',
    ],
    [
      "R6: …and can't be told when the switch could not be read",
      'WorkerPools-1',
      ctx({ 'WorkerPools-1': counts() }, undefined),
      'unknown',
      'Runs on the built-in worker, if it is switched on',
      'which has no workers, so the built-in worker runs it if it is switched on',
    ],
    [
      'R13: one of N healthy workers',
      'WorkerPools-3',
      ctx({ 'WorkerPools-3': counts(['Healthy'], ['HasWarnings'], ['Healthy'], ['Unhealthy']) }),
      'runs',
      'Runs on one of 3 healthy workers in Linux Workers',
      'which has 3 healthy workers',
    ],
    [
      'R13: the one healthy worker',
      'WorkerPools-3',
      ctx({ 'WorkerPools-3': counts(['Healthy']) }),
      'runs',
      'Runs on the one healthy worker in Linux Workers',
      'which has 1 healthy worker',
    ],
    [
      'R14: an empty pool',
      'WorkerPools-7',
      ctx({ 'WorkerPools-7': counts() }),
      'fails',
      'Will fail: Kubernetes Workers has no workers',
      'which has no workers',
    ],
    [
      'R13, R14: no healthy enabled worker, with counts',
      'WorkerPools-6',
      ctx({ 'WorkerPools-6': counts(['Unhealthy'], ['Healthy', true]) }),
      'fails',
      'Will fail: Mac Build Agents has no healthy enabled workers (1 Unhealthy, 1 disabled)',
      'which has no healthy enabled workers (1 Unhealthy, 1 disabled)',
    ],
    [
      'R6, R14: an unhealthy-only default pool fails rather than using the built-in worker',
      'WorkerPools-1',
      ctx({ 'WorkerPools-1': counts(['Unhealthy']) }),
      'fails',
      'Will fail: Default Worker Pool has no healthy enabled workers (1 Unhealthy)',
      'which has no healthy enabled workers (1 Unhealthy)',
    ],
    [
      'R14: a deleted pool is never named by its raw id',
      'WorkerPools-9',
      ctx({}),
      'fails',
      'Will fail: its worker pool was deleted',
      'which was deleted',
    ],
    [
      "R13: a pool whose counts can't tell whether a worker is available is not judged",
      'WorkerPools-3',
      ctx({ 'WorkerPools-3': { ...counts(['Healthy'], ['Unhealthy', true]), available: undefined } }),
      'unknown',
      "Can't tell whether Linux Workers has a healthy worker",
      'whose workers could not be read',
    ],
    [
      'a pool whose workers could not be read',
      'WorkerPools-3',
      ctx({}),
      'unknown',
      "Can't tell whether Linux Workers has a healthy worker",
      'whose workers could not be read',
    ],
  ] as const)('%s', (_rule, poolId, context, outcome, summary, clause) => {
    const v = poolVerdict(poolId, context);
    expect([v.outcome, v.summary, v.clause]).toEqual([outcome, summary, clause]);
  });

  it('R14: the last-check caveat goes with every verdict read from health', () => {
    expect(poolVerdict('WorkerPools-3', ctx({ 'WorkerPools-3': counts(['Healthy']) })).details).toContain(
      CAVEAT_RUNS,
    );
    expect(poolVerdict('WorkerPools-6', ctx({ 'WorkerPools-6': counts(['Unhealthy']) })).details).toContain(
      CAVEAT_FAILS,
    );
    expect(poolVerdict('WorkerPools-1', ctx({ 'WorkerPools-1': counts() })).details).not.toContain(
      CAVEAT_RUNS,
    );
  });

  it('R6: says why the built-in worker is not used when the default pool has workers', () => {
    const v = poolVerdict('WorkerPools-1', ctx({ 'WorkerPools-1': counts(['Healthy'], ['Unknown']) }));
    expect(v.details).toEqual([
      'Octopus picks any healthy, enabled worker of Default Worker Pool when the deployment runs.',
      'One other worker of Default Worker Pool is disabled or not healthy.',
      'The built-in worker is not used: the default pool has workers.',
      CAVEAT_RUNS,
    ]);
  });

  it('R6, R14: an unhealthy default pool says its workers still displace the built-in worker', () => {
    expect(poolVerdict('WorkerPools-1', ctx({ 'WorkerPools-1': counts(['Unavailable']) })).details).toContain(
      'Its workers still displace the built-in worker, so the step does not fall back to the Octopus Server.',
    );
  });

  it('R8, R14: says how to fix a switched-off built-in worker', () => {
    expect(poolVerdict('WorkerPools-1', ctx({ 'WorkerPools-1': counts() }, false)).details).toEqual([
      'Default Worker Pool is the default pool and has no workers, so the step would run on the built-in worker, but the built-in worker is switched off.',
      'Add a worker to Default Worker Pool, or switch the built-in worker on in Configuration ➜ Features.',
    ]);
  });
});

describe('poolVerdict: dynamic pools', () => {
  const dynamicPools = [...pools, { Id: 'WorkerPools-8', Name: 'Cloud Workers', IsDefault: false, WorkerPoolType: 'DynamicWorkerPool' as const, WorkerType: 'UbuntuDefault' }];
  it('R13, R14: a dynamic pool never lacks a worker: one is leased for each step, whatever its counts', () => {
    const v = poolVerdict('WorkerPools-8', { pools: dynamicPools, counts: { 'WorkerPools-8': counts() }, isBuiltInWorkerEnabled: false });
    expect([v.outcome, v.summary, v.clause]).toEqual(['runs', 'Runs on a worker leased from Cloud Workers for this step', 'which leases a worker on demand']);
    expect(v.details[0]).toMatch(/leases a fresh UbuntuDefault worker for each step/);
  });
  it('R6: an empty dynamic default pool does not fall back to the built-in worker', () => {
    const asDefault = dynamicPools.map((p) => ({ ...p, IsDefault: p.Id === 'WorkerPools-8' }));
    const v = poolVerdict('WorkerPools-8', { pools: asDefault, counts: {}, isBuiltInWorkerEnabled: true });
    expect(v.summary).not.toMatch(/built-in/);
  });
});

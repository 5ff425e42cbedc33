// @vitest-environment node
import type { PoolChoice } from './execution-location';
import { resolveWorkerPool, resolveWorkerPoolPerTarget } from './resolve-worker-pool';

const DEFAULT = 'WorkerPools-1';
const target = (Id: string, CommunicationStyle: string, DefaultWorkerPoolId: string | null) => ({
  Id,
  Name: Id,
  Roles: ['r'],
  EnvironmentIds: ['Environments-1'],
  IsDisabled: false,
  Endpoint: { CommunicationStyle, DefaultWorkerPoolId },
});
const none: PoolChoice = { kind: 'default' };
const explicitDefault: PoolChoice = { kind: 'pool', poolId: DEFAULT };
const linux: PoolChoice = { kind: 'pool', poolId: 'WorkerPools-3' };
const variable: PoolChoice = { kind: 'variable', variable: 'Project.WorkerPool' };

describe('resolveWorkerPool (once on a worker)', () => {
  it.each([
    [
      'R11: no pool selected → the default pool',
      none,
      { kind: 'pool', poolId: DEFAULT, why: 'default-pool', explicit: false },
    ],
    [
      'R11: the default pool chosen explicitly',
      explicitDefault,
      { kind: 'pool', poolId: DEFAULT, why: 'default-pool', explicit: true },
    ],
    ['R11: a selected pool', linux, { kind: 'pool', poolId: 'WorkerPools-3', why: 'step-pool' }],
    [
      'R11: a pool variable is resolved at deploy time',
      variable,
      { kind: 'variable', variable: 'Project.WorkerPool', why: 'variable' },
    ],
  ] as const)('%s', (_rule, poolChoice, expected) => {
    expect(resolveWorkerPool({ poolChoice, defaultPoolId: DEFAULT })).toEqual(expected);
  });
});

describe('resolveWorkerPoolPerTarget (on behalf of targets)', () => {
  const azureOwn = target('azure-prod', 'AzureWebApp', 'WorkerPools-4');
  const azureEmpty = target('azure-test', 'AzureWebApp', '');
  const regionNull = target('eu-west-1', 'None', null);
  const tentacle = target('web-01', 'TentaclePassive', 'WorkerPools-4');

  it.each([
    // [rule, step's choice, target, expected pool, why]
    [
      "R12: a cloud target's pool beats the default pool (by omission)",
      none,
      azureOwn,
      'WorkerPools-4',
      'target-default-pool',
    ],
    [
      'R12: …and the default pool chosen explicitly',
      explicitDefault,
      azureOwn,
      'WorkerPools-4',
      'target-default-pool',
    ],
    [
      "R12: an explicit non-default pool beats the target's pool",
      linux,
      azureOwn,
      'WorkerPools-3',
      'step-pool',
    ],
    ["R12: DefaultWorkerPoolId '' names none → the default pool", none, azureEmpty, DEFAULT, 'default-pool'],
    [
      'R12: DefaultWorkerPoolId null names none → the default pool',
      none,
      regionNull,
      DEFAULT,
      'default-pool',
    ],
    ['R12: a Listening Tentacle target never overrides', none, tentacle, DEFAULT, 'default-pool'],
    [
      'R12: a Listening Tentacle target keeps an explicit pool',
      linux,
      tentacle,
      'WorkerPools-3',
      'step-pool',
    ],
  ] as const)('%s', (_rule, poolChoice, t, poolId, why) => {
    const [only] = resolveWorkerPoolPerTarget({ poolChoice, defaultPoolId: DEFAULT, targets: [t] });
    expect(only?.target).toBe(t);
    expect(only?.resolution).toMatchObject({ kind: 'pool', poolId, why });
  });

  it('R11, R12: a pool variable stays a variable for every target, cloud or not', () => {
    const result = resolveWorkerPoolPerTarget({
      poolChoice: variable,
      defaultPoolId: DEFAULT,
      targets: [azureOwn, tentacle],
    });
    expect(result.map((r) => r.resolution)).toEqual([
      { kind: 'variable', variable: 'Project.WorkerPool', why: 'variable' },
      { kind: 'variable', variable: 'Project.WorkerPool', why: 'variable' },
    ]);
  });

  it('R12: one step, several targets, each resolved on its own', () => {
    const result = resolveWorkerPoolPerTarget({
      poolChoice: none,
      defaultPoolId: DEFAULT,
      targets: [azureOwn, azureEmpty, regionNull],
    });
    expect(result.map((r) => [r.target.Id, r.resolution.kind === 'pool' && r.resolution.poolId])).toEqual([
      ['azure-prod', 'WorkerPools-4'],
      ['azure-test', DEFAULT],
      ['eu-west-1', DEFAULT],
    ]);
  });
});

// @vitest-environment node
import {
  executionLocationOptions,
  initialPoolChoice,
  isNoPoolsOrWorkersConfigured,
  placementErrors,
  POOL_CHOICE_LABELS,
  showsWorkerPoolChoice,
  switchExecutionLocation,
  type PlacementState,
} from './worker-pool-choice';
import { readStepPlacement, writeExecutionLocation } from './execution-location';

describe('isNoPoolsOrWorkersConfigured', () => {
  it.each([
    ['R15: only the default pool and no worker (fresh install)', 1, 0, true],
    ['R16: a worker in the default pool', 1, 1, false],
    ['R16: a second pool, even an empty one', 2, 0, false],
    ['R16: pools and workers', 7, 25, false],
  ] as const)('%s', (_rule, poolCount, workerCount, expected) => {
    expect(isNoPoolsOrWorkersConfigured({ poolCount, workerCount })).toBe(expected);
  });
});

describe('executionLocationOptions', () => {
  const labels = (type: string, configured: boolean) =>
    executionLocationOptions(type, configured).map((o) => [o.value, o.label]);

  it('R15: a script step offers the Octopus Server options', () => {
    expect(labels('Octopus.Script', false)).toEqual([
      ['worker-once', 'Run on the Octopus Server'],
      ['worker-on-behalf', 'Run on the Octopus Server on behalf of each deployment target'],
      ['targets', 'Run on each deployment target'],
    ]);
  });
  it('R16: a script step offers the worker options and each target', () => {
    expect(labels('Octopus.Script', true)).toEqual([
      ['worker-once', 'Run once on a worker'],
      ['worker-on-behalf', 'Run on a worker on behalf of each deployment target'],
      ['targets', 'Run on each deployment target'],
    ]);
  });
  it.each([
    ['Octopus.Script', true, ['worker-on-behalf', 'targets']],
    ['Octopus.AzurePowerShell', true, ['worker-on-behalf']],
    ['Octopus.Script', false, ['worker-on-behalf', 'targets']],
  ] as const)('a child step of a step with roles (%s, configured %s) runs for those targets: no "once"', (type, configured, expected) => {
    expect(executionLocationOptions(type, configured, { childOfStepWithRoles: true }).map((o) => o.value)).toEqual(expected);
  });
  it.each(['Octopus.AzurePowerShell', 'Octopus.AwsRunScript', 'Octopus.TerraformApply'])(
    'R15: %s shows no choice',
    (type) => {
      expect(labels(type, false)).toEqual([]);
    },
  );
  it.each(['Octopus.AzurePowerShell', 'Octopus.AwsRunScript', 'Octopus.TerraformApply'])(
    'R16: %s offers the worker options only',
    (type) => {
      expect(labels(type, true)).toEqual([
        ['worker-once', 'Run once on a worker'],
        ['worker-on-behalf', 'Run on a worker on behalf of each deployment target'],
      ]);
    },
  );
  it.each(['Octopus.TentaclePackage', 'Octopus.Email', 'Octopus.Manual'])(
    'R10: %s never offers a location',
    (type) => {
      expect(labels(type, true)).toEqual([]);
      expect(labels(type, false)).toEqual([]);
    },
  );
});

describe('showsWorkerPoolChoice', () => {
  it.each([
    ['R15: nothing to choose before pools or workers exist', 'Octopus.Script', 'worker-once', false, false],
    ['R15: cloud steps show no choice either', 'Octopus.AzurePowerShell', 'worker-once', false, false],
    ['R16: a script step on a worker', 'Octopus.Script', 'worker-once', true, true],
    ['R16: a script step on behalf of targets', 'Octopus.Script', 'worker-on-behalf', true, true],
    ['R16: a script step on each target needs no pool', 'Octopus.Script', 'targets', true, false],
    ['R16: Azure', 'Octopus.AzurePowerShell', 'worker-once', true, true],
    ['R16: AWS on behalf of targets', 'Octopus.AwsRunScript', 'worker-on-behalf', true, true],
    ['R16: Terraform', 'Octopus.TerraformApply', 'worker-once', true, true],
    ['R10: a package step never', 'Octopus.TentaclePackage', 'targets', true, false],
    ['R10: email never', 'Octopus.Email', 'worker-once', true, false],
  ] as const)('%s', (_rule, actionType, location, configured, expected) => {
    expect(showsWorkerPoolChoice({ actionType, location, configured })).toBe(expected);
  });

  it('R16: names the two ways of choosing a pool', () => {
    expect(POOL_CHOICE_LABELS).toEqual({
      pool: 'Runs on a worker from a specific worker pool',
      variable: 'Runs on a worker from a pool selected via a variable',
    });
  });
});

describe('initialPoolChoice', () => {
  const base = { defaultPoolId: 'WorkerPools-1', configured: true, requiresWorker: true };
  it.each([
    [
      'R16: a new step that needs a worker starts on the default pool',
      { ...base },
      { kind: 'pool', poolId: 'WorkerPools-1' },
    ],
    [
      'R16: a step with no pool gets the default pool preselected',
      { ...base, action: { WorkerPoolId: null, WorkerPoolVariable: null } },
      { kind: 'pool', poolId: 'WorkerPools-1' },
    ],
    [
      "R16: a step's own pool is kept",
      { ...base, action: { WorkerPoolId: 'WorkerPools-3' } },
      { kind: 'pool', poolId: 'WorkerPools-3' },
    ],
    [
      "R16: a step's pool variable is kept",
      { ...base, action: { WorkerPoolVariable: 'Project.WorkerPool' } },
      { kind: 'variable', variable: 'Project.WorkerPool' },
    ],
    [
      'R15: with nothing configured there is nothing to choose',
      { ...base, configured: false },
      { kind: 'default' },
    ],
    [
      'R10: a step that needs no worker gets no pool',
      { ...base, requiresWorker: false },
      { kind: 'default' },
    ],
  ] as const)('%s', (_rule, input, expected) => {
    expect(initialPoolChoice(input)).toEqual(expected);
  });
});

describe('switchExecutionLocation', () => {
  const chosen: PlacementState = {
    location: 'worker-once',
    roles: ['web'],
    poolChoice: { kind: 'pool', poolId: 'WorkerPools-3' },
  };

  it('R16: the chosen pool survives switching to each target and back (Iss#5691)', () => {
    const onTargets = switchExecutionLocation('Octopus.Script', chosen, 'targets');
    expect(onTargets.poolChoice).toEqual(chosen.poolChoice);
    // The JSON clears the pool while on targets; the editor's model does not.
    const step = { Properties: {} };
    const action = {
      ActionType: 'Octopus.Script',
      Properties: { 'Octopus.Action.RunOnServer': 'true' },
      WorkerPoolId: 'WorkerPools-3',
      WorkerPoolVariable: null,
    };
    expect(writeExecutionLocation(step, action, onTargets).action.WorkerPoolId).toBeNull();
    const back = switchExecutionLocation('Octopus.Script', onTargets, 'worker-on-behalf');
    expect(back).toEqual({ ...chosen, location: 'worker-on-behalf' });
    const written = writeExecutionLocation(step, action, back);
    expect(readStepPlacement(written.step, written.action)).toMatchObject({
      location: 'worker-on-behalf',
      roles: ['web'],
      poolChoice: chosen.poolChoice,
    });
  });

  it('R10: a cloud step refuses "each deployment target" and keeps its state', () => {
    expect(switchExecutionLocation('Octopus.AzurePowerShell', chosen, 'targets')).toBe(chosen);
  });
});

describe('placementErrors', () => {
  it.each([
    [
      'fine: once on a worker from a pool',
      'Octopus.Script',
      { location: 'worker-once', roles: [], poolChoice: { kind: 'pool', poolId: 'WorkerPools-1' } },
      [],
    ],
    [
      'roles are needed on behalf of targets',
      'Octopus.Script',
      { location: 'worker-on-behalf', roles: [' '], poolChoice: { kind: 'default' } },
      ['roles'],
    ],
    [
      'roles are needed on each target',
      'Octopus.Script',
      { location: 'targets', roles: [], poolChoice: { kind: 'default' } },
      ['roles'],
    ],
    [
      'R16: a pool must be chosen',
      'Octopus.AwsRunScript',
      { location: 'worker-once', roles: [], poolChoice: { kind: 'pool', poolId: '' } },
      ['pool'],
    ],
    [
      'R16: a variable must be chosen',
      'Octopus.Script',
      { location: 'worker-once', roles: [], poolChoice: { kind: 'variable', variable: '' } },
      ['pool'],
    ],
    [
      'no pool is needed on each target',
      'Octopus.Script',
      { location: 'targets', roles: ['web'], poolChoice: { kind: 'pool', poolId: '' } },
      [],
    ],
  ] as const)('%s', (_title, type, state, fields) => {
    expect(placementErrors(type, { ...state, roles: [...state.roles] }).map((e) => e.field)).toEqual(fields);
  });
});

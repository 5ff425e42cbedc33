// @vitest-environment node
import {
  POOL_AND_VARIABLE,
  placementProblem,
  readExecutionLocation,
  readPoolChoice,
  readStepPlacement,
  readTargetRoles,
  writeExecutionLocation,
  type ActionJson,
  type StepJson,
} from './execution-location';

const step = (roles?: string): StepJson & { Name: string } => ({
  Name: 'A step',
  Properties: roles === undefined ? {} : { 'Octopus.Action.TargetRoles': roles },
});
const action = (
  ActionType: string,
  runOnServer?: string,
  pool: Partial<ActionJson> = {},
): ActionJson & { Id: string } => ({
  Id: 'a-1',
  ActionType,
  Properties:
    runOnServer === undefined
      ? { 'Octopus.Action.Script.Syntax': 'Bash' }
      : { 'Octopus.Action.RunOnServer': runOnServer, 'Octopus.Action.Script.Syntax': 'Bash' },
  WorkerPoolId: null,
  WorkerPoolVariable: null,
  ...pool,
});

describe('R10: readTargetRoles', () => {
  it.each([
    ['web', ['web']],
    ['web,app', ['web', 'app']],
    [' web , app ,, ', ['web', 'app']],
    ['web,web', ['web']],
    ['', []],
    [undefined, []],
  ] as const)('%j → %j', (raw, expected) => {
    expect(readTargetRoles(step(raw))).toEqual(expected);
  });
});

describe('readExecutionLocation', () => {
  it.each([
    // [rule, action type, RunOnServer, roles, expected]
    [
      'R10: RunOnServer "true", no roles → once on a worker',
      'Octopus.Script',
      'true',
      undefined,
      'worker-once',
    ],
    [
      'R10: "True" (Terraform provider casing) reads the same',
      'Octopus.Script',
      'True',
      undefined,
      'worker-once',
    ],
    ['R10: RunOnServer + roles → on behalf of targets', 'Octopus.Script', 'true', 'web', 'worker-on-behalf'],
    ['R10: RunOnServer "false" + roles → on each target', 'Octopus.Script', 'false', 'web', 'targets'],
    ['R10: "False" → on each target', 'Octopus.Script', 'False', 'web', 'targets'],
    [
      "R10: no RunOnServer → on each target (Octopus's default)",
      'Octopus.Script',
      undefined,
      'web',
      'targets',
    ],
    [
      'R10: a cloud step ignores RunOnServer: always a worker',
      'Octopus.AzurePowerShell',
      'false',
      undefined,
      'worker-once',
    ],
    [
      'R10: a cloud step without RunOnServer, with roles → on behalf',
      'Octopus.AwsRunScript',
      undefined,
      'cloud-region',
      'worker-on-behalf',
    ],
    ['R10: a package step always runs on targets', 'Octopus.TentaclePackage', 'true', 'web', 'targets'],
    ['blank roles count as none', 'Octopus.Script', 'true', ' , ', 'worker-once'],
  ] as const)('%s', (_rule, type, runOnServer, roles, expected) => {
    expect(readExecutionLocation(step(roles), action(type, runOnServer))).toBe(expected);
  });
});

describe('readPoolChoice', () => {
  it.each([
    ['R11: null means no pool selected (the default pool)', { WorkerPoolId: null }, { kind: 'default' }],
    ["R11: '' means no pool selected too", { WorkerPoolId: '' }, { kind: 'default' }],
    ['R11: an explicit pool', { WorkerPoolId: 'WorkerPools-3' }, { kind: 'pool', poolId: 'WorkerPools-3' }],
    [
      'R11: a pool variable',
      { WorkerPoolVariable: 'Project.WorkerPool' },
      { kind: 'variable', variable: 'Project.WorkerPool' },
    ],
    [
      'R11: a pool variable beside an empty id',
      { WorkerPoolId: '', WorkerPoolVariable: 'Project.WorkerPool' },
      { kind: 'variable', variable: 'Project.WorkerPool' },
    ],
  ] as const)('%s', (_rule, pool, expected) => {
    expect(readPoolChoice(action('Octopus.Script', 'true', pool))).toEqual(expected);
  });

  it("refuses a pool id and a pool variable together, in the server's words", () => {
    expect(() =>
      readPoolChoice(
        action('Octopus.Script', 'true', { WorkerPoolId: 'WorkerPools-3', WorkerPoolVariable: 'V' }),
      ),
    ).toThrow(POOL_AND_VARIABLE);
  });
});

describe('R10, R11: writeExecutionLocation', () => {
  it.each([
    // [title, type, before (RunOnServer, roles, pool), placement, after (RunOnServer, roles, WorkerPoolId, WorkerPoolVariable)]
    [
      'worker-once: RunOnServer "true", TargetRoles removed',
      'Octopus.Script',
      ['false', 'web', {}],
      { location: 'worker-once', roles: ['web'], poolChoice: { kind: 'pool', poolId: 'WorkerPools-3' } },
      ['true', undefined, 'WorkerPools-3', null],
    ],
    [
      'worker-on-behalf: RunOnServer "true" + TargetRoles',
      'Octopus.Script',
      ['true', undefined, {}],
      { location: 'worker-on-behalf', roles: ['web', 'app'], poolChoice: { kind: 'default' } },
      ['true', 'web,app', null, null],
    ],
    [
      'targets: RunOnServer "false" + TargetRoles; pool id and variable cleared',
      'Octopus.Script',
      ['true', undefined, { WorkerPoolId: 'WorkerPools-3' }],
      { location: 'targets', roles: ['web'], poolChoice: { kind: 'pool', poolId: 'WorkerPools-3' } },
      ['false', 'web', null, null],
    ],
    [
      'targets clears a pool variable too',
      'Octopus.Script',
      ['true', 'web', { WorkerPoolVariable: 'V' }],
      { location: 'targets', roles: ['web'], poolChoice: { kind: 'variable', variable: 'V' } },
      ['false', 'web', null, null],
    ],
    [
      'a variable replaces a pool id (never both)',
      'Octopus.Script',
      ['true', undefined, { WorkerPoolId: 'WorkerPools-3' }],
      {
        location: 'worker-once',
        roles: [],
        poolChoice: { kind: 'variable', variable: 'Project.WorkerPool' },
      },
      ['true', undefined, null, 'Project.WorkerPool'],
    ],
    [
      'a pool id replaces a variable',
      'Octopus.Script',
      ['true', undefined, { WorkerPoolVariable: 'V' }],
      { location: 'worker-once', roles: [], poolChoice: { kind: 'pool', poolId: 'WorkerPools-2' } },
      ['true', undefined, 'WorkerPools-2', null],
    ],
    [
      'writing fixes invalid input that had both',
      'Octopus.Script',
      ['true', undefined, { WorkerPoolId: 'WorkerPools-2', WorkerPoolVariable: 'V' }],
      { location: 'worker-once', roles: [], poolChoice: { kind: 'pool', poolId: 'WorkerPools-2' } },
      ['true', undefined, 'WorkerPools-2', null],
    ],
    [
      'roles are trimmed and de-duplicated',
      'Octopus.Script',
      ['true', undefined, {}],
      { location: 'worker-on-behalf', roles: [' web ', 'web', ''], poolChoice: { kind: 'default' } },
      ['true', 'web', null, null],
    ],
    [
      '"True" is rewritten only when it changes',
      'Octopus.Script',
      ['True', undefined, {}],
      { location: 'targets', roles: ['web'], poolChoice: { kind: 'default' } },
      ['false', 'web', null, null],
    ],
    [
      'a cloud step without RunOnServer keeps none',
      'Octopus.AzurePowerShell',
      [undefined, undefined, {}],
      { location: 'worker-on-behalf', roles: ['azure-web'], poolChoice: { kind: 'default' } },
      [undefined, 'azure-web', null, null],
    ],
    [
      'a cloud step with RunOnServer "false" gets "true"',
      'Octopus.AwsRunScript',
      ['false', undefined, {}],
      { location: 'worker-once', roles: [], poolChoice: { kind: 'default' } },
      ['true', undefined, null, null],
    ],
  ] as const)('%s', (_title, type, [ros, roles, pool], placement, [ros2, roles2, poolId2, variable2]) => {
    const out = writeExecutionLocation(step(roles), action(type, ros, pool), {
      ...placement,
      roles: [...placement.roles],
    });
    expect(out.action.Properties['Octopus.Action.RunOnServer']).toBe(ros2);
    expect(out.step.Properties['Octopus.Action.TargetRoles']).toBe(roles2);
    expect(out.action.WorkerPoolId ?? null).toBe(poolId2);
    expect(out.action.WorkerPoolVariable ?? null).toBe(variable2);
    // Other properties and fields come through untouched.
    expect(out.action.Properties['Octopus.Action.Script.Syntax']).toBe('Bash');
    expect(out.action.Id).toBe('a-1');
    expect(out.step.Name).toBe('A step');
  });

  it.each([
    // JSON → model → JSON is the identity for every valid input, casing and spacing included.
    ['once, default pool', 'Octopus.Script', 'true', undefined, {}],
    ['once, "True", explicit pool', 'Octopus.Script', 'True', undefined, { WorkerPoolId: 'WorkerPools-3' }],
    [
      'on behalf, spaced roles, variable',
      'Octopus.Script',
      'true',
      'web , app',
      { WorkerPoolVariable: 'Project.WorkerPool' },
    ],
    [
      "on targets, '' pool fields",
      'Octopus.Script',
      'false',
      'web',
      { WorkerPoolId: '', WorkerPoolVariable: '' },
    ],
    ['on targets, no RunOnServer at all', 'Octopus.Script', undefined, 'web', {}],
    ["once, TargetRoles ''", 'Octopus.Script', 'true', '', {}],
    ['cloud, no RunOnServer', 'Octopus.AzurePowerShell', undefined, 'azure-web', {}],
    [
      'cloud, "True", explicit default pool',
      'Octopus.TerraformApply',
      'True',
      undefined,
      { WorkerPoolId: 'WorkerPools-1' },
    ],
    ['package step', 'Octopus.TentaclePackage', undefined, 'web', {}],
  ] as const)('round trip is the identity: %s', (_title, type, ros, roles, pool) => {
    const s = step(roles);
    const a = action(type, ros, pool);
    expect(writeExecutionLocation(s, a, readStepPlacement(s, a))).toEqual({ step: s, action: a });
  });

  it.each([
    [
      'Octopus.AzurePowerShell',
      'targets',
      '"Run an Azure PowerShell Script" steps always run on a worker; they can\'t run on each deployment target.',
    ],
    [
      'Octopus.TentaclePackage',
      'worker-once',
      '"Deploy a Package" steps run on each deployment target; they can\'t run on a worker.',
    ],
    [
      'Octopus.Email',
      'worker-once',
      '"Send an Email" steps run inside the Octopus Server; they have no execution location.',
    ],
  ] as const)('R10: refuses to write %s at %s', (type, location, message) => {
    expect(placementProblem(type, location)).toBe(message);
    expect(() =>
      writeExecutionLocation(step(), action(type), {
        location,
        roles: ['r'],
        poolChoice: { kind: 'default' },
      }),
    ).toThrow(message);
  });
});

// @vitest-environment node
import type { HealthStatus } from '../api/schemas';
import type { PoolChoice, StepPlacement } from './execution-location';
import { CAVEAT_FAILS, CAVEAT_RUNS } from './pool-verdict';
import { countPoolWorkers } from './pool-counts';
import { stepRunVerdict, stepRunVerdictOf, type StepRunContext, type StepRunInput } from './step-run-verdict';

const counts = (...workers: Array<[HealthStatus, boolean?]>) =>
  countPoolWorkers(
    workers.map(([HealthStatus, IsDisabled = false]) => ({ WorkerPoolIds: ['P'], HealthStatus, IsDisabled })),
    'P',
  );
const target = (
  Id: string,
  Name: string,
  CommunicationStyle: string,
  DefaultWorkerPoolId: string | null,
  Roles: string[],
  IsDisabled = false,
) => ({
  Id,
  Name,
  Roles,
  IsDisabled,
  EnvironmentIds: ['Environments-1'],
  Endpoint: { CommunicationStyle, DefaultWorkerPoolId },
});

const pools = [
  { Id: 'WorkerPools-1', Name: 'Default Worker Pool', IsDefault: true },
  { Id: 'WorkerPools-3', Name: 'Linux Workers', IsDefault: false },
  { Id: 'WorkerPools-4', Name: 'Azure Workers', IsDefault: false },
  { Id: 'WorkerPools-6', Name: 'Mac Build Agents', IsDefault: false },
  { Id: 'WorkerPools-7', Name: 'Kubernetes Workers', IsDefault: false },
];
const targets = [
  target('Machines-1', 'web-01', 'TentaclePassive', null, ['web']),
  target('Machines-2', 'Pet Shop (Production)', 'AzureWebApp', 'WorkerPools-4', ['azure']),
  target('Machines-3', 'Pet Shop Test', 'AzureWebApp', '', ['azure']),
  target('Machines-4', 'AKS Production Cluster', 'Kubernetes', 'WorkerPools-7', ['k8s']),
  target('Machines-5', 'AWS eu-west-1', 'None', null, ['region']),
  target('Machines-6', 'web-old', 'TentaclePassive', null, ['web-old'], true),
  target('Machines-7', 'AWS ap-south-1', 'None', 'WorkerPools-9', ['legacy']),
];
const world: StepRunContext = {
  pools,
  counts: {
    'WorkerPools-1': counts(['Healthy'], ['HasWarnings']),
    'WorkerPools-3': counts(['Healthy'], ['Healthy'], ['Healthy'], ['Unhealthy']),
    'WorkerPools-4': counts(['Healthy'], ['Healthy']),
    'WorkerPools-6': counts(['Unhealthy'], ['Healthy', true]),
    'WorkerPools-7': counts(),
  },
  isBuiltInWorkerEnabled: true,
  targets,
};
const emptyDefault = (isBuiltInWorkerEnabled: boolean, defaultCounts = counts()): StepRunContext => ({
  ...world,
  isBuiltInWorkerEnabled,
  counts: { ...world.counts, 'WorkerPools-1': defaultCounts },
});

const none: PoolChoice = { kind: 'default' };
const pool = (poolId: string): PoolChoice => ({ kind: 'pool', poolId });
const step = (
  actionType: string,
  location: StepPlacement['location'],
  roles: string[] = [],
  poolChoice: PoolChoice = none,
): StepRunInput => ({ actionType, location, roles, poolChoice });

describe('stepRunVerdict', () => {
  it.each([
    // [rule, step, context, outcome, summary]
    [
      'R10: email runs inside the server',
      step('Octopus.Email', 'worker-once'),
      world,
      'no-worker-needed',
      'Runs inside the Octopus Server',
    ],
    [
      'R10: manual intervention runs inside the server',
      step('Octopus.Manual', 'targets'),
      world,
      'no-worker-needed',
      'Runs inside the Octopus Server',
    ],
    [
      'R10: a package step runs on the targets',
      step('Octopus.TentaclePackage', 'targets', ['web']),
      world,
      'no-worker-needed',
      'Runs on the deployment targets',
    ],
    [
      'R10: a script run on each target needs no worker',
      step('Octopus.Script', 'targets', ['web']),
      world,
      'no-worker-needed',
      'Runs on the deployment targets',
    ],
    [
      'R11, R13: no pool → the default pool, which has workers',
      step('Octopus.Script', 'worker-once'),
      world,
      'runs',
      'Runs on one of 2 healthy workers in Default Worker Pool',
    ],
    [
      'R11, R13: a selected pool',
      step('Octopus.Script', 'worker-once', [], pool('WorkerPools-3')),
      world,
      'runs',
      'Runs on one of 3 healthy workers in Linux Workers',
    ],
    [
      'R10, R11: a cloud step with no pool → the default pool',
      step('Octopus.AzurePowerShell', 'worker-once'),
      world,
      'runs',
      'Runs on one of 2 healthy workers in Default Worker Pool',
    ],
    [
      'R11: a pool variable is decided at deploy time',
      step('Octopus.Script', 'worker-once', [], { kind: 'variable', variable: 'Project.WorkerPool' }),
      world,
      'unknown',
      'Pool chosen by variable Project.WorkerPool at deploy time',
    ],
    [
      "R12: each cloud target's own pool, else the default pool",
      step('Octopus.AzurePowerShell', 'worker-on-behalf', ['azure']),
      world,
      'runs',
      'Runs on a worker in Azure Workers or Default Worker Pool, depending on the deployment target',
    ],
    [
      "R12: the default pool chosen explicitly still yields to the target's pool",
      step('Octopus.AzurePowerShell', 'worker-on-behalf', ['azure'], pool('WorkerPools-1')),
      world,
      'runs',
      'Runs on a worker in Azure Workers or Default Worker Pool, depending on the deployment target',
    ],
    [
      "R12: an explicit pool beats the target's pool",
      step('Octopus.Script', 'worker-on-behalf', ['azure'], pool('WorkerPools-3')),
      world,
      'runs',
      'Runs on one of 3 healthy workers in Linux Workers',
    ],
    [
      'R12: a Listening Tentacle target never overrides',
      step('Octopus.Script', 'worker-on-behalf', ['web']),
      world,
      'runs',
      'Runs on one of 2 healthy workers in Default Worker Pool',
    ],
    [
      "R12, R14: the cluster's own pool is empty",
      step('Octopus.Script', 'worker-on-behalf', ['k8s']),
      world,
      'fails',
      'Will fail: Kubernetes Workers has no workers',
    ],
    [
      'R14: an empty pool chosen on the step',
      step('Octopus.Script', 'worker-once', [], pool('WorkerPools-7')),
      world,
      'fails',
      'Will fail: Kubernetes Workers has no workers',
    ],
    [
      'R13, R14: no healthy enabled worker',
      step('Octopus.Script', 'worker-once', [], pool('WorkerPools-6')),
      world,
      'fails',
      'Will fail: Mac Build Agents has no healthy enabled workers (1 Unhealthy, 1 disabled)',
    ],
    [
      'R14: a deleted pool is never named by its raw id',
      step('Octopus.AwsRunScript', 'worker-once', [], pool('WorkerPools-9')),
      world,
      'fails',
      'Will fail: its worker pool was deleted',
    ],
    [
      "R12, R14: a target's own pool that was deleted",
      step('Octopus.AwsRunScript', 'worker-on-behalf', ['legacy']),
      world,
      'fails',
      'Will fail: its worker pool was deleted',
    ],
    [
      'R14: mixed targets: fails if any fails, naming it',
      step('Octopus.Script', 'worker-on-behalf', ['azure', 'k8s']),
      world,
      'fails',
      'Will fail for AKS Production Cluster (1 of 3 deployment targets)',
    ],
    [
      'R14: mixed targets: counts several failures',
      step('Octopus.Script', 'worker-on-behalf', ['azure', 'k8s', 'legacy']),
      world,
      'fails',
      'Will fail for 2 of 4 deployment targets',
    ],
    [
      'no target has the role: skipped',
      step('Octopus.Script', 'worker-on-behalf', ['web-server']),
      world,
      'skipped',
      'No deployment targets have the role web-server: the step will be skipped',
    ],
    [
      'no target has the role, on each target: skipped',
      step('Octopus.TentaclePackage', 'targets', ['web-server', 'app-server']),
      world,
      'skipped',
      'No deployment targets have the roles web-server or app-server: the step will be skipped',
    ],
    [
      'only a disabled target has the role: skipped',
      step('Octopus.Script', 'worker-on-behalf', ['web-old']),
      world,
      'skipped',
      'No deployment targets have the role web-old: the step will be skipped',
    ],
    [
      'a disabled step does not run',
      { ...step('Octopus.Script', 'worker-once'), isDisabled: true },
      world,
      'skipped',
      'Disabled: the step will not run',
    ],
    [
      'R6, R13: an empty default pool → the built-in worker',
      step('Octopus.Script', 'worker-once'),
      emptyDefault(true),
      'runs',
      'Runs on the built-in worker',
    ],
    [
      'R8, R14: built-in worker off and an empty default pool',
      step('Octopus.TerraformApply', 'worker-once'),
      emptyDefault(false),
      'fails',
      'Will fail: the built-in worker is switched off',
    ],
    [
      'R6, R14: an unhealthy-only default pool displaces the built-in worker and fails',
      step('Octopus.Script', 'worker-once'),
      emptyDefault(true, counts(['Unhealthy'])),
      'fails',
      'Will fail: Default Worker Pool has no healthy enabled workers (1 Unhealthy)',
    ],
    [
      'R6, R14: a disabled-only default pool displaces the built-in worker and fails',
      step('Octopus.Script', 'worker-once'),
      emptyDefault(true, counts(['Healthy', true])),
      'fails',
      'Will fail: Default Worker Pool has no healthy enabled workers (1 disabled)',
    ],
    [
      'R6, R12: a target pool for one target, the built-in worker for another',
      step('Octopus.AzurePowerShell', 'worker-on-behalf', ['azure']),
      emptyDefault(true),
      'runs',
      'Runs on a worker in Azure Workers or on the built-in worker, depending on the deployment target',
    ],
    [
      'R8, R12, R14: the target without a pool of its own fails when the built-in worker is off',
      step('Octopus.AzurePowerShell', 'worker-on-behalf', ['azure']),
      emptyDefault(false),
      'fails',
      'Will fail for Pet Shop Test (1 of 2 deployment targets)',
    ],
  ] as const)('%s', (_rule, input, context, outcome, summary) => {
    const v = stepRunVerdict(input, context);
    expect([v.outcome, v.summary]).toEqual([outcome, summary]);
  });

  it('R12: one line per target, saying which pool and why', () => {
    const v = stepRunVerdict(
      step('Octopus.Script', 'worker-on-behalf', ['azure', 'k8s', 'region', 'legacy']),
      world,
    );
    expect(v.targets?.map((t) => t.line)).toEqual([
      'Pet Shop (Production), Azure Web App: uses its own default pool Azure Workers, which has 2 healthy workers — runs',
      'Pet Shop Test (Azure Web App): names no default pool of its own, so uses the default pool Default Worker Pool, which has 2 healthy workers — runs',
      'AKS Production Cluster (Kubernetes): uses its own default pool Kubernetes Workers, which has no workers — will fail',
      'AWS eu-west-1 (Cloud Region): names no default pool of its own, so uses the default pool Default Worker Pool, which has 2 healthy workers — runs',
      'AWS ap-south-1 (Cloud Region): uses its own default pool, which was deleted — will fail',
    ]);
    expect(v.targets?.map((t) => [t.targetId, t.outcome, t.resolution.why, t.pool?.id])).toEqual([
      ['Machines-2', 'runs', 'target-default-pool', 'WorkerPools-4'],
      ['Machines-3', 'runs', 'default-pool', 'WorkerPools-1'],
      ['Machines-4', 'fails', 'target-default-pool', 'WorkerPools-7'],
      ['Machines-5', 'runs', 'default-pool', 'WorkerPools-1'],
      ['Machines-7', 'fails', 'target-default-pool', 'WorkerPools-9'],
    ]);
    expect(v.pool).toBeUndefined();
    expect(v.details).toContain(CAVEAT_RUNS);
  });

  it("R12: says when the step's pool wins over a target's own pool", () => {
    const v = stepRunVerdict(
      step('Octopus.Script', 'worker-on-behalf', ['azure'], pool('WorkerPools-3')),
      world,
    );
    expect(v.pool).toEqual({ id: 'WorkerPools-3', name: 'Linux Workers' });
    expect(v.details).toContain(
      "Pet Shop (Production) names its own default pool, Azure Workers, but the step names Linux Workers, which wins: a target's pool replaces only the default pool.",
    );
  });

  it('R11, R12: a pool variable names the cloud targets that would use their own pool', () => {
    const v = stepRunVerdict(
      step('Octopus.Script', 'worker-on-behalf', ['azure', 'web'], {
        kind: 'variable',
        variable: 'Project.WorkerPool',
      }),
      world,
    );
    expect(v.details).toContain(
      'If Project.WorkerPool names the default pool, Default Worker Pool, then Pet Shop (Production) uses its own default pool instead.',
    );
    expect(
      v.targets?.every(
        (t) =>
          t.outcome === 'unknown' && t.line.endsWith("which is only known at deploy time — can't tell yet"),
      ),
    ).toBe(true);
  });

  it('R11: explains whether the default pool was chosen or fell to by omission', () => {
    expect(stepRunVerdict(step('Octopus.Script', 'worker-once'), world).details[0]).toBe(
      'No worker pool is selected, so the step uses the default pool, Default Worker Pool.',
    );
    expect(
      stepRunVerdict(step('Octopus.Script', 'worker-once', [], pool('WorkerPools-1')), world).details[0],
    ).toBe('The step uses the default pool, Default Worker Pool.');
  });

  it('R14: health caveats: runs and fails both say the health is as of the last check', () => {
    expect(stepRunVerdict(step('Octopus.Script', 'worker-once'), world).details).toContain(CAVEAT_RUNS);
    expect(
      stepRunVerdict(step('Octopus.Script', 'worker-once', [], pool('WorkerPools-6')), world).details,
    ).toContain(CAVEAT_FAILS);
  });

  it('skipped steps say why, naming disabled targets', () => {
    expect(stepRunVerdict(step('Octopus.Script', 'worker-on-behalf', ['web-old']), world).details).toEqual([
      'Octopus skips a step when no enabled deployment target has one of its roles, and logs a warning.',
      'web-old has one of its roles but is disabled, so Octopus skips it.',
    ]);
  });

  it("a step's environments limit its targets", () => {
    const v = stepRunVerdict(
      { ...step('Octopus.Script', 'worker-on-behalf', ['web']), environmentIds: ['Environments-3'] },
      world,
    );
    expect(v.summary).toBe('No deployment targets have the role web: the step will be skipped');
    expect(v.details[0]).toBe(
      'Octopus skips a step when no enabled deployment target in the environments the step runs in has one of its roles, and logs a warning.',
    );
  });

  it('an unknown step type carries its note', () => {
    expect(stepRunVerdict(step('Octopus.AzureNewThing', 'worker-once'), world).details.at(-1)).toMatch(
      /not a step type this portal knows/,
    );
  });

  it("can't tell when a pool's workers or the built-in worker's switch could not be read", () => {
    expect(stepRunVerdict(step('Octopus.Script', 'worker-once'), { ...world, counts: {} }).outcome).toBe(
      'unknown',
    );
    expect(
      stepRunVerdict(step('Octopus.Script', 'worker-once'), {
        ...emptyDefault(true),
        isBuiltInWorkerEnabled: undefined,
      }).summary,
    ).toBe('Runs on the built-in worker, if it is switched on');
  });

  it('R17: steps of one process may use different pools', () => {
    const process = [
      step('Octopus.Script', 'worker-once', [], pool('WorkerPools-3')),
      step('Octopus.AzurePowerShell', 'worker-once', [], pool('WorkerPools-4')),
    ];
    expect(process.map((s) => stepRunVerdict(s, world).pool?.name)).toEqual([
      'Linux Workers',
      'Azure Workers',
    ]);
  });
});

describe('stepRunVerdictOf (from the JSON)', () => {
  const action = (extra: object) => ({
    ActionType: 'Octopus.Script',
    Properties: { 'Octopus.Action.RunOnServer': 'True' },
    WorkerPoolId: null,
    WorkerPoolVariable: null,
    ...extra,
  });

  it('R11: reads the placement and the pool from the action', () => {
    expect(
      stepRunVerdictOf({ Properties: {} }, action({ WorkerPoolId: 'WorkerPools-3' }), world).summary,
    ).toBe('Runs on one of 3 healthy workers in Linux Workers');
  });
  it('reads IsDisabled and the environments', () => {
    expect(stepRunVerdictOf({ Properties: {} }, action({ IsDisabled: true }), world).outcome).toBe('skipped');
    const scoped = action({ Environments: ['Environments-2'] });
    expect(
      stepRunVerdictOf({ Properties: { 'Octopus.Action.TargetRoles': 'web' } }, scoped, world).outcome,
    ).toBe('skipped');
  });
  it("a pool id and a pool variable together can't be saved", () => {
    const v = stepRunVerdictOf(
      { Properties: {} },
      action({ WorkerPoolId: 'WorkerPools-3', WorkerPoolVariable: 'V' }),
      world,
    );
    expect([v.outcome, v.summary, v.details]).toEqual([
      'unknown',
      "Can't be saved as it is",
      ["A step can't have both a worker pool id and a worker pool variable."],
    ]);
  });
});

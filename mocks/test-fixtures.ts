// A small, valid MockData for the fake server's own tests: one space, three pools (the default, a Linux pool
// and an empty one), six workers of all three communication styles and most health statuses, one policy,
// cloud targets with and without their own pool, and one project whose process uses two pools. Each call
// returns fresh objects, as a Scenario's seed() must.
import type { UserPermissionSet, Worker } from '../src/api/schemas';
import type { MockData, Scenario, ScenarioName } from './types';

export type FixtureRole = 'admin' | 'viewer' | 'read-only';

const SPACE = 'Spaces-1';
const ALL_SPACE_PERMISSIONS = [
  'WorkerView', 'WorkerEdit', 'MachineView', 'MachineEdit', 'MachineCreate', 'MachineDelete', 'MachinePolicyView',
  'ProjectView', 'ProcessView', 'ProcessEdit', 'EnvironmentView', 'TaskView', 'TaskCreate', 'AccountView', 'FeedView',
];
const SPACE_PERMISSIONS: Record<FixtureRole, string[]> = {
  admin: ALL_SPACE_PERMISSIONS,
  viewer: ALL_SPACE_PERMISSIONS.filter((p) => p !== 'WorkerEdit' && p !== 'ProcessEdit' && p !== 'MachineEdit'),
  'read-only': ['ProjectView', 'ProcessView', 'EnvironmentView', 'TaskView'],
};

export function fixturePermissions(role: FixtureRole): UserPermissionSet {
  const spacePermissions = Object.fromEntries(SPACE_PERMISSIONS[role].map((p) => [p, [{ SpaceId: SPACE }]]));
  return {
    Id: 'Users-1',
    SpacePermissions: spacePermissions,
    SystemPermissions: role === 'admin' ? ['AdministerSystem', 'ConfigureServer'] : [],
    IsPermissionsComplete: true,
    Links: {},
  };
}

/** A valid 40-hex thumbprint that names its machine, e.g. 3333…3 for the third. */
const THUMB = (n: number) => String(n % 10).repeat(40);

function worker(n: number, name: string, endpoint: Worker['Endpoint'], pools: number[], extra: Partial<Worker> = {}): Worker {
  return {
    Id: `Workers-${n}`, SpaceId: SPACE, Name: name, Slug: name.toLowerCase(), Endpoint: endpoint,
    WorkerPoolIds: pools.map((p) => `WorkerPools-${p}`), MachinePolicyId: 'MachinePolicies-1', IsDisabled: false,
    HealthStatus: 'Healthy', StatusSummary: 'Octopus was able to successfully establish a connection with this machine.',
    HasLatestCalamari: true, LastModifiedOn: '2024-05-01T10:00:00.000Z', Links: {}, ...extra,
  };
}

const listening = (host: string, n: number): Worker['Endpoint'] => ({ CommunicationStyle: 'TentaclePassive', Uri: `https://${host}:10933/`, Thumbprint: THUMB(n) });
const polling = (n: number): Worker['Endpoint'] => ({ CommunicationStyle: 'TentacleActive', Uri: `poll://abcdefghij${String(n).padStart(10, '0')}/`, Thumbprint: THUMB(n) });
const ssh = (host: string): Worker['Endpoint'] => ({ CommunicationStyle: 'Ssh', Host: host, Port: 22, Fingerprint: 'SHA256:' + 'a'.repeat(43), AccountId: 'Accounts-1', DotNetCorePlatform: 'linux-x64', Uri: `ssh://${host}:22/` });

/** `bulk` adds that many listening workers (`bulk-001`…) to the Linux pool, for paging. */
export function fixtureData(role: FixtureRole = 'admin', options: { empty?: boolean; bulk?: number } = {}): MockData {
  const pool = (n: number, name: string, isDefault = false) => ({
    Id: `WorkerPools-${n}`, SpaceId: SPACE, Name: name, Slug: name.toLowerCase().replace(/ /g, '-'), Description: '',
    IsDefault: isDefault, SortOrder: n, WorkerPoolType: 'StaticWorkerPool' as const, CanAddWorkers: true, Links: {},
  });
  const workers = [
    worker(1, 'win-listen-01', listening('win-listen-01', 1), [1]),
    worker(2, 'win-listen-02', listening('win-listen-02', 2), [1, 2], { HealthStatus: 'HasWarnings', HasLatestCalamari: false }),
    worker(3, 'poll-01', polling(3), [2], { HealthStatus: 'Unknown', StatusSummary: 'This machine was recently added. Please perform a health check.' }),
    worker(4, 'ssh-linux-01', ssh('ssh-linux-01'), [2], { HealthStatus: 'Unavailable', IsDisabled: true }),
    worker(5, 'ssh-linux-02', ssh('ssh-linux-02'), [2], { HealthStatus: 'Unhealthy' }),
    worker(6, 'Poll-02', polling(6), [1], { HealthStatus: 'Unknown' }),
  ];
  for (let n = 1; n <= (options.bulk ?? 0); n += 1) {
    const name = `bulk-${String(n).padStart(3, '0')}`;
    workers.push(worker(6 + n, name, listening(name, n), [2]));
  }
  return {
    space: { Id: SPACE, Name: 'Default', Slug: 'default', Description: '', IsDefault: true, TaskQueueStopped: false, Links: {} },
    user: { Id: 'Users-1', Username: role, DisplayName: `Test ${role}`, IsActive: true, IsService: false, EmailAddress: `${role}@example.com`, Links: {} },
    permissions: fixturePermissions(role),
    features: { Id: 'FeaturesConfiguration', IsBuiltInWorkerEnabled: true, Links: {} },
    workerPools: options.empty ? [pool(1, 'Default Worker Pool', true)] : [pool(1, 'Default Worker Pool', true), pool(2, 'Linux Pool'), pool(3, 'Empty Pool')],
    workers: options.empty ? [] : workers,
    machinePolicies: [{ Id: 'MachinePolicies-1', SpaceId: SPACE, Name: 'Default Machine Policy', IsDefault: true, Links: {} }],
    environments: [{ Id: 'Environments-1', SpaceId: SPACE, Name: 'Production', SortOrder: 0, Links: {} }],
    machines: [
      { Id: 'Machines-1', SpaceId: SPACE, Name: 'web-01', Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'https://web-01:10933/', Thumbprint: THUMB(7) }, EnvironmentIds: ['Environments-1'], Roles: ['web'], IsDisabled: false, HealthStatus: 'Healthy', Links: {} },
      { Id: 'Machines-2', SpaceId: SPACE, Name: 'azure-app', Endpoint: { CommunicationStyle: 'AzureWebApp', DefaultWorkerPoolId: 'WorkerPools-2' }, EnvironmentIds: ['Environments-1'], Roles: ['azure'], IsDisabled: false, HealthStatus: 'Unknown', Links: {} },
      { Id: 'Machines-3', SpaceId: SPACE, Name: 'cloud-region', Endpoint: { CommunicationStyle: 'None', DefaultWorkerPoolId: null }, EnvironmentIds: ['Environments-1'], Roles: ['cloud'], IsDisabled: true, HealthStatus: 'Healthy', Links: {} },
    ],
    accounts: [{ Id: 'Accounts-1', SpaceId: SPACE, Name: 'Linux SSH key', AccountType: 'SshKeyPair', Links: {} }],
    projects: [{ Id: 'Projects-1', SpaceId: SPACE, Name: 'Web Shop', Slug: 'web-shop', DeploymentProcessId: 'deploymentprocess-Projects-1', Links: {} }],
    deploymentProcesses: [{
      Id: 'deploymentprocess-Projects-1', SpaceId: SPACE, ProjectId: 'Projects-1', Version: 3, Links: {},
      Steps: [
        { Id: 'step-1', Name: 'Run a script', Properties: {}, Actions: [{ Id: 'action-1', Name: 'Run a script', ActionType: 'Octopus.Script', WorkerPoolId: 'WorkerPools-2', Properties: { 'Octopus.Action.RunOnServer': 'true' } }] },
        { Id: 'step-2', Name: 'Deploy to Azure', Properties: {}, Actions: [{ Id: 'action-2', Name: 'Deploy to Azure', ActionType: 'Octopus.AzureWebApp', WorkerPoolId: null, Properties: {} }] },
      ],
    }],
    tasks: [],
    healthOnCheck: { 'Workers-5': 'Healthy', 'Workers-6': 'Unavailable' },
    workerPoolVariables: { 'Projects-1': ['Project.WorkerPool'] },
    discoverable: { 'new-worker:10933': { thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01', name: 'new-worker' } },
  };
}

const scenario = (name: ScenarioName, description: string, seed: () => MockData): Scenario => ({ name, description, seed });

/** What tests inject instead of the real scenarios (mocks/registry.ts). */
export function fixtureRegistry(): Record<string, Scenario> {
  return {
    default: scenario('default', 'Fixture: an administrator, three pools, six workers', () => fixtureData('admin')),
    viewer: scenario('viewer', 'Fixture: may view but not edit workers', () => fixtureData('viewer')),
    'read-only': scenario('read-only', 'Fixture: may not view workers', () => fixtureData('read-only')),
    'fresh-install': scenario('fresh-install', 'Fixture: only the default pool, no workers', () => fixtureData('admin', { empty: true })),
    large: scenario('large', 'Fixture: 65 more workers, for paging', () => fixtureData('admin', { bulk: 65 })),
  };
}

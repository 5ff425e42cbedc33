// Builders for the space-level entities every scenario needs, with the defaults a real Octopus server
// would fill in. Links stay empty: the handlers add them when they answer.
import type { Account, Environment, FeaturesConfiguration, Space, WorkerPool } from '../../src/api/schemas';

export const SPACE_ID = 'Spaces-1';
/** Every seeded entity was last touched at this fixed moment, so seeds never read the clock. */
export const SEEDED_AT = '2026-11-20T09:15:00.000Z';
export const SEEDED_BY = 'admin';
/** The same moment as Octopus words it in status summaries. */
export const LAST_CHECKED = 'Friday, 20 November 2026 9:15:02 AM +00:00';

export const DEFAULT_POOL_NAME = 'Default Worker Pool';
export const DEFAULT_POLICY_ID = 'MachinePolicies-1';

const audit = { LastModifiedOn: SEEDED_AT, LastModifiedBy: SEEDED_BY };

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function space(): Space {
  return {
    Id: SPACE_ID,
    Name: 'Default',
    Slug: 'default',
    Description: null,
    IsDefault: true,
    IsPrivate: false,
    TaskQueueStopped: false,
    SpaceManagersTeams: ['teams-spacemanagers-Spaces-1'],
    SpaceManagersTeamMembers: [],
    ExtensionSettings: [],
    Links: {},
  };
}

export function features(isBuiltInWorkerEnabled: boolean): FeaturesConfiguration {
  return {
    Id: 'features-configuration',
    IsBuiltInWorkerEnabled: isBuiltInWorkerEnabled,
    IsCommunityActionTemplatesEnabled: true,
    IsHelpSidebarEnabled: true,
    IsKubernetesEnabled: true,
    IsAutomaticStepUpdatesEnabled: false,
    Links: {},
  };
}

/** A static pool; `n` is its number (`WorkerPools-n`) and its SortOrder is `n - 1`. */
export function workerPool(n: number, name: string, description: string, isDefault = false): WorkerPool {
  return {
    Id: `WorkerPools-${n}`,
    SpaceId: SPACE_ID,
    Name: name,
    Slug: slugify(name),
    Description: description,
    IsDefault: isDefault,
    SortOrder: n - 1,
    WorkerPoolType: 'StaticWorkerPool',
    CanAddWorkers: true,
    WorkerType: null,
    ...audit,
    Links: {},
  };
}

export function defaultWorkerPool(): WorkerPool {
  return workerPool(1, DEFAULT_POOL_NAME, 'Steps that name no pool run here.', true);
}

export function environment(n: number, name: string, description = ''): Environment {
  return {
    Id: `Environments-${n}`,
    SpaceId: SPACE_ID,
    Name: name,
    Slug: slugify(name),
    Description: description,
    SortOrder: n - 1,
    UseGuidedFailure: false,
    AllowDynamicInfrastructure: true,
    ExtensionSettings: [],
    Links: {},
  };
}

/** Development, Test and Production, the environments nearly every installation starts with. */
export function standardEnvironments(): Environment[] {
  return [
    environment(1, 'Development', 'Where every change lands first.'),
    environment(2, 'Test', 'QA and automated acceptance tests.'),
    environment(3, 'Production', 'Customer facing.'),
  ];
}

const scope = { Description: '', EnvironmentIds: [], TenantIds: [], TenantTags: [], TenantedDeploymentParticipation: 'Untenanted' };
const secret = { HasValue: true, NewValue: null, Hint: null };

export function sshKeyPairAccount(n: number, name: string, username: string): Account {
  return { Id: `Accounts-${n}`, SpaceId: SPACE_ID, Name: name, Slug: slugify(name), AccountType: 'SshKeyPair',
    Username: username, PrivateKeyFile: secret, PrivateKeyPassphrase: { ...secret, HasValue: false }, ...scope, Links: {} };
}

export function usernamePasswordAccount(n: number, name: string, username: string): Account {
  return { Id: `Accounts-${n}`, SpaceId: SPACE_ID, Name: name, Slug: slugify(name), AccountType: 'UsernamePassword',
    Username: username, Password: secret, ...scope, Links: {} };
}

export function azureServicePrincipal(n: number, name: string, ids: { subscription: string; client: string; tenant: string }): Account {
  return { Id: `Accounts-${n}`, SpaceId: SPACE_ID, Name: name, Slug: slugify(name), AccountType: 'AzureServicePrincipal',
    SubscriptionNumber: ids.subscription, ClientId: ids.client, TenantId: ids.tenant, Password: secret,
    AzureEnvironment: '', ResourceManagementEndpointBaseUri: '', ActiveDirectoryEndpointBaseUri: '', ...scope, Links: {} };
}

export function awsAccount(n: number, name: string, accessKey: string): Account {
  return { Id: `Accounts-${n}`, SpaceId: SPACE_ID, Name: name, Slug: slugify(name), AccountType: 'AmazonWebServicesAccount',
    AccessKey: accessKey, SecretKey: secret, ...scope, Links: {} };
}

// Every other resource the portal reads, field for field as Octopus serializes it (swagger 2021.2 plus the
// fields listed in mocks/contract/after-2021-2.ts).
import { AUDIT, shape, type Fields } from './shape';

const RESOURCE: Fields = { Id: null, ...AUDIT, Links: {} };
type Entity = Record<string, unknown>;
const picker = (fields: Fields) => <T>(e: T): T => shape<T>(e as object, fields);

const POOL: Fields = {
  ...RESOURCE, SpaceId: null, Name: null, Slug: null, Description: null, IsDefault: false, SortOrder: 0, WorkerPoolType: 'StaticWorkerPool',
  CanAddWorkers: true,
};
/** Only a dynamic pool has a worker type (OC DynamicWorkerPoolResource). */
export const wirePool = <T extends { WorkerPoolType: string }>(p: T): T =>
  shape<T>(p, p.WorkerPoolType === 'DynamicWorkerPool' ? { ...POOL, WorkerType: null } : POOL);

const SCRIPT_POLICY: Fields = { RunType: 'InheritFromDefault', ScriptBody: null };
export const wirePolicy = <T>(p: T): T => {
  const e = p as Entity;
  const health = (e.MachineHealthCheckPolicy ?? {}) as Entity;
  return shape<T>({
    ...e,
    MachineHealthCheckPolicy: {
      ...shape<Entity>(health, { PowerShellHealthCheckPolicy: null, BashHealthCheckPolicy: null, HealthCheckInterval: '01:00:00', HealthCheckCron: null, HealthCheckCronTimezone: 'UTC', HealthCheckType: 'RunScript' }),
      PowerShellHealthCheckPolicy: shape((health.PowerShellHealthCheckPolicy ?? {}) as Entity, SCRIPT_POLICY),
      BashHealthCheckPolicy: shape((health.BashHealthCheckPolicy ?? {}) as Entity, SCRIPT_POLICY),
    },
    MachineConnectivityPolicy: shape((e.MachineConnectivityPolicy ?? {}) as Entity, { MachineConnectivityBehavior: 'ExpectedToBeOnline' }),
    MachineCleanupPolicy: shape((e.MachineCleanupPolicy ?? {}) as Entity, { DeleteMachinesBehavior: 'DoNotDelete', DeleteMachinesElapsedTimeSpan: '00:00:00' }),
    MachineUpdatePolicy: shape((e.MachineUpdatePolicy ?? {}) as Entity, { CalamariUpdateBehavior: 'UpdateOnDeployment', TentacleUpdateBehavior: 'NeverUpdate', TentacleUpdateAccountId: null }),
  }, {
    ...RESOURCE, SpaceId: null, Name: null, Slug: null, Description: null, IsDefault: false, MachineHealthCheckPolicy: null,
    MachineConnectivityPolicy: null, MachineCleanupPolicy: null, MachineUpdatePolicy: null, PollingRequestQueueTimeout: '00:02:00',
    PollingRequestMaximumMessageProcessingTimeout: '00:10:00', ConnectionRetrySleepInterval: '00:00:01', ConnectionRetryCountLimit: 5,
    ConnectionRetryTimeLimit: '00:05:00', ConnectionConnectTimeout: '00:01:00',
  });
};

export const wireEnvironment = picker({
  ...RESOURCE, SpaceId: null, Name: null, Slug: null, Description: null, SortOrder: 0, UseGuidedFailure: false,
  AllowDynamicInfrastructure: false, ExtensionSettings: [],
});

const ACCOUNT: Fields = {
  ...RESOURCE, SpaceId: null, Name: null, Slug: null, AccountType: null, Description: null, EnvironmentIds: [], TenantIds: [], TenantTags: [],
  TenantedDeploymentParticipation: 'Untenanted',
};
const SECRET = { HasValue: false, NewValue: null, Hint: null };
const ACCOUNT_KINDS: Readonly<Record<string, Fields>> = {
  SshKeyPair: { Username: null, PrivateKeyFile: SECRET, PrivateKeyPassphrase: SECRET },
  UsernamePassword: { Username: null, Password: SECRET },
  AzureServicePrincipal: { SubscriptionNumber: null, ClientId: null, TenantId: null, Password: SECRET, AzureEnvironment: null, ResourceManagementEndpointBaseUri: null, ActiveDirectoryEndpointBaseUri: null },
  AmazonWebServicesAccount: { AccessKey: null, SecretKey: SECRET },
};
export const wireAccount = <T extends { AccountType: string }>(a: T): T => shape<T>(a, { ...ACCOUNT, ...(ACCOUNT_KINDS[a.AccountType] ?? {}) });

export const wireProject = picker({
  ...RESOURCE, SpaceId: null, Name: null, Slug: null, Description: null, DeploymentProcessId: null, VariableSetId: null, LifecycleId: null,
  ProjectGroupId: null, IsDisabled: false, IsVersionControlled: false, PersistenceSettings: { Type: 'Database' }, AutoCreateRelease: false,
  AutoDeployReleaseOverrides: [], ClonedFromProjectId: null, DefaultGuidedFailureMode: 'EnvironmentDefault', DefaultToSkipIfAlreadyInstalled: false,
  DeploymentChangesTemplate: null, DiscreteChannelRelease: false, ExtensionSettings: [], IncludedLibraryVariableSetIds: [],
  ProjectConnectivityPolicy: { AllowDeploymentsToNoTargets: false, ExcludeUnhealthyTargets: false, SkipMachineBehavior: 'None', TargetRoles: [] },
  ReleaseCreationStrategy: { ChannelId: null, ReleaseCreationPackage: null }, ReleaseNotesTemplate: null, Templates: [],
  TenantedDeploymentMode: 'Untenanted', VersioningStrategy: { DonorPackage: null, Template: '#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}' },
});

const ACTION: Fields = {
  ...RESOURCE, Name: null, Slug: null, ActionType: null, Notes: null, IsDisabled: false, IsRequired: false, CanBeUsedForProjectVersioning: false,
  WorkerPoolId: null, WorkerPoolVariable: null, Container: { FeedId: null, Image: null }, Environments: [], ExcludedEnvironments: [], Channels: [],
  TenantTags: [], Packages: [], Condition: 'Success', Properties: {},
};
const STEP: Fields = { Id: null, Name: null, Slug: null, PackageRequirement: 'LetOctopusDecide', Properties: {}, Condition: 'Success', StartTrigger: 'StartAfterPrevious', Actions: [] };
export const wireProcess = <T extends { Steps: Array<{ Actions: unknown[] }> }>(d: T): T => ({
  ...shape<T>(d, { ...RESOURCE, SpaceId: null, ProjectId: null, Version: 0, LastSnapshotId: null, Steps: [] }),
  Steps: d.Steps.map((s) => ({ ...shape<Entity>(s, STEP), Actions: s.Actions.map((a) => shape<Entity>(a as object, ACTION)) })),
});

export const wireTask = picker({
  ...RESOURCE, SpaceId: null, Name: null, Description: null, Arguments: {}, State: 'Queued', Completed: null, QueueTime: null, QueueTimeExpiry: null,
  StartTime: null, LastUpdatedTime: null, CompletedTime: null, ServerNode: null, Duration: null, ErrorMessage: null, HasBeenPickedUpByProcessor: false,
  IsCompleted: false, FinishedSuccessfully: false, HasPendingInterruptions: false, CanRerun: false, HasWarningsOrErrors: false,
});

export const wireSpace = picker({
  ...RESOURCE, Name: null, Slug: null, Description: null, IsDefault: false, TaskQueueStopped: false, SpaceManagersTeams: [], SpaceManagersTeamMembers: [],
});

export const wireUser = picker({
  ...RESOURCE, Username: null, DisplayName: null, IsActive: true, IsService: false, EmailAddress: null, CanPasswordBeEdited: false,
  IsRequestor: false, Identities: [],
});

const TEAM: Fields = { Id: null, Name: null, SpaceId: null, IsDirectlyAssigned: true, ExternalSecurityGroups: [] };
const RESTRICTION: Fields = { SpaceId: null, RestrictedToProjectIds: [], RestrictedToEnvironmentIds: [], RestrictedToTenantIds: [], RestrictedToProjectGroupIds: [] };
export const wirePermissions = <T extends { Teams?: unknown[]; SpacePermissions: Record<string, unknown[]> }>(p: T): T => ({
  ...shape<T>(p, { ...RESOURCE, SpacePermissions: {}, SystemPermissions: [], Teams: [], IsTeamsComplete: true, IsPermissionsComplete: true }),
  SpacePermissions: Object.fromEntries(Object.entries(p.SpacePermissions).map(([name, list]) => [name, list.map((r) => shape(r as object, RESTRICTION))])),
  Teams: (p.Teams ?? []).map((t) => shape(t as object, TEAM)),
});

export const FEATURE_FIELDS: Fields = {
  ...RESOURCE, IsBuiltInWorkerEnabled: true, IsCommunityActionTemplatesEnabled: true, IsHelpSidebarEnabled: true, HelpSidebarSupportLink: null,
  IsActionContainersEnabled: true, IsKubernetesEnabled: true, IsStepUiFrameworkEnabled: false, IsConfigurationAsCodeEnabled: true,
  IsAzureZipDeployEnabled: false,
};
export const wireFeatures = picker(FEATURE_FIELDS);

/** Octopus's paged collection: a resource too, with an Id it never sets (swagger 2021.2 *ResourceCollection). */
export const COLLECTION: Fields = { Id: null, ...AUDIT };

/** ActivityLogElement: what a connection check logged. */
export const wireLogElement = picker({ Category: null, Detail: null, MessageText: null, OccurredAt: null });

// The Octopus REST API's JSON, as zod schemas. This file imports nothing but zod so that the API layer,
// forms, the fake server and Playwright can all share it (CONVENTIONS 4). Shapes follow
// shared/octopus-api.md §2; objects are loose because a real server sends more fields than we read.
import { z } from 'zod';

export const HEALTH_STATUSES = ['Healthy', 'HasWarnings', 'Unhealthy', 'Unavailable', 'Unknown'] as const;
export const HealthStatus = z.enum(HEALTH_STATUSES);
export type HealthStatus = z.infer<typeof HealthStatus>;

/** The three ways a worker talks to the server (R1). */
export const WORKER_COMM_STYLES = ['TentaclePassive', 'TentacleActive', 'Ssh'] as const;
export const WorkerCommStyle = z.enum(WORKER_COMM_STYLES);
export type WorkerCommStyle = z.infer<typeof WorkerCommStyle>;

export const DOTNET_PLATFORMS = ['linux-x64', 'osx-x64', 'linux-arm64', 'linux-arm'] as const;

const Links = z.record(z.string(), z.string());

export const TentacleVersionDetails = z.looseObject({
  UpgradeLocked: z.boolean().optional(),
  Version: z.string().nullish(),
  UpgradeSuggested: z.boolean().optional(),
  UpgradeRequired: z.boolean().optional(),
  UpgradeAvailable: z.boolean().optional(),
});

const endpointBase = {
  Id: z.string().nullish(),
  LastModifiedOn: z.string().nullish(),
  LastModifiedBy: z.string().nullish(),
  Links: Links.optional(),
};

export const ListeningTentacleEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('TentaclePassive'),
  Uri: z.string(),
  Thumbprint: z.string(),
  ProxyId: z.string().nullish(),
  TentacleVersionDetails: TentacleVersionDetails.nullish(),
});
export type ListeningTentacleEndpoint = z.infer<typeof ListeningTentacleEndpoint>;

export const PollingTentacleEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('TentacleActive'),
  /** The subscription id, `poll://xxxxxxxxxxxxxxxxxxxx/`. */
  Uri: z.string(),
  Thumbprint: z.string(),
  TentacleVersionDetails: TentacleVersionDetails.nullish(),
});
export type PollingTentacleEndpoint = z.infer<typeof PollingTentacleEndpoint>;

export const SshEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('Ssh'),
  Host: z.string(),
  Port: z.number().int(),
  Fingerprint: z.string(),
  AccountId: z.string().nullish(),
  /** null or absent = Mono Calamari; otherwise a self-contained .NET platform. */
  DotNetCorePlatform: z.string().nullish(),
  Uri: z.string().nullish(),
  ProxyId: z.string().nullish(),
  HostKeyAlgorithm: z.string().nullish(),
});
export type SshEndpoint = z.infer<typeof SshEndpoint>;

/** An endpoint we do not model field by field (Kubernetes agent workers, future kinds). */
export const OtherEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.string(),
  Uri: z.string().nullish(),
  DefaultWorkerPoolId: z.string().nullish(),
});

export const WorkerEndpoint = z.union([ListeningTentacleEndpoint, PollingTentacleEndpoint, SshEndpoint, OtherEndpoint]);
export type WorkerEndpoint = z.infer<typeof WorkerEndpoint>;

export const Worker = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Endpoint: WorkerEndpoint,
  WorkerPoolIds: z.array(z.string()),
  MachinePolicyId: z.string().nullish(),
  IsDisabled: z.boolean(),
  HealthStatus: HealthStatus,
  StatusSummary: z.string().nullish(),
  HasLatestCalamari: z.boolean(),
  IsInProcess: z.boolean().optional(),
  Thumbprint: z.string().nullish(),
  Uri: z.string().nullish(),
  OperatingSystem: z.string().nullish(),
  ShellName: z.string().nullish(),
  ShellVersion: z.string().nullish(),
  Architecture: z.string().nullish(),
  /** Not on a real WorkerResource: when the last health check finished. Read from the connection status. */
  LastModifiedOn: z.string().nullish(),
  LastModifiedBy: z.string().nullish(),
  Links: Links,
});
export type Worker = z.infer<typeof Worker>;

/** Body of POST/PUT /workers (CreateWorkerCommand / ModifyWorkerCommand). */
// Octopus.Client sends `"Id": null` on create, so ids are nullish in commands.
export const WorkerCommand = z.looseObject({
  Id: z.string().nullish(),
  SpaceId: z.string().nullish(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Endpoint: WorkerEndpoint,
  WorkerPoolIds: z.array(z.string()),
  MachinePolicyId: z.string().nullish(),
  IsDisabled: z.boolean().optional(),
  SkipInitialHealthCheck: z.boolean().optional(),
});
export type WorkerCommand = z.infer<typeof WorkerCommand>;

export const WORKER_POOL_TYPES = ['StaticWorkerPool', 'DynamicWorkerPool'] as const;

export const WorkerPool = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Description: z.string().nullish(),
  IsDefault: z.boolean(),
  SortOrder: z.number().int(),
  WorkerPoolType: z.enum(WORKER_POOL_TYPES),
  CanAddWorkers: z.boolean(),
  WorkerType: z.string().nullish(),
  LastModifiedOn: z.string().nullish(),
  LastModifiedBy: z.string().nullish(),
  Links: Links,
});
export type WorkerPool = z.infer<typeof WorkerPool>;

/** A dynamic pool's kind of leased worker (GET /workerpools/dynamicworkertypes; Octopus Cloud's images). */
export const DynamicWorkerType = z.looseObject({
  Id: z.string(),
  Type: z.string().nullish(),
  Description: z.string().nullish(),
  StartDateUtc: z.string().nullish(),
  DeprecationDateUtc: z.string().nullish(),
  EndOfLifeDateUtc: z.string().nullish(),
});
export type DynamicWorkerType = z.infer<typeof DynamicWorkerType>;

export const WorkerPoolDynamicWorkerTypes = z.looseObject({ WorkerTypes: z.array(DynamicWorkerType) });
export type WorkerPoolDynamicWorkerTypes = z.infer<typeof WorkerPoolDynamicWorkerTypes>;

export const WorkerPoolSupportedTypes = z.looseObject({ SupportedPoolTypes: z.array(z.enum(WORKER_POOL_TYPES)) });
export type WorkerPoolSupportedTypes = z.infer<typeof WorkerPoolSupportedTypes>;

export const WorkerPoolCommand = z.looseObject({
  Id: z.string().nullish(),
  SpaceId: z.string().nullish(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Description: z.string().nullish(),
  IsDefault: z.boolean().optional(),
  SortOrder: z.number().int().optional(),
  WorkerPoolType: z.enum(WORKER_POOL_TYPES).optional(),
  /** Dynamic pools only: a DynamicWorkerType's Id. */
  WorkerType: z.string().nullish(),
});
export type WorkerPoolCommand = z.infer<typeof WorkerPoolCommand>;

/**
 * Octopus types these counts as a dictionary (status → count) and may leave zero counts out, so a status
 * missing from the wire reads as 0: code can rely on `counts.Healthy` being a number.
 */
export const HealthStatusCounts = z
  .record(z.string(), z.number())
  .transform((counts): Record<HealthStatus, number> & Record<string, number> => ({
    Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0, ...counts,
  }));
export type HealthStatusCounts = z.infer<typeof HealthStatusCounts>;

const summaryCounters = {
  TotalMachines: z.number(),
  TotalDisabledMachines: z.number(),
  MachineHealthStatusSummaries: HealthStatusCounts,
  MachineEndpointSummaries: z.record(z.string(), z.number()),
  TentacleUpgradesRequired: z.boolean().optional(),
  // Octopus writes null for an unset list; read as absent.
  MachineIdsForCalamariUpgrade: z.array(z.string()).nullish().transform((v) => v ?? undefined),
  MachineIdsForTentacleUpgrade: z.array(z.string()).nullish().transform((v) => v ?? undefined),
};

export const WorkerPoolSummary = z.looseObject({ WorkerPool: WorkerPool, ...summaryCounters });
export type WorkerPoolSummary = z.infer<typeof WorkerPoolSummary>;

export const WorkerPoolsSummary = z.looseObject({
  ...summaryCounters,
  WorkerPoolSummaries: z.array(WorkerPoolSummary),
});
export type WorkerPoolsSummary = z.infer<typeof WorkerPoolsSummary>;

/** Octopus's paged collection wrapper; `LastPageNumber` is 0-based. */
export function ResourceCollection<T extends z.ZodType>(item: T) {
  return z.looseObject({
    ItemType: z.string(),
    TotalResults: z.number().int(),
    ItemsPerPage: z.number().int(),
    NumberOfPages: z.number().int(),
    LastPageNumber: z.number().int(),
    Items: z.array(item),
    Links: Links,
  });
}
export interface ResourceCollection<T> {
  ItemType: string;
  TotalResults: number;
  ItemsPerPage: number;
  NumberOfPages: number;
  LastPageNumber: number;
  Items: T[];
  Links: Record<string, string>;
}

/** Every 4xx/5xx body. */
export const OctopusErrorBody = z.looseObject({
  ErrorMessage: z.string(),
  Errors: z.array(z.string()).nullish(),
  FullException: z.string().nullish(),
  HelpText: z.string().nullish(),
  HelpLink: z.string().nullish(),
  Details: z.record(z.string(), z.string()).nullish(),
});
export type OctopusErrorBody = z.infer<typeof OctopusErrorBody>;

export const MachinePolicy = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Description: z.string().nullish(),
  IsDefault: z.boolean(),
  MachineHealthCheckPolicy: z
    .looseObject({
      HealthCheckInterval: z.string().nullish(),
      HealthCheckCron: z.string().nullish(),
      HealthCheckType: z.string().nullish(),
    })
    .nullish(),
  MachineConnectivityPolicy: z.looseObject({ MachineConnectivityBehavior: z.string() }).nullish(),
  MachineUpdatePolicy: z
    .looseObject({ CalamariUpdateBehavior: z.string(), TentacleUpdateBehavior: z.string() })
    .nullish(),
  Links: Links,
});
export type MachinePolicy = z.infer<typeof MachinePolicy>;

export const FeaturesConfiguration = z.looseObject({
  Id: z.string().optional(),
  IsBuiltInWorkerEnabled: z.boolean(),
  Links: Links.optional(),
});
export type FeaturesConfiguration = z.infer<typeof FeaturesConfiguration>;

export const User = z.looseObject({
  Id: z.string(),
  Username: z.string(),
  DisplayName: z.string(),
  IsActive: z.boolean(),
  IsService: z.boolean(),
  EmailAddress: z.string().nullish(),
  Links: Links,
});
export type User = z.infer<typeof User>;

export const PermissionRestriction = z.looseObject({
  SpaceId: z.string().nullish(),
  RestrictedToProjectIds: z.array(z.string()).optional(),
  RestrictedToEnvironmentIds: z.array(z.string()).optional(),
  RestrictedToTenantIds: z.array(z.string()).optional(),
  RestrictedToProjectGroupIds: z.array(z.string()).optional(),
});
export type PermissionRestriction = z.infer<typeof PermissionRestriction>;

export const UserPermissionSet = z.looseObject({
  Id: z.string(),
  SpacePermissions: z.record(z.string(), z.array(PermissionRestriction)),
  SystemPermissions: z.array(z.string()),
  Teams: z.array(z.looseObject({ Id: z.string(), Name: z.string(), SpaceId: z.string().nullish() })).optional(),
  IsTeamsComplete: z.boolean().optional(),
  IsPermissionsComplete: z.boolean().optional(),
  Links: Links.optional(),
});
export type UserPermissionSet = z.infer<typeof UserPermissionSet>;

export const Space = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Description: z.string().nullish(),
  IsDefault: z.boolean(),
  TaskQueueStopped: z.boolean().optional(),
  Links: Links,
});
export type Space = z.infer<typeof Space>;

export const RootDocument = z.looseObject({
  Application: z.string(),
  Version: z.string(),
  ApiVersion: z.string(),
  InstallationId: z.string().nullish(),
  Links: Links,
});
export type RootDocument = z.infer<typeof RootDocument>;

export const Environment = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Description: z.string().nullish(),
  SortOrder: z.number().int().optional(),
  Links: Links,
});
export type Environment = z.infer<typeof Environment>;

/** Endpoints of deployment targets; cloud targets carry `DefaultWorkerPoolId` (R12). */
export const TargetEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.string(),
  Uri: z.string().nullish(),
  Thumbprint: z.string().nullish(),
  DefaultWorkerPoolId: z.string().nullish(),
});
export type TargetEndpoint = z.infer<typeof TargetEndpoint>;

/** A deployment target (`/machines`). */
export const DeploymentTarget = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Endpoint: TargetEndpoint,
  EnvironmentIds: z.array(z.string()),
  Roles: z.array(z.string()),
  MachinePolicyId: z.string().nullish(),
  IsDisabled: z.boolean(),
  HealthStatus: HealthStatus,
  StatusSummary: z.string().nullish(),
  HasLatestCalamari: z.boolean().optional(),
  TenantedDeploymentParticipation: z.string().optional(),
  TenantIds: z.array(z.string()).nullish(),
  Links: Links,
});
export type DeploymentTarget = z.infer<typeof DeploymentTarget>;

export const Project = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  Description: z.string().nullish(),
  DeploymentProcessId: z.string(),
  IsDisabled: z.boolean().optional(),
  ProjectGroupId: z.string().nullish(),
  IsVersionControlled: z.boolean().optional(),
  /** Config as Code: where the project's process lives (`Type: "VersionControlled"`, its default branch). */
  PersistenceSettings: z.looseObject({ Type: z.string().nullish(), DefaultBranch: z.string().nullish() }).nullish(),
  Links: Links,
});
export type Project = z.infer<typeof Project>;

/** A property value: a plain string, or a sensitive value object. */
export const PropertyValue = z.union([
  z.string(),
  z.looseObject({ HasValue: z.boolean(), NewValue: z.string().nullish(), Hint: z.string().nullish() }),
]);
export type PropertyValue = z.infer<typeof PropertyValue>;
export const Properties = z.record(z.string(), PropertyValue);

export const DeploymentAction = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  ActionType: z.string(),
  Notes: z.string().nullish(),
  IsDisabled: z.boolean().optional(),
  IsRequired: z.boolean().optional(),
  WorkerPoolId: z.string().nullish(),
  WorkerPoolVariable: z.string().nullish(),
  Container: z.looseObject({ FeedId: z.string().nullish(), Image: z.string().nullish() }).nullish(),
  Environments: z.array(z.string()).optional(),
  ExcludedEnvironments: z.array(z.string()).optional(),
  Channels: z.array(z.string()).optional(),
  TenantTags: z.array(z.string()).optional(),
  Packages: z.array(z.looseObject({})).optional(),
  Condition: z.string().optional(),
  Properties: Properties,
  Links: Links.optional(),
});
export type DeploymentAction = z.infer<typeof DeploymentAction>;

export const DeploymentStep = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.string().nullish(),
  PackageRequirement: z.string().optional(),
  Properties: Properties,
  Condition: z.string().optional(),
  StartTrigger: z.string().optional(),
  Actions: z.array(DeploymentAction),
});
export type DeploymentStep = z.infer<typeof DeploymentStep>;

export const DeploymentProcess = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  ProjectId: z.string(),
  Version: z.number().int(),
  LastSnapshotId: z.string().nullish(),
  Steps: z.array(DeploymentStep),
  Links: Links.optional(),
});
export type DeploymentProcess = z.infer<typeof DeploymentProcess>;

export const TASK_STATES = ['Queued', 'Executing', 'Failed', 'Canceled', 'TimedOut', 'Success', 'Cancelling'] as const;
export const TaskState = z.enum(TASK_STATES);
export type TaskState = z.infer<typeof TaskState>;

export const ServerTask = z.looseObject({
  Id: z.string(),
  SpaceId: z.string().nullish(),
  Name: z.string(),
  Description: z.string(),
  Arguments: z.record(z.string(), z.unknown()),
  State: TaskState,
  Completed: z.string().nullish(),
  QueueTime: z.string().nullish(),
  StartTime: z.string().nullish(),
  LastUpdatedTime: z.string().nullish(),
  CompletedTime: z.string().nullish(),
  Duration: z.string().nullish(),
  ErrorMessage: z.string().nullish(),
  IsCompleted: z.boolean(),
  FinishedSuccessfully: z.boolean(),
  HasWarningsOrErrors: z.boolean().optional(),
  Links: Links,
});
export type ServerTask = z.infer<typeof ServerTask>;

/** Body of POST /tasks for a health check (OC TaskRepository.ExecuteHealthCheck). */
export const HealthCheckTaskCommand = z.looseObject({
  Name: z.literal('Health'),
  Description: z.string().optional(),
  SpaceId: z.string().optional(),
  Arguments: z.looseObject({
    Timeout: z.string().optional(),
    MachineTimeout: z.string().optional(),
    EnvironmentId: z.string().nullish(),
    WorkerpoolId: z.string().nullish(),
    RestrictedTo: z.enum(['DeploymentTargets', 'Workers', 'Policies', 'Unlimited']).nullish(),
    MachineIds: z.array(z.string()).nullish(),
  }),
});
export type HealthCheckTaskCommand = z.infer<typeof HealthCheckTaskCommand>;

/** GET /workers/discover answers with an unsaved worker whose endpoint carries the discovered thumbprint. */
export const DiscoveredWorker = z.looseObject({
  Name: z.string().nullish(),
  Endpoint: WorkerEndpoint,
});
export type DiscoveredWorker = z.infer<typeof DiscoveredWorker>;

export const Account = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  AccountType: z.string(),
  Links: Links.optional(),
});
export type Account = z.infer<typeof Account>;

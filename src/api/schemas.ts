// The Octopus REST API's JSON, as zod schemas. This file imports nothing but zod (and enums.ts) so that the API layer,
// forms, the fake server and Playwright can all share it (CONVENTIONS 4). Shapes follow
// shared/octopus-api.md §2; objects are loose because a real server sends more fields than we read.
import * as z from 'zod/mini';
import { HEALTH_STATUSES, WORKER_COMM_STYLES } from './enums';

export { HEALTH_STATUSES, WORKER_COMM_STYLES };
export const HealthStatus = z.enum(HEALTH_STATUSES);
export type HealthStatus = z.infer<typeof HealthStatus>;

export const WorkerCommStyle = z.enum(WORKER_COMM_STYLES);
export type WorkerCommStyle = z.infer<typeof WorkerCommStyle>;

export const DOTNET_PLATFORMS = ['linux-x64', 'osx-x64', 'linux-arm64', 'linux-arm'] as const;

/** Octopus's `Links`: relation name → URL (template). */
export const Links = z.record(z.string(), z.string());

export const TentacleVersionDetails = z.looseObject({
  UpgradeLocked: z.optional(z.boolean()),
  Version: z.nullish(z.string()),
  UpgradeSuggested: z.optional(z.boolean()),
  UpgradeRequired: z.optional(z.boolean()),
  UpgradeAvailable: z.optional(z.boolean()),
});

/** What every endpoint (a worker's, a target's) carries. */
export const endpointBase = {
  Id: z.nullish(z.string()),
  LastModifiedOn: z.nullish(z.string()),
  LastModifiedBy: z.nullish(z.string()),
  Links: z.optional(Links),
};

export const ListeningTentacleEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('TentaclePassive'),
  Uri: z.string(),
  Thumbprint: z.string(),
  ProxyId: z.nullish(z.string()),
  TentacleVersionDetails: z.nullish(TentacleVersionDetails),
});
export type ListeningTentacleEndpoint = z.infer<typeof ListeningTentacleEndpoint>;

export const PollingTentacleEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('TentacleActive'),
  /** The subscription id, `poll://xxxxxxxxxxxxxxxxxxxx/`. */
  Uri: z.string(),
  Thumbprint: z.string(),
  TentacleVersionDetails: z.nullish(TentacleVersionDetails),
});
export type PollingTentacleEndpoint = z.infer<typeof PollingTentacleEndpoint>;

export const SshEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.literal('Ssh'),
  Host: z.string(),
  Port: z.int(),
  Fingerprint: z.string(),
  AccountId: z.nullish(z.string()),
  /** null or absent = Mono Calamari; otherwise a self-contained .NET platform. */
  DotNetCorePlatform: z.nullish(z.string()),
  Uri: z.nullish(z.string()),
  ProxyId: z.nullish(z.string()),
  HostKeyAlgorithm: z.nullish(z.string()),
});
export type SshEndpoint = z.infer<typeof SshEndpoint>;

/** An endpoint we do not model field by field (Kubernetes agent workers, future kinds). */
export const OtherEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.string(),
  Uri: z.nullish(z.string()),
  DefaultWorkerPoolId: z.nullish(z.string()),
});

export const WorkerEndpoint = z.union([ListeningTentacleEndpoint, PollingTentacleEndpoint, SshEndpoint, OtherEndpoint]);
export type WorkerEndpoint = z.infer<typeof WorkerEndpoint>;

export const Worker = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Endpoint: WorkerEndpoint,
  WorkerPoolIds: z.array(z.string()),
  MachinePolicyId: z.nullish(z.string()),
  IsDisabled: z.boolean(),
  HealthStatus: HealthStatus,
  StatusSummary: z.nullish(z.string()),
  HasLatestCalamari: z.boolean(),
  IsInProcess: z.optional(z.boolean()),
  Thumbprint: z.nullish(z.string()),
  Uri: z.nullish(z.string()),
  OperatingSystem: z.nullish(z.string()),
  ShellName: z.nullish(z.string()),
  ShellVersion: z.nullish(z.string()),
  Architecture: z.nullish(z.string()),
  /** Not on a real WorkerResource: when the last health check finished. Read from the connection status. */
  LastModifiedOn: z.nullish(z.string()),
  LastModifiedBy: z.nullish(z.string()),
  Links: Links,
});
export type Worker = z.infer<typeof Worker>;

/** Body of POST/PUT /workers (CreateWorkerCommand / ModifyWorkerCommand). */
// Octopus.Client sends `"Id": null` on create, so ids are nullish in commands.
export const WorkerCommand = z.looseObject({
  Id: z.nullish(z.string()),
  SpaceId: z.nullish(z.string()),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Endpoint: WorkerEndpoint,
  WorkerPoolIds: z.array(z.string()),
  MachinePolicyId: z.nullish(z.string()),
  IsDisabled: z.optional(z.boolean()),
  SkipInitialHealthCheck: z.optional(z.boolean()),
});
export type WorkerCommand = z.infer<typeof WorkerCommand>;

export const WORKER_POOL_TYPES = ['StaticWorkerPool', 'DynamicWorkerPool'] as const;

export const WorkerPool = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  IsDefault: z.boolean(),
  SortOrder: z.int(),
  WorkerPoolType: z.enum(WORKER_POOL_TYPES),
  CanAddWorkers: z.boolean(),
  WorkerType: z.nullish(z.string()),
  LastModifiedOn: z.nullish(z.string()),
  LastModifiedBy: z.nullish(z.string()),
  Links: Links,
});
export type WorkerPool = z.infer<typeof WorkerPool>;

/** A dynamic pool's kind of leased worker (GET /workerpools/dynamicworkertypes; Octopus Cloud's images). */
export const DynamicWorkerType = z.looseObject({
  Id: z.string(),
  Type: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  StartDateUtc: z.nullish(z.string()),
  DeprecationDateUtc: z.nullish(z.string()),
  EndOfLifeDateUtc: z.nullish(z.string()),
});
export type DynamicWorkerType = z.infer<typeof DynamicWorkerType>;

export const WorkerPoolDynamicWorkerTypes = z.looseObject({ WorkerTypes: z.array(DynamicWorkerType) });
export type WorkerPoolDynamicWorkerTypes = z.infer<typeof WorkerPoolDynamicWorkerTypes>;

export const WorkerPoolSupportedTypes = z.looseObject({ SupportedPoolTypes: z.array(z.enum(WORKER_POOL_TYPES)) });
export type WorkerPoolSupportedTypes = z.infer<typeof WorkerPoolSupportedTypes>;

export const WorkerPoolCommand = z.looseObject({
  Id: z.nullish(z.string()),
  SpaceId: z.nullish(z.string()),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  IsDefault: z.optional(z.boolean()),
  SortOrder: z.optional(z.int()),
  WorkerPoolType: z.optional(z.enum(WORKER_POOL_TYPES)),
  /** Dynamic pools only: a DynamicWorkerType's Id. */
  WorkerType: z.nullish(z.string()),
});
export type WorkerPoolCommand = z.infer<typeof WorkerPoolCommand>;

/**
 * Octopus types these counts as a dictionary (status → count) and may leave zero counts out, so a status
 * missing from the wire reads as 0: code can rely on `counts.Healthy` being a number.
 */
export const HealthStatusCounts = z.pipe(
  z.record(z.string(), z.number()),
  z.transform((counts: Record<string, number>): Record<HealthStatus, number> & Record<string, number> => ({
    Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0, ...counts,
  })),
);
export type HealthStatusCounts = z.infer<typeof HealthStatusCounts>;

const summaryCounters = {
  TotalMachines: z.number(),
  TotalDisabledMachines: z.number(),
  MachineHealthStatusSummaries: HealthStatusCounts,
  MachineEndpointSummaries: z.record(z.string(), z.number()),
  TentacleUpgradesRequired: z.optional(z.boolean()),
  // Octopus writes null for an unset list; read as absent.
  MachineIdsForCalamariUpgrade: z.pipe(z.nullish(z.array(z.string())), z.transform((v: string[] | null | undefined) => v ?? undefined)),
  MachineIdsForTentacleUpgrade: z.pipe(z.nullish(z.array(z.string())), z.transform((v: string[] | null | undefined) => v ?? undefined)),
};

export const WorkerPoolSummary = z.looseObject({ WorkerPool: WorkerPool, ...summaryCounters });
export type WorkerPoolSummary = z.infer<typeof WorkerPoolSummary>;

export const WorkerPoolsSummary = z.looseObject({
  ...summaryCounters,
  WorkerPoolSummaries: z.array(WorkerPoolSummary),
});
export type WorkerPoolsSummary = z.infer<typeof WorkerPoolsSummary>;

/** Octopus's paged collection wrapper; `LastPageNumber` is 0-based. */
export function ResourceCollection<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    ItemType: z.string(),
    TotalResults: z.int(),
    ItemsPerPage: z.int(),
    NumberOfPages: z.int(),
    LastPageNumber: z.int(),
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
  Errors: z.nullish(z.array(z.string())),
  FullException: z.nullish(z.string()),
  HelpText: z.nullish(z.string()),
  HelpLink: z.nullish(z.string()),
  Details: z.nullish(z.record(z.string(), z.string())),
});
export type OctopusErrorBody = z.infer<typeof OctopusErrorBody>;

export const FeaturesConfiguration = z.looseObject({
  Id: z.optional(z.string()),
  IsBuiltInWorkerEnabled: z.boolean(),
  Links: z.optional(Links),
});
export type FeaturesConfiguration = z.infer<typeof FeaturesConfiguration>;

export const User = z.looseObject({
  Id: z.string(),
  Username: z.string(),
  DisplayName: z.string(),
  IsActive: z.boolean(),
  IsService: z.boolean(),
  EmailAddress: z.nullish(z.string()),
  Links: Links,
});
export type User = z.infer<typeof User>;

export const PermissionRestriction = z.looseObject({
  SpaceId: z.nullish(z.string()),
  RestrictedToProjectIds: z.optional(z.array(z.string())),
  RestrictedToEnvironmentIds: z.optional(z.array(z.string())),
  RestrictedToTenantIds: z.optional(z.array(z.string())),
  RestrictedToProjectGroupIds: z.optional(z.array(z.string())),
});
export type PermissionRestriction = z.infer<typeof PermissionRestriction>;

export const UserPermissionSet = z.looseObject({
  Id: z.string(),
  SpacePermissions: z.record(z.string(), z.array(PermissionRestriction)),
  SystemPermissions: z.array(z.string()),
  Teams: z.optional(z.array(z.looseObject({ Id: z.string(), Name: z.string(), SpaceId: z.nullish(z.string()) }))),
  IsTeamsComplete: z.optional(z.boolean()),
  IsPermissionsComplete: z.optional(z.boolean()),
  Links: z.optional(Links),
});
export type UserPermissionSet = z.infer<typeof UserPermissionSet>;

export const Space = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  IsDefault: z.boolean(),
  TaskQueueStopped: z.optional(z.boolean()),
  Links: Links,
});
export type Space = z.infer<typeof Space>;

export const RootDocument = z.looseObject({
  Application: z.string(),
  Version: z.string(),
  ApiVersion: z.string(),
  InstallationId: z.nullish(z.string()),
  Links: Links,
});
export type RootDocument = z.infer<typeof RootDocument>;

export const TASK_STATES = ['Queued', 'Executing', 'Failed', 'Canceled', 'TimedOut', 'Success', 'Cancelling'] as const;
export const TaskState = z.enum(TASK_STATES);
export type TaskState = z.infer<typeof TaskState>;

export const ServerTask = z.looseObject({
  Id: z.string(),
  SpaceId: z.nullish(z.string()),
  Name: z.string(),
  Description: z.string(),
  Arguments: z.record(z.string(), z.unknown()),
  State: TaskState,
  Completed: z.nullish(z.string()),
  QueueTime: z.nullish(z.string()),
  StartTime: z.nullish(z.string()),
  LastUpdatedTime: z.nullish(z.string()),
  CompletedTime: z.nullish(z.string()),
  Duration: z.nullish(z.string()),
  ErrorMessage: z.nullish(z.string()),
  IsCompleted: z.boolean(),
  FinishedSuccessfully: z.boolean(),
  HasWarningsOrErrors: z.optional(z.boolean()),
  Links: Links,
});
export type ServerTask = z.infer<typeof ServerTask>;

/** Body of POST /tasks for a health check (OC TaskRepository.ExecuteHealthCheck). */
export const HealthCheckTaskCommand = z.looseObject({
  Name: z.literal('Health'),
  Description: z.optional(z.string()),
  SpaceId: z.optional(z.string()),
  Arguments: z.looseObject({
    Timeout: z.optional(z.string()),
    MachineTimeout: z.optional(z.string()),
    EnvironmentId: z.nullish(z.string()),
    WorkerpoolId: z.nullish(z.string()),
    RestrictedTo: z.nullish(z.enum(['DeploymentTargets', 'Workers', 'Policies', 'Unlimited'])),
    MachineIds: z.nullish(z.array(z.string())),
  }),
});
export type HealthCheckTaskCommand = z.infer<typeof HealthCheckTaskCommand>;

/** GET /workers/discover answers with an unsaved worker whose endpoint carries the discovered thumbprint. */
export const DiscoveredWorker = z.looseObject({
  Name: z.nullish(z.string()),
  Endpoint: WorkerEndpoint,
});
export type DiscoveredWorker = z.infer<typeof DiscoveredWorker>;

// The schemas of pages other than the first one an operator lands on (projects and their processes, targets,
// environments, accounts, machine policies) live in their own modules, so that the start-up's code neither
// carries nor builds them; their types are re-exported here for everything that only needs the type.
export type { DeploymentAction, DeploymentProcess, DeploymentStep, Project, Properties, PropertyValue } from './schemas-projects';
export type { Account, DeploymentTarget, Environment, MachinePolicy, TargetEndpoint } from './schemas-targets';

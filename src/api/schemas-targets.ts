// The Octopus REST API's JSON for deployment targets, environments, accounts and machine policies,
// as zod schemas. Apart from schemas.ts so that the first page's code (the shell, Workers) neither carries
// nor builds them. Same rules as schemas.ts: shapes follow shared/octopus-api.md §2; objects are loose.
import * as z from 'zod/mini';
import { endpointBase, HealthStatus, Links } from './schemas';

export const MachinePolicy = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Description: z.nullish(z.string()),
  IsDefault: z.boolean(),
  MachineHealthCheckPolicy: z.nullish(
    z.looseObject({
      HealthCheckInterval: z.nullish(z.string()),
      HealthCheckCron: z.nullish(z.string()),
      HealthCheckType: z.nullish(z.string()),
    }),
  ),
  MachineConnectivityPolicy: z.nullish(z.looseObject({ MachineConnectivityBehavior: z.string() })),
  MachineUpdatePolicy: z.nullish(z.looseObject({ CalamariUpdateBehavior: z.string(), TentacleUpdateBehavior: z.string() })),
  Links: Links,
});
export type MachinePolicy = z.infer<typeof MachinePolicy>;

export const Environment = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Description: z.nullish(z.string()),
  SortOrder: z.optional(z.int()),
  Links: Links,
});
export type Environment = z.infer<typeof Environment>;

/** Endpoints of deployment targets; cloud targets carry `DefaultWorkerPoolId` (R12). */
export const TargetEndpoint = z.looseObject({
  ...endpointBase,
  CommunicationStyle: z.string(),
  Uri: z.nullish(z.string()),
  Thumbprint: z.nullish(z.string()),
  DefaultWorkerPoolId: z.nullish(z.string()),
});
export type TargetEndpoint = z.infer<typeof TargetEndpoint>;

/** A deployment target (`/machines`). */
export const DeploymentTarget = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Endpoint: TargetEndpoint,
  EnvironmentIds: z.array(z.string()),
  Roles: z.array(z.string()),
  MachinePolicyId: z.nullish(z.string()),
  IsDisabled: z.boolean(),
  HealthStatus: HealthStatus,
  StatusSummary: z.nullish(z.string()),
  HasLatestCalamari: z.optional(z.boolean()),
  TenantedDeploymentParticipation: z.optional(z.string()),
  TenantIds: z.nullish(z.array(z.string())),
  Links: Links,
});
export type DeploymentTarget = z.infer<typeof DeploymentTarget>;

export const Account = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  AccountType: z.string(),
  Links: z.optional(Links),
});
export type Account = z.infer<typeof Account>;

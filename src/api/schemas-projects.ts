// The Octopus REST API's JSON for projects and their deployment processes (the Projects pages, the step
// editor), as zod schemas. Apart from schemas.ts so that the first page's code (the shell, Workers) neither
// carries nor builds them. Same rules as schemas.ts: shapes follow shared/octopus-api.md §2; objects are loose.
import * as z from 'zod/mini';
import { Links } from './schemas';

export const Project = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  DeploymentProcessId: z.string(),
  IsDisabled: z.optional(z.boolean()),
  ProjectGroupId: z.nullish(z.string()),
  IsVersionControlled: z.optional(z.boolean()),
  /** Config as Code: where the project's process lives (`Type: "VersionControlled"`, its default branch). */
  PersistenceSettings: z.nullish(z.looseObject({ Type: z.nullish(z.string()), DefaultBranch: z.nullish(z.string()) })),
  Links: Links,
});
export type Project = z.infer<typeof Project>;

/** A property value: a plain string, or a sensitive value object. */
export const PropertyValue = z.union([
  z.string(),
  z.looseObject({ HasValue: z.boolean(), NewValue: z.nullish(z.string()), Hint: z.nullish(z.string()) }),
]);
export type PropertyValue = z.infer<typeof PropertyValue>;
export const Properties = z.record(z.string(), PropertyValue);

export const DeploymentAction = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  ActionType: z.string(),
  Notes: z.nullish(z.string()),
  IsDisabled: z.optional(z.boolean()),
  IsRequired: z.optional(z.boolean()),
  WorkerPoolId: z.nullish(z.string()),
  WorkerPoolVariable: z.nullish(z.string()),
  Container: z.nullish(z.looseObject({ FeedId: z.nullish(z.string()), Image: z.nullish(z.string()) })),
  Environments: z.optional(z.array(z.string())),
  ExcludedEnvironments: z.optional(z.array(z.string())),
  Channels: z.optional(z.array(z.string())),
  TenantTags: z.optional(z.array(z.string())),
  Packages: z.optional(z.array(z.looseObject({}))),
  Condition: z.optional(z.string()),
  Properties: Properties,
  Links: z.optional(Links),
});
export type DeploymentAction = z.infer<typeof DeploymentAction>;

export const DeploymentStep = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  Slug: z.nullish(z.string()),
  PackageRequirement: z.optional(z.string()),
  Properties: Properties,
  Condition: z.optional(z.string()),
  StartTrigger: z.optional(z.string()),
  Actions: z.array(DeploymentAction),
});
export type DeploymentStep = z.infer<typeof DeploymentStep>;

export const DeploymentProcess = z.looseObject({
  Id: z.string(),
  SpaceId: z.string(),
  ProjectId: z.string(),
  Version: z.int(),
  LastSnapshotId: z.nullish(z.string()),
  Steps: z.array(DeploymentStep),
  Links: z.optional(Links),
});
export type DeploymentProcess = z.infer<typeof DeploymentProcess>;

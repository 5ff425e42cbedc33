// Projects and their deployment processes (octopus-api.md §2.8, §3.3). A step holds one action, or several
// for a step with child steps (parentStep). Where
// a step runs is spelled exactly as Octopus stores it:
//   run once on a worker / the server       → RunOnServer "true", no TargetRoles
//   on a worker on behalf of targets       → RunOnServer "true" + step TargetRoles
//   on each deployment target              → RunOnServer "false" + step TargetRoles
// and the pool as WorkerPoolId (null = the default pool, R11) or WorkerPoolVariable, never both.
import type { DeploymentAction, DeploymentProcess, DeploymentStep, Project } from '../../src/api/schemas';
import { SEEDED_AT, SEEDED_BY, SPACE_ID, slugify } from './builders';
import type { Rng } from './rng';

export type PoolChoice = { poolId: string } | { variable: string };

export interface StepOptions {
  name: string;
  /** Target roles, stored on the step (comma-joined). */
  roles?: string[];
  /** Omitted = no pool selected, which resolves to the default pool (R11). */
  pool?: PoolChoice;
  /** Environment ids the step is limited to; empty = all. */
  environments?: string[];
  notes?: string;
}

interface ActionExtras {
  packages?: Record<string, unknown>[];
}

export function step(rng: Rng, o: StepOptions, actionType: string, properties: Record<string, string>, extras: ActionExtras = {}): DeploymentStep {
  const stepId = rng.guid();
  const packages = extras.packages ?? [];
  const action: DeploymentAction = {
    Id: rng.guid(),
    Name: o.name,
    Slug: slugify(o.name),
    ActionType: actionType,
    Notes: o.notes ?? null,
    IsDisabled: false,
    IsRequired: false,
    CanBeUsedForProjectVersioning: packages.length > 0,
    WorkerPoolId: o.pool && 'poolId' in o.pool ? o.pool.poolId : null,
    WorkerPoolVariable: o.pool && 'variable' in o.pool ? o.pool.variable : null,
    Container: { FeedId: null, Image: null },
    Environments: [...(o.environments ?? [])],
    ExcludedEnvironments: [],
    Channels: [],
    TenantTags: [],
    Packages: packages,
    GitDependencies: [],
    Condition: 'Success',
    Properties: properties,
    Links: {},
  };
  return {
    Id: stepId,
    Name: o.name,
    Slug: slugify(o.name),
    PackageRequirement: 'LetOctopusDecide',
    Properties: o.roles && o.roles.length > 0 ? { 'Octopus.Action.TargetRoles': o.roles.join(',') } : {},
    Condition: 'Success',
    StartTrigger: 'StartAfterPrevious',
    Actions: [action],
  };
}

/**
 * A step with child steps, as Octopus stores one: the parent step holds the name and the target roles, and
 * each child is one of its `Actions`, with its own name, RunOnServer and pool. `children` are built as
 * ordinary steps (without roles) and their actions taken in order.
 */
export function parentStep(rng: Rng, o: { name: string; roles: string[] }, children: DeploymentStep[]): DeploymentStep {
  return {
    Id: rng.guid(),
    Name: o.name,
    Slug: slugify(o.name),
    PackageRequirement: 'LetOctopusDecide',
    Properties: { 'Octopus.Action.TargetRoles': o.roles.join(',') },
    Condition: 'Success',
    StartTrigger: 'StartAfterPrevious',
    Actions: children.flatMap((c) => c.Actions),
  };
}

export function project(n: number, name: string, description: string): Project {
  return {
    Id: `Projects-${n}`,
    SpaceId: SPACE_ID,
    Name: name,
    Slug: slugify(name),
    Description: description,
    DeploymentProcessId: `deploymentprocess-Projects-${n}`,
    VariableSetId: `variableset-Projects-${n}`,
    ProjectGroupId: 'ProjectGroups-1',
    LifecycleId: 'Lifecycles-1',
    IsDisabled: false,
    IsVersionControlled: false,
    PersistenceSettings: { Type: 'Database' },
    AutoCreateRelease: false,
    DiscreteChannelRelease: false,
    TenantedDeploymentMode: 'Untenanted',
    IncludedLibraryVariableSetIds: [],
    ClonedFromProjectId: null,
    LastModifiedOn: SEEDED_AT,
    LastModifiedBy: SEEDED_BY,
    Links: {},
  };
}

/** `version` is where optimistic concurrency starts: a seeded process has been saved a few times already. */
export function deploymentProcess(projectN: number, version: number, steps: DeploymentStep[]): DeploymentProcess {
  return {
    Id: `deploymentprocess-Projects-${projectN}`,
    SpaceId: SPACE_ID,
    ProjectId: `Projects-${projectN}`,
    Version: version,
    LastSnapshotId: null,
    Steps: steps,
    Links: {},
  };
}

/** A project and its process together, since every project has exactly one. */
export function projectWithProcess(n: number, name: string, description: string, version: number, steps: DeploymentStep[]) {
  return { project: project(n, name, description), process: deploymentProcess(n, version, steps) };
}

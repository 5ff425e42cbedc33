// The ONE list of where the fake knowingly differs from Octopus's swagger 2021.2 (2021.2.4488), each with the
// version that made the difference and why. The contract test (mocks/tests/contract-*.test.ts) accepts
// exactly these differences and nothing else; keep it short. "First seen in" names the oldest source we
// could check when the exact release that added a field is not documented.
import type { SchemaNode } from './swagger-validator';

const str: SchemaNode = { type: 'string' };

export interface Addition {
  schema: SchemaNode;
  /** The Octopus version that added it (or the oldest source showing it). */
  since: string;
  why: string;
}

const slug = (what: string): Addition => ({
  schema: str,
  since: 'after 2021.2; first seen in the 2024.3 API reference (REF26) and OctopusClients',
  why: `Octopus gives ${what} a URL-safe slug; register-worker resolves pools by slug, so the portal keeps it.`,
});
const targetType: Addition = {
  schema: str,
  since: '2022.1 (step-package deployment targets; REF26 says the server now keys off it)',
  why: 'Newer servers send it on cloud-target endpoints; the portal names a target kind by it when the style is unfamiliar.',
};

const git = (what: string): Addition => ({
  schema: str,
  since: '2021.2 (Config as Code; the 2021.2 swagger declares only Type, OctopusClients GitPersistenceSettingsResource has the rest)',
  why: `A version-controlled project's ${what}; the portal reads its process from the default branch.`,
});

/** Fields Octopus sends that 2021.2's swagger does not declare, by definition. */
export const ADDED: Readonly<Record<string, Readonly<Record<string, Addition>>>> = {
  WorkerResource: { Slug: slug('each worker') },
  StaticWorkerPoolResource: { Slug: slug('each worker pool') },
  DynamicWorkerPoolResource: { Slug: slug('each worker pool') },
  DeploymentTargetResource: { Slug: slug('each deployment target') },
  SpaceResource: { Slug: slug('each space') },
  EnvironmentResource: { Slug: slug('each environment') },
  SshKeyPairAccountResource: { Slug: slug('each account') },
  UsernamePasswordAccountResource: { Slug: slug('each account') },
  AzureServicePrincipalAccountResource: { Slug: slug('each account') },
  AmazonWebServicesAccountResource: { Slug: slug('each account') },
  MachinePolicyResource: { Slug: slug('each machine policy') },
  DeploymentStepResource: { Slug: slug('each step') },
  DeploymentActionResource: { Slug: slug('each action') },
  CloudRegionEndpointResource: { DeploymentTargetTypeId: targetType },
  AzureWebAppEndpointResource: { DeploymentTargetTypeId: targetType },
  KubernetesEndpointResource: { DeploymentTargetTypeId: targetType },
  PersistenceSettingsResource: { Url: git('repository URL'), DefaultBranch: git('default branch'), BasePath: git('folder in the repository') },
};

/** Declared fields the fake leaves out, by definition, and why. */
export const OMITTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // octopus-api.md §2.2: Octopus writes only the members of an error that apply.
  Error: {
    Details: 'only on validation errors that name fields',
    FullException: 'only on server errors',
    HelpLink: 'only where Octopus has a help page for the error',
    HelpText: 'only on permission errors',
    ParsedHelpLinks: 'only where HelpText holds links',
  },
  UserResource: { Password: 'write-only: a server never sends a password back' },
};

/** Definitions whose C# type has a custom JSON converter, so the wire form differs from the declared object. */
export const SERIALIZED_AS: Readonly<Record<string, { forms: readonly SchemaNode[]; why: string }>> = {
  PropertyValueResource: {
    forms: [str, { $ref: '#/definitions/SensitiveValue' }],
    why: 'PropertyValueResource is written as its plain string, or as the SensitiveValue object for a secret (octopus-api.md §2.8, GO property_value.go).',
  },
};

/**
 * Swagger 2021.2 marks no field of these definitions required, yet a server always sends them: value types
 * (booleans, numbers, enums) are always serialized, and these reference fields are always set on a stored
 * resource. The portal's schemas may rely on them; every other field may be null or absent.
 */
export const ALWAYS_SENT: Readonly<Record<string, readonly string[]>> = {
  Resource: ['Id', 'Links'],
  WorkerResource: ['SpaceId', 'Name', 'Endpoint', 'WorkerPoolIds'],
  WorkerPoolResource: ['SpaceId', 'Name'],
  DeploymentTargetResource: ['SpaceId', 'Name', 'Endpoint', 'EnvironmentIds', 'Roles'],
  EndpointResource: ['CommunicationStyle'],
  ListeningTentacleEndpointResource: ['Uri', 'Thumbprint'],
  PollingTentacleEndpointResource: ['Uri', 'Thumbprint'],
  SshEndpointResource: ['Host', 'Fingerprint'],
  MachinePolicyResource: ['SpaceId', 'Name'],
  EnvironmentResource: ['SpaceId', 'Name'],
  AccountResource: ['SpaceId', 'Name'],
  ProjectResource: ['SpaceId', 'Name', 'DeploymentProcessId'],
  DeploymentProcessResource: ['SpaceId'],
  DeploymentStepResource: ['Id', 'Name', 'Properties', 'Actions'],
  // Collections a resource's constructor initialises (OC ReferenceCollection): never null.
  DeploymentActionResource: ['Id', 'Name', 'ActionType', 'Properties', 'Environments', 'ExcludedEnvironments', 'Channels', 'TenantTags', 'Packages'],
  TaskResource: ['Name', 'Description', 'Arguments'],
  SpaceResource: ['Name'],
  UserResource: ['Username'],
  UserPermissionSetResource: ['SpacePermissions', 'SystemPermissions', 'Teams'],
  RootResource: ['Application', 'Version', 'ApiVersion'],
  WorkerPoolSummaryResource: ['WorkerPool', 'MachineHealthStatusSummaries', 'MachineEndpointSummaries'],
  WorkerPoolsSummaryResource: ['MachineHealthStatusSummaries', 'MachineEndpointSummaries', 'WorkerPoolSummaries'],
  MachineConnectionStatus: ['MachineId', 'Status'],
  // A discovered machine is what the server found at the address: always its endpoint.
  MachineResource: ['Endpoint'],
  // Every Octopus error says what went wrong (octopus-api.md §2.2).
  Error: ['ErrorMessage'],
  ActivityLogElement: ['Category', 'MessageText', 'OccurredAt'],
  ResourceCollection: ['ItemType', 'Items'],
  WorkerPoolSupportedTypesResource: ['SupportedPoolTypes'],
  WorkerPoolDynamicWorkerTypesResource: ['WorkerTypes'],
  DynamicWorkerType: ['Id', 'Type', 'Description'],
  ProjectedTeamReferenceDataItem: ['Id', 'Name'],
  UserPermissionRestriction: [],
  SensitiveValue: [],
};

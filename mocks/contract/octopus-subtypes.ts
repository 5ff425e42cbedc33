// The subtypes Octopus's swagger 2021.2 flattens into their base (its generator emitted EndpointResource,
// WorkerPoolResource and AccountResource only), written out in swagger's own form from Octopus's C# client
// models (OctopusDeploy/OctopusClients `source/Octopus.Server.Client/Model/**`, octopus-api.md §2.4–2.5), so
// a Listening Tentacle is checked against a Listening Tentacle's fields and not just the base's.
import type { SchemaNode } from './swagger-validator';

const str: SchemaNode = { type: 'string' };
const int: SchemaNode = { format: 'int32', type: 'integer' };
const bool: SchemaNode = { type: 'boolean' };
const ref = (name: string): SchemaNode => ({ $ref: `#/definitions/${name}` });
/** An object Octopus types as an interface with kinds of its own (e.g. Kubernetes authentication). */
const anyObject: SchemaNode = { type: 'object' };

type Definitions = Readonly<Record<string, SchemaNode>>;

const extend = (base: SchemaNode | undefined, own: Record<string, SchemaNode>): SchemaNode => ({
  type: 'object',
  properties: { ...(base?.properties ?? {}), ...own },
});

/** Subtype definitions built on the swagger's own bases. */
export function subtypeDefinitions(swagger: Definitions): Definitions {
  const endpoint = swagger.EndpointResource;
  const tentacle = { Thumbprint: str, TentacleVersionDetails: ref('TentacleDetailsResource'), CertificateSignatureAlgorithm: str, Uri: str };
  const pool = swagger.WorkerPoolResource;
  const account = swagger.AccountResource;
  return {
    // OC TentacleDetailsResource.cs (the Kubernetes agent fields came later, with the agent, 2024.1).
    TentacleDetailsResource: extend(undefined, { UpgradeLocked: bool, Version: str, UpgradeSuggested: bool, UpgradeRequired: bool, UpgradeAvailable: bool }),
    ListeningTentacleEndpointResource: extend(endpoint, { ...tentacle, ProxyId: str }),
    PollingTentacleEndpointResource: extend(endpoint, tentacle),
    SshEndpointResource: extend(endpoint, { AccountId: str, Host: str, Port: int, Fingerprint: str, Uri: str, ProxyId: str, DotNetCorePlatform: str }),
    CloudRegionEndpointResource: extend(endpoint, { DefaultWorkerPoolId: str }),
    AzureWebAppEndpointResource: extend(endpoint, { AccountId: str, ResourceGroupName: str, WebAppName: str, WebAppSlotName: str, DefaultWorkerPoolId: str }),
    KubernetesEndpointResource: extend(endpoint, {
      ClusterCertificate: str, ClusterCertificatePath: str, ClusterUrl: str, Namespace: str, SkipTlsVerification: str, ProxyId: str,
      ContainerOptions: str, DefaultWorkerPoolId: str, Authentication: anyObject, Container: ref('DeploymentActionContainerResource'),
    }),
    // OC StaticWorkerPoolResource / DynamicWorkerPoolResource: only a dynamic pool has a worker type.
    StaticWorkerPoolResource: extend(pool, {}),
    DynamicWorkerPoolResource: extend(pool, { WorkerType: str }),
    // OC Model/Accounts/*.cs; secrets are SensitiveValue objects that never carry the secret back.
    SshKeyPairAccountResource: extend(account, { Username: str, PrivateKeyFile: ref('SensitiveValue'), PrivateKeyPassphrase: ref('SensitiveValue') }),
    UsernamePasswordAccountResource: extend(account, { Username: str, Password: ref('SensitiveValue') }),
    AzureServicePrincipalAccountResource: extend(account, {
      SubscriptionNumber: str, ClientId: str, TenantId: str, Password: ref('SensitiveValue'), AzureEnvironment: str,
      ResourceManagementEndpointBaseUri: str, ActiveDirectoryEndpointBaseUri: str,
    }),
    AmazonWebServicesAccountResource: extend(account, { AccessKey: str, SecretKey: ref('SensitiveValue') }),
  };
}

/** Which subtype describes a value of a polymorphic base, by its discriminator. */
export const POLYMORPHIC: Readonly<Record<string, { discriminator: string; subtypes: Readonly<Record<string, string>> }>> = {
  EndpointResource: {
    discriminator: 'CommunicationStyle',
    subtypes: {
      TentaclePassive: 'ListeningTentacleEndpointResource',
      TentacleActive: 'PollingTentacleEndpointResource',
      Ssh: 'SshEndpointResource',
      None: 'CloudRegionEndpointResource',
      AzureWebApp: 'AzureWebAppEndpointResource',
      Kubernetes: 'KubernetesEndpointResource',
    },
  },
  WorkerPoolResource: {
    discriminator: 'WorkerPoolType',
    subtypes: { StaticWorkerPool: 'StaticWorkerPoolResource', DynamicWorkerPool: 'DynamicWorkerPoolResource' },
  },
  AccountResource: {
    discriminator: 'AccountType',
    subtypes: {
      SshKeyPair: 'SshKeyPairAccountResource',
      UsernamePassword: 'UsernamePasswordAccountResource',
      AzureServicePrincipal: 'AzureServicePrincipalAccountResource',
      AmazonWebServicesAccount: 'AmazonWebServicesAccountResource',
    },
  },
};

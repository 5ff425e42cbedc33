// Deployment targets (`/machines`): Listening Tentacles that package steps deploy to, and cloud targets
// that steps run on a worker on behalf of. Cloud targets may name their own default pool (R12); Octopus
// serializes "none" as an empty string or null, so the seeds use both.
import type { DeploymentTarget, HealthStatus, TargetEndpoint } from '../../src/api/schemas';
import { DEFAULT_POLICY_ID, SEEDED_AT, SEEDED_BY, SPACE_ID, slugify } from './builders';
import { hostDetails, statusSummary, tentacleVersionDetails, type HostDetails, type Os } from './machine-details';
import type { Rng } from './rng';

interface TargetBase {
  /** `Machines-n`. */
  n: number;
  name: string;
  roles: string[];
  environmentIds: string[];
  health?: HealthStatus;
  disabled?: boolean;
}

function target(base: TargetBase, endpoint: TargetEndpoint, host: HostDetails | null): DeploymentTarget {
  const health = base.health ?? 'Healthy';
  return {
    Id: `Machines-${base.n}`,
    SpaceId: SPACE_ID,
    Name: base.name,
    Slug: slugify(base.name),
    Endpoint: endpoint,
    EnvironmentIds: [...base.environmentIds],
    Roles: [...base.roles],
    MachinePolicyId: DEFAULT_POLICY_ID,
    IsDisabled: base.disabled ?? false,
    HealthStatus: health,
    StatusSummary: statusSummary(health, 'target'),
    HasLatestCalamari: true,
    IsInProcess: false,
    TenantedDeploymentParticipation: 'Untenanted',
    TenantIds: [],
    TenantTags: [],
    Thumbprint: endpoint.Thumbprint ?? null,
    Uri: endpoint.Uri ?? null,
    // Cloud targets have no host of their own: their steps run on a worker.
    ...(host ?? { OperatingSystem: 'Unknown', ShellName: 'Unknown', ShellVersion: 'Unknown', Architecture: 'Unknown' }),
    LastModifiedOn: SEEDED_AT,
    LastModifiedBy: SEEDED_BY,
    Links: {},
  };
}

const endpointCommon = { Id: null, LastModifiedOn: null, LastModifiedBy: null, Links: {} };

export function listeningTarget(rng: Rng, base: TargetBase & { host: string; os: Os }): DeploymentTarget {
  const health = base.health ?? 'Healthy';
  const endpoint = { ...endpointCommon, CommunicationStyle: 'TentaclePassive', Uri: `https://${base.host}:10933/`,
    Thumbprint: rng.hex(40, true), ProxyId: null, CertificateSignatureAlgorithm: 'sha256RSA',
    TentacleVersionDetails: tentacleVersionDetails(health === 'Unknown' ? null : undefined) };
  return target(base, endpoint, hostDetails(base.os, health));
}

export function azureWebAppTarget(
  base: TargetBase & { accountId: string; resourceGroup: string; webApp: string; defaultPoolId: string | null },
): DeploymentTarget {
  return target(base, { ...endpointCommon, CommunicationStyle: 'AzureWebApp', DeploymentTargetTypeId: 'AzureWebApp',
    AccountId: base.accountId, ResourceGroupName: base.resourceGroup, WebAppName: base.webApp, WebAppSlotName: '',
    DefaultWorkerPoolId: base.defaultPoolId }, null);
}

export function cloudRegionTarget(base: TargetBase & { defaultPoolId: string | null }): DeploymentTarget {
  return target(base, { ...endpointCommon, CommunicationStyle: 'None', DeploymentTargetTypeId: 'CloudRegion',
    DefaultWorkerPoolId: base.defaultPoolId }, null);
}

export function kubernetesTarget(
  base: TargetBase & { clusterUrl: string; namespace: string; accountId: string; cluster: string; resourceGroup: string; defaultPoolId: string | null },
): DeploymentTarget {
  return target(base, { ...endpointCommon, CommunicationStyle: 'Kubernetes', DeploymentTargetTypeId: 'Kubernetes',
    ClusterUrl: base.clusterUrl, Namespace: base.namespace, SkipTlsVerification: 'False', ClusterCertificate: null,
    ProxyId: null, RunningInContainer: false, Container: { Image: null, FeedId: null },
    Authentication: { AuthenticationType: 'KubernetesAzure', AccountId: base.accountId, ClusterName: base.cluster,
      ClusterResourceGroup: base.resourceGroup, AdminLogin: 'False' },
    DefaultWorkerPoolId: base.defaultPoolId }, null);
}

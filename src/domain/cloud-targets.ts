// R12: which deployment targets are cloud targets, and the default worker pool each one names.
import type { DeploymentTarget } from '../api/schemas';

export type TargetLike = Pick<DeploymentTarget, 'Id' | 'Name' | 'Roles' | 'IsDisabled' | 'EnvironmentIds'> & {
  Endpoint: Pick<DeploymentTarget['Endpoint'], 'CommunicationStyle' | 'DefaultWorkerPoolId'> & {
    DeploymentTargetTypeId?: unknown;
  };
};

// The endpoints whose resource declares `DefaultWorkerPoolId`: Octopus.Client's CloudRegion (`None`),
// AzureWebApp, AzureCloudService, AzureServiceFabricCluster, Kubernetes and StepPackage endpoint resources,
// and AwsEcsCluster (octopus-api.md §2.4). The 2021.2 swagger only describes the base EndpointResource, so
// it can't settle this. An allow-list, as Octopus has: a style not listed (Tentacle, SSH, Kubernetes agent,
// FTP, offline drop, or one newer than this list) runs its steps itself and names no pool.
const CLOUD_TARGET_STYLES: ReadonlySet<string> = new Set([
  'None',
  'AzureWebApp',
  'AzureCloudService',
  'AzureServiceFabricCluster',
  'Kubernetes',
  'StepPackage',
  'AwsEcsCluster',
]);

/** R12: the one rule for which targets may name their own default pool; the fake server calls it too. */
export function isCloudTarget(target: { Endpoint: Pick<TargetLike['Endpoint'], 'CommunicationStyle'> }): boolean {
  return CLOUD_TARGET_STYLES.has(target.Endpoint.CommunicationStyle);
}

/** R12: the cloud target's own default pool; '' and null (servers send both) mean it names none. */
export function targetDefaultPoolId(target: Pick<TargetLike, 'Endpoint'>): string | undefined {
  if (!isCloudTarget(target)) return undefined;
  const id = target.Endpoint.DefaultWorkerPoolId?.trim();
  return id ? id : undefined;
}

const KIND_LABELS: Record<string, string> = {
  TentaclePassive: 'Listening Tentacle',
  TentacleActive: 'Polling Tentacle',
  Ssh: 'SSH Connection',
  OfflineDrop: 'Offline Package Drop',
  None: 'Cloud Region',
  AzureWebApp: 'Azure Web App',
  AzureCloudService: 'Azure Cloud Service',
  AzureServiceFabricCluster: 'Azure Service Fabric Cluster',
  Kubernetes: 'Kubernetes',
  KubernetesTentacle: 'Kubernetes Agent',
  AwsEcsCluster: 'Amazon ECS Cluster',
};

/** "Azure Web App", "Kubernetes", …: how Octopus names the kind of target. */
export function targetKindLabel(target: Pick<TargetLike, 'Endpoint'>): string {
  const { CommunicationStyle: style, DeploymentTargetTypeId: typeId } = target.Endpoint;
  return KIND_LABELS[style] ?? (typeof typeId === 'string' && typeId ? typeId : style);
}

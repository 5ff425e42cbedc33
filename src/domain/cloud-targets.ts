// R12: which deployment targets are cloud targets, and the default worker pool each one names.
import type { DeploymentTarget } from '../api/schemas';

export type TargetLike = Pick<DeploymentTarget, 'Id' | 'Name' | 'Roles' | 'IsDisabled' | 'EnvironmentIds'> & {
  Endpoint: Pick<DeploymentTarget['Endpoint'], 'CommunicationStyle' | 'DefaultWorkerPoolId'> & {
    DeploymentTargetTypeId?: unknown;
  };
};

// Tentacles and SSH machines run steps themselves and have no default pool; every other endpoint is reached
// from a worker (octopus-api.md §2.4, §3.3), so it is a cloud target that may name its own pool.
const RUNS_ITS_OWN_STEPS = new Set([
  'TentaclePassive',
  'TentacleActive',
  'Ssh',
  'OfflineDrop',
  'KubernetesTentacle',
  'Ftp',
]);

export function isCloudTarget(target: Pick<TargetLike, 'Endpoint'>): boolean {
  return !RUNS_ITS_OWN_STEPS.has(target.Endpoint.CommunicationStyle);
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

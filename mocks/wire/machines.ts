// Workers, deployment targets and their endpoints as Octopus serializes them (swagger 2021.2 WorkerResource,
// DeploymentTargetResource, MachineResource; endpoint subtypes from OctopusClients, octopus-api.md §2.3–2.4).
import type { DeploymentTarget, Worker } from '../../src/api/schemas';
import { AUDIT, shape, type Fields } from './shape';

const ENDPOINT_BASE: Fields = { CommunicationStyle: null, Id: null, ...AUDIT, Links: {} };
const TENTACLE_DETAILS: Fields = { UpgradeLocked: false, Version: null, UpgradeSuggested: false, UpgradeRequired: false, UpgradeAvailable: false };
const TENTACLE: Fields = { Thumbprint: null, TentacleVersionDetails: null, CertificateSignatureAlgorithm: null, Uri: null };

export const ENDPOINT_FIELDS: Readonly<Record<string, Fields>> = {
  TentaclePassive: { ...ENDPOINT_BASE, ...TENTACLE, ProxyId: null },
  TentacleActive: { ...ENDPOINT_BASE, ...TENTACLE },
  Ssh: { ...ENDPOINT_BASE, AccountId: null, Host: null, Port: 22, Fingerprint: null, Uri: null, ProxyId: null, DotNetCorePlatform: null },
  None: { ...ENDPOINT_BASE, DefaultWorkerPoolId: null, DeploymentTargetTypeId: 'CloudRegion' },
  AzureWebApp: {
    ...ENDPOINT_BASE, AccountId: null, ResourceGroupName: null, WebAppName: null, WebAppSlotName: null, DefaultWorkerPoolId: null,
    DeploymentTargetTypeId: 'AzureWebApp',
  },
  Kubernetes: {
    ...ENDPOINT_BASE, ClusterCertificate: null, ClusterCertificatePath: null, ClusterUrl: null, Namespace: null, SkipTlsVerification: null,
    ProxyId: null, ContainerOptions: null, DefaultWorkerPoolId: null, Authentication: null, Container: null, DeploymentTargetTypeId: 'Kubernetes',
  },
};

export function presentEndpoint(endpoint: { CommunicationStyle: string }): Worker['Endpoint'] {
  const fields = ENDPOINT_FIELDS[endpoint.CommunicationStyle];
  if (!fields) return endpoint as Worker['Endpoint']; // a kind the fake never creates: passed on as stored
  const out = shape<Record<string, unknown>>(endpoint, fields);
  if ('TentacleVersionDetails' in fields) out.TentacleVersionDetails = shape(out.TentacleVersionDetails ?? {}, TENTACLE_DETAILS);
  if (endpoint.CommunicationStyle === 'Ssh') out.Uri = `ssh://${String(out.Host)}:${String(out.Port)}/`; // read-only, derived (OC)
  return out as Worker['Endpoint'];
}

type MachineLike = Pick<Worker, 'IsDisabled' | 'HealthStatus'> & { HasLatestCalamari?: boolean | undefined };

/** The legacy `Status` (obsolete since 3.4, still serialized; OC MachineModelStatus). */
export function legacyStatus(m: MachineLike): string {
  if (m.IsDisabled) return 'Disabled';
  if (m.HealthStatus === 'Unknown') return 'Unknown';
  if (m.HealthStatus === 'Unavailable' || m.HealthStatus === 'Unhealthy') return 'Offline';
  return m.HasLatestCalamari === false ? 'CalamariNeedsUpgrade' : 'Online';
}

const MACHINE: Fields = {
  Id: null, Name: null, Endpoint: null, MachinePolicyId: null, IsDisabled: false, HealthStatus: 'Unknown', Status: null, StatusSummary: null,
  HasLatestCalamari: true, IsInProcess: false, Thumbprint: null, Uri: null, OperatingSystem: 'Unknown', ShellName: 'Unknown',
  ShellVersion: 'Unknown', Architecture: 'Unknown', ...AUDIT, Links: {},
};
const WORKER: Fields = { ...MACHINE, SpaceId: null, Slug: null, WorkerPoolIds: [] };
const TARGET: Fields = {
  ...MACHINE, SpaceId: null, Slug: null, EnvironmentIds: [], Roles: [], TenantedDeploymentParticipation: 'Untenanted', TenantIds: [], TenantTags: [],
};

function machine<T extends MachineLike & { Endpoint: { CommunicationStyle: string } }>(m: T, fields: Fields): T {
  const ep = m.Endpoint as { Thumbprint?: string | null; Uri?: string | null };
  const out = shape<T>({ ...m, Status: legacyStatus(m), Thumbprint: m['Thumbprint' as keyof T] ?? ep.Thumbprint ?? null, Uri: m['Uri' as keyof T] ?? ep.Uri ?? null }, fields);
  return { ...out, Endpoint: presentEndpoint(m.Endpoint) };
}

export const wireWorker = (w: Worker): Worker => machine(w, WORKER);
export const wireTarget = (t: DeploymentTarget): DeploymentTarget => machine(t, TARGET) as DeploymentTarget;
/** /workers/discover answers a MachineResource: a machine not yet saved, so no space, slug or pools. */
export const wireDiscovered = (w: Worker): unknown => machine(w, MACHINE);

// Builds workers as a real server serializes them (R1, octopus-api.md §2.3–2.4): the endpoint per
// communication style, the legacy Thumbprint/Uri copies, and what the last health check reported.
import type { HealthStatus, Worker, WorkerCommStyle, WorkerEndpoint } from '../../src/api/schemas';
import { DEFAULT_POLICY_ID, SEEDED_AT, SEEDED_BY, SPACE_ID, slugify } from './builders';
import { hostDetails, statusSummary, sshFingerprint, tentacleVersionDetails, type Os } from './machine-details';
import type { Rng } from './rng';

export interface WorkerSpec {
  /** `Workers-n`. */
  n: number;
  name: string;
  poolIds: string[];
  style: WorkerCommStyle;
  os: Os;
  health: HealthStatus;
  /** Defaults to `<name>.corp.local`. */
  host?: string;
  policyId?: string;
  disabled?: boolean;
  calamariOutdated?: boolean;
  /** Tentacles: the installed version; older than the current one means an upgrade is suggested. */
  tentacleVersion?: string;
  /** SSH: the account that logs in (an SSH key pair or username/password account). */
  accountId?: string;
  /** SSH: self-contained Calamari platform; null runs Calamari on Mono. */
  platform?: string | null;
  /** Replaces the summary derived from the health status. */
  summary?: string;
  /** A known thumbprint (the legacy external worker's comes from the seed document). */
  thumbprint?: string;
}

// Object literals without spreads throughout: on Node 20 a spread into a literal costs ~5 µs, which the
// large scenario's 10,000 workers turn into most of its seed time.
function endpoint(rng: Rng, spec: WorkerSpec, host: string, thumbprint: string): WorkerEndpoint {
  const version = spec.health === 'Unknown' ? null : spec.tentacleVersion;
  switch (spec.style) {
    case 'TentaclePassive':
      return { CommunicationStyle: 'TentaclePassive', Uri: `https://${host}:10933/`, Thumbprint: thumbprint, ProxyId: null,
        CertificateSignatureAlgorithm: 'sha256RSA', TentacleVersionDetails: tentacleVersionDetails(version),
        Id: null, LastModifiedOn: null, LastModifiedBy: null, Links: {} };
    case 'TentacleActive':
      return { CommunicationStyle: 'TentacleActive', Uri: `poll://${rng.alnum(20)}/`, Thumbprint: thumbprint,
        CertificateSignatureAlgorithm: 'sha256RSA', TentacleVersionDetails: tentacleVersionDetails(version),
        Id: null, LastModifiedOn: null, LastModifiedBy: null, Links: {} };
    case 'Ssh':
      return { CommunicationStyle: 'Ssh', Host: host, Port: 22, Fingerprint: sshFingerprint(rng, spec.n),
        AccountId: spec.accountId ?? null, DotNetCorePlatform: spec.platform ?? null, Uri: `ssh://${host}:22/`,
        ProxyId: null, HostKeyAlgorithm: spec.n % 2 === 0 ? 'ssh-ed25519' : 'ssh-rsa',
        Id: null, LastModifiedOn: null, LastModifiedBy: null, Links: {} };
  }
}

export function worker(rng: Rng, spec: WorkerSpec): Worker {
  const host = spec.host ?? `${spec.name}.corp.local`;
  // SSH machines authenticate with a host key fingerprint instead of a certificate thumbprint.
  const thumbprint = spec.style === 'Ssh' ? null : (spec.thumbprint ?? rng.hex(40, true));
  const ep = endpoint(rng, spec, host, thumbprint ?? '');
  const details = hostDetails(spec.os, spec.health, spec.platform);
  return {
    Id: `Workers-${spec.n}`,
    SpaceId: SPACE_ID,
    Name: spec.name,
    Slug: slugify(spec.name),
    Endpoint: ep,
    WorkerPoolIds: [...spec.poolIds],
    MachinePolicyId: spec.policyId ?? DEFAULT_POLICY_ID,
    IsDisabled: spec.disabled ?? false,
    HealthStatus: spec.health,
    StatusSummary: spec.summary ?? statusSummary(spec.health, 'worker'),
    HasLatestCalamari: !spec.calamariOutdated,
    IsInProcess: false,
    SkipInitialHealthCheck: false,
    Thumbprint: thumbprint,
    Uri: ep.Uri ?? null,
    OperatingSystem: details.OperatingSystem,
    ShellName: details.ShellName,
    ShellVersion: details.ShellVersion,
    Architecture: details.Architecture,
    LastModifiedOn: SEEDED_AT,
    LastModifiedBy: SEEDED_BY,
    Links: {},
  };
}

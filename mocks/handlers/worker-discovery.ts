// GET /workers/discover?host=&port=&type= (octopus-api.md §1.3): the server contacts the address and answers
// with an unsaved worker carrying what it found. The fake "finds" the scenario's `discoverable` entry for
// host:port, else a key derived from the address, so the same host always answers the same way.
import { WORKER_COMM_STYLES, type Worker } from '../../src/api/schemas';
import { validateFingerprint, validateHost, validatePort } from '../../src/domain/validation';
import { badRequest, type Ctx } from '../http';
import { derivedFingerprint, derivedHex } from '../worker-model';

/** A scenario's `discoverable` entry may hold a hex thumbprint; an SSH host answers with a key fingerprint. */
const fingerprintOf = (known: string | undefined, address: string) =>
  known && !validateFingerprint(known) ? known : derivedFingerprint(address);

const DEFAULT_PORTS = { TentaclePassive: 10933, Ssh: 22 } as const;

export function discoverWorker(ctx: Ctx): Omit<Worker, 'Id'> & { Id: null } {
  const host = (ctx.query.get('host') ?? '').trim();
  const hostError = validateHost(host);
  if (hostError) throw badRequest([{ field: 'host', message: hostError }]);
  const type = ctx.query.get('type') ?? 'TentaclePassive';
  const style = WORKER_COMM_STYLES.find((s) => s.toLowerCase() === type.toLowerCase());
  if (!style) throw badRequest([{ field: 'type', message: `Cannot discover a machine of type "${type}". Use TentaclePassive or Ssh.` }]);
  // UNVERIFIED: a polling Tentacle cannot be reached from the server, so there is nothing to discover; it
  // registers itself (Tentacle register-worker). We refuse instead of inventing an endpoint.
  if (style === 'TentacleActive')
    throw badRequest([{ field: 'type', message: 'Polling Tentacles cannot be discovered: register them from the Tentacle (register-worker).' }]);
  const port = ctx.query.has('port') ? Number(ctx.query.get('port')) : DEFAULT_PORTS[style];
  const portError = validatePort(port);
  if (portError) throw badRequest([{ field: 'port', message: portError }]);

  const address = `${host.toLowerCase()}:${port}`;
  const known = Object.entries(ctx.db.discoverable).find(([key]) => key.toLowerCase() === address)?.[1];
  const endpoint: Worker['Endpoint'] = style === 'Ssh'
    ? {
        CommunicationStyle: 'Ssh', Host: host, Port: port, Fingerprint: fingerprintOf(known?.thumbprint, address),
        Uri: `ssh://${host}:${port}/`, AccountId: null, DotNetCorePlatform: null, HostKeyAlgorithm: 'ssh-ed25519', ProxyId: null,
      }
    : {
        CommunicationStyle: 'TentaclePassive', Uri: `https://${host.toLowerCase()}:${port}/`,
        Thumbprint: known?.thumbprint ?? derivedHex(address, 40), ProxyId: null,
        TentacleVersionDetails: { UpgradeLocked: false, Version: '8.1.2', UpgradeSuggested: false, UpgradeRequired: false, UpgradeAvailable: false },
      };
  return {
    Id: null, SpaceId: ctx.spaceId, Name: known?.name ?? host, Slug: null, Endpoint: endpoint, WorkerPoolIds: [],
    MachinePolicyId: ctx.db.machinePolicies.find((p) => p.IsDefault)?.Id ?? null, IsDisabled: false,
    HealthStatus: 'Unknown', StatusSummary: null, HasLatestCalamari: true, Thumbprint: null, Uri: null, Links: {},
  };
}

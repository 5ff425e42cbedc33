// What the server fills in when a worker is created or saved (octopus-api.md §2.3, §2.4), and what
// /workers/discover finds at an address. Kept apart from the handlers so both POST and PUT share it.
import type { Worker, WorkerCommand } from '../src/api/schemas';
import { mergeEndpoint, type EndpointChanges } from './endpoint-command';
import type { Ctx } from './http';

/** `Default Worker Pool` → `default-worker-pool`. */
export function kebab(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
}

/** Octopus keeps slugs unique per space; a clash gets a numeric suffix. */
export function uniqueSlug(wanted: string, others: ReadonlyArray<{ Id: string; Slug?: string | null | undefined }>, selfId?: string): string {
  const taken = new Set(others.filter((o) => o.Id !== selfId).map((o) => (o.Slug ?? '').toLowerCase()));
  let slug = wanted;
  for (let n = 1; taken.has(slug.toLowerCase()); n += 1) slug = `${wanted}-${n}`;
  return slug;
}

/** Deterministic hex from text (FNV-1a, re-seeded per 8 characters): the same host always "has" the same key. */
export function derivedHex(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round += 1) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${round}:${text}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length).toUpperCase();
}

/** An OpenSSH SHA256 fingerprint (43 base64 characters) derived from the address. */
export function derivedFingerprint(address: string): string {
  const hex = derivedHex(address, 64);
  const bytes = String.fromCharCode(...(hex.match(/../g) ?? []).map((b) => parseInt(b, 16)));
  return `SHA256:${btoa(bytes).replace(/=+$/, '')}`;
}

/** The writeable fields of a command applied to a worker (new or existing); the rest is the server's. */
export function applyWorkerCommand(ctx: Ctx, command: WorkerCommand & { endpointChanges: EndpointChanges }, base: Worker, isNew: boolean): Worker {
  const endpoint = mergeEndpoint(isNew ? undefined : base.Endpoint, command.endpointChanges);
  const ep = endpoint as { Thumbprint?: string | null; Uri?: string | null };
  const pools = command.WorkerPoolIds.map((id) => ctx.store.get('workerPools', id)?.Id ?? id);
  const name = command.Name.trim();
  const defaultPolicy = ctx.db.machinePolicies.find((p) => p.IsDefault)?.Id ?? null;
  return {
    ...base,
    Name: name,
    Slug: uniqueSlug(command.Slug?.trim().toLowerCase() || base.Slug || kebab(name), ctx.db.workers, base.Id),
    Endpoint: endpoint,
    WorkerPoolIds: [...new Set(pools)],
    MachinePolicyId: command.MachinePolicyId || base.MachinePolicyId || defaultPolicy,
    IsDisabled: command.IsDisabled ?? base.IsDisabled,
    Thumbprint: ep.Thumbprint ?? null,
    Uri: ep.Uri ?? null,
    LastModifiedOn: new Date(ctx.store.now()).toISOString(),
    LastModifiedBy: ctx.db.user.Username,
  };
}

/** A worker as POST /workers creates it, before the command's fields are applied. */
export function newWorkerBase(ctx: Ctx, id: string): Worker {
  return {
    Id: id, SpaceId: ctx.spaceId, Name: '', Slug: null, Endpoint: { CommunicationStyle: 'None' }, WorkerPoolIds: [],
    MachinePolicyId: null, IsDisabled: false, HealthStatus: 'Unknown',
    StatusSummary: 'This machine was recently added. Please perform a health check.', HasLatestCalamari: true,
    IsInProcess: false, OperatingSystem: 'Unknown', ShellName: 'Unknown', ShellVersion: 'Unknown', Architecture: 'Unknown', Links: {},
  };
}

// A worker's endpoint as a POST/PUT body carries it, read strictly per kind (octopus-api.md §2.4): each kind's
// writeable fields with their types ("Port": "22" is refused), an unknown communication style refused, and
// everything the server owns (ids, links, Tentacle version, the SSH Uri) ignored, as Octopus ignores it.
import { z } from 'zod';
import type { Worker } from '../src/api/schemas';
import type { FieldError } from '../src/domain/validation';

const text = z.string().nullish();
const tentacle = { Uri: z.string(), Thumbprint: z.string(), TentacleVersionDetails: z.object({ UpgradeLocked: z.boolean().optional() }).nullish() };

const KINDS = {
  TentaclePassive: z.object({ ...tentacle, ProxyId: text }),
  TentacleActive: z.object(tentacle),
  Ssh: z.object({ Host: z.string(), Port: z.number().int(), Fingerprint: z.string(), AccountId: text, ProxyId: text, DotNetCorePlatform: text }),
} as const;
type Kind = keyof typeof KINDS;

export type EndpointChanges = { CommunicationStyle: Kind } & Record<string, unknown>;

export function readWorkerEndpoint(endpoint: unknown): { changes?: EndpointChanges; errors: FieldError[] } {
  const style = (endpoint as { CommunicationStyle?: unknown } | null)?.CommunicationStyle;
  if (typeof style !== 'string' || !Object.hasOwn(KINDS, style))
    return { errors: [{ field: 'Endpoint.CommunicationStyle', message: `A worker is a Listening Tentacle, a Polling Tentacle or an SSH machine, not "${String(style)}".` }] };
  const parsed = KINDS[style as Kind].safeParse(endpoint);
  if (!parsed.success)
    return { errors: parsed.error.issues.map((i) => ({ field: `Endpoint.${i.path.join('.')}`, message: `Endpoint.${i.path.join('.')}: ${i.message}` })) };
  return { changes: { ...parsed.data, CommunicationStyle: style as Kind }, errors: [] };
}

const blank = (v: unknown) => v === undefined || v === null;

/**
 * The endpoint to store: the old one with only the changed writeable fields applied, so a round-tripped body
 * stores nothing new; a new kind starts afresh. The SSH Uri is derived, the thumbprint upper-cased.
 */
export function mergeEndpoint(existing: Worker['Endpoint'] | undefined, changes: EndpointChanges): Worker['Endpoint'] {
  const { TentacleVersionDetails: details, ...rest } = changes;
  const same = existing?.CommunicationStyle === changes.CommunicationStyle;
  const out: Record<string, unknown> = same ? { ...existing } : { CommunicationStyle: changes.CommunicationStyle };
  for (const [key, value] of Object.entries(rest)) {
    const next = typeof value === 'string' ? value.trim() : value;
    if (blank(next) && blank(out[key])) continue;
    out[key] = key === 'Thumbprint' && typeof next === 'string' ? next.toUpperCase() : next;
  }
  const locked = (details as { UpgradeLocked?: boolean } | null | undefined)?.UpgradeLocked;
  if (locked !== undefined && changes.CommunicationStyle !== 'Ssh') {
    const current = (out.TentacleVersionDetails ?? {}) as Record<string, unknown>;
    if ((current.UpgradeLocked ?? false) !== locked) out.TentacleVersionDetails = { ...current, UpgradeLocked: locked };
  }
  if (changes.CommunicationStyle === 'Ssh') out.Uri = `ssh://${String(out.Host)}:${Number(out.Port)}/`;
  return out as Worker['Endpoint'];
}

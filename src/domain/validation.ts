// R1 and pool rules as field-level checks. The fake server sends these messages in `Errors[]`; the forms
// show the same messages on the same fields, so a person sees one wording wherever a value is rejected.
import { DOTNET_PLATFORMS, type WorkerCommand, type WorkerPoolCommand } from '../api/schemas';
import { idSet } from './ids';

export interface FieldError {
  /** The command property the message belongs to, e.g. `Name` or `Endpoint.Thumbprint`. */
  field: string;
  message: string;
}

const THUMBPRINT = /^[0-9A-Fa-f]{40}$/;
// OpenSSH MD5 fingerprints (aa:bb:…, 16 pairs) or SHA256 (base64, 43 chars, optional "SHA256:" prefix).
const FINGERPRINT_MD5 = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;
const FINGERPRINT_SHA256 = /^(SHA256:)?[A-Za-z0-9+/]{43}=?$/;
const HOST = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const DOTTED_NUMBERS = /^[\d.]+$/;
const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const SLUG = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

export const NAME_MAX_LENGTH = 200;
export const SLUG_MAX_LENGTH = 200;

/** An IPv6 address, with or without brackets: the URL parser knows the grammar (no 300-hex-digit "address"). */
function isIpv6(value: string): boolean {
  const inner = value.replace(/^\[(.*)\]$/, '$1');
  if (!inner.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(inner)) return false;
  try {
    return new URL(`http://[${inner}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** A DNS name (labels of 1–63 letters, digits and hyphens, 253 in all), an IPv4 or an IPv6 address. */
export function isValidHost(value: string): boolean {
  if (DOTTED_NUMBERS.test(value)) return IPV4.test(value);
  return HOST.test(value) || isIpv6(value);
}

export function validateThumbprint(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Please provide a thumbprint for this machine.';
  if (!THUMBPRINT.test(v)) return 'A thumbprint is 40 hexadecimal characters (0-9, A-F), e.g. C7524763110D271520C15B6A50296200DA6DDCAA.';
  return undefined;
}

export function validateFingerprint(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Please provide the SSH host key fingerprint.';
  if (!FINGERPRINT_MD5.test(v) && !FINGERPRINT_SHA256.test(v))
    return 'A fingerprint is 16 colon-separated hex pairs (MD5) or a SHA256 base64 value.';
  return undefined;
}

export function validateHost(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Please provide a host name or IP address.';
  if (/\s|\/|:\/\//.test(v)) return 'Enter only the host name or IP address, without a scheme, port or path.';
  if (!isValidHost(v)) return `"${v.length > 60 ? `${v.slice(0, 60)}…` : v}" is not a valid host name or IP address.`;
  return undefined;
}

export function validatePort(value: number | string): string | undefined {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || !Number.isInteger(n)) return 'The port must be a whole number.';
  if (n < 1 || n > 65535) return 'The port must be between 1 and 65535.';
  return undefined;
}

/** A listening Tentacle's URL: https, a valid host, an optional port. */
export function validateTentacleUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Please provide the Tentacle URL, e.g. https://my-worker:10933/.';
  }
  if (url.protocol !== 'https:') return 'A listening Tentacle is reached over https://.';
  if (url.username || url.password) return 'A Tentacle URL carries no user name or password.';
  if (url.port === '0') return 'The port must be between 1 and 65535.';
  if (url.pathname !== '/' || url.search || url.hash) return 'A Tentacle URL is only https://host:port/, with no path or query.';
  return validateHost(url.hostname);
}

/** Slugs name things in URLs: letters, digits and single hyphens only (no markup, no path characters). */
export function validateSlug(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (value.length > SLUG_MAX_LENGTH) return `A slug must be ${SLUG_MAX_LENGTH} characters or fewer.`;
  if (!SLUG.test(value.trim())) return 'A slug may contain only letters, digits and single hyphens, e.g. linux-workers.';
  return undefined;
}

/** R1: an SSH worker runs Calamari on Mono (no platform) or as one of Octopus's self-contained .NET builds. */
export function validateDotNetPlatform(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return (DOTNET_PLATFORMS as readonly unknown[]).includes(value)
    ? undefined
    : `The .NET platform must be one of ${DOTNET_PLATFORMS.join(', ')}, or none to run Calamari on Mono.`;
}

export function validatePollingUri(value: string): string | undefined {
  return /^poll:\/\/[a-z0-9]{20}\/$/i.test(value.trim())
    ? undefined
    : 'A polling Tentacle subscription id looks like poll://abcdefghij0123456789/.';
}

// A clashing worker name gets the words Tentacle's register-worker uses (octopus-api.md §3.6), so the form,
// the server and the Tentacle CLI all say the same thing.
const CLASH_MESSAGE: Record<'worker' | 'worker pool', (name: string) => string> = {
  worker: (name) => `A worker named '${name}' already exists. Please choose a different name.`,
  'worker pool': (name) => `A worker pool with the name "${name}" already exists. Please choose a different name.`,
};

function validateName(
  name: string,
  others: ReadonlyArray<{ Id: string; Name: string }>,
  id: string | undefined,
  kind: 'worker' | 'worker pool',
): FieldError[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ field: 'Name', message: `Please specify a name for this ${kind}.` }];
  if (trimmed.length > NAME_MAX_LENGTH)
    return [{ field: 'Name', message: `The name must be ${NAME_MAX_LENGTH} characters or fewer.` }];
  const clash = others.find((o) => o.Id !== id && o.Name.trim().toLowerCase() === trimmed.toLowerCase());
  if (clash) return [{ field: 'Name', message: CLASH_MESSAGE[kind](trimmed) }];
  return [];
}

/** A pool's name is required and unique in the space (case-insensitive). */
export function validateWorkerPool(command: Pick<WorkerPoolCommand, 'Name'> & { Id?: string | undefined }, existing: ReadonlyArray<{ Id: string; Name: string }>): FieldError[] {
  return validateName(command.Name, existing, command.Id, 'worker pool');
}

/** R1: what every worker needs, and what each endpoint kind needs. */
export function validateWorker(
  command: Pick<WorkerCommand, 'Name' | 'Endpoint' | 'WorkerPoolIds'> & { Id?: string | undefined },
  context: { existingWorkers: ReadonlyArray<{ Id: string; Name: string }>; poolIds: ReadonlySet<string> },
): FieldError[] {
  const errors = validateName(command.Name, context.existingWorkers, command.Id, 'worker');
  if (command.WorkerPoolIds.length === 0)
    errors.push({ field: 'WorkerPoolIds', message: 'Please select at least one worker pool.' });
  const known = idSet(context.poolIds);
  const unknown = command.WorkerPoolIds.filter((id) => !known.has(id));
  if (unknown.length) errors.push({ field: 'WorkerPoolIds', message: `Unknown worker pool: ${unknown.join(', ')}.` });
  const ep = command.Endpoint as Record<string, unknown>;
  const push = (field: string, message: string | undefined) => {
    if (message) errors.push({ field: `Endpoint.${field}`, message });
  };
  switch (ep.CommunicationStyle) {
    case 'TentaclePassive':
      push('Uri', validateTentacleUrl(String(ep.Uri ?? '')));
      push('Thumbprint', validateThumbprint(String(ep.Thumbprint ?? '')));
      break;
    case 'TentacleActive':
      push('Uri', validatePollingUri(String(ep.Uri ?? '')));
      push('Thumbprint', validateThumbprint(String(ep.Thumbprint ?? '')));
      break;
    case 'Ssh':
      push('Host', validateHost(String(ep.Host ?? '')));
      push('Port', validatePort(ep.Port as number));
      push('Fingerprint', validateFingerprint(String(ep.Fingerprint ?? '')));
      if (!ep.AccountId) push('AccountId', 'Please select the account used to connect over SSH.');
      push('DotNetCorePlatform', validateDotNetPlatform(ep.DotNetCorePlatform));
      break;
    default:
      push('CommunicationStyle', `A worker is a Listening Tentacle, a Polling Tentacle or an SSH machine, not "${String(ep.CommunicationStyle)}".`);
  }
  return errors;
}

// R1: how a worker is reached, in words: the communication style's UI name and the address a person
// recognises (a Tentacle's URL or subscription id, an SSH machine's host:port).
import type { WorkerCommStyle } from '../api/schemas';

export const COMM_STYLE_LABELS: Record<WorkerCommStyle, string> = {
  TentaclePassive: 'Listening Tentacle',
  TentacleActive: 'Polling Tentacle',
  Ssh: 'SSH Connection',
};

export function commStyleLabel(style: string): string {
  return (COMM_STYLE_LABELS as Record<string, string>)[style] ?? style;
}

interface EndpointLike {
  CommunicationStyle: string;
  Uri?: string | null | undefined;
  Host?: unknown;
  Port?: unknown;
}

export function endpointAddress(endpoint: EndpointLike): string {
  if (endpoint.CommunicationStyle === 'Ssh' && typeof endpoint.Host === 'string')
    return `${endpoint.Host}:${typeof endpoint.Port === 'number' ? endpoint.Port : 22}`;
  return endpoint.Uri ?? '';
}

/** `https://host:10933/` → host and port, for editing a listening Tentacle's address as Host + Port. */
export function parseTentacleUrl(uri: string): { host: string; port: number } {
  try {
    const url = new URL(uri);
    return { host: url.hostname, port: url.port ? Number(url.port) : 10933 };
  } catch {
    return { host: '', port: 10933 };
  }
}

/** What Tentacle's register-worker builds: `https://<host lower-cased>:<port>/` (octopus-api.md §3.6). */
export function tentacleUrl(host: string, port: number | string): string {
  return `https://${host.trim().toLowerCase()}:${String(port).trim()}/`;
}

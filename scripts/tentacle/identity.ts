// What a real Tentacle reads from its own configuration: its certificate's thumbprint and, when polling,
// its subscription id. This CLI has neither, so they come from options or are made up here the way Tentacle
// makes them (a SHA-1 thumbprint is 20 bytes; `PollingSubscriptionId` is 20 characters of an alphabet
// without look-alikes, lower-cased).
import { randomBytes, randomInt } from 'node:crypto';
import { ControlledFailure } from './failures';

const THUMBPRINT = /^[0-9a-f]{40}$/i;
const SUBSCRIPTION_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateThumbprint(): string {
  return randomBytes(20).toString('hex').toUpperCase();
}

/** A given thumbprint, upper-cased as Windows shows certificate thumbprints. */
export function readThumbprint(value: string): string {
  const v = value.trim();
  if (!THUMBPRINT.test(v))
    throw new ControlledFailure(`--thumbprint must be the Tentacle certificate's thumbprint: 40 hexadecimal characters, not "${value}".`);
  return v.toUpperCase();
}

export function generateSubscriptionId(): string {
  let id = '';
  for (let i = 0; i < 20; i += 1) id += SUBSCRIPTION_ALPHABET[randomInt(SUBSCRIPTION_ALPHABET.length)];
  return `poll://${id.toLowerCase()}/`;
}

/** `--server-subscription-id`: any URI in the poll scheme, normalised as .NET's Uri prints it. */
export function readSubscriptionId(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ControlledFailure(`--server-subscription-id must be a URI such as poll://abcdefghijklmnopqrst/, not "${value}".`);
  }
  if (url.protocol !== 'poll:') throw new ControlledFailure('The ServerSubscriptionId must start with poll://');
  return `poll://${url.host.toLowerCase()}${url.pathname || '/'}`;
}

/** A port given on the command line (Tentacle parses these as integers). */
export function readPort(option: string, value: string): number {
  const port = Number(value.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ControlledFailure(`--${option} must be a port number between 1 and 65535, not "${value}".`);
  return port;
}

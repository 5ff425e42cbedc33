// The options every Tentacle command that talks to Octopus takes (OctopusTentacle `ApiEndpointOptions`),
// checked in the same order with the same words. This CLI signs in with an API key only; the other ways
// are recognised so that their use gets a plain answer instead of "unrecognized".
import { ControlledFailure } from './failures';
import type { OptionSpec, ParsedOptions } from './option-set';

export const API_OPTIONS: OptionSpec[] = [
  { names: 'instance', value: true, description: 'Accepted for compatibility; this CLI keeps no Tentacle instance' },
  { names: 'config', value: true, description: 'Accepted for compatibility; this CLI keeps no configuration file' },
  { names: 'server', value: true, description: "The Octopus Server, e.g. 'http://127.0.0.1:4010' for npm run mock-server" },
  { names: 'apiKey', value: true, description: 'Your API key; sent only as the X-Octopus-ApiKey header, never printed' },
  { names: 'bearerToken', value: true, description: 'Not supported here: use --apiKey' },
  { names: 'u|username|user', value: true, description: 'Not supported here: use --apiKey' },
  { names: 'p|password', value: true, description: 'Not supported here: use --apiKey' },
  { names: 'ignoreSslErrors', value: false, description: 'Not supported here (Node.js: NODE_TLS_REJECT_UNAUTHORIZED=0)' },
];

export interface ApiEndpoint {
  server: string;
  apiKey: string;
}

export function readApiOptions(options: ParsedOptions): ApiEndpoint {
  const set = (name: string) => !!options.get(name);
  const server = options.get('server');
  const apiKey = options.get('apiKey');
  if ([set('bearerToken'), set('apiKey'), set('username') || set('password')].filter(Boolean).length >= 2)
    throw new ControlledFailure('Please specify a Bearer Token, API Key or username and password - not multiple.');
  if (set('username') && !set('password')) throw new ControlledFailure('Please specify a password for the specified user account');
  if (!set('username') && set('password')) throw new ControlledFailure('Please specify a username for the specified password');
  if (!server) throw new ControlledFailure('Please specify an Octopus Server, e.g., --server=http://your-octopus-server');
  if (!set('bearerToken') && !set('username') && !apiKey)
    throw new ControlledFailure('Please specify an Octopus API key, a Bearer Token or a username and password. You can get an API key from the Octopus web portal. E.g., --apiKey=ABC1234');
  if (!apiKey) throw new ControlledFailure('This CLI signs in with an API key only. Please specify --apiKey (in the Octopus web portal: your profile, My API Keys).');
  if (options.has('ignoreSslErrors'))
    throw new ControlledFailure('--ignoreSslErrors is not supported here. To accept an untrusted certificate, run with NODE_TLS_REJECT_UNAUTHORIZED=0.');
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new ControlledFailure(`--server must be the address of an Octopus Server, e.g. https://octopus.example.com, not "${server}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ControlledFailure(`--server must be an http:// or https:// address, not "${server}".`);
  return { server: url.href, apiKey };
}

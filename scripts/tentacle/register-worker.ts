// `Tentacle register-worker` (OctopusTentacle `RegisterWorkerCommandBase` over `RegisterMachineCommandBase`):
// the same options, checks, requests and messages. What a real Tentacle reads from its configuration (its
// certificate, its listening port, a polling subscription) comes from options or is generated and printed.
import { API_OPTIONS, readApiOptions } from './api-options';
import { clientFor, rejectUnrecognized, type CommandEnv } from './command-env';
import { ControlledFailure, OctopusApiError } from './failures';
import { generateSubscriptionId, generateThumbprint, readPort, readSubscriptionId, readThumbprint } from './identity';
import { parseOptions, type OptionSpec, type ParsedOptions } from './option-set';
import { registerWorker, type Endpoint } from './register-operation';
import { serverCertificate, TENTACLE_EXECUTABLE } from './server-certificate';
import { connect, spaceRepository } from './spaces';

const DEFAULT_SERVER_COMMS_PORT = 10943;
const DEFAULT_TENTACLE_PORT = 10933;
/** The Tentacle major version whose checks this CLI follows (it refuses servers older than 3.x). */
const TENTACLE_MAJOR = 8;

export const REGISTER_WORKER_OPTIONS: OptionSpec[] = [
  ...API_OPTIONS,
  { names: 'name', value: true, description: 'Name of the worker when registered; the default is the hostname' },
  { names: 'policy', value: true, description: 'The name of a machine policy that applies to this worker' },
  { names: 'h|publicHostName', value: true, description: 'An Octopus-accessible DNS name or IP address of this machine; the default is the hostname' },
  { names: 'f|force', value: false, description: 'Overwrite a worker that already has this name' },
  { names: 'comms-style', value: true, description: 'TentaclePassive (listening, the default) or TentacleActive (polling)' },
  { names: 'proxy', value: true, description: 'Not supported here' },
  { names: 'space', value: true, description: 'The name (or id) of the space; the default space if omitted' },
  { names: 'server-comms-port', value: true, description: `Polling: the Octopus Server's comms port; the default is ${DEFAULT_SERVER_COMMS_PORT}` },
  { names: 'server-comms-address', value: true, description: "Polling: the Octopus Server's comms address; the default is --server's host" },
  { names: 'server-web-socket', value: true, description: 'Not supported here' },
  { names: 'server-subscription-id', value: true, description: 'Polling: the subscription id, e.g. poll://abcdefghijklmnopqrst/; generated if omitted' },
  { names: 'tentacle-comms-port', value: true, description: `Listening: the port Octopus calls this Tentacle on; the default is ${DEFAULT_TENTACLE_PORT}` },
  { names: 'workerpool', value: true, description: 'A worker pool name, slug or id to add the worker to; repeat it for several pools' },
  { names: 'thumbprint', value: true, description: "This Tentacle's certificate thumbprint (40 hex characters); generated if omitted" },
];

function commsStyle(value: string): 'TentaclePassive' | 'TentacleActive' {
  const style = ['TentaclePassive', 'TentacleActive'].find((s) => s.toLowerCase() === value.trim().toLowerCase());
  if (!style) throw new ControlledFailure('Please specify a valid communications style, e.g. --comms-style=TentaclePassive');
  return style as 'TentaclePassive' | 'TentacleActive';
}

function listeningUri(host: string, port: number): string {
  try {
    const url = new URL(`https://${host.trim().toLowerCase()}:${port}/`);
    if (url.pathname !== '/' || url.username || url.search) throw new Error();
    return url.href;
  } catch {
    throw new ControlledFailure(`"${host}" is not a host name or IP address Octopus could reach this Tentacle at (--publicHostName).`);
  }
}

/** Where a polling Tentacle would connect: --server's host (or --server-comms-address) on the comms port. */
function pollingAddress(options: ParsedOptions, server: string): string {
  const address = options.get('server-comms-address');
  let base: URL;
  try {
    base = new URL(address || server);
  } catch {
    throw new ControlledFailure(`--server-comms-address must be an address such as https://octopus.example.com:10943, not "${address}".`);
  }
  const given = options.get('server-comms-port');
  const port = given ? readPort('server-comms-port', given)
    : address ? Number(base.port || (base.protocol === 'http:' ? 80 : 443)) : DEFAULT_SERVER_COMMS_PORT;
  return `https://${base.hostname}:${port}`;
}

function thumbprintFor(options: ParsedOptions, env: CommandEnv): string {
  const given = options.get('thumbprint');
  if (given) return readThumbprint(given);
  const generated = generateThumbprint();
  env.out.info('No --thumbprint was given, so a new one was generated for this Tentacle. Thumbprint:');
  env.out.info(generated);
  return generated;
}

/** Refuses a server older than 3.x, as Tentacle does before registering. */
function confirmServerVersion(version: string | undefined): void {
  if (!version?.trim()) throw new ControlledFailure('Unable to determine the Octopus Server version.');
  const major = Number(version.split('.')[0]);
  if (major > 0 && major < 3)
    throw new ControlledFailure(`You cannot register a ${TENTACLE_MAJOR}.* Octopus Tentacle with a ${major}.* Octopus Server.`);
}

/** The endpoint, after every option has been checked (so nothing is generated for a command that fails). */
function endpointFor(options: ParsedOptions, style: 'TentaclePassive' | 'TentacleActive', server: string, env: CommandEnv): Endpoint {
  if (style === 'TentacleActive') {
    const subscription = options.get('server-subscription-id');
    const uri = subscription ? readSubscriptionId(subscription) : generateSubscriptionId();
    const address = pollingAddress(options, server);
    env.out.info(`Not checking the server communications port at ${address}: this CLI registers the worker but runs no Tentacle to poll it.`);
    return { CommunicationStyle: 'TentacleActive', Uri: uri, Thumbprint: thumbprintFor(options, env) };
  }
  const port = options.get('tentacle-comms-port');
  const uri = listeningUri(options.get('publicHostName')?.trim() || env.hostname, port ? readPort('tentacle-comms-port', port) : DEFAULT_TENTACLE_PORT);
  return { CommunicationStyle: 'TentaclePassive', Uri: uri, Thumbprint: thumbprintFor(options, env), ProxyId: null };
}

export async function registerWorkerCommand(args: readonly string[], env: CommandEnv): Promise<void> {
  const options = parseOptions(REGISTER_WORKER_OPTIONS, args);
  rejectUnrecognized(options);
  const api = readApiOptions(options);
  const pools = options.all('workerpool');
  if (!pools[0]?.trim()) throw new ControlledFailure('Please specify a worker pool name, slug or Id, e.g., --workerpool=Default');
  const style = commsStyle(options.get('comms-style') ?? 'TentaclePassive');
  if (style === 'TentacleActive' && options.get('proxy'))
    throw new ControlledFailure('Option --proxy can only be used with --comms-style=TentaclePassive.  To set a proxy for a polling Tentacle use the polling-proxy command first and then register the Tentacle with register-with.');
  if (options.get('proxy')) throw new ControlledFailure('--proxy is not supported here: register the worker in the web portal to reach it through a proxy.');
  if (options.get('server-web-socket') && options.get('server-comms-address'))
    throw new ControlledFailure('Please specify a --server-web-socket, or a --server-comms-address - not both.');
  if (options.get('server-web-socket')) throw new ControlledFailure('--server-web-socket is not supported here: use --server-comms-port.');
  const endpoint = endpointFor(options, style, api.server, env);
  const name = options.get('name')?.trim() ? (options.get('name') as string) : env.hostname;

  env.out.info(`Registering the tentacle with the server at ${api.server}`);
  const connection = await connect(clientFor(api, env));
  const repo = await spaceRepository(connection, options.get('space'));
  const system = connection.forSystem();
  confirmServerVersion((await system.loadRoot()).Version);
  const certificate = await serverCertificate(system);
  try {
    await registerWorker(repo, { name, policy: options.get('policy'), pools, endpoint, allowOverwrite: options.has('force') });
  } catch (error) {
    // Octopus's own validation (a bad thumbprint, say) is for the operator to fix: a controlled failure.
    if (error instanceof OctopusApiError && error.isValidation) throw new ControlledFailure(error.message, { cause: error });
    throw error;
  }
  // A real Tentacle now stores these in its configuration; this CLI can only tell you what they are.
  if (endpoint.CommunicationStyle === 'TentacleActive') env.out.info(`Subscription id: ${endpoint.Uri}`);
  env.out.info(`The Octopus Server's certificate thumbprint is ${certificate.Thumbprint}; a Tentacle trusts it with '${TENTACLE_EXECUTABLE} configure --trust=${certificate.Thumbprint}'.`);
  env.out.info('Machine registered successfully');
}

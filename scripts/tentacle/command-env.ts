// What a command needs from the outside world, passed in so tests can run commands against a fake server
// without a console or a real network wait.
import type { ApiEndpoint } from './api-options';
import { ControlledFailure, type Output } from './failures';
import { OctopusClient } from './octopus-client';
import type { ParsedOptions } from './option-set';

export interface CommandEnv {
  out: Output;
  /** Default name and public host name of "this machine". */
  hostname: string;
  fetch?: typeof fetch;
  /** How long to wait for a server that can't be reached yet (Octopus.Client: 60 s). */
  connectWaitMs?: number;
}

export function clientFor(endpoint: ApiEndpoint, env: CommandEnv): OctopusClient {
  return new OctopusClient({
    server: endpoint.server,
    apiKey: endpoint.apiKey,
    fetch: env.fetch,
    connectWaitMs: env.connectWaitMs,
    onWaiting: (message) => env.out.info(message),
  });
}

export function rejectUnrecognized(options: ParsedOptions): void {
  if (options.unrecognized.length)
    throw new ControlledFailure(`Unrecognized command line arguments: ${options.unrecognized.join(' ')}`);
}

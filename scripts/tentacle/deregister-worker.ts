// `Tentacle deregister-worker` (OctopusTentacle `DeregisterWorkerCommand`): find the workers that carry
// this Tentacle's thumbprint, refuse to delete several unless --multiple, delete each, and say how to stop
// trusting the server. The thumbprint a real Tentacle reads from its certificate comes from --thumbprint.
import { API_OPTIONS, readApiOptions } from './api-options';
import { clientFor, rejectUnrecognized, type CommandEnv } from './command-env';
import { ControlledFailure } from './failures';
import { readThumbprint } from './identity';
import { parseOptions, type OptionSpec } from './option-set';
import { requireLink, type Resource } from './repository';
import { serverCertificate, TENTACLE_EXECUTABLE } from './server-certificate';
import { connect, spaceRepository } from './spaces';

export const DEREGISTER_WORKER_OPTIONS: OptionSpec[] = [
  ...API_OPTIONS,
  { names: 'm|multiple', value: false, description: 'Deregister every worker that has this thumbprint' },
  { names: 'space', value: true, description: 'The name (or id) of the space; the default space if omitted' },
  { names: 'thumbprint', value: true, description: "This Tentacle's certificate thumbprint (40 hex characters)" },
];

export const DEREGISTRATION_SUCCESS = 'Worker deregistered successfully';
export const MULTIPLE_MATCH_ERROR = 'The worker matches more than one machine on the server. To deregister all of these machines specify the --multiple flag.';

export async function deregisterWorkerCommand(args: readonly string[], env: CommandEnv): Promise<void> {
  const options = parseOptions(DEREGISTER_WORKER_OPTIONS, args);
  rejectUnrecognized(options);
  const api = readApiOptions(options);
  const given = options.get('thumbprint');
  if (!given)
    throw new ControlledFailure('This Tentacle does not have a thumbprint. The Tentacle must have a thumbprint in order to deregister it. Please specify it with --thumbprint.');
  const thumbprint = readThumbprint(given);

  const connection = await connect(clientFor(api, env));
  const repo = await spaceRepository(connection, options.get('space'));
  const matching = await repo.client.get<Resource[]>(await repo.link('Workers'), { id: 'all', thumbprint });
  if (matching.length === 0) throw new ControlledFailure("No worker was found matching this Tentacle's thumbprint.");
  if (matching.length > 1 && !options.has('multiple')) throw new ControlledFailure(MULTIPLE_MATCH_ERROR);

  for (const worker of matching) {
    env.out.info(`Deleting worker '${worker.Name}' from the Octopus Server...`);
    await repo.client.request('DELETE', requireLink(worker.Links, 'Self'));
  }

  const certificate = await serverCertificate(repo);
  const instance = options.get('instance');
  env.out.info(
    'The Octopus Server is still trusted. ' +
      `If you wish to remove trust for this Octopus Server, use '${TENTACLE_EXECUTABLE} configure --remove-trust=${certificate.Thumbprint}${instance ? ` --instance ${instance}` : ''}'`,
  );
  env.out.info(DEREGISTRATION_SUCCESS);
}

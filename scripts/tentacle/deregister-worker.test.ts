// `npm run tentacle -- deregister-worker` against the fake Octopus over real HTTP: find by thumbprint,
// delete, and Tentacle's messages (OctopusTentacle `DeregisterWorkerCommand`).
import { describe, expect, it } from 'vitest';
import { SERVER_THUMBPRINT } from '../../mocks/handlers/certificates';
import { setupFakeOctopusOverHttp } from './test-harness';

const fake = setupFakeOctopusOverHttp();
const POLL_01 = '3'.repeat(40); // the fixture's poll-01

const REMOVE_TRUST = `The Octopus Server is still trusted. If you wish to remove trust for this Octopus Server, use 'Tentacle configure --remove-trust=${SERVER_THUMBPRINT}'`;

describe('deregister-worker', () => {
  it('finds the worker by thumbprint and deletes it, in the real Tentacle’s requests', async () => {
    const run = await fake.tentacle('deregister-worker', '--thumbprint', POLL_01.toLowerCase());
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([
      'GET /api', 'GET /api/users/me', 'GET /api/users/Users-1/spaces', 'GET /api/Spaces-1',
      'GET /api', 'GET /api/users/me', 'GET /api/users/Users-1/spaces',
      'GET /api', 'GET /api/Spaces-1',
      `GET /api/Spaces-1/workers/all?thumbprint=${POLL_01}`,
      'DELETE /api/Spaces-1/workers/Workers-3',
      'GET /api/configuration/certificates/certificate-global',
    ]);
    expect(run.out).toEqual(["Deleting worker 'poll-01' from the Octopus Server...", REMOVE_TRUST, 'Worker deregistered successfully']);
    expect(fake.workers().map((w) => w.Id)).not.toContain('Workers-3');
  });

  it('several workers with one thumbprint: refused without --multiple, all deleted with it', async () => {
    const thumb = 'C'.repeat(40);
    for (const name of ['twin-a', 'twin-b'])
      expect((await fake.tentacle('register-worker', '--name', name, '--thumbprint', thumb, '--workerpool', 'Linux Pool')).code).toBe(0);
    const refused = await fake.tentacle('deregister-worker', '--thumbprint', thumb, '--instance', 'Worker2');
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual(['The worker matches more than one machine on the server. To deregister all of these machines specify the --multiple flag.']);
    expect(fake.workers().filter((w) => w.Name.startsWith('twin-'))).toHaveLength(2);

    const run = await fake.tentacle('deregister-worker', '--thumbprint', thumb, '--instance', 'Worker2', '-m');
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      "Deleting worker 'twin-a' from the Octopus Server...",
      "Deleting worker 'twin-b' from the Octopus Server...",
      `${REMOVE_TRUST.slice(0, -1)} --instance Worker2'`,
      'Worker deregistered successfully',
    ]);
    expect(fake.workers().filter((w) => w.Name.startsWith('twin-'))).toHaveLength(0);
  });

  it('no worker with that thumbprint: Tentacle’s words, exit code 1, nothing deleted', async () => {
    const run = await fake.tentacle('deregister-worker', '--thumbprint', 'D'.repeat(40));
    expect(run.code).toBe(1);
    expect(run.err).toEqual(["No worker was found matching this Tentacle's thumbprint."]);
    expect(fake.workers()).toHaveLength(6);
  });

  it('registers a polling worker and deregisters it with the printed thumbprint', async () => {
    const registered = await fake.tentacle('register-worker', '--comms-style', 'TentacleActive', '--name', 'round-trip', '--workerpool', 'default-worker-pool');
    const thumbprint = registered.out[registered.out.findIndex((l) => l.endsWith('Thumbprint:')) + 1] as string;
    expect(fake.workers().some((w) => w.Name === 'round-trip')).toBe(true);
    const run = await fake.tentacle('deregister-worker', `--thumbprint=${thumbprint}`);
    expect(run.out[0]).toBe("Deleting worker 'round-trip' from the Octopus Server...");
    expect(fake.workers().some((w) => w.Name === 'round-trip')).toBe(false);
  });
});

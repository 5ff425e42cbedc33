// `npm run tentacle -- register-worker` against the fake Octopus over real HTTP: the requests the real
// Tentacle makes (read from OctopusTentacle and Octopus.Client), in the same order, and its messages.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FAKE_API_KEY } from '../../mocks/api-keys';
import { SERVER_THUMBPRINT } from '../../mocks/handlers/certificates';
import { setupFakeOctopusOverHttp } from './test-harness';

const fake = setupFakeOctopusOverHttp();
const THUMB = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';

/** Connecting, choosing the default space (Octopus.Client reads the root once per repository). */
const CONNECT = [
  'GET /api', 'GET /api/users/me', 'GET /api/users/Users-1/spaces', 'GET /api/Spaces-1',
  'GET /api', 'GET /api/users/me', 'GET /api/users/Users-1/spaces',
];
const SERVER_CHECKS = ['GET /api', 'GET /api/configuration/certificates/certificate-global'];
const SPACE_ROOT = ['GET /api', 'GET /api/Spaces-1'];

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('register-worker', () => {
  it('registers a listening worker with pools by name, slug and id, in the real Tentacle’s requests', async () => {
    const run = await fake.tentacle('register-worker', '--name', 'new-listener', '--publicHostName', 'New-Listener.Corp.Local',
      '--thumbprint', THUMB, '--workerpool', 'Default Worker Pool', '--workerpool', 'linux-pool', '--workerpool', 'WorkerPools-3');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([
      ...CONNECT, ...SERVER_CHECKS, ...SPACE_ROOT,
      'GET /api/Spaces-1/workers?name=new-listener',
      'GET /api/Spaces-1/workerpools', // by name
      'GET /api/Spaces-1/workerpools', // what is left, by slug
      'GET /api/Spaces-1/workerpools?ids=WorkerPools-3', // what is left after that, by id
      'POST /api/Spaces-1/workers',
    ]);
    expect(run.apiKeys.every((key) => key === FAKE_API_KEY)).toBe(true);
    expect(run.out).toEqual([
      'Registering the tentacle with the server at ' + fake.origin() + '/',
      `The Octopus Server's certificate thumbprint is ${SERVER_THUMBPRINT}; a Tentacle trusts it with 'Tentacle configure --trust=${SERVER_THUMBPRINT}'.`,
      'Machine registered successfully',
    ]);
    const worker = fake.workers().find((w) => w.Name === 'new-listener');
    expect(worker?.WorkerPoolIds).toEqual(['WorkerPools-1', 'WorkerPools-2', 'WorkerPools-3']);
    expect(worker?.Endpoint).toMatchObject({ CommunicationStyle: 'TentaclePassive', Uri: 'https://new-listener.corp.local:10933/', Thumbprint: THUMB.toUpperCase() });
    expect(worker?.MachinePolicyId).toBe('MachinePolicies-1');
  });

  it('registers a polling worker: a generated thumbprint and subscription id, printed; the policy by name', async () => {
    const run = await fake.tentacle('register-worker', '--comms-style', 'TentacleActive', '--name', 'new-poller',
      '--workerpool', 'Linux Pool', '--policy', 'Default Machine Policy', '--server-comms-port', '10999');
    expect(run.code).toBe(0);
    const thumbprint = run.out[run.out.indexOf('No --thumbprint was given, so a new one was generated for this Tentacle. Thumbprint:') + 1];
    expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(run.out).toContain(`Not checking the server communications port at https://127.0.0.1:10999: this CLI registers the worker but runs no Tentacle to poll it.`);
    const subscription = run.out.find((l) => l.startsWith('Subscription id: '))?.slice('Subscription id: '.length);
    expect(subscription).toMatch(/^poll:\/\/[a-z2-9]{20}\/$/);
    expect(run.requests.slice(CONNECT.length + SERVER_CHECKS.length + SPACE_ROOT.length)).toEqual([
      'GET /api/Spaces-1/workers?name=new-poller',
      'GET /api/Spaces-1/machinepolicies', // its link template takes no `name`, so the client reads the list
      'GET /api/Spaces-1/workerpools',
      'GET /api/Spaces-1/workerpools', // by slug, even with nothing left to find, as Octopus.Client does
      'POST /api/Spaces-1/workers',
    ]);
    expect(run.out.at(-1)).toBe('Machine registered successfully');
    expect(fake.workers().find((w) => w.Name === 'new-poller')?.Endpoint).toEqual({ CommunicationStyle: 'TentacleActive', Uri: subscription, Thumbprint: thumbprint });
  });

  it('a name already taken: refused without --force, with Tentacle’s words and exit code 1', async () => {
    const run = await fake.tentacle('register-worker', '--name', 'win-listen-01', '--thumbprint', THUMB, '--workerpool', 'Linux Pool');
    expect(run.code).toBe(1);
    expect(run.err).toEqual(["A worker named 'win-listen-01' already exists in the environment. Use the 'force' parameter if you intended to update the existing worker."]);
    expect(run.requests.at(-1)).toBe('GET /api/Spaces-1/workers?name=win-listen-01');
    expect(fake.workers().find((w) => w.Name === 'win-listen-01')?.WorkerPoolIds).toEqual(['WorkerPools-1']);
  });

  it('--force overwrites the worker of that name: new endpoint and pools, the same worker', async () => {
    const run = await fake.tentacle('register-worker', '--name', 'WIN-LISTEN-01', '-h', 'win-listen-01', '--tentacle-comms-port', '10934',
      '--thumbprint', THUMB, '--workerpool', 'Empty Pool', '-f');
    expect(run.err).toEqual([]);
    expect(run.requests.at(-1)).toBe('PUT /api/Spaces-1/workers/Workers-1');
    const worker = fake.workers().find((w) => w.Id === 'Workers-1');
    expect(worker).toMatchObject({ Name: 'WIN-LISTEN-01', WorkerPoolIds: ['WorkerPools-3'], Endpoint: { Uri: 'https://win-listen-01:10934/', Thumbprint: THUMB.toUpperCase() } });
    expect(fake.workers()).toHaveLength(6);
  });
});

describe('register-worker: what it refuses', () => {
  it('an unknown pool: names what is missing, exit code 1, nothing created', async () => {
    const run = await fake.tentacle('register-worker', '--name', 'n1', '--thumbprint', THUMB, '--workerpool', 'Linux Pool', '--workerpool', 'No Such Pool');
    expect(run.code).toBe(1);
    expect(run.err).toEqual(['Could not find the worker pool with name, slug or Id No Such Pool on the Octopus Server. Ensure the worker pool exists and you have permission to access it.']);
    const two = await fake.tentacle('register-worker', '--name', 'n1', '--thumbprint', THUMB, '--workerpool', 'nope-1', '--workerpool', 'WorkerPools-99');
    expect(two.err).toEqual(['Could not find the worker pools with names, slugs or Ids: nope-1, WorkerPools-99 on the Octopus Server. Ensure the worker pools exist and you have permission to access them.']);
    expect(fake.workers().some((w) => w.Name === 'n1')).toBe(false);
  });

  it('an unknown machine policy: an unexpected error (exit code 100), as in Octopus.Client', async () => {
    const run = await fake.tentacle('register-worker', '--name', 'n2', '--thumbprint', THUMB, '--workerpool', 'Linux Pool', '--policy', 'Nightly');
    expect(run.code).toBe(100);
    expect(run.err).toEqual(['='.repeat(79), 'Could not find the machine policy named Nightly on the Octopus Server. Ensure the machine policy exists and you have permission to access it.']);
  });

  it('a bad API key: the server’s 401, exit code 100, and the key is never printed', async () => {
    const run = await fake.tentacle('register-worker', '--apiKey', 'API-WRONGKEY000000000000000', '--name', 'n3', '--thumbprint', THUMB, '--workerpool', 'Linux Pool');
    expect(run.code).toBe(100);
    expect(run.err).toEqual(['='.repeat(79), 'You must be logged in to perform this action. Please provide a valid API key or log in again.']);
    // The first 401 comes while looking for the default space, which Octopus.Client tolerates; the second ends it.
    expect(run.requests).toEqual(['GET /api', 'GET /api/users/me', 'GET /api', 'GET /api/users/me']);
    expect([...run.out, ...run.err].join('\n')).not.toContain('WRONGKEY');
  });

  it('an unreachable server: says so, exit code 100', async () => {
    const port = await closedPort();
    const run = await fake.tentacle('register-worker', '--server', `http://127.0.0.1:${port}/`, '--name', 'n4', '--thumbprint', THUMB, '--workerpool', 'Linux Pool');
    expect(run.code).toBe(100);
    expect(run.err[1]).toBe(`Unable to connect to the Octopus Deploy server. Could not reach the Octopus Server at http://127.0.0.1:${port}/api: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('a user who may not edit workers: Octopus’s 403, nothing created', async () => {
    await fetch(`${fake.origin()}/api/__mock/scenario`, { method: 'PUT', body: JSON.stringify({ Scenario: 'viewer' }) });
    const run = await fake.tentacle('register-worker', '--name', 'n5', '--thumbprint', THUMB, '--workerpool', 'Linux Pool');
    expect(run.code).toBe(100);
    expect(run.err[1]).toBe('You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: WorkerEdit');
    expect(run.requests.at(-1)).toBe('POST /api/Spaces-1/workers');
  });
});

describe('register-worker: spaces and paging', () => {
  it('--space by name or id; an unknown space in Tentacle’s words', async () => {
    expect((await fake.tentacle('register-worker', '--space', 'default', '--name', 's1', '--thumbprint', THUMB, '--workerpool', 'Linux Pool')).code).toBe(0);
    expect((await fake.tentacle('register-worker', '--space', 'Spaces-1', '--name', 's2', '--thumbprint', THUMB, '--workerpool', 'Linux Pool')).code).toBe(0);
    const run = await fake.tentacle('register-worker', '--space', 'Finance', '--name', 's3', '--thumbprint', THUMB, '--workerpool', 'Linux Pool');
    expect(run.err).toEqual(['A space with name "Finance" could not be found. Ensure you have spelled the space name correctly and that the user has access to this space.']);
  });

  it('follows Page.Next to find a pool on a later page', async () => {
    for (let n = 1; n <= 10; n += 1) {
      const res = await fetch(`${fake.origin()}/api/Spaces-1/workerpools`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Name: `Extra ${n}`, WorkerPoolType: 'StaticWorkerPool', SpaceId: 'Spaces-1' }),
      });
      expect(res.status).toBe(201);
    }
    const run = await fake.tentacle('register-worker', '--name', 'p1', '--thumbprint', THUMB, '--workerpool', 'Extra 10');
    expect(run.err).toEqual([]);
    expect(run.requests.filter((r) => r.startsWith('GET /api/Spaces-1/workerpools'))).toEqual([
      'GET /api/Spaces-1/workerpools', 'GET /api/Spaces-1/workerpools?skip=10&take=10',
      'GET /api/Spaces-1/workerpools', 'GET /api/Spaces-1/workerpools?skip=10&take=10',
    ]);
    expect(fake.workers().find((w) => w.Name === 'p1')?.WorkerPoolIds).toEqual(['WorkerPools-13']);
  });
});

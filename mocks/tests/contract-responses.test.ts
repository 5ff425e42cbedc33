// Octopus's contract decides the shapes: every response the fake gives on every endpoint the portal (and
// Tentacle) calls is checked against the swagger 2021.2 definition of that path's response, strictly (no
// undeclared field, no declared field missing), allowing only the differences listed in after-2021-2.ts.
import { describe, expect, it } from 'vitest';
import { problemsWith, ref, responseSchema } from '../contract/octopus-contract';
import { scenarios } from '../registry';
import { configureMockStore } from '../store';
import { api, listeningCommand, setupFakeOctopus, store } from './harness';

setupFakeOctopus();

interface Call {
  /** `GET /api/...` as the portal calls it. */
  call: string;
  /** The swagger path it is served under (without /api). */
  swagger: string;
  body?: unknown;
  status?: number;
  /** Only where the swagger leaves the path untyped. */
  schema?: string;
}

const S = '/api/Spaces-1';
const READS: Call[] = [
  { call: 'GET /api', swagger: '/' },
  // Swagger 2021.2 has no path for the space root but defines its resource.
  { call: `GET ${S}`, swagger: '', schema: 'SpaceRootResource' },
  { call: 'GET /api/spaces', swagger: '/spaces' },
  { call: 'GET /api/spaces/all', swagger: '/spaces/all' },
  { call: 'GET /api/spaces/Spaces-1', swagger: '/spaces/{id}' },
  // `/users/me` is untyped in the swagger; it answers the UserResource that `/users/{id}` does.
  { call: 'GET /api/users/me', swagger: '/users/me', schema: 'UserResource' },
  { call: 'GET /api/authentication', swagger: '/authentication' },
  { call: 'GET /api/users/Users-1/permissions?spaces=Spaces-1&includeSystem=true', swagger: '/users/{id}/permissions' },
  { call: 'GET /api/featuresconfiguration', swagger: '/featuresconfiguration' },
  { call: `GET ${S}/environments/all`, swagger: '/{baseSpaceId}/environments/all' },
  { call: `GET ${S}/accounts/all`, swagger: '/{baseSpaceId}/accounts/all' },
  { call: `GET ${S}/machinepolicies/all`, swagger: '/{baseSpaceId}/machinepolicies/all' },
  { call: `GET ${S}/machinepolicies/MachinePolicies-1`, swagger: '/{baseSpaceId}/machinepolicies/{id}' },
  { call: `GET ${S}/machines?take=2147483647`, swagger: '/{baseSpaceId}/machines' },
  { call: `GET ${S}/machines/Machines-1`, swagger: '/{baseSpaceId}/machines/{id}' },
  { call: `GET ${S}/projects`, swagger: '/{baseSpaceId}/projects' },
  { call: `GET ${S}/projects/Projects-1`, swagger: '/{baseSpaceId}/projects/{projectId}' },
  { call: `GET ${S}/projects/Projects-1/deploymentprocesses`, swagger: '/{baseSpaceId}/projects/{projectId}/deploymentprocesses' },
  { call: `GET ${S}/workerpools?take=2147483647`, swagger: '/{baseSpaceId}/workerpools' },
  { call: `GET ${S}/workerpools/all`, swagger: '/{baseSpaceId}/workerpools/all' },
  { call: `GET ${S}/workerpools/WorkerPools-1`, swagger: '/{baseSpaceId}/workerpools/{id}' },
  { call: `GET ${S}/workerpools/summary`, swagger: '/{baseSpaceId}/workerpools/summary' },
  { call: `GET ${S}/workerpools/WorkerPools-1/workers?take=2147483647`, swagger: '/{baseSpaceId}/workerpools/{id}/workers' },
  { call: `GET ${S}/workerpools/supportedtypes`, swagger: '/{baseSpaceId}/workerpools/supportedtypes' },
  { call: `GET ${S}/workerpools/dynamicworkertypes`, swagger: '/{baseSpaceId}/workerpools/dynamicworkertypes' },
  { call: `GET ${S}/workers?take=2147483647`, swagger: '/{baseSpaceId}/workers' },
  { call: `GET ${S}/workers/all`, swagger: '/{baseSpaceId}/workers/all' },
  { call: `GET ${S}/workers/Workers-1`, swagger: '/{baseSpaceId}/workers/{id}' },
  { call: `GET ${S}/workers/Workers-1/connection`, swagger: '/{baseSpaceId}/workers/{id}/connection' },
  { call: `GET ${S}/workers/discover?host=new-worker&port=10933&type=TentaclePassive`, swagger: '/{baseSpaceId}/workers/discover' },
  { call: `GET ${S}/workers/discover?host=linux-box&type=Ssh`, swagger: '/{baseSpaceId}/workers/discover' },
  { call: `GET ${S}/workers/operatingsystem/names/all`, swagger: '/{baseSpaceId}/workers/operatingsystem/names/all' },
  { call: `GET ${S}/workers/operatingsystem/shells/all`, swagger: '/{baseSpaceId}/workers/operatingsystem/shells/all' },
  { call: `GET ${S}/tasks`, swagger: '/{baseSpaceId}/tasks' },
  { call: 'GET /api/tasks', swagger: '/tasks' },
];

const health = { Name: 'Health', Description: 'Check health', Arguments: { RestrictedTo: 'Workers', MachineIds: ['Workers-1'] } };
const WRITES: Call[] = [
  { call: `POST ${S}/workers`, swagger: '/{baseSpaceId}/workers', body: listeningCommand('contract-worker'), status: 201 },
  { call: `POST ${S}/workerpools`, swagger: '/{baseSpaceId}/workerpools', body: { Name: 'Contract Pool', WorkerPoolType: 'StaticWorkerPool' }, status: 201 },
  { call: `POST ${S}/tasks`, swagger: '/{baseSpaceId}/tasks', body: health, status: 201 },
  { call: 'POST /api/tasks', swagger: '/tasks', body: { ...health, SpaceId: 'Spaces-1' }, status: 201 },
  { call: `GET ${S}/tasks/ServerTasks-1`, swagger: '/{baseSpaceId}/tasks/{id}' },
  { call: 'GET /api/tasks/ServerTasks-1', swagger: '/tasks/{id}' },
  // `/users/login` is untyped in the swagger; Octopus.Client reads the UserResource it answers.
  { call: 'POST /api/users/login', swagger: '/users/login', body: { Username: 'admin', Password: 'Octopus-Demo-1' }, schema: 'UserResource' },
  { call: 'PUT /api/featuresconfiguration', swagger: '/featuresconfiguration', body: { IsBuiltInWorkerEnabled: false } },
  { call: `POST ${S}/workers`, swagger: '', body: { Name: '' }, status: 400, schema: 'Error' },
  { call: `GET ${S}/workers/Workers-99`, swagger: '/{baseSpaceId}/workers/{id}', status: 404 },
  { call: `DELETE ${S}/workerpools/WorkerPools-1`, swagger: '/{baseSpaceId}/workerpools/{id}', status: 400 },
];

async function check({ call, swagger, body, status = 200, schema }: Call): Promise<string[]> {
  const [method = 'GET', path = ''] = call.split(' ');
  const res = await api(path, { method, body });
  expect(res.status, `${call}: ${JSON.stringify(res.body)}`).toBe(status);
  const expected = schema ? ref(schema) : responseSchema(method, swagger, status);
  if (!expected) throw new Error(`${call}: the swagger types no ${status} answer; name its schema`);
  return problemsWith(res.body, expected).map((p) => `${call}: ${p}`);
}

/** Round-trips what the portal edits: the PUT answers are checked too. */
async function roundTrips(): Promise<string[]> {
  const edits: Array<[string, string, (body: Record<string, unknown>) => unknown]> = [
    [`${S}/workers/Workers-1`, '/{baseSpaceId}/workers/{id}', (w) => ({ ...w, Name: 'renamed' })],
    [`${S}/workerpools/WorkerPools-2`, '/{baseSpaceId}/workerpools/{id}', (p) => ({ ...p, Description: 'edited' })],
    [`${S}/machines/Machines-2`, '/{baseSpaceId}/machines/{id}', (m) => m],
    [`${S}/projects/Projects-1/deploymentprocesses`, '/{baseSpaceId}/projects/{projectId}/deploymentprocesses', (d) => d],
  ];
  const problems: string[] = [];
  for (const [path, swagger, edit] of edits) {
    const loaded = (await api(path)).body as Record<string, unknown>;
    problems.push(...(await check({ call: `PUT ${path}`, swagger, body: edit(loaded) })));
  }
  return problems;
}

describe('the fake answers in Octopus’s shapes (swagger 2021.2)', () => {
  it('every read the portal makes, on the test fixture', async () => {
    const problems = [];
    for (const call of READS) problems.push(...(await check(call)));
    expect(problems).toEqual([]);
  });

  it('every write the portal makes, its answers and Octopus’s error bodies', async () => {
    const problems = [];
    for (const call of WRITES) problems.push(...(await check(call)));
    problems.push(...(await roundTrips()));
    store().select('read-only');
    problems.push(...(await check({ call: `GET ${S}/workers`, swagger: '', status: 403, schema: 'Error' })));
    expect(problems).toEqual([]);
  });

  it.each(['default', 'legacy-external-worker'])('every read on the %s scenario (every kind of endpoint, account and target)', async (name) => {
    configureMockStore({ registry: scenarios, scenario: name });
    const problems = [];
    for (const call of READS) problems.push(...(await check(call)));
    if (name === 'default') {
      // A dynamic pool is checked against its own definition (it has a WorkerType; a static one has none).
      const dynamic = { Name: 'Leased Ubuntu', WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault' };
      problems.push(...(await check({ call: `POST ${S}/workerpools`, swagger: '/{baseSpaceId}/workerpools', body: dynamic, status: 201 })));
      problems.push(...(await check({ call: `GET ${S}/workerpools/all`, swagger: '/{baseSpaceId}/workerpools/all' })));
      expect(store().db.workerPools.some((p) => p.WorkerPoolType === 'DynamicWorkerPool')).toBe(true);
    }
    const endpointKinds = new Set(store().db.machines.map((m) => m.Endpoint.CommunicationStyle));
    for (const id of store().db.machines.map((m) => m.Id)) problems.push(...(await check({ call: `GET ${S}/machines/${id}`, swagger: '/{baseSpaceId}/machines/{id}' })));
    expect(endpointKinds.size).toBeGreaterThan(name === 'default' ? 3 : 0);
    expect(problems).toEqual([]);
  });
});

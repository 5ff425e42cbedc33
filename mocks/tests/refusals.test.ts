// No silent accept: every kind of bad input a probe found the fake storing is refused with a 400 and
// Errors[], and nothing of it is stored.
import { describe, expect, it } from 'vitest';
import { api, del, listeningCommand, post, put, setupFakeOctopus, store } from './harness';

setupFakeOctopus();

const W = '/api/Spaces-1/workers';
const P = '/api/Spaces-1/workerpools';
const DP = '/api/Spaces-1/projects/Projects-1/deploymentprocesses';
const ssh = (endpoint: Record<string, unknown> = {}) => ({
  Name: 'ssh-new', WorkerPoolIds: ['WorkerPools-2'], IsDisabled: false,
  Endpoint: { CommunicationStyle: 'Ssh', Host: 'ssh-new.local', Port: 22, Fingerprint: 'SHA256:' + 'b'.repeat(43), AccountId: 'Accounts-1', ...endpoint },
});
const listening = (uri: string) => ({ ...listeningCommand('bad-uri'), Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: uri, Thumbprint: 'A'.repeat(40) } });

async function refused(res: Promise<{ status: number; body: { Errors?: string[] } }>, pattern: RegExp): Promise<void> {
  const { status, body } = await res;
  expect(status, JSON.stringify(body)).toBe(400);
  expect(body.Errors?.some((e) => pattern.test(e)), JSON.stringify(body.Errors)).toBe(true);
}
const workerCount = async () => (await api(`${W}?take=0`)).body.TotalResults as number;

describe('R1: worker endpoints are read strictly, per kind', () => {
  it('refuses a field of the wrong type, an unknown communication style and an unknown account', async () => {
    const before = await workerCount();
    await refused(post(W, ssh({ Port: '22' })), /Endpoint\.Port/);
    await refused(post(W, { ...ssh(), Endpoint: { CommunicationStyle: 'Carrier pigeon', Uri: 'x' } }), /not "Carrier pigeon"/);
    await refused(post(W, ssh({ AccountId: 'Accounts-99' })), /Unknown account: Accounts-99/);
    await refused(post(W, { ...ssh(), MachinePolicyId: 'MachinePolicies-9' }), /Unknown machine policy/);
    await refused(post(W, ssh({ DotNetCorePlatform: 'win-x64' })), /\.NET platform must be one of linux-x64/);
    expect(await workerCount()).toBe(before);
  });

  it('refuses Tentacle URIs with port 0, credentials, a path or a query, and hosts that are neither a DNS name nor an IP', async () => {
    await refused(post(W, listening('https://host:0/')), /between 1 and 65535/);
    await refused(post(W, listening('https://user:pw@host:10933/')), /no user name or password/);
    await refused(post(W, listening('https://host:10933/path')), /no path or query/);
    await refused(post(W, listening('https://host:10933/?a=1')), /no path or query/);
    await refused(post(W, ssh({ Host: 'ab'.repeat(120) })), /not a valid host/);
    await refused(post(W, ssh({ Host: 'ab'.repeat(150) })), /not a valid host|253 characters or fewer/);
    await refused(post(W, ssh({ Host: '1234abcd'.repeat(30) })), /not a valid host|253 characters or fewer/);
    await refused(post(W, ssh({ Host: '1234:abcd'.repeat(20) })), /not a valid host/);
    await refused(post(W, ssh({ Host: '999.1.1.1' })), /not a valid host/);
    expect((await post(W, ssh({ Host: 'fe80::1' }))).status).toBe(201);
  });

  it('keeps what the server owns: a round-tripped worker stores no client-sent extras', async () => {
    const w = (await api(`${W}/Workers-1`)).body;
    const res = await put(`${W}/Workers-1`, { ...w, Endpoint: { ...w.Endpoint, Sneaky: 'x', TentacleVersionDetails: { Version: '0.0.1' } } });
    expect(res.status).toBe(200);
    expect(store().get('workers', 'Workers-1')?.Endpoint).not.toHaveProperty('Sneaky');
    expect(res.body.Endpoint.TentacleVersionDetails.Version).toBeNull();
  });
});

describe('slugs, lengths and feature flags', () => {
  it('refuses a slug with markup or path characters, and strings over Octopus’s limits', async () => {
    await refused(post(P, { Name: 'Slugged', Slug: '<b>x</b>' }), /slug may contain only/);
    await refused(post(W, { ...listeningCommand('slugged'), Slug: '../etc' }), /slug may contain only/);
    await refused(post(P, { Name: 'Long', Description: 'x'.repeat(1024 * 1024) }), /Description must be 4000 characters or fewer/);
    await refused(post(P, { Name: 'n'.repeat(201) }), /200 characters or fewer/);
    expect((await api(`${P}/all`)).body.map((p: { Name: string }) => p.Name)).not.toContain('Long');
  });

  it('drops unknown keys on /featuresconfiguration instead of storing them', async () => {
    const res = await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false, IsTimeTravelEnabled: true });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('IsTimeTravelEnabled');
    expect(store().db.features).not.toHaveProperty('IsTimeTravelEnabled');
  });
});

describe('tasks', () => {
  const health = (args: Record<string, unknown>) => post('/api/Spaces-1/tasks', { Name: 'Health', Arguments: args });
  it('refuses a bad Timeout and RestrictedTo naming a target as a worker (or a worker as a target)', async () => {
    await refused(health({ Timeout: '5 minutes', RestrictedTo: 'Workers', MachineIds: ['Workers-1'] }), /Timeout argument must be a positive time span/);
    await refused(health({ MachineTimeout: '00:00:00', RestrictedTo: 'Workers', MachineIds: ['Workers-1'] }), /MachineTimeout/);
    await refused(health({ RestrictedTo: 'Workers', MachineIds: ['Machines-1'] }), /deployment targets, not workers: Machines-1/);
    await refused(health({ RestrictedTo: 'DeploymentTargets', MachineIds: ['Workers-1'] }), /workers, not deployment targets: Workers-1/);
    expect(store().db.tasks).toEqual([]);
  });
});

describe('deployment processes', () => {
  const process = async () => (await api(DP)).body;
  it('refuses a step without actions, an empty ActionType, RunOnServer other than true/false, duplicate ids and an unknown pool variable', async () => {
    const empty = await process();
    empty.Steps[0].Actions = [];
    await refused(put(DP, empty), /has no actions/);
    const typeless = await process();
    typeless.Steps[0].Actions[0].ActionType = ' ';
    await refused(put(DP, typeless), /needs an action type/);
    const yes = await process();
    yes.Steps[0].Actions[0].Properties['Octopus.Action.RunOnServer'] = 'yes';
    await refused(put(DP, yes), /must be "true" or "false"/);
    const twice = await process();
    twice.Steps[1].Actions[0].Id = twice.Steps[0].Actions[0].Id;
    await refused(put(DP, twice), /ids must be unique/);
    const slugged = await process();
    slugged.Steps[0].Slug = '<img src=x>';
    await refused(put(DP, slugged), /slug may contain only/);
    const variable = await process();
    variable.Steps[1].Actions[0].WorkerPoolVariable = 'No.Such.Variable';
    await refused(put(DP, variable), /"No.Such.Variable" .* is not a variable of this project/);
    variable.Steps[1].Actions[0].WorkerPoolVariable = 'Project.WorkerPool';
    expect((await put(DP, variable)).status).toBe(200);
  });
});

describe('targets, dynamic pools and ids', () => {
  it('refuses a target PUT that changes its endpoint kind', async () => {
    const m = (await api('/api/Spaces-1/machines/Machines-3')).body;
    await refused(put('/api/Spaces-1/machines/Machines-3', { ...m, Endpoint: { ...m.Endpoint, CommunicationStyle: 'AzureWebApp' } }), /cannot become a AzureWebApp target/);
  });

  it('matches ids the way Octopus does everywhere: any case names the same pool', async () => {
    const res = await post(W, listeningCommand('lower-case-pool', ['workerpools-2']));
    expect(res.status).toBe(201);
    expect(res.body.WorkerPoolIds).toEqual(['WorkerPools-2']);
    expect((await api(`${P}/workerpools-2`)).body.Id).toBe('WorkerPools-2');
    expect((await post('/api/Spaces-1/tasks', { Name: 'Health', Arguments: { WorkerpoolId: 'workerpools-2' } })).status).toBe(201);
  });

  it('dynamic pools: only where the server offers them, with a known worker type, and never with workers added', async () => {
    await refused(post(P, { Name: 'Cloud', WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault' }), /only available on Octopus Cloud/);
    store().db.dynamicWorkerTypes = [{ Id: 'UbuntuDefault', Type: 'Ubuntu', Description: 'Ubuntu (default)' }];
    await refused(post(P, { Name: 'Cloud', WorkerPoolType: 'DynamicWorkerPool' }), /choose the worker type/);
    await refused(post(P, { Name: 'Cloud', WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'Amiga' }), /Unknown dynamic worker type/);
    await refused(post(P, { Name: 'Static', WorkerType: 'UbuntuDefault' }), /Only a dynamic worker pool/);
    const pool = (await post(P, { Name: 'Cloud', WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault' })).body;
    expect(pool).toMatchObject({ WorkerPoolType: 'DynamicWorkerPool', CanAddWorkers: false, WorkerType: 'UbuntuDefault' });
    await refused(put(`${P}/${pool.Id}`, { ...pool, WorkerPoolType: 'StaticWorkerPool' }), /keeps its type/);
    await refused(post(W, listeningCommand('into-dynamic', [pool.Id])), /dynamic worker pool: its workers are leased/);
    expect((await del(`${P}/${pool.Id}`)).status).toBe(200);
  });
});

describe('a wrong method gets 405, as Octopus answers', () => {
  it('names the allowed methods; an unknown path is still a 404', async () => {
    const res = await fetch('http://localhost/api/Spaces-1/workers/Workers-1', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('DELETE, GET, PUT');
    expect((await res.json()).ErrorMessage).toBe("The requested resource does not support http method 'POST'.");
    expect((await api('/api/Spaces-1/workerpools/summary', { method: 'POST', body: {} })).status).toBe(405);
    expect((await api('/api/Spaces-1/workers', { method: 'DELETE' })).status).toBe(405);
    expect((await api('/api/featuresconfiguration', { method: 'POST', body: {} })).status).toBe(405);
    expect((await api('/api/Spaces-1/nonsense', { method: 'DELETE' })).status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { api, del, listeningCommand, post, put, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

const W = '/api/Spaces-1/workers';
const ids = async (query: string) => (await api(`${W}${query}`)).body.Items.map((w: { Id: string }) => w.Id).sort();

describe('GET /workers filters', () => {
  it('lists by name, case-insensitively', async () => {
    const body = (await api(W)).body;
    expect(body.Items.map((w: { Name: string }) => w.Name)).toEqual(['poll-01', 'Poll-02', 'ssh-linux-01', 'ssh-linux-02', 'win-listen-01', 'win-listen-02']);
    expect(body.Items[0].Links).toEqual({ Self: `${W}/Workers-3`, Connection: `${W}/Workers-3/connection` });
  });

  it('partialName contains (any case), name is exact', async () => {
    expect(await ids('?partialName=LISTEN')).toEqual(['Workers-1', 'Workers-2']);
    expect(await ids('?name=win-listen-0')).toEqual([]);
    expect(await ids('?name=WIN-LISTEN-01')).toEqual(['Workers-1']);
  });

  it('healthStatuses and commStyles accept comma-joined and repeated keys', async () => {
    expect(await ids('?healthStatuses=Healthy,Unknown')).toEqual(['Workers-1', 'Workers-3', 'Workers-6']);
    expect(await ids('?healthStatuses=Healthy&healthStatuses=Unknown')).toEqual(['Workers-1', 'Workers-3', 'Workers-6']);
    expect(await ids('?commStyles=Ssh,TentacleActive')).toEqual(['Workers-3', 'Workers-4', 'Workers-5', 'Workers-6']);
    expect(await ids('?commStyles=Ssh&commStyles=TentacleActive')).toEqual(['Workers-3', 'Workers-4', 'Workers-5', 'Workers-6']);
  });

  it('workerPoolIds filters by pool under either spelling of the name (Iss#8099)', async () => {
    expect(await ids('?workerPoolIds=WorkerPools-1')).toEqual(['Workers-1', 'Workers-2', 'Workers-6']);
    expect(await ids('?workerpoolIds=WorkerPools-3')).toEqual([]);
    expect(await ids('?workerpoolids=WorkerPools-1&workerpoolids=WorkerPools-3')).toEqual(['Workers-1', 'Workers-2', 'Workers-6']);
  });

  it('isDisabled, ids and thumbprint narrow too, and filters combine', async () => {
    expect(await ids('?isDisabled=true')).toEqual(['Workers-4']);
    expect(await ids('?ids=Workers-1,Workers-5')).toEqual(['Workers-1', 'Workers-5']);
    expect(await ids(`?thumbprint=${'3'.repeat(40)}`)).toEqual(['Workers-3']);
    expect(await ids('?workerPoolIds=WorkerPools-2&commStyles=Ssh&isDisabled=false')).toEqual(['Workers-5']);
  });
});

describe('workers: R4 permissions', () => {
  it('R4: a user without WorkerView gets 403 Missing permission: WorkerView on every worker read', async () => {
    store().select('read-only');
    for (const path of [W, `${W}/all`, `${W}/Workers-1`, `${W}/Workers-1/connection`, `${W}/discover?host=new-worker`]) {
      const res = await api(path);
      expect(res.status, path).toBe(403);
      expect(res.body.ErrorMessage).toBe(missingPermissionMessage('WorkerView'));
      expect(res.body.Errors).toEqual([]);
    }
  });

  it('R4: a viewer reads workers but may not add, edit or delete one', async () => {
    store().select('viewer');
    expect((await api(`${W}/Workers-1`)).status).toBe(200);
    const worker = (await api(`${W}/Workers-1`)).body;
    for (const res of [await post(W, listeningCommand('x')), await put(`${W}/Workers-1`, worker), await del(`${W}/Workers-1`)]) {
      expect(res.status).toBe(403);
      expect(res.body.ErrorMessage).toBe(missingPermissionMessage('WorkerEdit'));
    }
  });
});

describe('POST/PUT/DELETE /workers', () => {
  it('R1: creates a listening worker; the server fills id, slug, health, legacy copies and links', async () => {
    const res = await post(W, listeningCommand('Build Box', ['WorkerPools-2'], 'abcdef0123456789abcdef0123456789abcdef01'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      Id: 'Workers-7', SpaceId: 'Spaces-1', Slug: 'build-box', HealthStatus: 'Unknown', HasLatestCalamari: true,
      StatusSummary: 'This machine was recently added. Please perform a health check.',
      Thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01', Uri: 'https://build-box:10933/',
      Links: { Self: `${W}/Workers-7`, Connection: `${W}/Workers-7/connection` },
    });
  });

  it('R1: an SSH worker gets its Uri from host and port', async () => {
    const res = await post(W, {
      Name: 'ssh-new', WorkerPoolIds: ['WorkerPools-2'], IsDisabled: false,
      Endpoint: { CommunicationStyle: 'Ssh', Host: 'ssh-new.local', Port: 2222, Fingerprint: 'SHA256:' + 'b'.repeat(43), AccountId: 'Accounts-1' },
    });
    expect(res.status).toBe(201);
    expect(res.body.Endpoint.Uri).toBe('ssh://ssh-new.local:2222/');
    expect(res.body.MachinePolicyId).toBe('MachinePolicies-1');
  });

  it('R1: invalid commands are 400s with every message in Errors and per field in Details', async () => {
    const res = await post(W, { Name: '', WorkerPoolIds: [], Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'http://x/', Thumbprint: 'nope' } });
    expect(res.status).toBe(400);
    expect(res.body.ErrorMessage).toBe('There was a problem with your request.');
    expect(res.body.Errors).toEqual([
      'Please specify a name for this worker.',
      'Please select at least one worker pool.',
      'A listening Tentacle is reached over https://.',
      'A thumbprint is 40 hexadecimal characters (0-9, A-F), e.g. C7524763110D271520C15B6A50296200DA6DDCAA.',
    ]);
    expect(Object.keys(res.body.Details)).toEqual(['Name', 'WorkerPoolIds', 'Endpoint.Uri', 'Endpoint.Thumbprint']);
  });

  it('refuses bodies that are not JSON or not the wire shape, and unknown pools', async () => {
    expect((await api(W, { method: 'POST', raw: '{"Name": ' })).status).toBe(400);
    const shape = await post(W, { Name: 'x' });
    expect(shape.status).toBe(400);
    expect(shape.body.Errors.length).toBeGreaterThan(0);
    expect((await post(W, listeningCommand('x', ['WorkerPools-99']))).body.Errors).toEqual(['Unknown worker pool: WorkerPools-99.']);
  });

  it('Tentacle register-worker: finds pools and policy by name, POSTs with Id null as Octopus.Client does', async () => {
    expect((await api('/api/Spaces-1/workerpools?name=Linux%20Pool')).body.Items[0].Id).toBe('WorkerPools-2');
    expect((await api('/api/Spaces-1/machinepolicies?name=Default%20Machine%20Policy')).body.Items[0].Id).toBe('MachinePolicies-1');
    expect((await api(`${W}?name=tentacle-01`)).body.TotalResults).toBe(0);
    const res = await post(W, { ...listeningCommand('tentacle-01'), Id: null, SpaceId: null });
    expect(res.status).toBe(201);
    expect(res.body.SpaceId).toBe('Spaces-1');
  });

  it('Tentacle register-worker: a second worker with the same name is refused in its words', async () => {
    const res = await post(W, listeningCommand('WIN-LISTEN-01'));
    expect(res.status).toBe(400);
    expect(res.body.Errors).toEqual(["A worker named 'WIN-LISTEN-01' already exists. Please choose a different name."]);
  });

  it('PUT saves the writeable fields and keeps what the server owns', async () => {
    const worker = (await api(`${W}/Workers-2`)).body;
    const res = await put(`${W}/Workers-2`, { ...worker, Name: 'renamed', IsDisabled: true, WorkerPoolIds: ['WorkerPools-3'], HealthStatus: 'Healthy' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ Name: 'renamed', IsDisabled: true, WorkerPoolIds: ['WorkerPools-3'], HealthStatus: 'HasWarnings' });
    expect((await api(`${W}?name=renamed`)).body.TotalResults).toBe(1);
  });

  it('Tentacle deregister-worker: find by thumbprint on /all, then DELETE each Links.Self', async () => {
    const found = (await api(`${W}/all?thumbprint=${'1'.repeat(40)}`)).body;
    expect(found.map((w: { Id: string }) => w.Id)).toEqual(['Workers-1']);
    expect((await del(found[0].Links.Self)).status).toBe(200);
    expect((await api(`${W}/all?thumbprint=${'1'.repeat(40)}`)).body).toEqual([]);
    const gone = await api(`${W}/Workers-1`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ ErrorMessage: "The resource 'Workers-1' was not found.", Errors: [] });
  });

  it('never hands out a deleted id again', async () => {
    await post(W, listeningCommand('seven'));
    await del(`${W}/Workers-7`);
    expect((await post(W, listeningCommand('eight'))).body.Id).toBe('Workers-8');
  });
});

describe('GET /workers/discover and /connection', () => {
  it('answers a known address with the scenario’s thumbprint and others with a stable derived one', async () => {
    const known = (await api(`${W}/discover?host=new-worker&port=10933&type=TentaclePassive`)).body;
    expect(known).toMatchObject({ Id: null, Name: 'new-worker', Endpoint: { Uri: 'https://new-worker:10933/', Thumbprint: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' } });
    const a = (await api(`${W}/discover?host=other-host`)).body.Endpoint.Thumbprint;
    expect(a).toMatch(/^[0-9A-F]{40}$/);
    expect((await api(`${W}/discover?host=other-host`)).body.Endpoint.Thumbprint).toBe(a);
    expect((await api(`${W}/discover?host=third-host`)).body.Endpoint.Thumbprint).not.toBe(a);
  });

  it('SSH discovery answers a fingerprint on port 22; a missing host is a 400', async () => {
    const ssh = (await api(`${W}/discover?host=linux-box&type=Ssh`)).body.Endpoint;
    expect(ssh).toMatchObject({ CommunicationStyle: 'Ssh', Host: 'linux-box', Port: 22, Uri: 'ssh://linux-box:22/' });
    expect(ssh.Fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    const missing = await api(`${W}/discover?type=Ssh`);
    expect(missing.status).toBe(400);
    expect(missing.body.Errors).toEqual(['Please provide a host name or IP address.']);
  });

  it('the connection status reports health and when it was last checked', async () => {
    const body = (await api(`${W}/Workers-1/connection`)).body;
    expect(body).toMatchObject({ MachineId: 'Workers-1', Status: 'Healthy', LastChecked: '2024-05-01T10:00:00.000Z' });
    expect((await api(`${W}/Workers-3/connection`)).body.LastChecked).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isCloudTarget } from '../../src/domain/cloud-targets';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { PROCESS_CONFLICT } from '../handlers/deployment-processes';
import { api, del, moveOnlyMembers, put, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

const DP = '/api/Spaces-1/projects/Projects-1/deploymentprocesses';
const process = async () => (await api(DP)).body;

describe('deployment processes', () => {
  it('a save bumps Version; a save based on an older Version is refused with SW20’s message', async () => {
    const loaded = await process();
    expect(loaded.Version).toBe(3);
    const first = await put(DP, { ...loaded, Steps: loaded.Steps.slice(0, 1) });
    expect(first.status).toBe(200);
    expect(first.body.Version).toBe(4);
    const stale = await put(DP, loaded);
    expect(stale.status).toBe(400);
    expect(stale.body.Errors).toEqual([PROCESS_CONFLICT]);
    expect((await process()).Steps).toHaveLength(1);
  });

  it('the legacy by-id route reads and writes the same process', async () => {
    const legacy = (await api('/api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-1')).body;
    expect(legacy.Version).toBe(3);
    expect((await put('/api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-1', legacy)).body.Version).toBe(4);
    expect((await process()).Version).toBe(4);
  });

  it('R11: refuses an action with both a pool and a pool variable (Iss#9440)', async () => {
    const p = await process();
    p.Steps[0].Actions[0].WorkerPoolVariable = 'Project.WorkerPool';
    const res = await put(DP, p);
    expect(res.status).toBe(400);
    expect(res.body.Errors).toEqual(["A step can't have both a worker pool id and a worker pool variable"]);
    expect(Object.keys(res.body.Details)).toEqual(['Steps[0].Actions[0].WorkerPoolVariable']);
  });

  it('refuses a pool that does not exist, missing names and duplicate step names', async () => {
    const p = await process();
    p.Steps[1].Actions[0].WorkerPoolId = 'WorkerPools-99';
    expect((await put(DP, p)).body.Errors).toEqual(['The worker pool \'WorkerPools-99\' chosen for step "Deploy to Azure" does not exist.']);
    const q = await process();
    q.Steps[1].Name = 'Run a script';
    q.Steps[0].Actions[0].Name = ' ';
    const refused = (await put(DP, q)).body;
    expect(refused.Errors).toEqual(['Every action in step "Run a script" needs a name.', 'Another step is already named "Run a script". Step names must be unique.']);
    // Each problem is keyed by where it sits in the body sent, so the step editor can put it on its field.
    expect(refused.Details).toEqual({ 'Steps[0].Actions[0].Name': refused.Errors[0], 'Steps[1].Name': refused.Errors[1] });
  });

  it('R5: a step keeps a pool deleted since it was saved, and can still be saved', async () => {
    await moveOnlyMembers('WorkerPools-2', 'WorkerPools-3');
    expect((await del('/api/Spaces-1/workerpools/WorkerPools-2')).status).toBe(200);
    const p = await process();
    expect(p.Steps[0].Actions[0].WorkerPoolId).toBe('WorkerPools-2');
    expect((await put(DP, { ...p, Steps: p.Steps.map((s: { Name: string }) => ({ ...s, Name: `${s.Name}!` })) })).status).toBe(200);
  });

  it('new steps and actions get ids and slugs from the server', async () => {
    const p = await process();
    p.Steps.push({ Id: '', Name: 'Email ops', Properties: {}, Actions: [{ Id: '', Name: 'Email ops', ActionType: 'Octopus.Email', Properties: {} }] });
    const saved = (await put(DP, p)).body.Steps[2];
    expect(saved.Id).not.toBe('');
    expect(saved.Actions[0]).toMatchObject({ Slug: 'email-ops' });
  });

  it('a viewer reads the process but may not save it', async () => {
    store().select('viewer');
    const p = await process();
    const res = await put(DP, p);
    expect(res.status).toBe(403);
    expect(res.body.ErrorMessage).toBe(missingPermissionMessage('ProcessEdit'));
    expect((await process()).Version).toBe(3);
  });
});

describe('projects', () => {
  it('lists by name with partialName, and links each project to its process', async () => {
    const body = (await api('/api/Spaces-1/projects?partialName=shop')).body;
    expect(body).toMatchObject({ ItemType: 'Project', TotalResults: 1 });
    expect(body.Items[0].Links.DeploymentProcess).toBe(DP);
    expect((await api('/api/Spaces-1/projects?partialName=nothing')).body.TotalResults).toBe(0);
    expect((await api('/api/Spaces-1/projects/web-shop')).body.Id).toBe('Projects-1');
  });
});

describe('deployment targets: R12 default worker pools', () => {
  const M = '/api/Spaces-1/machines';

  it('filters by roles, environmentIds, commStyles and isDisabled', async () => {
    const ids = async (q: string) => (await api(`${M}${q}`)).body.Items.map((m: { Id: string }) => m.Id);
    expect(await ids('?roles=azure,cloud')).toEqual(['Machines-2', 'Machines-3']);
    expect(await ids('?environmentIds=Environments-1&isDisabled=false')).toEqual(['Machines-2', 'Machines-1']);
    expect(await ids('?commStyles=None')).toEqual(['Machines-3']);
  });

  it('R12: a cloud target may name an existing pool; a Tentacle target may not name one', async () => {
    const cloud = (await api(`${M}/Machines-3`)).body;
    const ok = await put(`${M}/Machines-3`, { ...cloud, Endpoint: { ...cloud.Endpoint, DefaultWorkerPoolId: 'WorkerPools-3' } });
    expect(ok.body.Endpoint.DefaultWorkerPoolId).toBe('WorkerPools-3');
    const unknown = await put(`${M}/Machines-3`, { ...cloud, Endpoint: { ...cloud.Endpoint, DefaultWorkerPoolId: 'WorkerPools-99' } });
    expect(unknown.body.Errors).toEqual(['Unknown worker pool: WorkerPools-99.']);
    const tentacle = (await api(`${M}/Machines-1`)).body;
    const refused = await put(`${M}/Machines-1`, { ...tentacle, Endpoint: { ...tentacle.Endpoint, DefaultWorkerPoolId: 'WorkerPools-2' } });
    expect(refused.status).toBe(400);
    expect(refused.body.Details).toEqual({ 'Endpoint.DefaultWorkerPoolId': 'Only cloud targets can have a default worker pool.' });
  });

  // Every style Octopus knows (octopus-api.md §2.4) and one it may add later: the fake and the portal agree.
  it.each([
    'None', 'TentaclePassive', 'TentacleActive', 'Ssh', 'OfflineDrop', 'AzureWebApp', 'Ftp', 'AzureCloudService',
    'AzureServiceFabricCluster', 'Kubernetes', 'StepPackage', 'KubernetesTentacle', 'AwsEcsCluster', 'SomethingNew',
  ])('R12: a %s target may name a default pool exactly when the portal calls it a cloud target', async (style) => {
    // The target is stored with that style first: a PUT may not change a target's kind. Other endpoint
    // fields may still be refused (each kind is validated strictly); only the pool rule is compared here.
    const stored = store().get('machines', 'Machines-2')!;
    const Endpoint = { ...stored.Endpoint, CommunicationStyle: style, DefaultWorkerPoolId: 'WorkerPools-3' };
    store().put('machines', { ...stored, Endpoint } as never);
    const res = await put(`${M}/Machines-2`, { ...(await api(`${M}/Machines-2`)).body, Endpoint });
    const poolRefused = res.status === 400 && 'Endpoint.DefaultWorkerPoolId' in (res.body.Details ?? {});
    expect(poolRefused).toBe(!isCloudTarget({ Endpoint }));
    if (poolRefused) expect(res.body.Details['Endpoint.DefaultWorkerPoolId']).toBe('Only cloud targets can have a default worker pool.');
    if (res.status === 200) expect(res.body.Endpoint.DefaultWorkerPoolId).toBe('WorkerPools-3');
  });

  it('MachineView to read, MachineEdit to save', async () => {
    store().select('viewer');
    const m = (await api(`${M}/Machines-2`)).body;
    expect((await put(`${M}/Machines-2`, m)).body.ErrorMessage).toBe(missingPermissionMessage('MachineEdit'));
    store().select('read-only');
    expect((await api(M)).body.ErrorMessage).toBe(missingPermissionMessage('MachineView'));
  });
});

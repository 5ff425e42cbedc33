import { describe, expect, it } from 'vitest';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { api, del, moveOnlyMembers, post, put, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

const P = '/api/Spaces-1/workerpools';
const defaults = async () => ((await api(`${P}/all`)).body as Array<{ Id: string; IsDefault: boolean }>).filter((p) => p.IsDefault).map((p) => p.Id);
const poolBody = async (id: string) => (await api(`${P}/${id}`)).body;

describe('worker pools: R2 exactly one default', () => {
  it('R2: making a pool the default clears the old default in the same PUT', async () => {
    const res = await put(`${P}/WorkerPools-2`, { ...(await poolBody('WorkerPools-2')), IsDefault: true });
    expect(res.status).toBe(200);
    expect(res.body.IsDefault).toBe(true);
    expect(await defaults()).toEqual(['WorkerPools-2']);
  });

  it('R2: creating a pool with IsDefault true swaps the default too', async () => {
    const res = await post(P, { Name: 'New Default', IsDefault: true });
    expect(res.status).toBe(201);
    expect(await defaults()).toEqual([res.body.Id]);
  });

  it('R2: the default pool cannot be deleted, with the domain reason', async () => {
    const res = await del(`${P}/WorkerPools-1`);
    expect(res.status).toBe(400);
    expect(res.body.Errors).toEqual(['The default worker pool cannot be deleted. Make another pool the default first.']);
    expect((await api(`${P}/WorkerPools-1`)).status).toBe(200);
  });

  it('R2: the default cannot be unset, only moved', async () => {
    const res = await put(`${P}/WorkerPools-1`, { ...(await poolBody('WorkerPools-1')), IsDefault: false });
    expect(res.status).toBe(400);
    expect(res.body.Details).toEqual({ IsDefault: 'A space always has a default worker pool. Make another pool the default instead.' });
    expect(await defaults()).toEqual(['WorkerPools-1']);
  });

  it('R2: after a swap the old default can be deleted', async () => {
    await put(`${P}/WorkerPools-3`, { ...(await poolBody('WorkerPools-3')), IsDefault: true });
    await moveOnlyMembers('WorkerPools-1', 'WorkerPools-3');
    expect((await del(`${P}/WorkerPools-1`)).status).toBe(200);
    expect((await api(`${P}/WorkerPools-1`)).status).toBe(404);
  });
});

describe('worker pools: create, edit, delete', () => {
  it('POST fills id, slug, type, CanAddWorkers, appends SortOrder and links Workers', async () => {
    const res = await post(P, { Name: 'Build Agents', SpaceId: 'Spaces-1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      Id: 'WorkerPools-4', Slug: 'build-agents', WorkerPoolType: 'StaticWorkerPool', CanAddWorkers: true, IsDefault: false, SortOrder: 4,
      Links: { Self: '/api/Spaces-1/workerpools/WorkerPools-4', Workers: '/api/Spaces-1/workerpools/WorkerPools-4/workers{?skip,take,partialName,isDisabled,healthStatuses,commStyles,shellNames}' },
    });
  });

  it('R3: pool names are unique in the space (case-insensitive)', async () => {
    const res = await post(P, { Name: 'linux pool' });
    expect(res.status).toBe(400);
    expect(res.body.Errors).toEqual(['A worker pool with the name "linux pool" already exists. Please choose a different name.']);
    expect(res.body.Details).toHaveProperty('Name');
  });

  it('refuses a dynamic pool on a self-hosted server', async () => {
    expect((await api(`${P}/supportedtypes`)).body.SupportedPoolTypes).toEqual(['StaticWorkerPool']);
    expect((await post(P, { Name: 'Cloud', WorkerPoolType: 'DynamicWorkerPool' })).status).toBe(400);
  });

  it('R1: deleting the only pool of some workers is refused, naming them; once they moved, the delete takes it out of the rest', async () => {
    const refused = await del(`${P}/WorkerPools-2`);
    expect(refused.status).toBe(400);
    expect(refused.body.Errors).toEqual(['Linux Pool is the only worker pool of poll-01, ssh-linux-01 and ssh-linux-02. Move them to another pool, or delete them, before deleting this pool.']);
    expect((await api(`${P}/WorkerPools-2`)).status).toBe(200);
    await moveOnlyMembers('WorkerPools-2', 'WorkerPools-3');
    expect((await del(`${P}/WorkerPools-2`)).status).toBe(200);
    const w2 = (await api('/api/Spaces-1/workers/Workers-2')).body;
    const w3 = (await api('/api/Spaces-1/workers/Workers-3')).body;
    expect(w2.WorkerPoolIds).toEqual(['WorkerPools-1']);
    expect(w3.WorkerPoolIds).toEqual(['WorkerPools-3']);
  });

  it('PUT sortorder with every pool id reorders; anything else is a 400', async () => {
    expect((await put(`${P}/sortorder`, ['WorkerPools-3', 'WorkerPools-1'])).status).toBe(400);
    expect((await put(`${P}/sortorder`, ['WorkerPools-3', 'WorkerPools-1', 'WorkerPools-1'])).status).toBe(400);
    expect((await put(`${P}/sortorder`, ['WorkerPools-3', 'WorkerPools-1', 'WorkerPools-99'])).status).toBe(400);
    expect((await put(`${P}/sortorder`, ['WorkerPools-3', 'WorkerPools-1', 'WorkerPools-2'])).status).toBe(200);
    expect((await api(`${P}/all`)).body.map((p: { Id: string }) => p.Id)).toEqual(['WorkerPools-3', 'WorkerPools-1', 'WorkerPools-2']);
  });

  it('lists pools paged (default take 10) sorted by SortOrder, filtered by partialName, name and ids', async () => {
    const all = (await api(P)).body;
    expect(all).toMatchObject({ ItemType: 'WorkerPool', ItemsPerPage: 10, TotalResults: 3 });
    expect((await api(`${P}?partialName=POOL&ids=WorkerPools-2,WorkerPools-3`)).body.Items.map((p: { Id: string }) => p.Id)).toEqual(['WorkerPools-2', 'WorkerPools-3']);
    expect((await api(`${P}?name=Empty%20Pool`)).body.TotalResults).toBe(1);
  });
});

describe('worker pools: R4 who may see and change them', () => {
  it('R4: a user who may not view workers still lists pools and sees whether each has workers', async () => {
    store().select('read-only');
    expect((await api(`${P}/all`)).status).toBe(200);
    expect((await api(P)).body.TotalResults).toBe(3);
    const summary = (await api(`${P}/summary`)).body;
    expect(summary.WorkerPoolSummaries.map((s: { TotalMachines: number }) => s.TotalMachines)).toEqual([3, 4, 0]);
    expect(summary.MachineIdsForCalamariUpgrade).toEqual([]);
  });

  it('R4: … but not the workers inside a pool', async () => {
    store().select('read-only');
    const res = await api(`${P}/WorkerPools-2/workers`);
    expect(res.status).toBe(403);
    expect(res.body.ErrorMessage).toBe(missingPermissionMessage('WorkerView'));
  });

  it('R4: a viewer may not create, edit, reorder or delete pools', async () => {
    store().select('viewer');
    const denied = missingPermissionMessage('WorkerEdit');
    for (const res of [
      await post(P, { Name: 'x' }),
      await put(`${P}/WorkerPools-2`, { Name: 'x' }),
      await put(`${P}/sortorder`, ['WorkerPools-1', 'WorkerPools-2', 'WorkerPools-3']),
      await del(`${P}/WorkerPools-3`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.ErrorMessage).toBe(denied);
      expect(res.body.HelpText).toMatch(/^This action requires permission to edit workers and worker pools\. None of your teams/);
    }
  });
});

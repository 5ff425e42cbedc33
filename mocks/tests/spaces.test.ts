// A scenario with two spaces (`default`'s Platform space): each space-scoped route sees its own space's data
// only, ids stay server-wide, tasks are found from /api/tasks in any space, and edits persist per space.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios';
import { configureMockStore, STORAGE_PREFIX } from '../store';
import { api, listeningCommand, MemoryStorage, post, put, setupFakeOctopus, store } from './harness';

setupFakeOctopus({ registry: scenarios });

const names = (items: Array<{ Name: string }>) => items.map((i) => i.Name);

describe('spaces: default holds two', () => {
  it('lists both, for the space list and for the user (the space switcher reads /users/{id}/spaces)', async () => {
    expect(names((await api('/api/spaces')).body.Items)).toEqual(['Default', 'Platform']);
    expect(names((await api('/api/spaces/all')).body)).toEqual(['Default', 'Platform']);
    const me = (await api('/api/users/me')).body;
    const mine = (await api(me.Links.Spaces)).body;
    expect(mine.map((s: { Id: string; IsDefault: boolean }) => [s.Id, s.IsDefault])).toEqual([['Spaces-1', true], ['Spaces-2', false]]);
    expect((await api('/api/spaces/spaces-2')).body).toMatchObject({ Id: 'Spaces-2', Name: 'Platform', Links: { SpaceHome: '/api/Spaces-2' } });
    expect((await api('/api/Spaces-2')).body.Links.Workers).toMatch(/^\/api\/Spaces-2\/workers/);
  });

  it('each space-scoped route answers with its own space only', async () => {
    const platform = (await api('/api/Spaces-2/workers?take=100')).body;
    expect(names(platform.Items)).toEqual(['k8s-worker-01', 'k8s-worker-02', 'platform-tools-01']);
    expect(platform.Items.every((w: { SpaceId: string }) => w.SpaceId === 'Spaces-2')).toBe(true);
    expect(names((await api('/api/Spaces-2/workerpools/all')).body)).toEqual(['Default Worker Pool', 'Kubernetes Workers']);
    expect(names((await api('/api/Spaces-2/projects/all')).body)).toEqual(['Cluster Upgrades']);
    const defaultSpace = (await api('/api/Spaces-1/workers?take=100')).body.Items;
    expect(names(defaultSpace)).not.toContain('k8s-worker-01');
    // Another space's id is not found here, as Octopus answers.
    expect((await api('/api/Spaces-1/workers/Workers-101')).status).toBe(404);
    expect((await api('/api/Spaces-2/workers/Workers-1')).status).toBe(404);
    expect((await api('/api/Spaces-3/workers')).status).toBe(404);
  });

  it('a new entity gets an id no space has used (Octopus numbers ids server-wide)', async () => {
    const inDefault = (await post('/api/Spaces-1/workers', listeningCommand('first-space-worker'))).body;
    const platformCommand = (name: string, pool: string) =>
      ({ ...listeningCommand(name, [pool], 'B'.repeat(40)), SpaceId: 'Spaces-2', MachinePolicyId: 'MachinePolicies-101' });
    const inPlatform = await post('/api/Spaces-2/workers', platformCommand('platform-worker', 'WorkerPools-102'));
    expect(inPlatform.status).toBe(201);
    expect(inDefault.Id).toBe('Workers-104');
    expect(inPlatform.body).toMatchObject({ Id: 'Workers-105', SpaceId: 'Spaces-2' });
    // A pool of the other space is not a pool here.
    const wrongSpace = await post('/api/Spaces-2/workers', platformCommand('stray', 'WorkerPools-2'));
    expect(wrongSpace.status).toBe(400);
    expect(JSON.stringify(wrongSpace.body)).toContain('WorkerPools-2');
  });

  it('a health check in the second space runs, and /api/tasks/{id} finds it', async () => {
    let now = Date.parse('2026-12-01T10:00:00.000Z');
    store().setClock(() => now);
    const task = (await post('/api/Spaces-2/tasks', { Name: 'Health', Description: 'Check', Arguments: { RestrictedTo: 'Workers', WorkerpoolId: 'WorkerPools-102' } })).body;
    expect(task.SpaceId).toBe('Spaces-2');
    now += 10_000;
    expect((await api(`/api/tasks/${task.Id}`)).body).toMatchObject({ State: 'Success', SpaceId: 'Spaces-2' });
    expect((await api(`/api/Spaces-1/tasks/${task.Id}`)).status).toBe(404);
    expect((await api('/api/Spaces-2/workers/Workers-102')).body.HealthStatus).toBe('HasWarnings');
    const everywhere = (await api('/api/tasks')).body.Items.map((t: { SpaceId: string }) => t.SpaceId);
    expect(everywhere).toEqual(expect.arrayContaining(['Spaces-1', 'Spaces-2']));
    expect((await api('/api/tasks?spaces=Spaces-1')).body.Items.map((t: { SpaceId: string }) => t.SpaceId)).not.toContain('Spaces-2');
  });

  it('the server-wide switch is one switch, whichever space reads it', async () => {
    await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    expect(store().inSpace('Spaces-2')?.db.features.IsBuiltInWorkerEnabled).toBe(false);
    expect(store().db.features.IsBuiltInWorkerEnabled).toBe(false);
  });

  it('edits persist per space across a reload, and a reset clears every space', async () => {
    const storage = new MemoryStorage();
    const reload = () => configureMockStore({ registry: scenarios, storage });
    reload();
    const pool = (await api('/api/Spaces-2/workerpools/WorkerPools-102')).body;
    await put('/api/Spaces-2/workerpools/WorkerPools-102', { ...pool, Description: 'Renamed in Platform' });
    store().flush();
    expect(storage.getItem(`${STORAGE_PREFIX}default@Spaces-2`)).toContain('Renamed in Platform');
    expect(storage.getItem(`${STORAGE_PREFIX}default`)).toBeNull();
    reload();
    expect((await api('/api/Spaces-2/workerpools/WorkerPools-102')).body.Description).toBe('Renamed in Platform');
    store().reset('default');
    expect(storage.getItem(`${STORAGE_PREFIX}default@Spaces-2`)).toBeNull();
    expect((await api('/api/Spaces-2/workerpools/WorkerPools-102')).body.Description).not.toBe('Renamed in Platform');
  });
});

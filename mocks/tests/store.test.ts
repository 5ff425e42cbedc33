import { describe, expect, it } from 'vitest';
import { configureMockStore, resetMockStore, STORAGE_PREFIX } from '../store';
import { fixtureRegistry } from '../test-fixtures';
import { api, del, listeningCommand, MemoryStorage, post, put, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

const KEY = `${STORAGE_PREFIX}default`;
/** A browser reload: a new store over the same storage re-seeds and applies the overlay. */
const reload = (storage: MemoryStorage, scenario = 'default') => configureMockStore({ registry: fixtureRegistry(), storage, scenario });
const overlay = (storage: MemoryStorage) => JSON.parse(storage.getItem(KEY) ?? 'null');

describe('persistence: an overlay per scenario, re-applied on reload', () => {
  it('edits survive a reload: created, changed and deleted entities, features and the default swap', async () => {
    const storage = new MemoryStorage();
    reload(storage);
    const created = (await post('/api/Spaces-1/workers', listeningCommand('kept-after-reload'))).body;
    await del('/api/Spaces-1/workers/Workers-5');
    const pool = (await api('/api/Spaces-1/workerpools/WorkerPools-3')).body;
    await put('/api/Spaces-1/workerpools/WorkerPools-3', { ...pool, IsDefault: true });
    await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });

    reload(storage);
    expect((await api(`/api/Spaces-1/workers/${created.Id}`)).body.Name).toBe('kept-after-reload');
    expect((await api('/api/Spaces-1/workers/Workers-5')).status).toBe(404);
    expect((await api('/api/Spaces-1/workerpools?take=1')).body.Items[0].IsDefault).toBe(false);
    const defaults = (await api('/api/Spaces-1/workerpools/all')).body.filter((p: { IsDefault: boolean }) => p.IsDefault);
    expect(defaults.map((p: { Id: string }) => p.Id)).toEqual(['WorkerPools-3']);
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(false);
    // Ids are never reused, across reloads too.
    await del(`/api/Spaces-1/workers/${created.Id}`);
    reload(storage);
    expect((await post('/api/Spaces-1/workers', listeningCommand('next'))).body.Id).toBe('Workers-8');
  });

  it('stores only what changed: new entities whole, seeded ones as changed fields, deletions as markers', async () => {
    const storage = new MemoryStorage();
    reload(storage);
    const w2 = (await api('/api/Spaces-1/workers/Workers-2')).body;
    await put('/api/Spaces-1/workers/Workers-2', { ...w2, IsDisabled: true });
    await del('/api/Spaces-1/workers/Workers-4');
    await post('/api/Spaces-1/workerpools', { Name: 'Added' });
    const saved = overlay(storage);
    expect(Object.keys(saved.collections.workers)).toEqual(['Workers-2', 'Workers-4']);
    expect(saved.collections.workers['Workers-4']).toEqual({ deleted: true });
    expect(Object.keys(saved.collections.workers['Workers-2'].set).sort()).toEqual(['IsDisabled', 'LastModifiedBy', 'LastModifiedOn', 'Thumbprint', 'Uri']);
    expect(saved.collections.workerPools['WorkerPools-4'].created.Name).toBe('Added');
    expect(saved.features).toBeUndefined();
  });

  it('reset drops the overlay; other scenarios keep theirs; a corrupt overlay falls back to the seed', async () => {
    const storage = new MemoryStorage();
    reload(storage, 'viewer');
    await put('/api/__mock/scenario', { Scenario: 'default' });
    await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    storage.setItem(`${STORAGE_PREFIX}viewer`, '{"version":1,"collections":{},"features":{"IsBuiltInWorkerEnabled":false}}');
    await post('/api/__mock/reset');
    expect(storage.getItem(KEY)).toBeNull();
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
    reload(storage, 'viewer');
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(false);
    storage.setItem(`${STORAGE_PREFIX}viewer`, '{not json');
    reload(storage, 'viewer');
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
  });

  it('a store without storage keeps edits in memory only', async () => {
    await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(false);
    configureMockStore({ registry: fixtureRegistry() });
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
  });
});

describe('resetMockStore (Vitest afterEach)', () => {
  it('puts every scenario back to its seed, the first scenario back in charge and the real clock back', async () => {
    store().setClock(() => 0);
    await put('/api/__mock/scenario', { Scenario: 'viewer' });
    await del('/api/Spaces-1/workers/Workers-1');
    await put('/api/__mock/scenario', { Scenario: 'default' });
    await del('/api/Spaces-1/workers/Workers-1');
    resetMockStore();
    expect(store().scenario).toBe('default');
    expect(store().now()).toBeGreaterThan(1_600_000_000_000);
    expect((await api('/api/Spaces-1/workers/Workers-1')).status).toBe(200);
  });

  it('refuses an unknown scenario', () => {
    expect(() => store().select('nope')).toThrow('Unknown mock scenario "nope"');
  });
});

describe('tabs of one scenario share its data (the browser demo)', () => {
  it('after another tab saves, reload() drops the copy held here, so the next read sees the edit and its Version', async () => {
    const { MockStore } = await import('../store');
    const storage = new MemoryStorage();
    const tabA = new MockStore({ registry: fixtureRegistry(), storage, scenario: 'default' });
    const tabB = new MockStore({ registry: fixtureRegistry(), storage, scenario: 'default' });
    const before = tabB.get('deploymentProcesses', tabB.db.deploymentProcesses[0]!.Id)!;
    const edited = { ...tabA.get('deploymentProcesses', before.Id)!, Version: before.Version + 1 };
    tabA.put('deploymentProcesses', edited);
    tabA.flush();
    // Without a reload, tab B would still hold (and later write back) the old process.
    expect(tabB.get('deploymentProcesses', before.Id)!.Version).toBe(before.Version);
    expect(MockStore.scenarioOfKey(KEY)).toBe('default');
    expect(MockStore.scenarioOfKey('something-else')).toBeUndefined();
    tabB.reload('default');
    expect(tabB.get('deploymentProcesses', before.Id)!.Version).toBe(before.Version + 1);
  });

  it('an edit this tab has not written yet is kept, not dropped by a reload', async () => {
    const { MockStore } = await import('../store');
    const storage = new MemoryStorage();
    const tab = new MockStore({ registry: fixtureRegistry(), storage, scenario: 'default' });
    const worker = tab.get('workers', 'Workers-2')!;
    tab.put('workers', { ...worker, Name: 'renamed-here' });
    tab.reload('default'); // the write is still pending (it happens after this tick)
    expect(tab.get('workers', 'Workers-2')!.Name).toBe('renamed-here');
    tab.flush();
    tab.reload();
    expect(tab.get('workers', 'Workers-2')!.Name).toBe('renamed-here');
  });
});

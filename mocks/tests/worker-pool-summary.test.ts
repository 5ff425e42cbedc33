import { describe, expect, it } from 'vitest';
import { countPoolWorkers, countsById, poolCountsFromSummaries } from '../../src/domain/pool-counts';
import { api, setupFakeOctopus, store } from './harness';

setupFakeOctopus();

const S = '/api/Spaces-1/workerpools/summary';
const byPool = (body: { WorkerPoolSummaries: Array<{ WorkerPool: { Id: string }; TotalMachines: number }> }) =>
  Object.fromEntries(body.WorkerPoolSummaries.map((s) => [s.WorkerPool.Id, s.TotalMachines]));

describe('GET /workerpools/summary', () => {
  it('counts per pool and in total; a worker in two pools is one machine in the totals', async () => {
    const body = (await api(S)).body;
    expect(byPool(body)).toEqual({ 'WorkerPools-1': 3, 'WorkerPools-2': 4, 'WorkerPools-3': 0 });
    expect(body).toMatchObject({
      TotalMachines: 6,
      TotalDisabledMachines: 1,
      MachineHealthStatusSummaries: { Healthy: 1, HasWarnings: 1, Unhealthy: 1, Unavailable: 1, Unknown: 2 },
      MachineEndpointSummaries: { TentaclePassive: 2, TentacleActive: 2, Ssh: 2 },
      MachineIdsForCalamariUpgrade: ['Workers-2'],
    });
    const linux = body.WorkerPoolSummaries[1];
    expect(linux.WorkerPool.Links.Workers).toContain('/workerpools/WorkerPools-2/workers{?');
    expect(linux.MachineHealthStatusSummaries).toEqual({ Healthy: 0, HasWarnings: 1, Unhealthy: 1, Unavailable: 1, Unknown: 1 });
  });

  it('hideEmptyWorkerPools drops pools with no matching worker', async () => {
    expect(Object.keys(byPool((await api(`${S}?hideEmptyWorkerPools=true`)).body))).toEqual(['WorkerPools-1', 'WorkerPools-2']);
  });

  it('ids and partialName select pools; machine filters narrow the counted workers', async () => {
    expect(byPool((await api(`${S}?ids=WorkerPools-2`)).body)).toEqual({ 'WorkerPools-2': 4 });
    expect(byPool((await api(`${S}?partialName=linux`)).body)).toEqual({ 'WorkerPools-2': 4 });
    expect(byPool((await api(`${S}?machinePartialName=ssh`)).body)).toEqual({ 'WorkerPools-1': 0, 'WorkerPools-2': 2, 'WorkerPools-3': 0 });
    expect(byPool((await api(`${S}?isDisabled=false&commStyles=Ssh`)).body)['WorkerPools-2']).toBe(1);
    expect(byPool((await api(`${S}?healthStatuses=Unknown&healthStatuses=Healthy`)).body)).toEqual({ 'WorkerPools-1': 2, 'WorkerPools-2': 1, 'WorkerPools-3': 0 });
  });
});

describe('the portal reading the summaries', () => {
  it("R13: the summary and its isDisabled=false twin give every pool exactly its workers' counts", async () => {
    // A disabled Healthy worker is the case one summary can't tell apart from an enabled one.
    const win = store().get('workers', 'Workers-1')!;
    store().put('workers', { ...win, IsDisabled: true });
    const all = (await api(S)).body.WorkerPoolSummaries;
    const enabledOnly = (await api(`${S}?isDisabled=false`)).body.WorkerPoolSummaries;
    const { workers, workerPools } = store().db;
    expect(countsById(poolCountsFromSummaries(all, enabledOnly))).toEqual(
      Object.fromEntries(workerPools.map((p) => [p.Id, countPoolWorkers(workers, p.Id)])),
    );
    expect(countPoolWorkers(workers, 'WorkerPools-1')).toMatchObject({ total: 3, disabled: 1, available: 1 });
  });
});

describe('GET /workerpools/{id}/workers', () => {
  it('pages the pool’s workers by name (default take 20) with the worker filters', async () => {
    const body = (await api('/api/Spaces-1/workerpools/WorkerPools-2/workers')).body;
    expect(body).toMatchObject({ ItemType: 'Worker', ItemsPerPage: 20, TotalResults: 4 });
    expect(body.Items.map((w: { Name: string }) => w.Name)).toEqual(['poll-01', 'ssh-linux-01', 'ssh-linux-02', 'win-listen-02']);
    const filtered = (await api('/api/Spaces-1/workerpools/WorkerPools-2/workers?partialName=SSH&isDisabled=false')).body;
    expect(filtered.Items.map((w: { Id: string }) => w.Id)).toEqual(['Workers-5']);
  });

  it('answers 404 for an unknown pool', async () => {
    const res = await api('/api/Spaces-1/workerpools/WorkerPools-99/workers');
    expect(res.status).toBe(404);
    expect(res.body.ErrorMessage).toBe("The resource 'WorkerPools-99' was not found.");
  });
});

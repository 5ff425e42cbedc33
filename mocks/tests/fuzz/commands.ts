// The operations the fuzzer strings together, valid and invalid, each with the outcome the model predicts.
// Indexes pick among whatever pools and workers exist at that step (modulo), so every sequence stays
// meaningful as it shrinks; `toString` is what a failure prints.
import fc from 'fast-check';
import { expect } from 'vitest';
import { fixturePermissions, type FixtureRole } from '../../test-fixtures';
import { getMockStore } from '../../store';
import { call } from './fake-client';
import { checkInvariants, expectRefused, may, type Model } from './model';

type Cmd = fc.AsyncCommand<Model, object>;
const S = '/api/Spaces-1';
const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const THUMB = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';

function command(label: string, run: (m: Model) => Promise<void>): Cmd {
  return {
    check: () => true,
    run: async (m) => {
      await run(m);
      await checkInvariants(m);
    },
    toString: () => label,
  };
}

const workerBody = (name: string, pools: string[], thumbprint = THUMB) => ({
  Name: name, IsDisabled: false, WorkerPoolIds: pools, MachinePolicyId: 'MachinePolicies-1',
  Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: `https://${name || 'x'}.test:10933/`, Thumbprint: thumbprint },
});

const createWorker = fc.record({ name: fc.constantFrom('alpha', 'beta', 'win-listen-01', ''), pools: fc.array(fc.nat(9), { maxLength: 3 }), ghostPool: fc.boolean(), badThumb: fc.boolean() })
  .map(({ name, pools, ghostPool, badThumb }) => command(`createWorker(${JSON.stringify({ name, pools, ghostPool, badThumb })})`, async (m) => {
    const ids = [...new Set(pools.map((i) => pick(m.pools, i)?.id).filter((x): x is string => !!x))];
    const named = ghostPool ? [...ids, 'WorkerPools-999'] : ids;
    const answer = await call('POST', `${S}/workers`, workerBody(name, named, badThumb ? 'nope' : THUMB));
    const valid = name !== '' && !m.workers.some((w) => w.name.toLowerCase() === name) && ids.length > 0 && !ghostPool && !badThumb;
    if (!may.editWorkers(m) || !valid) return expectRefused(answer, !may.editWorkers(m));
    expect(answer.status).toBe(201);
    m.workers.push({ id: answer.body.Id, name, pools: ids });
  }));

const editWorkerPools = fc.record({ worker: fc.nat(20), pools: fc.array(fc.nat(9), { maxLength: 3 }) })
  .map(({ worker, pools }) => command(`editWorkerPools(${worker}, [${pools}])`, async (m) => {
    const w = pick(m.workers, worker);
    if (!w) return;
    const current = (await call('GET', `${S}/workers/${w.id}`)).body;
    const ids = [...new Set(pools.map((i) => pick(m.pools, i)?.id).filter((x): x is string => !!x))];
    const answer = await call('PUT', `${S}/workers/${w.id}`, { ...current, WorkerPoolIds: ids });
    if (!may.editWorkers(m) || ids.length === 0) return expectRefused(answer, !may.editWorkers(m));
    expect(answer.status).toBe(200);
    w.pools = ids;
  }));

const deleteWorker = fc.nat(20).map((i) => command(`deleteWorker(${i})`, async (m) => {
  const w = pick(m.workers, i);
  if (!w) return;
  const answer = await call('DELETE', `${S}/workers/${w.id}`);
  if (!may.editWorkers(m)) return expectRefused(answer, true);
  expect(answer.status).toBe(200);
  m.workers = m.workers.filter((x) => x.id !== w.id);
}));

const createPool = fc.record({ name: fc.constantFrom('Pool A', 'Pool B', 'linux pool', ''), isDefault: fc.boolean() })
  .map(({ name, isDefault }) => command(`createPool(${JSON.stringify(name)}, ${isDefault})`, async (m) => {
    const answer = await call('POST', `${S}/workerpools`, { Name: name, IsDefault: isDefault });
    const valid = name !== '' && !m.pools.some((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!may.editWorkers(m) || !valid) return expectRefused(answer, !may.editWorkers(m));
    expect(answer.status).toBe(201);
    if (isDefault) m.pools.forEach((p) => (p.isDefault = false));
    m.pools.push({ id: answer.body.Id, name, isDefault });
  }));

const deletePool = fc.nat(9).map((i) => command(`deletePool(${i})`, async (m) => {
  const p = pick(m.pools, i);
  if (!p) return;
  const answer = await call('DELETE', `${S}/workerpools/${p.id}`);
  const orphans = m.workers.some((w) => w.pools.length === 1 && w.pools[0] === p.id);
  if (!may.editWorkers(m) || p.isDefault || orphans) return expectRefused(answer, !may.editWorkers(m));
  expect(answer.status).toBe(200);
  m.pools = m.pools.filter((x) => x.id !== p.id);
  m.workers.forEach((w) => (w.pools = w.pools.filter((id) => id !== p.id)));
}));

const setDefault = fc.nat(9).map((i) => command(`setDefault(${i})`, async (m) => {
  const p = pick(m.pools, i);
  if (!p) return;
  const body = (await call('GET', `${S}/workerpools/${p.id}`)).body;
  const answer = await call('PUT', `${S}/workerpools/${p.id}`, { ...body, IsDefault: true });
  if (!may.editWorkers(m)) return expectRefused(answer, true);
  expect(answer.status).toBe(200);
  m.pools.forEach((x) => (x.isDefault = x.id === p.id));
}));

const reorder = fc.record({ seed: fc.nat(), drop: fc.boolean() }).map(({ seed, drop }) => command(`reorder(${seed}, drop=${drop})`, async (m) => {
  const ids = m.pools.map((p) => p.id).sort((a, b) => ((a.length * seed) % 7) - ((b.length * seed) % 7) || a.localeCompare(b));
  const answer = await call('PUT', `${S}/workerpools/sortorder`, drop ? ids.slice(1) : ids);
  if (!may.editWorkers(m) || drop) return expectRefused(answer, !may.editWorkers(m));
  expect(answer.status).toBe(200);
}));

const healthCheck = fc.record({ pool: fc.nat(9), badTimeout: fc.boolean() }).map(({ pool, badTimeout }) => command(`healthCheck(${pool}, badTimeout=${badTimeout})`, async (m) => {
  const p = pick(m.pools, pool);
  const answer = await call('POST', `${S}/tasks`, { Name: 'Health', Arguments: { RestrictedTo: 'Workers', WorkerpoolId: p?.id, Timeout: badTimeout ? 'soon' : '00:05:00' } });
  if (!may.checkWorkers(m) || badTimeout) return expectRefused(answer, !may.checkWorkers(m));
  expect(answer.status).toBe(201);
  const store = getMockStore();
  const later = store.now() + 10_000; // the check finishes before the next request
  store.setClock(() => later);
}));

const builtInSwitch = fc.boolean().map((on) => command(`builtInSwitch(${on})`, async (m) => {
  const answer = await call('PUT', '/api/featuresconfiguration', { IsBuiltInWorkerEnabled: on });
  if (!may.configureServer(m)) return expectRefused(answer, true);
  expect(answer.status).toBe(200);
  m.builtInEnabled = on;
}));

const processSave = fc.boolean().map((stale) => command(`processSave(stale=${stale})`, async (m) => {
  const path = `${S}/projects/Projects-1/deploymentprocesses`;
  const current = (await call('GET', path)).body;
  const answer = await call('PUT', path, { ...current, Version: stale ? current.Version - 1 : current.Version });
  if (!may.editProcess(m) || stale) return expectRefused(answer, !may.editProcess(m));
  expect(answer.status).toBe(200);
  m.processVersion = current.Version + 1;
  expect(answer.body.Version).toBe(m.processVersion);
}));

const garbage = fc.record({ target: fc.constantFrom('workers', 'workerpools', 'tasks'), body: fc.oneof(fc.anything(), fc.object()) })
  .map(({ target, body }) => command(`garbage(${target}, ${JSON.stringify(body) ?? 'undefined'})`, async (m) => {
    const answer = await call('POST', `${S}/${target}`, body ?? null);
    const forbidden = target === 'tasks' ? m.role === 'read-only' : !may.editWorkers(m);
    expect([400, 403]).toContain(answer.status);
    if (answer.status === 400) expectRefused(answer, false);
    else expect(forbidden).toBe(true);
  }));

const switchUser = fc.constantFrom<FixtureRole>('admin', 'viewer', 'read-only').map((role) => command(`switchUser(${role})`, async (m) => {
  getMockStore().db.permissions = fixturePermissions(role);
  m.role = role;
}));

export const commandArbitraries = [
  createWorker, editWorkerPools, deleteWorker, createPool, deletePool, setDefault, reorder, healthCheck,
  builtInSwitch, processSave, garbage, switchUser,
];

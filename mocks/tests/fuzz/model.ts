// The fuzzer's model of the fake: what it should hold after each operation, and the invariants checked after
// every step against the real store and the API: exactly one default pool (R2), no worker in no pool or a
// missing pool (R1), the built-in worker as R6–R8 say, and nothing stored that the model did not expect.
import { expect } from 'vitest';
import { builtInWorkerStatus } from '../../../src/domain/built-in-worker';
import { fixtureData, type FixtureRole } from '../../test-fixtures';
import { getMockStore } from '../../store';
import { call } from './fake-client';

export interface Model {
  role: FixtureRole;
  pools: Array<{ id: string; name: string; isDefault: boolean }>;
  workers: Array<{ id: string; name: string; pools: string[] }>;
  builtInEnabled: boolean;
  processVersion: number;
  nextPool: number;
  nextWorker: number;
}

export function initialModel(): Model {
  const data = fixtureData('admin');
  return {
    role: 'admin',
    pools: data.workerPools.map((p) => ({ id: p.Id, name: p.Name, isDefault: p.IsDefault })),
    workers: data.workers.map((w) => ({ id: w.Id, name: w.Name, pools: [...w.WorkerPoolIds] })),
    builtInEnabled: data.features.IsBuiltInWorkerEnabled,
    processVersion: data.deploymentProcesses[0]?.Version ?? 0,
    nextPool: data.workerPools.length + 1,
    nextWorker: data.workers.length + 1,
  };
}

/** What each role may do (mocks/test-fixtures.ts): admin everything; viewer reads and runs checks; read-only neither. */
export const may = {
  editWorkers: (m: Model) => m.role === 'admin',
  editProcess: (m: Model) => m.role === 'admin',
  configureServer: (m: Model) => m.role === 'admin',
  checkWorkers: (m: Model) => m.role !== 'read-only',
};

/** The answer a refused operation must carry: 400 with Errors[], or 403 when the user may not. */
export function expectRefused(answer: { status: number; body: { Errors?: unknown } }, forbidden: boolean): void {
  if (forbidden) return void expect(answer.status).toBe(403);
  expect(answer.status).toBe(400);
  expect(Array.isArray(answer.body.Errors) && answer.body.Errors.length > 0).toBe(true);
}

export async function checkInvariants(model: Model): Promise<void> {
  const db = getMockStore().db;
  const defaults = db.workerPools.filter((p) => p.IsDefault);
  expect(defaults, 'R2: exactly one default pool').toHaveLength(1);
  const poolIds = new Set(db.workerPools.map((p) => p.Id));
  for (const w of db.workers) {
    expect(w.WorkerPoolIds.length, `R1: ${w.Id} is in no pool`).toBeGreaterThan(0);
    for (const id of w.WorkerPoolIds) expect(poolIds.has(id), `R1: ${w.Id} names missing pool ${id}`).toBe(true);
  }
  // Nothing invalid stored: the store holds exactly what the model expects.
  expect(db.workerPools.map((p) => [p.Id, p.IsDefault]).sort()).toEqual(model.pools.map((p) => [p.id, p.isDefault]).sort());
  expect(db.workers.map((w) => [w.Id, [...w.WorkerPoolIds].sort()]).sort()).toEqual(model.workers.map((w) => [w.id, [...w.pools].sort()]).sort());
  expect(db.features.IsBuiltInWorkerEnabled).toBe(model.builtInEnabled);
  // R6–R8 as the portal reads them (the summary's default pool) agree with the model.
  const summary = (await call('GET', '/api/Spaces-1/workerpools/summary')).body;
  const defaultSummary = summary.WorkerPoolSummaries.find((s: { WorkerPool: { IsDefault: boolean } }) => s.WorkerPool.IsDefault);
  const fromApi = builtInWorkerStatus({ isBuiltInWorkerEnabled: db.features.IsBuiltInWorkerEnabled, defaultPoolWorkerCount: defaultSummary.TotalMachines });
  const defaultId = model.pools.find((p) => p.isDefault)?.id ?? '';
  const expected = builtInWorkerStatus({
    isBuiltInWorkerEnabled: model.builtInEnabled,
    defaultPoolWorkerCount: model.workers.filter((w) => w.pools.includes(defaultId)).length,
  });
  expect(fromApi, 'R6–R8: the built-in worker').toEqual(expected);
}

// Races over real HTTP, where a body streams in: a PUT must read what it changes only once its body has
// arrived, or it re-creates what was deleted meanwhile, saves over a newer process Version, or writes back
// the health a check replaced while the body was in flight.
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockHttpServer } from '../http-server';
import { setupFakeOctopus, store } from './harness';

setupFakeOctopus();

const http = createMockHttpServer();
let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(bypass(`${origin}${path}`, {
    method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  }));
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

/** A PUT whose body arrives in two parts: the server has started on it before `finish()` sends the rest. */
async function slowPut(path: string, body: unknown) {
  const json = JSON.stringify(body);
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  controller.enqueue(new TextEncoder().encode(json.slice(0, 10)));
  const pending = fetch(bypass(`${origin}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit));
  await new Promise((r) => setTimeout(r, 50)); // the handler is now waiting for the rest of the body
  return async () => {
    controller.enqueue(new TextEncoder().encode(json.slice(10)));
    controller.close();
    const res = await pending;
    return { status: res.status, body: JSON.parse(await res.text()) };
  };
}

describe('races: a PUT reads what it changes after its body has arrived', () => {
  it('a worker deleted while its PUT streams in answers 404 and is never re-created', async () => {
    const worker = (await call('GET', '/api/Spaces-1/workers/Workers-2')).body;
    const finish = await slowPut('/api/Spaces-1/workers/Workers-2', { ...worker, Name: 'renamed' });
    expect((await call('DELETE', '/api/Spaces-1/workers/Workers-2')).status).toBe(200);
    expect((await finish()).status).toBe(404);
    expect(store().get('workers', 'Workers-2')).toBeUndefined();
  });

  it('a pool deleted while its PUT streams in answers 404 and is never re-created', async () => {
    const pool = (await call('GET', '/api/Spaces-1/workerpools/WorkerPools-3')).body;
    const finish = await slowPut('/api/Spaces-1/workerpools/WorkerPools-3', { ...pool, Description: 'edited' });
    expect((await call('DELETE', '/api/Spaces-1/workerpools/WorkerPools-3')).status).toBe(200);
    expect((await finish()).status).toBe(404);
    expect(store().get('workerPools', 'WorkerPools-3')).toBeUndefined();
  });

  it('a process save checks the Version the process has when its body has arrived', async () => {
    const path = '/api/Spaces-1/projects/Projects-1/deploymentprocesses';
    const loaded = (await call('GET', path)).body;
    const finish = await slowPut(path, { ...loaded, Steps: loaded.Steps.slice(1) });
    expect((await call('PUT', path, { ...loaded, Steps: loaded.Steps.slice(0, 1) })).status).toBe(200);
    const stale = await finish();
    expect(stale.status).toBe(400);
    expect(store().get('deploymentProcesses', loaded.Id)?.Steps.map((s) => s.Name)).toEqual(['Run a script']);
  });

  it('a slow PUT does not undo a health check that finished in between', async () => {
    let now = Date.parse('2024-06-01T12:00:00.000Z');
    store().setClock(() => now);
    const worker = (await call('GET', '/api/Spaces-1/workers/Workers-3')).body;
    expect(worker.HealthStatus).toBe('Unknown');
    await call('POST', '/api/Spaces-1/tasks', { Name: 'Health', Arguments: { RestrictedTo: 'Workers', MachineIds: ['Workers-3'] } });
    const finish = await slowPut('/api/Spaces-1/workers/Workers-3', { ...worker, Name: 'poll-renamed' });
    now += 10_000; // the check completes while the body is in flight
    const saved = await finish();
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ Name: 'poll-renamed', HealthStatus: 'Healthy' });
    expect(store().get('workers', 'Workers-3')?.HealthStatus).toBe('Healthy');
  });
});

import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockHttpServer } from '../http-server';
import { networkError, slowResponses, workersListFails } from '../overrides';
import { scenarios } from '../registry';
import { configureMockStore } from '../store';
import { SCENARIO_NAMES } from '../types';
import { api, setupFakeOctopus } from './harness';

const server = setupFakeOctopus();

describe('the node:http host (npm run mock-server)', () => {
  const http = createMockHttpServer();
  let origin = '';
  let hits = 0;
  http.on('request', () => (hits += 1));
  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  // bypass(): past MSW's interceptor in this process, onto the socket, so the adapter really answers.
  const call = (path: string, init?: RequestInit) => fetch(bypass(`${origin}${path}`, init));

  it('serves the handlers over real HTTP: GET, PUT with a body, and 404s', async () => {
    const res = await call('/api/Spaces-1/workerpools/all');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).map((p: { Name: string }) => p.Name)).toEqual(['Default Worker Pool', 'Linux Pool', 'Empty Pool']);
    const put = await call('/api/featuresconfiguration', { method: 'PUT', body: JSON.stringify({ IsBuiltInWorkerEnabled: false }), headers: { 'content-type': 'application/json' } });
    expect((await put.json()).IsBuiltInWorkerEnabled).toBe(false);
    expect((await call('/api/Spaces-1/nothing-here')).status).toBe(404);
    expect(hits).toBe(3);
  });

  it('compresses JSON for a client that accepts gzip, and only for one', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    // node:http rather than fetch, which would undo the compression before the test could see it.
    const get = (encoding?: string) => new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(`${origin}/api/Spaces-1/workers`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject).end();
    });
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get('gzip, deflate, br');
    expect(zipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });
});

describe('named overrides for tests', () => {
  it('workersListFails answers the list with Octopus’s error body; other routes still work', async () => {
    server.use(workersListFails(503, 'Maintenance mode'));
    const res = await api('/api/Spaces-1/workers');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ ErrorMessage: 'Maintenance mode', Errors: [] });
    expect((await api('/api/Spaces-1/workers/Workers-1')).status).toBe(200);
  });

  it('networkError makes fetch reject', async () => {
    server.use(networkError('*/api/:spaceId/workerpools/summary'));
    await expect(api('/api/Spaces-1/workerpools/summary')).rejects.toThrow(TypeError);
  });

  it('slowResponses delays, then the real handlers answer', async () => {
    server.use(slowResponses(60));
    const started = performance.now();
    const res = await api('/api/Spaces-1/workerpools/all');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(res.body).toHaveLength(3);
  });
});

describe('the real scenarios through the handlers', () => {
  it('every scenario answers its root, pools and summary; workers as its user may see them', async () => {
    configureMockStore({ registry: scenarios });
    for (const name of SCENARIO_NAMES) {
      await api('/api/__mock/scenario', { method: 'PUT', body: { Scenario: name } });
      expect((await api('/api')).status, name).toBe(200);
      expect((await api('/api/Spaces-1/workerpools/summary')).status, name).toBe(200);
      const workers = await api('/api/Spaces-1/workers');
      expect(workers.status, name).toBe(name === 'read-only' ? 403 : 200);
    }
  });

  // Speed on large is budgeted in `npm run bench`; here only that the answers are right.
  it('large: list, filter and summary over 10,000 workers answer correctly', async () => {
    configureMockStore({ registry: scenarios, scenario: 'large' });
    const all = (await api('/api/Spaces-1/workers?take=0')).body;
    expect(all.TotalResults).toBe(10_000);
    const filtered = (await api('/api/Spaces-1/workers?partialName=7&healthStatuses=Healthy,Unhealthy')).body;
    expect(filtered.TotalResults).toBeGreaterThan(0);
    expect(filtered.TotalResults).toBeLessThan(10_000);
    for (const w of filtered.Items) {
      expect(w.Name).toContain('7');
      expect(['Healthy', 'Unhealthy']).toContain(w.HealthStatus);
    }
    const summary = (await api('/api/Spaces-1/workerpools/summary')).body;
    expect(summary.WorkerPoolSummaries).toHaveLength(200);
    expect(summary.TotalMachines).toBe(10_000);
  });
});

// The fake server under test, reached over fetch exactly as the portal reaches it. Mock tests run in the
// `node` Vitest project (no src/test/setup.ts), so this listens itself, with its own server over the same
// handlers (mocks/node.ts would also load every scenario). Each test starts from fresh fixture data
// (mocks/test-fixtures.ts), so tests never depend on the demo scenarios' details.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { handlers } from '../handlers';
import { configureMockStore, getMockStore, type KeyValueStorage, type MockStore, type MockStoreOptions } from '../store';
import { fixtureRegistry } from '../test-fixtures';

export function setupFakeOctopus(options: Partial<MockStoreOptions> = {}) {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    configureMockStore({ registry: fixtureRegistry(), ...options });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export const store = (): MockStore => getMockStore();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of JSON bodies
type Json = any;

export interface ApiResult {
  status: number;
  body: Json;
}

/** One request to the fake server; `raw` sends a body as-is (for malformed JSON). */
export async function api(path: string, init: { method?: string; body?: unknown; raw?: string } = {}): Promise<ApiResult> {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  const res = await fetch(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: hasBody ? { 'content-type': 'application/json' } : undefined,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export const put = (path: string, body: unknown) => api(path, { method: 'PUT', body });
export const post = (path: string, body?: unknown) => api(path, { method: 'POST', body });
export const del = (path: string) => api(path, { method: 'DELETE' });

/** R1: moves every worker whose only pool is `from` into `to`, so `from` may be deleted. */
export async function moveOnlyMembers(from: string, to: string): Promise<void> {
  const workers = (await api('/api/Spaces-1/workers/all')).body as Array<{ Id: string; WorkerPoolIds: string[] }>;
  for (const w of workers.filter((x) => x.WorkerPoolIds.length === 1 && x.WorkerPoolIds[0] === from))
    await put(`/api/Spaces-1/workers/${w.Id}`, { ...w, WorkerPoolIds: [to] });
}

/** A Web Storage stand-in for persistence tests. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
}

/** A valid Listening Tentacle command for POST /workers. */
export function listeningCommand(name: string, pools: string[] = ['WorkerPools-2'], thumbprint = 'A'.repeat(40)) {
  return {
    Name: name, SpaceId: 'Spaces-1', IsDisabled: false, WorkerPoolIds: pools, MachinePolicyId: 'MachinePolicies-1',
    Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: `https://${name.toLowerCase().replace(/\s+/g, '-')}:10933/`, Thumbprint: thumbprint },
  };
}

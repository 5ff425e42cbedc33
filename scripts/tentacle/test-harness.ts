// The Tentacle CLI against the fake Octopus over real HTTP (mocks/http-server.ts on a free port), with the
// test fixtures for data. Every request the server receives is logged, so tests can compare the CLI's
// calls with the ones the real Tentacle makes.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FAKE_API_KEY } from '../../mocks/api-keys';
import { createMockHttpServer } from '../../mocks/http-server';
import { configureMockStore, getMockStore } from '../../mocks/store';
import { fixtureRegistry } from '../../mocks/test-fixtures';
import { main } from './cli';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  /** `METHOD /path?query` of each request, in order. */
  requests: string[];
  /** The X-Octopus-ApiKey header of each request. */
  apiKeys: Array<string | undefined>;
}

export function setupFakeOctopusOverHttp(scenario = 'default') {
  const server = createMockHttpServer();
  const requests: string[] = [];
  const apiKeys: Array<string | undefined> = [];
  server.on('request', (req: IncomingMessage) => {
    requests.push(`${req.method} ${req.url}`);
    apiKeys.push(req.headers['x-octopus-apikey'] as string | undefined);
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => configureMockStore({ registry: fixtureRegistry(), scenario }));

  /** Runs `npm run tentacle -- <args>` in-process; `--server` and `--apiKey` are added unless given. */
  async function tentacle(...args: string[]): Promise<CliRun> {
    const given = (name: string) => args.some((a) => new RegExp(`^(--|-|/)${name}([=:]|$)`, 'i').test(a));
    const full = [...args, ...(given('server') ? [] : ['--server', origin]), ...(given('apikey') ? [] : ['--apiKey', FAKE_API_KEY])];
    const out: string[] = [];
    const err: string[] = [];
    requests.length = 0;
    apiKeys.length = 0;
    const code = await main(full, { out: { info: (l) => out.push(l), error: (l) => err.push(l) }, hostname: 'this-machine', connectWaitMs: 0 });
    return { code, out, err, requests: [...requests], apiKeys: [...apiKeys] };
  }

  return { tentacle, origin: () => origin, workers: () => getMockStore().db.workers };
}

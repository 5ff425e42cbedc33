import { waitFor } from '@testing-library/react';
import { credentials } from '../api/credentials';
import { config } from '../config';
import { forgetEarly, requestEarly, takeEarly, unclaimedEarly, EARLY_WINDOW_MS } from '../api/early';
import { renderRoute, pickScenario } from '../test/render';
import { server } from '../test/mock-server';
import { request } from '../api/client';
import { endpoints } from '../api/endpoints';
import { apiUrl } from '../api/urls';
import { startEarlyRequests } from './early-requests';
import { firstWorkersQueries } from './first-page';

type RequestStart = { request: Request };

/** Every request the fake server sees, as `METHOD path?query` relative to /api, until `stop` or the test ends. */
function recordRequests() {
  const seen: string[] = [];
  const listen = ({ request }: RequestStart) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}${url.search}`);
  };
  server.events.on('request:start', listen);
  const stop = () => void server.events.removeListener('request:start', listen);
  onTestFinished(stop);
  return { seen, stop };
}

const WORKERS = 'GET /api/Spaces-1/workers?take=30&skip=0';

// Early requests are made against a server (here the standalone fake's build, http): the page then also asks
// for the server's root document and the scenario menu's state, which the demo in the page does not.
const demoMode = config.mockMode;
beforeEach(() => {
  config.mockMode = 'http';
});
afterEach(() => {
  config.mockMode = demoMode;
  forgetEarly();
});

describe('start-up early requests: the first page\'s data, asked before its code has loaded', () => {
  it('on Workers: each early request is one the page makes, and its answer is used instead of asking again', async () => {
    /** The page's requests, per URL, once its rows and its header's deferred parts are in. */
    const visit = async (early: boolean) => {
      forgetEarly();
      const requests = recordRequests();
      if (early) {
        startEarlyRequests('/Spaces-1/infrastructure/workers', '');
        // The rows and the user → permissions chain: all out before the app renders anything.
        await waitFor(() => expect(requests.seen).toContain(WORKERS));
        await waitFor(() => expect(requests.seen.some((u) => u.includes('/permissions'))).toBe(true));
      }
      const asked = [...requests.seen];
      const { findAllByRole, unmount } = await renderRoute('/Spaces-1/infrastructure/workers');
      await waitFor(async () => expect((await findAllByRole('row')).length).toBeGreaterThan(10));
      await waitFor(() => expect(requests.seen).toContain('GET /api/users/Users-1/spaces'));
      await waitFor(() => expect(requests.seen).toContain('GET /api/__mock/scenario'));
      // The page (and its deferred header parts) took every early answer.
      await waitFor(() => expect(unclaimedEarly()).toEqual([]));
      unmount();
      requests.stop();
      const counts = new Map<string, number>();
      for (const url of requests.seen) counts.set(url, (counts.get(url) ?? 0) + 1);
      return { asked, counts };
    };
    const alone = await visit(false);
    const early = await visit(true);
    expect(early.asked).toEqual(expect.arrayContaining([
      'GET /api/users/me',
      'GET /api/users/Users-1/permissions?spaces=Spaces-1&includeSystem=true',
      'GET /api/Spaces-1/workerpools/all',
      'GET /api/Spaces-1/workerpools/summary',
      'GET /api/featuresconfiguration',
      'GET /api/',
      'GET /api/__mock/scenario',
    ]));
    // Asking early added no request: the server saw each URL as often as when the page asked for itself.
    expect(Object.fromEntries(early.counts)).toEqual(Object.fromEntries(alone.counts));
  });

  it('asks for the user first, and for their permissions before anything else the answer allows', async () => {
    const requests = recordRequests();
    startEarlyRequests('/Spaces-1/infrastructure/workers', '');
    await waitFor(() => expect(requests.seen).toContain(WORKERS));
    await waitFor(() => expect(requests.seen).toContain('GET /api/users/Users-1/spaces'));
    // Over HTTP/1.1 a request asked later waits behind the others for a connection: the chain goes first.
    expect(requests.seen[0]).toBe('GET /api/users/me');
    const permissions = requests.seen.findIndex((u) => u.includes('/permissions'));
    expect(permissions).toBeLessThan(requests.seen.indexOf('GET /api/users/Users-1/spaces'));
  });

  it('the page asking for the rows while start-up still waits for the permissions: it waits too, then takes start-up’s answer', async () => {
    const requests = recordRequests();
    startEarlyRequests('/Spaces-1/infrastructure/workers', '');
    const rows = endpoints.workers('Spaces-1', firstWorkersQueries('').list!);
    // Asked at once, before start-up knows who is asking: without the wait the page asked first, and its
    // request hung off the app's code instead of off the permissions' answer.
    const answer = (await request(rows.path, { query: rows.query })) as { Items: unknown[] };
    expect(answer.Items.length).toBeGreaterThan(0);
    expect(requests.seen.filter((u) => u === WORKERS)).toHaveLength(1);
    expect(requests.seen.indexOf(WORKERS)).toBeGreaterThan(requests.seen.findIndex((u) => u.includes('/permissions')));
    expect(unclaimedEarly()).not.toContain(apiUrl(rows.path, rows.query));
  });

  it('a request start-up will not make does not wait for it', async () => {
    const requests = recordRequests();
    startEarlyRequests('/Spaces-1/infrastructure/workers', '');
    await request('/Spaces-1/machinepolicies/all');
    await waitFor(() => expect(requests.seen).toContain(WORKERS));
    const policies = requests.seen.findIndex((u) => u.includes('/machinepolicies'));
    expect(policies).toBeLessThan(requests.seen.findIndex((u) => u.includes('/permissions')));
  });

  it('for someone who may not see workers: their rows are not asked for (the server would refuse)', async () => {
    await pickScenario('read-only');
    const requests = recordRequests();
    startEarlyRequests('/Spaces-1/infrastructure/workers', '');
    await waitFor(() => expect(requests.seen.some((u) => u.includes('/permissions'))).toBe(true));
    await new Promise((r) => setTimeout(r, 100));
    expect(requests.seen.filter((u) => u.includes('/workers?'))).toEqual([]);
  });

  it('keeps a filtered address: the rows asked early are the filtered ones', async () => {
    const requests = recordRequests();
    startEarlyRequests('/Spaces-1/infrastructure/workers', '?name=linux&take=50');
    await waitFor(() => expect(requests.seen).toContain('GET /api/Spaces-1/workers?take=50&partialName=linux&skip=0'));
    expect(requests.seen).toContain('GET /api/Spaces-1/workerpools/summary?machinePartialName=linux');
  });
});

describe('early answers are handed over once, to the same asker, while fresh', () => {
  const url = '/api/users/me';
  const asked = { Accept: 'application/json' };

  it('once: a second identical request asks the server', async () => {
    requestEarly(url);
    expect(takeEarly(url, asked)).toBeInstanceOf(Promise);
    expect(takeEarly(url, asked)).toBeUndefined();
  });

  it('and never asked again once taken: a later refetch gets a fresh answer, not a second early one', async () => {
    // The Workers counts' URL is the plain pool summary's when no filter is set: start-up asked it twice.
    requestEarly('/api/Spaces-1/workerpools/summary');
    expect(takeEarly('/api/Spaces-1/workerpools/summary', asked)).toBeInstanceOf(Promise);
    requestEarly('/api/Spaces-1/workerpools/summary');
    expect(unclaimedEarly()).toEqual([]);
    expect(takeEarly('/api/Spaces-1/workerpools/summary', asked)).toBeUndefined();
  });

  it('not to someone else: after a sign-in with a key, the answer is not theirs', async () => {
    requestEarly(url);
    credentials.useApiKey('API-SOMEONEELSE', false);
    expect(takeEarly(url, { Accept: 'application/json', 'X-Octopus-ApiKey': 'API-SOMEONEELSE' })).toBeUndefined();
  });

  it('not when stale: past the window the page asks afresh', async () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1_000);
    requestEarly(url);
    now.mockReturnValue(1_000 + EARLY_WINDOW_MS + 1);
    expect(takeEarly(url, asked)).toBeUndefined();
  });
});

describe('an early request the client has already made is not made again', () => {
  it('the client asked first: asking early now would only ask twice', async () => {
    requestEarly('/api/');
    expect(takeEarly('/api/users/me', { Accept: 'application/json' })).toBeUndefined();
    const requests = recordRequests();
    expect(await requestEarly('/api/users/me', true)).toBeUndefined();
    expect(requests.seen).not.toContain('GET /api/users/me');
  });

  it('once start-up is over, what the client asks is not remembered (nothing would ever read it)', async () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(1_000);
    requestEarly('/api/');
    now.mockReturnValue(1_000 + EARLY_WINDOW_MS + 1);
    expect(takeEarly('/api/users/me', { Accept: 'application/json' })).toBeUndefined();
    now.mockRestore();
    const requests = recordRequests();
    await requestEarly('/api/users/me', true);
    expect(requests.seen).toContain('GET /api/users/me');
  });
});

// Every list page's `Filter by name` waits for a pause in typing: the server is asked once, for what was
// typed, and not once per keystroke on the way (Projects, Worker Pools and Deployment Targets once were).
import { waitFor } from '@testing-library/react';
import { server } from '../test/mock-server';
import { renderRoute } from '../test/render';

type RequestStart = { request: Request };

const PAGES: Array<[page: string, url: string, endpoint: RegExp, urlKey: string, text: string]> = [
  ['Workers', '/Spaces-1/infrastructure/workers', /^\/api\/Spaces-1\/workers$/, 'name', 'linux'],
  ['Deployment Targets', '/Spaces-1/infrastructure/machines', /^\/api\/Spaces-1\/machines$/, 'name', 'web'],
  ['Projects', '/Spaces-1/projects', /^\/api\/Spaces-1\/projects$/, 'name', 'pay'],
  ["a pool's workers", '/Spaces-1/infrastructure/workerpools/WorkerPools-3', /^\/api\/Spaces-1\/workerpools\/WorkerPools-3\/workers$/, 'workerName', 'linux'],
];

describe('Filter by name on every list page', { timeout: 30_000 }, () => {
  // The routes are lazy: load their code once up front, so no test's first wait is spent compiling it.
  beforeAll(() =>
    Promise.all([
      import('../features/workers/inventory/workers-page'),
      import('../features/targets/targets-page'),
      import('../features/projects/projects-page'),
      import('../features/worker-pools/worker-pool-page'),
    ]),
  );

  it.each(PAGES)('%s: one request after the pause, none per keystroke', async (_page, url, endpoint, urlKey, text) => {
    const asked: string[] = [];
    const listen = ({ request }: RequestStart) => {
      const { pathname, searchParams } = new URL(request.url);
      const name = searchParams.get('partialName');
      if (endpoint.test(pathname) && name !== null) asked.push(name);
    };
    server.events.on('request:start', listen);
    try {
      const { findByRole, user, router } = await renderRoute(url, { scenario: 'default' });
      await user.type(await findByRole('textbox', { name: 'Filter by name' }), text);
      await waitFor(() => expect(asked).toEqual([text]));
      expect(new URLSearchParams(router.state.location.search).get(urlKey)).toBe(text);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  });
});

// Against a server, a wrong address says what is wrong with it, once, instead of every page failing.
import { http, HttpResponse } from 'msw';
import { server } from '../test/mock-server';
import { renderRoute } from '../test/render';
import { config } from '../config';

const root = (body: Record<string, unknown>) => http.get('*/api', () => HttpResponse.json(body as Record<string, string>));

describe('Connection problems (against a server)', () => {
  beforeEach(() => {
    config.mockMode = 'off';
  });
  afterEach(() => {
    config.mockMode = 'browser';
  });

  it.each([
    ['an address where nothing answers', http.get('*/api', () => HttpResponse.error()), 'Can’t reach the Octopus Server'],
    ['a server that is not Octopus', root({ Application: 'Jenkins', Version: '2.426' }), 'This is not an Octopus Server'],
    ['an HTML page at /api', http.get('*/api', () => new HttpResponse('<html>hello</html>', { headers: { 'content-type': 'text/html' } })), 'This is not an Octopus Server'],
    ['an Octopus older than 2020.1', root({ Application: 'Octopus Deploy', Version: '2019.13.7', ApiVersion: '3.0.0', Links: {} }), 'This Octopus Server is too old for the portal'],
  ])('%s gets its own page', async (_t, handler, heading) => {
    server.use(handler);
    const { findByRole, queryByRole } = await renderRoute('/Spaces-1/infrastructure/workers');
    expect(await findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(queryByRole('heading', { level: 1, name: 'Workers' })).toBeNull();
  });

  it('the too-old page names the version it needs', async () => {
    server.use(root({ Application: 'Octopus Deploy', Version: '2019.13.7', ApiVersion: '3.0.0', Links: {} }));
    const { findByText } = await renderRoute('/Spaces-1/infrastructure/workers');
    expect(await findByText(/runs Octopus Deploy 2019\.13\.7\. The portal needs Octopus Server 2020\.1 or newer/)).toBeInTheDocument();
  });

  it('a current Octopus shows the page', async () => {
    const { findByRole } = await renderRoute('/Spaces-1/infrastructure/workers');
    expect(await findByRole('heading', { level: 1, name: 'Workers' })).toBeInTheDocument();
  });
});

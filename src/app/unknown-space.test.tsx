// The open redirect this guards against: `/%2Fevil.example/…` decoded to the space id `/evil.example`, and
// every space-relative link became `//evil.example/…`, another site (`%5C`, a backslash, did the same).
import { within } from '@testing-library/react';
import { paths } from '../paths';
import { renderRoute } from '../test/render';

const HOSTILE = [
  '/%2Fevil.example/infrastructure/workers',
  '/%5Cevil.example/infrastructure/workers',
  '/%2F%2Fevil.example/infrastructure',
  '/%2Fevil.example/infrastructure/workerpools/WorkerPools-1',
  '/%2Fevil.example/projects',
  '/%2Fevil.example/projects/Projects-1/deployments/process',
  '/https%3A%2F%2Fevil.example/infrastructure/machines',
  '/spaces-1/infrastructure/workers',
];

describe('an address whose space id is not a space id', () => {
  it.each(HOSTILE)('%s says the space is not known, and no link leaves the portal', async (url) => {
    const { findByRole, getByRole, container } = await renderRoute(url);
    expect(await findByRole('heading', { level: 1, name: 'Space not found' })).toBeInTheDocument();
    expect(getByRole('link', { name: 'Go to the default space' })).toHaveAttribute('href', paths.workers('Spaces-1'));
    // The navigation is still there, leading into the default space.
    const main = within(getByRole('navigation', { name: 'Main' }));
    expect(main.getByRole('link', { name: 'Infrastructure' })).toHaveAttribute('href', '/Spaces-1/infrastructure');

    const hrefs = [...container.ownerDocument.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) {
      expect(new URL(href, window.location.origin).origin, href).toBe(window.location.origin);
      // In-page (the skip link) and the one route outside any space aside, every link goes into a space.
      if (href.startsWith('#') || href === paths.features()) continue;
      expect(href).toMatch(/^\/Spaces-\d+\//);
    }
  });

  it('a real space id still opens its page', async () => {
    const { findByRole, queryByRole } = await renderRoute('/Spaces-1/infrastructure', { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(queryByRole('heading', { name: 'Space not found' })).toBeNull();
  });
});

// The space switcher: shown to a user who may work in more than one space, it opens the same list in the
// chosen space, and that space's data only.
import { waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';

describe('space switcher', () => {
  it('lists the spaces the user may work in, and opens the same list in the chosen one', async () => {
    const { findByRole, findByText, queryByText, router, user } = await renderRoute('/Spaces-1/infrastructure/workerpools', { scenario: 'default' });
    await findByRole('heading', { level: 1, name: 'Worker Pools' });
    await user.click(await findByRole('button', { name: 'Space: Default' }));
    const menu = await findByRole('menu');
    expect(within(menu).getByRole('menuitemradio', { name: 'Default' })).toHaveAttribute('aria-checked', 'true');
    const platform = within(menu).getByRole('menuitemradio', { name: 'Platform' });
    expect(platform).toHaveAccessibleDescription('Shared clusters and the tooling around them.');
    await user.click(platform);

    await waitFor(() => expect(router.state.location.pathname).toBe('/Spaces-2/infrastructure/workerpools'));
    expect(await findByRole('button', { name: 'Space: Platform' })).toBeInTheDocument();
    expect(await findByText('Kubernetes Workers')).toBeInTheDocument();
    expect(queryByText('Windows Workers')).not.toBeInTheDocument();
  });

  it("a worker's own page switches to the other space's Workers list, not to an id from this space", async () => {
    const { findByRole, router, user } = await renderRoute('/Spaces-1/infrastructure/workers/Workers-1/settings', { scenario: 'default' });
    await user.click(await findByRole('button', { name: 'Space: Default' }));
    await user.click(within(await findByRole('menu')).getByRole('menuitemradio', { name: 'Platform' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/Spaces-2/infrastructure/workers'), { timeout: 5000 });
    expect(await findByRole('link', { name: 'k8s-worker-01' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('is not shown to someone with one space', async () => {
    const { findByRole, queryByRole } = await renderRoute('/Spaces-1/infrastructure', { scenario: 'fresh-install' });
    await findByRole('heading', { level: 1, name: 'Overview' });
    await findByRole('button', { name: 'Demo data: fresh-install' });
    expect(queryByRole('button', { name: /^Space:/ })).not.toBeInTheDocument();
  });

  it('switching the demo to a one-space scenario from the second space lands in its first space', async () => {
    const { findByRole, router, user } = await renderRoute('/Spaces-2/infrastructure/workers', { scenario: 'default' });
    await user.click(await findByRole('button', { name: 'Demo data: default' }));
    await user.click(within(await findByRole('menu')).getByRole('menuitemradio', { name: 'fresh-install' }));
    await findByRole('button', { name: 'Demo data: fresh-install' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure/workers'));
  });
});

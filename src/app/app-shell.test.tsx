import { waitForElementToBeRemoved, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getMockStore, server } from '../test/mock-server';
import { renderRoute } from '../test/render';
import { SCENARIO_STORAGE_KEY } from './scenario';

describe('app shell', () => {
  it('`/` opens Workers in the default space (SPEC §3)', async () => {
    const { findByRole, router } = await renderRoute('/');
    expect(await findByRole('heading', { level: 1, name: 'Workers' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure/workers');
  });

  it('`/` opens the space Octopus marks as the user\'s default, when that is not the first', async () => {
    const platform = { Id: 'Spaces-2', Name: 'Platform', IsDefault: true, Links: {} };
    server.use(http.get('*/api/users/:id/spaces', () => HttpResponse.json([{ Id: 'Spaces-1', Name: 'Default', IsDefault: false, Links: {} }, platform])));
    const { findByRole, router } = await renderRoute('/', { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Workers' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/Spaces-2/infrastructure/workers');
  });

  it('`/` falls back to the configured space when the server cannot list the user\'s spaces', async () => {
    server.use(http.get('*/api/users/:id/spaces', () => HttpResponse.json({ ErrorMessage: 'Down', Errors: [] }, { status: 500 })));
    const { findByRole, router } = await renderRoute('/');
    expect(await findByRole('heading', { level: 1, name: 'Workers' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure/workers');
  });

  it('has a skip link, a main landmark and the navigation QA relies on', async () => {
    const { findByRole, getByRole, user } = await renderRoute('/Spaces-1/infrastructure');
    await findByRole('heading', { level: 1, name: 'Overview' });
    const main = getByRole('main');
    const mainNav = getByRole('navigation', { name: 'Main' });
    expect(within(mainNav).getByRole('link', { name: 'Infrastructure' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const side = getByRole('navigation', { name: 'Infrastructure' });
    expect(within(side).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(within(side).getByRole('link', { name: 'Features' })).toHaveAttribute(
      'href',
      '/configuration/features',
    );

    await user.tab();
    expect(getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
  });

  it('an unknown address says so and links home', async () => {
    const { findByRole, getByRole } = await renderRoute('/no/such/page');
    expect(await findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('shows the demo scenario and switches to another one the fake server lists', async () => {
    const { findByRole, findByText, user } = await renderRoute('/Spaces-1/infrastructure', {
      scenario: 'default',
    });
    await user.click(await findByRole('button', { name: 'Demo data: default' }));
    const menu = await findByRole('menu');
    expect(within(menu).getByRole('menuitemradio', { name: 'default' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(within(menu).getByRole('menuitemradio', { name: 'fresh-install' }));

    expect(await findByRole('button', { name: 'Demo data: fresh-install' })).toBeInTheDocument();
    expect(await findByText(/^In use: Default Worker Pool has no workers/)).toBeInTheDocument();
    expect(getMockStore().scenario).toBe('fresh-install');
    expect(window.sessionStorage.getItem(SCENARIO_STORAGE_KEY)).toBe('fresh-install');
  });

  it('`Reset demo data` asks first, then brings the scenario back to its seed', async () => {
    const { findByRole, findByText, getByRole, user } = await renderRoute('/configuration/features', {
      scenario: 'fresh-install',
    });
    await user.click(await findByRole('switch', { name: 'Built-in worker' }));
    await user.click(getByRole('button', { name: 'Save' }));
    await findByText('Saved. The built-in worker is now off.');

    await user.click(getByRole('button', { name: 'Reset demo data' }));
    const dialog = await findByRole('dialog', { name: 'Reset demo data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo data' }));
    await waitForElementToBeRemoved(dialog);
    expect(await findByRole('switch', { name: 'Built-in worker', checked: true })).toBeInTheDocument();
  });
});

import { waitFor, within } from '@testing-library/react';
import { failWith, server, workerPoolsFail } from '../../test/mock-server';
import { renderRoute } from '../../test/render';

const OVERVIEW = '/Spaces-1/infrastructure';

async function poolRows(findByRole: (role: string, o?: object) => Promise<HTMLElement>) {
  const table = await findByRole('table', { name: 'Worker pools' });
  // The body's rows; the header and the "All pools" footer are left out.
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('row');
}

describe('Overview', () => {
  it('R3, R14: lists every pool, those whose steps would fail first, then in sort order; marks the default pool; health as text', async () => {
    const { findByRole } = await renderRoute(OVERVIEW, { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    const names = async () => (await poolRows(findByRole)).map((r) => within(r).getByRole('rowheader').textContent);
    await waitFor(async () => expect(await names()).toEqual([
      'Mac Build Agents',
      'Kubernetes Workers',
      'Default Worker PoolDefault',
      'Windows Workers',
      'Linux Workers',
      'Azure Workers',
      'AWS Workers',
    ]));
    const rows = await poolRows(findByRole);
    expect(within(rows[2]!).getByText('Default')).toBeInTheDocument();
    expect(within(rows[3]!).queryByText('Default')).not.toBeInTheDocument();
    const linux = rows[4]!;
    expect(
      within(linux).getByRole('img', { name: 'Linux Workers health: 5 Healthy, 1 Unhealthy' }),
    ).toBeInTheDocument();
    expect(within(linux).getByText('5 Healthy')).toBeInTheDocument();
    expect(within(linux).getByText('1 Unhealthy')).toBeInTheDocument();
  });

  it('R14: flags the empty pool in words: no workers, so its steps will fail', async () => {
    const { findByRole } = await renderRoute(OVERVIEW, { scenario: 'default' });
    const kubernetes = (await poolRows(findByRole)).find((r) => within(r).getByRole('rowheader').textContent === 'Kubernetes Workers')!;
    expect(within(kubernetes).getByText('No workers')).toBeInTheDocument();
    expect(within(kubernetes).getByText('Steps that use it will fail.')).toBeInTheDocument();
    expect(within(kubernetes).queryByRole('img')).not.toBeInTheDocument();
  });

  it('R6: the built-in worker is displaced by the workers of the default pool', async () => {
    const { findByText, getByText } = await renderRoute(OVERVIEW, { scenario: 'default' });
    expect(await findByText(/displaced by 6 workers in Default Worker Pool/)).toBeInTheDocument();
    expect(getByText('25 workers in 7 worker pools; 1 pool has no workers.')).toBeInTheDocument();
  });

  it('R6: fresh-install runs default-pool steps on the built-in worker', async () => {
    const { findByText, findByRole } = await renderRoute(OVERVIEW, { scenario: 'fresh-install' });
    expect(await findByText(/^In use: Default Worker Pool has no workers/)).toBeInTheDocument();
    const [pool] = await poolRows(findByRole);
    expect(within(pool!).getByText('No workers')).toBeInTheDocument();
    expect(within(pool!).getByText('Steps that use it run on the built-in worker.')).toBeInTheDocument();
  });

  it('R8: with the built-in worker off and the default pool empty, it warns that steps will fail', async () => {
    const { findByRole, findByText } = await renderRoute(OVERVIEW, { scenario: 'builtin-disabled' });
    const title = await findByText('Steps that use Default Worker Pool will fail');
    expect(title.closest('[role="alert"]')).toHaveTextContent(
      /Switched off\. Default Worker Pool has no workers/,
    );
    const [pool] = await poolRows(findByRole);
    expect(
      within(pool!).getByText('Steps that use it will fail: the built-in worker is switched off.'),
    ).toBeInTheDocument();
  });

  it('R4: a read-only user still sees every pool and whether it has workers, and is told machines are hidden', async () => {
    const { findByRole, findByText } = await renderRoute(OVERVIEW, { scenario: 'read-only' });
    expect(await poolRows(findByRole)).toHaveLength(7);
    expect(await findByText('Worker machines are hidden from you')).toBeInTheDocument();
  });

  it('an administrator is not told that machines are hidden', async () => {
    const { findByRole, queryByText } = await renderRoute(OVERVIEW, { scenario: 'default' });
    await poolRows(findByRole);
    expect(queryByText('Worker machines are hidden from you')).not.toBeInTheDocument();
  });

  it('a server failure is explained with its status and message, with Retry', async () => {
    server.use(...workerPoolsFail(500, 'The database is not reachable.'));
    const { findByRole, getByRole, user } = await renderRoute(OVERVIEW);
    const alert = await findByRole('alert', {
      name: /Loading worker pools: The Octopus server failed \(500\)/,
    });
    expect(alert).toHaveTextContent('The database is not reachable.');
    server.resetHandlers();
    await user.click(getByRole('button', { name: 'Retry' }));
    expect(await findByRole('table', { name: 'Worker pools' })).toBeInTheDocument();
  });

  it("R4: a 403 says you don't have permission, with Octopus's message", async () => {
    server.use(
      failWith(
        '*/api/:spaceId/workerpools/summary',
        403,
        'You do not have permission to perform this action. Missing permission: WorkerView',
      ),
    );
    const { findByRole } = await renderRoute(OVERVIEW);
    const alert = await findByRole('alert', { name: /You don't have permission to see this/ });
    expect(alert).toHaveTextContent('Missing permission: WorkerView');
  });

  it('large: 200 pools from one summary request, 25 a page, and a name filter kept in the URL', async () => {
    const { findByRole, findByText, getByRole, user, router } = await renderRoute(OVERVIEW, { scenario: 'large' });
    expect(await poolRows(findByRole)).toHaveLength(25);
    expect(await findByText('Pools 1–25 of 200')).toBeInTheDocument();
    await user.click(getByRole('button', { name: 'Go to next page' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(await findByText('Pools 26–50 of 200')).toBeInTheDocument();
    const first = within((await poolRows(findByRole))[0]!).getByRole('rowheader').textContent!;
    await user.type(getByRole('textbox', { name: 'Filter by name' }), first);
    await waitFor(() => expect(router.state.location.search).toBe(`?name=${encodeURIComponent(first).replace(/%20/g, '+')}`));
    expect((await poolRows(findByRole)).map((r) => within(r).getByRole('rowheader').textContent)).toContain(first);
  });
});

describe('Overview: exact availability and links', () => {
  it('R13/R14: a pool whose only healthy worker is disabled is flagged "steps will fail"', async () => {
    const { findByRole, findByText } = await renderRoute(OVERVIEW, { scenario: 'default' });
    // The plain summary counts the disabled worker as Healthy; only the enabled-only summary can tell.
    await findByText('No healthy, enabled worker: steps that use it will fail.');
    const byName = async (name: string) => (await poolRows(findByRole)).find((r) => within(r).getByRole('rowheader').textContent === name)!;
    const mac = await byName('Mac Build Agents');
    expect(within(mac).getByText('No healthy, enabled worker: steps that use it will fail.')).toBeInTheDocument();
    // Never "1 Healthy" beside that: the disabled worker is counted as disabled, not under its last health.
    expect(within(mac).getByRole('img', { name: 'Mac Build Agents health: 1 Unhealthy, 1 Disabled' })).toBeInTheDocument();
    expect(within(mac).queryByText(/\d+ Healthy/)).toBeNull();
    const linux = await byName('Linux Workers');
    expect(within(linux).queryByText(/will fail/)).not.toBeInTheDocument();
  });

  it("each pool's name links to its page", async () => {
    const { findByRole, user } = await renderRoute(OVERVIEW, { scenario: 'default' });
    await user.click(await findByRole('link', { name: 'Mac Build Agents' }));
    expect(await findByRole('heading', { level: 1, name: 'Mac Build Agents' })).toBeInTheDocument();
  });
});

describe('Overview: what would fail right now', () => {
  const panel = async (findByRole: (role: string, opts: object) => Promise<HTMLElement>) =>
    findByRole('region', { name: 'What would fail right now' });

  it('R13, R14: in default it names the Mac Build Agents and empty Kubernetes pool steps, each linked to its step', async () => {
    const { findByRole, user } = await renderRoute(OVERVIEW, { scenario: 'default' });
    const region = await panel(findByRole);
    expect(await within(region).findByText(/steps? would fail if deployed now/)).toBeInTheDocument();
    const links = within(region).getAllByRole('link').map((l) => l.textContent);
    expect(links).toContain('Mobile App: Build iOS app');
    expect(links.some((l) => /Run cluster diagnostics/.test(l ?? ''))).toBe(true);
    expect(region).toHaveTextContent(/Mac Build Agents has no healthy enabled workers/);
    await user.click(within(region).getByRole('link', { name: 'Mobile App: Build iOS app' }));
    expect(await findByRole('heading', { level: 1, name: /Build iOS app/ })).toBeInTheDocument();
  });

  it('R8: with the built-in worker off and the default pool empty, every default-pool step is listed', async () => {
    const { findByRole } = await renderRoute(OVERVIEW, { scenario: 'builtin-disabled' });
    const region = await panel(findByRole);
    expect(await within(region).findByText(/steps? would fail if deployed now/)).toBeInTheDocument();
    expect(region).toHaveTextContent(/built-in worker is switched off/);
  });

  it('R6: in fresh-install nothing would fail: the built-in worker runs default-pool steps', async () => {
    const { findByRole } = await renderRoute(OVERVIEW, { scenario: 'fresh-install' });
    const region = await panel(findByRole);
    expect(await within(region).findByText(/^No step would fail for want of a worker right now/)).toBeInTheDocument();
  });
});

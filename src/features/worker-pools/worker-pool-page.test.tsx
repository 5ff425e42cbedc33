import { waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { failWith, getMockStore, server, slowResponses } from '../../test/mock-server';
import { renderRoute } from '../../test/render';

const pool = (id: number) => `/Spaces-1/infrastructure/workerpools/WorkerPools-${id}`;

describe('Worker pool page', () => {
  // The route is lazy: load its code once up front, so no test's first wait is spent compiling it.
  beforeAll(() => import('./worker-pool-page'));

  it('shows the settings and the workers, each linking to its worker page', async () => {
    const { findByRole, getByRole } = await renderRoute(pool(3), { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Linux Workers' })).toBeInTheDocument();
    expect(await findByRole('textbox', { name: 'Name' })).toHaveValue('Linux Workers');
    expect(getByRole('switch', { name: 'Default worker pool' })).not.toBeChecked();
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    const table = await findByRole('table', { name: 'Workers in this pool' });
    const first = within(table).getAllByRole('link')[0]!;
    expect(first.getAttribute('href')).toMatch(/^\/Spaces-1\/infrastructure\/workers\/Workers-\d+\/settings$/);
  });

  it("a pool's page lists the steps that select it and the cloud targets that use it, and offers Add Worker for it", async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(pool(4), { scenario: 'default' });
    const usage = await findByRole('region', { name: 'Used by' });
    const targets = await within(usage).findByRole('list', { name: 'Cloud targets that use this pool' });
    expect(within(targets).getByRole('link', { name: 'Octo Pet Shop Web App (Production)' })).toHaveAttribute('href', '/Spaces-1/infrastructure/machines/Machines-5/settings');
    expect(usage).toHaveTextContent('No step selects it by name');
    await user.click(getByRole('button', { name: 'Add Worker' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure/workers/new'));
    expect(router.state.location.search).toBe('?pool=WorkerPools-4');
  });

  it('R12: deleting a pool that a cloud target uses names the target and the steps run on its behalf that would fail', async () => {
    const { findByRole, user } = await renderRoute(pool(4), { scenario: 'default' });
    await user.click(await findByRole('button', { name: 'Delete' }));
    const dialog = await findByRole('dialog', { name: 'Delete Azure Workers?' });
    expect(await within(dialog).findByRole('heading', { name: '1 cloud target uses it as its own default pool' })).toBeInTheDocument();
    const failing = await within(dialog).findByRole('list', { name: 'Steps that would fail once it is deleted' });
    expect(failing).toHaveTextContent(/Octo Pet Shop: Deploy Octo Pet Shop to Azure/);
    // Never a raw id: the deleted pool is named in words.
    expect(failing.textContent).not.toMatch(/WorkerPools-\d/);
  });

  it('a dynamic pool shows no machines and no Add Worker: a worker is leased for each step', async () => {
    const store = getMockStore();
    store.put('workerPools', { ...store.db.workerPools.find((p) => p.Id === 'WorkerPools-7')!, WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault', CanAddWorkers: false });
    const { findByRole, queryByRole, findByText } = await renderRoute(pool(7), { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Kubernetes Workers' })).toBeInTheDocument();
    expect(await findByText(/This is a dynamic worker pool: for each step, Octopus leases a fresh worker of the type UbuntuDefault/)).toBeInTheDocument();
    expect(queryByRole('table', { name: 'Workers in this pool' })).toBeNull();
    expect(queryByRole('button', { name: 'Add Worker' })).toBeNull();
    expect(await findByRole('combobox', { name: 'Worker type' })).toHaveTextContent('Ubuntu (default)');
  });

  it('renames the pool; the heading follows', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(pool(3), { scenario: 'default' });
    const name = await findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Ubuntu Workers');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText('Saved.')).toBeInTheDocument();
    expect(await findByRole('heading', { level: 1, name: 'Ubuntu Workers' })).toBeInTheDocument();
  });

  it('a failed save keeps what was typed and says why', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(pool(3), { scenario: 'default' });
    const name = await findByRole('textbox', { name: 'Name' });
    await user.type(name, ' 2');
    server.use(failWith('*/api/:spaceId/workerpools/WorkerPools-3', 500, 'The database is read-only.'));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText(/The worker pool was not saved\. The database is read-only\./)).toBeInTheDocument();
    expect(name).toHaveValue('Linux Workers 2');
    expect(getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('cannot double-submit: Save is disabled and busy while the PUT runs', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(pool(3), { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Description' }), ' More.');
    server.use(slowResponses(200));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'true');
    expect(await findByText('Saved.')).toBeInTheDocument();
  });

  it('R2, R14: making a pool with no healthy worker the default names the steps that would then fail, before saving', async () => {
    const { findByRole, user } = await renderRoute(pool(6), { scenario: 'default' });
    await user.click(await findByRole('switch', { name: 'Default worker pool' }));
    const notice = await findByRole('alert', { name: 'When you save, Mac Build Agents becomes the default pool' });
    const broken = await within(notice).findByRole('list', { name: 'Steps that will fail' });
    expect(broken).toHaveTextContent('Payments API: Purge CDN cache');
    // Steps that name their own pool are not affected.
    expect(broken).not.toHaveTextContent('Octo Pet Shop: Smoke test web app');
  });

  it('R2/R6/R7: explains a default change before saving; after saving the swap shows everywhere', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(pool(7), { scenario: 'default' });
    await user.click(await findByRole('switch', { name: 'Default worker pool' }));
    const notice = await findByRole('alert', { name: 'When you save, Kubernetes Workers becomes the default pool' });
    expect(notice).toHaveTextContent('Default Worker Pool stops being the default worker pool.');
    expect(notice).toHaveTextContent('will now run on Kubernetes Workers instead of Default Worker Pool');
    expect(notice).toHaveTextContent(
      'The built-in worker starts being used: Kubernetes Workers has no workers, so those steps run on the Octopus Server itself.',
    );
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText('Default worker pool: steps that select no worker pool run here.')).toBeInTheDocument();
    expect(getByRole('switch', { name: 'Default worker pool' })).toBeDisabled();
    expect(getMockStore().db.workerPools.filter((p) => p.IsDefault).map((p) => p.Name)).toEqual(['Kubernetes Workers']);
    await user.click(getByRole('link', { name: 'Worker Pools' }));
    const table = await findByRole('table', { name: 'Worker pools' });
    const row = within(table).getByRole('rowheader', { name: /^Kubernetes Workers/ });
    await waitFor(() => expect(within(row).getByText('Default')).toBeInTheDocument());
    expect(within(within(table).getByRole('rowheader', { name: /^Default Worker Pool/ })).queryByText('Default')).toBeNull();
  });

  it('R2: the default pool cannot be deleted, and says why', async () => {
    const { findByRole, getByText } = await renderRoute(pool(1), { scenario: 'default' });
    const del = await findByRole('button', { name: 'Delete' });
    expect(del).toBeDisabled();
    expect(getByText('The default worker pool cannot be deleted. Make another pool the default first.')).toBeInTheDocument();
    expect(del).toHaveAccessibleDescription('The default worker pool cannot be deleted. Make another pool the default first.');
  });

  it('R5: deleting lists the steps that use the pool and the workers left in no pool; R1: the server refuses while any would be', async () => {
    const { findByRole, user } = await renderRoute(pool(6), { scenario: 'default' });
    await user.click(await findByRole('button', { name: 'Delete' }));
    const dialog = await findByRole('dialog', { name: 'Delete Mac Build Agents?' });
    expect(await within(dialog).findByRole('heading', { name: '1 step uses this pool' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Mobile App: Build iOS app' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: '2 workers would be left in no pool' })).toBeInTheDocument();
    expect(within(dialog).getByText('mac-build-01')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/^Mac Build Agents is the only worker pool of mac-build-01/)).toBeInTheDocument();
    expect(getMockStore().db.workerPools.some((p) => p.Name === 'Mac Build Agents')).toBe(true);
  });

  it('filters workers by name and health on the server, kept in the URL', async () => {
    const { findByRole, user, router } = await renderRoute(pool(3), { scenario: 'default' });
    const table = await findByRole('table', { name: 'Workers in this pool' });
    const all = within(table).getAllByRole('row').length - 1;
    await user.click(await findByRole('combobox', { name: 'Health' }));
    await user.click(await findByRole('option', { name: 'Unhealthy' }));
    await waitFor(() => expect(within(table).getAllByRole('row').length - 1).toBeLessThan(all));
    expect(router.state.location.search).toContain('health=Unhealthy');
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Unhealthy');
  });

  it('pages through a large pool 20 at a time', async () => {
    // `large`'s default pool holds 120 workers.
    const { findByRole, findByText, user } = await renderRoute(pool(1), { scenario: 'large' });
    const table = await findByRole('table', { name: 'Workers in this pool' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    const total = await findByText(/^1–20 of \d+$/);
    await user.click(await findByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(total).toHaveTextContent(/^21–40 of/));
  });

  it('R4: read-only sees the pool and its counts but no workers and no edit or delete controls', async () => {
    const { findByRole, queryByRole, findByText } = await renderRoute(pool(3), { scenario: 'read-only' });
    expect(await findByRole('heading', { level: 1, name: 'Linux Workers' })).toBeInTheDocument();
    expect(await findByText('Worker machines are hidden from you.')).toBeInTheDocument();
    expect(await findByRole('img', { name: 'Linux Workers health: 5 Healthy, 1 Unhealthy' })).toBeInTheDocument();
    expect(queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(queryByRole('button', { name: 'Save' })).toBeNull();
    expect(queryByRole('table', { name: 'Workers in this pool' })).toBeNull();
  });

  it('R4: a viewer sees the workers but no edit or delete controls', async () => {
    const { findByRole, queryByRole } = await renderRoute(pool(3), { scenario: 'viewer' });
    expect(await findByRole('table', { name: 'Workers in this pool' })).toBeInTheDocument();
    expect(queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it("R4: a 403 on the workers is explained, not a blank page", async () => {
    server.use(failWith('*/api/:spaceId/workerpools/:id/workers', 403, 'Missing permission: WorkerView'));
    const { findByRole } = await renderRoute(pool(3), { scenario: 'default' });
    const alert = await findByRole('alert', { name: /Loading this pool's workers: You don't have permission to see this/ });
    expect(alert).toHaveTextContent('Missing permission: WorkerView');
  });

  it('an unknown pool says so, with a way back', async () => {
    const { findByRole, getByRole } = await renderRoute(pool(404), { scenario: 'default' });
    expect(await findByRole('alert', { name: /Loading the worker pool: Not found/ })).toBeInTheDocument();
    expect(getByRole('link', { name: 'Back to Worker Pools' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(pool(3), { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Name' }), ' X');
    await user.click(getByRole('link', { name: 'Overview' }));
    const dialog = await findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitForElementToBeRemoved(dialog);
    expect(router.state.location.pathname).toBe(pool(3));
    expect(getByRole('textbox', { name: 'Name' })).toHaveValue('Linux Workers X');
  });
});

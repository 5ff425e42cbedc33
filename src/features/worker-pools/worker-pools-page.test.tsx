import { waitFor, within } from '@testing-library/react';
import { failWith, getMockStore, server, slowResponses, workerPoolsFail } from '../../test/mock-server';
import { renderRoute } from '../../test/render';

const POOLS = '/Spaces-1/infrastructure/workerpools';

async function rows(findByRole: (role: string, o?: object) => Promise<HTMLElement>) {
  const table = await findByRole('table', { name: 'Worker pools' });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('row');
}
const names = (rs: HTMLElement[]) => rs.map((r) => within(r).getByRole('link').textContent);

describe('Worker Pools page', () => {
  it('R2/R3: every pool in sort order, linked, the default marked, with description and health as text', async () => {
    const { findByRole } = await renderRoute(POOLS, { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Worker Pools' })).toBeInTheDocument();
    const rs = await rows(findByRole);
    expect(names(rs)).toEqual([
      'Default Worker Pool',
      'Windows Workers',
      'Linux Workers',
      'Azure Workers',
      'AWS Workers',
      'Mac Build Agents',
      'Kubernetes Workers',
    ]);
    expect(within(rs[0]!).getByText('Default')).toBeInTheDocument();
    expect(within(rs[1]!).queryByText('Default')).not.toBeInTheDocument();
    expect(within(rs[0]!).getByRole('link')).toHaveAttribute('href', '/Spaces-1/infrastructure/workerpools/WorkerPools-1');
    expect(within(rs[2]!).getByText('Ubuntu workers with Bash, Docker, kubectl and the .NET SDK.')).toBeInTheDocument();
    expect(within(rs[2]!).getByRole('img', { name: 'Linux Workers health: 5 Healthy, 1 Unhealthy' })).toBeInTheDocument();
  });

  it('R14: flags the empty pool and the pool whose workers are all unavailable', async () => {
    const { findByRole, findByText } = await renderRoute(POOLS, { scenario: 'default' });
    const rs = await rows(findByRole);
    expect(within(rs[6]!).getByText('No workers')).toBeInTheDocument();
    // Named first, above the list, each linking to its page.
    const first = await findByRole('list', { name: 'Pools that cannot run steps' });
    expect([...first.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Mac Build Agents', 'Kubernetes Workers']);
    expect(within(rs[6]!).getByText('Steps that use it will fail.')).toBeInTheDocument();
    await findByText('No healthy, enabled worker: steps that use it will fail.');
    expect(within(rs[5]!).getByText('No healthy, enabled worker: steps that use it will fail.')).toBeInTheDocument();
    // A disabled worker is counted as disabled, never under the health it last had.
    expect(within(rs[5]!).getByText('1 Disabled')).toBeInTheDocument();
    expect(within(rs[5]!).queryByText(/\d+ Healthy/)).toBeNull();
  });

  it('R6/R8: an empty default pool says its steps use the built-in worker, or fail when it is off', async () => {
    const fresh = await renderRoute(POOLS, { scenario: 'fresh-install' });
    expect(await fresh.findByText('Steps that use it run on the built-in worker.')).toBeInTheDocument();
    fresh.unmount();
    const off = await renderRoute(POOLS, { scenario: 'builtin-disabled' });
    expect(await off.findByText('Steps that use it will fail: the built-in worker is switched off.')).toBeInTheDocument();
  });

  it('filters by name, kept in the URL', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(`${POOLS}?name=work`, { scenario: 'default' });
    expect(await findByRole('textbox', { name: 'Filter by name' })).toHaveValue('work');
    expect(await rows(findByRole)).toHaveLength(6);
    await user.clear(getByRole('textbox', { name: 'Filter by name' }));
    await user.type(getByRole('textbox', { name: 'Filter by name' }), 'mac');
    // The filter hands the text on after a pause in typing.
    await waitFor(() => expect(router.state.location.search).toBe('?name=mac'));
    await waitFor(async () => expect(names(await rows(findByRole))).toEqual(['Mac Build Agents']));
  });

  it('Reorder: moves are arranged in a dialog and saved as one change through /workerpools/sortorder', async () => {
    const { findByRole, findByText, queryByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    const puts: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (request.method === 'PUT') puts.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', listen);
    try {
      await user.click(await findByRole('button', { name: 'Reorder' }));
      const dialog = await findByRole('dialog', { name: 'Reorder worker pools' });
      const list = within(dialog).getByRole('list', { name: 'Worker pools in order' });
      const order = () => within(list).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));
      await user.click(within(dialog).getByRole('button', { name: 'Move Linux Workers up' }));
      // Focus stays with the moved pool, so the keyboard user can keep going.
      expect(within(dialog).getByRole('button', { name: 'Move Linux Workers up' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(order().slice(0, 2)).toEqual(['Linux Workers', 'Default Worker Pool']);
      // At the top its Move up is gone from use, and focus moved to Move down.
      expect(within(dialog).getByRole('button', { name: 'Move Linux Workers up' })).toBeDisabled();
      expect(within(dialog).getByRole('button', { name: 'Move Linux Workers down' })).toHaveFocus();
      expect(within(dialog).getByRole('button', { name: 'Move Kubernetes Workers down' })).toBeDisabled();
      // Each pool also has a drag handle named after it.
      expect(within(dialog).getByRole('button', { name: 'Drag Linux Workers' })).toBeInTheDocument();
      expect(puts).toEqual([]);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(queryByRole('dialog')).toBeNull());
      expect(await findByText('The new order of worker pools is saved.')).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', listen);
    }
    await waitFor(async () => expect(names(await rows(findByRole)).slice(0, 2)).toEqual(['Linux Workers', 'Default Worker Pool']));
    expect(puts).toEqual(['/api/Spaces-1/workerpools/sortorder']);
    expect(getMockStore().db.workerPools.find((p) => p.Name === 'Linux Workers')?.SortOrder).toBe(0);
  });

  it('Reorder: Cancel sends nothing and keeps the order as it was', async () => {
    const { findByRole, queryByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    await user.click(await findByRole('button', { name: 'Reorder' }));
    const dialog = await findByRole('dialog', { name: 'Reorder worker pools' });
    await user.click(within(dialog).getByRole('button', { name: 'Move Kubernetes Workers up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(queryByRole('dialog')).toBeNull());
    expect(names(await rows(findByRole))[6]).toBe('Kubernetes Workers');
    expect(getMockStore().db.workerPools.find((p) => p.Name === 'Kubernetes Workers')?.SortOrder).toBe(6);
  });

  it('Reorder: a failed save keeps the dialog open with the arranged order, says why, and a retry saves it', async () => {
    server.use(failWith('*/api/:spaceId/workerpools/sortorder', 500, 'Sort order is locked.'));
    const { findByRole, queryByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    await user.click(await findByRole('button', { name: 'Reorder' }));
    const dialog = await findByRole('dialog', { name: 'Reorder worker pools' });
    await user.click(within(dialog).getByRole('button', { name: 'Move Linux Workers up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert', { name: /The new order was not saved/ });
    expect(alert).toHaveTextContent('Sort order is locked.');
    const list = within(dialog).getByRole('list', { name: 'Worker pools in order' });
    expect(within(list).getAllByRole('listitem')[1]).toHaveAccessibleName('Linux Workers');
    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(queryByRole('dialog')).toBeNull());
    expect(getMockStore().db.workerPools.find((p) => p.Name === 'Linux Workers')?.SortOrder).toBe(1);
  });

  it('Add Worker Pool: Name is required and unique, and the new pool joins the list', async () => {
    const { findByRole, getByRole, getAllByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    await user.click(await findByRole('button', { name: 'Add Worker Pool' }));
    const dialog = await findByRole('dialog', { name: 'Add Worker Pool' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Please specify a name for this worker pool.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'linux workers');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('A worker pool with the name "linux workers" already exists. Please choose a different name.'),
    ).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'GPU Workers');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'CUDA builds');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(names(within(getByRole('table', { name: 'Worker pools' })).getAllByRole('row').slice(1))).toContain('GPU Workers'));
    expect(getAllByRole('status').map((el) => el.textContent)).toContain('Worker pool GPU Workers added. Add workers to it from its page.');
  });

  it('Add Worker Pool: a dynamic pool leases its workers; it shows as such, with no workers to add', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    await user.click(await findByRole('button', { name: 'Add Worker Pool' }));
    const dialog = await findByRole('dialog', { name: 'Add Worker Pool' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Cloud Workers');
    await user.click(await within(dialog).findByRole('radio', { name: /^Dynamic:/ }));
    // The server's own list of worker types, its default image preselected.
    expect(within(dialog).getByRole('combobox', { name: 'Worker type' })).toHaveTextContent('Ubuntu (default)');
    await user.click(within(dialog).getByRole('combobox', { name: 'Worker type' }));
    expect((await findByRole('listbox')).textContent).toContain('Windows Server Core 2019 (deprecated)');
    await user.click(getByRole('option', { name: 'Windows (default)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await findByText(/Octopus leases its workers on demand, one for each step\./)).toBeInTheDocument();
    const created = getMockStore().db.workerPools.find((p) => p.Name === 'Cloud Workers')!;
    expect(created).toMatchObject({ WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'WindowsDefault' });
    const row = (await rows(findByRole)).find((r) => r.textContent?.includes('Cloud Workers'))!;
    expect(row).toHaveTextContent('Dynamic pool (WindowsDefault): a worker is leased on demand for each step.');
    expect(within(row).queryByText('No workers')).toBeNull();
  });

  it("CONVENTIONS 6: the server's validation error lands on Name, and what was typed stays", async () => {
    const { findByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    // Someone else takes the name after this page loaded, so only the server can refuse it.
    const store = getMockStore();
    store.put('workerPools', { ...store.db.workerPools[1]!, Id: 'WorkerPools-99', Name: 'Late Pool', IsDefault: false });
    await user.click(await findByRole('button', { name: 'Add Worker Pool' }));
    const dialog = await findByRole('dialog', { name: 'Add Worker Pool' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Late Pool');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/already exists/));
    expect(name).toHaveValue('Late Pool');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('cannot double-submit: Save is disabled and busy while the POST runs', async () => {
    const { findByRole, user } = await renderRoute(POOLS, { scenario: 'default' });
    await rows(findByRole);
    await user.click(await findByRole('button', { name: 'Add Worker Pool' }));
    const dialog = await findByRole('dialog', { name: 'Add Worker Pool' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Slow Pool');
    server.use(slowResponses(200));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(getMockStore().db.workerPools.filter((p) => p.Name === 'Slow Pool')).toHaveLength(1));
  });

  it('a pool named like HTML is shown as text and runs nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const store = getMockStore();
    await renderRoute('/Spaces-1/infrastructure', { scenario: 'default' }).then((v) => v.unmount());
    store.put('workerPools', { ...store.db.workerPools[1]!, Id: 'WorkerPools-66', Name: evil, SortOrder: 99, IsDefault: false });
    const { findByRole, container } = await renderRoute(POOLS);
    expect(names(await rows(findByRole))).toContain(evil);
    expect(container.querySelector('img')).toBeNull();
  });

  it('R4: a read-only user sees every pool and whether it has workers, but no add or reorder controls', async () => {
    const { findByRole, queryByRole, findByText } = await renderRoute(POOLS, { scenario: 'read-only' });
    const rs = await rows(findByRole);
    expect(rs).toHaveLength(7);
    expect(within(rs[6]!).getByText('No workers')).toBeInTheDocument();
    expect(await findByText(/not the workers themselves: that takes the WorkerView permission/)).toBeInTheDocument();
    expect(queryByRole('button', { name: 'Add Worker Pool' })).not.toBeInTheDocument();
    expect(queryByRole('button', { name: 'Reorder' })).not.toBeInTheDocument();
  });

  it('R4: a viewer gets no add or reorder controls either', async () => {
    const { findByRole, queryByRole } = await renderRoute(POOLS, { scenario: 'viewer' });
    await rows(findByRole);
    expect(queryByRole('button', { name: 'Add Worker Pool' })).not.toBeInTheDocument();
    expect(queryByRole('button', { name: 'Reorder' })).not.toBeInTheDocument();
  });

  it('a failure is explained, never a blank page', async () => {
    server.use(...workerPoolsFail(403, 'You do not have permission to perform this action. Missing permission: WorkerView'));
    const { findByRole } = await renderRoute(POOLS, { scenario: 'default' });
    const alert = await findByRole('alert', { name: /Loading worker pools: You don't have permission to see this/ });
    expect(alert).toHaveTextContent('Missing permission: WorkerView');
  });

  it('large: 200 pools from one summary request, 25 a page (as on Overview), the pools that cannot run steps named first', async () => {
    const { findByRole, findByText, getByRole, user, router } = await renderRoute(POOLS, { scenario: 'large' });
    expect(await rows(findByRole)).toHaveLength(25);
    expect(await findByText('Pools 1–25 of 200')).toBeInTheDocument();
    await user.click(getByRole('button', { name: 'Go to next page' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(await findByText('Pools 26–50 of 200')).toBeInTheDocument();
    expect(await findByRole('list', { name: 'Pools that cannot run steps' })).toBeInTheDocument();
  });
});

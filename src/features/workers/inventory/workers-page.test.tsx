import { configure, waitFor, within } from '@testing-library/react';
import { failWith, getMockStore, server, workersListFails } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

const WORKERS = '/Spaces-1/infrastructure/workers';

// Real routes over the fake server on a loaded 2-core machine: give each wait a few seconds.
configure({ asyncUtilTimeout: 5000 });

const rowsOf = async (findByRole: (role: string, o?: object) => Promise<HTMLElement>) => {
  const table = await findByRole('table', { name: 'Workers' });
  return within(table).getAllByRole('row').slice(1);
};

describe('Workers page', { timeout: 30_000 }, () => {
  it('R1: lists workers by name with health as text, how each is reached, its pools and Calamari', async () => {
    const { findByRole, getByRole } = await renderRoute(WORKERS, { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Workers' })).toBeInTheDocument();
    const rows = await rowsOf(findByRole);
    expect(rows).toHaveLength(25);
    const mac = rows.find((r) => within(r).queryByRole('link', { name: 'mac-build-02' }))!;
    expect(mac).toHaveTextContent('Disabled');
    expect(mac).toHaveTextContent('SSH Connection');
    expect(mac).toHaveTextContent('Mac Build Agents');
    const win = rows.find((r) => within(r).queryByRole('link', { name: 'win-worker-02' }))!;
    expect(win).toHaveTextContent('Calamari outdated');
    expect(win).toHaveTextContent('https://win-worker-02.corp.local:10933/');
    expect(getByRole('status', { name: 'Built-in worker' })).toHaveTextContent('displaced by 6 workers in Default Worker Pool');
  });

  it('filters live in the URL: a link with filters reproduces the view, and counts follow the filters', async () => {
    const { findByRole, getByRole } = await renderRoute(`${WORKERS}?name=linux&health=Healthy`, { scenario: 'default' });
    const rows = await rowsOf(findByRole);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['linux-worker-01', 'linux-worker-02', 'linux-worker-04', 'linux-worker-05']);
    expect(getByRole('textbox', { name: 'Filter by name' })).toHaveValue('linux');
    // Facet counts: the health filter itself is left out, so Unhealthy still says what picking it would add.
    const counts = getByRole('group', { name: 'Workers by health status' });
    await waitFor(() => expect(within(counts).getByRole('button', { name: /Unhealthy: 1/ })).toBeInTheDocument());
    expect(within(counts).getByRole('button', { name: /^Healthy: 4/ })).toHaveAttribute('aria-pressed', 'true');
    // It says how often health is refreshed and when it last was.
    expect(counts).toHaveTextContent(/Refreshed every 10 seconds while this page is open; last at \d\d:\d\d:\d\d/);
    // How the health filter treats disabled workers is said on the page, and each count is described by it.
    expect(within(counts).getByRole('button', { name: /^Healthy: 4/ })).toHaveAccessibleDescription(
      /A disabled worker is counted and filtered under that health but never runs steps/,
    );
  });

  it('typing a name and picking a health status update the URL and the list', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(WORKERS, { scenario: 'default' });
    await rowsOf(findByRole);
    await user.type(getByRole('textbox', { name: 'Filter by name' }), 'aws');
    await waitFor(() => expect(router.state.location.search).toBe('?name=aws'));
    await waitFor(async () => expect(await rowsOf(findByRole)).toHaveLength(4));
    await user.click(getByRole('button', { name: /^Unavailable: 1/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?name=aws&health=Unavailable'));
    await waitFor(async () => expect(await rowsOf(findByRole)).toHaveLength(1));
  });

  it('empty states know the difference: no match offers to clear the filters', async () => {
    const { findByText, user, findByRole } = await renderRoute(`${WORKERS}?name=nothing-like-this`, { scenario: 'default' });
    expect(await findByText('No worker matches these filters')).toBeInTheDocument();
    const empty = (await findByText('No worker matches these filters')).parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(await rowsOf(findByRole)).toHaveLength(25);
  });

  it('fresh-install: nothing registered yet, and Add Worker is offered', async () => {
    const { findByText, getAllByRole } = await renderRoute(WORKERS, { scenario: 'fresh-install' });
    expect(await findByText('No workers yet')).toBeInTheDocument();
    expect(getAllByRole('button', { name: 'Add Worker' }).length).toBeGreaterThan(0);
  });

  it('large: pages on the server, 30 of 10,000', async () => {
    const { findByRole, getByText } = await renderRoute(WORKERS, { scenario: 'large' });
    expect(await rowsOf(findByRole)).toHaveLength(30);
    expect(getByText('1–30 of 10,000')).toBeInTheDocument();
  });

  it('R4 read-only: no worker machines, says why, and shows every pool and whether it has workers', async () => {
    const { findByText, findByRole, queryByRole } = await renderRoute(WORKERS, { scenario: 'read-only' });
    expect(await findByText('Worker machines are hidden from you')).toBeInTheDocument();
    const table = await findByRole('table', { name: 'Worker pools' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getByRole('row', { name: /Kubernetes Workers/ })).toHaveTextContent('No workers');
    expect(within(table).getByRole('row', { name: /Linux Workers/ })).toHaveTextContent('Has workers (6 workers)');
    expect(queryByRole('table', { name: 'Workers' })).not.toBeInTheDocument();
  });

  it('R4 viewer: sees every worker but cannot select, add or change', async () => {
    const { findByRole, queryAllByRole, getByText } = await renderRoute(WORKERS, { scenario: 'viewer' });
    expect(await rowsOf(findByRole)).toHaveLength(25);
    expect(queryAllByRole('checkbox')).toHaveLength(0);
    expect(getByText(/You can see workers but not change them/)).toBeInTheDocument();
  });

  it('a 403 on the list is explained, never blank', async () => {
    server.use(failWith('*/api/:spaceId/workers', 403, 'You do not have permission to perform this action. Missing permission: WorkerView'));
    const { findByRole } = await renderRoute(WORKERS, { scenario: 'default' });
    expect(await findByRole('alert', { name: /Loading workers: You don't have permission to see this/ })).toHaveTextContent('Missing permission: WorkerView');
  });

  it('bulk disable: confirms with the count and the impact, then reports and refreshes', async () => {
    const { findByRole, getByRole, user } = await renderRoute(`${WORKERS}?pools=WorkerPools-6`, { scenario: 'default' });
    await rowsOf(findByRole);
    await user.click(getByRole('checkbox', { name: 'Select mac-build-01' }));
    await user.click(getByRole('checkbox', { name: 'Select mac-build-02' }));
    expect(getByRole('region', { name: 'Selected workers' })).toHaveTextContent('2 selected');
    await user.click(within(getByRole('region', { name: 'Selected workers' })).getByRole('button', { name: 'Disable' }));
    const dialog = await findByRole('dialog', { name: 'Disable 2 workers?' });
    await within(dialog).findByText(/No pool is left without a healthy worker/);
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await within(dialog).findByText('Disabled 1 of 2 workers.')).toBeInTheDocument();
    expect(within(dialog).getByText('mac-build-02: already disabled')).toBeInTheDocument();
    expect(getMockStore().get('workers', 'Workers-24')?.IsDisabled).toBe(true);
  });

  it('bulk delete reports partial failures by name with the server message', async () => {
    server.use(failWith('*/api/:spaceId/workers/Workers-12', 500, 'The worker is in use by a running deployment.'));
    const { findByRole, getByRole, user } = await renderRoute(`${WORKERS}?name=linux-worker-0`, { scenario: 'default' });
    await rowsOf(findByRole);
    await user.click(getByRole('checkbox', { name: 'Select linux-worker-01' }));
    await user.click(getByRole('checkbox', { name: 'Select linux-worker-02' }));
    await user.click(within(getByRole('region', { name: 'Selected workers' })).getByRole('button', { name: 'Delete' }));
    const dialog = await findByRole('dialog', { name: 'Delete 2 workers?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('Deleted 1 of 2 workers.')).toBeInTheDocument();
    expect(within(dialog).getByText(/linux-worker-01: .*The worker is in use by a running deployment\./)).toBeInTheDocument();
    expect(getMockStore().get('workers', 'Workers-13')).toBeUndefined();
    // Closed, the one that failed is still selected, so Delete can be retried on it alone.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(getByRole('region', { name: 'Selected workers' })).toHaveTextContent('1 selected');
    expect(getByRole('checkbox', { name: 'Select linux-worker-01' })).toBeChecked();
  });

  it('Export CSV downloads the workers matching the filters, and says why when it cannot', async () => {
    const files: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    // jsdom has no object URLs and does not download: record what would have been saved instead.
    Object.assign(URL, { createObjectURL: (blob: Blob) => { blobs.set(`blob:${blobs.size}`, blob); return `blob:${blobs.size - 1}`; }, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
    });
    const { findByRole, getByRole, user } = await renderRoute(`${WORKERS}?pools=WorkerPools-6`, { scenario: 'default' });
    await rowsOf(findByRole);
    await user.click(getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('workers.csv');
    const lines = (await files[0]!.blob.text()).trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['mac-build-01', 'mac-build-02']);

    server.use(workersListFails(500, 'The database is unavailable.'));
    await user.click(getByRole('button', { name: 'Export CSV' }));
    expect(await findByRole('alert', { name: /The export failed/ })).toHaveTextContent('The database is unavailable.');
    expect(files).toHaveLength(1);
  });
});

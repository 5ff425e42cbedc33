// The Workers inventory: filters that survive a reload, bulk actions with confirmation, permissions (R4) and
// 10,000 workers (large), each page checked with axe.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { WorkersPage } from './pages/workers-page';

test.describe('default scenario', () => {
  test('R1: every worker with health as text, how it is reached, its pools; the built-in worker line', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await expect(workers.heading()).toBeVisible();
    await expect(workers.rows()).toHaveCount(25);
    await expect(workers.row('octo-worker-03')).toContainText('Healthy with warnings');
    await expect(workers.row('octo-worker-03')).toContainText('Polling Tentacle');
    await expect(workers.row('mac-build-02')).toContainText('Disabled');
    await expect(workers.row('win-worker-02')).toContainText('Calamari outdated');
    await expect(workers.builtInWorker()).toContainText('displaced by 6 workers in Default Worker Pool');
    await expect(workers.builtInWorker().getByRole('link', { name: 'Built-in worker setting' })).toHaveAttribute('href', '/configuration/features');
    await expectNoAxeViolations(page);
  });

  test('filter, then reload to the same view', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await workers.filterByName('worker-0');
    await expect(page).toHaveURL(/name=worker-0/);
    await workers.healthCount('Unhealthy').click();
    await expect(page).toHaveURL(/health=Unhealthy/);
    await expect(workers.rows()).toHaveCount(1);
    await expect(workers.row('linux-worker-03')).toBeVisible();

    await page.reload();
    await expect(workers.nameFilter()).toHaveValue('worker-0');
    await expect(workers.healthCount('Unhealthy')).toHaveAttribute('aria-pressed', 'true');
    await expect(workers.rows()).toHaveCount(1);
    await expect(workers.row('linux-worker-03')).toBeVisible();
  });

  test('group by pool shows each pool with its workers', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(`${workers.path}?group=pools`);
    await expect(page.getByRole('heading', { name: /Mac Build Agents/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Workers in Mac Build Agents' }).getByRole('link')).toHaveText(['mac-build-01', 'mac-build-02']);
    await expectNoAxeViolations(page);
  });

  test('bulk disable: confirmed with the count, reported, and the list updated', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(`${workers.path}?name=linux-worker`);
    await workers.select('linux-worker-01', 'linux-worker-02');
    await expect(workers.selectionBar()).toContainText('2 selected');
    const dialog = await workers.bulk('Disable');
    await expect(dialog.getByRole('heading', { name: 'Disable 2 workers?' })).toBeVisible();
    await expect(dialog).toContainText('No pool is left without a healthy worker');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Disable', exact: true }).click();
    await expect(dialog).toContainText('Disabled 2 of 2 workers.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(workers.row('linux-worker-01')).toContainText('Disabled');
    await expect(workers.row('linux-worker-02')).toContainText('Disabled');
    await expect(workers.selectionBar()).toBeHidden();
  });
});

test.describe('read-only scenario', () => {
  test.use({ scenario: 'read-only' });

  test('R4: no worker machines; says why; every pool and whether it has workers', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await expect(page.getByText('Worker machines are hidden from you')).toBeVisible();
    await expect(workers.poolsTable().getByRole('row')).toHaveCount(8);
    await expect(workers.poolsTable().getByRole('row', { name: /Kubernetes Workers/ })).toContainText('No workers');
    await expect(workers.table()).toHaveCount(0);
    await expect(workers.addWorker()).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('viewer scenario', () => {
  test.use({ scenario: 'viewer' });

  test('R4: everything visible, nothing selectable or addable', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await expect(workers.rows()).toHaveCount(25);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByText(/You can see workers but not change them/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('large scenario', () => {
  test.use({ scenario: 'large' });

  test('10,000 workers paged on the server; filtering stays quick', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await expect(workers.rows()).toHaveCount(30);
    await expect(workers.pageInfo()).toHaveText('1–30 of 10,000');
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(workers.pageInfo()).toHaveText('31–60 of 10,000');
    await expect(page).toHaveURL(/page=2/);
    await workers.filterByName('worker-0999');
    await expect(workers.rows()).toHaveCount(10);
    await expectNoAxeViolations(page);
  });
});

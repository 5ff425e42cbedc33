// The Overview answers "can my pools run steps, and is the Octopus Server itself running any?" (R2, R6–R8).
import { expect, expectNoAxeViolations, test } from './fixtures';
import { OverviewPage } from './pages/overview-page';

test.describe('default scenario', () => {
  test('every pool with its health picture, the default marked, the empty pool flagged', async ({ page, visit }) => {
    const overview = new OverviewPage(page);
    await visit(overview.path);
    await expect(overview.heading()).toBeVisible();

    const rows = overview.poolTable().getByRole('row');
    // Header + 7 pools + totals: the two pools whose steps would fail first, then the default and the rest.
    await expect(rows).toHaveCount(9);
    await expect(rows.nth(1)).toContainText('Mac Build Agents');
    await expect(rows.nth(2)).toContainText('Kubernetes Workers');
    await expect(rows.nth(3)).toContainText('Default Worker Pool');
    await expect(page.getByRole('list', { name: 'Steps that would fail' })).toContainText('Mobile App: Build iOS app');
    await expect(overview.poolRow('Default Worker Pool')).toContainText('Default');
    await expect(overview.healthPicture('Default Worker Pool')).toBeVisible();
    await expect(overview.healthPicture('Linux Workers')).toHaveAttribute('aria-label', /Healthy/);

    const empty = overview.poolRow('Kubernetes Workers');
    await expect(empty).toContainText('No workers');
    await expect(empty.getByRole('img')).toHaveCount(0);
  });

  test('R6/R7: the built-in worker is displaced by the workers in the default pool', async ({ page, visit }) => {
    const overview = new OverviewPage(page);
    await visit(overview.path);
    await expect(overview.builtInWorker()).toContainText('Not in use: displaced by 6 workers in Default Worker Pool.');
    await expectNoAxeViolations(page);
  });
});

test.describe('fresh-install scenario', () => {
  test.use({ scenario: 'fresh-install' });

  test('R6: with an empty default pool, steps run on the built-in worker', async ({ page, visit }) => {
    const overview = new OverviewPage(page);
    await visit(overview.path);
    await expect(overview.builtInWorker()).toContainText('In use: Default Worker Pool has no workers');
    await expect(overview.poolTable().getByRole('row')).toHaveCount(3);
    await expect(overview.poolRow('Default Worker Pool')).toContainText('No workers');
    await expect(overview.poolRow('Default Worker Pool')).toContainText(/built-in worker/);
    await expectNoAxeViolations(page);
  });
});

test.describe('large scenario', () => {
  test.use({ scenario: 'large' });

  test('200 pools and 10,000 workers: problems first, 25 pools a page, totals for all', async ({ page, visit }) => {
    const overview = new OverviewPage(page);
    await visit(overview.path);
    await expect(overview.poolTable().getByRole('row')).toHaveCount(27, { timeout: 15_000 });
    await expect(overview.poolTable()).toContainText('10,000');
    await expect(page.getByText('Pools 1–25 of 200')).toBeVisible();
    await expect(page.getByRole('region', { name: 'What would fail right now' })).toContainText(/would fail if deployed now|No step would fail/);
  });
});

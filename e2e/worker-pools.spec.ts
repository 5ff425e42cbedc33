// Worker pools: the list, one pool's settings, the default pool's rules (R2, R6, R7), deleting without
// surprises (R5) and who may see and change what (R4).
import { expect, expectNoAxeViolations, test } from './fixtures';
import { WorkerPoolPage } from './pages/worker-pool-page';
import { WorkerPoolsPage } from './pages/worker-pools-page';

test.describe('default scenario', () => {
  test('create, rename and reorder pools', async ({ page, visit }) => {
    const list = new WorkerPoolsPage(page);
    await visit(list.path);
    await expect(list.heading()).toBeVisible();
    await expect(list.rows()).toHaveCount(7);

    await list.addPool('GPU Workers', 'CUDA builds');
    await expect(list.addDialog()).toBeHidden();
    await expect(list.row('GPU Workers')).toContainText('CUDA builds');
    await expect(list.row('GPU Workers')).toContainText('No workers');
    await expect(list.rows()).toHaveCount(8);

    await test.step('reorder by dragging with the keyboard, saved as one change', async () => {
      await list.reorderButton().focus();
      await page.keyboard.press('Enter');
      await expect(list.reorderDialog()).toBeVisible();
      await list.dragHandle('GPU Workers').focus();
      await page.keyboard.press('Space');
      await expect(list.dragHandle('GPU Workers')).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      // Each move is announced in words.
      await expect(page.getByRole('status').filter({ hasText: 'GPU Workers is over position 6 of 8.' })).toBeAttached();
      await page.keyboard.press('Space');
      await expect(list.reorderItems().nth(5)).toHaveAccessibleName('GPU Workers');
      // Escape during a keyboard move puts the pool back and leaves the dialog open.
      await list.dragHandle('Default Worker Pool').focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await expect(list.reorderDialog()).toBeVisible();
      await expect(list.reorderItems().first()).toHaveAccessibleName('Default Worker Pool');
      await list.reorderDialog().getByRole('button', { name: 'Save' }).click();
      await expect(list.reorderDialog()).toBeHidden();
      await expect(list.rows().nth(5)).toContainText('GPU Workers');
    });
    await test.step('reorder by dragging with the mouse', async () => {
      await list.reorderButton().click();
      const from = await list.dragHandle('Kubernetes Workers').boundingBox();
      const to = await list.reorderItems().nth(0).boundingBox();
      await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
      await page.mouse.down();
      await page.mouse.move(from!.x + from!.width / 2, from!.y - 10, { steps: 5 });
      await page.mouse.move(from!.x + from!.width / 2, to!.y + 2, { steps: 10 });
      await page.mouse.up();
      await expect(list.reorderItems().first()).toHaveAccessibleName('Kubernetes Workers');
      await list.reorderDialog().getByRole('button', { name: 'Save' }).click();
      await expect(list.reorderDialog()).toBeHidden();
    });
    await page.reload();
    await expect(list.rows().nth(0)).toContainText('Kubernetes Workers');
    await expect(list.rows().nth(6)).toContainText('GPU Workers');

    const pool = new WorkerPoolPage(page);
    await list.poolLink('GPU Workers').click();
    await expect(pool.heading('GPU Workers')).toBeVisible();
    await pool.rename('CUDA Workers');
    await expect(pool.heading('CUDA Workers')).toBeVisible();
    await page.getByRole('link', { name: 'Worker Pools', exact: true }).click();
    await expect(list.poolLink('CUDA Workers')).toBeVisible();
    await expect(list.poolLink('GPU Workers')).toHaveCount(0);
  });

  test('R2/R7: make another pool the default; the consequence is explained first and Default moves', async ({ page, visit }) => {
    const pool = new WorkerPoolPage(page);
    await visit(pool.path('WorkerPools-3'));
    await pool.makeDefault();
    await expect(pool.defaultNotice()).toContainText('Default Worker Pool stops being the default worker pool');
    await expect(pool.defaultNotice()).toContainText('will now run on Linux Workers');
    await expect(pool.defaultNotice()).toContainText('The built-in worker stays unused');
    await pool.save().click();
    await expect(pool.defaultSwitch()).toBeDisabled();

    const list = new WorkerPoolsPage(page);
    await page.getByRole('link', { name: 'Worker Pools', exact: true }).click();
    await expect(list.defaultMarker('Linux Workers')).toBeVisible();
    await expect(list.defaultMarker('Default Worker Pool')).toHaveCount(0);
  });

  test('R2: the default pool cannot be deleted, and the page says why', async ({ page, visit }) => {
    const pool = new WorkerPoolPage(page);
    await visit(pool.path('WorkerPools-1'));
    await expect(pool.deleteButton()).toBeDisabled();
    await expect(page.getByText('The default worker pool cannot be deleted. Make another pool the default first.')).toBeVisible();
  });

  test.describe('a pool that is the only pool of some workers', () => {
    // The server's refusal is a 400, which the browser logs.
    test.use({ allowedConsoleErrors: [/status of 400 \(Bad Request\).*\/workerpools\/WorkerPools-6/] });

    test('R5: deleting a pool a step uses lists the step first; R1: refused while workers would be left in no pool', async ({ page, visit }) => {
      const pool = new WorkerPoolPage(page);
      await visit(pool.path('WorkerPools-6'));
      await pool.deleteButton().click();
      const dialog = pool.deleteDialog();
      await expect(dialog.getByRole('heading', { name: '1 step uses this pool' })).toBeVisible();
      await expect(dialog.getByRole('link', { name: 'Mobile App: Build iOS app' })).toBeVisible();
      await expect(dialog.getByRole('heading', { name: '2 workers would be left in no pool' })).toBeVisible();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect(dialog.getByText(/^Mac Build Agents is the only worker pool of mac-build-01 and mac-build-02\./)).toBeVisible();
      await expect(page.getByText('Worker pool Mac Build Agents deleted.')).toHaveCount(0);
    });
  });

  test('R14: the pool whose workers are all unavailable is flagged; both pages pass axe', async ({ page, visit }) => {
    const list = new WorkerPoolsPage(page);
    await visit(list.path);
    await expect(list.row('Mac Build Agents')).toContainText('No healthy, enabled worker: steps that use it will fail.');
    await expect(list.row('Kubernetes Workers')).toContainText('No workers');
    await expectNoAxeViolations(page);

    const pool = new WorkerPoolPage(page);
    await list.poolLink('Linux Workers').click();
    await expect(pool.workersTable()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a name filter lives in the URL', async ({ page, visit }) => {
    const list = new WorkerPoolsPage(page);
    await visit(list.path);
    await list.filter().fill('mac');
    await expect(page).toHaveURL(/name=mac/);
    await expect(list.rows()).toHaveCount(1);
    await page.reload();
    await expect(list.filter()).toHaveValue('mac');
  });
});

test.describe('read-only scenario', () => {
  test.use({ scenario: 'read-only' });

  test('R4: every pool and whether it has workers, but no workers and no controls', async ({ page, visit }) => {
    const list = new WorkerPoolsPage(page);
    await visit(list.path);
    await expect(list.rows()).toHaveCount(7);
    await expect(list.row('Kubernetes Workers')).toContainText('No workers');
    await expect(list.addButton()).toHaveCount(0);
    await expect(list.reorderButton()).toHaveCount(0);

    const pool = new WorkerPoolPage(page);
    await list.poolLink('Linux Workers').click();
    await expect(pool.hiddenWorkersNote()).toBeVisible();
    await expect(pool.workersTable()).toHaveCount(0);
    await expect(pool.name()).toHaveCount(0);
    await expect(pool.deleteButton()).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('viewer scenario', () => {
  test.use({ scenario: 'viewer' });

  test('R4: sees the workers but no edit controls', async ({ page, visit }) => {
    const pool = new WorkerPoolPage(page);
    await visit(pool.path('WorkerPools-3'));
    await expect(pool.workersTable()).toBeVisible();
    await expect(pool.name()).toHaveCount(0);
    await expect(pool.save()).toHaveCount(0);
    await expect(pool.deleteButton()).toHaveCount(0);
    await expect(new WorkerPoolsPage(page).addButton()).toHaveCount(0);
  });
});

test.describe('large scenario', () => {
  test.use({ scenario: 'large' });

  test('200 pools come 25 a page, the pools that cannot run steps named first, and reorder still works', async ({ page, visit }) => {
    const list = new WorkerPoolsPage(page);
    await visit(list.path);
    // Two summary requests feed every row (no per-pool requests); the list shows 25 at a time.
    await expect(list.rows()).toHaveCount(25, { timeout: 15_000 });
    await expect(page.getByText('Pools 1–25 of 200')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Pools that cannot run steps' })).toBeVisible();
    await list.reorderButton().click();
    await list.moveDown('Default Worker Pool').click();
    await list.reorderDialog().getByRole('button', { name: 'Save' }).click();
    await expect(list.reorderDialog()).toBeHidden();
    await expect(list.rows().nth(1)).toContainText('Default Worker Pool');
  });
});

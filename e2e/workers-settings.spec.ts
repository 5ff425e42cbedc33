// One worker's page: Check Health runs a Health task and shows the new health; Delete names its impact (R7).
import { expect, expectNoAxeViolations, test } from './fixtures';
import { WorkerPage } from './pages/worker-page';
import { WorkersPage } from './pages/workers-page';

test('Check Health: the task runs, then the status changes', async ({ page, visit }) => {
  const worker = new WorkerPage(page);
  await visit(worker.path('Workers-5'));
  await expect(worker.heading('octo-worker-05')).toBeVisible();
  await expect(worker.healthStatus()).toHaveText('Unknown');
  await expectNoAxeViolations(page);
  await worker.checkHealth().click();
  await expect(worker.health()).toContainText(/Health check of octo-worker-05: (queued|running)…/);
  await expect(worker.checkHealth()).toBeDisabled();
  await expect(worker.health()).toContainText('Health check of octo-worker-05: finished', { timeout: 15_000 });
  await expect(worker.healthStatus()).toHaveText('Healthy');
  await expect(worker.checkHealth()).toBeEnabled();
});

test.describe('a refused save', () => {
  // The browser logs the server's 400 as a failed resource load: that 400 is the point of the test.
  test.use({ allowedConsoleErrors: [/status of 400/] });

  test('keeps the typed values and shows the server error on the field', async ({ page, visit }) => {
    const worker = new WorkerPage(page);
    await visit(worker.path('Workers-7'));
    const name = page.getByRole('textbox', { name: 'Display Name' });
    await name.fill('octo-worker-01');
    await worker.save().click();
    await expect(page.getByText("A worker named 'octo-worker-01' already exists. Please choose a different name.")).toBeVisible();
    await expect(name).toHaveValue('octo-worker-01');
  });
});

test.describe('legacy-external-worker scenario', () => {
  test.use({ scenario: 'legacy-external-worker' });

  test('R7: deleting the last worker of the default pool brings the built-in worker back', async ({ page, visit }) => {
    const workers = new WorkersPage(page);
    await visit(workers.path);
    await expect(workers.builtInWorker()).toContainText('displaced by 1 worker in Default Worker Pool');
    await workers.row('external-worker').getByRole('link').click();
    const worker = new WorkerPage(page);
    const dialog = await worker.startDelete();
    await expect(dialog).toContainText('Default Worker Pool will have no workers, so the built-in worker resumes');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(workers.heading()).toBeVisible();
    await expect(page.getByText('Deleted the worker external-worker.')).toBeVisible();
    await expect(workers.builtInWorker()).toContainText('In use: Default Worker Pool has no workers');
    await expect(page.getByText('No workers yet')).toBeVisible();
  });
});

test.describe('viewer scenario', () => {
  test.use({ scenario: 'viewer' });

  test('R4: a viewer sees the worker but cannot change, delete or check it', async ({ page, visit }) => {
    const worker = new WorkerPage(page);
    await visit(worker.path('Workers-7'));
    await expect(worker.heading('win-worker-01')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Display Name' })).toBeDisabled();
    await expect(worker.save()).toHaveCount(0);
    await expect(worker.deleteButton()).toHaveCount(0);
    await expect(worker.checkHealth()).toBeDisabled();
    await expectNoAxeViolations(page);
  });
});

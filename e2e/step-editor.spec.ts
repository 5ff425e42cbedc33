// The step editor tells an operator, while editing, where a step will run and whether it can (R10–R17).
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ProcessPage } from './pages/process-page';
import { StepEditorPage } from './pages/step-editor-page';

test.describe('fresh-install scenario', () => {
  test.use({ scenario: 'fresh-install' });

  test('R15: a script step offers only the Octopus Server options', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.projectsPath);
    await expect(process.projectsHeading()).toBeVisible();
    await expectNoAxeViolations(page);
    await process.projectLink('Hello World').click();
    await expect(process.step('Say hello')).toContainText('Runs on the built-in worker');
    await expectNoAxeViolations(page);

    await process.stepLink('Say hello').click();
    await expect(editor.heading('Say hello')).toBeVisible();
    await expect(editor.executionLocation().getByRole('radio')).toHaveCount(3);
    await expect(editor.locationOption('Run on the Octopus Server')).toBeChecked();
    await expect(editor.locationOption('Run on the Octopus Server on behalf of each deployment target')).toBeVisible();
    await expect(editor.locationOption('Run on each deployment target')).toBeVisible();
    await expect(editor.page.getByRole('radio', { name: 'Run once on a worker' })).toHaveCount(0);
    await expect(editor.workerPool()).toHaveCount(0);
    await expect(editor.whereThisStepRuns()).toContainText('Runs on the built-in worker');
    await expectNoAxeViolations(page);
  });

  test('R15: an Azure step shows no choice, and its verdict says the built-in worker', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-1'));
    await process.stepLink('List Azure resource groups').click();
    await expect(editor.heading('List Azure resource groups')).toBeVisible();
    await expect(editor.whereThisStepRuns()).toContainText('Runs on the built-in worker');
    await expect(editor.executionLocation()).toHaveCount(0);
    await expect(editor.workerPool()).toHaveCount(0);
  });
});

test.describe('builtin-disabled scenario', () => {
  test.use({ scenario: 'builtin-disabled' });

  test('R8/R14: the verdict says the step will fail, and why', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-1'));
    await expect(process.step('Say hello')).toContainText('Will fail: the built-in worker is switched off');
    await process.stepLink('Say hello').click();
    await expect(editor.whereThisStepRuns()).toContainText('Will fail: the built-in worker is switched off');
    await expect(editor.whereThisStepRuns()).toContainText('Default Worker Pool is the default pool and has no workers');
    await expectNoAxeViolations(page);
  });
});

test.describe('default scenario', () => {
  test('R16: the default pool is preselected; another pool is picked, saved, and sticks after a reload', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-2'));
    await process.stepLink('Purge CDN cache').click();
    await expect(editor.locationOption('Run once on a worker')).toBeChecked();
    await expect(editor.locationOption('Run on a worker on behalf of each deployment target')).toBeVisible();
    await expect(editor.workerPool()).toHaveValue('Default Worker Pool');
    await expect(editor.whereThisStepRuns()).toContainText('Runs on one of 5 healthy workers in Default Worker Pool');
    await expectNoAxeViolations(page);

    await editor.chooseWorkerPool('Windows Workers');
    await expect(editor.whereThisStepRuns()).toContainText('Runs on one of 3 healthy workers in Windows Workers');
    await editor.save();
    await expect(editor.savedNotice()).toBeVisible();

    await page.reload();
    await expect(editor.workerPool()).toHaveValue('Windows Workers');
    await expect(editor.whereThisStepRuns()).toContainText('Runs on one of 3 healthy workers in Windows Workers');
  });

  test('R14: a step on the empty Kubernetes Workers pool will fail, said before any deployment', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-4'));
    await expect(process.step('Run cluster diagnostics')).toContainText('Will fail: Kubernetes Workers has no workers');
    await process.stepLink('Run cluster diagnostics').click();
    await expect(editor.whereThisStepRuns()).toContainText('Will fail: Kubernetes Workers has no workers');
    // Another pool is one click away, and the verdict follows it.
    await editor.chooseWorkerPool('Linux Workers');
    await expect(editor.whereThisStepRuns()).toContainText('Runs on one of 5 healthy workers in Linux Workers');
  });

  test("R12: a cloud target's own pool replaces the default pool, target by target", async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-1'));
    await process.stepLink('Deploy Octo Pet Shop to Azure').click();
    const lines = editor.targetPools().getByRole('listitem');
    await expect(lines).toHaveCount(2);
    await expect(lines.nth(0)).toContainText('Octo Pet Shop Web App (Production), Azure Web App: uses its own default pool Azure Workers');
    await expect(lines.nth(1)).toContainText('names no default pool of its own, so uses the default pool Default Worker Pool');
    await expectNoAxeViolations(page);
  });

  test.describe('a stale Version', () => {
    // The refused save is a 400 the browser logs; only that one is expected.
    test.use({ allowedConsoleErrors: [/status of 400 .*\/projects\/Projects-2\/deploymentprocesses/] });

    test('stale Version: the conflict is explained, nothing is lost, and both changes land', async ({ page, visit }) => {
      const process = new ProcessPage(page);
      const editor = new StepEditorPage(page);
      await visit(process.path('Projects-2'));
      await process.stepLink('Purge CDN cache').click();
      await editor.stepName().fill('Purge the CDN cache');
      await editor.chooseWorkerPool('Linux Workers');

      // Another user saves the process meanwhile (the fake server runs in this page, so ask it from here).
      await page.evaluate(async () => {
        const url = '/api/Spaces-1/projects/Projects-2/deploymentprocesses';
        const latest = await (await fetch(url)).json();
        latest.Steps[0].Name = 'Deploy the Payments API';
        const put = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(latest) });
        if (!put.ok) throw new Error(`PUT failed: ${put.status}`);
      });

      await editor.save();
      await expect(page.getByText('Someone else changed this deployment process')).toBeVisible();
      await expect(editor.stepName()).toHaveValue('Purge the CDN cache');
      await expect(editor.workerPool()).toHaveValue('Linux Workers');

      await editor.reloadAndReapplyButton().click();
      await expect(page.getByText('Latest version loaded; your changes are re-applied')).toBeVisible();
      await expect(editor.stepName()).toHaveValue('Purge the CDN cache');
      await expect(editor.workerPool()).toHaveValue('Linux Workers');
      await editor.save();
      await expect(editor.savedNotice()).toBeVisible();

      await visit(process.path('Projects-2'));
      await expect(process.stepLink('Deploy the Payments API')).toBeVisible();
      await expect(process.step('Purge the CDN cache')).toContainText('Runs on one of 5 healthy workers in Linux Workers');
    });
  });

  test('steps are added, reordered with the keyboard, and deleted', async ({ page, visit }) => {
    const process = new ProcessPage(page);
    const editor = new StepEditorPage(page);
    await visit(process.path('Projects-5'));
    await process.addStep('Run an AWS CLI Script');
    await expect(editor.heading('New step')).toBeVisible();
    await expect(editor.workerPool()).toHaveValue('Default Worker Pool');
    await expect(editor.locationOption('Run on each deployment target')).toHaveCount(0);
    await editor.stepName().fill('List buckets');
    await page.getByRole('textbox', { name: 'Script Body' }).fill('aws s3 ls');
    await editor.save();
    await expect(editor.heading('List buckets')).toBeVisible();

    await visit(process.path('Projects-5'));
    await expect(process.steps().getByRole('listitem').last()).toContainText('List buckets');
    await process.moveDownButton('Build iOS app').focus();
    await page.keyboard.press('Enter');
    await expect(process.steps().getByRole('listitem').nth(1)).toContainText('Build iOS app');
    await process.deleteStep('List buckets');
    await expect(process.stepLink('List buckets')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

// Deployment Targets: cloud targets and their default worker pool (R12), and what that does to a step.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { sideNav } from './pages/navigation';
import { ProcessPage } from './pages/process-page';
import { StepEditorPage } from './pages/step-editor-page';
import { TargetPage } from './pages/target-page';
import { TargetsPage } from './pages/targets-page';

test('targets are listed with kind, environments, roles, health and default pool', async ({ page, visit }) => {
  const targets = new TargetsPage(page);
  await visit('/Spaces-1/infrastructure');
  await sideNav(page).getByRole('link', { name: 'Deployment Targets', exact: true }).click();
  await expect(targets.heading()).toBeVisible();
  await expect(targets.row('Octo Pet Shop Web App (Production)')).toContainText('Azure Web App');
  await expect(targets.row('Octo Pet Shop Web App (Production)')).toContainText('Azure Workers');
  await expect(targets.row('Octo Pet Shop Web App (Test)')).toContainText('No default pool of its own');
  await expect(targets.row('web-test-01')).toContainText('Unavailable');
  await expect(targets.row('web-prod-01')).toContainText('Listening Tentacle');
  await targets.filter().fill('AWS');
  await expect(targets.table().getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test("changing a cloud target's default pool changes the step's verdict", async ({ page, visit }) => {
  const target = new TargetPage(page);
  const process = new ProcessPage(page);
  const editor = new StepEditorPage(page);
  await visit(target.path('Machines-6'));
  await expect(target.heading('Octo Pet Shop Web App (Test)')).toBeVisible();
  await expect(target.defaultWorkerPool()).toHaveValue('No default pool of its own (steps use Default Worker Pool)');
  await expectNoAxeViolations(page);
  await target.setDefaultWorkerPool('Azure Workers');
  await expect(target.savedNotice()).toBeVisible();

  await visit(process.path('Projects-1'));
  await expect(process.step('Deploy Octo Pet Shop to Azure')).toContainText('Runs on one of 2 healthy workers in Azure Workers');
  await process.stepLink('Deploy Octo Pet Shop to Azure').click();
  await expect(editor.targetPools().getByRole('listitem').nth(1)).toContainText('uses its own default pool Azure Workers');
});

test('a Listening Tentacle target has no default worker pool to set', async ({ page, visit }) => {
  const target = new TargetPage(page);
  await visit(target.path('Machines-1'));
  await expect(target.heading('web-prod-01')).toBeVisible();
  await expect(target.defaultWorkerPool()).toHaveCount(0);
  await expect(page.getByText('A Listening Tentacle target runs its steps itself, so it has no default worker pool.')).toBeVisible();
  await expectNoAxeViolations(page);
});

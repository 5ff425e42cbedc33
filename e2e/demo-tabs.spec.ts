// The browser demo keeps every edit across tabs of one scenario: an edit saved in one tab is there in another
// after a reload, and two tabs editing the same process get Octopus's stale-version conflict, input kept.
import { expect, test } from './fixtures';
import { StepEditorPage } from './pages/step-editor-page';

const STEP = '/Spaces-1/projects/Projects-2/deployments/process';

test('two tabs of one scenario share its data: no edit is lost, and a stale save is refused with the input kept', async ({ page, context, visit }) => {
  test.slow();
  const first = new StepEditorPage(page);
  await visit(STEP);
  await page.getByRole('link', { name: 'Purge CDN cache' }).click();
  await expect(first.workerPool()).toHaveValue('Default Worker Pool');
  const stepUrl = page.url();

  const other = await context.newPage();
  const second = new StepEditorPage(other);
  await other.goto(stepUrl);
  // A cold tab starts the fake server afresh and loads the editor's code: on a busy 2-core machine that
  // takes longer than an assertion's usual 5 s, as the first load of the large pages does.
  await expect(second.workerPool()).toHaveValue('Default Worker Pool', { timeout: 20_000 });

  await first.chooseWorkerPool('Windows Workers');
  await first.save();
  await expect(first.savedNotice()).toBeVisible();

  // The second tab loaded the process before that save: its own save is refused, its choice kept.
  await second.chooseWorkerPool('Linux Workers');
  await second.save();
  await expect(second.reloadAndReapplyButton()).toBeVisible();
  await expect(second.workerPool()).toHaveValue('Linux Workers');

  // A reload of the second tab shows the first tab's edit.
  await other.reload();
  await expect(second.workerPool()).toHaveValue('Windows Workers');
  await other.close();
});

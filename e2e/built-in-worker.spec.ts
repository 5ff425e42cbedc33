// R8: switching the built-in worker off and on, as an operator does it, and as the Overview reports it.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { FeaturesPage } from './pages/features-page';
import { navLink } from './pages/navigation';
import { OverviewPage } from './pages/overview-page';

test.describe('fresh-install scenario', () => {
  test.use({ scenario: 'fresh-install' });

  test('R8: switch it off, see the Overview warn that steps will fail, reload, switch it back on', async ({ page, visit }) => {
    const features = new FeaturesPage(page);
    const overview = new OverviewPage(page);
    await visit(features.path);
    await expect(features.builtInWorkerSwitch()).toBeChecked();
    await expectNoAxeViolations(page);

    await features.setBuiltInWorker(false);
    await expect(features.savedNotice(false)).toBeVisible();

    await navLink(page, 'Overview').click();
    await expect(overview.builtInWorker()).toContainText('Switched off.');
    await expect(overview.builtInWorker()).toContainText('will fail');

    // Demo edits persist across a reload, per scenario.
    await page.reload();
    await expect(overview.builtInWorker()).toContainText('Switched off.');

    await navLink(page, 'Features').click();
    await expect(features.builtInWorkerSwitch()).not.toBeChecked();
    await features.setBuiltInWorker(true);
    await expect(features.savedNotice(true)).toBeVisible();
    await navLink(page, 'Overview').click();
    await expect(overview.builtInWorker()).toContainText('In use:');
  });
});

test.describe('viewer scenario', () => {
  test.use({ scenario: 'viewer' });

  test('R8: a user who may not configure the server sees the switch but cannot change it', async ({ page, visit }) => {
    const features = new FeaturesPage(page);
    await visit(features.path);
    await expect(features.builtInWorkerSwitch()).toBeDisabled();
    await expect(features.saveButton()).toBeDisabled();
  });
});

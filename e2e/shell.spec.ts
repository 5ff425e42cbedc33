// The app shell: where `/` leads, what an unknown address shows, and the demo controls in the header.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { FeaturesPage } from './pages/features-page';
import { OverviewPage } from './pages/overview-page';

test('the portal opens on the Workers page (SPEC §3) with its title', async ({ page, visit }) => {
  await visit('/');
  await expect(page).toHaveTitle(/Infrastructure Portal/);
  await expect(page).toHaveURL(/\/Spaces-1\/infrastructure\/workers/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Infrastructure' })).toBeVisible();
});

test('an unknown address says so and leads home', async ({ page, visit }) => {
  await visit('/Spaces-1/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

// `%2F` and `%5C` decode to a slash and a backslash: used as the space id, they once turned every space link
// into `//evil.example/…`, another site.
for (const hostile of ['/%2Fevil.example/infrastructure/workers', '/%5Cevil.example/infrastructure/workers']) {
  test(`${hostile} says the space is not known and links nowhere off-site`, async ({ page, visit }) => {
    await visit(hostile);
    await expect(page.getByRole('heading', { level: 1, name: 'Space not found' })).toBeVisible();
    const origin = new URL(page.url()).origin;
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(new URL(href).origin, href).toBe(origin);
    await page.getByRole('navigation', { name: 'Infrastructure' }).getByRole('link', { name: 'Workers', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Workers' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    await expect(page).toHaveURL(/\/Spaces-1\/infrastructure\/workers/);
  });
}

test('the header names the scenario; another one can be picked from its menu', async ({ page, visit }) => {
  await visit('/Spaces-1/infrastructure');
  const menuButton = page.getByRole('button', { name: 'Demo data: default' });
  await expect(menuButton).toBeVisible();
  await menuButton.click();
  await page.getByRole('menu').getByRole('menuitemradio', { name: 'fresh-install' }).click();
  await expect(page.getByRole('button', { name: 'Demo data: fresh-install' })).toBeVisible();
  await expect(new OverviewPage(page).builtInWorker()).toContainText('In use:');
});

test.describe('reset demo data', () => {
  test.use({ scenario: 'fresh-install' });

  test('Reset demo data undoes edits after confirming', async ({ page, visit }) => {
    const features = new FeaturesPage(page);
    await visit(features.path);
    await features.setBuiltInWorker(false);
    await expect(features.savedNotice(false)).toBeVisible();

    await page.getByRole('button', { name: 'Reset demo data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
    await dialog.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(dialog).toBeHidden();
    await expect(features.builtInWorkerSwitch()).toBeChecked();
    await page.reload();
    await expect(features.builtInWorkerSwitch()).toBeChecked();
  });
});

test.describe('a 390 px wide screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation folds into a Menu button, opens on demand and folds again after a link', async ({ page, visit }) => {
    await visit('/Spaces-1/infrastructure/workers');
    await expect(page.getByRole('heading', { level: 1, name: 'Workers' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Infrastructure' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Worker Pools' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Worker Pools' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Worker Pools' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeHidden();
    await expectNoAxeViolations(page);
  });
});

// The same portal against the standalone fake Octopus (`npm run mock-server`) over real HTTP, through the
// preview server's /api proxy: no service worker answers anything here.
import { FAKE_API_KEY } from '../mocks/api-keys';
import { expect, test } from './fixtures';
import { FeaturesPage } from './pages/features-page';
import { OverviewPage } from './pages/overview-page';

const MOCK_SERVER = `http://127.0.0.1:${process.env.MOCK_PORT ?? 4010}`;

test.afterEach(async ({ request }) => {
  // One server serves every test: leave it as the next test expects to find it.
  await request.post(`${MOCK_SERVER}/api/__mock/reset`, { data: { Scenario: 'default' } });
});

test('the Overview loads over HTTP from the standalone server', async ({ page, visit }) => {
  const summary = page.waitForResponse((r) => r.url().includes('/api/Spaces-1/workerpools/summary'));
  await visit(new OverviewPage(page).path);
  const response = await summary;
  expect(response.fromServiceWorker()).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  await expect(new OverviewPage(page).poolRow('Linux Workers')).toBeVisible();
});

test.describe('fresh-install scenario', () => {
  test.use({ scenario: 'fresh-install' });

  test('R8: a save in the portal changes the server, as another client sees it', async ({ page, visit, request }) => {
    const features = new FeaturesPage(page);
    await visit(features.path);
    await features.setBuiltInWorker(false);
    await expect(features.savedNotice(false)).toBeVisible();
    const onServer = await (await request.get(`${MOCK_SERVER}/api/featuresconfiguration`, { headers: { 'X-Octopus-ApiKey': FAKE_API_KEY } })).json();
    expect(onServer.IsBuiltInWorkerEnabled).toBe(false);
  });
});

test('the production build carries a Content-Security-Policy: scripts and API calls only from this origin', async ({ page, visit }) => {
  await visit(new OverviewPage(page).path);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directive = (name: string) => policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
  expect(directive('script-src')).toBe("script-src 'self'");
  expect(directive('connect-src')).toBe("connect-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  // The page still works under it (MUI's run-time styles included): a violation would be a console error.
  await expect(new OverviewPage(page).poolRow('Linux Workers')).toBeVisible();
});

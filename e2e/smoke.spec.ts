// Temporary: proves the e2e wiring (build, preview, MSW in the page, fixtures). Replace with real specs.
import { expect, test } from './fixtures';

test('the portal opens with its title', async ({ visit, page }) => {
  await visit('/');
  await expect(page).toHaveTitle(/Infrastructure Portal/);
});

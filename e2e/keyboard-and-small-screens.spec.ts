// Keyboard and small screens: a dialog puts focus on its first field, focus is clearly visible, and on a
// phone the step editor says where the step runs before its Save.
import { expect, test } from './fixtures';
import { WorkersPage } from './pages/workers-page';

test('the bulk "Add to pool" dialog puts focus on its first field, and the keyboard alone completes it', async ({ page, visit }) => {
  const workers = new WorkersPage(page);
  await visit('/Spaces-1/infrastructure/workers');
  await workers.select('linux-worker-01');
  const dialog = await workers.bulk('Add to pool');
  const field = dialog.getByRole('combobox', { name: 'Worker pool' });
  await expect(field).toBeFocused();
  await page.keyboard.type('AWS');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('AWS Workers');
});

test('focus is clearly visible: a focused button has a 2 px outline', async ({ page, visit }) => {
  await visit('/Spaces-1/infrastructure/workers');
  const add = page.getByRole('button', { name: 'Add Worker' });
  await expect(add).toBeVisible();
  await add.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  expect(await add.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('2px');
});

test.describe('a 390 px wide screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the step editor shows where the step runs before its Save', async ({ page, visit }) => {
    await visit('/Spaces-1/projects/Projects-2/deployments/process');
    await page.getByRole('link', { name: 'Purge CDN cache' }).click();
    const verdict = page.getByRole('region', { name: 'Where this step runs' });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect(verdict).toBeVisible();
    const [v, s] = [await verdict.boundingBox(), await save.boundingBox()];
    expect(v!.y).toBeLessThan(s!.y);
  });
});

test.describe('a 390 px wide phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a table too wide for the screen says it scrolls sideways, and the keyboard can scroll it', async ({ page, visit }) => {
    await visit('/Spaces-1/infrastructure/machines');
    await expect(page.getByText('Scroll sideways to see every column.')).toBeVisible();
    const region = page.getByRole('region', { name: 'Deployment targets' });
    await region.focus();
    await expect(region).toBeFocused();
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  });

  test('a table that fits needs no hint', async ({ page, visit }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit('/Spaces-1/infrastructure/machines');
    await expect(page.getByRole('table', { name: 'Deployment targets' })).toBeVisible();
    await expect(page.getByText('Scroll sideways to see every column.')).toHaveCount(0);
  });
});

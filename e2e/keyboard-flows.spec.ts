// The main flows by keyboard alone: no click anywhere. `tabTo` presses Tab until the control is focused (so
// it proves the control is in the tab order and says how far it is); Enter, Space, arrows and typing do
// the rest. Adding a pool, adding a worker, bulk-disabling workers and changing a step's pool.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Tab (or Shift+Tab) until `target` has focus; fails if it is not reached in `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached by ${back ? 'Shift+' : ''}Tab within ${max} presses`).toBeFocused();
}

test('add a worker pool', async ({ page, visit }) => {
  await visit('/Spaces-1/infrastructure/workerpools');
  await expect(page.getByRole('heading', { level: 1, name: 'Worker Pools' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add Worker Pool' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add Worker Pool' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await tabTo(page, name);
  await page.keyboard.type('Keyboard Workers');
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Worker pools' }).getByRole('link', { name: 'Keyboard Workers' })).toBeVisible();
});

test('add a worker: a Listening Tentacle, discovered, in a pool', async ({ page, visit }) => {
  await visit('/Spaces-1/infrastructure/workers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add Worker' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Listening Tentacle', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Host' }));
  await page.keyboard.type('octo-worker-07.corp.local');
  await tabTo(page, page.getByRole('button', { name: 'Discover' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Thumbprint' })).toHaveValue(/^[0-9A-F]{40}$/);
  const pools = page.getByRole('combobox', { name: 'Worker Pools' });
  await tabTo(page, pools);
  await page.keyboard.type('Windows');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Windows Workers' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'octo-worker-07' })).toBeVisible();
});

test('bulk-disable workers', async ({ page, visit }) => {
  await visit('/Spaces-1/infrastructure/workers?name=linux-worker');
  await expect(page.getByRole('link', { name: 'linux-worker-01' })).toBeVisible();
  await tabTo(page, page.getByRole('checkbox', { name: /linux-worker-01/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /linux-worker-02/ }));
  await page.keyboard.press('Space');
  const bar = page.getByRole('region', { name: 'Selected workers' });
  await expect(bar).toContainText('2 selected');
  await tabTo(page, bar.getByRole('button', { name: 'Disable', exact: true }), { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Disable 2 workers?');
  await tabTo(page, dialog.getByRole('button', { name: 'Disable', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Disabled 2 of 2 workers.');
  await tabTo(page, dialog.getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /linux-worker-01/ })).toContainText('Disabled');
});

test("change a step's worker pool and save", async ({ page, visit }) => {
  await visit('/Spaces-1/projects/Projects-1/deployments/process');
  const step = page.getByRole('link', { name: 'Back up production database' });
  await expect(step).toBeVisible();
  await tabTo(page, step);
  await page.keyboard.press('Enter');
  const pool = page.getByRole('combobox', { name: 'Worker Pool', exact: true });
  await expect(pool).toHaveValue('Windows Workers');
  await tabTo(page, pool);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Linux');
  await expect(page.getByRole('listbox').getByRole('option', { name: 'Linux Workers', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(pool).toHaveValue('Linux Workers');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved.')).toBeVisible();
});

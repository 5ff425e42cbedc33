// Signing in to the standalone fake Octopus over real HTTP, through the preview server's /api proxy, as a
// person does against a real server: a password (Octopus's cookies and anti-forgery token), or an API key
// that never leaves this tab's memory. No service worker answers anything here.
import { DEMO_PASSWORD, FAKE_API_KEY, SESSION_COOKIE } from '../mocks/api-keys';
import { expect, test } from './fixtures';

const MOCK_SERVER = `http://127.0.0.1:${process.env.MOCK_PORT ?? 4010}`;

test.use({ rememberedApiKey: '', allowedConsoleErrors: [/status of 40[01]/] });

test.afterEach(async ({ request }) => {
  await request.post(`${MOCK_SERVER}/api/__mock/reset`, { data: { Scenario: 'default' } });
});

test('sign in with a password, change things (each change carries the anti-forgery token), sign out', async ({ page, visit, context }) => {
  await visit('/Spaces-1/infrastructure/workerpools');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Octopus Deploy' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Username' }).fill('ada.fernsby');
  await dialog.getByRole('textbox', { name: 'Password' }).fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByText('Invalid username or password.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue('ada.fernsby');
  await dialog.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Signed in as Ada Fernsby')).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(session?.httpOnly).toBe(true);

  await test.step('add a pool', async () => {
    await page.getByRole('button', { name: 'Add Worker Pool' }).click();
    const add = page.getByRole('dialog', { name: 'Add Worker Pool' });
    await add.getByRole('textbox', { name: 'Name', exact: true }).fill('Signed-in Pool');
    await add.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: 'Signed-in Pool' }).first()).toBeVisible();
  });

  await test.step("change a step's pool and save", async () => {
    await page.goto('Spaces-1/projects/Projects-2/deployments/process');
    await page.getByRole('link', { name: 'Purge CDN cache' }).click();
    await page.getByRole('combobox', { name: 'Worker Pool' }).click();
    await page.getByRole('option', { name: 'Linux Workers', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
  });

  const loggedOut = page.waitForResponse((r) => r.url().includes('/api/users/logout'));
  await page.getByRole('button', { name: 'Sign out' }).click();
  expect((await loggedOut).status()).toBe(200);
  await expect(dialog).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Sign in to Octopus Deploy' })).toBeVisible();
});

test('sign in with an API key: it stays in memory, out of URLs, storage and the console', async ({ page, visit }) => {
  const said: string[] = [];
  page.on('console', (m) => said.push(m.text()));
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await visit('/Spaces-1/infrastructure/workers');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Octopus Deploy' });
  await dialog.getByRole('radio', { name: 'API key' }).check();
  await dialog.getByRole('textbox', { name: 'API key' }).fill(FAKE_API_KEY);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: /workers/i }).first()).toBeVisible();
  // This user may work in two spaces: the header switches between them, and the address carries the space.
  await page.getByRole('button', { name: 'Space: Default' }).click();
  await page.getByRole('menuitemradio', { name: 'Platform' }).click();
  await expect(page).toHaveURL(/\/Spaces-2\/infrastructure\/workers$/);
  await expect(page.getByRole('link', { name: 'k8s-worker-01' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
  expect(stored).not.toContain(FAKE_API_KEY);
  expect(page.url()).not.toContain('API-');
  expect(urls.filter((u) => u.includes('API-'))).toEqual([]);
  expect(said.filter((t) => t.includes(FAKE_API_KEY))).toEqual([]);
  // Memory only: a reload asks again.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Sign in to Octopus Deploy' })).toBeVisible();
});

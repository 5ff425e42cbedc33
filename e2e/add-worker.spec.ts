// Add Worker: one of each kind (R1), the polling flow end to end with a simulated registration, and R7's
// warning before the first worker joins an empty default pool.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { AddWorkerPage } from './pages/add-worker-page';
import { WorkerPage } from './pages/worker-page';

test('R1 listening: discover the thumbprint, name it, pick pools, save', async ({ page, visit }) => {
  const add = new AddWorkerPage(page);
  await visit(add.path);
  await expect(add.heading()).toBeVisible();
  await add.kind('Listening Tentacle').click();
  await expect(add.field('Port')).toHaveValue('10933');
  await add.discover('octo-worker-07.corp.local');
  await expect(add.field('Thumbprint')).toHaveValue(/^[0-9A-F]{40}$/);
  await expect(add.field('Display Name')).toHaveValue('octo-worker-07');
  await add.pickPool('Windows Workers');
  await expect(page.getByRole('complementary', { name: 'Recommendations for external workers' })).toContainText('different machine');
  await expectNoAxeViolations(page);
  await add.save().click();
  await expect(new WorkerPage(page).heading('octo-worker-07')).toBeVisible();
  await expect(new WorkerPage(page).healthStatus()).toHaveText('Unknown');
});

test('R1 polling: the register-worker command, then the page waits until the Tentacle registers', async ({ page, visit }) => {
  const add = new AddWorkerPage(page);
  await visit(`${add.path}?kind=polling`);
  await add.field('Display Name').fill('build-agent-07');
  await add.pickPool('Linux Workers');
  await add.pickPool('AWS Workers');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(add.command()).toContainText('register-worker');
  await expect(add.command()).toContainText("--comms-style 'TentacleActive'");
  await expect(add.command()).toContainText("--workerpool 'Linux Workers' `\n  --workerpool 'AWS Workers'");
  await expect(add.command()).toContainText("--apikey 'API-YOUR-API-KEY'");
  await expect(add.command('Linux (bash or sh)')).toContainText("--workerpool 'Linux Workers' \\\n  --workerpool 'AWS Workers'");
  await expect(add.copyCommand()).toBeVisible();
  await expect(add.copyCommand('Linux (bash or sh)')).toBeVisible();
  // Never wrapped mid-token: each command keeps one option a line and scrolls sideways instead.
  for (const shell of ['Windows (PowerShell)', 'Linux (bash or sh)'] as const)
    expect(await add.command(shell).evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre');
  await expect(add.waiting('build-agent-07')).toBeVisible();
  await expectNoAxeViolations(page);
  await add.simulate().click();
  await expect(add.registered('build-agent-07')).toBeVisible();
  await page.getByRole('link', { name: 'Open build-agent-07' }).click();
  await expect(new WorkerPage(page).heading('build-agent-07')).toBeVisible();
  await expect(new WorkerPage(page).health()).toContainText('Polling Tentacle');
});

test('R1 SSH: host, port 22, fingerprint, account and platform', async ({ page, visit }) => {
  const add = new AddWorkerPage(page);
  await visit(`${add.path}?kind=ssh`);
  await expect(add.field('Port')).toHaveValue('22');
  await add.field('Host').fill('mac-build-03.corp.local');
  await add.field('Fingerprint').fill('SHA256:YDZP2IXiVcHkFYkgeJvYCLJrToCudwn2iQaNcuGP3Ls');
  await add.pickFromSelect('Account', /.+/);
  await add.pickFromSelect('Platform', /macOS x64/);
  await add.field('Display Name').fill('mac-build-03');
  await add.pickPool('Mac Build Agents');
  await expectNoAxeViolations(page);
  await add.save().click();
  await expect(new WorkerPage(page).heading('mac-build-03')).toBeVisible();
  await expect(new WorkerPage(page).health()).toContainText('mac-build-03.corp.local:22');
});

test.describe('fresh-install scenario', () => {
  test.use({ scenario: 'fresh-install' });

  test('R7: warns that the built-in worker will stop being used, before the save', async ({ page, visit }) => {
    const add = new AddWorkerPage(page);
    await visit(`${add.path}?kind=listening`);
    await add.discover('build-win-11.corp.local');
    // The default pool is preselected, so the warning is there before anything is picked.
    await expect(page.getByRole('combobox', { name: 'Worker Pools' }).locator('..')).toContainText('Default Worker Pool');
    await expect(page.getByText('The built-in worker will stop being used')).toBeVisible();
    await add.save().click();
    await expect(new WorkerPage(page).heading('build-win-11.corp.local')).toBeVisible();
    await page.getByRole('link', { name: 'Workers', exact: true }).first().click();
    await expect(page.getByRole('status', { name: 'Built-in worker' })).toContainText('displaced by 1 worker in Default Worker Pool');
  });
});

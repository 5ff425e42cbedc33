// axe (WCAG 2 A/AA) on every route of SPEC §3 and the dialogs, in `default`, `fresh-install`, `read-only` and
// dark mode. One page load per sweep: each route is then reached the way a person clicks a link (history
// navigation inside the app), which keeps the sweep to seconds. The sign-in dialog is checked in
// sign-in.server.spec.ts, against the fake that asks for it.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, navigate as go, test, type ScenarioName } from './fixtures';

/** The first link on the page whose address matches, e.g. the first step of a process. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.find((h) => pattern.test(h));
  expect(found, `a link matching ${pattern}`).toBeTruthy();
  return found as string;
}

const S = '/Spaces-1';
const INFRA = `${S}/infrastructure`;

interface Sweep {
  scenario: ScenarioName;
  dark?: boolean;
  /** Entity pages present in this scenario. */
  worker?: string;
  pool: string;
  target?: string;
  project: string;
  /** Open and check the dialogs too (once is enough for the light theme; dark checks them again). */
  dialogs: boolean;
}

const SWEEPS: Sweep[] = [
  { scenario: 'default', worker: 'Workers-1', pool: 'WorkerPools-2', target: 'Machines-1', project: 'Projects-2', dialogs: true },
  { scenario: 'default', dark: true, worker: 'Workers-1', pool: 'WorkerPools-2', target: 'Machines-1', project: 'Projects-2', dialogs: true },
  { scenario: 'fresh-install', pool: 'WorkerPools-1', project: 'Projects-1', dialogs: false },
  { scenario: 'read-only', pool: 'WorkerPools-2', target: 'Machines-1', project: 'Projects-2', dialogs: false },
];

for (const sweep of SWEEPS) {
  test.describe(`${sweep.scenario}${sweep.dark ? ', dark' : ''}`, () => {
    test.use({ scenario: sweep.scenario, colorScheme: sweep.dark ? 'dark' : 'light' });

    test('every route, and its dialogs, passes axe', async ({ page, visit }) => {
      test.setTimeout(120_000);
      await visit(`${INFRA}/workers`);
      await expect(page.getByRole('heading', { level: 1, name: 'Workers' })).toBeVisible();
      if (sweep.dark) {
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, 'the dark scheme is in use').toBe('rgb(18, 18, 18)');
      }
      const routes = [
        `${INFRA}`, `${INFRA}/workers`, `${INFRA}/workers/new`, `${INFRA}/workerpools`, `${INFRA}/workerpools/${sweep.pool}`,
        `${INFRA}/machines`, `${S}/projects`, `${S}/projects/${sweep.project}/deployments/process`, '/configuration/features',
        ...(sweep.worker ? [`${INFRA}/workers/${sweep.worker}/settings`] : []),
        ...(sweep.target ? [`${INFRA}/machines/${sweep.target}/settings`] : []),
      ];
      for (const path of routes) {
        await test.step(path, async () => {
          await go(page, path);
          await expectNoAxeViolations(page);
        });
      }
      await test.step('a step, a child step and a new step in the step editor', async () => {
        await go(page, `${S}/projects/${sweep.project}/deployments/process`);
        const step = await firstHref(page, /\/steps\/[^/?]+$/);
        await go(page, step);
        await expectNoAxeViolations(page);
        await go(page, `${S}/projects/${sweep.project}/deployments/process/steps/new?actionType=Octopus.Script`);
        await expectNoAxeViolations(page);
      });

      if (!sweep.dialogs) return;
      await test.step('a child step', async () => {
        await go(page, `${S}/projects/${sweep.project}/deployments/process`);
        await go(page, await firstHref(page, /\/steps\/[^/]+\/actions\/[^/]+$/));
        await expectNoAxeViolations(page);
      });
      await test.step('dialogs: Add Worker Pool, Reorder', async () => {
        await go(page, `${INFRA}/workerpools`);
        await page.getByRole('button', { name: 'Add Worker Pool' }).click();
        const add = page.getByRole('dialog');
        await expect(add).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await expect(add).toBeHidden();
        await page.getByRole('button', { name: 'Reorder' }).click();
        const reorder = page.getByRole('dialog', { name: /Reorder/ });
        await expect(reorder.getByRole('button', { name: /^Drag / }).first()).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await expect(reorder).toBeHidden();
      });
      await test.step('dialogs: bulk Disable, delete a worker, delete a pool', async () => {
        await go(page, `${INFRA}/workers?name=linux-worker`);
        await page.getByRole('checkbox', { name: /linux-worker-01/ }).check();
        await page.getByRole('region', { name: 'Selected workers' }).getByRole('button', { name: 'Disable', exact: true }).click();
        await expect(page.getByRole('dialog', { name: 'Disable 1 worker?' })).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await go(page, `${INFRA}/workers/${sweep.worker}/settings`);
        await page.getByRole('button', { name: 'Delete' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await go(page, `${INFRA}/workerpools/${sweep.pool}`);
        await page.getByRole('button', { name: 'Delete' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
      });
      await test.step('menus: the demo scenario and the space', async () => {
        await page.getByRole('button', { name: /^Demo data:/ }).click();
        await expect(page.getByRole('menu')).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Space: Default' }).click();
        await expect(page.getByRole('menu')).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
      });
    });
  });
}

test('the axe check itself fails on a violation, and honours exclude', async ({ page }) => {
  await page.setContent('<html lang="en"><head><title>t</title></head><body><main><h1>Check</h1><img src="x.png" id="no-alt"></main></body></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt \(critical\): #no-alt/);
  await expectNoAxeViolations(page, { exclude: ['#no-alt'] });
});

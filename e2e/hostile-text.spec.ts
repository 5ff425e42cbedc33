// Names and descriptions are data, never markup: a pool, a worker and a step named with HTML and script are
// created through the API, then every page that shows them is walked. Each shows the words as typed, and
// nothing in them runs (no element they spell out exists, no script sets the flag).
import type { Page } from '@playwright/test';
import { expect, navigate, test } from './fixtures';

const HOSTILE = `<img src=x onerror="window.__pwned='img'">"'&amp;</td><script>window.__pwned='script'</script>`;
const POOL = `Pool ${HOSTILE}`;
const WORKER = `worker-${HOSTILE}`;
const STEP = `Step ${HOSTILE}`;
const DESCRIPTION = `Description <b id="bold">not bold</b> <a href="javascript:window.__pwned='link'">x</a>`;

/** Calls the fake Octopus from the page (through its service worker), as the portal itself does. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(async ({ method, path, body }) => {
    const response = await fetch(`/api${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }, { method, path, body });
}

async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], script:not([src]):not([type]), #bold, a[href^="javascript:"]')).toHaveCount(0);
}

test('HTML and script in names and descriptions show as text on every page, and never run', async ({ page, visit }) => {
  test.setTimeout(90_000);
  await visit('/Spaces-1/infrastructure/workerpools');
  await expect(page.getByRole('heading', { level: 1, name: 'Worker Pools' })).toBeVisible();
  const pool = await api(page, 'POST', '/Spaces-1/workerpools', { Name: POOL, Description: DESCRIPTION, WorkerPoolType: 'StaticWorkerPool', IsDefault: false });
  const worker = await api(page, 'POST', '/Spaces-1/workers', {
    Name: WORKER, SpaceId: 'Spaces-1', IsDisabled: false, WorkerPoolIds: [pool.Id], MachinePolicyId: 'MachinePolicies-1',
    Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'https://hostile.corp.local:10933/', Thumbprint: 'C'.repeat(40) },
  });
  const process = await api(page, 'GET', '/Spaces-1/projects/Projects-1/deploymentprocesses');
  const steps = process.Steps as Array<{ Name: string; Actions: Array<Record<string, unknown>> }>;
  const first = steps[0]!;
  steps[0] = { ...first, Name: STEP, Actions: [{ ...first.Actions[0]!, Name: STEP, Properties: { ...(first.Actions[0]!.Properties as object), 'Octopus.Action.WorkerPoolId': pool.Id }, WorkerPoolId: pool.Id }] };
  await api(page, 'PUT', '/Spaces-1/projects/Projects-1/deploymentprocesses', process);

  // One reload, so nothing cached from before the API calls is shown; then links, as a person moves.
  await visit('/Spaces-1/infrastructure');
  const pages: Array<[string, string[]]> = [
    ['/Spaces-1/infrastructure', [POOL]],
    ['/Spaces-1/infrastructure/workerpools', [POOL]],
    [`/Spaces-1/infrastructure/workerpools/${pool.Id}`, [WORKER]],
    ['/Spaces-1/infrastructure/workers', [WORKER, POOL]],
    [`/Spaces-1/infrastructure/workers/${worker.Id}/settings`, [POOL]],
    ['/Spaces-1/projects/Projects-1/deployments/process', [STEP]],
  ];
  for (const [path, texts] of pages) {
    await test.step(path, async () => {
      await navigate(page, path);
      for (const text of texts) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
      await nothingRan(page);
    });
  }
  await test.step('the pool\'s own page: its name as the heading, its description as typed', async () => {
    await navigate(page, `/Spaces-1/infrastructure/workerpools/${pool.Id}`);
    await expect(page.getByRole('heading', { level: 1, name: POOL })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(DESCRIPTION);
    await nothingRan(page);
  });
  await test.step('the worker\'s page and the step editor: names as headings, the pool as the chosen option', async () => {
    await navigate(page, `/Spaces-1/infrastructure/workers/${worker.Id}/settings`);
    await expect(page.getByRole('heading', { level: 1, name: WORKER })).toBeVisible();
    await navigate(page, '/Spaces-1/projects/Projects-1/deployments/process');
    await page.getByRole('link', { name: STEP }).click();
    await expect(page.getByRole('heading', { level: 1, name: STEP })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Worker Pool', exact: true })).toHaveValue(POOL);
    await page.getByRole('combobox', { name: 'Worker Pool', exact: true }).click();
    await expect(page.getByRole('option', { name: POOL, exact: true })).toBeVisible();
    await nothingRan(page);
  });
  await test.step('CSV export carries the name as data', async () => {
    await navigate(page, '/Spaces-1/infrastructure/workers');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(csv).toContain('worker-<img src=x onerror=');
    await nothingRan(page);
  });
});

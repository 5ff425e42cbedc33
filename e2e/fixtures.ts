// The project's `test`: import { test, expect } from './fixtures' in every spec.
// - `scenario` option + `visit(path)`: open a page in a named demo scenario (SPEC §4, `?scenario=NAME`).
// - every test fails on a page error or console error, unless it matches `allowedConsoleErrors`.
// - `expectNoAxeViolations(page)`: WCAG 2 A/AA check with axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { ScenarioName } from '../mocks/types';

export type { ScenarioName };

/**
 * `path` with `scenario=NAME` in its query string (replacing one already there), hash kept. A leading `/`
 * is dropped so the path resolves under baseURL, which ends in BASE (`/workers` -> `/app/workers`).
 */
export function withScenario(path: string, scenario: ScenarioName): string {
  const [beforeHash = '', hash] = path.split(/#(.*)/s);
  const [pathname = '', query = ''] = beforeHash.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  params.set('scenario', scenario);
  return `${pathname.replace(/^\//, '')}?${params}${hash === undefined ? '' : `#${hash}`}`;
}

export async function gotoScenario(page: Page, path: string, scenario: ScenarioName) {
  return page.goto(withScenario(path, scenario));
}

// axe-core itself, injected once per document and run in place. @axe-core/playwright's AxeBuilder did the
// same check in about 3 s a page here (it re-injects axe and opens a second page to finish each run);
// axe.run takes 0.5-0.8 s, which lets every route and dialog be checked inside `npm test`.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Found { id: string; impact: string; help: string; nodes: Array<{ target: string; html: string; message: string }> }

/** Fails listing each WCAG 2 A/AA violation as `rule-id (impact): target <html> why - help`. */
export async function expectNoAxeViolations(
  page: Page,
  options: { exclude?: string[]; disableRules?: string[] } = {},
) {
  // Colours are only final once transitions end (a dialog fading in is half transparent). Endless ones (a
  // spinner, an indeterminate progress bar) never end and change no colour that matters.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations: Found[] = await page.evaluate(async ({ exclude, disableRules }) => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string;
      nodes: Array<{ target: unknown[]; html: string; any: Array<{ message: string }>; all: Array<{ message: string }> }> }> }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const context = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
    const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, rules, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? 'unknown', help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 160), message: n.any[0]?.message ?? n.all[0]?.message ?? '' })),
    }));
  }, { exclude: options.exclude ?? [], disableRules: options.disableRules ?? [] });
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target} ${n.html} ${n.message}`).join(', ')} - ${v.help}`);
  expect(found, 'axe WCAG 2 A/AA violations').toEqual([]);
}

/**
 * Client-side navigation, as a link click does it: no reload, so the app (and the demo's service worker)
 * does not start again. Waits for the page's heading and for nothing to be loading.
 */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 10_000 });
}

interface Options {
  /** Demo scenario that `visit` opens; override with `test.use({ scenario: 'fresh-install' })`. */
  scenario: ScenarioName;
  /** Console/page errors a test expects (e.g. a deliberate 500 logs "Failed to load resource"). */
  allowedConsoleErrors: RegExp[];
  /**
   * Against a server that asks for a sign-in: an API key the tab starts with, as if the person had signed in
   * with "Remember for this tab" (the mock-server project sets the fake's key; sign-in tests set '').
   */
  rememberedApiKey: string | undefined;
}

interface Fixtures {
  /** `page.goto(path)` in the test's `scenario`. */
  visit: (path: string) => ReturnType<Page['goto']>;
  failOnConsoleErrors: void;
}

export const test = base.extend<Fixtures & Options>({
  scenario: ['default', { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  rememberedApiKey: [undefined, { option: true }],

  visit: async ({ page, scenario, rememberedApiKey }, use) => {
    if (rememberedApiKey) {
      await page.addInitScript((key) => sessionStorage.setItem('octopus-portal.api-key', key), rememberedApiKey);
    }
    await use((path) => gotoScenario(page, path, scenario));
  },

  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const collect = (text: string) => {
        if (!allowedConsoleErrors.some((re) => re.test(text))) errors.push(text);
      };
      page.on('pageerror', (error) => collect(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        collect(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      await use();
      expect(errors, 'console errors / uncaught page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

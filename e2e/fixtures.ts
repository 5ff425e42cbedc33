// The project's `test`: import { test, expect } from './fixtures' in every spec.
// - `scenario` option + `visit(path)`: open a page in a named demo scenario (SPEC §4, `?scenario=NAME`).
// - every test fails on a page error or console error, unless it matches `allowedConsoleErrors`.
// - `expectNoAxeViolations(page)`: WCAG 2 A/AA check with axe.
import AxeBuilder from '@axe-core/playwright';
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

/** Fails listing each WCAG 2 A/AA violation as `rule-id (impact): target, target`. */
export async function expectNoAxeViolations(
  page: Page,
  options: { exclude?: string[]; disableRules?: string[] } = {},
) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.any[0]?.message ?? ''}`).join(', ')} - ${v.help}`,
  );
  expect(found, 'axe WCAG 2 A/AA violations').toEqual([]);
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

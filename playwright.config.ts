import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import type { ReporterDescription } from '@playwright/test';
import { FAKE_API_KEY } from './mocks/api-keys';

// One run, two projects, one JSON report:
// - chromium:    a VITE_MOCK_MODE=browser build; the fake Octopus runs in the page (MSW service worker).
// - mock-server: a VITE_MOCK_MODE=http build; `vite preview` proxies /api to mocks/http-server.ts.
const CI = !!process.env.CI;
const BASE = process.env.BASE ?? '/';
const BROWSER_PORT = Number(process.env.E2E_PORT ?? 4173);
const HTTP_PORT = Number(process.env.E2E_HTTP_PORT ?? BROWSER_PORT + 1);
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 4010);
const MOCK_API_URL = `http://127.0.0.1:${MOCK_PORT}`;
// Separate build and output folders let several checkouts' (or people's) e2e runs share one machine.
const DIST = process.env.E2E_DIST ?? 'dist-e2e';

// Debian's chromium when present (Playwright's CDN is unreachable here), else Playwright's own browser.
const chromiumPath =
  process.env.CHROMIUM_PATH ??
  process.env.CHROME_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const vite = 'node_modules/.bin/vite';
// The app's own env, pinned so a developer's .env cannot point the e2e builds at a real server.
const appEnv = (mockMode: string, mockApiUrl: string) => ({
  VITE_MOCK_MODE: mockMode,
  VITE_OCTOPUS_URL: '',
  VITE_SPACE_ID: 'Spaces-1',
  MOCK_API_URL: mockApiUrl,
});
// Build with vite directly (`npm run build` would typecheck first), then serve that build.
const preview = (outDir: string, port: number) => `${vite} preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`;
const buildAndPreview = (outDir: string, port: number) => `${vite} build --outDir ${outDir} && ${preview(outDir, port)}`;
const HTTP_PREBUILT =
  process.env.E2E_HTTP_PREBUILT === '1' && !process.env.BASE && !process.env.E2E_DIST && existsSync('dist-e2e/http/index.html');

const reporter: ReporterDescription[] = [['list']];
// scripts/run-playwright.mjs sets this and prints CI's summary line from the file.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(['json']);
if (CI) reporter.push(['html', { open: 'never' }]);

export default defineConfig<{ rememberedApiKey: string | undefined }>({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: Number(process.env.PW_WORKERS ?? 1), // 2 cores: Chromium and vite preview compete (toolchain G15)
  reporter,
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/*.server.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${BROWSER_PORT}${BASE}` },
    },
    {
      name: 'mock-server',
      testMatch: '**/*.server.spec.ts',
      // The standalone fake asks for a sign-in, as Octopus does: tabs start signed in with its key.
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${HTTP_PORT}${BASE}`, rememberedApiKey: FAKE_API_KEY },
    },
  ],
  // Started one after another, in this order, for every run (also with --project).
  webServer: [
    {
      name: 'browser-mode',
      command: buildAndPreview(`${DIST}/browser`, BROWSER_PORT),
      url: `http://127.0.0.1:${BROWSER_PORT}${BASE}`,
      env: appEnv('browser', ''),
      reuseExistingServer: !CI,
      timeout: 120_000,
    },
    {
      name: 'mock-server',
      command: 'node_modules/.bin/tsx mocks/http-server.ts',
      url: `${MOCK_API_URL}/api`, // must answer 2xx/3xx (or 400-403) to count as up
      env: { MOCK_PORT: String(MOCK_PORT) },
      reuseExistingServer: !CI,
      timeout: 120_000,
    },
    {
      name: 'http-mode',
      // Within `npm test`, the bundle budget has just built this (same settings, into this directory).
      command: HTTP_PREBUILT ? preview(`${DIST}/http`, HTTP_PORT) : buildAndPreview(`${DIST}/http`, HTTP_PORT),
      url: `http://127.0.0.1:${HTTP_PORT}${BASE}`,
      env: appEnv('http', MOCK_API_URL),
      reuseExistingServer: !CI,
      timeout: 120_000,
    },
  ],
});

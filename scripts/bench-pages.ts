// Page budgets, measured in one run (`npm run bench:pages`): for each page, the time from navigation to its
// content in Chromium on `large` (10,000 workers, 200 pools) divided by the same on `default` (25 workers,
// 7 pools). The fake server runs in the page, as in the demo, so both sides pay the same start-up costs and
// the ratio shows how the page scales. Exits 1 when a ratio is over budget.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const vite = 'node_modules/.bin/vite';

interface PageCheck {
  name: string;
  path: string;
  /**
   * Budget for large ÷ default; set at about 2× the ratios measured on 2026-11-22 (in comments). The table
   * renders in one commit, so its n-th row appearing means every row has.
   */
  maxRatio: number;
  ready: (page: Page) => Promise<unknown>;
}

const checks: PageCheck[] = [
  {
    name: 'Workers (first page of 30)', // measured 0.92
    path: '/Spaces-1/infrastructure/workers',
    maxRatio: 2,
    ready: (page) => page.getByRole('table', { name: 'Workers' }).getByRole('row').nth(25).waitFor(),
  },
  {
    name: 'Overview (every pool)', // measured 1.01
    path: '/Spaces-1/infrastructure',
    maxRatio: 2,
    ready: (page) => page.getByRole('table', { name: 'Worker pools' }).getByRole('row').nth(7).waitFor(),
  },
  {
    name: 'Worker Pools (every pool)', // measured 1.25
    path: '/Spaces-1/infrastructure/workerpools',
    maxRatio: 2.5,
    ready: (page) => page.getByRole('table', { name: 'Worker pools' }).getByRole('row').nth(7).waitFor(),
  },
];

function startPreview(): ChildProcess {
  const build = spawnSync(vite, ['build', '--outDir', 'dist-bench', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_MOCK_MODE: 'browser', VITE_OCTOPUS_URL: '', VITE_OCTOPUS_API_KEY: '' },
  });
  if (build.status !== 0) throw new Error('vite build failed');
  // Its own process group, so the preview server and its children stop with it; stdin stays open because
  // Vite's CLI stops serving when its stdin ends.
  return spawn(vite, ['preview', '--outDir', 'dist-bench', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: ['pipe', 'ignore', 'inherit'],
    detached: true,
  });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(BASE).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The preview server did not start on ${BASE}`);
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const preview = startPreview();
let failed = 0;
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  /** Median time to content over RUNS fresh browser contexts (fresh storage: the scenario's seed, not edits). */
  const measure = async (check: PageCheck, scenario: string) => {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${BASE}${check.path}?scenario=${scenario}`);
      await check.ready(page);
      if (i > 0) times.push(performance.now() - started); // the first run warms the server's and disk caches
      await context.close();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
  console.log('page                            default ms   large ms   ratio   budget');
  for (const check of checks) {
    const base = await measure(check, 'default');
    const large = await measure(check, 'large');
    const ratio = large / base;
    const over = ratio > check.maxRatio;
    if (over) failed += 1;
    console.log(
      `${check.name.padEnd(30)} ${base.toFixed(0).padStart(10)} ${large.toFixed(0).padStart(10)} ${ratio.toFixed(2).padStart(7)} ${`≤ ${check.maxRatio}`.padStart(8)}${over ? '  OVER BUDGET' : ''}`,
    );
  }
  await browser.close();
} finally {
  if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
}
console.log(`bench:pages: ${checks.length - failed} within budget, ${failed} over`);
process.exit(failed ? 1 : 0);

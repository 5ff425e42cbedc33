// `npm run bench`: the portal against the same stack's floor, measured side by side in one run on this machine
// (production builds, Chromium), so each figure is a ratio the machine's speed cancels out of. Each line
// prints figure, target and verdict; the command exits 1 when a target is missed.
//   1. Initial JS of the Workers route in server mode (gzip) ÷ the floor page's (bench/floor: React, MUI,
//      react-router, React Query, react-hook-form and one trivial page).               target ≤ 1.15
//   2. Time to content of Workers in server mode (the portal against the standalone fake over HTTP) ÷ the
//      floor's time to content; the demo (service worker) figure is printed beside it.   target ≤ 1.3
//   3. Total blocking time (long tasks over 50 ms until content, Chromium's own timings) of both, and
//      Lighthouse 12.8.2 (mobile, its default simulated throttling) on both: performance and accessibility
//      scores, median of 3 runs.                                                          target ≥ 0.95
//   4. Scale, `large` (10,000 workers, 200 pools) ÷ `default`, server mode (a second standalone fake seeded
//      with `large`, as a real server would hold them): Workers' first rows, Overview, Worker Pools, typing in
//      "Filter by name" until the rows change (median ms too), and opening the step editor of a step in
//      large's 30-step release train (default: its first project's step).                target ≤ 1.25 each
// The fake server's own data path has its budgets in `npm run bench:data`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const vite = 'node_modules/.bin/vite';
/**
 * Measured runs per side. Single visits here swing by ±60 ms and more (other processes, the VM's neighbours):
 * with 5 runs per side, Overview's `large` ÷ `default` read 1.50 in one bench and 1.09–1.17 in 15–30
 * interleaved pairs the same hour. With nine runs per side the whole bench takes about 4 minutes here.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/**
 * Visits before the measured ones, per side: the fakes start with the bench, and a fresh Node process answers
 * slower until its handlers are compiled. Against a fresh fake, Workers' first visits took 1.62, 1.25 and
 * 1.32 s, later ones 1.15–1.2 s.
 */
const WARM_UPS = 3;
/**
 * Runs per side for the step editor, whose ~300–400 ms figure the machine's load swings most: its ratio read
 * 0.96, 1.23, 1.24 and 1.31 in four bench runs of builds that differ in nothing it draws.
 */
const SHORT_FIGURE_RUNS = Math.max(RUNS, 9);
const PORTS = { floor: 4191, server: 4192, demo: 4193, fake: 4194, large: 4195, fakeLarge: 4196 };
const host = (port: number) => `http://127.0.0.1:${port}`;
const children: ChildProcess[] = [];
const lines: Array<{ name: string; figure: string; target: string; ok: boolean | undefined }> = [];

function report(name: string, figure: string, target: string, ok: boolean | undefined) {
  lines.push({ name, figure, target, ok });
  console.log(`${name.padEnd(58)} ${figure.padStart(16)}   ${target.padEnd(8)} ${ok === undefined ? 'info' : ok ? 'ok' : 'MISSED'}`);
}

function build(args: string[], env: Record<string, string>) {
  const done = spawnSync(vite, ['build', '--manifest', '--logLevel', 'warn', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (done.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/**
 * The JS the first page loads: the entry, what it imports at start-up (not the fake server), the route's own
 * lazy chunk when given, and everything those import statically.
 */
function initialJsGzip(dist: string, route?: string): number {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>;
  // Pages are dynamic imports of the entry too (main.tsx preloads the first one): only the route's own counts.
  const isMock = (key: string) => key.startsWith('mocks/') || key.includes('node_modules/msw/') || key.startsWith('src/features/');
  const initial = new Set<string>();
  const add = (key: string) => {
    if (initial.has(key) || !manifest[key]) return;
    initial.add(key);
    manifest[key]!.imports?.forEach(add);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    add(key);
    chunk.dynamicImports?.filter((k) => !isMock(k)).forEach(add);
  }
  if (route) add(route);
  return [...initial].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
}

function serve(command: string, args: string[], env: Record<string, string> = {}) {
  // Own process group, so it stops with its children; stdin stays open (Vite's CLI stops when it ends).
  const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'inherit'], detached: true, env: { ...process.env, ...env } });
  children.push(child);
}

async function up(url: string) {
  for (let i = 0; i < 200; i += 1) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * When `rows` body rows are in the table named `label`, in the page's own clock (ms since navigation start),
 * checked every animation frame. Playwright's locator waits poll with a back-off (up to 0.5 s between
 * looks), which added up to a few hundred ms to whichever page needed one more look.
 */
async function rowsShown(page: Page, table: string, rows: number): Promise<number> {
  const at = await page.waitForFunction(
    ([t, n]) => document.querySelectorAll(`${t} tbody tr`).length >= n && performance.now(),
    [table, rows] as const,
    { polling: 'raf' },
  );
  return (await at.jsonValue()) as number;
}

/** One visit in a fresh context: navigation → content in the page's clock, and the blocking time until then. */
async function visitOnce(browser: Browser, url: string, ready: (page: Page) => Promise<number>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __blocking: number };
    w.__blocking = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__blocking += Math.max(0, e.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const ms = await ready(page);
  const tbt = await page.evaluate(() => (window as unknown as { __blocking: number }).__blocking);
  await context.close();
  return { ms, tbt };
}

/**
 * Both sides of a ratio measured in turns, a then b, RUNS times after WARM_UPS of each, and the median of
 * each side: the machine's drift during the run (other processes, thermal) then falls on both sides alike.
 * Measured one side after the other, a 250–400 ms figure moved by a quarter between two runs.
 */
async function sideBySide<T extends Record<string, number>>(a: () => Promise<T>, b: () => Promise<T>, runs = RUNS) {
  const as: T[] = [];
  const bs: T[] = [];
  for (let i = 0; i < WARM_UPS + runs; i += 1) {
    const x = await a();
    const y = await b();
    if (i >= WARM_UPS) {
      as.push(x);
      bs.push(y);
    }
  }
  return [medians(as), medians(bs)] as const;
}

/** The median of each figure over the runs. */
function medians<T extends Record<string, number>>(runs: T[]): T {
  return Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k]!))])) as T;
}

/** One figure alone (no ratio): RUNS times after WARM_UPS. */
async function repeated<T extends Record<string, number>>(measure: () => Promise<T>) {
  const runs: T[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i += 1) {
    const x = await measure();
    if (i >= WARM_UPS) runs.push(x);
  }
  return medians(runs);
}

async function main() {
  console.log(`npm run bench: ${new Date().toISOString()}, ${process.platform} ${process.arch}, Node ${process.version}, ${RUNS} runs per figure (median)\n`);
  build(['--config', 'bench/floor/vite.config.ts', '--outDir', '../../dist-bench/floor'], {});
  build(['--outDir', 'dist-bench/server'], { VITE_MOCK_MODE: 'http', VITE_OCTOPUS_URL: '', VITE_SPACE_ID: 'Spaces-1' });
  build(['--outDir', 'dist-bench/demo'], { VITE_MOCK_MODE: 'browser', VITE_OCTOPUS_URL: '' });

  console.log(`${'measure'.padEnd(58)} ${'figure'.padStart(16)}   target   verdict`);
  const floorJs = initialJsGzip('dist-bench/floor');
  const portalJs = initialJsGzip('dist-bench/server', 'src/features/workers/inventory/workers-page.tsx');
  report(`Initial JS, Workers in server mode ÷ floor (${(portalJs / 1000).toFixed(1)} ÷ ${(floorJs / 1000).toFixed(1)} kB gzip)`, (portalJs / floorJs).toFixed(2), '≤ 1.15', portalJs / floorJs <= 1.15);

  serve(vite, ['preview', '--config', 'bench/floor/vite.config.ts', '--outDir', '../../dist-bench/floor', '--host', '127.0.0.1', '--port', String(PORTS.floor), '--strictPort']);
  serve('node_modules/.bin/tsx', ['mocks/http-server.ts'], { MOCK_PORT: String(PORTS.fake), MOCK_SIGN_IN: 'off' });
  serve(vite, ['preview', '--outDir', 'dist-bench/server', '--host', '127.0.0.1', '--port', String(PORTS.server), '--strictPort'], { MOCK_API_URL: host(PORTS.fake) });
  // The scale figures: the same server-mode build against a second fake seeded with `large`.
  serve('node_modules/.bin/tsx', ['mocks/http-server.ts'], { MOCK_PORT: String(PORTS.fakeLarge), MOCK_SIGN_IN: 'off', MOCK_SCENARIO: 'large' });
  serve(vite, ['preview', '--outDir', 'dist-bench/server', '--host', '127.0.0.1', '--port', String(PORTS.large), '--strictPort'], { MOCK_API_URL: host(PORTS.fakeLarge) });
  serve(vite, ['preview', '--outDir', 'dist-bench/demo', '--host', '127.0.0.1', '--port', String(PORTS.demo), '--strictPort']);
  await Promise.all([up(host(PORTS.floor)), up(`${host(PORTS.fake)}/api`), up(host(PORTS.server)), up(host(PORTS.demo)), up(`${host(PORTS.fakeLarge)}/api`), up(host(PORTS.large))]);

  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const workersRows = (page: Page) => rowsShown(page, 'table[aria-label="Workers"]', 25);
    const [floor, server] = await sideBySide(
      () => visitOnce(browser, `${host(PORTS.floor)}/`, (page) => rowsShown(page, 'table[aria-label="Items"]', 25)),
      () => visitOnce(browser, `${host(PORTS.server)}/Spaces-1/infrastructure/workers`, workersRows),
    );
    const demoUrl = `${host(PORTS.demo)}/Spaces-1/infrastructure/workers?scenario=default`;
    const demo = await repeated(() => visitOnce(browser, demoUrl, workersRows));
    report(`Time to content, Workers in server mode ÷ floor (${server.ms.toFixed(0)} ÷ ${floor.ms.toFixed(0)} ms)`, (server.ms / floor.ms).toFixed(2), '≤ 1.3', server.ms / floor.ms <= 1.3);
    report('Time to content, Workers in the demo (service worker), ms', demo.ms.toFixed(0), '', undefined);
    report(`Total blocking time until content, server mode (floor ${floor.tbt.toFixed(0)} ms), ms`, server.tbt.toFixed(0), '≤ 200', server.tbt <= 200);

    const lighthouse = (url: string) => {
      const scores: Array<{ performance: number; accessibility: number }> = [];
      for (let i = 0; i < 3; i += 1) {
        const out = join(tmpdir(), `bench-lighthouse-${process.pid}-${i}.json`);
        const run = spawnSync('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
          '--only-categories=performance,accessibility',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --no-first-run'],
        { env: { ...process.env, CHROME_PATH: executablePath ?? chromium.executablePath() }, stdio: ['ignore', 'ignore', 'inherit'] });
        if (run.status !== 0) throw new Error(`lighthouse ${url} failed`);
        const { categories } = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
        scores.push({ performance: categories.performance!.score, accessibility: categories.accessibility!.score });
      }
      return { performance: median(scores.map((x) => x.performance)), accessibility: median(scores.map((x) => x.accessibility)) };
    };
    const lhFloor = lighthouse(`${host(PORTS.floor)}/`);
    const lhServer = lighthouse(`${host(PORTS.server)}/Spaces-1/infrastructure/workers`);
    report(`Lighthouse performance, Workers in server mode (floor ${lhFloor.performance.toFixed(2)})`, lhServer.performance.toFixed(2), '≥ 0.95', lhServer.performance >= 0.95);
    report(`Lighthouse accessibility, Workers in server mode (floor ${lhFloor.accessibility.toFixed(2)})`, lhServer.accessibility.toFixed(2), '≥ 0.95', lhServer.accessibility >= 0.95);

    const scale: Array<[string, string, (page: Page) => Promise<number>]> = [
      ["Workers' first rows", '/Spaces-1/infrastructure/workers', workersRows],
      ['Overview (every pool)', '/Spaces-1/infrastructure', (page) => rowsShown(page, 'table[aria-labelledby="worker-pools-heading"]', 7)],
      ['Worker Pools (every pool)', '/Spaces-1/infrastructure/workerpools', (page) => rowsShown(page, 'table[aria-label="Worker pools"]', 7)],
    ];
    for (const [name, path, ready] of scale) {
      const [base, large] = await sideBySide(
        () => visitOnce(browser, `${host(PORTS.server)}${path}`, ready),
        () => visitOnce(browser, `${host(PORTS.large)}${path}`, ready),
      );
      report(`Scale, ${name}: large ÷ default (${large.ms.toFixed(0)} ÷ ${base.ms.toFixed(0)} ms)`, (large.ms / base.ms).toFixed(2), '≤ 1.25', large.ms / base.ms <= 1.25);
    }

    /** Typing in Filter by name until the first row is the match; median ms over RUNS. */
    const filtering = async (port: number, name: string) => {
      const page = await browser.newPage();
      await page.goto(`${host(port)}/Spaces-1/infrastructure/workers`);
      await workersRows(page);
      const filter = page.getByRole('textbox', { name: 'Filter by name' });
      const times: number[] = [];
      for (let i = 0; i <= RUNS; i += 1) {
        await filter.fill('');
        await workersRows(page);
        // From the input event to the first row being the match, in the page's clock, checked every frame.
        await page.evaluate(() => document.addEventListener('input', () => ((window as unknown as { __typed: number }).__typed = performance.now()), { capture: true, once: true }));
        await filter.fill(name);
        const shown = await page.waitForFunction(
          (n) => document.querySelector('table[aria-label="Workers"] tbody tr a')?.textContent === n && performance.now(),
          name,
          { polling: 'raf' },
        );
        const typed = await page.evaluate(() => (window as unknown as { __typed: number }).__typed);
        if (i > 0) times.push(((await shown.jsonValue()) as number) - typed);
      }
      await page.close();
      return median(times);
    };
    const fd = await filtering(PORTS.server, 'linux-worker-03');
    const fl = await filtering(PORTS.large, 'worker-09999');
    report(`Scale, filter by name to updated rows: large ÷ default (${fl.toFixed(0)} ÷ ${fd.toFixed(0)} ms)`, (fl / fd).toFixed(2), '≤ 1.25', fl / fd <= 1.25);

    /** From a click on a step in its process to the step editor showing the step's pool, in a fresh context. */
    const openStep = async (port: number, projectId: string, step: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${host(port)}/Spaces-1/projects/${projectId}/deployments/process`);
      const link = page.getByRole('link', { name: step, exact: true });
      await link.waitFor();
      await page.evaluate(() => document.addEventListener('click', () => ((window as unknown as { __clicked: number }).__clicked = performance.now()), { capture: true, once: true }));
      await link.click();
      // The Worker Pool field (its label's input) holds the step's pool: the editor has read the step.
      const shown = await page.waitForFunction(() => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/[\s*]+$/, '') === 'Worker Pool');
        const input = label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
        return !!input?.value && performance.now();
      }, undefined, { polling: 'raf' });
      const clicked = await page.evaluate(() => (window as unknown as { __clicked: number }).__clicked);
      const ms = ((await shown.jsonValue()) as number) - clicked;
      await context.close();
      return { ms };
    };
    const [sd, sl] = await sideBySide(
      () => openStep(PORTS.server, 'Projects-1', 'Back up production database'),
      () => openStep(PORTS.large, 'Projects-51', 'Refresh Billing 2 AWS resources'),
      SHORT_FIGURE_RUNS,
    );
    report(`Scale, step editor of a step in a 30-step process: large ÷ default (${sl.ms.toFixed(0)} ÷ ${sd.ms.toFixed(0)} ms)`, (sl.ms / sd.ms).toFixed(2), '≤ 1.25', sl.ms / sd.ms <= 1.25);
  } finally {
    await browser.close();
  }
}

let failed = 1;
try {
  await main();
  failed = lines.filter((l) => l.ok === false).length;
} catch (error) {
  console.error(error);
} finally {
  for (const child of children) if (child.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
}
console.log(`\nbench: ${lines.filter((l) => l.ok === true).length} met, ${failed} missed`);
process.exit(failed ? 1 : 0);

// Performance budgets, measured in one run (`npm run bench`): each `large` measurement (10,000 workers,
// 200 pools) is divided by the same measurement on `default` (25 workers, 7 pools), so the machine's speed
// cancels out and only how the portal's data path scales is judged. Exits 1 when a ratio is over budget.
// The fake server is driven through msw's getResponse, the same path `npm run mock-server` serves.
import { getResponse } from 'msw';
import { handlers } from '../mocks/handlers';
import { scenarios } from '../mocks/registry';
import { configureMockStore } from '../mocks/store';
import type { ScenarioName } from '../mocks/types';

const RUNS = 15;

/** Median of RUNS timings after one warm-up run. */
async function median(fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function get(path: string): Promise<void> {
  const response = await getResponse(handlers, new Request(`http://bench.local${path}`));
  if (!response?.ok) throw new Error(`${path}: ${response?.status ?? 'no handler'}`);
  await response.arrayBuffer();
}

interface Check {
  name: string;
  /**
   * Budget for large ÷ default. The data is 400× larger; paging and one-pass summaries keep requests far
   * below that. Set at 3–5× the ratios measured on 2026-11-22 (seed 43, page 1.7, filter 2.7, summary 6,
   * all pools 1.9, one pool 1.0), so an O(n²) filter or a whole-list serialisation fails the bench.
   */
  maxRatio: number;
  measure: (scenario: ScenarioName) => Promise<number>;
}

const request = (path: string) => async (scenario: ScenarioName) => {
  configureMockStore({ registry: scenarios, scenario });
  await get('/api/Spaces-1/workers?take=0'); // seed outside the timing
  return median(() => get(path));
};

const checks: Check[] = [
  { name: 'seed the scenario', maxRatio: 120, measure: async (s) => median(() => scenarios[s].seed()) },
  { name: 'first page of workers', maxRatio: 8, measure: request('/api/Spaces-1/workers') },
  {
    name: 'workers filtered by name and health',
    maxRatio: 10,
    measure: request('/api/Spaces-1/workers?partialName=1&healthStatuses=Healthy,Unhealthy'),
  },
  { name: 'pool summary (Overview)', maxRatio: 20, measure: request('/api/Spaces-1/workerpools/summary') },
  { name: 'all pools', maxRatio: 8, measure: request('/api/Spaces-1/workerpools/all') },
  { name: 'one pool by id', maxRatio: 4, measure: request('/api/Spaces-1/workerpools/WorkerPools-1') },
];

let failed = 0;
console.log('measurement                               default ms   large ms   ratio   budget');
for (const check of checks) {
  const base = await check.measure('default');
  const large = await check.measure('large');
  const ratio = large / Math.max(base, 0.001);
  const over = ratio > check.maxRatio;
  if (over) failed += 1;
  console.log(
    `${check.name.padEnd(40)} ${base.toFixed(3).padStart(10)} ${large.toFixed(3).padStart(10)} ${ratio
      .toFixed(1)
      .padStart(7)} ${`≤ ${check.maxRatio}`.padStart(8)}${over ? '  OVER BUDGET' : ''}`,
  );
}
console.log(`bench: ${checks.length - failed} within budget, ${failed} over`);
process.exit(failed ? 1 : 0);

// `npm run test:bundle`: the initial JavaScript of the portal in server mode (a production build with no fake
// server in the page) against its gzip budget, inside `npm test` so a regression fails CI. The size is
// deterministic (same sources, same build, zlib level 6), unlike timings. Prints the chunk table, then
// `bundle: N passed, N failed` like the other runners.
//
// Budget: 265 kB gzip, measured 2026-12-03 at 263.5 kB (React 64, MUI 120, zod + schemas + demo shell 33,
// router + react-query + shared components 36, app 8). It may only go down. The target of the project is
// 1.15 × the same stack's one-page floor (178 kB), about 205 kB: zod/mini and keeping the demo shell and MUI's
// unused parts off the first route are the levers (see README, "Measured quality").
import { finish, root, run } from './run-with-summary.mjs';

const BUDGET_KB = 265;
const outDir = 'dist-budget';
const built = await run('vite', ['build', '--manifest', '--logLevel', 'warn', '--outDir', outDir], {
  VITE_MOCK_MODE: 'http', VITE_OCTOPUS_URL: '', VITE_SPACE_ID: 'Spaces-1',
});
if (built !== 0) finish('bundle', built, { failed: 1 });
const checked = await new Promise((done) => {
  import('node:child_process').then(({ spawn }) => {
    const child = spawn(process.execPath, ['scripts/bundle-size.mjs', outDir, String(BUDGET_KB)], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => done(code ?? 1));
  });
});
finish('bundle', 0, checked === 0 ? { passed: 1 } : { failed: 1 });

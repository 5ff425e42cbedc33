// `npm run test:e2e [-- playwright args]`: playwright test (list + json reporters, see playwright.config.ts)
// + the line `playwright: N passed, N failed[, N skipped]`. Flaky (passed on retry) counts as passed.
import { finish, freshReport, readReport, run } from './run-with-summary.mjs';

const file = freshReport('playwright.json');
const code = await run('playwright', ['test', ...process.argv.slice(2)], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: file,
});

const { expected = 0, flaky = 0, unexpected = 0, skipped = 0 } = readReport(file)?.stats ?? {};
finish('playwright', code, { passed: expected + flaky, failed: unexpected, skipped });

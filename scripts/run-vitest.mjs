// `npm run test:unit [-- vitest args]`: vitest run + the line `vitest: N passed, N failed[, N skipped]`.
import { finish, freshReport, readReport, run } from './run-with-summary.mjs';

const file = freshReport('vitest.json');
const code = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${file}`,
  ...process.argv.slice(2),
]);

const report = readReport(file) ?? {
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [],
};
// A file that fails to import has no test results; count it as a failure so the line shows it.
const brokenFiles = report.testResults.filter(
  (f) => f.status === 'failed' && f.assertionResults.length === 0,
).length;
finish('vitest', code, {
  passed: report.numPassedTests,
  failed: report.numFailedTests + brokenFiles,
  skipped: report.numPendingTests + report.numTodoTests,
});

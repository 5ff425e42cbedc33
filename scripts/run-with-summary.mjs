// Shared by run-vitest.mjs and run-playwright.mjs: run a tool from node_modules/.bin with its JSON
// reporter on, then print ONE plain summary line for CI (toolchain G9) and pick the exit code.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const reportsDir = join(root, 'reports'); // not test-results/: Playwright empties that on start

/** Runs `bin` with stdio inherited; resolves to its exit code (1 if killed by a signal). */
export function run(bin, args, env = {}) {
  const child = spawn(join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  // Playwright tears its web servers down on SIGINT only, so pass a SIGTERM on as SIGINT.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGINT'));
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(`${bin}: ${error.message} (did you run npm ci?)`);
      done(1);
    });
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** Deletes a stale report so a crashed run is not mistaken for the last good one. */
export function freshReport(name) {
  mkdirSync(reportsDir, { recursive: true });
  const file = join(reportsDir, name);
  rmSync(file, { force: true });
  return file;
}

export function readReport(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Prints `<tool>: N passed, N failed[, N skipped]` and exits non-zero on failure or when no test ran.
 * A note explains a non-zero exit the counts do not (no tests, or errors outside any test).
 */
export function finish(tool, exitCode, { passed = 0, failed = 0, skipped = 0 }) {
  const ranNothing = passed + failed === 0;
  let line = `${tool}: ${passed} passed, ${failed} failed`;
  if (skipped > 0) line += `, ${skipped} skipped`;
  if (ranNothing) line += ' (no tests ran)';
  else if (exitCode !== 0 && failed === 0) line += ` (exit code ${exitCode}: errors outside tests)`;
  console.log(line);
  process.exit(exitCode !== 0 ? exitCode : failed > 0 || ranNothing ? 1 : 0);
}

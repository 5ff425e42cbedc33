// The Add Worker polling flow completed by `npm run tentacle`, as a demo would: the portal prints the
// register-worker command, the command runs (in its own process, through the preview server's /api proxy to
// the standalone fake), and the page, which has been waiting, sees the worker arrive.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { FAKE_API_KEY } from '../mocks/api-keys';
import { expect, test } from './fixtures';
import { AddWorkerPage } from './pages/add-worker-page';

const MOCK_SERVER = `http://127.0.0.1:${process.env.MOCK_PORT ?? 4010}`;

/** The printed Linux command's arguments after the program, as the shell itself hands them to Tentacle. */
function commandArguments(command: string): string[] {
  const echoed = execFileSync('sh', ['-c', command.replace(/^\S+/, 'printf "%s\\n"')], { encoding: 'utf8' });
  return echoed.split('\n').slice(0, -1);
}

test.afterEach(async ({ request }) => {
  await request.post(`${MOCK_SERVER}/api/__mock/reset`, { data: { Scenario: 'default' } });
});

test('R1 polling: run the printed command with npm run tentacle, and the page sees the worker arrive', async ({ page, visit }) => {
  test.slow(); // tsx starts a TypeScript process on a busy 2-core machine
  const add = new AddWorkerPage(page);
  await visit(`${add.path}?kind=polling`);
  await add.field('Display Name').fill('cli-agent-01');
  await add.pickPool('Linux Workers');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(add.waiting('cli-agent-01')).toBeVisible();

  const args = commandArguments((await add.command('Linux (bash or sh)').textContent()) ?? '').map((a) => (a === 'API-YOUR-API-KEY' ? FAKE_API_KEY : a));
  expect(args[0]).toBe('register-worker');
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'tentacle', '--', ...args]);
  expect(stdout).toContain('Machine registered successfully');
  expect(stdout).not.toContain(FAKE_API_KEY);

  await expect(add.registered('cli-agent-01')).toBeVisible();
});

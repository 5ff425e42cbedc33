// @vitest-environment node
import { ApiError } from './errors';
import { runBulk } from './bulk-run';

describe('runBulk', () => {
  it('reports every item: done, skipped with the reason, failed with the server message, in input order', async () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((Name) => ({ Name }));
    const outcome = await runBulk(items, async ({ Name }) => {
      await new Promise((r) => setTimeout(r, Name === 'a' ? 20 : 1));
      if (Name === 'b') return { skipped: 'already disabled' };
      if (Name === 'd') throw new ApiError('http', 400, 'There was a problem with your request.', ['Please select at least one worker pool.']);
      return 'done';
    });
    expect(outcome).toEqual({
      done: ['a', 'c', 'e'],
      skipped: [{ name: 'b', reason: 'already disabled' }],
      failed: [{ name: 'd', reason: 'There was a problem with your request. Please select at least one worker pool.' }],
    });
  });

  it('does nothing for no items', async () => {
    expect(await runBulk([], async () => 'done')).toEqual({ done: [], skipped: [], failed: [] });
  });
});

// @vitest-environment node
import { ApiError } from './errors';
import { runBulk, failedItems } from './bulk-run';

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

describe('failedItems: what stays selected after a bulk action', () => {
  it('keeps exactly the items that failed, by name', () => {
    const items = [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }];
    expect(failedItems({ done: ['a'], skipped: [{ name: 'b', reason: 'already' }], failed: [{ name: 'c', reason: '500' }] }, items)).toEqual([{ Name: 'c' }]);
    expect(failedItems({ done: ['a', 'b', 'c'], skipped: [], failed: [] }, items)).toEqual([]);
  });
});

import { bulkSummary } from './workers';

describe('bulkSummary: what the live region says when a bulk action ends', () => {
  it.each([
    [{ done: ['a'], skipped: [], failed: [] }, 'Done for 1 worker.'],
    [{ done: ['a', 'b', 'c'], skipped: [{ name: 'd', reason: 'already' }], failed: [] }, 'Done for 3 workers, 1 skipped.'],
    [{ done: [], skipped: [], failed: [{ name: 'a', reason: 'x' }, { name: 'b', reason: 'y' }] }, 'Done for 0 workers, 2 failed: the page lists why.'],
  ])('%j → %s', (outcome, said) => {
    expect(bulkSummary(outcome)).toBe(said);
  });
});

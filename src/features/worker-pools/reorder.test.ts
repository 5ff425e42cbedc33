import { moveId, orderBy } from './reorder';

describe('moveId', () => {
  it.each([
    ['up from the middle', 'b', -1, ['b', 'a', 'c']],
    ['down from the middle', 'b', 1, ['a', 'c', 'b']],
    ['up at the top stays', 'a', -1, ['a', 'b', 'c']],
    ['down at the bottom stays', 'c', 1, ['a', 'b', 'c']],
    ['an unknown id changes nothing', 'z', 1, ['a', 'b', 'c']],
  ] as const)('%s', (_t, id, delta, expected) => {
    expect(moveId(['a', 'b', 'c'], id, delta)).toEqual(expected);
  });
});

describe('orderBy', () => {
  it('follows the given ids, unnamed items last in their own order', () => {
    expect(orderBy(['a', 'b', 'c', 'd'], ['c', 'a'], (x) => x)).toEqual(['c', 'a', 'b', 'd']);
    expect(orderBy(['a', 'b'], undefined, (x) => x)).toEqual(['a', 'b']);
  });
});

import { moveId } from './reorder';

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

// @vitest-environment node
import { joinList, plural } from './wording';

describe('wording', () => {
  it.each([
    [0, 'worker', '0 workers'],
    [1, 'worker', '1 worker'],
    [3, 'worker', '3 workers'],
  ] as const)('plural(%i, %s) → %s', (n, word, expected) => {
    expect(plural(n, word)).toBe(expected);
  });
  it('plural takes an irregular form', () => {
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
    expect(plural(1, 'policy', 'policies')).toBe('1 policy');
  });
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ] as const)('joinList(%j)', (items, expected) => {
    expect(joinList(items, 'or')).toBe(expected);
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { clockTime, formatCount, joinList, plural } from './wording';

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

describe('formatCount and clockTime: what Intl writes, without loading ICU on the first render', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [10_000, '10,000'],
    [1_234_567, '1,234,567'],
    [-4200, '-4,200'],
    [2.5, '2.5'],
  ])('%d reads %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("writes every whole number as toLocaleString('en') does", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString('en')));
  });

  it.each([
    [new Date(2026, 11, 4, 0, 0, 0), '00:00:00'],
    [new Date(2026, 11, 4, 9, 5, 7), '09:05:07'],
    [new Date(2026, 11, 4, 23, 59, 59), '23:59:59'],
  ])('%s is %s on the 24-hour clock', (date, text) => {
    expect(clockTime(date)).toBe(text);
    expect(clockTime(date)).toBe(date.toLocaleTimeString('en-GB'));
  });
});

// @vitest-environment node
import { applySortOrder, canDeletePool, canUnsetDefault, findDefaultPool, sortPools, swapDefaultPool } from './worker-pools';

const pools = [
  { Id: 'WorkerPools-1', Name: 'Default Worker Pool', IsDefault: true, SortOrder: 0 },
  { Id: 'WorkerPools-2', Name: 'Linux', IsDefault: false, SortOrder: 2 },
  { Id: 'WorkerPools-3', Name: 'Azure', IsDefault: false, SortOrder: 1 },
];

describe('R2: exactly one default pool', () => {
  it('R2: making another pool the default clears the old default in the same operation', () => {
    const swapped = swapDefaultPool(pools, 'WorkerPools-2');
    expect(swapped.filter((p) => p.IsDefault).map((p) => p.Id)).toEqual(['WorkerPools-2']);
    expect(findDefaultPool(swapped)?.Id).toBe('WorkerPools-2');
  });
  it('R2: swapping to the pool that is already default keeps exactly one default', () => {
    expect(swapDefaultPool(pools, 'WorkerPools-1').filter((p) => p.IsDefault)).toHaveLength(1);
  });
  it('R2: swapping to an unknown pool is an error, not a space without a default', () => {
    expect(() => swapDefaultPool(pools, 'WorkerPools-9')).toThrow(/WorkerPools-9/);
  });
  it('R2: the default pool cannot be deleted, and says why', () => {
    expect(canDeletePool(pools[0]!)).toEqual({ allowed: false, reason: expect.stringMatching(/cannot be deleted/) });
    expect(canDeletePool(pools[1]!)).toEqual({ allowed: true });
  });
  it('R2: the default flag cannot simply be switched off', () => {
    expect(canUnsetDefault(pools[0]!, false).allowed).toBe(false);
    expect(canUnsetDefault(pools[0]!, true).allowed).toBe(true);
    expect(canUnsetDefault(pools[1]!, false).allowed).toBe(true);
  });
});

describe('sort order', () => {
  it('sorts by SortOrder, then name', () => {
    expect(sortPools(pools).map((p) => p.Name)).toEqual(['Default Worker Pool', 'Azure', 'Linux']);
    const tie = [
      { Id: 'a', Name: 'b', IsDefault: false, SortOrder: 1 },
      { Id: 'b', Name: 'a', IsDefault: false, SortOrder: 1 },
    ];
    expect(sortPools(tie).map((p) => p.Name)).toEqual(['a', 'b']);
  });
  it('applies an explicit order and renumbers from 0; unnamed pools follow in their old order', () => {
    const result = applySortOrder(pools, ['WorkerPools-2', 'WorkerPools-1']);
    expect(result.map((p) => [p.Id, p.SortOrder])).toEqual([
      ['WorkerPools-2', 0],
      ['WorkerPools-1', 1],
      ['WorkerPools-3', 2],
    ]);
  });
});

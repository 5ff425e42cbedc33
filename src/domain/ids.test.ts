import { idSet, sameId } from './ids';

describe('ids are matched as Octopus matches them', () => {
  it('any case (and stray spaces) names the same entity; null names none', () => {
    expect(sameId('WorkerPools-2', 'workerpools-2')).toBe(true);
    expect(sameId(' WorkerPools-2', 'WORKERPOOLS-2')).toBe(true);
    expect(sameId('WorkerPools-2', 'WorkerPools-20')).toBe(false);
    expect(sameId(null, null)).toBe(false);
    const pools = idSet(['WorkerPools-1', 'WorkerPools-2']);
    expect(pools.has('workerpools-2')).toBe(true);
    expect(pools.has('workerpools-3')).toBe(false);
  });
});

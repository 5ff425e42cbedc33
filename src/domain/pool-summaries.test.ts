import type { WorkerPool } from '../api/schemas';
import { findDefaultPoolSummary, sortPoolSummaries } from './pool-summaries';

function row(Id: string, Name: string, SortOrder: number, IsDefault = false) {
  const WorkerPool = { Id, Name, SortOrder, IsDefault } as WorkerPool;
  return { WorkerPool, TotalMachines: 0 };
}

describe('pool summaries', () => {
  const rows = [
    row('WorkerPools-3', 'Linux', 2),
    row('WorkerPools-1', 'Default Worker Pool', 0, true),
    row('WorkerPools-2', 'Azure', 2),
  ];

  it('R3: rows follow the pools’ sort order, then name', () => {
    expect(sortPoolSummaries(rows).map((r) => r.WorkerPool.Name)).toEqual([
      'Default Worker Pool',
      'Azure',
      'Linux',
    ]);
  });

  it('R2: finds the default pool’s row', () => {
    expect(findDefaultPoolSummary(rows)?.WorkerPool.Id).toBe('WorkerPools-1');
    expect(findDefaultPoolSummary([row('WorkerPools-9', 'x', 0)])).toBeUndefined();
  });
});

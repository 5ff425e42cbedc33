import { readListState, writeListState } from '../../components/list-state';
import { POOL_WORKERS, poolWorkersQuery } from './pool-workers-state';

const readState = (params: URLSearchParams) => readListState(POOL_WORKERS, params);

describe('pool workers URL state', () => {
  it('reads defaults and ignores nonsense', () => {
    expect(readState(new URLSearchParams('health=Purple&page=-2'))).toEqual({ name: '', health: '', page: 0 });
  });

  it.each([
    ['name and page', 'workerName=mac&page=3', { partialName: 'mac', skip: 40, take: 20 }],
    ['R13: a health status means enabled workers with it', 'health=Healthy', { healthStatuses: ['Healthy'], isDisabled: false, skip: 0, take: 20 }],
    ['Disabled means isDisabled=true', 'health=Disabled', { isDisabled: true, skip: 0, take: 20 }],
  ])('%s → server-side query', (_t, search, expected) => {
    expect(poolWorkersQuery(readState(new URLSearchParams(search)))).toEqual(expected);
  });

  it('a filter change keeps other params and returns to page 1', () => {
    const next = writeListState(POOL_WORKERS, new URLSearchParams('scenario=large&page=4'), { name: 'lin' });
    expect(next.toString()).toBe('scenario=large&workerName=lin');
    expect(writeListState(POOL_WORKERS, next, { page: 1 }).get('page')).toBe('2');
  });
});

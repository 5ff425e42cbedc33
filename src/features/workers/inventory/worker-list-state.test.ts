// @vitest-environment node
import { readListState, writeListState } from '../../../components/list-state';
import { EMPTY_FILTERS, type WorkerFilters } from '../../../domain/worker-filters';
import { WORKER_FILTERS } from './worker-list-state';

const parseWorkerFilters = (params: URLSearchParams): WorkerFilters => readListState(WORKER_FILTERS, params);
const workerFiltersToParams = (filters: WorkerFilters) => writeListState(WORKER_FILTERS, new URLSearchParams(), filters);
const parse = (search: string) => parseWorkerFilters(new URLSearchParams(search));

describe('worker filters ⇄ URL', () => {
  it('no params is the default view', () => {
    expect(parse('')).toEqual(EMPTY_FILTERS);
    expect(workerFiltersToParams(EMPTY_FILTERS).toString()).toBe('');
  });

  const full: WorkerFilters = {
    name: 'linux', poolIds: ['WorkerPools-2', 'WorkerPools-3'], health: ['Healthy', 'HasWarnings'], styles: ['Ssh'],
    disabled: false, page: 2, take: 50, groupByPool: true,
  };

  it('round-trips every filter, paging and grouping', () => {
    const params = workerFiltersToParams(full);
    expect(params.toString()).toBe(
      'name=linux&pools=WorkerPools-2%2CWorkerPools-3&health=Healthy%2CHasWarnings&styles=Ssh&disabled=false&page=3&take=50&group=pools',
    );
    expect(parseWorkerFilters(params)).toEqual(full);
  });

  it.each([
    ['unknown health and style values are dropped, case is normalised', 'health=healthy,Bogus&styles=ssh', { health: ['Healthy'], styles: ['Ssh'] }],
    ['a page below 1 or not a number is the first page', 'page=0', { page: 0 }],
    ['a page that is not a number is the first page', 'page=abc', { page: 0 }],
    ['a page size that is not offered falls back to 30', 'take=7', { take: 30 }],
    ['disabled must be true or false', 'disabled=maybe', { disabled: undefined }],
    ['repeated and blank list values collapse', 'pools=A,,A,B', { poolIds: ['A', 'B'] }],
    ['the name is trimmed', 'name=%20web%20', { name: 'web' }],
  ])('%s', (_why, search, expected) => {
    expect(parse(search)).toEqual({ ...EMPTY_FILTERS, ...expected });
  });

  it('a filter change keeps params the page does not own and goes back to the first page', () => {
    const next = writeListState(WORKER_FILTERS, new URLSearchParams('scenario=large&page=4&take=50'), { health: ['Unhealthy'] });
    expect(next.toString()).toBe('scenario=large&health=Unhealthy&take=50');
  });
});

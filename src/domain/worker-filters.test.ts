// @vitest-environment node
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  parseWorkerFilters,
  workerCountsQuery,
  workerFiltersToParams,
  workerListQuery,
  type WorkerFilters,
} from './worker-filters';

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

  it('paging and grouping are not filters', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, page: 3, groupByPool: true })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, disabled: false })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, name: 'x' })).toBe(true);
  });
});

describe('queries from filters', () => {
  it('the list query pages on the server with skip/take and sends every filter', () => {
    expect(workerListQuery({ ...EMPTY_FILTERS, name: 'web', health: ['Unhealthy'], page: 2, take: 50, disabled: true })).toEqual({
      partialName: 'web', workerPoolIds: undefined, healthStatuses: ['Unhealthy'], commStyles: undefined,
      isDisabled: true, skip: 100, take: 50,
    });
  });

  it('the counts query leaves the health filter out (facet counts) and narrows pools by ids', () => {
    expect(workerCountsQuery({ ...EMPTY_FILTERS, name: 'web', poolIds: ['WorkerPools-2'], health: ['Healthy'], styles: ['Ssh'] })).toEqual({
      ids: ['WorkerPools-2'], machinePartialName: 'web', commStyles: ['Ssh'], isDisabled: undefined,
    });
  });
});

// @vitest-environment node
import { EMPTY_FILTERS, hasActiveFilters, workerCountsQuery, workerListQuery } from './worker-filters';

describe('worker filters', () => {
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

// The Workers page's first two requests for the filters in an address: its rows (none when grouped by pool,
// which asks per pool) and its per-status counts. Shared by the start-up's prefetch and early requests.
import { readListState } from '../components/list-state';
import { workerCountsQuery, workerListQuery } from '../domain/worker-filters';
import { WORKER_FILTERS } from '../features/workers/inventory/worker-list-state';

export function firstWorkersQueries(search: string) {
  const filters = readListState(WORKER_FILTERS, new URLSearchParams(search));
  return { list: filters.groupByPool ? undefined : workerListQuery(filters), counts: workerCountsQuery(filters) };
}

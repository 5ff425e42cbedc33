// What the first page will ask for, read from its address: shared by the start-up's early requests and the
// prefetch, so both ask for the same page's data.
import { readListState } from '../components/list-state';
import { workerCountsQuery, workerListQuery } from '../domain/worker-filters';
import { WORKER_FILTERS } from '../features/workers/inventory/worker-list-state';

/** The address's space, whether it is an Infrastructure page (they all show the pools), and whether Workers. */
export function firstPageOf(pathname: string) {
  const path = pathname.slice(import.meta.env.BASE_URL.length - 1);
  const spaceId = /^\/(Spaces-\d+)(\/|$)/.exec(path)?.[1];
  return {
    spaceId,
    infrastructure: !!spaceId && /^\/Spaces-\d+\/infrastructure(\/|$)/.test(path),
    workers: !!spaceId && /^\/Spaces-\d+\/infrastructure\/workers\/?$/.test(path),
  };
}

/**
 * The Workers page's first two requests for the filters in an address: its rows (none when grouped by pool,
 * which asks per pool) and its per-status counts.
 */
export function firstWorkersQueries(search: string) {
  const filters = readListState(WORKER_FILTERS, new URLSearchParams(search));
  return { list: filters.groupByPool ? undefined : workerListQuery(filters), counts: workerCountsQuery(filters) };
}

// The Workers page's filters (kept in the URL by the page), and the two queries they make: the paged list
// (every filter) and the per-status counts.
import type { HealthStatus, WorkerCommStyle } from '../api/schemas';

export const PAGE_SIZES = [30, 50, 100] as const;
export const DEFAULT_TAKE = 30;

export interface WorkerFilters {
  name: string;
  poolIds: string[];
  health: HealthStatus[];
  styles: WorkerCommStyle[];
  /** `undefined` = enabled and disabled workers alike. */
  disabled: boolean | undefined;
  /** 0-based. */
  page: number;
  take: number;
  groupByPool: boolean;
}

export const EMPTY_FILTERS: WorkerFilters = {
  name: '', poolIds: [], health: [], styles: [], disabled: undefined, page: 0, take: DEFAULT_TAKE, groupByPool: false,
};

/** Any filter narrowing the list (paging and grouping are not filters). */
export function hasActiveFilters(f: WorkerFilters): boolean {
  return !!f.name || f.poolIds.length > 0 || f.health.length > 0 || f.styles.length > 0 || f.disabled !== undefined;
}

/** Query of GET /workers (octopus-api.md §1.3) for one page. */
export function workerListQuery(f: WorkerFilters) {
  return {
    partialName: f.name || undefined,
    workerPoolIds: f.poolIds.length ? f.poolIds : undefined,
    healthStatuses: f.health.length ? f.health : undefined,
    commStyles: f.styles.length ? f.styles : undefined,
    isDisabled: f.disabled,
    skip: f.page * f.take,
    take: f.take,
  };
}

/**
 * Query of GET /workerpools/summary for the counts per health status. The health filter itself is left
 * out, so each status shows how many workers it would add (facet counts); pools narrow via `ids`.
 */
export function workerCountsQuery(f: WorkerFilters) {
  return {
    ids: f.poolIds.length ? f.poolIds : undefined,
    machinePartialName: f.name || undefined,
    commStyles: f.styles.length ? f.styles : undefined,
    isDisabled: f.disabled,
  };
}

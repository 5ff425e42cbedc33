// CONVENTIONS 12: the Workers page's view lives in the URL, so a link reproduces it. These functions turn
// search params into filters and back (one canonical form: absent = default), and filters into the two
// queries the page makes: the paged list (every filter) and the per-status counts.
import { HEALTH_STATUSES, WORKER_COMM_STYLES, type HealthStatus, type WorkerCommStyle } from '../api/schemas';

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

const list = (params: URLSearchParams, key: string) =>
  [...new Set((params.get(key) ?? '').split(',').map((v) => v.trim()).filter(Boolean))];

/** Values a link may hold that the server would not know are dropped, case-insensitively matched. */
function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values
    .map((v) => allowed.find((a) => a.toLowerCase() === v.toLowerCase()))
    .filter((v): v is T => v !== undefined);
}

function nonNegativeInt(text: string | null, fallback: number): number {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}

export function parseWorkerFilters(params: URLSearchParams): WorkerFilters {
  const disabled = params.get('disabled');
  const take = nonNegativeInt(params.get('take'), DEFAULT_TAKE);
  return {
    name: (params.get('name') ?? '').trim(),
    poolIds: list(params, 'pools'),
    health: known(list(params, 'health'), HEALTH_STATUSES),
    styles: known(list(params, 'styles'), WORKER_COMM_STYLES),
    disabled: disabled === 'true' ? true : disabled === 'false' ? false : undefined,
    page: Math.max(0, nonNegativeInt(params.get('page'), 1) - 1),
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : DEFAULT_TAKE,
    groupByPool: params.get('group') === 'pools',
  };
}

/** The canonical search params: defaults are left out; the page is 1-based for people reading the URL. */
export function workerFiltersToParams(filters: WorkerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.name.trim()) params.set('name', filters.name.trim());
  if (filters.poolIds.length) params.set('pools', filters.poolIds.join(','));
  if (filters.health.length) params.set('health', filters.health.join(','));
  if (filters.styles.length) params.set('styles', filters.styles.join(','));
  if (filters.disabled !== undefined) params.set('disabled', String(filters.disabled));
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  if (filters.take !== DEFAULT_TAKE) params.set('take', String(filters.take));
  if (filters.groupByPool) params.set('group', 'pools');
  return params;
}

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

// The pool's worker list state in the URL (CONVENTIONS 12): `workerName`, `health`, `page` (1-based).
// `Disabled` is offered beside the health statuses because people read it as one (HealthStatus shows it
// in place of the last known health), so each health status means enabled workers only.
import { HEALTH_STATUSES, type HealthStatus } from '../../api/schemas';
import type { WorkerListFilters } from '../../api/workers';

export const PAGE_SIZE = 20;
export type HealthChoice = HealthStatus | 'Disabled' | '';

export interface PoolWorkersState {
  name: string;
  health: HealthChoice;
  page: number;
}

export function readState(params: URLSearchParams): PoolWorkersState {
  const health = params.get('health') ?? '';
  const page = Number(params.get('page'));
  return {
    name: params.get('workerName') ?? '',
    health: (HEALTH_STATUSES as readonly string[]).includes(health) || health === 'Disabled' ? (health as HealthChoice) : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toQuery(state: PoolWorkersState): Omit<WorkerListFilters, 'workerPoolIds' | 'ids'> {
  const filters: Omit<WorkerListFilters, 'workerPoolIds' | 'ids'> = { skip: (state.page - 1) * PAGE_SIZE, take: PAGE_SIZE };
  if (state.name.trim()) filters.partialName = state.name.trim();
  if (state.health === 'Disabled') filters.isDisabled = true;
  else if (state.health) {
    filters.healthStatuses = [state.health];
    filters.isDisabled = false;
  }
  return filters;
}

/** The next URL params, keeping unrelated ones (e.g. `scenario`); a filter change goes back to page 1. */
export function writeState(prev: URLSearchParams, patch: Partial<PoolWorkersState>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  if (patch.name !== undefined) set('workerName', patch.name);
  if (patch.health !== undefined) set('health', patch.health);
  const page = patch.page ?? (patch.name !== undefined || patch.health !== undefined ? 1 : undefined);
  if (page !== undefined) set('page', page > 1 ? String(page) : '');
  return next;
}

// The pool's worker list state in the URL (CONVENTIONS 12): `workerName`, `health`, `page` (1-based).
// `Disabled` is offered beside the health statuses because people read it as one (HealthStatus shows it
// in place of the last known health), so each health status means enabled workers only.
import { HEALTH_STATUSES, type HealthStatus } from '../../api/schemas';
import type { WorkerListFilters } from '../../api/workers';
import { fields, pageWindow, type ListState } from '../../components/list-state';

export const PAGE_SIZE = 20;
export type HealthChoice = HealthStatus | 'Disabled' | '';

export const POOL_WORKERS = {
  name: fields.text('workerName'),
  health: fields.choice<HealthChoice>('health', [...HEALTH_STATUSES, 'Disabled'], ''),
  page: fields.page(),
};

export type PoolWorkersState = ListState<typeof POOL_WORKERS>;

export function poolWorkersQuery(state: PoolWorkersState): Omit<WorkerListFilters, 'workerPoolIds' | 'ids'> {
  const filters: Omit<WorkerListFilters, 'workerPoolIds' | 'ids'> = pageWindow(state.page, PAGE_SIZE);
  if (state.name) filters.partialName = state.name;
  if (state.health === 'Disabled') filters.isDisabled = true;
  else if (state.health) {
    filters.healthStatuses = [state.health];
    filters.isDisabled = false;
  }
  return filters;
}

// The inventory for someone who may see workers: filters, counts per health, the selection banner and bulk
// actions (only for those who may edit), and the list as a table or grouped by pool.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import type { WorkerPool } from '../../../api/schemas';
import { useHealthCheckTask } from '../../../api/tasks';
import { workerPoolQueries } from '../../../api/worker-pools';
import { LoadingState } from '../../../components/loading-state';
import { useListState } from '../../../components/use-list-state';
import { sortPoolSummaries } from '../../../domain/pool-summaries';
import { EMPTY_FILTERS, workerCountsQuery } from '../../../domain/worker-filters';
import { failedItems } from '../../../api/bulk-run';
import type { BulkKind } from '../bulk/bulk-kinds';
import { BulkBar } from '../bulk/bulk-bar';
import { HealthCounts } from './health-counts';
import { useSelection } from '../bulk/use-selection';
import { WORKER_FILTERS } from './worker-list-state';
import { WorkerFiltersBar } from './worker-filters-bar';
import { WorkersList } from './workers-list';

// What a first visit doesn't show loads when it is first needed, keeping the route's first load small: the bulk
// dialog, a health check's progress and the grouped view.
const BulkActionDialog = lazy(() => import('../bulk/bulk-action-dialog').then((m) => ({ default: m.BulkActionDialog })));
const TaskProgress = lazy(() => import('../shared/task-progress').then((m) => ({ default: m.TaskProgress })));
const WorkersByPool = lazy(() => import('./workers-by-pool').then((m) => ({ default: m.WorkersByPool })));

/** Lists refresh on their own; TanStack pauses the interval while the tab is hidden. */
export const REFRESH_MS = 10_000;

export interface WorkersInventoryProps {
  spaceId: string;
  pools: readonly WorkerPool[];
  poolNames: ReadonlyMap<string, string>;
  canEdit: boolean;
}

export function WorkersInventory({ spaceId, pools, poolNames, canEdit }: WorkersInventoryProps) {
  const [filters, update] = useListState(WORKER_FILTERS);
  const selection = useSelection();
  const [bulk, setBulk] = useState<BulkKind>();
  const [healthTask, setHealthTask] = useState<{ id: string; label: string }>();
  const task = useHealthCheckTask(spaceId, healthTask?.id);
  const grouped = useQuery({
    ...workerPoolQueries.summary(spaceId, workerCountsQuery(filters)),
    enabled: filters.groupByPool,
    refetchInterval: REFRESH_MS,
  });
  const groupRows = useMemo(
    () => sortPoolSummaries(grouped.data?.WorkerPoolSummaries ?? []).filter((r) => r.TotalMachines > 0),
    [grouped.data],
  );
  const clearFilters = useCallback(() => update({ ...EMPTY_FILTERS, take: filters.take, groupByPool: filters.groupByPool }), [update, filters.take, filters.groupByPool]);
  const shared = { spaceId, poolNames, selection: canEdit ? selection : undefined, refetchInterval: REFRESH_MS };

  return (
    <Stack spacing={0}>
      <WorkerFiltersBar filters={filters} pools={pools} onChange={update} />
      <HealthCounts spaceId={spaceId} filters={filters} onToggle={(health) => update({ health })} refetchInterval={REFRESH_MS} />
      {healthTask && (
        <Stack sx={{ mb: 2 }}>
          <Suspense fallback={null}>
            <TaskProgress task={task} label={healthTask.label} />
          </Suspense>
        </Stack>
      )}
      {canEdit && selection.selected.length > 0 && (
        <BulkBar count={selection.selected.length} onAction={setBulk} onClear={selection.clear} />
      )}
      {filters.groupByPool ? (
        <Suspense fallback={<LoadingState label="Loading workers by pool" />}>
          <WorkersByPool rows={groupRows} filters={filters} {...shared} />
        </Suspense>
      ) : (
        <WorkersList filters={filters} onChange={update} onClearFilters={clearFilters} canAdd={canEdit} {...shared} />
      )}
      {bulk && (
        <Suspense fallback={null}>
        <BulkActionDialog
          kind={bulk}
          workers={selection.selected}
          spaceId={spaceId}
          pools={pools}
          onHealthTask={(id) => setHealthTask({ id, label: `Health check of ${selection.selected.length} selected workers` })}
          onClose={(outcome) => {
            setBulk(undefined);
            // Done: the workers it failed on stay selected, so the same action can be retried on them alone.
            if (outcome && bulk !== 'check-health') {
              const retry = failedItems(outcome, selection.selected);
              selection.clear();
              selection.setMany(retry, true);
            }
          }}
        />
        </Suspense>
      )}
    </Stack>
  );
}

// The pool's workers for users with WorkerView (R4): paged and filtered on the server (skip/take,
// partialName, healthStatuses, isDisabled), in the same table as the Workers page. State lives in the URL.
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import { Pagination } from '../../components/list-pagination';
import TextField from '@mui/material/TextField';
import { HEALTH_STATUSES, type WorkerPool } from '../../api/schemas';
import { workerPoolQueries } from '../../api/worker-pools';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useListState } from '../../components/use-list-state';
import { WorkersTable } from '../../components/workers-table';
import { HEALTH_LABELS } from '../../domain/health';
import { PAGE_SIZE, POOL_WORKERS, poolWorkersQuery, type HealthChoice } from './pool-workers-state';

export interface PoolWorkersProps {
  spaceId: string;
  poolId: string;
  poolHasWorkers: boolean;
  /** Every pool of the space, to name the other pools a worker is in. */
  pools: readonly WorkerPool[];
}

export function PoolWorkers({ spaceId, poolId, poolHasWorkers, pools }: PoolWorkersProps) {
  const [state, update] = useListState(POOL_WORKERS);
  const workers = useQuery({ ...workerPoolQueries.workers(spaceId, poolId, poolWorkersQuery(state)), placeholderData: keepPreviousData });
  const poolNames = useMemo(() => new Map(pools.map((p) => [p.Id, p.Name])), [pools]);
  const filtered = state.name !== '' || state.health !== '';

  return (
    <>
      <FilterBar label="Filter this pool's workers">
        <NameFilter value={state.name} onChange={(name) => update({ name }, { replace: true })} />
        <TextField
          select
          label="Health"
          size="small"
          value={state.health}
          onChange={(e) => update({ health: e.target.value as HealthChoice }, { replace: true })}
          // "Any health" is a real choice, shown as the value rather than hidden behind the label.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">Any health</MenuItem>
          {HEALTH_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {HEALTH_LABELS[s]}
            </MenuItem>
          ))}
          <MenuItem value="Disabled">Disabled</MenuItem>
        </TextField>
      </FilterBar>
      {workers.isPending && <LoadingState label="Loading workers" />}
      {workers.isError && (
        <QueryErrorAlert context="Loading this pool's workers" error={workers.error} onRetry={() => void workers.refetch()} />
      )}
      {workers.data && workers.data.TotalResults === 0 && (
        <EmptyState title={filtered ? 'No workers match' : 'No workers in this pool'}>
          {filtered ? 'Change or clear the filters.' : poolHasWorkers ? '' : 'Add a worker from the Workers page and choose this pool.'}
        </EmptyState>
      )}
      {workers.data && workers.data.TotalResults > 0 && (
        <Box>
          <WorkersTable label="Workers in this pool" workers={workers.data.Items} spaceId={spaceId} poolNames={poolNames} />
          <Pagination count={workers.data.TotalResults} page={state.page} pageSize={PAGE_SIZE} onPage={(page) => update({ page }, { replace: true })} />
        </Box>
      )}
    </>
  );
}

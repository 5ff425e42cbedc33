// The pool's workers for users with WorkerView (R4): paged and filtered on the server (skip/take,
// partialName, healthStatuses, isDisabled), each linking to its worker page. State lives in the URL.
import { Link as RouterLink } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { HEALTH_STATUSES } from '../../api/schemas';
import { workerPoolQueries } from '../../api/worker-pools';
import { EmptyState } from '../../components/empty-state';
import { HealthStatus } from '../../components/health-status';
import { LoadingState } from '../../components/loading-state';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useListState } from '../../components/use-list-state';
import { displayStatus, HEALTH_LABELS } from '../../domain/health';
import { commStyleLabel } from '../../domain/worker-endpoint';
import { paths } from '../../paths';
import { PAGE_SIZE, POOL_WORKERS, poolWorkersQuery, type HealthChoice } from './pool-workers-state';

export function PoolWorkers({ spaceId, poolId, poolHasWorkers }: { spaceId: string; poolId: string; poolHasWorkers: boolean }) {
  const [state, update] = useListState(POOL_WORKERS);
  const workers = useQuery({ ...workerPoolQueries.workers(spaceId, poolId, poolWorkersQuery(state)), placeholderData: keepPreviousData });
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
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
          <Table size="small" aria-label="Workers in this pool">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Worker</TableCell>
                <TableCell scope="col">Status</TableCell>
                <TableCell scope="col">Communication style</TableCell>
                <TableCell scope="col">Pools</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {workers.data.Items.map((w) => (
                <TableRow key={w.Id} hover>
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                    <Link component={RouterLink} to={paths.worker(spaceId, w.Id)}>
                      {w.Name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <HealthStatus status={displayStatus(w)} />
                  </TableCell>
                  <TableCell>{commStyleLabel(w.Endpoint.CommunicationStyle)}</TableCell>
                  <TableCell>{w.WorkerPoolIds.length === 1 ? 'Only this pool' : `${w.WorkerPoolIds.length} pools`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={workers.data.TotalResults}
            page={Math.min(state.page, Math.max(0, workers.data.NumberOfPages - 1))}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_e, page) => update({ page }, { replace: true })}
          />
        </Box>
      )}
    </>
  );
}

// Every pool with its worker count, health picture and disabled count, then the totals. Pools whose steps
// would fail come first; a name filter and pages of 25 keep 200 pools (`large`) to a screenful, with no
// per-row requests. The filter and page live in the URL.
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { WorkerPoolsSummary } from '../../api/schemas';
import { EmptyState } from '../../components/empty-state';
import { HealthBar } from '../../components/health-bar';
import { fields, type ListSchema } from '../../components/list-state';
import { ListPagination } from '../../components/list-pagination';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { useListState } from '../../components/use-list-state';
import { problemsFirst } from '../../domain/pool-capacity';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { PoolRow } from './pool-row';
import { ScrollTable } from '../../components/scroll-table';
import { formatCount } from '../../domain/wording';

export interface PoolHealthTableProps {
  spaceId: string;
  rows: PoolCountsRowData[];
  totals: Pick<
    WorkerPoolsSummary,
    'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'
  >;
  /** The same totals for enabled workers only, so disabled ones are not drawn under their last health. */
  enabledHealth?: WorkerPoolsSummary['MachineHealthStatusSummaries'];
  /** Undefined while the switch is loading or could not be read. */
  isBuiltInWorkerEnabled: boolean | undefined;
}

const PAGE_SIZE = 25;
const POOL_LIST = { name: fields.text('name'), page: fields.page() } satisfies ListSchema;

function plural(n: number, one: string, many: string) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function PoolHealthTable({ spaceId, rows, totals, enabledHealth, isBuiltInWorkerEnabled }: PoolHealthTableProps) {
  const emptyPools = rows.filter((r) => r.counts.total === 0).length;
  const [{ name, page }, update] = useListState(POOL_LIST);
  const shown = useMemo(() => {
    const needle = name.toLowerCase();
    return problemsFirst(rows, isBuiltInWorkerEnabled).filter((r) => r.WorkerPool.Name.toLowerCase().includes(needle));
  }, [rows, isBuiltInWorkerEnabled, name]);
  const lastPage = Math.max(0, Math.ceil(shown.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const pageRows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <Box component="section" aria-labelledby="worker-pools-heading">
      <Typography variant="h2" id="worker-pools-heading" sx={{ mb: 1 }}>
        Worker pools
      </Typography>
      {rows.length === 0 ? (
        <EmptyState title="No worker pools">This space has no worker pools yet.</EmptyState>
      ) : (
        <>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
            {plural(totals.TotalMachines, 'worker', 'workers')} in{' '}
            {plural(rows.length, 'worker pool', 'worker pools')}
            {emptyPools > 0 && `; ${plural(emptyPools, 'pool has', 'pools have')} no workers`}.
          </Typography>
          <FilterBar label="Filter worker pools">
            <NameFilter value={name} onChange={(next) => update({ name: next }, { replace: true })} />
          </FilterBar>
          {shown.length === 0 && (
            <EmptyState title="No pool matches">No worker pool's name contains “{name}”.</EmptyState>
          )}
          <ScrollTable label="Worker pools" sx={{ display: shown.length ? undefined : 'none' }}>
            <Table size="small" aria-labelledby="worker-pools-heading">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">Worker pool</TableCell>
                  {/* Number columns shrink to their content, leaving the width to the health legend. */}
                  <TableCell scope="col" align="right" sx={{ width: '1%', whiteSpace: 'nowrap' }}>
                    Workers
                  </TableCell>
                  <TableCell scope="col">Health</TableCell>
                  <TableCell scope="col" align="right" sx={{ width: '1%', whiteSpace: 'nowrap' }}>
                    Disabled
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pageRows.map((row) => (
                  <PoolRow
                    key={row.WorkerPool.Id}
                    row={row}
                    spaceId={spaceId}
                    isBuiltInWorkerEnabled={isBuiltInWorkerEnabled}
                  />
                ))}
              </TableBody>
              {/* Footer cells default to small grey text; the totals deserve body text. */}
              <TableFooter sx={{ '& td, & th': { fontSize: '0.875rem', color: 'text.primary' } }}>
                <TableRow>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    All pools
                  </TableCell>
                  <TableCell align="right">{formatCount(totals.TotalMachines)}</TableCell>
                  <TableCell>
                    {enabledHealth ? (
                      <HealthBar counts={enabledHealth} disabled={totals.TotalDisabledMachines} label="All pools" />
                    ) : (
                      <HealthBar counts={totals.MachineHealthStatusSummaries} label="All pools" />
                    )}
                  </TableCell>
                  <TableCell align="right">{totals.TotalDisabledMachines}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </ScrollTable>
          <ListPagination count={shown.length} page={current} pageSize={PAGE_SIZE} noun="Pools" onPage={(next) => update({ page: next })} />
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1 }}>
            A worker in more than one pool is counted in each of its pools, and once in the totals.
          </Typography>
        </>
      )}
    </Box>
  );
}

// Every pool in sort order (or those matching the name filter), 25 a page, with the pools whose steps would
// fail named first, above the table. The order is changed in the page's Reorder dialog.
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { fields, type ListSchema } from '../../components/list-state';
import { ListPagination } from '../../components/list-pagination';
import { useListState } from '../../components/use-list-state';
import { isDynamicPool, poolCapacity } from '../../domain/pool-capacity';
import { paths } from '../../paths';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { PoolListRow } from './pool-list-row';
import { ScrollTable } from '../../components/scroll-table';

export interface PoolListProps {
  spaceId: string;
  rows: PoolCountsRowData[];
  filter: string;
  isBuiltInWorkerEnabled: boolean | undefined;
}

/** The rows' styles, once for the table (pool-list-row.tsx uses the classes). */
const POOL_ROW_SX = {
  '& .pool-name-cell': { overflowWrap: 'anywhere', minWidth: { sm: 240 } },
  '& .pool-name': { fontWeight: 500 },
  '& .pool-description': { display: 'block', fontSize: '0.8125rem', color: 'text.secondary', fontWeight: 400 },
} as const;

// As on Overview's pool table: a screenful, and `large`'s 200 pools draw no slower than a few (bench: scale).
const PAGE_SIZE = 25;
const PAGE = { page: fields.page() } satisfies ListSchema;

export function PoolList({ spaceId, rows, filter, isBuiltInWorkerEnabled }: PoolListProps) {
  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => r.WorkerPool.Name.toLowerCase().includes(needle)) : rows;
  const [{ page }, update] = useListState(PAGE);
  const current = Math.min(page, Math.max(0, Math.ceil(shown.length / PAGE_SIZE) - 1));
  const start = current * PAGE_SIZE;
  const pageRows = shown.slice(start, start + PAGE_SIZE);
  const failing = useMemo(
    () => rows.filter((r) => poolCapacity(r.counts, r.WorkerPool.IsDefault, isBuiltInWorkerEnabled, isDynamicPool(r.WorkerPool)).outcome === 'fails'),
    [rows, isBuiltInWorkerEnabled],
  );
  return (
    <>
      {failing.length > 0 && (
        <Alert severity="error" sx={{ mb: 1 }}>
          <AlertTitle>{failing.length === 1 ? '1 pool cannot run steps' : `${failing.length} pools cannot run steps`}</AlertTitle>
          <Box component="ul" aria-label="Pools that cannot run steps" sx={{ m: 0, pl: 2.5 }}>
            {failing.slice(0, 20).map((r) => (
              <li key={r.WorkerPool.Id}>
                <Link component={RouterLink} to={paths.workerPool(spaceId, r.WorkerPool.Id)}>{r.WorkerPool.Name}</Link>
              </li>
            ))}
            {failing.length > 20 && <li>and {failing.length - 20} more, flagged in the list below</li>}
          </Box>
        </Alert>
      )}
      <Typography variant="body2" role="status" sx={{ color: 'text.secondary', my: 1 }}>
        {needle
          ? `${shown.length} of ${rows.length} worker pools match “${filter.trim()}”.`
          : `${rows.length} worker pools, in the order steps and people see them.`}
      </Typography>
      <ScrollTable label="Worker pools">
        <Table size="small" aria-label="Worker pools" sx={POOL_ROW_SX}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">Worker pool</TableCell>
              <TableCell scope="col" align="right" sx={{ width: '1%', whiteSpace: 'nowrap' }}>
                Workers
              </TableCell>
              <TableCell scope="col">Health</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pageRows.map((row) => (
              <PoolListRow
                key={row.WorkerPool.Id}
                row={row}
                spaceId={spaceId}
                isBuiltInWorkerEnabled={isBuiltInWorkerEnabled}
              />
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
      <ListPagination count={shown.length} page={current} pageSize={PAGE_SIZE} noun="Pools" onPage={(next) => update({ page: next })} />
    </>
  );
}

// Every pool in sort order (or those matching the name filter). Editors get Move up / Move down buttons
// while the list is unfiltered: moving among a filtered subset would hide where a pool really lands.
import { useMemo } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { QueryErrorAlert } from '../../components/query-error-alert';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { PoolListRow } from './pool-list-row';
import { orderBy } from './reorder';
import { useReorder } from './use-reorder';

export interface PoolListProps {
  spaceId: string;
  rows: PoolCountsRowData[];
  filter: string;
  canEdit: boolean;
  isBuiltInWorkerEnabled: boolean | undefined;
}

const idOf = (row: PoolCountsRowData) => row.WorkerPool.Id;

export function PoolList({ spaceId, rows, filter, canEdit, isBuiltInWorkerEnabled }: PoolListProps) {
  const serverIds = useMemo(() => rows.map(idOf), [rows]);
  const reorder = useReorder(spaceId, serverIds);
  const ordered = useMemo(() => orderBy(rows, reorder.order, idOf), [rows, reorder.order]);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? ordered.filter((r) => r.WorkerPool.Name.toLowerCase().includes(needle)) : ordered;
  const canReorder = canEdit && !needle;
  return (
    <>
      {reorder.error && !reorder.busy && (
        <QueryErrorAlert context="The new order was not saved" error={reorder.error} onRetry={reorder.resetError} />
      )}
      <Typography variant="body2" role="status" sx={{ color: 'text.secondary', my: 1 }}>
        {needle
          ? `${shown.length} of ${rows.length} worker pools match “${filter.trim()}”.`
          : `${rows.length} worker pools, in the order steps and people see them.`}
        {canEdit && needle && ' Clear the filter to change the order.'}
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
        <Table size="small" aria-label="Worker pools">
          <TableHead>
            <TableRow>
              {canReorder && (
                <TableCell scope="col" sx={{ width: '1%', whiteSpace: 'nowrap' }}>
                  Order
                </TableCell>
              )}
              <TableCell scope="col">Worker pool</TableCell>
              <TableCell scope="col" align="right" sx={{ width: '1%', whiteSpace: 'nowrap' }}>
                Workers
              </TableCell>
              <TableCell scope="col">Health</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row, i) => (
              <PoolListRow
                key={row.WorkerPool.Id}
                row={row}
                spaceId={spaceId}
                isBuiltInWorkerEnabled={isBuiltInWorkerEnabled}
                onMove={canReorder ? reorder.onMove : undefined}
                isFirst={i === 0}
                isLast={i === shown.length - 1}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

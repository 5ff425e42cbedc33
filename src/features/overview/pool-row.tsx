// One pool: name (a link to its page), `Default` marker, counts, health, and what an empty or unusable
// pool means for the steps that use it (domain poolCapacity, via PoolHealth).
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { PoolHealth } from '../../components/pool-health';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { DefaultPoolMarker } from '../../components/default-pool-marker';
import { paths } from '../../paths';
import { formatCount } from '../../domain/wording';

export interface PoolRowProps {
  row: PoolCountsRowData;
  spaceId: string;
  isBuiltInWorkerEnabled: boolean | undefined;
}

export function PoolRow({ row, spaceId, isBuiltInWorkerEnabled }: PoolRowProps) {
  const pool = row.WorkerPool;
  return (
    <TableRow hover>
      <TableCell
        component="th"
        scope="row"
        sx={{ fontWeight: 500, overflowWrap: 'break-word', minWidth: { sm: 240 } }}
      >
        <Link component={RouterLink} to={paths.workerPool(spaceId, pool.Id)}>
          {pool.Name}
        </Link>
        {pool.IsDefault && (
          <DefaultPoolMarker />
        )}
      </TableCell>
      <TableCell align="right">{formatCount(row.counts.total)}</TableCell>
      <TableCell>
        <PoolHealth row={row} isBuiltInWorkerEnabled={isBuiltInWorkerEnabled} showDisabled={false} />
      </TableCell>
      <TableCell align="right">{row.counts.disabled}</TableCell>
    </TableRow>
  );
}

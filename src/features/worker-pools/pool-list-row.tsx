// One pool in the Worker Pools list: name (a link, rendered as text: names are never HTML), `Default`,
// description, worker count and health.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { PoolDescription } from './pool-description';
import { PoolHealth } from '../../components/pool-health';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { DefaultPoolMarker } from '../../components/default-pool-marker';
import { paths } from '../../paths';

export interface PoolListRowProps {
  row: PoolCountsRowData;
  spaceId: string;
  isBuiltInWorkerEnabled: boolean | undefined;
}

function PoolListRowImpl(props: PoolListRowProps) {
  const { row, spaceId, isBuiltInWorkerEnabled } = props;
  const pool = row.WorkerPool;
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: { sm: 240 } }}>
        <Link component={RouterLink} to={paths.workerPool(spaceId, pool.Id)} sx={{ fontWeight: 500 }}>
          {pool.Name}
        </Link>
        {pool.IsDefault && (
          <DefaultPoolMarker />
        )}
        {pool.Description && (
          <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary', fontWeight: 400 }}>
            <PoolDescription text={pool.Description} inline />
          </Box>
        )}
      </TableCell>
      <TableCell align="right">{row.counts.total.toLocaleString('en')}</TableCell>
      <TableCell>
        <PoolHealth row={row} isBuiltInWorkerEnabled={isBuiltInWorkerEnabled} />
      </TableCell>
    </TableRow>
  );
}

/** Memoised: a refresh re-renders the rows that changed, not all 200 of `large`. */
export const PoolListRow = memo(PoolListRowImpl);

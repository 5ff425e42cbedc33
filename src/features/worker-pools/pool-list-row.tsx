// One pool in the Worker Pools list: name (a link, rendered as text: names are never HTML), `Default`,
// description, worker count and health; for editors, Move up / Move down buttons named after the pool.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
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
  /** Present for editors while the list is unfiltered; `onMove` is stable, so unmoved rows don't re-render. */
  onMove?: ((id: string, delta: -1 | 1) => void) | undefined;
  isFirst?: boolean;
  isLast?: boolean;
}

export const moveButtonId = (poolId: string, delta: -1 | 1) => `move-${poolId}-${delta < 0 ? 'up' : 'down'}`;

function PoolListRowImpl(props: PoolListRowProps) {
  const { row, spaceId, isBuiltInWorkerEnabled, onMove, isFirst = false, isLast = false } = props;
  const pool = row.WorkerPool;
  const move = (delta: -1 | 1) => onMove?.(pool.Id, delta);
  return (
    <TableRow hover>
      {onMove && (
        <TableCell padding="checkbox" sx={{ whiteSpace: 'nowrap' }}>
          <IconButton
            id={moveButtonId(pool.Id, -1)}
            size="small"
            aria-label={`Move ${pool.Name} up`}
            disabled={isFirst}
            onClick={() => move(-1)}
          >
            <ArrowUpward fontSize="small" />
          </IconButton>
          <IconButton
            id={moveButtonId(pool.Id, 1)}
            size="small"
            aria-label={`Move ${pool.Name} down`}
            disabled={isLast}
            onClick={() => move(1)}
          >
            <ArrowDownward fontSize="small" />
          </IconButton>
        </TableCell>
      )}
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

/** Memoised: a move re-renders two rows, not all 200 of `large`. */
export const PoolListRow = memo(PoolListRowImpl);

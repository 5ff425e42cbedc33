// One pool in the Worker Pools list: name (a link, rendered as text: names are never HTML), `Default`,
// description, worker count and health.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { PoolDescription } from './pool-description';
import { PoolHealth } from '../../components/pool-health';
import type { PoolCountsRowData } from '../../components/use-pool-counts';
import { DefaultPoolMarker } from '../../components/default-pool-marker';
import { paths } from '../../paths';
import { formatCount } from '../../domain/wording';

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
      <TableCell component="th" scope="row" className="pool-name-cell">
        <Link component={RouterLink} to={paths.workerPool(spaceId, pool.Id)} className="pool-name">
          {pool.Name}
        </Link>
        {pool.IsDefault && (
          <DefaultPoolMarker />
        )}
        {pool.Description && (
          <span className="pool-description">
            <PoolDescription text={pool.Description} inline />
          </span>
        )}
      </TableCell>
      <TableCell align="right">{formatCount(row.counts.total)}</TableCell>
      <TableCell>
        <PoolHealth row={row} isBuiltInWorkerEnabled={isBuiltInWorkerEnabled} />
      </TableCell>
    </TableRow>
  );
}

/**
 * Memoised: a refresh re-renders the rows that changed, not all 200 of `large`. Styled by classes the list
 * defines once (POOL_ROW_SX in pool-list.tsx), not by an `sx` per cell: each `sx` is worked out again for
 * every row drawn.
 */
export const PoolListRow = memo(PoolListRowImpl);

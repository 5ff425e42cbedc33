// One worker in a workers table: name as a link (text, never HTML), health as icon + text with the last
// check's summary as its tooltip, how it is reached, its pools, and Calamari's state.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import UpdateIcon from '@mui/icons-material/Update';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { Worker } from '../api/schemas';
import { displayStatus } from '../domain/health';
import { commStyleLabel, endpointAddress } from '../domain/worker-endpoint';
import { paths } from '../paths';
import { HealthStatus } from './health-status';

export interface WorkerRowProps {
  worker: Worker;
  spaceId: string;
  poolNames: ReadonlyMap<string, string>;
  selectable: boolean;
  selected: boolean;
  onToggle: (worker: Worker) => void;
}

export function CalamariState({ upToDate }: { upToDate: boolean }) {
  if (upToDate) return <Box component="span" sx={{ color: 'text.secondary' }}>Up to date</Box>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 500 }}>
      <UpdateIcon aria-hidden fontSize="small" sx={{ color: 'warning.main' }} />
      Calamari outdated
    </Box>
  );
}

export const WorkerRow = memo(function WorkerRow({ worker, spaceId, poolNames, selectable, selected, onToggle }: WorkerRowProps) {
  return (
    <TableRow hover selected={selected}>
      {selectable && (
        <TableCell padding="checkbox">
          <Checkbox checked={selected} onChange={() => onToggle(worker)} slotProps={{ input: { 'aria-label': `Select ${worker.Name}` } }} />
        </TableCell>
      )}
      <TableCell component="th" scope="row" sx={{ fontWeight: 500, minWidth: 190, overflowWrap: 'anywhere' }}>
        <Link component={RouterLink} to={paths.worker(spaceId, worker.Id)}>
          {worker.Name}
        </Link>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <HealthStatus status={displayStatus(worker)} tooltip={worker.StatusSummary ?? undefined} />
      </TableCell>
      <TableCell>
        <div>{commStyleLabel(worker.Endpoint.CommunicationStyle)}</div>
        <Box component="code" sx={{ fontSize: '0.8125rem', color: 'text.secondary', overflowWrap: 'anywhere' }}>
          {endpointAddress(worker.Endpoint)}
        </Box>
      </TableCell>
      <TableCell>{worker.WorkerPoolIds.map((id) => poolNames.get(id) ?? id).join(', ')}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <CalamariState upToDate={worker.HasLatestCalamari} />
      </TableCell>
    </TableRow>
  );
});

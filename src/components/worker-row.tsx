// One worker in a workers table: name as a link (text, never HTML), health as icon + text with the last
// check's summary as its tooltip, how it is reached, its pools, and Calamari's state.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import UpdateIcon from '@mui/icons-material/Update';
import Box from '@mui/material/Box';
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

/**
 * Plain cells styled by classes WorkersTable defines once (WORKER_ROWS_SX), a native checkbox, and the
 * router's own link: MUI's TableCell, Checkbox and Link are each a styled component worked out again for
 * every row, ~15 per row, and a page of 30 rows is drawn in the page's first render.
 */
export const WorkerRow = memo(function WorkerRow({ worker, spaceId, poolNames, selectable, selected, onToggle }: WorkerRowProps) {
  return (
    <tr className={selected ? 'worker-row selected' : 'worker-row'}>
      {selectable && (
        <td className="check-cell">
          <input type="checkbox" checked={selected} onChange={() => onToggle(worker)} aria-label={`Select ${worker.Name}`} />
        </td>
      )}
      <th scope="row" className="name-cell">
        <RouterLink to={paths.worker(spaceId, worker.Id)}>{worker.Name}</RouterLink>
      </th>
      <td className="nowrap">
        <HealthStatus status={displayStatus(worker)} tooltip={worker.StatusSummary ?? undefined} />
      </td>
      <td>
        <div>{commStyleLabel(worker.Endpoint.CommunicationStyle)}</div>
        <code className="address">{endpointAddress(worker.Endpoint)}</code>
      </td>
      <td>{worker.WorkerPoolIds.map((id) => poolNames.get(id) ?? id).join(', ')}</td>
      <td className="nowrap">
        <CalamariState upToDate={worker.HasLatestCalamari} />
      </td>
    </tr>
  );
});

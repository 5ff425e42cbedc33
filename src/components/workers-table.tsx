// A page of workers as a table, the same columns wherever workers are listed (the inventory, its pools, a
// pool's page). With `selection` (only where workers may be changed) each row and the header get a
// checkbox; the header selects this page's workers, and selection itself is the page's (it survives
// paging, as GitLab's runner list does).
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Worker } from '../api/schemas';
import { WorkerRow } from './worker-row';
import { ScrollTable } from './scroll-table';

export interface WorkersTableProps {
  label: string;
  workers: readonly Worker[];
  spaceId: string;
  poolNames: ReadonlyMap<string, string>;
  /** Undefined where workers cannot be selected (no permission, or no bulk actions): no checkboxes at all. */
  selection?: { isSelected: (id: string) => boolean; toggle: (w: Worker) => void; setMany: (ws: readonly Worker[], on: boolean) => void };
}

export function WorkersTable({ label, workers, spaceId, poolNames, selection }: WorkersTableProps) {
  const selectedHere = selection ? workers.filter((w) => selection.isSelected(w.Id)).length : 0;
  return (
    <ScrollTable label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={workers.length > 0 && selectedHere === workers.length}
                  indeterminate={selectedHere > 0 && selectedHere < workers.length}
                  onChange={(e) => selection.setMany(workers, e.target.checked)}
                  slotProps={{ input: { 'aria-label': `Select all ${workers.length} workers shown` } }}
                />
              </TableCell>
            )}
            <TableCell scope="col">Name</TableCell>
            <TableCell scope="col">Health</TableCell>
            <TableCell scope="col">Communication</TableCell>
            <TableCell scope="col">Worker pools</TableCell>
            <TableCell scope="col">Calamari</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {workers.map((w) => (
            <WorkerRow
              key={w.Id}
              worker={w}
              spaceId={spaceId}
              poolNames={poolNames}
              selectable={!!selection}
              selected={selection?.isSelected(w.Id) ?? false}
              onToggle={selection?.toggle ?? (() => undefined)}
            />
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}

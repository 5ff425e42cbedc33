// A page of workers as a table, the same columns wherever workers are listed (the inventory, its pools, a
// pool's page). With `selection` (only where workers may be changed) each row and the header get a
// checkbox; the header selects this page's workers, and selection itself is the page's (it survives
// paging, as GitLab's runner list does).
import { useEffect, useRef } from 'react';
import Table from '@mui/material/Table';
import type { SxProps, Theme } from '@mui/material/styles';
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

/**
 * The body rows' look, defined once for the table (WorkerRow draws plain cells): MUI's small body cell, its
 * row's hover and selected shading, its link's underline, and a native checkbox in the primary colour.
 */
const WORKER_ROWS_SX: SxProps<Theme> = (theme) => {
  const palette = theme.vars ?? theme;
  return {
    '& .worker-row > td, & .worker-row > th': {
      ...theme.typography.body2,
      color: palette.palette.text.primary,
      textAlign: 'left',
      verticalAlign: 'inherit',
      padding: '6px 16px',
      borderBottom: `1px solid ${theme.vars ? theme.vars.palette.TableCell.border : theme.palette.divider}`,
    },
    '& .worker-row:hover': { backgroundColor: palette.palette.action.hover },
    '& .worker-row.selected': { backgroundColor: theme.alpha(palette.palette.primary.main, palette.palette.action.selectedOpacity) },
    '& .check-cell, & .check-head': { width: 24, padding: '0 12px 0 16px' },
    '& input[type="checkbox"]': { width: 18, height: 18, m: '3px', accentColor: palette.palette.primary.main, cursor: 'pointer', verticalAlign: 'middle' },
    '& .name-cell': { fontWeight: 500, minWidth: 190, overflowWrap: 'anywhere' },
    '& .name-cell a': {
      color: palette.palette.primary.main,
      textDecoration: 'underline',
      textDecorationColor: theme.alpha(palette.palette.primary.main, 0.4),
      '&:hover': { textDecorationColor: 'inherit' },
    },
    '& .nowrap': { whiteSpace: 'nowrap' },
    '& .address': { fontSize: '0.8125rem', color: palette.palette.text.secondary, overflowWrap: 'anywhere' },
  };
};

/** A native checkbox that can also show "some selected" (indeterminate is a property, not an attribute). */
function SelectAll({ checked, indeterminate, label, onChange }: { checked: boolean; indeterminate: boolean; label: string; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-label={label} />;
}

export function WorkersTable({ label, workers, spaceId, poolNames, selection }: WorkersTableProps) {
  const selectedHere = selection ? workers.filter((w) => selection.isSelected(w.Id)).length : 0;
  return (
    <ScrollTable label={label}>
      <Table size="small" aria-label={label} sx={WORKER_ROWS_SX}>
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell className="check-head">
                <SelectAll
                  checked={workers.length > 0 && selectedHere === workers.length}
                  indeterminate={selectedHere > 0 && selectedHere < workers.length}
                  onChange={(on) => selection.setMany(workers, on)}
                  label={`Select all ${workers.length} workers shown`}
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

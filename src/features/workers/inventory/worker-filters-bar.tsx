// Filters for the inventory: name, pool, health status, communication style and disabled, plus the
// group-by-pool toggle. Every control writes to the URL through `onChange`.
// Only the name filter renders with the rows: the other four fields and the switch (~60 ms of MUI rendering
// and styles on this machine, a tenth of Workers' first render) render just after them, in space held at their
// size so nothing moves when they arrive.
import { useDeferredValue } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { deferred } from '../../../components/deferred';
import { HEALTH_STATUSES, WORKER_COMM_STYLES, type WorkerPool } from '../../../api/schemas';
import { HEALTH_LABELS } from '../../../domain/health';
import { COMM_STYLE_LABELS } from '../../../domain/worker-endpoint';
import { FilterBar, NameFilter } from '../../../components/name-filter';
import { EMPTY_FILTERS, hasActiveFilters, type WorkerFilters } from '../../../domain/worker-filters';

// The widths of the fields after the name (each field's minWidth, at least what its longest choice needs),
// held for them until they render, and the switch's size.
const WIDTHS = { pool: 220, health: 170, style: 200, disabled: 210 };
const HELD_SWITCH_SX = { width: 160, height: 38, ml: 'auto' };

// The pool picker (MUI's Autocomplete and Popper, ~18 kB) is not needed to show the first rows: it loads beside them.
const POOL_FILTER_SX = { minWidth: WIDTHS.pool, maxWidth: 420 };
const PoolFilter = deferred(
  () => import('./pool-filter').then((m) => m.PoolFilter),
  () => <TextField size="small" label="Worker pool" disabled sx={POOL_FILTER_SX} />,
);

export interface WorkerFiltersBarProps {
  filters: WorkerFilters;
  pools: readonly WorkerPool[];
  onChange: (patch: Partial<WorkerFilters>, options?: { replace?: boolean }) => void;
}

const DISABLED_CHOICES = [
  { value: 'any', label: 'Enabled and disabled' },
  { value: 'false', label: 'Enabled only' },
  { value: 'true', label: 'Disabled only' },
];

export function WorkerFiltersBar(props: WorkerFiltersBarProps) {
  const { filters, onChange } = props;
  const complete = useDeferredValue(true, false);
  return (
    <FilterBar label="Filter workers">
      <NameFilter value={filters.name} onChange={(name) => onChange({ name }, { replace: true })} />
      {complete ? (
        <OtherFilters {...props} />
      ) : (
        <>
          {Object.entries(WIDTHS).map(([field, width]) => <Box key={field} sx={{ width, height: 40 }} />)}
          <Box sx={HELD_SWITCH_SX} />
        </>
      )}
    </FilterBar>
  );
}

function OtherFilters({ filters, pools, onChange }: WorkerFiltersBarProps) {
  const selectedPools = pools.filter((p) => filters.poolIds.includes(p.Id));
  return (
    <>
      <PoolFilter pools={pools} selected={selectedPools} onChange={(poolIds) => onChange({ poolIds })} />
      <TextField
        select
        size="small"
        label="Health status"
        value={filters.health}
        onChange={(e) => onChange({ health: e.target.value as unknown as WorkerFilters['health'] })}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((s) => HEALTH_LABELS[s as keyof typeof HEALTH_LABELS]).join(', ') } }}
        sx={{ minWidth: WIDTHS.health }}
      >
        {HEALTH_STATUSES.map((s) => <MenuItem key={s} value={s}>{HEALTH_LABELS[s]}</MenuItem>)}
      </TextField>
      <TextField
        select
        size="small"
        label="Communication style"
        value={filters.styles}
        onChange={(e) => onChange({ styles: e.target.value as unknown as WorkerFilters['styles'] })}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((s) => COMM_STYLE_LABELS[s as keyof typeof COMM_STYLE_LABELS]).join(', ') } }}
        sx={{ minWidth: WIDTHS.style }}
      >
        {WORKER_COMM_STYLES.map((s) => <MenuItem key={s} value={s}>{COMM_STYLE_LABELS[s]}</MenuItem>)}
      </TextField>
      <TextField
        select
        size="small"
        label="Disabled"
        value={filters.disabled === undefined ? 'any' : String(filters.disabled)}
        onChange={(e) => onChange({ disabled: e.target.value === 'any' ? undefined : e.target.value === 'true' })}
        sx={{ minWidth: WIDTHS.disabled }}
      >
        {DISABLED_CHOICES.map((c) => <MenuItem key={c.value} value={c.value}>{c.label}</MenuItem>)}
      </TextField>
      {hasActiveFilters(filters) && (
        <Button onClick={() => onChange({ ...EMPTY_FILTERS, take: filters.take, groupByPool: filters.groupByPool })}>Clear filters</Button>
      )}
      <FormControlLabel
        sx={{ ml: 'auto' }}
        control={<Switch checked={filters.groupByPool} onChange={(e) => onChange({ groupByPool: e.target.checked, page: filters.page })} />}
        label="Group by pool"
      />
    </>
  );
}

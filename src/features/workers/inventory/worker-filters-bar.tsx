// Filters for the inventory: name, pool, health status, communication style and disabled, plus the
// group-by-pool toggle. Every control writes to the URL through `onChange`.
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

// The pool picker (MUI's Autocomplete and Popper, ~18 kB) is not needed to show the first rows: it loads beside them.
const POOL_FILTER_SX = { minWidth: 220, maxWidth: 420 };
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

export function WorkerFiltersBar({ filters, pools, onChange }: WorkerFiltersBarProps) {
  const selectedPools = pools.filter((p) => filters.poolIds.includes(p.Id));
  return (
    <FilterBar label="Filter workers">
      <NameFilter value={filters.name} onChange={(name) => onChange({ name }, { replace: true })} />
      <PoolFilter pools={pools} selected={selectedPools} onChange={(poolIds) => onChange({ poolIds })} />
      <TextField
        select
        size="small"
        label="Health status"
        value={filters.health}
        onChange={(e) => onChange({ health: e.target.value as unknown as WorkerFilters['health'] })}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((s) => HEALTH_LABELS[s as keyof typeof HEALTH_LABELS]).join(', ') } }}
        sx={{ minWidth: 170 }}
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
        sx={{ minWidth: 200 }}
      >
        {WORKER_COMM_STYLES.map((s) => <MenuItem key={s} value={s}>{COMM_STYLE_LABELS[s]}</MenuItem>)}
      </TextField>
      <TextField
        select
        size="small"
        label="Disabled"
        value={filters.disabled === undefined ? 'any' : String(filters.disabled)}
        onChange={(e) => onChange({ disabled: e.target.value === 'any' ? undefined : e.target.value === 'true' })}
        sx={{ minWidth: 190 }}
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
    </FilterBar>
  );
}

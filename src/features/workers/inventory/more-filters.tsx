// The Workers filters after the name: pool, health status, communication style, disabled, and the
// group-by-pool toggle. They render after the rows (worker-filters-bar.tsx), so their code loads after them
// too: MUI's Select, Menu and Popover for the three lists, Autocomplete and Popper for the pool picker.
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { HEALTH_STATUSES, WORKER_COMM_STYLES } from '../../../api/enums';
import { HEALTH_LABELS } from '../../../domain/health';
import { COMM_STYLE_LABELS } from '../../../domain/worker-endpoint';
import { EMPTY_FILTERS, hasActiveFilters } from '../../../domain/worker-filters';
import { FILTER_WIDTHS } from './filter-sizes';
import { PoolFilter } from './pool-filter';
import type { WorkerFiltersBarProps } from './worker-filters-bar';

const DISABLED_CHOICES = [
  { value: 'any', label: 'Enabled and disabled' },
  { value: 'false', label: 'Enabled only' },
  { value: 'true', label: 'Disabled only' },
];

export function MoreFilters({ filters, pools, onChange }: WorkerFiltersBarProps) {
  const selectedPools = pools.filter((p) => filters.poolIds.includes(p.Id));
  return (
    <>
      <PoolFilter pools={pools} selected={selectedPools} onChange={(poolIds) => onChange({ poolIds })} />
      <MultiChoice
        label="Health status"
        choices={HEALTH_STATUSES}
        labels={HEALTH_LABELS}
        value={filters.health}
        onChange={(health) => onChange({ health })}
        minWidth={FILTER_WIDTHS.health}
      />
      <MultiChoice
        label="Communication style"
        choices={WORKER_COMM_STYLES}
        labels={COMM_STYLE_LABELS}
        value={filters.styles}
        onChange={(styles) => onChange({ styles })}
        minWidth={FILTER_WIDTHS.style}
      />
      <TextField
        select
        size="small"
        label="Disabled"
        value={filters.disabled === undefined ? 'any' : String(filters.disabled)}
        onChange={(e) => onChange({ disabled: e.target.value === 'any' ? undefined : e.target.value === 'true' })}
        sx={{ minWidth: FILTER_WIDTHS.disabled }}
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

interface MultiChoiceProps<T extends string> {
  label: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  minWidth: number;
}

/** A list of several choices, shown by their labels, none chosen meaning all. */
function MultiChoice<T extends string>({ label, choices, labels, value, onChange, minWidth }: MultiChoiceProps<T>) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as unknown as T[])}
      slotProps={{ select: { multiple: true, renderValue: (v) => (v as T[]).map((s) => labels[s]).join(', ') } }}
      sx={{ minWidth }}
    >
      {choices.map((s) => <MenuItem key={s} value={s}>{labels[s]}</MenuItem>)}
    </TextField>
  );
}

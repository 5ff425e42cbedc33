// Filters for the inventory: name, pool, health status, communication style and disabled, plus the
// group-by-pool toggle. Every control writes to the URL through `onChange`.
// Only the name filter renders with the rows. The others (four MUI fields and a switch: ~60-80 ms of
// rendering and styles on this machine, and MUI's Select, Menu, Popover, Autocomplete and Popper to load)
// come once the page is idle, in space held at their size so nothing moves when they arrive.
import Box from '@mui/material/Box';
import type { WorkerPool } from '../../../api/schemas';
import { deferred } from '../../../components/deferred';
import { FilterBar, NameFilter } from '../../../components/name-filter';
import type { WorkerFilters } from '../../../domain/worker-filters';
import { FILTER_WIDTHS, SWITCH_SIZE } from './filter-sizes';

export interface WorkerFiltersBarProps {
  filters: WorkerFilters;
  pools: readonly WorkerPool[];
  onChange: (patch: Partial<WorkerFilters>, options?: { replace?: boolean }) => void;
}

const HELD_SWITCH_SX = { ...SWITCH_SIZE, ml: 'auto' };
const MoreFilters = deferred<WorkerFiltersBarProps>(
  () => import('./more-filters').then((m) => m.MoreFilters),
  () => (
    <>
      {Object.entries(FILTER_WIDTHS).map(([field, width]) => <Box key={field} sx={{ width, height: 40 }} />)}
      <Box sx={HELD_SWITCH_SX} />
    </>
  ),
);

export function WorkerFiltersBar(props: WorkerFiltersBarProps) {
  const { filters, onChange } = props;
  return (
    <FilterBar label="Filter workers">
      <NameFilter value={filters.name} onChange={(name) => onChange({ name }, { replace: true })} />
      <MoreFilters {...props} />
    </FilterBar>
  );
}

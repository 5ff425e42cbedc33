// The inventory's "Worker pool" filter: several pools, searchable by typing (there may be hundreds).
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { WorkerPool } from '../../../api/schemas';
import { renderPoolOption } from '../../../components/pool-option';
import { FILTER_WIDTHS } from './filter-sizes';

export interface PoolFilterProps {
  pools: readonly WorkerPool[];
  selected: WorkerPool[];
  onChange: (poolIds: string[]) => void;
}

export function PoolFilter({ pools, selected, onChange }: PoolFilterProps) {
  return (
    <Autocomplete
      multiple
      size="small"
      options={pools as WorkerPool[]}
      value={selected}
      getOptionLabel={(p) => p.Name}
      renderOption={(props, pool) => renderPoolOption(props, pool)}
      isOptionEqualToValue={(a, b) => a.Id === b.Id}
      onChange={(_e, value) => onChange(value.map((p) => p.Id))}
      renderInput={(params) => <TextField {...params} label="Worker pool" />}
      sx={{ minWidth: FILTER_WIDTHS.pool, maxWidth: 420 }}
      limitTags={2}
    />
  );
}

// The `Worker Pool` combobox (SPEC §3). Each option says, from the pool verdict, whether that pool could
// run the step now, so the operator picks a pool knowing the outcome. No clearing: R16 keeps a pool set.
// An option's accessible name is the pool's name exactly (QA finds it by that); "Default" and the verdict
// are its description (aria-describedby), read after the name.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../../../api/schemas';
import { poolVerdict, type PoolContext } from '../../../domain/pool-verdict';

export interface WorkerPoolFieldProps {
  pools: WorkerPool[];
  ctx: PoolContext;
  value: string;
  onChange: (poolId: string) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function WorkerPoolField({ pools, ctx, value, onChange, onBlur, error, disabled, inputRef }: WorkerPoolFieldProps) {
  const selected = pools.find((p) => p.Id === value) ?? null;
  return (
    <Autocomplete
      options={pools}
      value={selected as WorkerPool}
      disableClearable
      disabled={disabled}
      onChange={(_, pool) => onChange(pool.Id)}
      onBlur={onBlur}
      getOptionLabel={(p) => p.Name}
      isOptionEqualToValue={(a, b) => a.Id === b.Id}
      renderOption={({ key, ...props }, pool) => {
        const id = `pool-option-${pool.Id}`;
        return (
          <Box component="li" key={key} {...props} aria-labelledby={`${id}-name`} aria-describedby={`${id}-verdict`} sx={{ display: 'block !important' }}>
            <Typography component="span" id={`${id}-name`} sx={{ display: 'block' }}>
              {pool.Name}
            </Typography>
            <Typography component="span" id={`${id}-verdict`} variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
              {pool.IsDefault ? 'Default pool. ' : ''}
              {poolVerdict(pool.Id, ctx).summary}
            </Typography>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label="Worker Pool"
          error={!!error}
          helperText={error ?? (selected?.IsDefault ? 'The default pool of the space' : undefined)}
        />
      )}
      sx={{ maxWidth: 480 }}
    />
  );
}

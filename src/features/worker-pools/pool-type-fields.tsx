// The pool type for a new pool (Static, or Dynamic where the server leases workers) and a dynamic pool's
// worker type, read from the server's own list (GET /workerpools/dynamicworkertypes). Offered only when
// the server has dynamic worker types to offer; otherwise every pool is static and nothing is asked.
import { Controller, type Control } from 'react-hook-form';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { DynamicWorkerType } from '../../api/schemas';

export function workerTypeLabel(t: DynamicWorkerType): string {
  const name = t.Description || t.Id;
  return t.DeprecationDateUtc ? `${name} (deprecated)` : name;
}

/** The type to preselect: the server's "(default)" image of its first kind, else the first one. */
export function defaultWorkerType(types: readonly DynamicWorkerType[]): string {
  return (types.find((t) => /default/i.test(`${t.Id} ${t.Description ?? ''}`)) ?? types[0])?.Id ?? '';
}

export function WorkerTypeField<T extends { workerType: string }>({ control, types, disabled }: { control: Control<T>; types: readonly DynamicWorkerType[]; disabled?: boolean }) {
  return (
    <Controller
      control={control as unknown as Control<{ workerType: string }>}
      name="workerType"
      render={({ field, fieldState }) => (
        <TextField
          select
          label="Worker type"
          required
          fullWidth
          margin="dense"
          disabled={disabled}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? 'The operating system image of the workers this pool leases.'}
        >
          {types.map((t) => <MenuItem key={t.Id} value={t.Id}>{workerTypeLabel(t)}</MenuItem>)}
        </TextField>
      )}
    />
  );
}

export function PoolTypeField({ value, onChange, disabled }: { value: string; onChange: (type: 'StaticWorkerPool' | 'DynamicWorkerPool') => void; disabled?: boolean }) {
  return (
    <FormControl margin="dense" disabled={disabled}>
      <FormLabel id="pool-type-label">Pool type</FormLabel>
      <RadioGroup aria-labelledby="pool-type-label" value={value} onChange={(e) => onChange(e.target.value as 'StaticWorkerPool' | 'DynamicWorkerPool')}>
        <FormControlLabel value="StaticWorkerPool" control={<Radio />} label="Static: workers you add and look after (Tentacles or SSH machines)" />
        <FormControlLabel value="DynamicWorkerPool" control={<Radio />} label="Dynamic: Octopus leases a fresh worker for each step and returns it afterwards" />
      </RadioGroup>
    </FormControl>
  );
}

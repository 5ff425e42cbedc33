// The fields every worker has (R1): Display Name, Worker Pools (one or more), Machine Policy. Shared by the
// Add Worker forms and the worker's settings, so both label, check and explain them the same way.
import { Controller, type Control } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { MachinePolicy, WorkerPool } from '../../../api/schemas';
import { READABLE_HELP } from './endpoint-fields';
import type { WorkerFormValues } from './worker-form-values';
import { acceptsWorkers } from '../../../domain/pool-capacity';
import { renderPoolOption } from '../../../components/pool-option';

export interface WorkerFieldsProps {
  control: Control<WorkerFormValues>;
  pools: readonly WorkerPool[];
  policies: readonly MachinePolicy[];
  disabled?: boolean;
}

export function NameField({ control, disabled }: Pick<WorkerFieldsProps, 'control' | 'disabled'>) {
  return (
    <Controller
      name="name"
      control={control}
      render={({ field, fieldState }) => (
        <TextField {...field} inputRef={field.ref} label="Display Name" required disabled={disabled}
          error={!!fieldState.error} helperText={fieldState.error?.message ?? 'How the worker is shown in Octopus.'} slotProps={{ formHelperText: READABLE_HELP }} />
      )}
    />
  );
}

export function PoolsField({ control, pools, disabled }: Omit<WorkerFieldsProps, 'policies'>) {
  return (
    <Controller
      name="poolIds"
      control={control}
      render={({ field, fieldState }) => (
        <Autocomplete
          multiple
          disabled={disabled}
          // A dynamic pool leases its own workers: nobody adds one by hand.
          options={pools.filter(acceptsWorkers)}
          value={pools.filter((p) => field.value.includes(p.Id))}
          getOptionLabel={(p) => p.Name}
          renderOption={(props, pool) => renderPoolOption(props, pool)}
          isOptionEqualToValue={(a, b) => a.Id === b.Id}
          onChange={(_e, value) => field.onChange(value.map((p) => p.Id))}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField {...params} inputRef={field.ref} label="Worker Pools" required error={!!fieldState.error}
              helperText={fieldState.error?.message ?? 'One or more pools. Steps pick a pool, then any healthy worker in it.'}
              slotProps={{ ...params.slotProps, formHelperText: READABLE_HELP }} />
          )}
        />
      )}
    />
  );
}

export function PolicyField({ control, policies, disabled }: Omit<WorkerFieldsProps, 'pools'>) {
  return (
    <Controller
      name="machinePolicyId"
      control={control}
      render={({ field, fieldState }) => (
        <TextField {...field} inputRef={field.ref} select label="Machine Policy" disabled={disabled}
          error={!!fieldState.error} helperText={fieldState.error?.message ?? 'How often it is health-checked and how Calamari and Tentacle are updated.'}
          slotProps={{ formHelperText: READABLE_HELP }}>
          {policies.map((p) => <MenuItem key={p.Id} value={p.Id}>{p.Name}{p.IsDefault ? ' (default)' : ''}</MenuItem>)}
        </TextField>
      )}
    />
  );
}

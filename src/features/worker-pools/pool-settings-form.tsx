// A pool's settings for WorkerEdit users: Name, Description and the default switch. The consequence of a
// default change is explained before Save; a failed save keeps what was typed and puts the server's
// reasons on the fields; Save can't be pressed twice; leaving with changes asks first.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../../api/schemas';
import { useUpdateWorkerPool, workerPoolQueries } from '../../api/worker-pools';
import { domainResolver } from '../../components/domain-resolver';
import { BusyButton } from '../../components/busy-button';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { applyServerErrors } from '../../components/server-errors';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import type { DefaultChangeInput } from '../../domain/default-pool-change';
import { isDynamicPool } from '../../domain/pool-capacity';
import { canUnsetDefault } from '../../domain/worker-pools';
import { DefaultChangeNotice } from './default-change-notice';
import { poolFormMessages, toDto, toFormValues, type PoolFormValues } from './pool-form-values';
import { PoolTextFields } from './pool-text-fields';
import { WorkerTypeField } from './pool-type-fields';

export interface PoolSettingsFormProps {
  spaceId: string;
  pool: WorkerPool;
  otherPools: ReadonlyArray<{ Id: string; Name: string }>;
  /** What a default change would do, less the new name (the form supplies what is typed). */
  defaultChange: Omit<DefaultChangeInput, 'next'> & { next: Omit<DefaultChangeInput['next'], 'name'> };
}

const FIELDS = { Name: 'name', Description: 'description', IsDefault: 'isDefault', WorkerType: 'workerType' } as const;

export function PoolSettingsForm({ spaceId, pool, otherPools, defaultChange }: PoolSettingsFormProps) {
  const update = useUpdateWorkerPool(spaceId);
  const [banner, setBanner] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<PoolFormValues>({
    defaultValues: toFormValues(pool),
    resolver: domainResolver((values) => poolFormMessages(values, otherPools, pool.Id)),
  });
  const { errors, isDirty, isSubmitting } = formState;
  const [isDefault, name] = useWatch({ control, name: ['isDefault', 'name'] });
  const keepDefault = canUnsetDefault(pool, false);
  const dynamic = isDynamicPool(pool);
  const types = useQuery({ ...workerPoolQueries.dynamicWorkerTypes(spaceId), enabled: dynamic });

  const onSubmit = handleSubmit(async (values) => {
    setBanner([]);
    setSaved(false);
    try {
      const next = await update.mutateAsync(toDto(values, pool));
      reset(toFormValues(next));
      setSaved(true);
    } catch (error) {
      setBanner(applyServerErrors(error, setError, FIELDS));
    }
  });

  return (
    <Box component="form" onSubmit={onSubmit} noValidate aria-label="Settings" sx={{ maxWidth: 720 }}>
      <PoolTextFields
        name={register('name')}
        description={register('description')}
        errors={errors}
        disabled={isSubmitting}
      />
      {dynamic && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            Dynamic worker pool: Octopus leases a fresh worker for each step. The type of a pool can't be changed.
          </Typography>
          {types.data ? (
            <WorkerTypeField control={control} types={types.data.WorkerTypes} disabled={isSubmitting} />
          ) : types.isError ? (
            <QueryErrorAlert context="Loading the dynamic worker types" error={types.error} onRetry={() => void types.refetch()} />
          ) : (
            <LoadingState label="Loading the dynamic worker types" />
          )}
        </>
      )}
      <Controller
        name="isDefault"
        control={control}
        render={({ field }) => (
          <FormControlLabel
            sx={{ mt: 1 }}
            label="Default worker pool"
            control={
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                // R2: the default can only move by making another pool the default.
                disabled={pool.IsDefault || isSubmitting}
                slotProps={{ input: { ref: field.ref, 'aria-describedby': 'default-switch-help' } }}
              />
            }
          />
        )}
      />
      <FormHelperText id="default-switch-help" error={!!errors.isDefault} sx={{ ml: 0 }}>
        {errors.isDefault?.message ??
          (keepDefault.allowed ? 'Steps that select no worker pool run on the default pool.' : keepDefault.reason)}
      </FormHelperText>
      {isDefault && !pool.IsDefault && <DefaultChangeNotice spaceId={spaceId} poolId={pool.Id} {...defaultChange} next={{ ...defaultChange.next, name: name.trim() || pool.Name }} />}
      {banner.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          The worker pool was not saved. {banner.join(' ')}
        </Alert>
      )}
      {saved && !isDirty && (
        <Alert severity="success" role="status" sx={{ mt: 2 }}>
          Saved.
        </Alert>
      )}
      <Box sx={{ mt: 2 }}>
        <BusyButton type="submit" variant="contained" busy={isSubmitting} disabled={!isDirty}>
          Save
        </BusyButton>
      </Box>
      <UnsavedChangesPrompt when={isDirty && !isSubmitting} what="The worker pool's settings were changed but not saved." />
    </Box>
  );
}

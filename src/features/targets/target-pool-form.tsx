// The `Default Worker Pool` of a cloud target (R12): pick a pool, or clear it so steps use the space's
// default pool. Saved with the whole target; a rejected save keeps the choice and says why on the field.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useUpdateMachine } from '../../api/machines';
import type { DeploymentTarget, WorkerPool } from '../../api/schemas';
import { BusyButton } from '../../components/busy-button';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { applyServerErrors } from '../../components/server-errors';
import { useSession } from '../../components/use-session';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { DELETED_POOL_LABEL, SPACE_DEFAULT } from './target-pool-label';
import { toDto, toFormValues, type TargetFormValues } from './target-form-values';

export function TargetPoolForm({ spaceId, target, pools }: { spaceId: string; target: DeploymentTarget; pools: WorkerPool[] }) {
  const update = useUpdateMachine(spaceId);
  const [saved, setSaved] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const { control, handleSubmit, reset, setError, formState } = useForm<TargetFormValues>({ defaultValues: toFormValues(target) });
  const spaceDefault = pools.find((p) => p.IsDefault);
  const options = ['', ...pools.map((p) => p.Id)];
  const label = (id: string) =>
    id ? (pools.find((p) => p.Id === id)?.Name ?? DELETED_POOL_LABEL) : `${SPACE_DEFAULT}${spaceDefault ? ` (steps use ${spaceDefault.Name})` : ''}`;
  const busy = formState.isSubmitting;
  // Without MachineEdit the setting is shown but locked, with the reason, instead of a Save that 403s.
  const can = useSession(spaceId).can;
  const readOnly = !can?.editTargets;

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    setBanner([]);
    try {
      const result = await update.mutateAsync(toDto(values, target));
      reset(toFormValues(result));
      setSaved(true);
    } catch (error) {
      setBanner(applyServerErrors(error, setError, { 'Endpoint.DefaultWorkerPoolId': 'defaultWorkerPoolId' }));
    }
  });

  return (
    <Paper component="form" variant="outlined" onSubmit={onSubmit} noValidate aria-label="Default worker pool" sx={{ p: 3, maxWidth: 760 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>Default worker pool</Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        Steps that run on a worker on behalf of this target, and use the space's default pool, run on this pool
        instead. A step that names another pool keeps its own. {/* R12 */}
      </Typography>
      <Controller
        name="defaultWorkerPoolId"
        control={control}
        render={({ field, fieldState }) => (
          <Autocomplete
            options={options}
            value={field.value}
            disableClearable
            disabled={busy || readOnly}
            getOptionLabel={label}
            onChange={(_, id) => field.onChange(id)}
            onBlur={field.onBlur}
            renderInput={(params) => (
              <TextField {...params} inputRef={field.ref} label="Default Worker Pool" error={!!fieldState.error}
                helperText={fieldState.error?.message ?? "Without a pool of its own, its steps use the space's default pool."} />
            )}
            sx={{ maxWidth: 480 }}
          />
        )}
      />
      {banner.length > 0 && !busy && <Box sx={{ mt: 2 }}><QueryErrorAlert context="The target was not saved" error={update.error} /></Box>}
      {saved && !formState.isDirty && <Alert severity="success" role="status" sx={{ mt: 2 }}>Saved.</Alert>}
      {can && readOnly && (
        <Alert severity="info" sx={{ mt: 2 }}>
          You can see this target's default worker pool, but not change it: that takes the MachineEdit permission.
        </Alert>
      )}
      <Box sx={{ mt: 3, display: readOnly ? 'none' : undefined }} aria-hidden={readOnly}>
        <BusyButton type="submit" variant="contained" busy={busy} disabled={!formState.isDirty}>
          Save
        </BusyButton>
      </Box>
      <UnsavedChangesPrompt when={formState.isDirty && !readOnly} what="The target's default worker pool was changed but not saved." />
    </Paper>
  );
}

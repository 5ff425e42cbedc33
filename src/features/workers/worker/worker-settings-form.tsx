// The worker's settings: name, pools, machine policy, disabled, and its endpoint. Checked with the domain
// rules before sending; the server's own errors land on the same fields; typed values survive a failed save;
// leaving with unsaved changes asks first; Save cannot be pressed twice.
import { useMemo, useState, type FormEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { Account, MachinePolicy, Worker, WorkerPool } from '../../../api/schemas';
import { useUpdateWorker } from '../../../api/workers';
import { domainResolver } from '../../../components/domain-resolver';
import { BusyButton } from '../../../components/busy-button';
import { applyServerErrors } from '../../../components/server-errors';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { UnsavedChangesPrompt } from '../../../components/unsaved-changes-prompt';
import { DefaultPoolEffect } from '../shared/default-pool-effect';
import { ImpactList } from '../shared/impact-list';
import { HostPortFields, SshFields, TextInput, ThumbprintField } from '../shared/endpoint-fields';
import { NameField, PolicyField, PoolsField } from '../shared/worker-fields';
import { serverFieldMap, workerFormMessages } from '../shared/worker-form-rules';
import { toWorkerCommand, toWorkerFormValues, type WorkerFormValues } from '../shared/worker-form-values';
import { useSettingsImpact } from './use-settings-impact';

export interface WorkerSettingsFormProps {
  spaceId: string;
  worker: Worker;
  pools: readonly WorkerPool[];
  policies: readonly MachinePolicy[];
  accounts: readonly Account[];
  canEdit: boolean;
}

export function WorkerSettingsForm({ spaceId, worker, pools, policies, accounts, canEdit }: WorkerSettingsFormProps) {
  const update = useUpdateWorker(spaceId);
  const [banner, setBanner] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const resolver = useMemo(() => {
    const poolIds = new Set(pools.map((p) => p.Id));
    return domainResolver((values: WorkerFormValues) => workerFormMessages(values, poolIds));
  }, [pools]);
  const { control, handleSubmit, reset, setError, formState } = useForm<WorkerFormValues>({
    defaultValues: toWorkerFormValues(worker),
    resolver,
  });
  const poolIds = useWatch({ control, name: 'poolIds' });
  const isDisabled = useWatch({ control, name: 'isDisabled' });
  const impact = useSettingsImpact(spaceId, worker, { isDisabled, poolIds });
  // Steps would fail: the save waits for a confirmation that names them.
  const [confirming, setConfirming] = useState(false);
  const style = worker.Endpoint.CommunicationStyle;
  const { isDirty, isSubmitting } = formState;
  const locked = !canEdit || isSubmitting;
  const defaultPoolId = pools.find((p) => p.IsDefault)?.Id;

  const save = handleSubmit(async (values) => {
    setConfirming(false);
    setBanner([]);
    setSaved(false);
    try {
      const next = await update.mutateAsync({ ...toWorkerCommand(values, worker), Id: worker.Id });
      reset(toWorkerFormValues(next));
      setSaved(true);
    } catch (error) {
      // The typed values stay; each server error goes to its field, the rest to the banner.
      setBanner(applyServerErrors(error, setError, serverFieldMap(values.style)));
    }
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canEdit && impact.breaksSteps) setConfirming(true);
    else void save(event);
  };

  return (
    <Paper component="form" variant="outlined" noValidate onSubmit={onSubmit} aria-labelledby="settings-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="settings-heading" sx={{ mb: 2 }}>Settings</Typography>
      <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
        <NameField control={control} disabled={locked} />
        <PoolsField control={control} pools={pools} disabled={locked} />
        {canEdit && <DefaultPoolEffect spaceId={spaceId} wasInDefault={!!defaultPoolId && worker.WorkerPoolIds.includes(defaultPoolId)} poolIds={poolIds} />}
        <PolicyField control={control} policies={policies} disabled={locked} />
        <Controller
          name="isDisabled"
          control={control}
          render={({ field }) => (
            <FormControlLabel
              label="Disabled"
              control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} disabled={locked} slotProps={{ input: { ref: field.ref } }} />}
            />
          )}
        />
        {canEdit && impact.active && (
          <Box aria-live="polite" aria-label="If you save">
            <ImpactList impacts={impact.impacts} isPending={impact.isPending} />
          </Box>
        )}
        <Typography variant="h3" component="h3">{style === 'Ssh' ? 'SSH connection' : style === 'TentacleActive' ? 'Polling Tentacle' : 'Listening Tentacle'}</Typography>
        {style === 'TentaclePassive' && <HostPortFields control={control} disabled={locked} style="TentaclePassive" />}
        {style === 'TentacleActive' && (
          <TextInput control={control} disabled={locked} name="uri" label="Subscription ID" mono help="The polling Tentacle's subscription id, poll://…/." />
        )}
        {style !== 'Ssh' && <ThumbprintField control={control} disabled={locked} />}
        {style === 'Ssh' && (
          <>
            <HostPortFields control={control} disabled={locked} style="Ssh" />
            <SshFields control={control} disabled={locked} accounts={accounts} />
          </>
        )}
        {banner.length > 0 && (
          <Alert severity="error" role="alert">
            The worker was not saved. {banner.join(' ')}
          </Alert>
        )}
        {saved && !isDirty && <Alert severity="success" role="status">Saved.</Alert>}
        {canEdit && (
          <Box>
            <BusyButton type="submit" variant="contained" busy={isSubmitting} disabled={!isDirty || impact.isPending}>
              Save
            </BusyButton>
          </Box>
        )}
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={`Save ${worker.Name}? Steps will fail`}
        confirmLabel="Save anyway"
        destructive
        pending={isSubmitting}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      >
        <ImpactList impacts={impact.impacts} isPending={impact.isPending} />
      </ConfirmDialog>
      <UnsavedChangesPrompt when={isDirty && !isSubmitting} what={`The changes to ${worker.Name} were not saved.`} />
    </Paper>
  );
}

// SSH Connection: the server logs in over SSH with an account. Host and Port (22), the host key fingerprint
// (fetched from the host if wanted), the account, and the .NET platform Calamari runs on (or Mono).
import { useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Account } from '../../../api/schemas';
import { useDiscoverWorker } from '../../../api/workers';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { UnsavedChangesPrompt } from '../../../components/unsaved-changes-prompt';
import type { AddFormProps } from './add-listening-form';
import { DefaultPoolEffect } from '../shared/default-pool-effect';
import { HostPortFields, SshFields } from '../shared/endpoint-fields';
import { FormFooter } from './form-footer';
import { useAddWorkerForm } from './use-add-worker-form';
import { NameField, PolicyField, PoolsField } from '../shared/worker-fields';

export function AddSshForm({ spaceId, pools, policies, initialPoolIds, accounts }: AddFormProps & { accounts: readonly Account[] }) {
  const { form, onSubmit, banner, saved, checkAfterAdd, setCheckAfterAdd } = useAddWorkerForm(spaceId, 'Ssh', pools, policies.find((p) => p.IsDefault)?.Id, initialPoolIds);
  const { control, getValues, setValue, trigger, formState } = form;
  const poolIds = useWatch({ control, name: 'poolIds' });
  const discovery = useDiscoverWorker(spaceId);

  const fetchFingerprint = async () => {
    // The form's own check (its resolver), on the address alone.
    if (!(await trigger(['host', 'port'], { shouldFocus: true }))) return;
    const { host, port } = getValues();
    discovery.mutate({ host: host.trim(), port: Number(port), type: 'Ssh' }, {
      onSuccess: (found) => {
        const ep = found.Endpoint as { Fingerprint?: string };
        if (ep.Fingerprint) setValue('fingerprint', ep.Fingerprint, { shouldDirty: true, shouldValidate: true });
        if (!getValues('name')) setValue('name', host.trim(), { shouldDirty: true });
      },
    });
  };

  return (
    <Stack component="form" noValidate onSubmit={onSubmit} spacing={2.5} aria-label="Add an SSH connection" sx={{ maxWidth: 640 }}>
      <Typography variant="h2">SSH connection</Typography>
      <HostPortFields control={control} style="Ssh" />
      <Box>
        <BusyButton variant="outlined" onClick={fetchFingerprint} busy={discovery.isPending}>
          Fetch fingerprint
        </BusyButton>
      </Box>
      {discovery.isError && <QueryErrorAlert context="The host key could not be fetched; enter the fingerprint yourself" error={discovery.error} />}
      <SshFields control={control} accounts={accounts} />
      <Typography variant="h2">Name it and choose its pools</Typography>
      <NameField control={control} />
      <PoolsField control={control} pools={pools} />
      <DefaultPoolEffect spaceId={spaceId} wasInDefault={false} poolIds={poolIds} />
      <PolicyField control={control} policies={policies} />
      <FormFooter banner={banner} submitting={formState.isSubmitting} checkAfterAdd={checkAfterAdd} onCheckAfterAdd={setCheckAfterAdd} />
      <UnsavedChangesPrompt when={formState.isDirty && !saved} what="The new worker was not saved." />
    </Stack>
  );
}

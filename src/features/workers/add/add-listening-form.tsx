// Listening Tentacle: the server connects to the Tentacle. First Host and Port, then the server discovers the
// Tentacle there (GET /workers/discover) and fills in its thumbprint; then name, pools and policy.
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MachinePolicy, WorkerPool } from '../../../api/schemas';
import { useDiscoverWorker } from '../../../api/workers';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { UnsavedChangesPrompt } from '../../../components/unsaved-changes-prompt';
import { DefaultPoolEffect } from '../shared/default-pool-effect';
import { HostPortFields, ThumbprintField } from '../shared/endpoint-fields';
import { FormFooter } from './form-footer';
import { useAddWorkerForm } from './use-add-worker-form';
import { NameField, PolicyField, PoolsField } from '../shared/worker-fields';

export interface AddFormProps {
  spaceId: string;
  pools: readonly WorkerPool[];
  policies: readonly MachinePolicy[];
  /** The pools a new worker starts in: the pool it is being added from, or the space's default pool. */
  initialPoolIds: readonly string[];
}

export function AddListeningForm({ spaceId, pools, policies, initialPoolIds }: AddFormProps) {
  const { form, onSubmit, banner, saved, checkAfterAdd, setCheckAfterAdd } = useAddWorkerForm(spaceId, 'TentaclePassive', pools, policies.find((p) => p.IsDefault)?.Id, initialPoolIds);
  const { control, getValues, setValue, trigger, formState } = form;
  const poolIds = useWatch({ control, name: 'poolIds' });
  const [stage, setStage] = useState<'address' | 'details'>('address');
  const discovery = useDiscoverWorker(spaceId);
  const [found, setFound] = useState<{ thumbprint?: string; name?: string | null }>();
  // Filled in once the detail fields are mounted, so each field shows what discovery found.
  useEffect(() => {
    if (!found) return;
    if (found.thumbprint) setValue('thumbprint', found.thumbprint, { shouldDirty: true });
    if (!getValues('name') && found.name) setValue('name', found.name, { shouldDirty: true });
  }, [found, getValues, setValue]);

  const discover = async () => {
    // The form's own check (its resolver), on the address alone: the rest is filled in after discovery.
    if (!(await trigger(['host', 'port'], { shouldFocus: true }))) return;
    const { host, port } = getValues();
    discovery.mutate({ host: host.trim(), port: Number(port), type: 'TentaclePassive' }, {
      onSuccess: (discovered) => {
        setFound({ thumbprint: (discovered.Endpoint as { Thumbprint?: string }).Thumbprint, name: discovered.Name });
        setStage('details');
      },
    });
  };

  return (
    <Stack component="form" noValidate onSubmit={onSubmit} spacing={2.5} aria-label="Add a listening Tentacle" sx={{ maxWidth: 640 }}>
      <Typography variant="h2">1. Where is the Tentacle?</Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Install Tentacle on the worker machine as a listening Tentacle and trust this Octopus Server&apos;s thumbprint. Then
        enter its address: the server connects to it.
      </Typography>
      <HostPortFields control={control} style="TentaclePassive" disabled={stage === 'details'} />
      {stage === 'address' ? (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <BusyButton variant="contained" onClick={discover} busy={discovery.isPending}>
            Discover
          </BusyButton>
          {discovery.isError && <Button onClick={() => setStage('details')}>Enter details manually</Button>}
        </Box>
      ) : (
        <Box><Button onClick={() => setStage('address')}>Change address</Button></Box>
      )}
      {discovery.isError && <QueryErrorAlert context="The Tentacle could not be discovered" error={discovery.error} />}
      {stage === 'details' && (
        <>
          {!discovery.isError && <Alert severity="success">Found a Tentacle at this address. Check its thumbprint matches the one the Tentacle shows.</Alert>}
          <Typography variant="h2">2. Name it and choose its pools</Typography>
          <ThumbprintField control={control} />
          <NameField control={control} />
          <PoolsField control={control} pools={pools} />
          <DefaultPoolEffect spaceId={spaceId} wasInDefault={false} poolIds={poolIds} />
          <PolicyField control={control} policies={policies} />
          <FormFooter banner={banner} submitting={formState.isSubmitting} checkAfterAdd={checkAfterAdd} onCheckAfterAdd={setCheckAfterAdd} />
        </>
      )}
      <UnsavedChangesPrompt when={formState.isDirty && !saved} what="The new worker was not saved." />
    </Stack>
  );
}

// Polling Tentacle: the Tentacle connects to the server, so it registers itself. 1. name and pools; 2. the
// exact `Tentacle register-worker` command for them, with a copy button; 3. the page waits for it.
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { workerQueries } from '../../../api/workers';
import { domainResolver } from '../../../components/domain-resolver';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { config } from '../../../config';
import type { RegisterWorkerInput } from '../../../domain/register-worker-command';
import type { AddFormProps } from './add-listening-form';
import { RegisterCommand } from './register-command';
import { DefaultPoolEffect } from '../shared/default-pool-effect';
import { PollingWait } from './polling-wait';
import { NameField, PolicyField, PoolsField } from '../shared/worker-fields';
import { nameAndPoolMessages } from '../shared/worker-form-rules';
import { emptyWorkerFormValues, type WorkerFormValues } from '../shared/worker-form-values';

export function AddPollingFlow({ spaceId, pools, policies, initialPoolIds }: AddFormProps) {
  const queryClient = useQueryClient();
  const poolIdSet = useMemo(() => new Set(pools.map((p) => p.Id)), [pools]);
  const form = useForm<WorkerFormValues>({
    defaultValues: emptyWorkerFormValues('TentacleActive', { machinePolicyId: policies.find((p) => p.IsDefault)?.Id, poolIds: initialPoolIds }),
    resolver: domainResolver((values) => nameAndPoolMessages(values, poolIdSet, [])),
  });
  const { control, handleSubmit, setError } = form;
  const poolIds = useWatch({ control, name: 'poolIds' });
  const [chosen, setChosen] = useState<WorkerFormValues>();
  // A name already taken would make register-worker fail; the lookup says so now, in the same words.
  const lookup = useMutation({
    mutationFn: (name: string) => queryClient.fetchQuery(workerQueries.list(spaceId, { partialName: name, take: 50 })),
  });
  const serverUrl = `${config.octopusUrl || window.location.origin}/`;
  const command = useMemo((): RegisterWorkerInput | undefined => chosen && ({
    serverUrl, name: chosen.name, commsStyle: 'TentacleActive',
    poolNames: chosen.poolIds.map((id) => pools.find((p) => p.Id === id)?.Name ?? id),
    policyName: policies.find((p) => p.Id === chosen.machinePolicyId && !p.IsDefault)?.Name,
    space: spaceId === config.defaultSpaceId ? undefined : spaceId,
  }), [chosen, pools, policies, serverUrl, spaceId]);

  const next = handleSubmit((values) =>
    lookup.mutate(values.name.trim(), {
      onSuccess: (existing) => {
        // Only the server knows the names in use; its answer is placed like any refusal, in the same words.
        const taken = nameAndPoolMessages(values, poolIdSet, existing.Items).name;
        if (taken) setError('name', { type: 'server', message: taken }, { shouldFocus: true });
        else setChosen({ ...values, name: values.name.trim() });
      },
    }),
  );

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Stack component="form" noValidate onSubmit={next} spacing={2.5} aria-label="Name the polling worker">
        <Typography variant="h2">1. Name it and choose its pools</Typography>
        <NameField control={control} disabled={!!chosen} />
        <PoolsField control={control} pools={pools} disabled={!!chosen} />
        {!chosen && <DefaultPoolEffect spaceId={spaceId} wasInDefault={false} poolIds={poolIds} />}
        <PolicyField control={control} policies={policies} disabled={!!chosen} />
        {lookup.isError && <QueryErrorAlert context="Checking the name" error={lookup.error} />}
        <Box>
          {chosen ? <Button onClick={() => setChosen(undefined)}>Change name or pools</Button> : <BusyButton type="submit" variant="contained" busy={lookup.isPending}>Next</BusyButton>}
        </Box>
      </Stack>
      {chosen && command && (
        <>
          <Box component="section" aria-labelledby="command-heading">
            <Typography variant="h2" id="command-heading" sx={{ mb: 1 }}>2. Run this on the worker machine</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
              With Tentacle 3.22 or later installed (on Windows, in its folder), replacing API-YOUR-API-KEY with an API key of a user who may edit workers.
            </Typography>
            <RegisterCommand input={command} />
          </Box>
          <Box component="section" aria-labelledby="wait-heading">
            <Typography variant="h2" id="wait-heading" sx={{ mb: 1 }}>3. Wait for it to register</Typography>
            <PollingWait spaceId={spaceId} name={chosen.name} poolIds={chosen.poolIds} machinePolicyId={chosen.machinePolicyId} />
          </Box>
        </>
      )}
    </Stack>
  );
}

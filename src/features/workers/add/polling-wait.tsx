// GitLab's "registration page that waits": polls until a worker with the chosen name appears, and says so.
// In demo modes it can also play the Tentacle's part: register the worker through the same API a Tentacle
// uses (POST /workers with a TentacleActive endpoint, a poll:// subscription id and a thumbprint).
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import { useCreateWorker, workerQueries } from '../../../api/workers';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { config } from '../../../config';
import { paths } from '../../../paths';

const POLL_MS = 2000;

function randomText(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export interface PollingWaitProps {
  spaceId: string;
  name: string;
  poolIds: string[];
  machinePolicyId: string;
}

export function PollingWait({ spaceId, name, poolIds, machinePolicyId }: PollingWaitProps) {
  const lookup = useQuery({
    ...workerQueries.list(spaceId, { partialName: name, take: 20 }),
    refetchInterval: (q) => (q.state.data?.Items.some((w) => w.Name.toLowerCase() === name.toLowerCase()) ? false : POLL_MS),
  });
  const registered = lookup.data?.Items.find((w) => w.Name.toLowerCase() === name.toLowerCase());
  const simulate = useCreateWorker(spaceId);
  const register = () =>
    simulate.mutate({
      Name: name, WorkerPoolIds: poolIds, MachinePolicyId: machinePolicyId || null, IsDisabled: false,
      Endpoint: {
        CommunicationStyle: 'TentacleActive',
        Uri: `poll://${randomText(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}/`,
        Thumbprint: randomText(40, '0123456789ABCDEF'),
      },
    });

  if (registered)
    return (
      <Alert severity="success" role="status">
        <AlertTitle>{registered.Name} has registered</AlertTitle>
        It is in Octopus now, with health Unknown until its first health check.{' '}
        <Link component={RouterLink} to={paths.worker(spaceId, registered.Id)}>
          Open {registered.Name}
        </Link>
      </Alert>
    );
  return (
    <Box>
      <Alert severity="info" role="status" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
        Waiting for {name} to register… This page checks every few seconds and updates when it appears.
        <LinearProgress sx={{ mt: 1 }} aria-label={`Waiting for ${name} to register`} />
      </Alert>
      {lookup.isError && <QueryErrorAlert context="Checking for the new worker" error={lookup.error} />}
      {config.mockMode !== 'off' && (
        <Box sx={{ mt: 2 }}>
          <BusyButton variant="outlined" onClick={register} busy={simulate.isPending}>
            Simulate the Tentacle registering
          </BusyButton>
          {simulate.isError && <QueryErrorAlert context="The simulated registration failed" error={simulate.error} />}
        </Box>
      )}
    </Box>
  );
}

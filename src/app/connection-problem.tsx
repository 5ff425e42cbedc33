// Against a server: when the address can't be reached, isn't an Octopus Server, or runs a version older
// than the portal supports, the page says which, plainly, instead of failing request by request.
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { MIN_SERVER_VERSION, serverProblem, type ServerProblem } from '../api/server-check';
import { rootQueries } from '../api/spaces';
import { config } from '../config';

/** The problem with the server (never in the browser demo); undefined while it loads or when there is none. */
export function useServerProblem() {
  const root = useQuery({ ...rootQueries.root(), enabled: config.mockMode !== 'browser' });
  return { problem: serverProblem(root.data, root.error), retry: () => void root.refetch() };
}

/** The problem, as the page. */
export function ConnectionProblem({ problem, onRetry }: { problem: ServerProblem; onRetry: () => void }) {
  const address = config.octopusUrl || `${window.location.origin} (passed on by this site's proxy)`;
  const retry = (
    <Button color="inherit" size="small" onClick={onRetry}>
      Try again
    </Button>
  );
  if (problem.kind === 'unreachable') {
    return (
      <Alert severity="error" action={retry}>
        <AlertTitle component="h1">Can’t reach the Octopus Server</AlertTitle>
        Nothing answered at {address}. Check that the server is running and that this address is right; behind a
        proxy, check that it passes /api on. ({problem.detail})
      </Alert>
    );
  }
  if (problem.kind === 'not-octopus') {
    return (
      <Alert severity="error" action={retry}>
        <AlertTitle component="h1">This is not an Octopus Server</AlertTitle>
        {address} answered, but not as Octopus Deploy does at /api. Point the portal at your Octopus Server’s
        address. ({problem.detail})
      </Alert>
    );
  }
  return (
    <Alert severity="error">
      <AlertTitle component="h1">This Octopus Server is too old for the portal</AlertTitle>
      {address} runs Octopus Deploy {problem.version}. The portal needs Octopus Server {MIN_SERVER_VERSION} or newer.
    </Alert>
  );
}

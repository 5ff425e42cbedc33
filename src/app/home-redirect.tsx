// `/` opens Workers (SPEC §3) in the user's default space: the one Octopus marks IsDefault among the spaces
// they may work in, else the first. Until the server answers, a loading state; if it cannot say (an older
// server, a failure), the configured default space. A 401 waits: the sign-in dialog is over this page, and
// after sign-in the spaces are read again.
import { Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCredentials } from '../api/use-credentials';
import { userQueries } from '../api/users';
import { LoadingState } from '../components/loading-state';
import { config } from '../config';
import { isSpaceId, paths } from '../paths';

export function HomeRedirect() {
  const { signInNeeded } = useCredentials();
  const me = useQuery({ ...userQueries.me(), enabled: !signInNeeded });
  const spaces = useQuery({ ...userQueries.spaces(me.data), enabled: me.data !== undefined && !signInNeeded });
  if (signInNeeded || me.isPending || (me.data && spaces.isPending)) return <LoadingState label="Opening your default space" />;
  const list = spaces.data ?? [];
  const chosen = (list.find((s) => s.IsDefault) ?? list[0])?.Id;
  return <Navigate to={paths.workers(isSpaceId(chosen) ? chosen : config.defaultSpaceId)} replace />;
}

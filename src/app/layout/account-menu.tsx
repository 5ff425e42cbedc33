// Who is signed in, and Sign out: against a server (the standalone fake or a real Octopus), never in the
// browser demo, whose user is always signed in.
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { useCredentials } from '../../api/use-credentials';
import { useSignOut } from '../../api/session';
import { userQueries } from '../../api/users';
import { BusyButton } from '../../components/busy-button';

export function AccountMenu() {
  const { signInNeeded } = useCredentials();
  const me = useQuery({ ...userQueries.me(), enabled: !signInNeeded });
  const signOut = useSignOut();
  if (signInNeeded || !me.data) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, fontSize: '0.8125rem' }}>
      <span>
        Signed in as <strong>{me.data.DisplayName || me.data.Username}</strong>
      </span>
      <BusyButton color="inherit" variant="outlined" size="small" busy={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </BusyButton>
    </Box>
  );
}

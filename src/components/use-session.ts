// The signed-in user and what they may do (R4): `/api/users/me`, then that user's permissions in the
// space. React Query shares the two requests between every component that asks.
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../api/users';
import type { User, UserPermissionSet } from '../api/schemas';
import { canConfigureServer, canEditProcess, canEditTargets, canEditWorkers, canViewWorkers } from '../domain/permissions';

export interface Capabilities {
  viewWorkers: boolean;
  editWorkers: boolean;
  configureServer: boolean;
  /** Change deployment processes (ProcessEdit). */
  editProcess: boolean;
  /** Change deployment targets (MachineEdit). */
  editTargets: boolean;
}

export interface Session {
  user: User | undefined;
  permissions: UserPermissionSet | undefined;
  /** Undefined until both requests have answered: never guess a permission. */
  can: Capabilities | undefined;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

export function useSession(spaceId: string): Session {
  const me = useQuery(userQueries.me());
  const userId = me.data?.Id;
  const perms = useQuery({
    ...userQueries.permissions(userId ?? '', spaceId),
    enabled: userId !== undefined,
  });
  const set = perms.data;
  return {
    user: me.data,
    permissions: set,
    can: set
      ? {
          viewWorkers: canViewWorkers(set, spaceId),
          editWorkers: canEditWorkers(set, spaceId),
          configureServer: canConfigureServer(set),
          editProcess: canEditProcess(set, spaceId),
          editTargets: canEditTargets(set, spaceId),
        }
      : undefined,
    isPending: me.isPending || perms.isPending,
    error: me.error ?? perms.error,
    refetch: () => void (me.error ? me.refetch() : perms.refetch()),
  };
}

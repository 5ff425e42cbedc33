// The signed-in user and what they may do (R4).
import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { User, UserPermissionSet } from './schemas';

export const userQueries = {
  me: () =>
    queryOptions({
      queryKey: ['users', 'me'] as const,
      queryFn: ({ signal }) => request('/users/me', { schema: User, signal }),
      staleTime: 5 * 60_000,
    }),
  permissions: (userId: string, spaceId: string) =>
    queryOptions({
      queryKey: ['users', userId, 'permissions', spaceId] as const,
      queryFn: ({ signal }) =>
        request(`/users/${encodeURIComponent(userId)}/permissions`, {
          query: { spaces: spaceId, includeSystem: true },
          schema: UserPermissionSet,
          signal,
        }),
      staleTime: 5 * 60_000,
    }),
};

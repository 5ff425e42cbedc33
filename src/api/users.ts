// The signed-in user and what they may do (R4).
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { linkPath, request } from './client';
import { Space, User, UserPermissionSet } from './schemas';

export const userQueries = {
  me: () =>
    queryOptions({
      queryKey: ['users', 'me'] as const,
      queryFn: ({ signal }) => request('/users/me', { schema: User, signal }),
      staleTime: 5 * 60_000,
    }),
  /** The spaces this user may work in: their own `Links.Spaces` (`/users/{id}/spaces`), a bare array. */
  spaces: (user: User | undefined) => {
    const path = user && (user.Links.Spaces ? linkPath(user.Links.Spaces) : `/users/${encodeURIComponent(user.Id)}/spaces`);
    return queryOptions({
      queryKey: ['users', user?.Id, 'spaces', path] as const,
      queryFn: ({ signal }) => {
        if (!path) throw new Error('The signed-in user is not known yet.');
        return request(path, { schema: z.array(Space), signal });
      },
      enabled: path !== undefined,
      staleTime: 5 * 60_000,
    });
  },
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

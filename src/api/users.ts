// The signed-in user and what they may do (R4).
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request } from './client';
import { endpoints } from './endpoints';
import { Space, User, UserPermissionSet } from './schemas';

export const userQueries = {
  me: () =>
    queryOptions({
      queryKey: ['users', 'me'] as const,
      queryFn: ({ signal }) => request(endpoints.me().path, { schema: User, signal }),
      staleTime: 5 * 60_000,
    }),
  /** The spaces this user may work in: their own `Links.Spaces` (`/users/{id}/spaces`), a bare array. */
  spaces: (user: User | undefined) => {
    const path = user && endpoints.userSpaces(user).path;
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
      queryFn: ({ signal }) => {
        const { path, query } = endpoints.permissions(userId, spaceId);
        return request(path, { query, schema: UserPermissionSet, signal });
      },
      staleTime: 5 * 60_000,
    }),
};

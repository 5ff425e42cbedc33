import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request, spacePath } from './client';
import { Account, Environment } from './schemas-targets';

export const environmentQueries = {
  all: (spaceId: string) =>
    queryOptions({
      queryKey: ['environments', spaceId, 'all'] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, '/environments/all'), { schema: z.array(Environment), signal }),
      staleTime: 60_000,
    }),
};

export const accountQueries = {
  all: (spaceId: string) =>
    queryOptions({
      queryKey: ['accounts', spaceId, 'all'] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, '/accounts/all'), { schema: z.array(Account), signal }),
      staleTime: 60_000,
    }),
};

import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from './client';
import { RootDocument, Space } from './schemas';

export const spaceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['spaces', 'all'] as const,
      queryFn: ({ signal }) => request('/spaces/all', { schema: z.array(Space), signal }),
      staleTime: 5 * 60_000,
    }),
};

/** `/api`: which server this is (name and version for the header). */
export const rootQueries = {
  root: () =>
    queryOptions({
      queryKey: ['root'] as const,
      queryFn: ({ signal }) => request('', { schema: RootDocument, signal }),
      staleTime: Infinity,
    }),
};

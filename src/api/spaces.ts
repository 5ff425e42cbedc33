import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { endpoints } from './endpoints';
import { RootDocument } from './schemas';

/** `/api`: which server this is (name and version for the header). */
export const rootQueries = {
  root: () =>
    queryOptions({
      queryKey: ['root'] as const,
      queryFn: ({ signal }) => request(endpoints.root().path, { schema: RootDocument, signal }),
      staleTime: Infinity,
    }),
};

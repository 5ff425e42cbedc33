import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request, spacePath } from './client';
import { MachinePolicy } from './schemas-targets';

export const machinePolicyQueries = {
  all: (spaceId: string) =>
    queryOptions({
      queryKey: ['machinePolicies', spaceId, 'all'] as const,
      queryFn: ({ signal }) => request(spacePath(spaceId, '/machinepolicies/all'), { schema: z.array(MachinePolicy), signal }),
      staleTime: 60_000,
    }),
  detail: (spaceId: string, id: string) =>
    queryOptions({
      queryKey: ['machinePolicies', spaceId, 'detail', id] as const,
      queryFn: ({ signal }) =>
        request(spacePath(spaceId, `/machinepolicies/${encodeURIComponent(id)}`), { schema: MachinePolicy, signal }),
    }),
};

// The built-in worker switch lives in the server's features configuration (R8, octopus-api.md §1.11).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { endpoints } from './endpoints';
import { FeaturesConfiguration } from './schemas';

export const featuresQueries = {
  all: () => ['features'] as const,
  config: () =>
    queryOptions({
      queryKey: featuresQueries.all(),
      queryFn: ({ signal }) => request(endpoints.features().path, { schema: FeaturesConfiguration, signal }),
    }),
};

/** PUT sends the whole resource back, so unknown flags a real server has are preserved. */
export function useUpdateFeatures() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { announce: { success: 'Built-in worker setting saved', failure: 'Built-in worker setting not saved' } },
    mutationFn: (next: FeaturesConfiguration) =>
      request('/featuresconfiguration', { method: 'PUT', body: next, schema: FeaturesConfiguration }),
    onSuccess: (saved) => queryClient.setQueryData(featuresQueries.all(), saved),
  });
}

// Controls of the fake Octopus (demo and e2e only): which scenario is loaded, and resetting its data.
import { queryOptions, useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request } from './client';
import { endpoints } from './endpoints';

export const DemoState = z.object({
  Scenario: z.string(),
  Scenarios: z.array(z.object({ Name: z.string(), Description: z.string() })),
});
export type DemoState = z.infer<typeof DemoState>;

export const demoQueries = {
  state: () =>
    queryOptions({
      queryKey: ['demo', 'state'] as const,
      queryFn: ({ signal }) => request(endpoints.demoScenario().path, { schema: DemoState, signal }),
      staleTime: Infinity,
    }),
};

/** Plain function as well as a hook: main.tsx tells the standalone fake server before React renders. */
export function selectScenario(scenario: string) {
  return request('/__mock/scenario', { method: 'PUT', body: { Scenario: scenario } });
}

export function useSelectScenario() {
  return useMutation({ mutationFn: selectScenario });
}

export function useResetDemoData() {
  return useMutation({ mutationFn: () => request('/__mock/reset', { method: 'POST', body: {} }) });
}

// Integration tests render real routes with the real providers, a fresh QueryClient (no retries) and the
// fake Octopus from mocks/node.ts (CONVENTIONS 10). The scenario is chosen through the fake server's own
// control endpoint, as the demo's header and Playwright do.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { selectScenario } from '../api/demo';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import type { ScenarioName } from '../../mocks/types';

export interface RenderRouteOptions {
  scenario?: ScenarioName;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
}

/** Picks a demo scenario the way the portal does: PUT /api/__mock/scenario. */
export async function pickScenario(scenario: ScenarioName): Promise<void> {
  await selectScenario(scenario);
}

/** Renders the app at `path` (e.g. `/Spaces-1/infrastructure`) and returns the user, router and client. */
export async function renderRoute(path: string, options: RenderRouteOptions = {}) {
  if (options.scenario) await pickScenario(options.scenario);
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient, screen };
}

// The running app: providers around the browser router (tests use a memory router instead).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { prefetchSession } from './prefetch';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function renderApp(root: HTMLElement) {
  const queryClient = createQueryClient();
  // Before the first render, so the requests go out while React and the page's code are still starting.
  prefetchSession(queryClient, window.location.pathname, window.location.search);
  const router = createAppRouter();
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        {/* Router updates outside a transition: as a transition, its first one (from the start-up fallback to
            the page) reached the screen ~0.3 s later on Workers, with the header and every row held back. */}
        <RouterProvider router={router} useTransitions={false} />
      </AppProviders>
    </StrictMode>,
  );
}

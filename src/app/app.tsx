// The running app: providers around the browser router (tests use a memory router instead).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { matchRoutes, RouterProvider } from 'react-router';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { routes } from './routes';

/**
 * Starts loading the code of the page at `pathname` now. main.tsx calls this before the demo's service
 * worker starts: fetched after, each chunk would pass through the worker (a round trip to the page per
 * file), which made the demo's first page about half a second slower. The router's own lazy() call then
 * finds the module already loaded.
 */
export function preloadRoute(pathname: string) {
  for (const match of matchRoutes(routes, pathname, import.meta.env.BASE_URL) ?? []) {
    const lazy = match.route.lazy;
    if (typeof lazy === 'function') void Promise.resolve(lazy()).catch(() => undefined);
  }
}

export function renderApp(root: HTMLElement) {
  const queryClient = createQueryClient();
  // Its own small chunk, so the first one stays within its budget; it still starts long before any page mounts.
  void import('./prefetch').then((m) => m.prefetchSession(queryClient, window.location.pathname), () => undefined);
  const router = createAppRouter();
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

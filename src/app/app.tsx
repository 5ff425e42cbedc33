// The running app: providers around the browser router (tests use a memory router instead).
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { prefetchSession } from './prefetch';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

/** The longest the first render waits for the first page's data. */
const FIRST_DATA_WAIT_MS = 300;

/**
 * Renders once the first page's data is in the cache, or after FIRST_DATA_WAIT_MS. Most of it is already
 * on its way (the start-up's early requests), but each step of the user → permissions → rows chain needs the
 * main thread: rendered at once, the page drew its loading state, then its header and counts, then its rows,
 * each a render of the whole page (~0.1–0.2 s here), and the chain waited behind them. Rendered with the data
 * in, Workers draws its rows in its first render.
 */
export async function renderApp(root: HTMLElement) {
  const queryClient = createQueryClient();
  const prefetched = prefetchSession(queryClient, window.location.pathname, window.location.search);
  const [router] = await Promise.all([
    createAppRouter(),
    Promise.race([prefetched, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]),
  ]);
  const reactRoot = createRoot(root);
  // The first render as a transition: React yields to the browser every few milliseconds instead of holding
  // the main thread for the whole page (~0.3 s here; Lighthouse counted it as blocking time). The page, its
  // data already in, still reaches the screen in one commit.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          {/* Navigations outside a transition: as transitions, a page whose code was still loading held back the
            whole screen, header and rows included (~0.3 s on Workers, when the first page was still lazy). */}
          <RouterProvider router={router} useTransitions={false} />
        </AppProviders>
      </StrictMode>,
    ),
  );
}

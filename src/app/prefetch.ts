// What the first page will ask for, asked at start-up (renderApp), before its code has loaded and rendered.
import type { QueryClient } from '@tanstack/react-query';
import { featuresQueries } from '../api/features';
import { userQueries } from '../api/users';
import { workerPoolQueries } from '../api/worker-pools';

/**
 * Asks the server now for what every page needs first: who is signed in, then what they may do in the
 * address's space (and, on Infrastructure pages, the space's pools and the server's features). Pages ask for the same queries (same keys), so they find them answered or in flight,
 * instead of starting the user → permissions chain only once their code has loaded and rendered.
 */
export function prefetchSession(queryClient: QueryClient, pathname: string) {
  const spaceId = /^\/(Spaces-\d+)(\/|$)/.exec(pathname.slice(import.meta.env.BASE_URL.length - 1))?.[1];
  // Infrastructure pages all show the space's pools (names, default, counts) and the built-in worker line.
  if (spaceId && /^\/Spaces-\d+\/infrastructure(\/|$)/.test(pathname.slice(import.meta.env.BASE_URL.length - 1))) {
    void queryClient.prefetchQuery(workerPoolQueries.list(spaceId));
    void queryClient.prefetchQuery(featuresQueries.config());
  }
  void queryClient.fetchQuery(userQueries.me()).then(
    (me) => (spaceId ? queryClient.prefetchQuery(userQueries.permissions(me.Id, spaceId)) : undefined),
    () => undefined, // the page asks again, and explains a failure where it shows
  );
}


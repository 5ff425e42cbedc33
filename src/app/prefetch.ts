// What the first page will ask for, asked at start-up (renderApp), before its code has loaded and rendered.
import type { QueryClient } from '@tanstack/react-query';
import { demoQueries } from '../api/demo';
import { featuresQueries } from '../api/features';
import { rootQueries } from '../api/spaces';
import { userQueries } from '../api/users';
import { workerPoolQueries } from '../api/worker-pools';
import { workerQueries } from '../api/workers';
import type { UserPermissionSet } from '../api/schemas';
import { config } from '../config';
import { canViewWorkers } from '../domain/permissions';
import { firstPageOf, firstWorkersQueries } from './first-page';

/**
 * Asks the server now for what every page needs first: who is signed in, then what they may do in the
 * address's space (and, on Infrastructure pages, the space's pools and the server's features). Pages ask for the same queries (same keys), so they find them answered or in flight,
 * instead of starting the user → permissions chain only once their code has loaded and rendered.
 * Resolves when every answer is in the cache (or has failed).
 */
export function prefetchSession(queryClient: QueryClient, pathname: string, search = ''): Promise<void> {
  const { spaceId, infrastructure, workers: workersPage } = firstPageOf(pathname);
  const asked: Promise<unknown>[] = [];
  // The header's own data, asked early too (early-requests.ts): which server this is, and the fake's scenario
  // menu. In the cache before the first render, the shell is not drawn a second time when they arrive.
  if (config.mockMode !== 'browser') asked.push(queryClient.prefetchQuery(rootQueries.root()));
  if (config.mockMode !== 'off') asked.push(queryClient.prefetchQuery(demoQueries.state()));
  // Infrastructure pages all show the space's pools (names, default, counts) and the built-in worker line.
  if (spaceId && infrastructure) {
    asked.push(queryClient.prefetchQuery(workerPoolQueries.list(spaceId)));
    asked.push(queryClient.prefetchQuery(featuresQueries.config()));
    // The pools' summary: Overview's table, and the built-in worker line above Workers (which, arriving last,
    // pushed the page down and was its largest paint).
    asked.push(queryClient.prefetchQuery(workerPoolQueries.summary(spaceId)));
  }
  const forWorkers = (permissions: UserPermissionSet | undefined) => {
    // Workers, the page operators land on: its first rows and counts for the filters in the address, asked
    // as soon as the permissions say the person may see workers, not once the page has rendered.
    if (!spaceId || !workersPage || !permissions || !canViewWorkers(permissions, spaceId)) return undefined;
    const { list, counts } = firstWorkersQueries(search);
    return Promise.all([
      list && queryClient.prefetchQuery(workerQueries.list(spaceId, list)),
      queryClient.prefetchQuery(workerPoolQueries.summary(spaceId, counts)),
    ]);
  };
  asked.push(
    queryClient
      .fetchQuery(userQueries.me())
      .then((me) =>
        Promise.all([
          // The header's space switcher, drawn in the first render rather than arriving after it.
          queryClient.prefetchQuery(userQueries.spaces(me)),
          spaceId && queryClient.fetchQuery(userQueries.permissions(me.Id, spaceId)).then(forWorkers),
        ]),
      )
      .catch(() => undefined), // the page asks again, and explains a failure where it shows
  );
  // prefetchQuery never rejects: a failure is the page's to show.
  return Promise.all(asked).then(() => undefined);
}

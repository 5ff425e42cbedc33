// The first page's data, asked for the moment the entry script runs. React, MUI and the page's code take
// ~0.3 s to arrive and as long again to start; until now the user → permissions → workers chain only began
// after that, so the rows came ~0.6 s later than they could (and three round trips later on a distant
// server), and over HTTP/1.1 the requests queued behind ~50 script files (see vite.config.ts). These are
// plain GETs with the client's own URLs and headers; the client takes each answer once (api/early.ts), and
// the integration test proves every one of them is an answer the page asks for.
// In the demo they wait for its fake server to start in the page, and when the address picks a scenario
// for the standalone fake, for its data to be reset (main.tsx).
import { followStartupChain, requestEarly } from '../api/early';
import { endpoints, type Endpoint } from '../api/endpoints';
import { apiUrl } from '../api/urls';
import type { UserPermissionSet } from '../api/schemas';
import { config } from '../config';
import { canViewWorkers } from '../domain/permissions';
import { firstPageOf, firstWorkersQueries } from './first-page';

/** The URL the client builds for `endpoint`: an early answer is handed over for the very same string. */
const urlOf = (endpoint: Endpoint) => apiUrl(endpoint.path, endpoint.query);

function ask(endpoint: Endpoint): void;
function ask(endpoint: Endpoint, read: true): Promise<unknown>;
function ask(endpoint: Endpoint, read?: true) {
  return read ? requestEarly(urlOf(endpoint), read) : requestEarly(urlOf(endpoint));
}

export function startEarlyRequests(pathname: string, search: string) {
  const { spaceId, infrastructure, workers: workersPage } = firstPageOf(pathname);
  // The Workers page's rows and per-status counts, for the filters in the address.
  const rows: Endpoint[] = [];
  if (spaceId && workersPage) {
    const { list, counts } = firstWorkersQueries(search);
    if (list) rows.push(endpoints.workers(spaceId, list));
    rows.push(endpoints.poolsSummary(spaceId, counts));
  }

  // The user → permissions → rows chain first, each link's next request before anything else: over HTTP/1.1
  // a browser sends about six requests at a time per server, the start-up's scripts hold most of those
  // connections, and a request asked later waits behind the earlier ones.
  const chain = ask(endpoints.me(), true)
    .then((answer) => {
      const user = answer as { Id?: string; Links?: { Spaces?: string } } | undefined;
      if (!user?.Id) return undefined;
      const permissions = spaceId ? ask(endpoints.permissions(user.Id, spaceId), true) : undefined;
      ask(endpoints.userSpaces({ Id: user.Id, Links: user.Links }));
      return permissions;
    })
    .then((permissions) => {
      // Workers' rows only for someone who may see them: for anyone else the server would refuse (403), a
      // refusal in the browser's console for a request the page itself never makes.
      if (!spaceId || !permissions || !canViewWorkers(permissions as UserPermissionSet, spaceId)) return;
      for (const endpoint of rows) ask(endpoint);
    });
  if (spaceId && infrastructure) {
    ask(endpoints.poolsSummary(spaceId));
    ask(endpoints.workerPools(spaceId));
    ask(endpoints.features());
  }
  // The header: which server this is (not asked in the demo), or the fake's scenario menu.
  if (config.mockMode !== 'browser') ask(endpoints.root());
  if (config.mockMode !== 'off') ask(endpoints.demoScenario());
  // The page's own requests for what the chain may still ask (the user's, the rows) wait for it (client.ts), so
  // those are always asked here, hanging off the permissions' answer rather than off the app's code.
  const users = apiUrl('/users/');
  const planned = new Set(rows.map(urlOf));
  followStartupChain(chain, (url) => url.startsWith(users) || planned.has(url));
  chain.catch(() => undefined); // the page asks again, and explains a failure where it shows
}

// Data-mode router (so pages can use useBlocker for unsaved changes), under Vite's base path.
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { routes } from './routes';

/**
 * The address's own lazy routes, resolved into plain ones before the router starts (React Router's advice
 * for lazy routes at start-up). With a lazy route matched, the router starts uninitialised: its first render
 * was the "Loading Infrastructure Portal" fallback and the page came in a second, whole render. main.tsx has
 * the first page's code loaded by now, so this takes a microtask, and the first render is the page.
 */
export async function resolveFirstRoutes(
  routeList: RouteObject[],
  location: { pathname: string },
  basename?: string,
): Promise<void> {
  const matches = matchRoutes(routeList, location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const resolved = await route.lazy();
      Object.assign(route, { ...resolved, lazy: undefined });
    }),
  );
}

export async function createAppRouter() {
  const basename = import.meta.env.BASE_URL;
  // A page whose code fails to load stays lazy: the router meets the failure and shows it.
  await resolveFirstRoutes(routes, window.location, basename).catch(() => undefined);
  return createBrowserRouter(routes, { basename });
}

// SPEC §3 routes. Only routes whose page works are registered; later issues add Workers, Worker Pools,
// Deployment Targets and Projects here.
import { Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { config } from '../config';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    // Shown while the first page's code loads (pages are lazy), instead of an empty screen.
    hydrateFallbackElement: <LoadingState label="Loading Infrastructure Portal" />,
    // Only when the shell itself fails; page errors are caught below, inside the shell.
    errorElement: <RouteError fullPage />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          // SPEC says `/` opens Workers: the Workers issue changes this target to `.../infrastructure/workers`.
          { index: true, element: <Navigate to={`/${config.defaultSpaceId}/infrastructure`} replace /> },
          // Pages load on first visit, so opening the portal does not fetch every page's code (and the
          // form library) up front.
          {
            path: ':spaceId/infrastructure',
            lazy: () =>
              import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
          },
          // ROUTES: worker-pools (issue 3) — insert above this line, do not reorder others.
          // ROUTES: workers (issue 4) — insert above this line, do not reorder others.
          // ROUTES: targets, projects, step editor (issue 5) — insert above this line, do not reorder others.
          {
            path: 'configuration/features',
            lazy: () =>
              import('../features/features-config/features-page').then((m) => ({
                Component: m.FeaturesPage,
              })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

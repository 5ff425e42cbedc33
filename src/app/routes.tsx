// SPEC §3 routes. Only routes whose page works are registered; each page is loaded lazily.
import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { routePatterns } from '../paths';
import { HomeRedirect } from './home-redirect';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { pageLoaders } from './page-loaders';
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
          // SPEC §3: `/` opens Workers, the page operators live on, in the user's default space.
          { index: true, element: <HomeRedirect /> },
          // Pages load on first visit, so opening the portal does not fetch every page's code (and the
          // form library) up front.
          {
            path: routePatterns.overview,
            lazy: () => pageLoaders.overview().then((m) => ({ Component: m.OverviewPage })),
          },
          {
            path: routePatterns.workerPools,
            lazy: () => pageLoaders.workerPools().then((m) => ({ Component: m.WorkerPoolsPage })),
          },
          {
            path: routePatterns.workerPool,
            lazy: () => pageLoaders.workerPool().then((m) => ({ Component: m.WorkerPoolPage })),
          },
          // `workers/new` is listed before `workers/:workerId/settings` so "new" is never taken for an id.
          {
            path: routePatterns.workers,
            lazy: () => pageLoaders.workers().then((m) => ({ Component: m.WorkersPage })),
          },
          {
            path: routePatterns.addWorker,
            lazy: () => pageLoaders.addWorker().then((m) => ({ Component: m.AddWorkerPage })),
          },
          {
            path: routePatterns.worker,
            lazy: () => pageLoaders.worker().then((m) => ({ Component: m.WorkerPage })),
          },
          {
            path: routePatterns.targets,
            lazy: () => pageLoaders.targets().then((m) => ({ Component: m.TargetsPage })),
          },
          {
            path: routePatterns.target,
            lazy: () => pageLoaders.target().then((m) => ({ Component: m.TargetSettingsPage })),
          },
          {
            path: routePatterns.projects,
            lazy: () => pageLoaders.projects().then((m) => ({ Component: m.ProjectsPage })),
          },
          {
            path: routePatterns.process,
            lazy: () => pageLoaders.process().then((m) => ({ Component: m.ProcessPage })),
          },
          {
            path: routePatterns.step,
            lazy: () => pageLoaders.step().then((m) => ({ Component: m.StepEditorPage })),
          },
          {
            path: routePatterns.childStep,
            lazy: () => pageLoaders.childStep().then((m) => ({ Component: m.StepEditorPage })),
          },
          {
            path: routePatterns.features,
            lazy: () => pageLoaders.features().then((m) => ({ Component: m.FeaturesPage })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

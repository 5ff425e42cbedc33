// SPEC §3 routes. Only routes whose page works are registered; each page is loaded lazily.
import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { routePatterns } from '../paths';
import { HomeRedirect } from './home-redirect';
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
          // SPEC §3: `/` opens Workers, the page operators live on, in the user's default space.
          { index: true, element: <HomeRedirect /> },
          // Pages load on first visit, so opening the portal does not fetch every page's code (and the
          // form library) up front.
          {
            path: routePatterns.overview,
            lazy: () =>
              import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
          },
          {
            path: routePatterns.workerPools,
            lazy: () =>
              import('../features/worker-pools/worker-pools-page').then((m) => ({ Component: m.WorkerPoolsPage })),
          },
          {
            path: routePatterns.workerPool,
            lazy: () =>
              import('../features/worker-pools/worker-pool-page').then((m) => ({ Component: m.WorkerPoolPage })),
          },
          // `workers/new` is listed before `workers/:workerId/settings` so "new" is never taken for an id.
          {
            path: routePatterns.workers,
            lazy: () => import('../features/workers/inventory/workers-page').then((m) => ({ Component: m.WorkersPage })),
          },
          {
            path: routePatterns.addWorker,
            lazy: () => import('../features/workers/add/add-worker-page').then((m) => ({ Component: m.AddWorkerPage })),
          },
          {
            path: routePatterns.worker,
            lazy: () => import('../features/workers/worker/worker-page').then((m) => ({ Component: m.WorkerPage })),
          },
          {
            path: routePatterns.targets,
            lazy: () =>
              import('../features/targets/targets-page').then((m) => ({ Component: m.TargetsPage })),
          },
          {
            path: routePatterns.target,
            lazy: () =>
              import('../features/targets/target-settings-page').then((m) => ({ Component: m.TargetSettingsPage })),
          },
          {
            path: routePatterns.projects,
            lazy: () => import('../features/projects/projects-page').then((m) => ({ Component: m.ProjectsPage })),
          },
          {
            path: routePatterns.process,
            lazy: () =>
              import('../features/projects/process/process-page').then((m) => ({ Component: m.ProcessPage })),
          },
          {
            path: routePatterns.step,
            lazy: () =>
              import('../features/projects/step-editor/step-editor-page').then((m) => ({
                Component: m.StepEditorPage,
              })),
          },
          {
            path: routePatterns.childStep,
            lazy: () =>
              import('../features/projects/step-editor/step-editor-page').then((m) => ({
                Component: m.StepEditorPage,
              })),
          },
          {
            path: routePatterns.features,
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

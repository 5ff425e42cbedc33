// Each page's code, as one import() per route pattern: routes.tsx loads a page through these, and main.tsx
// starts loading the first page's code (and, through Vite's preload, every chunk it imports) at the same
// moment as the app's own code, instead of after it has arrived and run.
import { routePatterns } from '../paths';

type Pattern = keyof typeof routePatterns;

export const pageLoaders = {
  overview: () => import('../features/overview/overview-page'),
  workerPools: () => import('../features/worker-pools/worker-pools-page'),
  workerPool: () => import('../features/worker-pools/worker-pool-page'),
  workers: () => import('../features/workers/inventory/workers-page'),
  addWorker: () => import('../features/workers/add/add-worker-page'),
  worker: () => import('../features/workers/worker/worker-page'),
  targets: () => import('../features/targets/targets-page'),
  target: () => import('../features/targets/target-settings-page'),
  projects: () => import('../features/projects/projects-page'),
  process: () => import('../features/projects/process/process-page'),
  step: () => import('../features/projects/step-editor/step-editor-page'),
  childStep: () => import('../features/projects/step-editor/step-editor-page'),
  features: () => import('../features/features-config/features-page'),
} satisfies Record<Pattern, () => Promise<unknown>>;

/** `/:spaceId/infrastructure/workers/:workerId/settings` → a RegExp of the whole path (params are one segment). */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${source}/?$`);
}

/** The page whose route `pathname` (relative to the app's base) matches, if any. `new` is never an id. */
export function pageAt(pathname: string): Pattern | undefined {
  const found = (Object.keys(routePatterns) as Pattern[]).filter((p) => patternRegExp(routePatterns[p]).test(pathname));
  return found.includes('addWorker') ? 'addWorker' : found[0];
}

/**
 * Starts loading the code of the page at `pathname` (the address bar's, base included). Resolves when it is
 * there, or failed (the router then meets the failure and shows it), so start-up can wait for it.
 */
export function preloadPage(pathname: string, base: string = import.meta.env.BASE_URL): Promise<void> {
  const page = pageAt(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname);
  return page ? pageLoaders[page]().then(() => undefined, () => undefined) : Promise.resolve();
}

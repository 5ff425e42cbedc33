// SPEC §3's routes in one place: the patterns the router matches and one function per route building its
// URL. The space id comes from the address bar, so it is checked rather than trusted: `/%2Fevil.example/…`
// would otherwise make every space-relative link `//evil.example/…`, another site. Ids are encoded, so an
// id can never add a path segment, a query or a fragment.
// It sits at src/ beside config.ts: the app shell and every feature build links, and features may not
// import the shell.

const SPACE_ID = /^Spaces-\d+$/;

/** True for an Octopus space id (`Spaces-1`); anything else must not reach a link. */
export function isSpaceId(value: unknown): value is string {
  return typeof value === 'string' && SPACE_ID.test(value);
}

export class InvalidPathError extends Error {
  override name = 'InvalidPathError';
}

function space(spaceId: string): string {
  if (!isSpaceId(spaceId)) throw new InvalidPathError(`Not a space id: ${JSON.stringify(spaceId)}`);
  return `/${spaceId}`;
}

/** One path segment. `.` and `..` would climb out of the route once the browser resolved them. */
function segment(id: string): string {
  if (id === '' || id === '.' || id === '..') throw new InvalidPathError(`Not an id: ${JSON.stringify(id)}`);
  return encodeURIComponent(id);
}

/** Router patterns (absolute, under the root route). */
export const routePatterns = {
  overview: '/:spaceId/infrastructure',
  workers: '/:spaceId/infrastructure/workers',
  addWorker: '/:spaceId/infrastructure/workers/new',
  worker: '/:spaceId/infrastructure/workers/:workerId/settings',
  workerPools: '/:spaceId/infrastructure/workerpools',
  workerPool: '/:spaceId/infrastructure/workerpools/:workerPoolId',
  targets: '/:spaceId/infrastructure/machines',
  target: '/:spaceId/infrastructure/machines/:machineId/settings',
  projects: '/:spaceId/projects',
  process: '/:spaceId/projects/:projectId/deployments/process',
  step: '/:spaceId/projects/:projectId/deployments/process/steps/:stepId',
  childStep: '/:spaceId/projects/:projectId/deployments/process/steps/:stepId/actions/:actionId',
  features: '/configuration/features',
} as const;

const infrastructure = (spaceId: string) => `${space(spaceId)}/infrastructure`;
const processPath = (spaceId: string, projectId: string) => `${space(spaceId)}/projects/${segment(projectId)}/deployments/process`;

/** In-app URLs, relative to the router's basename. Each throws on an id it cannot place safely. */
export const paths = {
  home: () => '/',
  overview: (spaceId: string) => infrastructure(spaceId),
  workers: (spaceId: string) => `${infrastructure(spaceId)}/workers`,
  /** With `pool`, the new worker's pools start as that pool (Add Worker on a pool's page). */
  addWorker: (spaceId: string, pool?: string) => `${infrastructure(spaceId)}/workers/new${pool ? `?pool=${encodeURIComponent(pool)}` : ''}`,
  worker: (spaceId: string, workerId: string) => `${infrastructure(spaceId)}/workers/${segment(workerId)}/settings`,
  workerPools: (spaceId: string) => `${infrastructure(spaceId)}/workerpools`,
  workerPool: (spaceId: string, workerPoolId: string) => `${infrastructure(spaceId)}/workerpools/${segment(workerPoolId)}`,
  targets: (spaceId: string) => `${infrastructure(spaceId)}/machines`,
  target: (spaceId: string, machineId: string) => `${infrastructure(spaceId)}/machines/${segment(machineId)}/settings`,
  projects: (spaceId: string) => `${space(spaceId)}/projects`,
  process: processPath,
  step: (spaceId: string, projectId: string, stepId: string) => `${processPath(spaceId, projectId)}/steps/${segment(stepId)}`,
  /** One child step (action) of a step that has several. */
  childStep: (spaceId: string, projectId: string, stepId: string, actionId: string) =>
    `${processPath(spaceId, projectId)}/steps/${segment(stepId)}/actions/${segment(actionId)}`,
  /** The step editor adding a step of `actionType`. */
  newStep: (spaceId: string, projectId: string, actionType: string) =>
    `${processPath(spaceId, projectId)}/steps/new?${new URLSearchParams({ actionType })}`,
  features: () => routePatterns.features,
};

/**
 * Where the same page is in another space: the same list (Workers, Worker Pools, Deployment Targets, Projects,
 * Overview). A page of one worker, pool, target or project goes to its list, since ids belong to one space.
 * Anything else (the features page, an unknown address) goes to the other space's Workers.
 */
export function pathInSpace(pathname: string, spaceId: string): string {
  const section = /^\/Spaces-\d+\/(infrastructure(?:\/(?:workers|workerpools|machines))?|projects)(?:\/|$)/.exec(pathname)?.[1];
  switch (section) {
    case 'infrastructure': return /^\/Spaces-\d+\/infrastructure\/?$/.test(pathname) ? paths.overview(spaceId) : paths.workers(spaceId);
    case 'infrastructure/workers': return paths.workers(spaceId);
    case 'infrastructure/workerpools': return paths.workerPools(spaceId);
    case 'infrastructure/machines': return paths.targets(spaceId);
    case 'projects': return paths.projects(spaceId);
    default: return paths.workers(spaceId);
  }
}

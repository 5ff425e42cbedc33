// Every handler of the fake Octopus, in matching order: specific paths before `/:id` patterns, global
// routes before space-scoped ones, and last a 404 in Octopus's words for any other /api request, so the
// three hosts answer unknown URLs the same way (a real server never falls through to the SPA).
import { http } from 'msw';
import { notFound, route } from '../http';
import { allowedMethods, methodNotAllowed } from '../method-not-allowed';
import { accountHandlers } from './accounts';
import { certificateHandlers } from './certificates';
import { deploymentProcessHandlers } from './deployment-processes';
import { environmentHandlers } from './environments';
import { featureHandlers } from './features';
import { machinePolicyHandlers } from './machine-policies';
import { machineHandlers } from './machines';
import { mockControlHandlers } from './mock-control';
import { projectHandlers } from './projects';
import { rootHandlers } from './root';
import { spaceHandlers } from './spaces';
import { taskHandlers } from './tasks';
import { userHandlers } from './users';
import { workerPoolSummaryHandlers } from './worker-pool-summary';
import { workerPoolHandlers } from './worker-pools';
import { workerHandlers } from './workers';

/** Only paths that start with /api/ (never e.g. Vite's /src/api/client.ts module requests). */
const ANY_API_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/api\//i;

const served = [
  ...mockControlHandlers,
  ...userHandlers,
  ...spaceHandlers,
  ...featureHandlers,
  ...certificateHandlers,
  ...taskHandlers,
  ...workerHandlers,
  ...workerPoolSummaryHandlers,
  ...workerPoolHandlers,
  ...machinePolicyHandlers,
  ...machineHandlers,
  ...environmentHandlers,
  ...accountHandlers,
  ...projectHandlers,
  ...deploymentProcessHandlers,
  ...rootHandlers,
];

export const handlers = [
  ...served,
  http.all(ANY_API_PATH, route((ctx) => {
    const allowed = allowedMethods(served, ctx.url);
    if (allowed.length && !allowed.includes(ctx.request.method.toUpperCase())) return methodNotAllowed(ctx.request.method, allowed);
    throw notFound(ctx.url.pathname);
  })),
];

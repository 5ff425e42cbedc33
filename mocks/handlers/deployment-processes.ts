// Deployment processes (octopus-api.md §1.7, §2.8): GET/PUT by project (2024.3) and by id (legacy).
// `Version` is optimistic concurrency: a save based on an older Version is refused, and each save bumps it.
import { extend, partial } from 'zod/mini';
import { http } from 'msw';
import { z } from 'zod';
import { DeploymentProcess, DeploymentStep, type DeploymentAction } from '../../src/api/schemas-projects';
import { poolChoiceProblem } from '../../src/domain/execution-location';
import { processField, validateStepNames } from '../../src/domain/step-names';
import type { FieldError } from '../../src/domain/validation';
import { badRequest, getOr404, json, notFound, readBody, requirePermission, spaceRoute, type Ctx } from '../http';
import { linksProcessById, presentProcess } from '../links';
import { processStructureErrors } from '../process-checks';
import { kebab } from '../worker-model';

/** SW20's documented answer. Newer servers may answer 409 instead; we pick SW20's 400 (clients handle both). */
export const PROCESS_CONFLICT =
  'Changes to this deployment process could not be saved, because another user has made changes to the deployment process between when you started editing and when you saved your changes. Please reload the page and try again.';

const ProcessCommand = extend(partial(DeploymentProcess), { Version: z.number().int(), Steps: z.array(DeploymentStep) });
type ProcessCommand = z.infer<typeof ProcessCommand>;

// Problems that concern one property carry its place in the body (`Details`), so a client can put them on
// the field that holds it.
function validate(ctx: Ctx, command: ProcessCommand, stored: DeploymentProcess): FieldError[] {
  const errors: FieldError[] = [];
  const storedPools = new Map(stored.Steps.flatMap((s) => s.Actions).map((a) => [a.Id, a.WorkerPoolId ?? null]));
  command.Steps.forEach((step, i) => {
    const name = step.Name.trim();
    step.Actions.forEach((action, j) => {
      const field = (property: string) => processField.action(i, j, property);
      if (!action.Name.trim()) errors.push({ field: field('Name'), message: `Every action in step "${name || i + 1}" needs a name.` });
      const poolProblem = poolChoiceProblem(action); // Iss#9440: never both a pool id and a pool variable
      if (poolProblem) errors.push({ field: field('WorkerPoolVariable'), message: poolProblem });
      // A pool deleted since the step was saved stays (see worker-pools.ts); a newly chosen one must exist.
      const pool = action.WorkerPoolId;
      if (pool && storedPools.get(action.Id) !== pool && !ctx.store.get('workerPools', pool))
        errors.push({ field: field('WorkerPoolId'), message: `The worker pool '${pool}' chosen for step "${name}" does not exist.` });
    });
  });
  return [...errors, ...validateStepNames(command.Steps.map((s) => s.Name))];
}

/** Ids and slugs the server assigns to new steps and actions. */
function withIds<T extends { Id: string; Name: string; Slug?: string | null | undefined }>(item: T): T {
  return { ...item, Id: item.Id || crypto.randomUUID(), Slug: item.Slug || kebab(item.Name) };
}

function save(ctx: Ctx, stored: DeploymentProcess, command: ProcessCommand): DeploymentProcess {
  if (command.Version !== stored.Version) throw badRequest([PROCESS_CONFLICT], PROCESS_CONFLICT);
  const errors = [...validate(ctx, command, stored), ...processStructureErrors(ctx, command.Steps, stored)];
  if (errors.length) throw badRequest(errors);
  const steps = command.Steps.map((s) => withIds({ ...s, Actions: s.Actions.map((a: DeploymentAction) => withIds(a)) }));
  return ctx.store.put('deploymentProcesses', { ...stored, Steps: steps, Version: stored.Version + 1 });
}

function projectOf(ctx: Ctx) {
  const key = (ctx.params.projectId ?? '').toLowerCase();
  return getOr404(ctx.db.projects.find((p) => p.Id.toLowerCase() === key || (p.Slug ?? '').toLowerCase() === key), ctx.params.projectId ?? '');
}

// Wording UNVERIFIED: what Octopus says when a version-controlled project's process is asked for without a branch.
const IN_GIT = 'This project is version controlled: its deployment process is read and saved on a Git branch.';

function byProject(ctx: Ctx): DeploymentProcess {
  // A 2020.x server has no project-scoped process route.
  if (linksProcessById(ctx.db.serverVersion)) throw notFound(ctx.url.pathname);
  const project = projectOf(ctx);
  if (project.IsVersionControlled) throw badRequest([IN_GIT], IN_GIT);
  return getOr404(ctx.store.get('deploymentProcesses', project.DeploymentProcessId), project.DeploymentProcessId);
}

/** The branch a version-controlled project's process lives on. */
function defaultBranchOf(project: { PersistenceSettings?: unknown }): string {
  return String((project.PersistenceSettings as { DefaultBranch?: string } | null | undefined)?.DefaultBranch ?? 'main');
}

/** A version-controlled project's process on a branch: its default branch, by name or as refs/heads/NAME. */
function onBranch(ctx: Ctx): DeploymentProcess {
  const project = projectOf(ctx);
  if (!project.IsVersionControlled) throw notFound(ctx.url.pathname);
  const branch = defaultBranchOf(project);
  const ref = decodeURIComponent(ctx.params.gitRef ?? '');
  if (ref !== branch && ref !== `refs/heads/${branch}`) throw notFound(ref);
  return getOr404(ctx.store.get('deploymentProcesses', project.DeploymentProcessId), project.DeploymentProcessId);
}

// Wording UNVERIFIED: Octopus refuses a commit without a message.
const NEEDS_MESSAGE = 'Please provide a commit message (ChangeDescription) for this change.';

const byId = (ctx: Ctx) => getOr404(ctx.store.get('deploymentProcesses', ctx.params.id ?? ''), ctx.params.id ?? '');

/** As Octopus presents it: linked by id on 2020.x, on its branch when it lives in Git. */
function present(ctx: Ctx, d: DeploymentProcess): DeploymentProcess {
  const shown = presentProcess(d, linksProcessById(ctx.db.serverVersion));
  const project = ctx.db.projects.find((p) => p.Id === d.ProjectId);
  if (!project?.IsVersionControlled) return shown;
  const branch = defaultBranchOf(project);
  return { ...shown, Links: { ...shown.Links, Self: `/api/${d.SpaceId}/projects/${d.ProjectId}/${encodeURIComponent(branch)}/deploymentprocesses` } };
}

const get = (find: (ctx: Ctx) => DeploymentProcess) => spaceRoute((ctx) => {
  requirePermission(ctx, 'ProcessView');
  return json(present(ctx, find(ctx)));
});

const put = (find: (ctx: Ctx) => DeploymentProcess, commit = false) => spaceRoute(async (ctx) => {
  requirePermission(ctx, 'ProcessEdit');
  // The body first: the Version is checked against the process as it is when the body has arrived.
  const command = await readBody(ctx.request, commit ? extend(ProcessCommand, { ChangeDescription: z.string().nullish() }) : ProcessCommand);
  if (commit && !String((command as { ChangeDescription?: string | null }).ChangeDescription ?? '').trim()) throw badRequest([NEEDS_MESSAGE], NEEDS_MESSAGE);
  return json(present(ctx, save(ctx, find(ctx), command)));
});

export const deploymentProcessHandlers = [
  // Config as Code (2021.2+): a version-controlled project's process on a branch; a save is a commit.
  http.get('*/api/:spaceId/projects/:projectId/:gitRef/deploymentprocesses', get(onBranch)),
  http.put('*/api/:spaceId/projects/:projectId/:gitRef/deploymentprocesses', put(onBranch, true)),
  http.get('*/api/:spaceId/projects/:projectId/deploymentprocesses', get(byProject)),
  http.put('*/api/:spaceId/projects/:projectId/deploymentprocesses', put(byProject)),
  // Legacy by-id routes (PUT is deprecated in REF26 but still served).
  http.get('*/api/:spaceId/deploymentprocesses/:id', get(byId)),
  http.put('*/api/:spaceId/deploymentprocesses/:id', put(byId)),
];

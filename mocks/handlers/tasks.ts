// Server tasks (octopus-api.md §1.10): POST queues a health check (or a Calamari/Tentacle upgrade) and GET
// follows it; mocks/tasks-engine.ts moves it along by the clock and applies its results once. Served both
// space-scoped and at /api/tasks, as the root's `Tasks` link promises.
import { extend } from 'zod/mini';
import { http } from 'msw';
import { z } from 'zod';
import { HealthCheckTaskCommand, type ServerTask } from '../../src/api/schemas';
import { canViewWorkers } from '../../src/domain/permissions';
import { namedFilter } from '../filters';
import { badRequest, json, notFound, readBody, requirePermission, requireWorkerView, route, spaceRoute, type Ctx } from '../http';
import { presentTask } from '../links';
import { paged } from '../paging';
import { newTask, taskMachines, type TaskArguments } from '../tasks-engine';
import { checkTaskArguments } from '../task-arguments';

/** Upgrade tasks take the same arguments as a health check (OC BuiltInTasks.cs). */
const TaskCommand = extend(HealthCheckTaskCommand, { Name: z.enum(['Health', 'UpdateCalamari', 'Upgrade']) });
const DESCRIPTIONS = { Health: 'Check health', UpdateCalamari: 'Update Calamari', Upgrade: 'Upgrade Tentacle' } as const;

/** Octopus's task ids are server-wide: `/api/tasks/{id}` finds a task in any space, `/api/{space}/tasks/{id}` only in its own. */
function findTask(ctx: Ctx, anySpace: boolean): { task: ServerTask; ctx: Ctx } {
  const id = ctx.params.id ?? '';
  for (const store of anySpace ? ctx.store.allSpaces() : [ctx.store]) {
    const task = store.get('tasks', id);
    if (task) return { task, ctx: { ...ctx, store, db: store.db, spaceId: store.db.space.Id } };
  }
  throw notFound(id);
}

function showTask(ctx: Ctx, anySpace: boolean): Response {
  const found = findTask(ctx, anySpace);
  return json(redacted(found.ctx)(found.task));
}

/** R4: a user who may not view workers sees a task, but not which workers it touched. */
function redacted(ctx: Ctx): (task: ServerTask) => ServerTask {
  if (canViewWorkers(ctx.db.permissions, ctx.spaceId)) return presentTask;
  const workerIds = new Set(ctx.db.workers.map((w) => w.Id.toLowerCase()));
  return (task) => {
    const args = task.Arguments as TaskArguments;
    const machineIds = args.MachineIds?.filter((id) => !workerIds.has(id.toLowerCase()));
    return presentTask(args.MachineIds ? { ...task, Arguments: { ...task.Arguments, MachineIds: machineIds } } : task);
  };
}

async function create(ctx: Ctx): Promise<Response> {
  requirePermission(ctx, 'TaskCreate');
  const command = await readBody(ctx.request, TaskCommand);
  const args = { Timeout: '00:05:00', MachineTimeout: '00:01:00', ...command.Arguments };
  // Checking workers is seeing them (R4): the task's log names each one. Asked before the arguments are
  // checked, so an error message never tells a user without WorkerView which worker ids exist.
  const mayViewWorkers = canViewWorkers(ctx.db.permissions, ctx.spaceId);
  if (args.RestrictedTo !== 'DeploymentTargets' && (args.WorkerpoolId || (args.MachineIds ?? []).some((id) => ctx.store.get('workers', id))))
    requireWorkerView(ctx);
  const errors = checkTaskArguments(ctx, args, mayViewWorkers);
  if (errors.length) throw badRequest(errors);
  const { workers, machines } = taskMachines(ctx.db, args);
  if (workers.length || args.RestrictedTo === 'Workers') requireWorkerView(ctx);
  if (machines.length || args.RestrictedTo === 'DeploymentTargets') requirePermission(ctx, 'MachineView');
  const task = newTask(ctx.store, ctx.spaceId, command.Name, command.Description ?? DESCRIPTIONS[command.Name], args);
  return json(presentTask(ctx.store.put('tasks', task)), 201);
}

/** A space's tasks; at `/api/tasks`, every space's (or those `spaces` names), each redacted by its own space's rights. */
function list(ctx: Ctx, template: string, anySpace: boolean): Response {
  const states = new Set(ctx.query.list('states').map((s) => s.toLowerCase()));
  const named = namedFilter(ctx.query);
  const only = new Set(ctx.query.list('spaces').map((s) => s.toLowerCase()));
  const stores = anySpace ? ctx.store.allSpaces().filter((s) => !only.size || only.has(s.db.space.Id.toLowerCase())) : [ctx.store];
  const tasks = stores.flatMap((store) => {
    const present = redacted({ ...ctx, store, db: store.db, spaceId: store.db.space.Id });
    return store.db.tasks.filter((t) => named(t) && (!states.size || states.has(t.State.toLowerCase()))).map((t) => ({ t, present }));
  });
  tasks.sort((a, b) => taskNumber(b.t) - taskNumber(a.t));
  const byTask = new Map(tasks.map(({ t, present }) => [t, present]));
  return json(paged(ctx, tasks.map(({ t }) => t), { itemType: 'Task', defaultTake: 30, template, present: (t) => (byTask.get(t) as (task: ServerTask) => ServerTask)(t) }));
}

/** Newest first, as Octopus lists tasks: ids are handed out in order. */
const taskNumber = (t: ServerTask) => Number(/(\d+)$/.exec(t.Id)?.[1] ?? 0);

// Task reads are not guarded: whoever may start a task may follow it (TaskView is not part of R4).
export const taskHandlers = [
  http.post('*/api/tasks', route(create)),
  http.get('*/api/tasks', route((ctx) => list(ctx, '/api/tasks{?skip,take,ids,states,name,partialName,spaces}', true))),
  http.get('*/api/tasks/:id', route((ctx) => showTask(ctx, true))),
  http.post('*/api/:spaceId/tasks', spaceRoute(create)),
  http.get('*/api/:spaceId/tasks', spaceRoute((ctx) => list(ctx, `/api/${ctx.spaceId}/tasks{?skip,take,ids,states,name,partialName}`, false))),
  http.get('*/api/:spaceId/tasks/:id', spaceRoute((ctx) => showTask(ctx, false))),
];

// Server tasks (octopus-api.md §1.10): POST queues a health check (or a Calamari/Tentacle upgrade) and GET
// follows it; mocks/tasks-engine.ts moves it along by the clock and applies its results once.
import { http } from 'msw';
import { z } from 'zod';
import { HealthCheckTaskCommand } from '../../src/api/schemas';
import { namedFilter } from '../filters';
import { badRequest, getOr404, json, readBody, requirePermission, requireWorkerView, route, spaceRoute, type Ctx } from '../http';
import { presentTask } from '../links';
import { paged } from '../paging';
import { newTask, taskMachines, type TaskArguments } from '../tasks-engine';

/** Upgrade tasks take the same arguments as a health check (OC BuiltInTasks.cs). */
const TaskCommand = HealthCheckTaskCommand.extend({ Name: z.enum(['Health', 'UpdateCalamari', 'Upgrade']) });
const DESCRIPTIONS = { Health: 'Check health', UpdateCalamari: 'Update Calamari', Upgrade: 'Upgrade Tentacle' } as const;

function checkArguments(ctx: Ctx, args: TaskArguments): void {
  const errors: string[] = [];
  if (args.WorkerpoolId && !ctx.store.get('workerPools', args.WorkerpoolId)) errors.push(`Unknown worker pool: ${args.WorkerpoolId}.`);
  if (args.EnvironmentId && !ctx.store.get('environments', args.EnvironmentId)) errors.push(`Unknown environment: ${args.EnvironmentId}.`);
  const missing = (args.MachineIds ?? []).filter((id) => !ctx.store.get('workers', id) && !ctx.store.get('machines', id));
  if (missing.length) errors.push(`These machines could not be found: ${missing.join(', ')}.`);
  if (errors.length) throw badRequest(errors);
}

const findTask = (ctx: Ctx) => getOr404(ctx.store.get('tasks', ctx.params.id ?? ''), ctx.params.id ?? '');

export const taskHandlers = [
  http.post('*/api/:spaceId/tasks', spaceRoute(async (ctx) => {
    requirePermission(ctx, 'TaskCreate');
    const command = await readBody(ctx.request, TaskCommand);
    const args = { Timeout: '00:05:00', MachineTimeout: '00:01:00', ...command.Arguments };
    checkArguments(ctx, args);
    // Checking workers is seeing them (R4): the task's log names each one.
    const { workers, machines } = taskMachines(ctx.db, args);
    if (workers.length || args.RestrictedTo === 'Workers') requireWorkerView(ctx);
    if (machines.length || args.RestrictedTo === 'DeploymentTargets') requirePermission(ctx, 'MachineView');
    const task = newTask(ctx.store, ctx.spaceId, command.Name, command.Description ?? DESCRIPTIONS[command.Name], args);
    return json(presentTask(ctx.store.put('tasks', task)), 201);
  })),

  // Task reads are not guarded: whoever may start a task may follow it (TaskView is not part of R4).
  http.get('*/api/:spaceId/tasks', spaceRoute((ctx) => {
    const states = new Set(ctx.query.list('states').map((s) => s.toLowerCase()));
    const named = namedFilter(ctx.query);
    const tasks = ctx.db.tasks.filter((t) => named(t) && (!states.size || states.has(t.State.toLowerCase()))).reverse();
    return json(paged(ctx, tasks, { itemType: 'Task', defaultTake: 30, template: `/api/${ctx.spaceId}/tasks{?skip,take,ids,states,name,partialName}`, present: presentTask }));
  })),

  http.get('*/api/:spaceId/tasks/:id', spaceRoute((ctx) => json(presentTask(findTask(ctx))))),
  http.get('*/api/tasks/:id', route((ctx) => json(presentTask(findTask(ctx))))),
];

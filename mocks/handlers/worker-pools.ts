// /api/{spaceId}/workerpools (octopus-api.md §1.4). R2: exactly one default pool, swapped in the same
// operation, never deleted or unset. R3: pools are global to the space. R4: every user may see pools;
// only WorkerEdit may change them. The summary and a pool's workers live in worker-pool-summary.ts.
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { WorkerPoolCommand, type WorkerPool } from '../../src/api/schemas';
import { applySortOrder, canDeletePool, canUnsetDefault, sortPools, swapDefaultPool } from '../../src/domain/worker-pools';
import { validateWorkerPool } from '../../src/domain/validation';
import { namedFilter } from '../filters';
import { badRequest, getOr404, json, readBody, requireWorkerEdit, spaceRoute, type Ctx } from '../http';
import { listTemplate, presentPool } from '../links';
import { paged } from '../paging';
import { kebab, uniqueSlug } from '../worker-model';

const base = '*/api/:spaceId/workerpools';
/** Octopus's C# client sends `"Id": null` for a new pool. */
const Command = WorkerPoolCommand;

/** Dynamic pools need Octopus's Dynamic Worker service; a server without it (self-hosted) offers static pools only. */
const supportedTypes = (ctx: Ctx) =>
  ctx.db.dynamicWorkerTypes?.length ? ['StaticWorkerPool', 'DynamicWorkerPool'] : ['StaticWorkerPool'];

const findPool = (ctx: Ctx): WorkerPool => getOr404(ctx.store.get('workerPools', ctx.params.id ?? ''), ctx.params.id ?? '');

async function readValidCommand(ctx: Ctx, id: string | undefined): Promise<WorkerPoolCommand> {
  const command = await readBody(ctx.request, Command);
  if (id && command.Id && command.Id.toLowerCase() !== id.toLowerCase())
    throw badRequest([`The Id in the body (${command.Id}) does not match the worker pool in the URL (${id}).`]);
  const errors = validateWorkerPool({ Name: command.Name, Id: id }, ctx.db.workerPools);
  if (errors.length) throw badRequest(errors);
  return { ...command, Id: id, SpaceId: ctx.spaceId };
}

/** Saves `pool`; when it claims the default, the old default loses the flag in the same operation (R2). */
function save(ctx: Ctx, pool: WorkerPool): WorkerPool {
  if (!pool.IsDefault || ctx.db.workerPools.some((p) => p.Id === pool.Id && p.IsDefault)) return ctx.store.put('workerPools', pool);
  const others = ctx.db.workerPools.filter((p) => p.Id !== pool.Id);
  const swapped = swapDefaultPool([...others, pool], pool.Id);
  ctx.store.putMany('workerPools', swapped.filter((p) => p.Id === pool.Id || others.find((o) => o.Id === p.Id)?.IsDefault));
  return swapped.find((p) => p.Id === pool.Id) as WorkerPool;
}

export const workerPoolHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => json(sortPools(ctx.db.workerPools.filter(namedFilter(ctx.query))).map(presentPool)))),

  http.get(`${base}/supportedtypes`, spaceRoute((ctx) => json({
    Id: null, SupportedPoolTypes: supportedTypes(ctx), Links: { Self: `/api/${ctx.spaceId}/workerpools/supportedtypes` },
  }))),

  // UNVERIFIED: without the Dynamic Worker service a real server may answer 500 ("Unable to connect to the
  // Dynamic Worker service"); the fake answers an empty list, so a self-hosted demo never shows a 5xx.
  http.get(`${base}/dynamicworkertypes`, spaceRoute((ctx) => json({
    Id: null, WorkerTypes: ctx.db.dynamicWorkerTypes ?? [], Links: { Self: `/api/${ctx.spaceId}/workerpools/dynamicworkertypes` },
  }))),

  http.put(`${base}/sortorder`, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const ids = await readBody(ctx.request, z.array(z.string()));
    const pools = ctx.db.workerPools;
    const byLower = new Map(pools.map((p) => [p.Id.toLowerCase(), p.Id]));
    const canonical = ids.map((id) => byLower.get(id.toLowerCase()));
    // REF26/SW20: the body lists ALL pool ids in the desired order; anything else is refused.
    if (canonical.includes(undefined) || new Set(canonical).size !== ids.length || ids.length !== pools.length)
      throw badRequest([`The sort order must list every worker pool exactly once (${pools.length} pools).`]);
    ctx.store.putMany('workerPools', applySortOrder(pools, canonical as string[]));
    return new HttpResponse(null, { status: 200 });
  })),

  http.get(base, spaceRoute((ctx) => json(paged(ctx, sortPools(ctx.db.workerPools.filter(namedFilter(ctx.query))), {
    itemType: 'WorkerPool', defaultTake: 10, template: listTemplate(ctx.spaceId, 'WorkerPools'), present: presentPool,
  })))),

  http.post(base, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const command = await readValidCommand(ctx, undefined);
    const type = command.WorkerPoolType ?? 'StaticWorkerPool';
    if (!supportedTypes(ctx).includes(type)) throw badRequest([{ field: 'WorkerPoolType', message: 'Dynamic worker pools are only available on Octopus Cloud.' }]);
    const name = command.Name.trim();
    const pool: WorkerPool = {
      Id: ctx.store.nextId('workerPools', 'WorkerPools'), SpaceId: ctx.spaceId, Name: name,
      Slug: uniqueSlug(command.Slug?.trim() || kebab(name), ctx.db.workerPools), Description: command.Description ?? '',
      IsDefault: command.IsDefault ?? false,
      // Appended last, whatever the body says (UNVERIFIED; clients that send SortOrder 0 would otherwise jump the queue).
      SortOrder: Math.max(-1, ...ctx.db.workerPools.map((p) => p.SortOrder)) + 1,
      WorkerPoolType: type, CanAddWorkers: type === 'StaticWorkerPool',
      WorkerType: type === 'DynamicWorkerPool' ? ((command as { WorkerType?: string }).WorkerType ?? null) : null,
      LastModifiedOn: new Date(ctx.store.now()).toISOString(), LastModifiedBy: ctx.db.user.Username, Links: {},
    };
    return json(presentPool(save(ctx, pool)), 201);
  })),

  http.get(`${base}/:id`, spaceRoute((ctx) => json(presentPool(findPool(ctx))))),

  http.put(`${base}/:id`, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const existing = findPool(ctx);
    const command = await readValidCommand(ctx, existing.Id);
    const isDefault = command.IsDefault ?? existing.IsDefault;
    const unset = canUnsetDefault(existing, isDefault);
    if (!unset.allowed) throw badRequest([{ field: 'IsDefault', message: unset.reason }]);
    const workerType = (command as { WorkerType?: string | null }).WorkerType;
    const pool: WorkerPool = {
      ...existing, Name: command.Name.trim(), Description: command.Description ?? existing.Description ?? '',
      Slug: uniqueSlug(command.Slug?.trim() || existing.Slug || kebab(command.Name), ctx.db.workerPools, existing.Id),
      IsDefault: isDefault, // SortOrder is not part of ModifyWorkerPoolCommand (REF26): it stays
      WorkerType: existing.WorkerPoolType === 'DynamicWorkerPool' ? (workerType ?? existing.WorkerType ?? null) : existing.WorkerType,
      LastModifiedOn: new Date(ctx.store.now()).toISOString(), LastModifiedBy: ctx.db.user.Username,
    };
    return json(presentPool(save(ctx, pool)));
  })),

  http.delete(`${base}/:id`, spaceRoute((ctx) => {
    requireWorkerEdit(ctx);
    const pool = findPool(ctx);
    const deletion = canDeletePool(pool);
    if (!deletion.allowed) throw badRequest([deletion.reason]);
    ctx.store.remove('workerPools', pool.Id);
    // UNVERIFIED (octopus-api.md §3.4): a worker whose only pool is deleted stays, with no pools, until someone
    // edits or deletes it. Steps and cloud targets that named the pool keep the dangling id, as Iss#8649/#9213
    // show real servers do; the portal warns before the delete (R5).
    const members = ctx.db.workers.filter((w) => w.WorkerPoolIds.includes(pool.Id));
    ctx.store.putMany('workers', members.map((w) => ({ ...w, WorkerPoolIds: w.WorkerPoolIds.filter((id) => id !== pool.Id) })));
    return new HttpResponse(null, { status: 200 });
  })),
];

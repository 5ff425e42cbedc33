// /api/{spaceId}/workerpools (octopus-api.md §1.4). R2: exactly one default pool, swapped in the same
// operation, never deleted or unset. R3: pools are global to the space. R4: every user may see pools;
// only WorkerEdit may change them. The summary and a pool's workers live in worker-pool-summary.ts.
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { WorkerPoolCommand, type WorkerPool } from '../../src/api/schemas';
import { applySortOrder, canDeletePool, canUnsetDefault, sortPools, swapDefaultPool } from '../../src/domain/worker-pools';
import { poolDeletionBlockedByWorkers, workersLeftWithoutPool } from '../../src/domain/pool-deletion';
import { validateSlug, validateWorkerPool, type FieldError } from '../../src/domain/validation';
import { sameId } from '../../src/domain/ids';
import { namedFilter, sortByName } from '../filters';
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

/** A dynamic pool names one of the server's dynamic worker types; a static pool has none. */
function workerTypeErrors(ctx: Ctx, type: string, workerType: string | null | undefined): FieldError[] {
  if (type === 'StaticWorkerPool')
    return workerType ? [{ field: 'WorkerType', message: 'Only a dynamic worker pool has a worker type.' }] : [];
  const known = (ctx.db.dynamicWorkerTypes ?? []).map((t) => t.Id);
  if (!workerType) return [{ field: 'WorkerType', message: `Please choose the worker type of this dynamic pool: ${known.join(', ')}.` }];
  return known.includes(workerType) ? [] : [{ field: 'WorkerType', message: `Unknown dynamic worker type "${workerType}". Choose one of ${known.join(', ')}.` }];
}

/** The body first, then the stored pool: a pool deleted while the body streamed in is a 404, not re-created. */
async function readValidCommand(ctx: Ctx, urlId: string | undefined): Promise<WorkerPoolCommand & { existing?: WorkerPool }> {
  const command = await readBody(ctx.request, Command);
  const existing = urlId === undefined ? undefined : findPool(ctx);
  const id = existing?.Id;
  if (id && command.Id && command.Id.toLowerCase() !== id.toLowerCase())
    throw badRequest([`The Id in the body (${command.Id}) does not match the worker pool in the URL (${id}).`]);
  const errors = validateWorkerPool({ Name: command.Name, Id: id }, ctx.db.workerPools);
  const slug = validateSlug(command.Slug);
  if (slug) errors.push({ field: 'Slug', message: slug });
  const type = existing?.WorkerPoolType ?? command.WorkerPoolType ?? 'StaticWorkerPool';
  if (existing && command.WorkerPoolType && command.WorkerPoolType !== existing.WorkerPoolType)
    errors.push({ field: 'WorkerPoolType', message: 'A worker pool keeps its type: create a new pool of the other type instead.' });
  else if (!supportedTypes(ctx).includes(type))
    errors.push({ field: 'WorkerPoolType', message: 'Dynamic worker pools are only available on Octopus Cloud.' });
  else errors.push(...workerTypeErrors(ctx, type, command.WorkerType === undefined && existing ? existing.WorkerType : command.WorkerType));
  if (errors.length) throw badRequest(errors);
  return { ...command, Id: id, SpaceId: ctx.spaceId, existing };
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
    const name = command.Name.trim();
    const pool: WorkerPool = {
      Id: ctx.store.nextId('workerPools', 'WorkerPools'), SpaceId: ctx.spaceId, Name: name,
      Slug: uniqueSlug(command.Slug?.trim().toLowerCase() || kebab(name), ctx.db.workerPools), Description: command.Description ?? '',
      IsDefault: command.IsDefault ?? false,
      // Appended last, whatever the body says (UNVERIFIED; clients that send SortOrder 0 would otherwise jump the queue).
      SortOrder: Math.max(-1, ...ctx.db.workerPools.map((p) => p.SortOrder)) + 1,
      WorkerPoolType: type, CanAddWorkers: type === 'StaticWorkerPool',
      WorkerType: type === 'DynamicWorkerPool' ? (command.WorkerType ?? null) : null,
      LastModifiedOn: new Date(ctx.store.now()).toISOString(), LastModifiedBy: ctx.db.user.Username, Links: {},
    };
    return json(presentPool(save(ctx, pool)), 201);
  })),

  http.get(`${base}/:id`, spaceRoute((ctx) => json(presentPool(findPool(ctx))))),

  http.put(`${base}/:id`, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const { existing: found, ...command } = await readValidCommand(ctx, ctx.params.id ?? '');
    const existing = found as WorkerPool;
    const isDefault = command.IsDefault ?? existing.IsDefault;
    const unset = canUnsetDefault(existing, isDefault);
    if (!unset.allowed) throw badRequest([{ field: 'IsDefault', message: unset.reason }]);
    const workerType = command.WorkerType;
    const pool: WorkerPool = {
      ...existing, Name: command.Name.trim(), Description: command.Description ?? existing.Description ?? '',
      Slug: uniqueSlug(command.Slug?.trim().toLowerCase() || existing.Slug || kebab(command.Name), ctx.db.workerPools, existing.Id),
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
    // R1: never a worker in no pool. UNVERIFIED (octopus-api.md §3.4): what Octopus does here is unknown;
    // losing track of a worker is the worse outcome, so the delete is refused, naming the workers.
    const orphaned = poolDeletionBlockedByWorkers(pool.Name, sortByName(workersLeftWithoutPool(ctx.db.workers, pool.Id)));
    if (orphaned) throw badRequest([orphaned]);
    ctx.store.remove('workerPools', pool.Id);
    // Steps and cloud targets that named the pool keep the dangling id, as Iss#8649/#9213 show real servers do;
    // the portal warns before the delete (R5).
    const members = ctx.db.workers.filter((w) => w.WorkerPoolIds.some((id) => sameId(id, pool.Id)));
    ctx.store.putMany('workers', members.map((w) => ({ ...w, WorkerPoolIds: w.WorkerPoolIds.filter((id) => !sameId(id, pool.Id)) })));
    return new HttpResponse(null, { status: 200 });
  })),
];

// /api/{spaceId}/workers (octopus-api.md §1.3). Seeing workers takes WorkerView, changing them WorkerEdit
// (R4). Bodies are validated with the wire schema, then with the domain's rules (R1), so the portal's forms
// and the server speak with one voice.
import { http, HttpResponse } from 'msw';
import { WorkerCommand, type Worker } from '../../src/api/schemas';
import { validateSlug, validateWorker, type FieldError } from '../../src/domain/validation';
import { readWorkerEndpoint, type EndpointChanges } from '../endpoint-command';
import { machineFilter, sortByName } from '../filters';
import { badRequest, getOr404, json, readBody, requireWorkerEdit, requireWorkerView, spaceRoute, type Ctx } from '../http';
import { listTemplate, presentWorker } from '../links';
import { paged } from '../paging';
import { lastHealthCheckOf } from '../tasks-engine';
import { applyWorkerCommand, newWorkerBase } from '../worker-model';
import { wireDiscovered } from '../wire/machines';
import { wireLogElement } from '../wire/resources';
import { discoverWorker } from './worker-discovery';

const base = '*/api/:spaceId/workers';
/** Octopus's C# client sends `"Id": null` (and may send `"SpaceId": null`) for a new worker. */
const Command = WorkerCommand;

type ValidCommand = WorkerCommand & { endpointChanges: EndpointChanges };

/** The accounts an SSH worker may log in with (octopus-api.md §2.4). */
const SSH_ACCOUNT_TYPES = new Set(['SshKeyPair', 'UsernamePassword']);

/** Ids the command names that the space does not hold (or that are of the wrong kind). */
function referenceErrors(ctx: Ctx, command: WorkerCommand, changes: EndpointChanges | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (command.MachinePolicyId && !ctx.store.get('machinePolicies', command.MachinePolicyId))
    errors.push({ field: 'MachinePolicyId', message: `Unknown machine policy: ${command.MachinePolicyId}.` });
  const accountId = changes?.CommunicationStyle === 'Ssh' ? changes.AccountId : undefined;
  if (typeof accountId === 'string' && accountId) {
    const account = ctx.store.get('accounts', accountId);
    if (!account) errors.push({ field: 'Endpoint.AccountId', message: `Unknown account: ${accountId}.` });
    else if (!SSH_ACCOUNT_TYPES.has(account.AccountType))
      errors.push({ field: 'Endpoint.AccountId', message: `The account ${account.Name} cannot log in over SSH: use an SSH key pair or a username/password account.` });
  }
  // Dynamic pools lease their workers on demand (CanAddWorkers false): nobody adds one by hand.
  const dynamic = command.WorkerPoolIds.map((id) => ctx.store.get('workerPools', id)).filter((p) => p && !p.CanAddWorkers);
  for (const pool of dynamic) errors.push({ field: 'WorkerPoolIds', message: `${pool?.Name} is a dynamic worker pool: its workers are leased on demand, not added.` });
  const slug = validateSlug(command.Slug);
  if (slug) errors.push({ field: 'Slug', message: slug });
  return errors;
}

/**
 * The body first, then the stored worker: over HTTP the body streams in, and a worker deleted (or health
 * checked) while it did must be seen as it is now, not as it was when the request started.
 */
async function readValidCommand(ctx: Ctx, urlId: string | undefined): Promise<{ command: ValidCommand; existing?: Worker }> {
  const command = await readBody(ctx.request, Command);
  const existing = urlId === undefined ? undefined : findWorker(ctx);
  const id = existing?.Id;
  if (id && command.Id && command.Id.toLowerCase() !== id.toLowerCase())
    throw badRequest([`The Id in the body (${command.Id}) does not match the worker in the URL (${id}).`]);
  const endpoint = readWorkerEndpoint(command.Endpoint);
  const errors = [
    ...validateWorker({ ...command, Id: id }, { existingWorkers: ctx.db.workers, poolIds: new Set(ctx.db.workerPools.map((p) => p.Id)) }),
    ...endpoint.errors,
    ...referenceErrors(ctx, command, endpoint.changes),
  ];
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.message === e.message) === i);
  if (unique.length || !endpoint.changes) throw badRequest(unique);
  return { command: { ...command, Id: id, SpaceId: ctx.spaceId, endpointChanges: endpoint.changes }, existing };
}

const findWorker = (ctx: Ctx): Worker => getOr404(ctx.store.get('workers', ctx.params.id ?? ''), ctx.params.id ?? '');

/** Distinct, sorted values of one worker field, for the shell and OS pickers. */
const distinct = (field: 'ShellName' | 'OperatingSystem') => spaceRoute((ctx) => {
  requireWorkerView(ctx);
  const values = new Set(ctx.db.workers.map((w) => w[field]).filter((v): v is string => !!v && v !== 'Unknown'));
  return json([...values].sort());
});

export const workerHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => {
    requireWorkerView(ctx);
    // `ids` and `thumbprint` are what /all documents; the Tentacle's deregister-worker looks up by thumbprint.
    return json(sortByName(ctx.db.workers.filter(machineFilter(ctx.query, { scoped: ['workerPoolIds'] }))).map(presentWorker));
  })),

  http.get(`${base}/discover`, spaceRoute((ctx) => {
    requireWorkerView(ctx);
    return json(wireDiscovered(discoverWorker(ctx) as unknown as Worker));
  })),

  http.get(`${base}/operatingsystem/shells/all`, distinct('ShellName')),
  http.get(`${base}/operatingsystem/names/all`, distinct('OperatingSystem')),

  http.get(base, spaceRoute((ctx) => {
    requireWorkerView(ctx);
    const matching = ctx.db.workers.filter(machineFilter(ctx.query, { scoped: ['workerPoolIds'] }));
    return json(paged(ctx, sortByName(matching), {
      itemType: 'Worker', defaultTake: 30, template: listTemplate(ctx.spaceId, 'Workers'), present: presentWorker,
    }));
  })),

  http.post(base, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const { command } = await readValidCommand(ctx, undefined);
    // A real server queues a health check unless SkipInitialHealthCheck; the fake waits for "Check Health"
    // so a new worker stays `Unknown` (predictable demos and tests).
    const worker = applyWorkerCommand(ctx, command, newWorkerBase(ctx, ctx.store.nextId('workers', 'Workers')), true);
    return json(presentWorker(ctx.store.put('workers', worker)), 201);
  })),

  http.get(`${base}/:id/connection`, spaceRoute((ctx) => {
    requireWorkerView(ctx);
    const w = findWorker(ctx);
    // A seeded worker that no task covers falls back to when it was last stored.
    const checked = w.HealthStatus === 'Unknown' ? null : (lastHealthCheckOf(ctx.db, w.Id) ?? w.LastModifiedOn ?? null);
    const version = (w.Endpoint as { TentacleVersionDetails?: { Version?: string | null } | null }).TentacleVersionDetails?.Version ?? null;
    const category = w.HealthStatus === 'Healthy' ? 'Info' : w.HealthStatus === 'Unknown' ? 'Info' : w.HealthStatus === 'HasWarnings' ? 'Warning' : 'Error';
    return json({
      Id: null, LastModifiedOn: null, LastModifiedBy: null,
      MachineId: w.Id, Status: w.HealthStatus, CurrentTentacleVersion: version, LastChecked: checked,
      Logs: checked ? [wireLogElement({ Category: category, Detail: null, MessageText: w.StatusSummary ?? '', OccurredAt: checked })] : [],
      Links: { Self: `/api/${ctx.spaceId}/workers/${w.Id}/connection` },
    });
  })),

  http.get(`${base}/:id`, spaceRoute((ctx) => {
    requireWorkerView(ctx);
    return json(presentWorker(findWorker(ctx)));
  })),

  http.put(`${base}/:id`, spaceRoute(async (ctx) => {
    requireWorkerEdit(ctx);
    const { command, existing } = await readValidCommand(ctx, ctx.params.id ?? '');
    return json(presentWorker(ctx.store.put('workers', applyWorkerCommand(ctx, command, existing as Worker, false))));
  })),

  http.delete(`${base}/:id`, spaceRoute((ctx) => {
    requireWorkerEdit(ctx);
    ctx.store.remove('workers', findWorker(ctx).Id);
    return new HttpResponse(null, { status: 200 }); // SW20: 200, no body
  })),
];

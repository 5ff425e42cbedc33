// Shared handler plumbing: Octopus's error body (octopus-api.md §2.2), the request context, space
// resolution, permission guards (R4) and body parsing with the wire schemas. Helpers throw a Problem and
// the route wrapper turns it into a response, so handlers read top to bottom as the server's rules.
import { HttpResponse, type JsonBodyType } from 'msw';
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import type { OctopusErrorBody } from '../src/api/schemas';
import { canEditWorkers, canViewWorkers, hasPermission, missingPermissionMessage, type PermissionName } from '../src/domain/permissions';
import type { FieldError } from '../src/domain/validation';
import { authenticate } from './api-keys';
import { Query } from './query';
import { getMockStore, type MockStore } from './store';
import { stringLimitErrors } from './string-limits';
import { advanceTasks } from './tasks-engine';
import type { MockData } from './types';

export const BAD_REQUEST = 'There was a problem with your request.';

export class Problem extends Error {
  constructor(readonly status: number, readonly body: OctopusErrorBody) {
    super(body.ErrorMessage);
  }
}

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as JsonBodyType, { status });
}

export function badRequest(errors: Array<string | FieldError>, message = BAD_REQUEST): Problem {
  const list = errors.map((e) => (typeof e === 'string' ? e : e.message));
  const fields = errors.filter((e): e is FieldError => typeof e !== 'string');
  const details = fields.length ? { Details: Object.fromEntries(fields.map((f) => [f.field, f.message])) } : {};
  return new Problem(400, { ErrorMessage: message, Errors: list, ...details });
}

export function notFound(id: string): Problem {
  return new Problem(404, { ErrorMessage: `The resource '${id}' was not found.`, Errors: [] });
}

// Descriptions from Octopus's permission list (octopus-api.md §3.5), for the 403's HelpText.
const DESCRIPTIONS: Partial<Record<string, string>> = {
  WorkerView: 'view the workers in worker pools',
  WorkerEdit: 'edit workers and worker pools',
  ConfigureServer: 'configure server settings like Authentication, SMTP, and HTTP Security Headers',
  MachineView: 'view deployment targets',
  MachineEdit: 'edit deployment targets',
  ProjectView: 'view projects',
  ProcessView: 'view the deployment process and channels of projects',
  ProcessEdit: 'edit the deployment process and channels of projects',
  TaskCreate: 'explicitly create (run) server tasks',
  EnvironmentView: 'view environments',
  AccountView: 'view accounts',
  MachinePolicyView: 'view health check policies',
  UserView: 'view users',
};

export function forbidden(name: PermissionName): Problem {
  return new Problem(403, {
    ErrorMessage: missingPermissionMessage(name as PermissionName),
    Errors: [],
    HelpText: `This action requires permission to ${DESCRIPTIONS[name] ?? name}. None of your teams have this permission.`,
  });
}

export interface Ctx {
  request: Request;
  url: URL;
  query: Query;
  params: Record<string, string>;
  store: MockStore;
  db: MockData;
  /** The space of a space-scoped route (the default space for global ones); `store` and `db` are that space's. */
  spaceId: string;
}

type Resolver = (ctx: Ctx) => Response | Promise<Response>;
type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };

const SPACE_ID = /^Spaces-\d+$/i;

async function run(info: Info, resolver: Resolver, spaceParam: string | undefined): Promise<Response> {
  try {
    const server = getMockStore();
    advanceTasks(server); // tasks progress by the clock; results land on whatever request comes next
    const url = new URL(info.request.url);
    const auth = authenticate(info.request, url);
    if (!auth.ok) throw new Problem(auth.status, auth.body);
    // A space-scoped route works on that space's data; a global one on the first space's (the default).
    const store = spaceParam === undefined ? server : server.inSpace(spaceParam);
    if (!store) throw notFound(spaceParam ?? '');
    const db = store.db;
    const params = Object.fromEntries(Object.entries(info.params).map(([k, v]) => [k, String(v)]));
    return await resolver({ request: info.request, url, query: new Query(url.searchParams), params, store, db, spaceId: db.space.Id });
  } catch (error) {
    if (error instanceof Problem) return json(error.body, error.status);
    const e = error instanceof Error ? error : new Error(String(error));
    return json({ ErrorMessage: 'The fake Octopus server failed to handle this request.', Errors: [e.message], FullException: e.stack ?? e.message }, 500);
  }
}

/** A route outside any space (`/api/users/me`, `/api/featuresconfiguration`, `/api/tasks/:id`). */
export function route(resolver: Resolver) {
  return (info: Info) => run(info, resolver, undefined);
}

/** A route under `/api/:spaceId/…`; a segment that is not a space id is left to later handlers. */
export function spaceRoute(resolver: Resolver) {
  return (info: Info): Promise<Response> | undefined => {
    const spaceId = String(info.params.spaceId ?? '');
    if (!SPACE_ID.test(spaceId)) return undefined;
    return run(info, resolver, spaceId);
  };
}

export function requireWorkerView(ctx: Ctx): void {
  if (!canViewWorkers(ctx.db.permissions, ctx.spaceId)) throw forbidden('WorkerView');
}

export function requireWorkerEdit(ctx: Ctx): void {
  if (!canEditWorkers(ctx.db.permissions, ctx.spaceId)) throw forbidden('WorkerEdit');
}

export function requirePermission(ctx: Ctx, name: PermissionName): void {
  if (!hasPermission(ctx.db.permissions, name, ctx.spaceId)) throw forbidden(name);
}

/**
 * The body as the schema reads it; unreadable JSON, oversized strings and shape errors are 400s like the
 * server's. Bodies stream in over HTTP: whatever the handler reads from the store must be read after this
 * resolves, and tasks that finished meanwhile are applied first, so a slow save never undoes them.
 */
export async function readBody<S extends $ZodType>(request: Request, schema: S): Promise<output<S>> {
  const text = await request.text();
  advanceTasks(getMockStore());
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badRequest(['The request body could not be parsed as JSON.']);
  }
  const tooLong = stringLimitErrors(raw);
  if (tooLong.length) throw badRequest(tooLong);
  const parsed = safeParse(schema, raw);
  if (parsed.success) return parsed.data;
  throw badRequest(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: `${i.path.join('.') || 'The body'}: ${i.message}` })));
}

export function getOr404<T>(entity: T | undefined, id: string): T {
  if (entity === undefined) throw notFound(id);
  return entity;
}

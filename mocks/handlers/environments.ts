// /api/{spaceId}/environments: read-only, ordered as Octopus orders them (SortOrder, then name). Not guarded
// (EnvironmentView is not part of R4; see machine-policies.ts).
import { http } from 'msw';
import type { Environment } from '../../src/api/schemas';
import { namedFilter, sortByName } from '../filters';
import { getOr404, json, spaceRoute, type Ctx } from '../http';
import { listTemplate, presentSimple } from '../links';
import { paged } from '../paging';
import { wireEnvironment } from '../wire/resources';

const base = '*/api/:spaceId/environments';
const present = presentSimple<Environment>('environments', wireEnvironment);

const ordered = (ctx: Ctx) =>
  sortByName(ctx.db.environments.filter(namedFilter(ctx.query))).sort((a, b) => (a.SortOrder ?? 0) - (b.SortOrder ?? 0));

export const environmentHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => json(ordered(ctx).map(present)))),

  http.get(base, spaceRoute((ctx) => json(paged(ctx, ordered(ctx), {
    itemType: 'Environment', defaultTake: 30, template: listTemplate(ctx.spaceId, 'Environments'), present,
  })))),

  http.get(`${base}/:id`, spaceRoute((ctx) => json(present(getOr404(ctx.store.get('environments', ctx.params.id ?? ''), ctx.params.id ?? ''))))),
];

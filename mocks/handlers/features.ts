// /api/featuresconfiguration (octopus-api.md §1.11): R8's switch for the built-in worker. Anyone may read
// it (the portal needs it for R6's verdicts); changing it is a server setting, so it takes ConfigureServer.
import { http } from 'msw';
import { FeaturesConfiguration } from '../../src/api/schemas';
import { canConfigureServer } from '../../src/domain/permissions';
import { forbidden, json, readBody, route, type Ctx } from '../http';
import { FEATURE_FIELDS, wireFeatures } from '../wire/resources';

const present = (ctx: Ctx) => ({
  ...wireFeatures(ctx.db.features),
  Id: ctx.db.features.Id ?? 'FeaturesConfiguration',
  Links: { Self: '/api/featuresconfiguration' },
});

export const featureHandlers = [
  http.get('*/api/featuresconfiguration', route((ctx) => json(present(ctx)))),

  http.put('*/api/featuresconfiguration', route(async (ctx) => {
    if (!canConfigureServer(ctx.db.permissions)) throw forbidden('ConfigureServer');
    const body = await readBody(ctx.request, FeaturesConfiguration);
    // Other feature flags a client round-trips are kept; keys Octopus has no flag for are dropped, not stored;
    // the id, links and audit fields are the server's.
    const known = new Set(Object.keys(FEATURE_FIELDS).filter((k) => !['Id', 'Links', 'LastModifiedOn', 'LastModifiedBy'].includes(k)));
    const changes = Object.fromEntries(Object.entries(body).filter(([key]) => known.has(key)));
    ctx.store.setFeatures({ ...ctx.db.features, ...changes });
    return json(present(ctx));
  })),
];

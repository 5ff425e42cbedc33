// /api/{spaceId}/machinepolicies (octopus-api.md §1.5), read-only here: the Add Worker wizard picks one.
// Not guarded: the real server asks for MachinePolicyView, but R4 does not concern policies and the
// scenarios' roles are about workers (a decision, not a verified rule).
import { http } from 'msw';
import type { MachinePolicy } from '../../src/api/schemas';
import { namedFilter, sortByName } from '../filters';
import { getOr404, json, spaceRoute } from '../http';
import { listTemplate, presentSimple } from '../links';
import { paged } from '../paging';
import { wirePolicy } from '../wire/resources';

const base = '*/api/:spaceId/machinepolicies';
const present = presentSimple<MachinePolicy>('machinepolicies', wirePolicy);

export const machinePolicyHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => json(sortByName(ctx.db.machinePolicies.filter(namedFilter(ctx.query))).map(present)))),

  http.get(base, spaceRoute((ctx) => json(paged(ctx, sortByName(ctx.db.machinePolicies.filter(namedFilter(ctx.query))), {
    itemType: 'MachinePolicy', defaultTake: 30, template: listTemplate(ctx.spaceId, 'MachinePolicies'), present,
  })))),

  http.get(`${base}/:id`, spaceRoute((ctx) => json(present(getOr404(ctx.store.get('machinePolicies', ctx.params.id ?? ''), ctx.params.id ?? ''))))),
];

// /api/spaces (octopus-api.md §1.9). The fake holds one space; an unknown space id anywhere is a 404.
import { http } from 'msw';
import { namedFilter } from '../filters';
import { json, notFound, route } from '../http';
import { presentSpace } from '../links';
import { paged } from '../paging';

export const spaceHandlers = [
  http.get('*/api/spaces/all', route((ctx) => json([ctx.db.space].filter(namedFilter(ctx.query)).map(presentSpace)))),

  http.get('*/api/spaces', route((ctx) => json(paged(ctx, [ctx.db.space].filter(namedFilter(ctx.query)), {
    itemType: 'Space', defaultTake: 30, template: '/api/spaces{?name,skip,ids,take,partialName}', present: presentSpace,
  })))),

  http.get('*/api/spaces/:id', route((ctx) => {
    const id = ctx.params.id ?? '';
    if (id.toLowerCase() !== ctx.db.space.Id.toLowerCase()) throw notFound(id);
    return json(presentSpace(ctx.db.space));
  })),
];

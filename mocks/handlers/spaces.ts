// /api/spaces (octopus-api.md §1.9). A scenario holds one space or more (`default` has two); an unknown space
// id anywhere is a 404.
import { http } from 'msw';
import { namedFilter } from '../filters';
import { getOr404, json, route } from '../http';
import { presentSpace } from '../links';
import { paged } from '../paging';

export const spaceHandlers = [
  http.get('*/api/spaces/all', route((ctx) => json(ctx.store.spaces().filter(namedFilter(ctx.query)).map(presentSpace)))),

  http.get('*/api/spaces', route((ctx) => json(paged(ctx, ctx.store.spaces().filter(namedFilter(ctx.query)), {
    itemType: 'Space', defaultTake: 30, template: '/api/spaces{?name,skip,ids,take,partialName}', present: presentSpace,
  })))),

  http.get('*/api/spaces/:id', route((ctx) => {
    const id = ctx.params.id ?? '';
    return json(presentSpace(getOr404(ctx.store.inSpace(id), id).db.space));
  })),
];

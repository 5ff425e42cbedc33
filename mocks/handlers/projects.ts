// /api/{spaceId}/projects (octopus-api.md §1.7): read-only, ProjectView. Each project links to its
// deployment process the 2024.3 way (`/projects/{id}/deploymentprocesses`), or the 2020.x way by id.
import { http } from 'msw';
import { namedFilter, sortByName } from '../filters';
import { getOr404, json, requirePermission, spaceRoute, type Ctx } from '../http';
import { linksProcessById, listTemplate, presentProject } from '../links';
import { paged } from '../paging';

const base = '*/api/:spaceId/projects';
const present = (ctx: Ctx) => (p: Parameters<typeof presentProject>[0]) => presentProject(p, linksProcessById(ctx.db.serverVersion));
const matching = (ctx: Ctx) => sortByName(ctx.db.projects.filter(namedFilter(ctx.query)));

export const projectHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => {
    requirePermission(ctx, 'ProjectView');
    return json(matching(ctx).map(present(ctx)));
  })),

  http.get(base, spaceRoute((ctx) => {
    requirePermission(ctx, 'ProjectView');
    return json(paged(ctx, matching(ctx), {
      itemType: 'Project', defaultTake: 30, template: listTemplate(ctx.spaceId, 'Projects'), present: present(ctx),
    }));
  })),

  http.get(`${base}/:id`, spaceRoute((ctx) => {
    requirePermission(ctx, 'ProjectView');
    // Octopus accepts a project's slug wherever it accepts its id.
    const key = (ctx.params.id ?? '').toLowerCase();
    const project = ctx.db.projects.find((p) => p.Id.toLowerCase() === key || (p.Slug ?? '').toLowerCase() === key);
    return json(present(ctx)(getOr404(project, ctx.params.id ?? '')));
  })),
];

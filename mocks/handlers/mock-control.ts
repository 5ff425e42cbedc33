// Not Octopus: the fake server's own controls, on every host (browser, Vitest, node:http), so the demo's
// "Reset demo data", Playwright and scripts can pick a scenario and reset it without reloading anything.
import { http } from 'msw';
import { z } from 'zod';
import { badRequest, json, readBody, route, type Ctx } from '../http';

const ScenarioBody = z.looseObject({ Scenario: z.string() });
const ResetBody = z.looseObject({ Scenario: z.string().nullish() });

const describe = (ctx: Ctx) => ({ Scenario: ctx.store.scenario, Scenarios: ctx.store.listScenarios() });

function known(ctx: Ctx, name: string): string {
  const match = Object.keys(ctx.store.registry).find((n) => n.toLowerCase() === name.toLowerCase());
  if (!match) throw badRequest([{ field: 'Scenario', message: `Unknown scenario "${name}". Known: ${Object.keys(ctx.store.registry).join(', ')}.` }]);
  return match;
}

export const mockControlHandlers = [
  http.get('*/api/__mock/scenario', route((ctx) => json(describe(ctx)))),

  /** Switches scenario; each scenario keeps its own edits. */
  http.put('*/api/__mock/scenario', route(async (ctx) => {
    const body = await readBody(ctx.request, ScenarioBody);
    ctx.store.select(known(ctx, body.Scenario));
    return json(describe(ctx));
  })),

  /** Back to the seed: the active scenario, or the one named in the (optional) body, which also becomes active. */
  http.post('*/api/__mock/reset', route(async (ctx) => {
    // The body is optional: none, `{}` and `{ "Scenario": "viewer" }` are all fine.
    const text = await ctx.request.clone().text();
    const wanted = text.trim() ? (await readBody(ctx.request, ResetBody)).Scenario : undefined;
    const name = wanted ? known(ctx, wanted) : ctx.store.scenario;
    ctx.store.reset(name);
    ctx.store.select(name);
    return json(describe(ctx));
  })),
];

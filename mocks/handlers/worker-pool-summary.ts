// GET /workerpools/summary (octopus-api.md §2.6) and GET /workerpools/{id}/workers. The summary is how
// every user, even one who may not see worker machines, learns which pools exist and whether each has
// workers (R4); it is built in one pass over the workers (10,000 in `large`).
import { http } from 'msw';
import type { HealthStatusCounts, Worker, WorkerPoolSummary, WorkerPoolsSummary } from '../../src/api/schemas';
import { canViewWorkers } from '../../src/domain/permissions';
import { emptyHealthCounts } from '../../src/domain/health';
import { sortPools } from '../../src/domain/worker-pools';
import { machineFilter, namedFilter, sortByName } from '../filters';
import { getOr404, json, requireWorkerView, spaceRoute } from '../http';
import { presentPool, presentWorker } from '../links';
import { paged } from '../paging';

/** The counters a pool summary and the totals share (Omit<> would drop them: the schema types are loose). */
interface Counters {
  TotalMachines: number;
  TotalDisabledMachines: number;
  MachineHealthStatusSummaries: HealthStatusCounts;
  MachineEndpointSummaries: Record<string, number>;
  TentacleUpgradesRequired: boolean;
  MachineIdsForCalamariUpgrade: string[];
  MachineIdsForTentacleUpgrade: string[];
}

function emptyCounters(): Counters {
  return {
    TotalMachines: 0, TotalDisabledMachines: 0, MachineHealthStatusSummaries: emptyHealthCounts(), MachineEndpointSummaries: {},
    TentacleUpgradesRequired: false, MachineIdsForCalamariUpgrade: [], MachineIdsForTentacleUpgrade: [],
  };
}

function count(c: Counters, w: Worker): void {
  c.TotalMachines += 1;
  if (w.IsDisabled) c.TotalDisabledMachines += 1;
  // Disabled machines are counted under their last known health too, as Octopus's summaries do.
  c.MachineHealthStatusSummaries[w.HealthStatus] += 1;
  const style = w.Endpoint.CommunicationStyle;
  c.MachineEndpointSummaries[style] = (c.MachineEndpointSummaries[style] ?? 0) + 1;
  if (!w.HasLatestCalamari) c.MachineIdsForCalamariUpgrade.push(w.Id);
  const details = (w.Endpoint as { TentacleVersionDetails?: { UpgradeSuggested?: boolean; UpgradeRequired?: boolean } | null }).TentacleVersionDetails;
  if (details?.UpgradeSuggested || details?.UpgradeRequired) c.MachineIdsForTentacleUpgrade.push(w.Id);
  if (details?.UpgradeRequired) c.TentacleUpgradesRequired = true;
}

/** UNVERIFIED: a user without WorkerView gets counts but not the machine ids (they name worker machines). */
function withoutIds(c: Counters): Counters {
  return { ...c, MachineIdsForCalamariUpgrade: [], MachineIdsForTentacleUpgrade: [] };
}

export const workerPoolSummaryHandlers = [
  http.get('*/api/:spaceId/workerpools/summary', spaceRoute((ctx) => {
    // R4: filtering by a worker's name or thumbprint would tell whether such a worker exists.
    if (ctx.query.get('machinePartialName') || ctx.query.get('thumbprint')) requireWorkerView(ctx);
    const pools = sortPools(ctx.db.workerPools.filter(namedFilter(ctx.query)));
    const perPool = new Map(pools.map((p) => [p.Id, emptyCounters()]));
    const total = emptyCounters();
    const matches = machineFilter<Worker>(ctx.query, { summary: true });
    for (const w of ctx.db.workers) {
      if (!matches(w)) continue;
      let counted = false;
      for (const poolId of w.WorkerPoolIds) {
        const c = perPool.get(poolId);
        if (c) { count(c, w); counted = true; }
      }
      if (counted) count(total, w); // a worker in two listed pools is one machine in the totals
    }
    const hideEmpty = ctx.query.bool('hideEmptyWorkerPools') ?? false;
    const mayView = canViewWorkers(ctx.db.permissions, ctx.spaceId);
    const show = (c: Counters) => (mayView ? c : withoutIds(c));
    const summaries = pools
      .map((p): WorkerPoolSummary => ({ WorkerPool: presentPool(p), ...show(perPool.get(p.Id) ?? emptyCounters()) }))
      .filter((s) => !hideEmpty || s.TotalMachines > 0);
    const body: WorkerPoolsSummary = { ...show(total), WorkerPoolSummaries: summaries };
    return json(body);
  })),

  http.get('*/api/:spaceId/workerpools/:id/workers', spaceRoute((ctx) => {
    requireWorkerView(ctx);
    const pool = getOr404(ctx.store.get('workerPools', ctx.params.id ?? ''), ctx.params.id ?? '');
    const matches = machineFilter<Worker>(ctx.query);
    const members = ctx.db.workers.filter((w) => w.WorkerPoolIds.includes(pool.Id) && matches(w));
    return json(paged(ctx, sortByName(members), {
      itemType: 'Worker', defaultTake: 20, present: presentWorker,
      template: `/api/${ctx.spaceId}/workerpools/${pool.Id}/workers{?skip,take,partialName,isDisabled,healthStatuses,commStyles,shellNames}`,
    }));
  })),
];

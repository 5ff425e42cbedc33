// "An operator can always tell what a change will do before making it." What deleting, disabling or moving
// workers does to the pools they leave: R7 (the built-in worker resumes, or default-pool steps fail when it
// is switched off) and R13/R14 (a pool left with no healthy, enabled worker fails the steps that use it).
import type { HealthStatus } from '../api/schemas';
import { builtInWorkerChange } from './built-in-worker';
import { isAvailableWorker } from './health';
import { joinList, plural } from './wording';

export interface ImpactWorker {
  Id: string;
  WorkerPoolIds: readonly string[];
  HealthStatus: HealthStatus;
  IsDisabled: boolean;
}

export type WorkerChange =
  | { kind: 'delete' }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'remove-from-pool'; poolId: string }
  | { kind: 'add-to-pool'; poolId: string };

export interface PoolState {
  id: string;
  name: string;
  isDefault: boolean;
  /** Workers in the pool now, disabled ones included. */
  total: number;
  /** Enabled workers that are Healthy or HasWarnings (R13). */
  available: number;
  /** Steps that resolve to the pool; undefined when not known (e.g. not allowed to read processes). */
  steps?: readonly string[];
}

export type ChangeImpact =
  | { kind: 'built-in-resumes'; poolName: string }
  | { kind: 'built-in-stops'; poolName: string }
  | { kind: 'default-pool-fails'; poolName: string; steps?: readonly string[] }
  | { kind: 'no-available-worker'; poolName: string; steps?: readonly string[] };

/** How many workers and available workers each pool gains (+) or loses (−). */
function deltas(workers: readonly ImpactWorker[], change: WorkerChange): Map<string, { total: number; available: number }> {
  const out = new Map<string, { total: number; available: number }>();
  const bump = (poolId: string, total: number, available: number) => {
    const d = out.get(poolId) ?? { total: 0, available: 0 };
    out.set(poolId, { total: d.total + total, available: d.available + available });
  };
  for (const w of workers) {
    const avail = isAvailableWorker(w) ? 1 : 0;
    const availIfEnabled = isAvailableWorker({ ...w, IsDisabled: false }) ? 1 : 0;
    const inPool = (id: string) => w.WorkerPoolIds.includes(id);
    switch (change.kind) {
      case 'delete': w.WorkerPoolIds.forEach((p) => bump(p, -1, -avail)); break;
      case 'disable': w.WorkerPoolIds.forEach((p) => bump(p, 0, -avail)); break;
      case 'enable': if (w.IsDisabled) w.WorkerPoolIds.forEach((p) => bump(p, 0, availIfEnabled)); break;
      case 'remove-from-pool': if (inPool(change.poolId)) bump(change.poolId, -1, -avail); break;
      case 'add-to-pool': if (!inPool(change.poolId)) bump(change.poolId, 1, avail); break;
    }
  }
  return out;
}

export function workerChangeImpact(input: {
  workers: readonly ImpactWorker[];
  change: WorkerChange;
  pools: readonly PoolState[];
  isBuiltInWorkerEnabled: boolean;
}): ChangeImpact[] {
  const impacts: ChangeImpact[] = [];
  for (const [poolId, d] of deltas(input.workers, input.change)) {
    const pool = input.pools.find((p) => p.id === poolId);
    if (!pool) continue;
    const total = Math.max(0, pool.total + d.total);
    const available = Math.max(0, pool.available + d.available);
    if (pool.isDefault) {
      const builtIn = builtInWorkerChange(pool.total, total, input.isBuiltInWorkerEnabled);
      if (builtIn === 'resumes') { impacts.push({ kind: 'built-in-resumes', poolName: pool.name }); continue; }
      if (builtIn === 'stops-being-used') { impacts.push({ kind: 'built-in-stops', poolName: pool.name }); continue; }
      if (builtIn === 'fails-without-worker') {
        impacts.push({ kind: 'default-pool-fails', poolName: pool.name, steps: pool.steps });
        continue;
      }
    }
    if (pool.available > 0 && available === 0)
      impacts.push({ kind: 'no-available-worker', poolName: pool.name, steps: pool.steps });
  }
  return impacts;
}

function stepsSentence(steps: readonly string[] | undefined, poolName: string): string {
  if (!steps) return `Steps that use ${poolName} will fail.`;
  if (steps.length === 0) return `No step uses ${poolName} at the moment.`;
  return `${plural(steps.length, 'step')} will fail: ${joinList([...steps], 'and')}.`;
}

export function describeChangeImpact(impact: ChangeImpact): string {
  switch (impact.kind) {
    case 'built-in-resumes':
      return `${impact.poolName} will have no workers, so the built-in worker resumes: steps that use it will run on the Octopus Server itself.`;
    case 'built-in-stops':
      return `${impact.poolName} has no workers yet, so steps that use it run on the built-in worker. After this they run on its workers instead, and the built-in worker stops being used.`;
    case 'default-pool-fails':
      return `${impact.poolName} will have no workers and the built-in worker is switched off. ${stepsSentence(impact.steps, impact.poolName)}`;
    case 'no-available-worker':
      return `${impact.poolName} will have no healthy, enabled worker. ${stepsSentence(impact.steps, impact.poolName)}`;
  }
}

/** Impacts that make deployments fail, as opposed to moving steps between machines. */
export function impactBreaksSteps(impact: ChangeImpact): boolean {
  return impact.kind === 'default-pool-fails' || (impact.kind === 'no-available-worker' && impact.steps?.length !== 0);
}

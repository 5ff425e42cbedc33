// R6, R8, R13, R14: what a pool's worker counts mean for the steps that use it, read from the pool
// summary alone (no per-worker requests), so every user (R4) can be told which pools can run a step.
import type { HealthStatusCounts } from '../api/schemas';
import { poolWorkerCountsFromSummary } from './select-worker';

export type PoolReadiness =
  /** At least one worker counted Healthy or HasWarnings and not every worker is disabled. */
  | { kind: 'ready' }
  /** R6: the default pool is empty and the built-in worker is on, so it runs the pool's steps. */
  | { kind: 'empty-uses-built-in-worker' }
  /** R14: an empty pool other than the default one cannot run a step. */
  | { kind: 'empty-fails' }
  /** R8/R14: the default pool is empty and the built-in worker is switched off. */
  | { kind: 'empty-built-in-worker-off' }
  /** The default pool is empty and the built-in worker's switch could not be read. */
  | { kind: 'empty-default-unknown' }
  /** R13/R14: workers exist, but none is enabled and Healthy/HasWarnings. */
  | { kind: 'no-available-worker' };

export interface PoolCounts {
  TotalMachines: number;
  TotalDisabledMachines: number;
  MachineHealthStatusSummaries: HealthStatusCounts;
  /**
   * Exactly how many workers are enabled and Healthy/HasWarnings, when known (pool-availability.ts reads
   * it from the `isDisabled=false` summary). Without it the counts above are judged as well as they can be.
   */
  AvailableMachines?: number | undefined;
}

/**
 * Summaries count disabled workers under their last health, so without `AvailableMachines` "some worker
 * can take work" is only certain to be false when all are disabled or none is healthy.
 */
export function poolReadiness(
  counts: PoolCounts,
  isDefault: boolean,
  isBuiltInWorkerEnabled: boolean | undefined,
): PoolReadiness {
  if (counts.TotalMachines === 0) {
    if (!isDefault) return { kind: 'empty-fails' };
    if (isBuiltInWorkerEnabled === undefined) return { kind: 'empty-default-unknown' };
    return isBuiltInWorkerEnabled
      ? { kind: 'empty-uses-built-in-worker' }
      : { kind: 'empty-built-in-worker-off' };
  }
  // Without the exact count, select-worker's reading of a summary decides; when even that can't tell, the
  // pool is not flagged: a summary alone never proves a pool unusable.
  const available = counts.AvailableMachines ?? poolWorkerCountsFromSummary(counts)?.available;
  return available === 0 ? { kind: 'no-available-worker' } : { kind: 'ready' };
}

/** R14: steps resolving to this pool cannot run, as far as the counts can tell. */
export function stepsWillFail(readiness: PoolReadiness): boolean {
  return (
    readiness.kind === 'empty-fails' ||
    readiness.kind === 'empty-built-in-worker-off' ||
    readiness.kind === 'no-available-worker'
  );
}

/** The consequence in words, for the pool's row; `undefined` when there is nothing to warn about. */
export function describePoolReadiness(readiness: PoolReadiness): string | undefined {
  switch (readiness.kind) {
    case 'ready':
      return undefined;
    case 'empty-uses-built-in-worker':
      return 'Steps that use it run on the built-in worker.';
    case 'empty-fails':
      return 'Steps that use it will fail.';
    case 'empty-built-in-worker-off':
      return 'Steps that use it will fail: the built-in worker is switched off.';
    case 'empty-default-unknown':
      return 'Steps that use it run on the built-in worker if it is switched on, and fail if not.';
    case 'no-available-worker':
      return 'No healthy, enabled worker: steps that use it will fail.';
  }
}

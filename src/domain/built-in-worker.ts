// R6–R8: whether steps that resolve to the default pool run on the Octopus Server itself.

export type BuiltInWorkerStatus =
  /** R6: the default pool has no workers and the built-in worker is enabled. */
  | { kind: 'in-use' }
  /** R6/R7: any worker in the default pool, healthy or not, displaces it. */
  | { kind: 'displaced'; defaultPoolWorkerCount: number }
  /** R8: switched off in /api/featuresconfiguration; `defaultPoolEmpty` means default-pool steps will fail. */
  | { kind: 'disabled'; defaultPoolEmpty: boolean };

export function builtInWorkerStatus(input: {
  isBuiltInWorkerEnabled: boolean;
  defaultPoolWorkerCount: number;
}): BuiltInWorkerStatus {
  if (!input.isBuiltInWorkerEnabled) return { kind: 'disabled', defaultPoolEmpty: input.defaultPoolWorkerCount === 0 };
  if (input.defaultPoolWorkerCount > 0) return { kind: 'displaced', defaultPoolWorkerCount: input.defaultPoolWorkerCount };
  return { kind: 'in-use' };
}

/** The status in words, for the Overview, the Workers page and the Features page. */
export function describeBuiltInWorker(status: BuiltInWorkerStatus, defaultPoolName: string): string {
  switch (status.kind) {
    case 'in-use':
      return `In use: ${defaultPoolName} has no workers, so steps that use it run on the Octopus Server itself.`;
    case 'displaced': {
      const n = status.defaultPoolWorkerCount;
      return `Not in use: displaced by ${n} ${n === 1 ? 'worker' : 'workers'} in ${defaultPoolName}. Steps that use it run on ${n === 1 ? 'that worker' : 'those workers'}.`;
    }
    case 'disabled':
      return status.defaultPoolEmpty
        ? `Switched off. ${defaultPoolName} has no workers, so steps that use it will fail until a worker is added or the built-in worker is switched on.`
        : `Switched off. Steps that use ${defaultPoolName} run on its workers.`;
  }
}

/** R7: what adding workers to, or removing them from, the default pool does to the built-in worker. */
export function builtInWorkerChange(before: number, after: number, isBuiltInWorkerEnabled: boolean):
  | 'stops-being-used'
  | 'resumes'
  | 'fails-without-worker'
  | 'none' {
  if (before === 0 && after > 0) return isBuiltInWorkerEnabled ? 'stops-being-used' : 'none';
  if (before > 0 && after === 0) return isBuiltInWorkerEnabled ? 'resumes' : 'fails-without-worker';
  return 'none';
}

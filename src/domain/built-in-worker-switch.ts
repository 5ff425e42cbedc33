// R6–R8 before saving Configuration ➜ Features: what switching the built-in worker on or off would do,
// given how many workers the default pool has now.
import { builtInWorkerStatus } from './built-in-worker';

export interface SwitchConsequence {
  /** `error`: steps will fail after the save; `warning`: the change has no effect yet; `info`: it takes effect. */
  severity: 'info' | 'warning' | 'error';
  message: string;
}

export function builtInWorkerSwitchConsequence(input: {
  nextEnabled: boolean;
  defaultPoolWorkerCount: number;
  defaultPoolName: string;
}): SwitchConsequence {
  const { nextEnabled, defaultPoolWorkerCount: n, defaultPoolName: pool } = input;
  const after = builtInWorkerStatus({ isBuiltInWorkerEnabled: nextEnabled, defaultPoolWorkerCount: n });
  const workers = `${n} ${n === 1 ? 'worker' : 'workers'}`;
  switch (after.kind) {
    case 'in-use':
      return {
        severity: 'info',
        message: `Steps that use ${pool} will run on the Octopus Server itself, because ${pool} has no workers.`,
      };
    case 'displaced':
      return {
        severity: 'warning',
        message: `It won't be used until ${pool} is empty: its ${workers} run the steps that use it.`,
      };
    case 'disabled':
      return after.defaultPoolEmpty
        ? {
            severity: 'error',
            message: `Steps that use ${pool} will fail: it has no workers, and nothing else can run them.`,
          }
        : {
            severity: 'info',
            message: `Steps that use ${pool} keep running on its ${workers}; they will fail if it ever becomes empty.`,
          };
  }
}

// R10: which steps need a worker. Everything else runs on the deployment targets or inside the server.
import type { ExecutionLocation } from './execution-location';
import { stepType } from './step-types';

export type WorkerRequirement =
  /** R10: on a worker (or, with no workers anywhere, the built-in worker). */
  | 'worker'
  /** Package steps, and script steps run on each deployment target. */
  | 'targets'
  /** Email and manual intervention run inside the Octopus Server process. */
  | 'server';

export function workerRequirement(actionType: string, location: ExecutionLocation): WorkerRequirement {
  const type = stepType(actionType);
  switch (type.category) {
    case 'cloud':
      return 'worker'; // every Azure, AWS and Terraform step, whatever its location says
    case 'server':
      return 'server';
    case 'package':
      // A type we don't know is taken at its word: RunOnServer "true" puts it on a worker.
      return !type.known && location !== 'targets' ? 'worker' : 'targets';
    case 'script':
      return location === 'targets' ? 'targets' : 'worker';
  }
}

export function requiresWorker(actionType: string, location: ExecutionLocation): boolean {
  return workerRequirement(actionType, location) === 'worker';
}

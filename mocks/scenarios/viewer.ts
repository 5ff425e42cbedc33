// `viewer`: the default installation, seen by someone who may view workers but change nothing (R4).
import type { Scenario } from '../types';
import { seedDefault } from './default';
import { viewer } from './users';

export const viewerScenario: Scenario = {
  name: 'viewer',
  description: "default's data for a viewer: WorkerView without WorkerEdit or ProcessEdit.",
  seed: () => ({ ...seedDefault(), ...viewer() }),
};

// `read-only`: the default installation, seen by a project contributor who may neither view nor edit
// workers (R4): pools and whether they have workers stay visible, worker machines do not.
import type { Scenario } from '../types';
import { seedDefault } from './default';
import { projectContributor } from './users';

export const readOnlyScenario: Scenario = {
  name: 'read-only',
  description: "default's data for a project contributor: no WorkerView, no WorkerEdit.",
  seed: () => ({ ...seedDefault(), ...projectContributor() }),
};

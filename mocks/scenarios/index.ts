// The named demo scenarios of SPEC §4, chosen with `?scenario=NAME`.
import type { Scenario, ScenarioName } from '../types';
import { builtinDisabledScenario } from './builtin-disabled';
import { configAsCodeScenario } from './config-as-code';
import { defaultScenario } from './default';
import { freshInstallScenario } from './fresh-install';
import { largeScenario } from './large';
import { legacyExternalWorkerScenario } from './legacy-external-worker';
import { octopus2020Scenario } from './octopus-2020';
import { readOnlyScenario } from './read-only';
import { viewerScenario } from './viewer';

export const scenarios: Record<ScenarioName, Scenario> = {
  default: defaultScenario,
  'fresh-install': freshInstallScenario,
  'builtin-disabled': builtinDisabledScenario,
  'read-only': readOnlyScenario,
  viewer: viewerScenario,
  'legacy-external-worker': legacyExternalWorkerScenario,
  large: largeScenario,
  'octopus-2020': octopus2020Scenario,
  'config-as-code': configAsCodeScenario,
};

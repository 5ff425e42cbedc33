// `builtin-disabled`: fresh-install with the built-in worker switched off (R8), so every step that needs
// a worker fails until one is added to the default pool (R14).
import type { Scenario } from '../types';
import { features } from './builders';
import { seedFreshInstall } from './fresh-install';

export const builtinDisabledScenario: Scenario = {
  name: 'builtin-disabled',
  description: 'As fresh-install, with the built-in worker switched off: steps needing a worker cannot run.',
  seed: () => ({ ...seedFreshInstall(), features: features(false) }),
};

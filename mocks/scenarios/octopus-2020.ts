// `octopus-2020`: the default installation on an Octopus Server 2020.6, which addresses each project's
// deployment process by id (`/deploymentprocesses/{id}`, from the project's link) and has no
// `/projects/{id}/deploymentprocesses`: the portal must follow the links rather than build the URL.
import type { Scenario } from '../types';
import { seedDefault } from './default';

export const octopus2020Scenario: Scenario = {
  name: 'octopus-2020',
  description: "default's data on an Octopus Server 2020.6: processes are linked by id, not under their project.",
  seed: () => ({ ...seedDefault(), serverVersion: '2020.6.4671' }),
};

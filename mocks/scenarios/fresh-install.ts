// `fresh-install`: a server straight after installation. Only the Default Worker Pool and no workers,
// so "No pools or workers configured" holds (R15) and steps run on the built-in worker (R6).
import type { MockData, Scenario } from '../types';
import { azureServicePrincipal, defaultWorkerPool, environment, features, space } from './builders';
import { defaultMachinePolicy } from './machine-policies';
import { projectWithProcess } from './process-builders';
import { createRng } from './rng';
import { azurePowerShellStep, scriptStep } from './step-kinds';
import { administrator } from './users';

export function seedFreshInstall(): MockData {
  const rng = createRng(1);
  // Neither step names a pool: R15 offers only the Octopus Server, and Azure shows no choice at all.
  const { project, process } = projectWithProcess(1, 'Hello World', 'A first project, to see a deployment run.', 3, [
    scriptStep(rng, { name: 'Say hello', runOnServer: true,
      body: 'Write-Host "Hello from #{Octopus.Machine.Name} in #{Octopus.Environment.Name}"' }),
    azurePowerShellStep(rng, { name: 'List Azure resource groups', accountId: 'Accounts-1',
      body: 'Get-AzResourceGroup | Format-Table ResourceGroupName, Location' }),
  ]);
  return {
    space: space(),
    ...administrator(),
    features: features(true),
    workerPools: [defaultWorkerPool()],
    workers: [],
    machinePolicies: [defaultMachinePolicy()],
    environments: [environment(1, 'Development')],
    machines: [],
    accounts: [azureServicePrincipal(1, 'Azure Subscription', {
      subscription: '5b1e7d3c-2a4f-4c68-8e9b-0f3d6a2c1b74',
      client: 'a7c3e9f1-4d2b-4b85-9a6e-3c1f7d0b2e59',
      tenant: 'e2b8d4f6-9a1c-4e37-b5d0-8f6a2c4e1b93',
    })],
    projects: [project],
    deploymentProcesses: [process],
    tasks: [],
    healthOnCheck: {},
    // The first worker an operator adds here switches the built-in worker off (R7).
    discoverable: { 'octo-worker-01.corp.local:10933': { thumbprint: rng.hex(40, true), name: 'octo-worker-01' } },
  };
}

export const freshInstallScenario: Scenario = {
  name: 'fresh-install',
  description: 'Only the Default Worker Pool, no workers: steps run on the built-in worker.',
  seed: seedFreshInstall,
};

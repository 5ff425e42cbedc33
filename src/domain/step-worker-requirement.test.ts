// @vitest-environment node
import type { ExecutionLocation } from './execution-location';
import { requiresWorker, workerRequirement } from './step-worker-requirement';

describe('workerRequirement', () => {
  it.each([
    // [rule, action type, location, expected]
    ['R10: a script run once on a worker', 'Octopus.Script', 'worker-once', 'worker'],
    ['R10: a script run on a worker on behalf of targets', 'Octopus.Script', 'worker-on-behalf', 'worker'],
    ['R10: a script run on each target', 'Octopus.Script', 'targets', 'targets'],
    ['R10: Azure, whatever the location says', 'Octopus.AzurePowerShell', 'targets', 'worker'],
    ['R10: AWS on behalf of targets', 'Octopus.AwsRunScript', 'worker-on-behalf', 'worker'],
    ['R10: Terraform once', 'Octopus.TerraformApply', 'worker-once', 'worker'],
    ['R10: a package step runs on targets', 'Octopus.TentaclePackage', 'targets', 'targets'],
    [
      'R10: a package step never takes a worker, even if the JSON says RunOnServer',
      'Octopus.TentaclePackage',
      'worker-once',
      'targets',
    ],
    ['R10: email runs inside the server', 'Octopus.Email', 'worker-once', 'server'],
    ['R10: manual intervention runs inside the server', 'Octopus.Manual', 'targets', 'server'],
    ['an unknown type set to run on a worker is taken at its word', 'Acme.Deploy', 'worker-once', 'worker'],
    ['an unknown type on targets', 'Acme.Deploy', 'targets', 'targets'],
  ] as const)('%s', (_rule, actionType, location: ExecutionLocation, expected) => {
    expect(workerRequirement(actionType, location)).toBe(expected);
    expect(requiresWorker(actionType, location)).toBe(expected === 'worker');
  });
});

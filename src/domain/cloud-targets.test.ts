// @vitest-environment node
import { isCloudTarget, targetDefaultPoolId, targetKindLabel } from './cloud-targets';

const target = (
  CommunicationStyle: string,
  DefaultWorkerPoolId?: string | null,
  DeploymentTargetTypeId?: string,
) => ({
  Endpoint: { CommunicationStyle, DefaultWorkerPoolId, DeploymentTargetTypeId },
});

describe('targetDefaultPoolId', () => {
  it.each([
    // [rule, style, DefaultWorkerPoolId, expected]
    ['R12: an Azure Web App with its own pool', 'AzureWebApp', 'WorkerPools-4', 'WorkerPools-4'],
    ['R12: a Kubernetes cluster with its own pool', 'Kubernetes', 'WorkerPools-7', 'WorkerPools-7'],
    ['R12: a Cloud Region with its own pool', 'None', 'WorkerPools-5', 'WorkerPools-5'],
    ["R12: '' means the target names none", 'AzureWebApp', '', undefined],
    ['R12: null means the target names none', 'None', null, undefined],
    ['R12: absent means the target names none', 'Kubernetes', undefined, undefined],
    ['R12: blanks mean the target names none', 'AzureWebApp', '  ', undefined],
    ['R12: a Listening Tentacle never names one', 'TentaclePassive', 'WorkerPools-4', undefined],
    ['R12: a Polling Tentacle never names one', 'TentacleActive', 'WorkerPools-4', undefined],
    ['R12: an SSH target never names one', 'Ssh', 'WorkerPools-4', undefined],
    ['R12: a Kubernetes agent runs its own steps', 'KubernetesTentacle', 'WorkerPools-4', undefined],
  ] as const)('%s', (_rule, style, poolId, expected) => {
    expect(targetDefaultPoolId(target(style, poolId))).toBe(expected);
  });
});

describe('isCloudTarget', () => {
  it('R12: Tentacle and SSH targets are not cloud targets; step packages and ECS are', () => {
    expect(
      ['TentaclePassive', 'TentacleActive', 'Ssh', 'OfflineDrop'].map((s) => isCloudTarget(target(s))),
    ).toEqual([false, false, false, false]);
    expect(
      ['None', 'AzureWebApp', 'Kubernetes', 'StepPackage', 'AwsEcsCluster'].map((s) =>
        isCloudTarget(target(s)),
      ),
    ).toEqual([true, true, true, true, true]);
  });
});

/** Every communication style Octopus knows (octopus-api.md §2.4), and one it may add later. */
const COMMUNICATION_STYLES_CLOUD = [
  ['None', true],
  ['TentaclePassive', false],
  ['TentacleActive', false],
  ['Ssh', false],
  ['OfflineDrop', false],
  ['AzureWebApp', true],
  ['Ftp', false],
  ['AzureCloudService', true],
  ['AzureServiceFabricCluster', true],
  ['Kubernetes', true],
  ['StepPackage', true],
  ['KubernetesTentacle', false],
  ['AwsEcsCluster', true],
  ['SomethingNew', false],
] as const;

describe('isCloudTarget for every communication style', () => {
  it.each(COMMUNICATION_STYLES_CLOUD)(
    'R12: %s names its own default pool: %s (only endpoints that declare DefaultWorkerPoolId do)',
    (style, cloud) => {
      expect(isCloudTarget(target(style))).toBe(cloud);
      expect(targetDefaultPoolId(target(style, 'WorkerPools-4'))).toBe(cloud ? 'WorkerPools-4' : undefined);
    },
  );
});

describe('targetKindLabel', () => {
  it.each([
    ['None', undefined, 'Cloud Region'],
    ['AzureWebApp', 'AzureWebApp', 'Azure Web App'],
    ['Kubernetes', undefined, 'Kubernetes'],
    ['TentaclePassive', undefined, 'Listening Tentacle'],
    ['StepPackage', 'aws-ecs-target', 'aws-ecs-target'],
    ['SomethingNew', undefined, 'SomethingNew'],
  ] as const)('%s → %s', (style, typeId, expected) => {
    expect(targetKindLabel(target(style, null, typeId))).toBe(expected);
  });
});

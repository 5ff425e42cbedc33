// @vitest-environment node
import { stepType, stepTypeName } from './step-types';

describe('stepType', () => {
  it.each([
    // [rule, action type, display name, category]
    ['R10: a script step runs where its execution location says', 'Octopus.Script', 'Run a Script', 'script'],
    [
      'R10: Azure steps always need a worker',
      'Octopus.AzurePowerShell',
      'Run an Azure PowerShell Script',
      'cloud',
    ],
    ['R10: AWS steps always need a worker', 'Octopus.AwsRunScript', 'Run an AWS CLI Script', 'cloud'],
    [
      'R10: Terraform steps always need a worker',
      'Octopus.TerraformApply',
      'Apply a Terraform template',
      'cloud',
    ],
    ['R10: package steps run on targets', 'Octopus.TentaclePackage', 'Deploy a Package', 'package'],
    ['R10: email runs inside the server', 'Octopus.Email', 'Send an Email', 'server'],
    ['R10: manual intervention runs inside the server', 'Octopus.Manual', 'Manual Intervention', 'server'],
    ['R10: IIS is a package step', 'Octopus.IIS', 'Deploy to IIS', 'package'],
    [
      'R10: Windows Service is a package step',
      'Octopus.WindowsService',
      'Deploy a Windows Service',
      'package',
    ],
    [
      'R10: ARM templates are Azure steps',
      'Octopus.AzureResourceGroup',
      'Deploy an Azure Resource Manager template',
      'cloud',
    ],
    [
      'R10: CloudFormation is an AWS step',
      'Octopus.AwsRunCloudFormation',
      'Deploy an AWS CloudFormation template',
      'cloud',
    ],
    ['R10: S3 upload is an AWS step', 'Octopus.AwsUploadS3', 'Upload a package to an AWS S3 bucket', 'cloud'],
    [
      'R10: Terraform destroy is a Terraform step',
      'Octopus.TerraformDestroy',
      'Destroy Terraform resources',
      'cloud',
    ],
    [
      'Kubernetes steps run on a worker on behalf of the cluster',
      'Octopus.KubernetesDeployContainers',
      'Deploy Kubernetes containers',
      'cloud',
    ],
    [
      'Helm upgrades run on a worker on behalf of the cluster',
      'Octopus.HelmChartUpgrade',
      'Upgrade a Helm Chart',
      'cloud',
    ],
  ] as const)('%s (%s)', (_rule, actionType, displayName, category) => {
    expect(stepType(actionType)).toMatchObject({ displayName, category, known: true });
    expect(stepTypeName(actionType)).toBe(displayName);
  });

  it.each([
    ['Octopus.AzureAppService', 'azure', 'Azure'],
    ['Octopus.AwsEcsDeploy', 'aws', 'AWS'],
    ['Octopus.TerraformValidate', 'terraform', 'Terraform'],
  ] as const)('R10: an unknown %s is still a cloud step, by its prefix', (actionType, family, word) => {
    const type = stepType(actionType);
    expect(type).toMatchObject({ category: 'cloud', family, known: false, displayName: actionType });
    expect(type.note).toBe(
      `${actionType} is not a step type this portal knows; like every ${word} step, it is taken to run on a worker.`,
    );
  });

  it('an unknown type without a cloud prefix is taken to run on targets, with a note', () => {
    expect(stepType('Octopus.JiraIntegration.ServiceDeskAction')).toMatchObject({
      category: 'package',
      known: false,
    });
    expect(stepType('Octopus.JiraIntegration.ServiceDeskAction').note).toMatch(
      /not a step type this portal knows.*deployment targets/,
    );
  });

  it('a known type carries no note', () => {
    expect(stepType('Octopus.Script').note).toBeUndefined();
  });
});

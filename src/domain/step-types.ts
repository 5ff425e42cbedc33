// The action types the portal knows, and where each kind of step runs (R10, R15, R16; octopus-api.md
// §2.8, §3.3). A step template from the library keeps its base ActionType, so these cover most steps.

/**
 * - `script`: runs where its Execution Location says: on a worker (once, or on behalf of targets) or on
 *   each deployment target (`Octopus.Action.RunOnServer`).
 * - `cloud`: Azure, AWS, Terraform (and Kubernetes) steps: always on a worker, never on a target
 *   (Sashimi's `CanRunOnDeploymentTarget=false`); they may still run on behalf of targets.
 * - `package`: deploys to the deployment targets themselves.
 * - `server`: runs inside the Octopus Server process (Email, Manual intervention): never needs a worker.
 */
export type StepCategory = 'script' | 'cloud' | 'package' | 'server';
export type CloudFamily = 'azure' | 'aws' | 'terraform' | 'kubernetes';

export interface StepType {
  actionType: string;
  displayName: string;
  category: StepCategory;
  family?: CloudFamily;
  /** False for an ActionType not listed here; `note` then says how the portal treats it. */
  known: boolean;
  note?: string;
}

type Entry = [displayName: string, category: StepCategory, family?: CloudFamily];

const KNOWN: Record<string, Entry> = {
  'Octopus.Script': ['Run a Script', 'script'],
  'Octopus.TentaclePackage': ['Deploy a Package', 'package'],
  'Octopus.TransferPackage': ['Transfer a Package', 'package'],
  'Octopus.IIS': ['Deploy to IIS', 'package'],
  'Octopus.WindowsService': ['Deploy a Windows Service', 'package'],
  'Octopus.Email': ['Send an Email', 'server'],
  'Octopus.Manual': ['Manual Intervention', 'server'],
  'Octopus.AzurePowerShell': ['Run an Azure PowerShell Script', 'cloud', 'azure'],
  'Octopus.AzureWebApp': ['Deploy an Azure Web App', 'cloud', 'azure'],
  'Octopus.AzureResourceGroup': ['Deploy an Azure Resource Manager template', 'cloud', 'azure'],
  'Octopus.AzureCloudService': ['Deploy an Azure Cloud Service', 'cloud', 'azure'],
  'Octopus.AzureServiceFabricApp': ['Deploy a Service Fabric App', 'cloud', 'azure'],
  'Octopus.AwsRunScript': ['Run an AWS CLI Script', 'cloud', 'aws'],
  'Octopus.AwsRunCloudFormation': ['Deploy an AWS CloudFormation template', 'cloud', 'aws'],
  'Octopus.AwsApplyCloudFormationChangeSet': ['Apply an AWS CloudFormation Change Set', 'cloud', 'aws'],
  'Octopus.AwsDeleteCloudFormation': ['Delete an AWS CloudFormation stack', 'cloud', 'aws'],
  // Sashimi lets S3 uploads run on a target, but R10 (and Octopus's docs) say every AWS step needs a worker.
  'Octopus.AwsUploadS3': ['Upload a package to an AWS S3 bucket', 'cloud', 'aws'],
  'Octopus.TerraformApply': ['Apply a Terraform template', 'cloud', 'terraform'],
  'Octopus.TerraformPlan': ['Plan to apply a Terraform template', 'cloud', 'terraform'],
  'Octopus.TerraformDestroy': ['Destroy Terraform resources', 'cloud', 'terraform'],
  'Octopus.TerraformPlanDestroy': ['Plan a Terraform destroy', 'cloud', 'terraform'],
  // Kubernetes steps run kubectl/helm on a worker on behalf of the cluster target, like the cloud steps.
  'Octopus.KubernetesRunScript': ['Run a kubectl script', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeployContainers': ['Deploy Kubernetes containers', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeployRawYaml': ['Deploy raw Kubernetes YAML', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeployService': ['Deploy a Kubernetes service resource', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeployIngress': ['Deploy a Kubernetes ingress resource', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeployConfigMap': ['Deploy a Kubernetes config map resource', 'cloud', 'kubernetes'],
  'Octopus.KubernetesDeploySecret': ['Deploy a Kubernetes secret resource', 'cloud', 'kubernetes'],
  'Octopus.Kubernetes.Kustomize': ['Deploy with Kustomize', 'cloud', 'kubernetes'],
  'Octopus.HelmChartUpgrade': ['Upgrade a Helm Chart', 'cloud', 'kubernetes'],
};

const PREFIXES: Array<[prefix: string, family: CloudFamily]> = [
  ['Octopus.Azure', 'azure'],
  ['Octopus.Aws', 'aws'],
  ['Octopus.Terraform', 'terraform'],
  ['Octopus.Kubernetes', 'kubernetes'],
];

const FAMILY_NAMES: Record<CloudFamily, string> = {
  azure: 'Azure',
  aws: 'AWS',
  terraform: 'Terraform',
  kubernetes: 'Kubernetes',
};

export function stepType(actionType: string): StepType {
  const entry = KNOWN[actionType];
  if (entry) {
    const [displayName, category, family] = entry;
    return family
      ? { actionType, displayName, category, family, known: true }
      : { actionType, displayName, category, known: true };
  }
  // R10: a newer Azure/AWS/Terraform step is still a cloud step, wherever its name comes from.
  const prefix = PREFIXES.find(([p]) => actionType.startsWith(p));
  if (prefix) {
    return {
      actionType,
      displayName: actionType,
      category: 'cloud',
      family: prefix[1],
      known: false,
      note: `${actionType} is not a step type this portal knows; like every ${FAMILY_NAMES[prefix[1]]} step, it is taken to run on a worker.`,
    };
  }
  return {
    actionType,
    displayName: actionType,
    category: 'package',
    known: false,
    note: `${actionType} is not a step type this portal knows; it is taken to run on the deployment targets unless it is set to run on a worker.`,
  };
}

/** The step's name as Octopus's step library shows it, e.g. "Run an AWS CLI Script". */
export function stepTypeName(actionType: string): string {
  return stepType(actionType).displayName;
}

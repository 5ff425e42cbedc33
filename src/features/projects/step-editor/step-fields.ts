// Which fields a step type's editor shows, and the Octopus property each one is stored in (octopus-api.md
// §2.8). Where the step runs is not decided here: that is R10–R16 in src/domain.
import { stepType } from '../../../domain/step-types';

export const PROP = {
  scriptSource: 'Octopus.Action.Script.ScriptSource',
  syntax: 'Octopus.Action.Script.Syntax',
  scriptBody: 'Octopus.Action.Script.ScriptBody',
  terraformTemplate: 'Octopus.Action.Terraform.Template',
  packageId: 'Octopus.Action.Package.PackageId',
  feedId: 'Octopus.Action.Package.FeedId',
  emailTo: 'Octopus.Action.Email.To',
  emailSubject: 'Octopus.Action.Email.Subject',
  emailBody: 'Octopus.Action.Email.Body',
  instructions: 'Octopus.Action.Manual.Instructions',
} as const;

export const SCRIPT_SYNTAXES = ['PowerShell', 'Bash', 'CSharp', 'FSharp', 'Python'] as const;

// Steps whose body is an inline script (Octopus's "Run a Script" family); other cloud steps take templates.
const SCRIPT_TYPES = new Set([
  'Octopus.Script',
  'Octopus.AzurePowerShell',
  'Octopus.AwsRunScript',
  'Octopus.KubernetesRunScript',
]);

export interface StepFieldSet {
  script: boolean;
  terraform: boolean;
  packageId: boolean;
  email: boolean;
  manual: boolean;
  /** Email and manual steps run inside the server: they have no execution location or roles at all. */
  placement: boolean;
}

export function stepFields(actionType: string): StepFieldSet {
  const type = stepType(actionType);
  return {
    script: SCRIPT_TYPES.has(actionType),
    terraform: type.family === 'terraform',
    packageId: type.category === 'package',
    email: actionType === 'Octopus.Email',
    manual: actionType === 'Octopus.Manual',
    placement: type.category !== 'server',
  };
}

/** The step types `Add step` offers, in the order Octopus's step library lists them. */
export const ADDABLE_STEP_TYPES = [
  'Octopus.Script',
  'Octopus.AzurePowerShell',
  'Octopus.AwsRunScript',
  'Octopus.TerraformApply',
  'Octopus.TentaclePackage',
  'Octopus.Email',
  'Octopus.Manual',
] as const;

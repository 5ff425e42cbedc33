// One builder per step kind, with the property keys Octopus's own step templates write. Which kinds
// need a worker (R10): script (unless on each target), Azure, AWS and Terraform. Email and manual
// intervention run inside the server; package steps run on targets.
import type { DeploymentStep } from '../../src/api/schemas';
import { step, type StepOptions } from './process-builders';
import type { Rng } from './rng';

type Syntax = 'PowerShell' | 'Bash';

function inlineScript(syntax: Syntax, body: string): Record<string, string> {
  return {
    'Octopus.Action.Script.ScriptSource': 'Inline',
    'Octopus.Action.Script.Syntax': syntax,
    'Octopus.Action.Script.ScriptBody': body,
  };
}

/** `runOnServer` false means "Run on each deployment target": roles are then required and no pool applies. */
export function scriptStep(rng: Rng, o: StepOptions & { runOnServer: boolean; syntax?: Syntax; body: string }): DeploymentStep {
  return step(rng, o, 'Octopus.Script', {
    'Octopus.Action.RunOnServer': String(o.runOnServer),
    ...inlineScript(o.syntax ?? 'PowerShell', o.body),
  });
}

export function azurePowerShellStep(rng: Rng, o: StepOptions & { accountId: string; body: string }): DeploymentStep {
  return step(rng, o, 'Octopus.AzurePowerShell', {
    'Octopus.Action.RunOnServer': 'true',
    'Octopus.Action.Azure.AccountId': o.accountId,
    ...inlineScript('PowerShell', o.body),
  });
}

/** The AWS account comes from a project variable of type "Amazon Web Services Account". */
export function awsScriptStep(rng: Rng, o: StepOptions & { accountVariable: string; region: string; body: string }): DeploymentStep {
  return step(rng, o, 'Octopus.AwsRunScript', {
    'Octopus.Action.RunOnServer': 'true',
    'Octopus.Action.AwsAccount.Variable': o.accountVariable,
    'Octopus.Action.AwsAccount.UseInstanceRole': 'False',
    'Octopus.Action.Aws.AssumeRole': 'False',
    'Octopus.Action.Aws.Region': o.region,
    ...inlineScript('Bash', o.body),
  });
}

export function terraformApplyStep(rng: Rng, o: StepOptions & { accountVariable: string; region: string; template: string }): DeploymentStep {
  return step(rng, o, 'Octopus.TerraformApply', {
    'Octopus.Action.RunOnServer': 'true',
    'Octopus.Action.Script.ScriptSource': 'Inline',
    'Octopus.Action.Terraform.Template': o.template,
    'Octopus.Action.Terraform.TemplateParameters': '{}',
    'Octopus.Action.Terraform.ManagedAccount': 'AWS',
    'Octopus.Action.Terraform.AllowPluginDownloads': 'True',
    'Octopus.Action.Terraform.RunAutomaticFileSubstitution': 'True',
    'Octopus.Action.AwsAccount.Variable': o.accountVariable,
    'Octopus.Action.AwsAccount.UseInstanceRole': 'False',
    'Octopus.Action.Aws.AssumeRole': 'False',
    'Octopus.Action.Aws.Region': o.region,
  });
}

/** Deploys a package from the built-in feed to each target in the roles; never takes a pool. */
export function packageStep(rng: Rng, o: Omit<StepOptions, 'pool'> & { roles: string[]; packageId: string }): DeploymentStep {
  const packageRef = { Id: rng.guid(), Name: '', PackageId: o.packageId, FeedId: 'feeds-builtin',
    AcquisitionLocation: 'Server', Properties: {} };
  return step(rng, o, 'Octopus.TentaclePackage', {
    'Octopus.Action.Package.PackageId': o.packageId,
    'Octopus.Action.Package.FeedId': 'feeds-builtin',
    'Octopus.Action.Package.DownloadOnTentacle': 'False',
    'Octopus.Action.EnabledFeatures': 'Octopus.Features.ConfigurationTransforms,Octopus.Features.ConfigurationVariables',
  }, { packages: [packageRef] });
}

export function emailStep(rng: Rng, o: Omit<StepOptions, 'pool' | 'roles'> & { to: string; subject: string; body: string }): DeploymentStep {
  return step(rng, o, 'Octopus.Email', {
    'Octopus.Action.Email.To': o.to,
    'Octopus.Action.Email.Subject': o.subject,
    'Octopus.Action.Email.Body': o.body,
    'Octopus.Action.Email.IsHtml': 'False',
  });
}

export function manualStep(rng: Rng, o: Omit<StepOptions, 'pool' | 'roles'> & { instructions: string; teamIds: string[] }): DeploymentStep {
  return step(rng, o, 'Octopus.Manual', {
    'Octopus.Action.Manual.Instructions': o.instructions,
    'Octopus.Action.Manual.ResponsibleTeamIds': o.teamIds.join(','),
    'Octopus.Action.Manual.BlockConcurrentDeployments': 'False',
  });
}

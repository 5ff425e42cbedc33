// The `large` scenario's 50 projects: 2–4 steps each, spread over the pools (empty ones included), so
// that "which steps use this pool" (R5) and per-step verdicts have real work to do.
import type { DeploymentProcess, DeploymentStep, Project } from '../../src/api/schemas';
import { projectWithProcess, type PoolChoice } from './process-builders';
import type { Rng } from './rng';
import { awsScriptStep, azurePowerShellStep, emailStep, manualStep, packageStep, scriptStep, terraformApplyStep } from './step-kinds';

const SERVICES = ['Billing', 'Catalog', 'Checkout', 'Identity', 'Inventory', 'Search', 'Shipping', 'Notifications', 'Reporting', 'Payments'];
const FLAVOURS = ['API', 'Web', 'Worker', 'Jobs', 'Portal'];
const AWS = { accountVariable: 'Project.AWS.Account', region: 'us-west-2' };

type StepMaker = (rng: Rng, name: string, pool: PoolChoice | undefined) => DeploymentStep;

const MAKERS: StepMaker[] = [
  (rng, name, pool) => scriptStep(rng, { name: `Migrate ${name} database`, runOnServer: true, pool, body: './migrate.ps1' }),
  (rng, name, pool) => azurePowerShellStep(rng, { name: `Deploy ${name} to Azure`, roles: ['azure-web'], pool, accountId: 'Accounts-2',
    body: 'Publish-AzWebApp -ResourceGroupName #{Azure.ResourceGroup} -Name #{Azure.WebApp} -ArchivePath ./app.zip -Force' }),
  (rng, name, pool) => awsScriptStep(rng, { name: `Refresh ${name} AWS resources`, pool, ...AWS, body: 'aws ecs update-service --force-new-deployment' }),
  (rng, name, pool) => terraformApplyStep(rng, { name: `Apply ${name} Terraform`, pool, ...AWS, template: 'resource "null_resource" "noop" {}' }),
  (rng, name) => packageStep(rng, { name: `Deploy ${name} package`, roles: ['web-server'], packageId: name.replace(/ /g, '.') }),
  (rng, name, pool) => scriptStep(rng, { name: `Smoke test ${name}`, runOnServer: true, roles: ['cloud-region'], pool, syntax: 'Bash',
    body: 'curl --fail "#{Smoke.Url}"' }),
  (rng, name) => emailStep(rng, { name: `Announce ${name}`, to: 'releases@example.com', subject: `${name} deployed`, body: 'Done.' }),
  (rng, name) => manualStep(rng, { name: `Approve ${name}`, teamIds: ['teams-managers'], instructions: 'Approve the release.' }),
];

export function largeProjects(rng: Rng, poolIds: string[]): { projects: Project[]; deploymentProcesses: DeploymentProcess[] } {
  const projects: Project[] = [];
  const deploymentProcesses: DeploymentProcess[] = [];
  for (let i = 0; i < SERVICES.length * FLAVOURS.length; i++) {
    const name = `${SERVICES[Math.floor(i / FLAVOURS.length)]} ${FLAVOURS[i % FLAVOURS.length]}`;
    const steps: DeploymentStep[] = [];
    const count = 2 + rng.int(3);
    // Step names must be unique within a process: strides of 3 from one start never repeat a kind in 4.
    const start = rng.int(MAKERS.length);
    for (let s = 0; s < count; s++) {
      // Roughly one step in five names no pool, so the default pool (R11) gets its share.
      const pool = rng.next() < 0.2 ? undefined : { poolId: rng.pick(poolIds) };
      const maker = MAKERS[(start + s * 3) % MAKERS.length] as StepMaker;
      steps.push(maker(rng, name, pool));
    }
    const { project, process } = projectWithProcess(i + 1, name, `The ${name} service.`, 3 + rng.int(10), steps);
    projects.push(project);
    deploymentProcesses.push(process);
  }
  return { projects, deploymentProcesses };
}

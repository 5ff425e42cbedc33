// The `large` scenario's 50 projects: 2–4 steps each, spread over the pools (empty ones included), so
// that "which steps use this pool" (R5) and per-step verdicts have real work to do; and one release train
// of 30 steps, where the step editor has a whole long process to read (`npm run bench` opens it).
import type { DeploymentProcess, DeploymentStep, Project } from '../../src/api/schemas';
import { projectWithProcess, type PoolChoice } from './process-builders';
import { createRng, type Rng } from './rng';
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
  // Its own generator, so the 50 projects above stay as they were.
  const train = releaseTrain(createRng(30), poolIds, projects.length + 1);
  projects.push(train.project);
  deploymentProcesses.push(train.process);
  return { projects, deploymentProcesses };
}

export const RELEASE_TRAIN = { name: 'Release Train', steps: 30 } as const;

/** One process of 30 steps: every kind of step, for each service in turn, most of them on a pool. */
function releaseTrain(rng: Rng, poolIds: string[], n: number) {
  const steps: DeploymentStep[] = [];
  for (let s = 0; s < RELEASE_TRAIN.steps; s++) {
    const service = SERVICES[s % SERVICES.length] as string;
    const pool = s % 5 === 4 ? undefined : { poolId: rng.pick(poolIds) };
    // Step names are unique: each (service, kind) pair comes up once in 30.
    steps.push((MAKERS[s % MAKERS.length] as StepMaker)(rng, `${service} ${Math.floor(s / SERVICES.length) + 1}`, pool));
  }
  return projectWithProcess(n, RELEASE_TRAIN.name, 'Every service, released together: 30 steps.', 7, steps);
}

// `large`: 10,000 workers across 200 pools and 50 projects (and a 30-step release train), to keep lists, filters and summaries honest at
// scale. Everything comes from one seeded generator, and seed() stays well under 150 ms: no zod, no
// sorting, one pass per entity type.
import type { HealthStatus, Worker, WorkerPool } from '../../src/api/schemas';
import type { MockData, Scenario } from '../types';
import { awsAccount, azureServicePrincipal, defaultWorkerPool, features, space, sshKeyPairAccount, standardEnvironments, workerPool } from './builders';
import { largeProjects } from './large-projects';
import { defaultMachinePolicy, transientWorkersPolicy } from './machine-policies';
import type { Os } from './machine-details';
import { createRng, type Rng } from './rng';
import { azureWebAppTarget, cloudRegionTarget, kubernetesTarget, listeningTarget } from './target-builders';
import { administrator } from './users';
import { worker } from './worker-builder';

export const LARGE = { workers: 10_000, pools: 200, projects: 50, defaultPoolWorkers: 120 } as const;

const KINDS = ['Linux', 'Windows', 'Azure', 'AWS', 'GCP', 'Build', 'Test', 'Edge'] as const;
const WINDOWS_KINDS: ReadonlySet<string> = new Set(['Windows', 'Azure', 'Build']);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Every 40th pool stays empty, so the empty-pool flag shows up on several pages. */
export const isEmptyLargePool = (n: number) => n % 40 === 0;

/** A pool and its kind, which decides its workers' operating system and policy. */
interface LargePool {
  pool: WorkerPool;
  kind: string;
}

function pools(): LargePool[] {
  const result: LargePool[] = [{ pool: defaultWorkerPool(), kind: 'Default' }];
  for (let n = 2; n <= LARGE.pools; n++) {
    const kind = KINDS[(n - 2) % KINDS.length] as string;
    result.push({ pool: workerPool(n, `${kind} Workers ${pad(n, 3)}`, `${kind} workers, group ${pad(n, 3)}.`), kind });
  }
  return result;
}

/** Mostly healthy, with the tail a real fleet has. */
function health(rng: Rng): HealthStatus {
  const r = rng.next();
  if (r < 0.9) return 'Healthy';
  if (r < 0.94) return 'HasWarnings';
  if (r < 0.96) return 'Unhealthy';
  if (r < 0.99) return 'Unavailable';
  return 'Unknown';
}

function workers(rng: Rng, allPools: LargePool[]): Worker[] {
  const filled = allPools.filter((_p, i) => i > 0 && !isEmptyLargePool(i + 1));
  const result: Worker[] = [];
  for (let i = 1; i <= LARGE.workers; i++) {
    // The default pool first, then one worker per non-empty pool so none is left empty by chance.
    const k = i - LARGE.defaultPoolWorkers;
    const { pool, kind } = k <= 0 ? (allPools[0] as LargePool) : k <= filled.length ? (filled[k - 1] as LargePool) : rng.pick(filled);
    const second = rng.next() < 0.03 ? rng.pick(filled).pool : undefined;
    const poolIds = second && second.Id !== pool.Id ? [pool.Id, second.Id] : [pool.Id];
    const windows = WINDOWS_KINDS.has(kind);
    const os: Os = windows ? 'windows' : 'linux';
    const r = rng.next();
    const style = windows ? (r < 0.6 ? 'TentaclePassive' : 'TentacleActive') : r < 0.7 ? 'Ssh' : r < 0.85 ? 'TentaclePassive' : 'TentacleActive';
    result.push(worker(rng, {
      n: i, name: `worker-${pad(i, 5)}`, poolIds, style, os, health: health(rng),
      policyId: kind === 'AWS' ? 'MachinePolicies-2' : 'MachinePolicies-1',
      disabled: rng.next() < 0.02, calamariOutdated: rng.next() < 0.05,
      accountId: style === 'Ssh' ? 'Accounts-1' : undefined, platform: style === 'Ssh' ? 'linux-x64' : undefined,
    }));
  }
  return result;
}

export function seedLarge(): MockData {
  const rng = createRng(10_000);
  const largePools = pools();
  const workerPools = largePools.map((p) => p.pool);
  const allWorkers = workers(rng, largePools);
  // Half of the unavailable workers come back on the next health check.
  const healthOnCheck: Record<string, HealthStatus> = {};
  for (const w of allWorkers) if (w.HealthStatus === 'Unavailable' && rng.next() < 0.5) healthOnCheck[w.Id] = 'Healthy';
  const { projects, deploymentProcesses } = largeProjects(rng, workerPools.map((p) => p.Id));
  const env = ['Environments-1', 'Environments-2', 'Environments-3'];
  return {
    space: space(),
    ...administrator(),
    features: features(true),
    workerPools,
    workers: allWorkers,
    machinePolicies: [defaultMachinePolicy(), transientWorkersPolicy(2)],
    environments: standardEnvironments(),
    machines: [
      listeningTarget(rng, { n: 1, name: 'web-01', host: 'web-01.corp.local', os: 'windows', roles: ['web-server'], environmentIds: env }),
      listeningTarget(rng, { n: 2, name: 'web-02', host: 'web-02.corp.local', os: 'windows', roles: ['web-server'], environmentIds: env }),
      azureWebAppTarget({ n: 3, name: 'Storefront Web App', roles: ['azure-web'], environmentIds: env, accountId: 'Accounts-2',
        resourceGroup: 'rg-storefront', webApp: 'storefront', defaultPoolId: 'WorkerPools-4' }),
      azureWebAppTarget({ n: 4, name: 'Back Office Web App', roles: ['azure-web'], environmentIds: env, accountId: 'Accounts-2',
        resourceGroup: 'rg-backoffice', webApp: 'backoffice', defaultPoolId: '' }),
      cloudRegionTarget({ n: 5, name: 'AWS us-east-1', roles: ['cloud-region'], environmentIds: env, defaultPoolId: 'WorkerPools-5' }),
      kubernetesTarget({ n: 6, name: 'AKS Shared Cluster', roles: ['k8s'], environmentIds: env, clusterUrl: 'https://aks-shared.hcp.westeurope.azmk8s.io:443',
        namespace: 'default', accountId: 'Accounts-2', cluster: 'aks-shared', resourceGroup: 'rg-platform', defaultPoolId: 'WorkerPools-40' }),
    ],
    accounts: [
      sshKeyPairAccount(1, 'Worker SSH Key', 'octopus'),
      azureServicePrincipal(2, 'Azure Subscription', { subscription: '0b6d2f8e-3c1a-4e57-9d24-7a5c1e8f3b60',
        client: '6e2a9c4f-8b1d-4f73-a5e0-2d7b3c9f1a84', tenant: 'f1c7a3e9-2d5b-4a68-b0e4-9c3f7a1d5e22' }),
      awsAccount(3, 'AWS Shared Services', 'AKIAQX7OCTOPUSLARGE7'),
    ],
    projects,
    deploymentProcesses,
    tasks: [],
    healthOnCheck,
    discoverable: {},
  };
}

export const largeScenario: Scenario = {
  name: 'large',
  description: '10,000 workers across 200 pools (five of them empty), 50 projects and a 30-step release train.',
  seed: seedLarge,
};

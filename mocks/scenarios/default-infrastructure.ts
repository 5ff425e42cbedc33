// The `default` scenario's infrastructure: pools, policies, accounts, environments and deployment
// targets. Ids are fixed so that workers, targets and steps can name them.
import type { Account, DeploymentTarget, WorkerPool } from '../../src/api/schemas';
import { awsAccount, azureServicePrincipal, defaultWorkerPool, sshKeyPairAccount, usernamePasswordAccount, workerPool } from './builders';
import type { Rng } from './rng';
import { azureWebAppTarget, cloudRegionTarget, kubernetesTarget, listeningTarget } from './target-builders';

export const POOL = {
  default: 'WorkerPools-1',
  windows: 'WorkerPools-2',
  linux: 'WorkerPools-3',
  azure: 'WorkerPools-4',
  aws: 'WorkerPools-5',
  /** Only an unhealthy and a disabled worker: steps here fail for want of a healthy worker (R14). */
  mac: 'WorkerPools-6',
  /** Empty on purpose: the empty-pool flag, and a cloud target whose own pool has nobody to run its steps. */
  kubernetes: 'WorkerPools-7',
} as const;

export const ACCOUNT = { ssh: 'Accounts-1', azure: 'Accounts-2', aws: 'Accounts-3', macLogin: 'Accounts-4' } as const;
export const ENV = { dev: 'Environments-1', test: 'Environments-2', prod: 'Environments-3' } as const;
export const POLICY = { default: 'MachinePolicies-1', transient: 'MachinePolicies-2' } as const;

export function defaultPools(): WorkerPool[] {
  return [
    defaultWorkerPool(),
    workerPool(2, 'Windows Workers', 'Windows Server 2022 workers for PowerShell and .NET Framework steps.'),
    workerPool(3, 'Linux Workers', 'Ubuntu workers with Bash, Docker, kubectl and the .NET SDK.'),
    workerPool(4, 'Azure Workers', 'Polling workers inside the production Azure VNet, co-located with the web apps.'),
    workerPool(5, 'AWS Workers', 'Autoscaled EC2 workers in us-east-1 with the AWS CLI and Terraform.'),
    workerPool(6, 'Mac Build Agents', 'macOS machines with Xcode, for signing and publishing the mobile app.'),
    workerPool(7, 'Kubernetes Workers', 'Reserved for workers inside the AKS cluster network. None registered yet.'),
  ];
}

export function defaultAccounts(): Account[] {
  return [
    sshKeyPairAccount(1, 'Linux Workers SSH Key', 'octopus'),
    azureServicePrincipal(2, 'Azure Production Subscription', {
      subscription: '8c2f4b1e-5d7a-4e39-9b1c-2a6f0d3e7c45',
      client: '3f9a6c2d-1b8e-47a5-a0d4-6e2c9b7f1a38',
      tenant: 'd4e7b2a9-6c1f-4a83-95e0-b7c3a1f8d602',
    }),
    awsAccount(3, 'AWS Production', 'AKIAQX7OCTOPUSDEMO42'),
    usernamePasswordAccount(4, 'Mac Build Agent Login', 'builder'),
  ];
}

/**
 * Tentacle targets for package steps, and cloud targets for R12: with their own pool (Azure Workers,
 * AWS Workers), with none ('' and null, as servers send both), and with the empty Kubernetes pool.
 */
export function defaultTargets(rng: Rng): DeploymentTarget[] {
  const web = ['web-server'];
  return [
    listeningTarget(rng, { n: 1, name: 'web-prod-01', host: 'web-prod-01.corp.local', os: 'windows', roles: web, environmentIds: [ENV.prod] }),
    listeningTarget(rng, { n: 2, name: 'web-prod-02', host: 'web-prod-02.corp.local', os: 'windows', roles: web, environmentIds: [ENV.prod] }),
    listeningTarget(rng, { n: 3, name: 'web-test-01', host: 'web-test-01.corp.local', os: 'windows', roles: web,
      environmentIds: [ENV.dev, ENV.test], health: 'Unavailable' }),
    listeningTarget(rng, { n: 4, name: 'app-prod-01', host: 'app-prod-01.corp.local', os: 'linux', roles: ['app-server'], environmentIds: [ENV.prod] }),
    azureWebAppTarget({ n: 5, name: 'Octo Pet Shop Web App (Production)', roles: ['azure-web'], environmentIds: [ENV.prod],
      accountId: ACCOUNT.azure, resourceGroup: 'rg-octopetshop-prod', webApp: 'octopetshop-prod', defaultPoolId: POOL.azure }),
    azureWebAppTarget({ n: 6, name: 'Octo Pet Shop Web App (Test)', roles: ['azure-web'], environmentIds: [ENV.test],
      accountId: ACCOUNT.azure, resourceGroup: 'rg-octopetshop-test', webApp: 'octopetshop-test', defaultPoolId: '' }),
    kubernetesTarget({ n: 7, name: 'AKS Production Cluster', roles: ['k8s'], environmentIds: [ENV.prod],
      clusterUrl: 'https://aks-prod-dns-7f3a2c1d.hcp.eastus.azmk8s.io:443', namespace: 'octopetshop', accountId: ACCOUNT.azure,
      cluster: 'aks-prod', resourceGroup: 'rg-platform-prod', defaultPoolId: POOL.kubernetes }),
    cloudRegionTarget({ n: 8, name: 'AWS us-east-1', roles: ['cloud-region'], environmentIds: [ENV.prod], defaultPoolId: POOL.aws }),
    cloudRegionTarget({ n: 9, name: 'AWS eu-west-1 (DR)', roles: ['cloud-region'], environmentIds: [ENV.prod], defaultPoolId: null }),
  ];
}

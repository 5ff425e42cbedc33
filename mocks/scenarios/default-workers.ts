// The `default` scenario's 25 workers: every health status and communication style (R1), three disabled,
// three with an outdated Calamari, three in two pools. Health-check outcomes are in default.ts.
import type { Worker } from '../../src/api/schemas';
import { LAST_CHECKED } from './builders';
import { ACCOUNT, POLICY, POOL } from './default-infrastructure';
import type { Rng } from './rng';
import { worker, type WorkerSpec } from './worker-builder';

const checked = `(last checked: ${LAST_CHECKED})`;
const linuxSsh = { style: 'Ssh', os: 'linux', accountId: ACCOUNT.ssh, platform: 'linux-x64' } as const;
const awsSsh = { ...linuxSsh, policyId: POLICY.transient } as const;

const SPECS: WorkerSpec[] = [
  // Default Worker Pool: any worker here displaces the built-in worker (R6), healthy or not.
  { n: 1, name: 'octo-worker-01', poolIds: [POOL.default], style: 'TentaclePassive', os: 'windows', health: 'Healthy' },
  { n: 2, name: 'octo-worker-02', poolIds: [POOL.default, POOL.windows], style: 'TentaclePassive', os: 'windows', health: 'Healthy' },
  { n: 3, name: 'octo-worker-03', poolIds: [POOL.default], style: 'TentacleActive', os: 'windows2019', health: 'HasWarnings',
    tentacleVersion: '6.3.417', summary: `Tentacle 6.3.417 is out of date; version 8.1.2 is available. An upgrade is recommended ${checked}` },
  { n: 4, name: 'octo-worker-04', poolIds: [POOL.default, POOL.linux], ...linuxSsh, health: 'Healthy' },
  { n: 5, name: 'octo-worker-05', poolIds: [POOL.default], style: 'TentaclePassive', os: 'windows', health: 'Unknown' },
  { n: 6, name: 'octo-worker-06', poolIds: [POOL.default], ...linuxSsh, os: 'debian', health: 'HasWarnings',
    summary: `Free space on /var/lib/octopus is below 10% (3.2 GB free) ${checked}` },

  // Windows Workers
  { n: 7, name: 'win-worker-01', poolIds: [POOL.windows], style: 'TentaclePassive', os: 'windows', health: 'Healthy' },
  { n: 8, name: 'win-worker-02', poolIds: [POOL.windows], style: 'TentaclePassive', os: 'windows', health: 'Healthy', calamariOutdated: true },
  { n: 9, name: 'win-worker-03', poolIds: [POOL.windows], style: 'TentacleActive', os: 'windows', health: 'Unavailable',
    summary: `The polling Tentacle has not connected for 2 hours: there was a problem communicating with this machine ${checked}` },
  { n: 10, name: 'win-worker-04', poolIds: [POOL.windows], style: 'TentaclePassive', os: 'windows2019', health: 'Healthy', disabled: true },
  { n: 11, name: 'win-worker-05', poolIds: [POOL.windows], style: 'TentacleActive', os: 'windows', health: 'Unknown' },

  // Linux Workers
  { n: 12, name: 'linux-worker-01', poolIds: [POOL.linux], ...linuxSsh, health: 'Healthy' },
  { n: 13, name: 'linux-worker-02', poolIds: [POOL.linux], ...linuxSsh, health: 'Healthy' },
  { n: 14, name: 'linux-worker-03', poolIds: [POOL.linux], ...linuxSsh, platform: null, health: 'Unhealthy',
    summary: `The health check script failed: mono: command not found (exit code 127) ${checked}` },
  { n: 15, name: 'linux-worker-04', poolIds: [POOL.linux], style: 'TentaclePassive', os: 'linux', health: 'Healthy', calamariOutdated: true },
  { n: 16, name: 'linux-worker-05', poolIds: [POOL.linux, POOL.aws], style: 'TentacleActive', os: 'linux', health: 'Healthy' },

  // Azure Workers: polling, because the Azure VNet accepts no inbound connections.
  { n: 17, name: 'azure-worker-eastus-01', poolIds: [POOL.azure], style: 'TentacleActive', os: 'windows', health: 'Healthy' },
  { n: 18, name: 'azure-worker-eastus-02', poolIds: [POOL.azure], style: 'TentacleActive', os: 'windows', health: 'Healthy' },
  { n: 19, name: 'azure-worker-westeu-01', poolIds: [POOL.azure], style: 'TentacleActive', os: 'windows', health: 'Unavailable',
    policyId: POLICY.transient },

  // AWS Workers: autoscaled, hence the transient policy.
  { n: 20, name: 'aws-worker-use1-01', host: 'ip-10-20-1-11.ec2.internal', poolIds: [POOL.aws], ...awsSsh, health: 'Healthy' },
  { n: 21, name: 'aws-worker-use1-02', host: 'ip-10-20-1-12.ec2.internal', poolIds: [POOL.aws], ...awsSsh, platform: 'linux-arm64', health: 'Healthy' },
  { n: 22, name: 'aws-worker-use1-03', host: 'ip-10-20-2-31.ec2.internal', poolIds: [POOL.aws], ...awsSsh, health: 'Healthy', calamariOutdated: true },
  { n: 23, name: 'aws-worker-use1-04', host: 'ip-10-20-2-32.ec2.internal', poolIds: [POOL.aws], ...awsSsh, health: 'Unavailable', disabled: true },

  // Mac Build Agents: one unhealthy, one disabled, so no worker can take a step (R13, R14).
  { n: 24, name: 'mac-build-01', poolIds: [POOL.mac], style: 'Ssh', os: 'mac', accountId: ACCOUNT.macLogin, platform: 'osx-x64',
    health: 'Unhealthy', summary: `The health check script failed: the Xcode command line tools are not installed (exit code 1) ${checked}` },
  { n: 25, name: 'mac-build-02', poolIds: [POOL.mac], style: 'Ssh', os: 'mac', accountId: ACCOUNT.macLogin, platform: 'osx-x64',
    health: 'Healthy', disabled: true },
];

export function defaultWorkers(rng: Rng): Worker[] {
  return SPECS.map((spec) => worker(rng, spec));
}

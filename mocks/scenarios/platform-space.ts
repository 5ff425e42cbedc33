// `default`'s second space, "Platform": a separate team's pools, workers and project, so the space switcher
// has somewhere to go and every page can be checked to show one space's data only. Ids continue from 101:
// Octopus numbers ids server-wide, so no id here may also exist in Spaces-1.
import type { MockData } from '../types';
import { environment, features, workerPool } from './builders';
import { machinePolicy } from './machine-policies';
import { projectWithProcess } from './process-builders';
import { createRng } from './rng';
import { scriptStep } from './step-kinds';
import { administrator } from './users';
import { worker } from './worker-builder';

export const PLATFORM_SPACE_ID = 'Spaces-2';

/** Builders stamp Spaces-1; this moves an entity to the Platform space. */
function here<T extends { SpaceId?: string | null }>(entity: T): T {
  return { ...entity, SpaceId: PLATFORM_SPACE_ID };
}

export function seedPlatformSpace(): MockData {
  const rng = createRng(20261202);
  const policy = here(machinePolicy(101, 'Default Machine Policy', { description: 'Default machine policy', isDefault: true }));
  const pools = [
    here(workerPool(101, 'Default Worker Pool', 'Steps that name no pool run here.', true)),
    here(workerPool(102, 'Kubernetes Workers', 'Linux workers with kubectl and helm, inside the cluster network.')),
  ].map((p, i) => ({ ...p, SortOrder: i }));
  const workers = [
    worker(rng, { n: 101, name: 'k8s-worker-01', poolIds: ['WorkerPools-102'], style: 'TentacleActive', os: 'linux', health: 'Healthy', policyId: policy.Id }),
    worker(rng, { n: 102, name: 'k8s-worker-02', poolIds: ['WorkerPools-102'], style: 'TentacleActive', os: 'linux', health: 'HasWarnings', policyId: policy.Id,
      summary: `Free space on /var/lib/octopus is below 10% (2.1 GB free) (last checked: Friday, 20 November 2026 9:15:02 AM +00:00)` }),
    worker(rng, { n: 103, name: 'platform-tools-01', poolIds: ['WorkerPools-101'], style: 'TentaclePassive', os: 'linux', health: 'Healthy', policyId: policy.Id }),
  ].map(here);
  const { project, process } = projectWithProcess(101, 'Cluster Upgrades', 'Rolls Kubernetes node pools to the next version.', 4, [
    scriptStep(rng, { name: 'Drain old nodes', runOnServer: true, syntax: 'Bash', pool: { poolId: 'WorkerPools-102' },
      body: 'kubectl drain -l pool=#{NodePool} --ignore-daemonsets --delete-emptydir-data' }),
    scriptStep(rng, { name: 'Record the upgrade', runOnServer: true, syntax: 'Bash',
      body: 'echo "Upgraded #{NodePool} to #{KubernetesVersion}"' }),
  ]);
  return {
    space: {
      Id: PLATFORM_SPACE_ID,
      Name: 'Platform',
      Slug: 'platform',
      Description: 'Shared clusters and the tooling around them.',
      IsDefault: false,
      IsPrivate: false,
      TaskQueueStopped: false,
      SpaceManagersTeams: ['teams-spacemanagers-Spaces-2'],
      SpaceManagersTeamMembers: [],
      ExtensionSettings: [],
      Links: {},
    },
    // The server's, not this space's: the store reads them from the first space (MockStore.db).
    ...administrator(),
    features: features(true),
    workerPools: pools,
    workers,
    machinePolicies: [policy],
    environments: [here(environment(101, 'Staging')), here(environment(102, 'Production'))],
    machines: [],
    accounts: [],
    projects: [here(project)],
    deploymentProcesses: [here(process)],
    tasks: [],
    healthOnCheck: { 'Workers-102': 'HasWarnings' },
    discoverable: {},
  };
}

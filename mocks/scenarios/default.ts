// `default`: a realistic installation (SPEC §4). read-only and viewer reuse this data with another user.
import type { HealthStatus, ServerTask } from '../../src/api/schemas';
import type { MockData, Scenario } from '../types';
import { SPACE_ID, features, space, standardEnvironments } from './builders';
import { defaultAccounts, defaultPools, defaultTargets } from './default-infrastructure';
import { defaultProjects } from './default-projects';
import { dynamicWorkerTypes } from './dynamic-worker-types';
import { defaultWorkers } from './default-workers';
import { defaultMachinePolicy, transientWorkersPolicy } from './machine-policies';
import { createRng } from './rng';
import { PLATFORM_SPACE_ID, seedPlatformSpace } from './platform-space';
import { administrator, alsoInSpace } from './users';

/**
 * What the next health check finds. Unknown workers (Workers-5, Workers-11) are not listed: they become
 * Healthy by the store's default rule. win-worker-03 comes back; the rest keep their problems.
 */
const HEALTH_ON_CHECK: Record<string, HealthStatus> = {
  'Workers-3': 'HasWarnings',
  'Workers-6': 'HasWarnings',
  'Workers-9': 'Healthy',
  'Workers-14': 'Unhealthy',
  'Workers-19': 'Unavailable',
  'Workers-23': 'Unavailable',
  'Workers-24': 'Unhealthy',
  'Machines-3': 'Healthy',
};

/** The last scheduled health check of the workers, so task history is not empty. */
function lastHealthCheck(workerIds: string[]): ServerTask {
  return {
    Id: 'ServerTasks-1041',
    SpaceId: SPACE_ID,
    Name: 'Health',
    Description: 'Check health of all workers',
    Arguments: { Timeout: '00:05:00', MachineTimeout: '00:01:00', EnvironmentId: null, WorkerpoolId: null,
      RestrictedTo: 'Workers', MachineIds: workerIds },
    State: 'Success',
    Completed: 'Friday, 20 November 2026 9:15:02 AM',
    QueueTime: '2026-11-20T09:14:31.000Z',
    StartTime: '2026-11-20T09:14:32.000Z',
    LastUpdatedTime: '2026-11-20T09:15:02.000Z',
    CompletedTime: '2026-11-20T09:15:02.000Z',
    Duration: '30 seconds',
    ErrorMessage: '',
    IsCompleted: true,
    FinishedSuccessfully: true,
    HasWarningsOrErrors: true,
    HasPendingInterruptions: false,
    HasBeenPickedUpByProcessor: true,
    CanRerun: true,
    ServerNode: 'OCTOPUS-01',
    Links: {},
  };
}

export function seedDefault(): MockData {
  // One generator per seed(), consumed in a fixed order, so every call yields the same thumbprints and ids.
  const rng = createRng(20261120);
  const workers = defaultWorkers(rng);
  const machines = defaultTargets(rng);
  const { projects, deploymentProcesses } = defaultProjects(rng);
  return {
    space: space(),
    ...alsoInSpace(administrator(), PLATFORM_SPACE_ID),
    features: features(true),
    workerPools: defaultPools(),
    workers,
    machinePolicies: [defaultMachinePolicy(), transientWorkersPolicy(2)],
    environments: standardEnvironments(),
    machines,
    accounts: defaultAccounts(),
    projects,
    deploymentProcesses,
    tasks: [lastHealthCheck(workers.filter((w) => !w.IsDisabled).map((w) => w.Id))],
    healthOnCheck: { ...HEALTH_ON_CHECK },
    // The demo offers dynamic pools too, so Add Worker Pool can show both kinds.
    dynamicWorkerTypes: dynamicWorkerTypes(),
    // Every project has a Worker Pool variable, scoped per environment (the step editor's example names it).
    workerPoolVariables: Object.fromEntries(projects.map((p) => [p.Id, ['Project.WorkerPool']])),
    discoverable: {
      'octo-worker-07.corp.local:10933': { thumbprint: rng.hex(40, true), name: 'octo-worker-07' },
      'build-win-11.corp.local:10933': { thumbprint: rng.hex(40, true), name: 'build-win-11' },
    },
  };
}

export const defaultScenario: Scenario = {
  name: 'default',
  description: 'A realistic installation: 7 pools (one empty), 25 workers of every health and kind, cloud targets, 5 projects, and a second space.',
  seed: seedDefault,
  // A second space, so the space switcher (and a space's data staying in its space) can be exercised.
  otherSpaces: () => ({ [PLATFORM_SPACE_ID]: seedPlatformSpace() }),
};

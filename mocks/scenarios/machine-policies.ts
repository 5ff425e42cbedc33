// Machine policies (octopus-api.md §2.7). Workers and targets point at one; MachinePolicies-1 is the default
// and the fallback Octopus needs to exist.
import type { MachinePolicy } from '../../src/api/schemas';
import { SEEDED_AT, SEEDED_BY, SPACE_ID, slugify } from './builders';

interface PolicyOptions {
  description: string;
  isDefault?: boolean;
  /** Transient workers (autoscaled VMs) may be offline without failing a deployment. */
  mayBeOffline?: boolean;
  /** Unavailable machines are removed after this long (`d.hh:mm:ss`); omitted = never. */
  deleteUnavailableAfter?: string;
  healthCheckInterval?: string;
  calamariUpdate?: 'UpdateOnDeployment' | 'UpdateOnNewMachine' | 'UpdateAlways';
}

const inheritedScript = { RunType: 'InheritFromDefault', ScriptBody: null };

export function machinePolicy(n: number, name: string, o: PolicyOptions): MachinePolicy {
  return {
    Id: `MachinePolicies-${n}`,
    SpaceId: SPACE_ID,
    Name: name,
    Slug: slugify(name),
    Description: o.description,
    IsDefault: o.isDefault ?? false,
    MachineHealthCheckPolicy: {
      PowerShellHealthCheckPolicy: o.isDefault ? { RunType: 'Inline', ScriptBody: '' } : inheritedScript,
      BashHealthCheckPolicy: o.isDefault ? { RunType: 'Inline', ScriptBody: '' } : inheritedScript,
      HealthCheckInterval: o.healthCheckInterval ?? '01:00:00',
      HealthCheckCron: null,
      HealthCheckCronTimezone: 'UTC',
      HealthCheckType: 'RunScript',
    },
    MachineConnectivityPolicy: {
      MachineConnectivityBehavior: o.mayBeOffline ? 'MayBeOfflineAndCanBeSkipped' : 'ExpectedToBeOnline',
    },
    MachineCleanupPolicy: {
      DeleteMachinesBehavior: o.deleteUnavailableAfter ? 'DeleteUnavailableMachines' : 'DoNotDelete',
      DeleteMachinesElapsedTimeSpan: o.deleteUnavailableAfter ?? '00:00:00',
    },
    MachineUpdatePolicy: {
      CalamariUpdateBehavior: o.calamariUpdate ?? 'UpdateOnDeployment',
      TentacleUpdateBehavior: 'NeverUpdate',
      KubernetesAgentUpdateBehavior: 'Update',
      TentacleUpdateAccountId: null,
    },
    MachineRpcCallRetryPolicy: { Enabled: true, RetryDuration: '00:02:30', HealthCheckRetryDuration: '00:02:30' },
    MachinePackageCacheRetentionPolicy: { Strategy: 'Default' },
    PollingRequestQueueTimeout: '00:02:00',
    ConnectionRetrySleepInterval: '00:00:01',
    ConnectionRetryCountLimit: 5,
    ConnectionRetryTimeLimit: '00:05:00',
    ConnectionConnectTimeout: '00:01:00',
    LastModifiedOn: SEEDED_AT,
    LastModifiedBy: SEEDED_BY,
    Links: {},
  };
}

export function defaultMachinePolicy(): MachinePolicy {
  return machinePolicy(1, 'Default Machine Policy', { description: 'Default machine policy', isDefault: true });
}

/** For autoscaled cloud workers: may be offline, cleaned up after a day, always on the latest Calamari. */
export function transientWorkersPolicy(n: number): MachinePolicy {
  return machinePolicy(n, 'Transient Workers', {
    description: 'Autoscaled cloud workers: they may be offline, and are removed after a day unavailable.',
    mayBeOffline: true,
    deleteUnavailableAfter: '1.00:00:00',
    healthCheckInterval: '00:10:00',
    calamariUpdate: 'UpdateAlways',
  });
}

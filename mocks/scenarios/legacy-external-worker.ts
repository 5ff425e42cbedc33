// `legacy-external-worker` (R9): upgraded from 2018.2, where one external worker (address + thumbprint)
// replaced the built-in worker. On upgrade it became a worker in the default pool, so the built-in worker
// is still enabled but displaced by it (R6).
import type { MockData, Scenario } from '../types';
import { LAST_CHECKED, defaultWorkerPool, environment, features, space } from './builders';
import { defaultMachinePolicy } from './machine-policies';
import { projectWithProcess } from './process-builders';
import { createRng } from './rng';
import { emailStep, packageStep, scriptStep } from './step-kinds';
import { listeningTarget } from './target-builders';
import { administrator } from './users';
import { worker } from './worker-builder';

/** The thumbprint from the 2018.2 documentation's `external-worker` example (seeds/external-worker-legacy.md). */
export const LEGACY_THUMBPRINT = 'C7524763110D271520C15B6A50296200DA6DDCAA';

export function seedLegacyExternalWorker(): MockData {
  const rng = createRng(2018_2);
  const externalWorker = worker(rng, {
    n: 1, name: 'external-worker', host: 'octo-worker.corp.local', poolIds: ['WorkerPools-1'], style: 'TentaclePassive',
    os: 'windows2019', health: 'Healthy', thumbprint: LEGACY_THUMBPRINT, tentacleVersion: '3.22.0',
    summary: 'Migrated from the 2018.2 external worker setting (Octopus.Server external-worker --address=https://octo-worker.corp.local:10933) ' +
      `when Octopus was upgraded. Octopus was able to successfully establish a connection with this worker (last checked: ${LAST_CHECKED})`,
  });
  const intranet = projectWithProcess(1, 'Intranet', 'The company intranet, deployed since 2017.', 18, [
    packageStep(rng, { name: 'Deploy intranet site', roles: ['web-server'], packageId: 'Corp.Intranet' }),
    // No pool: resolves to the default pool, which now holds the migrated worker instead of the server.
    scriptStep(rng, { name: 'Warm up intranet', runOnServer: true,
      body: 'Invoke-WebRequest -UseBasicParsing -Uri "https://intranet.corp.local/" | Out-Null' }),
  ]);
  const maintenance = projectWithProcess(2, 'Nightly Database Maintenance', 'Index rebuilds and statistics updates.', 5, [
    scriptStep(rng, { name: 'Rebuild fragmented indexes', runOnServer: true,
      body: 'Invoke-Sqlcmd -ServerInstance "sql01.corp.local" -Database Intranet -InputFile ./rebuild-indexes.sql' }),
    emailStep(rng, { name: 'Email the DBAs', to: 'dba@corp.local', subject: 'Nightly maintenance finished',
      body: 'Index maintenance for #{Octopus.Environment.Name} completed.' }),
  ]);
  return {
    space: space(),
    ...administrator(),
    features: features(true),
    workerPools: [defaultWorkerPool()],
    workers: [externalWorker],
    machinePolicies: [defaultMachinePolicy()],
    environments: [environment(1, 'Development'), environment(2, 'Production')],
    machines: [listeningTarget(rng, { n: 1, name: 'intranet-web-01', host: 'intranet-web-01.corp.local', os: 'windows2019',
      roles: ['web-server'], environmentIds: ['Environments-1', 'Environments-2'] })],
    accounts: [],
    projects: [intranet.project, maintenance.project],
    deploymentProcesses: [intranet.process, maintenance.process],
    tasks: [],
    healthOnCheck: {},
    discoverable: {},
  };
}

export const legacyExternalWorkerScenario: Scenario = {
  name: 'legacy-external-worker',
  description: 'Upgraded from 2018.2: its one external worker now sits in the Default Worker Pool.',
  seed: seedLegacyExternalWorker,
};

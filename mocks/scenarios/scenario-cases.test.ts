// @vitest-environment node
// What each scenario is for (SPEC §4): the demo cases a person or a Playwright flow relies on.
import { HEALTH_STATUSES, WORKER_COMM_STYLES } from '../../src/api/schemas';
import { isAvailableWorker } from '../../src/domain/health';
import { canConfigureServer, canEditWorkers, canViewWorkers, hasPermission } from '../../src/domain/permissions';
import type { MockData } from '../types';
import { POOL } from './default-infrastructure';
import { scenarios } from './index';
import { allActions } from './invariants';
import { LARGE } from './large';
import { LEGACY_THUMBPRINT } from './legacy-external-worker';

const S = 'Spaces-1';
const workersIn = (data: MockData, poolId: string) => data.workers.filter((w) => w.WorkerPoolIds.includes(poolId));

describe('default', () => {
  const data = scenarios.default.seed();

  it('R1: covers every health status and every worker communication style', () => {
    expect(new Set(data.workers.map((w) => w.HealthStatus))).toEqual(new Set(HEALTH_STATUSES));
    expect(new Set(data.workers.map((w) => w.Endpoint.CommunicationStyle))).toEqual(new Set(WORKER_COMM_STYLES));
    expect(data.workers.length).toBeGreaterThanOrEqual(20);
  });

  it('R1: has disabled workers, outdated Calamari and workers in two pools', () => {
    expect(data.workers.filter((w) => w.IsDisabled).length).toBeGreaterThanOrEqual(2);
    expect(data.workers.filter((w) => !w.HasLatestCalamari).length).toBeGreaterThanOrEqual(2);
    expect(data.workers.filter((w) => w.WorkerPoolIds.length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('R3, R4: has an empty pool, and two machine policies (one default)', () => {
    expect(data.workerPools.filter((p) => workersIn(data, p.Id).length === 0).map((p) => p.Name)).toEqual(['Kubernetes Workers']);
    expect(data.machinePolicies.map((p) => p.IsDefault)).toEqual([true, false]);
  });

  it('R6: the default pool has workers, so the built-in worker is displaced', () => {
    expect(data.features.IsBuiltInWorkerEnabled).toBe(true);
    expect(workersIn(data, POOL.default).length).toBeGreaterThan(0);
  });

  it('R12: cloud targets with their own default pool and without one', () => {
    const cloud = data.machines.filter((m) => m.Endpoint.DefaultWorkerPoolId !== undefined);
    expect(cloud.some((m) => m.Endpoint.DefaultWorkerPoolId)).toBe(true);
    expect(cloud.some((m) => !m.Endpoint.DefaultWorkerPoolId)).toBe(true);
    expect(new Set(cloud.map((m) => m.Endpoint.CommunicationStyle))).toEqual(new Set(['AzureWebApp', 'None', 'Kubernetes']));
  });

  it('R12, R14: the Kubernetes target names the empty pool, and a step runs on its behalf without a pool', () => {
    const k8s = data.machines.find((m) => m.Endpoint.CommunicationStyle === 'Kubernetes');
    expect(k8s?.Endpoint.DefaultWorkerPoolId).toBe(POOL.kubernetes);
    const onBehalf = allActions(data).find(({ step, action }) => step.Properties['Octopus.Action.TargetRoles'] === 'k8s' && !action.WorkerPoolId);
    expect(onBehalf?.action.Properties['Octopus.Action.RunOnServer']).toBe('true');
  });

  it('R14: one step points at the empty pool, one at a pool with no available worker', () => {
    const pools = allActions(data).map(({ action }) => action.WorkerPoolId);
    expect(pools).toContain(POOL.kubernetes);
    expect(pools).toContain(POOL.mac);
    expect(workersIn(data, POOL.mac).length).toBeGreaterThan(0);
    expect(workersIn(data, POOL.mac).some(isAvailableWorker)).toBe(false);
  });

  it('R10, R17: uses all seven step kinds, several pools, a pool variable and steps with no pool', () => {
    const actions = allActions(data).map(({ action }) => action);
    expect(new Set(actions.map((a) => a.ActionType))).toEqual(new Set(['Octopus.Script', 'Octopus.AzurePowerShell',
      'Octopus.AwsRunScript', 'Octopus.TerraformApply', 'Octopus.TentaclePackage', 'Octopus.Email', 'Octopus.Manual']));
    expect(actions.some((a) => a.WorkerPoolVariable === 'Project.WorkerPool')).toBe(true);
    expect(actions.some((a) => a.ActionType === 'Octopus.AzurePowerShell' && !a.WorkerPoolId)).toBe(true);
    expect(new Set(actions.map((a) => a.WorkerPoolId).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
  });

  it('health check: Unknown workers are left to the default rule, an Unavailable one recovers, warnings stay', () => {
    const unknown = data.workers.filter((w) => w.HealthStatus === 'Unknown').map((w) => w.Id);
    expect(unknown.length).toBeGreaterThanOrEqual(2);
    for (const id of unknown) expect(data.healthOnCheck[id]).toBeUndefined();
    const recovers = data.workers.filter((w) => w.HealthStatus === 'Unavailable' && data.healthOnCheck[w.Id] === 'Healthy');
    expect(recovers).toHaveLength(1);
    expect(data.workers.some((w) => w.HealthStatus === 'HasWarnings' && data.healthOnCheck[w.Id] === 'HasWarnings')).toBe(true);
  });

  it('R4: signs in an administrator who may edit workers and configure the server', () => {
    expect(canEditWorkers(data.permissions, S)).toBe(true);
    expect(canConfigureServer(data.permissions)).toBe(true);
    expect(hasPermission(data.permissions, 'TaskCreate', S)).toBe(true);
  });
});

describe('fresh-install and builtin-disabled', () => {
  const fresh = scenarios['fresh-install'].seed();
  const disabled = scenarios['builtin-disabled'].seed();

  it('R15: fresh-install has only the default pool and no workers', () => {
    expect(fresh.workerPools).toHaveLength(1);
    expect(fresh.workers).toHaveLength(0);
    expect(fresh.features.IsBuiltInWorkerEnabled).toBe(true);
  });

  it('R15: its one project has a script step on the server and an Azure step, neither naming a pool', () => {
    const actions = allActions(fresh).map(({ action }) => action);
    expect(fresh.projects).toHaveLength(1);
    expect(actions.map((a) => [a.ActionType, a.Properties['Octopus.Action.RunOnServer'], a.WorkerPoolId, a.WorkerPoolVariable]))
      .toEqual([['Octopus.Script', 'true', null, null], ['Octopus.AzurePowerShell', 'true', null, null]]);
  });

  it('R8: builtin-disabled is fresh-install with the built-in worker switched off', () => {
    expect(disabled.features.IsBuiltInWorkerEnabled).toBe(false);
    expect({ ...disabled, features: fresh.features }).toEqual(fresh);
  });
});

describe('read-only and viewer', () => {
  const base = scenarios.default.seed();

  it("R4: read-only has default's data for a user without WorkerView or WorkerEdit", () => {
    const data = scenarios['read-only'].seed();
    expect({ ...data, user: base.user, permissions: base.permissions }).toEqual(base);
    expect(canViewWorkers(data.permissions, S)).toBe(false);
    expect(canEditWorkers(data.permissions, S)).toBe(false);
    expect(hasPermission(data.permissions, 'ProcessEdit', S)).toBe(true);
  });

  it("R4: viewer has default's data for a user with WorkerView but no WorkerEdit, ProcessEdit or ConfigureServer", () => {
    const data = scenarios.viewer.seed();
    expect({ ...data, user: base.user, permissions: base.permissions }).toEqual(base);
    expect(canViewWorkers(data.permissions, S)).toBe(true);
    expect(canEditWorkers(data.permissions, S)).toBe(false);
    expect(hasPermission(data.permissions, 'ProcessEdit', S)).toBe(false);
    expect(canConfigureServer(data.permissions)).toBe(false);
  });
});

describe('legacy-external-worker', () => {
  const data = scenarios['legacy-external-worker'].seed();

  it('R9: exactly one worker, healthy, in the default pool, with the thumbprint from the 2018.2 docs', () => {
    expect(data.workerPools).toHaveLength(1);
    expect(data.workers).toHaveLength(1);
    const [w] = data.workers;
    expect(w?.WorkerPoolIds).toEqual([POOL.default]);
    expect(w?.Endpoint).toMatchObject({ CommunicationStyle: 'TentaclePassive', Uri: 'https://octo-worker.corp.local:10933/', Thumbprint: LEGACY_THUMBPRINT });
    expect(w?.HealthStatus).toBe('Healthy');
    expect(w?.StatusSummary).toMatch(/2018\.2 external worker/);
  });

  it('R6, R9: the built-in worker is enabled but displaced by the migrated worker', () => {
    expect(data.features.IsBuiltInWorkerEnabled).toBe(true);
    expect(allActions(data).some(({ action }) => action.ActionType === 'Octopus.Script' && !action.WorkerPoolId)).toBe(true);
  });
});

describe('large', () => {
  // How fast it seeds is measured by `npm run bench`, not asserted here.
  it('seeds 10,000 workers across 200 pools, 50 projects and a 30-step release train', () => {
    const data = scenarios.large.seed();
    expect(data.workers).toHaveLength(LARGE.workers);
    expect(data.workerPools).toHaveLength(LARGE.pools);
    expect(data.projects).toHaveLength(LARGE.projects + 1);
    // The release train: one process of 30 steps with unique names, for the step editor's scale figure.
    const train = data.deploymentProcesses.find((p) => p.ProjectId === data.projects.at(-1)!.Id)!;
    expect(data.projects.at(-1)!.Name).toBe('Release Train');
    expect(new Set(train.Steps.map((s) => s.Name)).size).toBe(30);
  });

  it('R3: a few pools are empty, and processes have 2 to 4 steps (but the release train)', () => {
    const data = scenarios.large.seed();
    const used = new Set(data.workers.flatMap((w) => w.WorkerPoolIds));
    const empty = data.workerPools.filter((p) => !used.has(p.Id));
    expect(empty.length).toBeGreaterThanOrEqual(3);
    expect(empty.length).toBeLessThanOrEqual(10);
    const services = data.deploymentProcesses.slice(0, LARGE.projects);
    for (const p of services) expect(p.Steps.length).toBeGreaterThanOrEqual(2);
    for (const p of services) expect(p.Steps.length).toBeLessThanOrEqual(4);
  });
});

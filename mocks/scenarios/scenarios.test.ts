// @vitest-environment node
// Invariants every scenario must keep: what the fake server stores has to look like what a real Octopus
// would send, and hang together (SPEC §4). Scenario-specific demo cases are in scenario-cases.test.ts.
import * as core from '../../src/api/schemas';
import * as projects from '../../src/api/schemas-projects';
import * as targets from '../../src/api/schemas-targets';
import { SCENARIO_NAMES, type MockData } from '../types';
import { scenarios } from './index';
import { allActions, idProblems, referenceProblems } from './invariants';

/** Every wire schema, wherever it lives. */
const wire = { ...core, ...projects, ...targets };

const seeded = Object.fromEntries(SCENARIO_NAMES.map((name) => [name, scenarios[name].seed()])) as Record<string, MockData>;

function dupes(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => seen.size === seen.add(v).size);
}

describe.each(SCENARIO_NAMES)('scenario %s', (name) => {
  const data = seeded[name] as MockData;

  it('is registered under its own name, with a description', () => {
    expect(scenarios[name].name).toBe(name);
    expect(scenarios[name].description.length).toBeGreaterThan(10);
  });

  it('is deterministic: two seed() calls are deep-equal', () => {
    expect(scenarios[name].seed()).toEqual(data);
  });

  it('builds fresh objects on every seed(), so editing one store never leaks into the next', () => {
    const again = scenarios[name].seed();
    expect(again.workerPools[0]).not.toBe(data.workerPools[0]);
    expect(again.permissions).not.toBe(data.permissions);
    expect(again.deploymentProcesses[0]?.Steps).not.toBe(data.deploymentProcesses[0]?.Steps);
  });

  it('every entity parses with the wire schemas', () => {
    wire.Space.parse(data.space);
    wire.User.parse(data.user);
    wire.UserPermissionSet.parse(data.permissions);
    wire.FeaturesConfiguration.parse(data.features);
    const collections: Array<[{ parse(value: unknown): unknown }, unknown[]]> = [
      [wire.WorkerPool, data.workerPools],
      [wire.Worker, data.workers],
      [wire.MachinePolicy, data.machinePolicies],
      [wire.Environment, data.environments],
      [wire.DeploymentTarget, data.machines],
      [wire.Account, data.accounts],
      [wire.Project, data.projects],
      [wire.DeploymentProcess, data.deploymentProcesses],
      [wire.ServerTask, data.tasks],
    ];
    for (const [schema, items] of collections) for (const item of items) schema.parse(item);
    for (const status of Object.values(data.healthOnCheck)) wire.HealthStatus.parse(status);
  });

  it('ids are well formed and unique (steps and actions GUID-like)', () => {
    expect(idProblems(data)).toEqual([]);
    expect(data.space.Id).toBe('Spaces-1');
    expect(data.permissions.Id).toBe(data.user.Id);
  });

  it('every reference resolves: pools, policies, accounts, environments, target pools, step pools and roles', () => {
    expect(referenceProblems(data)).toEqual([]);
  });

  it('R2: exactly one default pool, the "Default Worker Pool", and SortOrder runs 0..n-1', () => {
    const defaults = data.workerPools.filter((p) => p.IsDefault);
    expect(defaults.map((p) => [p.Name, p.Slug])).toEqual([['Default Worker Pool', 'default-worker-pool']]);
    expect(data.workerPools.map((p) => p.SortOrder).sort((a, b) => a - b)).toEqual(data.workerPools.map((_p, i) => i));
  });

  it('R1: workers have well-formed endpoints and matching legacy Uri/Thumbprint copies', () => {
    for (const w of data.workers) {
      const ep = w.Endpoint;
      expect(w.Uri, w.Id).toBe(ep.Uri);
      if (ep.CommunicationStyle === 'TentaclePassive') {
        expect(wire.ListeningTentacleEndpoint.parse(ep).Uri, w.Id).toMatch(/^https:\/\/[a-z0-9.-]+:10933\/$/);
        expect(w.Thumbprint, w.Id).toMatch(/^[0-9A-F]{40}$/);
      } else if (ep.CommunicationStyle === 'TentacleActive') {
        expect(wire.PollingTentacleEndpoint.parse(ep).Uri, w.Id).toMatch(/^poll:\/\/[a-z0-9]{20}\/$/);
        expect(w.Thumbprint, w.Id).toMatch(/^[0-9A-F]{40}$/);
      } else {
        const ssh = wire.SshEndpoint.parse(ep);
        expect(ssh.Port, w.Id).toBe(22);
        expect(ssh.Uri, w.Id).toBe(`ssh://${ssh.Host}:22/`);
        expect(ssh.Fingerprint, w.Id).toMatch(/^(([0-9a-f]{2}:){15}[0-9a-f]{2}|SHA256:[A-Za-z0-9+/]{43})$/);
      }
    }
  });

  it('names are unique: workers, pools, targets, projects, and steps within a process', () => {
    expect(dupes(data.workers.map((w) => w.Name))).toEqual([]);
    expect(dupes(data.workerPools.map((p) => p.Name))).toEqual([]);
    expect(dupes(data.machines.map((m) => m.Name))).toEqual([]);
    expect(dupes(data.projects.map((p) => p.Name))).toEqual([]);
    for (const p of data.deploymentProcesses) expect(dupes(p.Steps.map((s) => s.Name)), p.Id).toEqual([]);
  });

  it('no action has both a WorkerPoolId and a WorkerPoolVariable', () => {
    const both = allActions(data).filter(({ action }) => action.WorkerPoolId && action.WorkerPoolVariable);
    expect(both.map(({ action }) => action.Name)).toEqual([]);
  });

  it('step shapes follow Octopus: RunOnServer on the action, roles on the step, on-target steps have roles', () => {
    for (const { step, action } of allActions(data)) {
      const runOnServer = action.Properties['Octopus.Action.RunOnServer'];
      expect(step.Properties['Octopus.Action.RunOnServer'], step.Name).toBeUndefined();
      if (runOnServer === 'false') expect(step.Properties['Octopus.Action.TargetRoles'], step.Name).toBeTruthy();
      if (runOnServer === 'false' || action.ActionType === 'Octopus.TentaclePackage') {
        expect(action.WorkerPoolId ?? action.WorkerPoolVariable ?? null, step.Name).toBeNull();
      }
      expect([step.Condition, step.StartTrigger, step.PackageRequirement]).toEqual(['Success', 'StartAfterPrevious', 'LetOctopusDecide']);
    }
    for (const p of data.deploymentProcesses) expect(p.Version, p.Id).toBeGreaterThanOrEqual(3);
  });

  it('discoverable hosts answer with a host:port key and a 40-hex thumbprint', () => {
    for (const [key, found] of Object.entries(data.discoverable)) {
      expect(key).toMatch(/^[a-z0-9.-]+:\d+$/);
      expect(found.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    }
  });
});

describe.each(SCENARIO_NAMES.filter((n) => scenarios[n].otherSpaces))('scenario %s: its other spaces', (name) => {
  const first = seeded[name] as MockData;
  const others = Object.entries(scenarios[name].otherSpaces?.() ?? {});
  const ids = (d: MockData) => [d.workerPools, d.workers, d.machinePolicies, d.environments, d.machines, d.accounts, d.projects, d.deploymentProcesses, d.tasks]
    .flatMap((list) => list.map((e: { Id: string }) => e.Id.toLowerCase()));

  it.each(others)('%s parses, hangs together, and keeps one default pool', (spaceId, data) => {
    expect(data.space.Id).toBe(spaceId);
    wire.Space.parse(data.space);
    for (const item of [...data.workerPools, ...data.workers, ...data.projects, ...data.deploymentProcesses]) expect(item.SpaceId, item.Id).toBe(spaceId);
    data.workerPools.forEach((p) => wire.WorkerPool.parse(p));
    data.workers.forEach((w) => wire.Worker.parse(w));
    data.deploymentProcesses.forEach((p) => wire.DeploymentProcess.parse(p));
    expect(idProblems(data)).toEqual([]);
    expect(referenceProblems(data)).toEqual([]);
    expect(data.workerPools.filter((p) => p.IsDefault).map((p) => p.Name)).toEqual(['Default Worker Pool']);
  });

  it('Octopus ids are server-wide: no id is shared with the first space', () => {
    const taken = new Set(ids(first));
    for (const [, data] of others) expect(ids(data).filter((id) => taken.has(id))).toEqual([]);
  });

  it('the user may work in every space (their permissions name each)', () => {
    const spaces = new Set(Object.values(first.permissions.SpacePermissions).flat().map((r) => r.SpaceId));
    for (const [spaceId] of others) expect(spaces).toContain(spaceId);
  });
});

// @vitest-environment node
import type { HealthStatus } from '../api/schemas';
import { failingSteps, newlyFailingSteps, type ProjectWithProcess } from './failing-steps';
import { countPoolWorkers } from './pool-counts';
import type { StepRunContext } from './step-run-verdict';

const counts = (...health: HealthStatus[]) =>
  countPoolWorkers(health.map((HealthStatus) => ({ WorkerPoolIds: ['P'], HealthStatus, IsDisabled: false })), 'P');

const ctx = (isBuiltInWorkerEnabled: boolean, defaultWorkers: HealthStatus[] = []): StepRunContext => ({
  pools: [
    { Id: 'WorkerPools-1', Name: 'Default Worker Pool', IsDefault: true },
    { Id: 'WorkerPools-3', Name: 'Linux Workers', IsDefault: false },
    { Id: 'WorkerPools-6', Name: 'Mac Build Agents', IsDefault: false },
  ],
  counts: {
    'WorkerPools-1': counts(...defaultWorkers),
    'WorkerPools-3': counts('Healthy'),
    'WorkerPools-6': counts('Unhealthy'),
  },
  isBuiltInWorkerEnabled,
  targets: [],
});

const action = (Name: string, WorkerPoolId: string | null, extra: object = {}) => ({
  Id: `a-${Name}`, Name, ActionType: 'Octopus.Script', IsDisabled: false, Environments: [], ExcludedEnvironments: [],
  Properties: { 'Octopus.Action.RunOnServer': 'True' }, WorkerPoolId, WorkerPoolVariable: null, ...extra,
});
const step = (Id: string, Name: string, actions: ReturnType<typeof action>[]) => ({ Id, Name, Properties: {}, Actions: actions });

const projects: ProjectWithProcess[] = [
  {
    projectId: 'Projects-1', projectName: 'Pet Shop',
    process: { Steps: [step('s1', 'Smoke test', [action('Smoke test', 'WorkerPools-3')]), step('s2', 'Build iOS', [action('Build iOS', 'WorkerPools-6')])] } as never,
  },
  {
    projectId: 'Projects-2', projectName: 'Payments',
    process: {
      Steps: [
        step('s3', 'Release', [action('Migrate', null), action('Notify', 'WorkerPools-3'), action('Old job', 'WorkerPools-6', { IsDisabled: true })]),
        step('s4', 'Gone', [action('Gone', 'WorkerPools-9')]),
      ],
    } as never,
  },
];

describe('failingSteps: what would fail right now', () => {
  it('R13, R14: names each failing step with its project and reason; running and disabled steps are left out', () => {
    const found = failingSteps(projects, ctx(true, ['Healthy']));
    expect(found.map((f) => [f.projectName, f.stepName, f.summary])).toEqual([
      ['Pet Shop', 'Build iOS', expect.stringMatching(/^Will fail: Mac Build Agents has no healthy enabled workers/)],
      ['Payments', 'Gone', 'Will fail: its worker pool was deleted'],
    ]);
    expect(found[0]).toMatchObject({ projectId: 'Projects-1', stepId: 's2' });
  });

  it('R8, R14: with the built-in worker off and an empty default pool, default-pool steps fail, a child step named under its parent', () => {
    const found = failingSteps(projects, ctx(false));
    expect(found.map((f) => f.stepName)).toEqual(['Build iOS', 'Release › Migrate', 'Gone']);
  });

  it('R6: with the built-in worker on, an empty default pool runs its steps there, so they are not listed', () => {
    expect(failingSteps(projects, ctx(true)).map((f) => f.stepName)).toEqual(['Build iOS', 'Gone']);
  });

  it('nothing to say when every step runs', () => {
    expect(failingSteps([projects[0]!].map((p) => ({ ...p, process: { Steps: p.process.Steps.slice(0, 1) } })), ctx(true))).toEqual([]);
  });
});

describe('newlyFailingSteps: what a change would break', () => {
  it('R8: switching the built-in worker off with an empty default pool breaks the default-pool steps, and only those', () => {
    const found = newlyFailingSteps(projects, ctx(true), ctx(false));
    expect(found.map((f) => f.stepName)).toEqual(['Release › Migrate']);
  });

  it('R6, R7: with workers in the default pool, switching it off breaks nothing', () => {
    expect(newlyFailingSteps(projects, ctx(true, ['Healthy']), ctx(false, ['Healthy']))).toEqual([]);
  });
});

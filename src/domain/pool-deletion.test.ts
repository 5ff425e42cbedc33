import type { DeploymentAction, DeploymentProcess } from '../api/schemas';
import { poolDeletionBlockedByWorkers, stepsUsingPool, workersLeftWithoutPool } from './pool-deletion';

const action = (id: string, workerPoolId: string | null, extra: Partial<DeploymentAction> = {}): DeploymentAction => ({
  Id: id,
  Name: id,
  ActionType: 'Octopus.Script',
  WorkerPoolId: workerPoolId,
  Properties: {},
  ...extra,
});

const process = (projectId: string, steps: Array<[string, DeploymentAction[]]>): Pick<DeploymentProcess, 'ProjectId' | 'Steps'> => ({
  ProjectId: projectId,
  Steps: steps.map(([name, actions]) => ({ Id: `${projectId}-${name}`, Name: name, Properties: {}, Actions: actions })),
});

const projects = [
  { Id: 'Projects-1', Name: 'Web' },
  { Id: 'Projects-2', Name: 'Mobile' },
];

describe('stepsUsingPool', () => {
  const processes = [
    process('Projects-1', [
      ['Deploy', [action('a1', 'WorkerPools-6')]],
      ['No pool', [action('a2', null)]],
      ['By variable', [action('a3', null, { WorkerPoolVariable: 'Project.Pool' })]],
      ['Other pool', [action('a4', 'WorkerPools-3')]],
      ['Parent', [action('a5', 'WorkerPools-3'), action('a6', 'workerpools-6')]],
    ]),
    process('Projects-2', [['Build iOS app', [action('a7', 'WorkerPools-6')]]]),
  ];

  it('R5: finds every action naming the pool directly, projects by name, steps in process order', () => {
    expect(stepsUsingPool(processes, projects, 'WorkerPools-6').map((s) => `${s.projectName}: ${s.stepName}/${s.actionId}`)).toEqual([
      'Mobile: Build iOS app/a7',
      'Web: Deploy/a1',
      'Web: Parent/a6',
    ]);
  });

  it('R5: steps with no pool or a pool variable are not counted (they do not name the pool)', () => {
    expect(stepsUsingPool(processes, projects, 'WorkerPools-1')).toEqual([]);
  });

  it('R5: a project it cannot name is shown by its id', () => {
    expect(stepsUsingPool([process('Projects-9', [['S', [action('x', 'WorkerPools-3')]]])], projects, 'WorkerPools-3')[0]?.projectName).toBe(
      'Projects-9',
    );
  });
});

describe('workersLeftWithoutPool', () => {
  it('R1/R5: only workers whose sole pool is the deleted one', () => {
    const workers = [
      { Name: 'only', WorkerPoolIds: ['WorkerPools-6'] },
      { Name: 'two', WorkerPoolIds: ['WorkerPools-6', 'WorkerPools-3'] },
      { Name: 'other', WorkerPoolIds: ['WorkerPools-3'] },
      { Name: 'none', WorkerPoolIds: [] },
    ];
    expect(workersLeftWithoutPool(workers, 'WorkerPools-6').map((w) => w.Name)).toEqual(['only']);
  });
});

describe('poolDeletionBlockedByWorkers (R1: no worker in no pool)', () => {
  it('R1: names the workers that would be left in no pool, and allows the delete when there are none', () => {
    expect(poolDeletionBlockedByWorkers('Linux Pool', [])).toBeUndefined();
    expect(poolDeletionBlockedByWorkers('Linux Pool', [{ Name: 'a' }])).toBe(
      'Linux Pool is the only worker pool of a. Move it to another pool, or delete it, before deleting this pool.');
    expect(poolDeletionBlockedByWorkers('P', [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }])).toMatch(/^P is the only worker pool of a, b and c\. Move them/);
    expect(poolDeletionBlockedByWorkers('P', [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }], 2)).toMatch(/of a, b and 1 more\./);
  });
});

// @vitest-environment node
import { describeRoles, stepTargets } from './step-targets';

const t = (
  Id: string,
  Roles: string[],
  EnvironmentIds: string[] = ['Environments-1'],
  IsDisabled = false,
) => ({
  Id,
  Name: Id,
  Roles,
  EnvironmentIds,
  IsDisabled,
  Endpoint: { CommunicationStyle: 'TentaclePassive', DefaultWorkerPoolId: null },
});
const all = [
  t('a', ['web']),
  t('b', ['web', 'app'], ['Environments-2']),
  t('c', ['app']),
  t('d', ['web'], ['Environments-1'], true),
];
const ids = (list: Array<{ Id: string }>) => list.map((x) => x.Id);

describe('stepTargets', () => {
  it.each([
    // [title, roles, scope, enabled, disabled]
    [
      'a role picks the enabled targets that have it; disabled ones are skipped',
      ['web'],
      {},
      ['a', 'b'],
      ['d'],
    ],
    ['several roles: any of them', ['web', 'app'], {}, ['a', 'b', 'c'], ['d']],
    ['roles compare ignoring case', ['WEB'], {}, ['a', 'b'], ['d']],
    ['no target has the role', ['k8s'], {}, [], []],
    ['no roles, no targets', [], {}, [], []],
    ["the step's environments limit the targets", ['web'], { environmentIds: ['Environments-2'] }, ['b'], []],
    [
      'excluded environments remove targets',
      ['web'],
      { excludedEnvironmentIds: ['Environments-2'] },
      ['a'],
      ['d'],
    ],
  ] as const)('%s', (_title, roles, scope, enabled, disabled) => {
    const result = stepTargets(all, roles, scope);
    expect(ids(result.targets)).toEqual(enabled);
    expect(ids(result.disabled)).toEqual(disabled);
  });
});

describe('describeRoles', () => {
  it('names one role or several', () => {
    expect(describeRoles(['web-server'])).toBe('the role web-server');
    expect(describeRoles(['web-server', 'app-server'])).toBe('the roles web-server or app-server');
  });
});

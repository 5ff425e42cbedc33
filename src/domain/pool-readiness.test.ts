import { describePoolReadiness, poolReadiness, stepsWillFail, type PoolCounts } from './pool-readiness';

function counts(
  total: number,
  disabled: number,
  health: Partial<PoolCounts['MachineHealthStatusSummaries']> = {},
): PoolCounts {
  return {
    TotalMachines: total,
    TotalDisabledMachines: disabled,
    MachineHealthStatusSummaries: {
      Healthy: 0,
      HasWarnings: 0,
      Unhealthy: 0,
      Unavailable: 0,
      Unknown: 0,
      ...health,
    },
  };
}

describe('poolReadiness', () => {
  it.each([
    ['R6: empty default pool, built-in worker on', counts(0, 0), true, true, 'empty-uses-built-in-worker'],
    [
      'R8/R14: empty default pool, built-in worker off',
      counts(0, 0),
      true,
      false,
      'empty-built-in-worker-off',
    ],
    ['R6: empty default pool, switch unknown', counts(0, 0), true, undefined, 'empty-default-unknown'],
    ['R14: empty non-default pool fails whatever the switch', counts(0, 0), false, true, 'empty-fails'],
    [
      'R13: a healthy worker makes the pool ready',
      counts(3, 0, { Healthy: 1, Unhealthy: 2 }),
      false,
      true,
      'ready',
    ],
    ['R13: HasWarnings counts as healthy', counts(1, 0, { HasWarnings: 1 }), true, false, 'ready'],
    [
      'R14: only unhealthy or unavailable workers',
      counts(2, 0, { Unhealthy: 1, Unavailable: 1 }),
      false,
      true,
      'no-available-worker',
    ],
    [
      'R6/R14: an unhealthy default pool still displaces the built-in worker, and fails',
      counts(1, 0, { Unknown: 1 }),
      true,
      true,
      'no-available-worker',
    ],
    ['R14: every worker disabled', counts(2, 2, { Healthy: 2 }), false, true, 'no-available-worker'],
  ] as const)('%s', (_title, c, isDefault, enabled, kind) => {
    expect(poolReadiness(c, isDefault, enabled).kind).toBe(kind);
  });
});

describe('describePoolReadiness', () => {
  it('says nothing for a ready pool', () => {
    expect(describePoolReadiness({ kind: 'ready' })).toBeUndefined();
  });
  it('R6: names the built-in worker for an empty default pool', () => {
    expect(describePoolReadiness({ kind: 'empty-uses-built-in-worker' })).toBe(
      'Steps that use it run on the built-in worker.',
    );
  });
  it('R14: says steps will fail', () => {
    expect(describePoolReadiness({ kind: 'empty-fails' })).toBe('Steps that use it will fail.');
    expect(describePoolReadiness({ kind: 'no-available-worker' })).toMatch(/will fail/);
    expect(describePoolReadiness({ kind: 'empty-built-in-worker-off' })).toBe(
      'Steps that use it will fail: the built-in worker is switched off.',
    );
  });
});

describe('stepsWillFail', () => {
  it.each([
    ['ready', false],
    ['empty-uses-built-in-worker', false],
    ['empty-default-unknown', false],
    ['empty-fails', true],
    ['empty-built-in-worker-off', true],
    ['no-available-worker', true],
  ] as const)('R14: %s → %s', (kind, expected) => {
    expect(stepsWillFail({ kind })).toBe(expected);
  });
});

// @vitest-environment node
import { displayStatus, displayStatusLabel, healthSegments, isAvailableWorker, tallyHealth } from './health';

describe('health', () => {
  it('R1: every status has words; Disabled wins over the last known health', () => {
    expect(displayStatusLabel('HasWarnings')).toBe('Healthy with warnings');
    expect(displayStatus({ HealthStatus: 'Healthy', IsDisabled: true })).toBe('Disabled');
    expect(displayStatusLabel(displayStatus({ HealthStatus: 'Unknown', IsDisabled: false }))).toBe('Unknown');
  });

  it.each([
    ['Healthy', false, true],
    ['HasWarnings', false, true],
    ['Healthy', true, false],
    ['Unhealthy', false, false],
    ['Unavailable', false, false],
    ['Unknown', false, false],
  ] as const)('R13: a %s worker (disabled: %s) can take work: %s', (HealthStatus, IsDisabled, expected) => {
    expect(isAvailableWorker({ HealthStatus, IsDisabled })).toBe(expected);
  });

  it('tallies machines by health and counts disabled ones separately', () => {
    const tally = tallyHealth([
      { HealthStatus: 'Healthy', IsDisabled: false },
      { HealthStatus: 'Healthy', IsDisabled: true },
      { HealthStatus: 'Unavailable', IsDisabled: false },
    ]);
    expect(tally).toEqual({
      total: 3,
      disabled: 1,
      byHealth: { Healthy: 2, HasWarnings: 0, Unhealthy: 0, Unavailable: 1, Unknown: 0 },
      enabledByHealth: { Healthy: 1, HasWarnings: 0, Unhealthy: 0, Unavailable: 1, Unknown: 0 },
    });
  });

  it('a disabled worker is its own segment, after the health of enabled ones', () => {
    expect(healthSegments({ Healthy: 0, HasWarnings: 0, Unhealthy: 1, Unavailable: 0, Unknown: 0 }, 1)).toEqual([
      { status: 'Unhealthy', count: 1 },
      { status: 'Disabled', count: 1 },
    ]);
  });

  it('health picture segments keep a fixed order and leave out empty statuses', () => {
    expect(healthSegments({ Healthy: 1, HasWarnings: 0, Unhealthy: 2, Unavailable: 0, Unknown: 3 })).toEqual([
      { status: 'Healthy', count: 1 },
      { status: 'Unhealthy', count: 2 },
      { status: 'Unknown', count: 3 },
    ]);
  });
});

// @vitest-environment node
import { builtInWorkerChange, builtInWorkerStatus, describeBuiltInWorker } from './built-in-worker';

describe('builtInWorkerStatus', () => {
  it.each([
    // [rule, enabled, workers in default pool, expected]
    ['R6: empty default pool, enabled → in use', true, 0, { kind: 'in-use' }],
    ['R6: one worker (of any health) displaces it', true, 1, { kind: 'displaced', defaultPoolWorkerCount: 1 }],
    ['R7: several workers displace it', true, 12, { kind: 'displaced', defaultPoolWorkerCount: 12 }],
    ['R8: switched off with an empty default pool', false, 0, { kind: 'disabled', defaultPoolEmpty: true }],
    ['R8: switched off with workers in the default pool', false, 3, { kind: 'disabled', defaultPoolEmpty: false }],
  ] as const)('%s', (_rule, enabled, count, expected) => {
    expect(builtInWorkerStatus({ isBuiltInWorkerEnabled: enabled, defaultPoolWorkerCount: count })).toEqual(expected);
  });
});

describe('describeBuiltInWorker', () => {
  it('R6: says steps run on the Octopus Server when in use', () => {
    expect(describeBuiltInWorker({ kind: 'in-use' }, 'Default Worker Pool')).toMatch(
      /^In use: Default Worker Pool has no workers.*Octopus Server itself/,
    );
  });
  it('R7: names how many workers displace it, singular and plural', () => {
    expect(describeBuiltInWorker({ kind: 'displaced', defaultPoolWorkerCount: 1 }, 'Pool A')).toContain(
      'displaced by 1 worker in Pool A',
    );
    expect(describeBuiltInWorker({ kind: 'displaced', defaultPoolWorkerCount: 4 }, 'Pool A')).toContain(
      'displaced by 4 workers in Pool A',
    );
  });
  it('R8 + R14: switched off with an empty default pool warns that steps will fail', () => {
    expect(describeBuiltInWorker({ kind: 'disabled', defaultPoolEmpty: true }, 'Default Worker Pool')).toMatch(
      /Switched off\..*will fail/,
    );
    expect(describeBuiltInWorker({ kind: 'disabled', defaultPoolEmpty: false }, 'P')).not.toMatch(/fail/);
  });
});

describe('builtInWorkerChange', () => {
  it.each([
    ['R7: first worker added to the default pool stops it being used', 0, 1, true, 'stops-being-used'],
    ['R7: last worker removed lets it resume', 2, 0, true, 'resumes'],
    ['R8: last worker removed while switched off leaves nothing to run steps', 1, 0, false, 'fails-without-worker'],
    ['R8: first worker added while switched off changes nothing for it', 0, 1, false, 'none'],
    ['adding a second worker changes nothing', 1, 2, true, 'none'],
    ['no workers before or after changes nothing', 0, 0, true, 'none'],
  ] as const)('%s', (_rule, before, after, enabled, expected) => {
    expect(builtInWorkerChange(before, after, enabled)).toBe(expected);
  });
});

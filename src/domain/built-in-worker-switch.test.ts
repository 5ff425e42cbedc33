import { builtInWorkerSwitchConsequence } from './built-in-worker-switch';

const pool = 'Default Worker Pool';

describe('builtInWorkerSwitchConsequence', () => {
  it.each([
    [
      'R6: on with an empty default pool runs steps on the server',
      true,
      0,
      'info',
      /will run on the Octopus Server itself/,
    ],
    [
      'R7: on while the default pool has workers has no effect yet',
      true,
      3,
      'warning',
      /won't be used until Default Worker Pool is empty: its 3 workers/,
    ],
    [
      'R8: off with an empty default pool makes its steps fail',
      false,
      0,
      'error',
      /steps that use Default Worker Pool will fail/i,
    ],
    ['R8: off while the default pool has workers keeps them running', false, 1, 'info', /its 1 worker;/],
  ] as const)('%s', (_title, nextEnabled, count, severity, message) => {
    const result = builtInWorkerSwitchConsequence({
      nextEnabled,
      defaultPoolWorkerCount: count,
      defaultPoolName: pool,
    });
    expect(result.severity).toBe(severity);
    expect(result.message).toMatch(message);
  });
});

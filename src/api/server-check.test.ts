import { ApiError } from './errors';
import { compareVersions, serverProblem } from './server-check';

describe('serverProblem', () => {
  const octopus = (Version: string) => ({ Application: 'Octopus Deploy', Version });
  it.each([
    ['a current server', octopus('2024.3.12741'), undefined, undefined],
    ['the oldest supported', octopus('2020.1.0'), undefined, undefined],
    ['2019.13 is too old', octopus('2019.13.7'), undefined, 'too-old'],
    ['2018.10 is too old', octopus('2018.10.1'), undefined, 'too-old'],
    ['a local build version is let through', octopus('0.0.0-local'), undefined, undefined],
    ['another application', { Application: 'Jenkins', Version: '2.4' }, undefined, 'not-octopus'],
    ['no answer', undefined, new ApiError('network', 0, 'Could not reach the Octopus server'), 'unreachable'],
    ['a proxy failing', undefined, new ApiError('http', 502, 'bad gateway'), 'unreachable'],
    ['an HTML page', undefined, new ApiError('invalid-response', 200, 'was not JSON'), 'not-octopus'],
    ['a 404 at /api', undefined, new ApiError('http', 404, 'not found'), 'not-octopus'],
    ['a 401 is a sign-in, not a problem', undefined, new ApiError('http', 401, 'log in'), undefined],
  ])('%s', (_t, root, error, kind) => {
    expect(serverProblem(root, error)?.kind).toBe(kind);
  });

  it('compares year, then release', () => {
    expect(compareVersions('2021.2.7500', '2021.1')).toBeGreaterThan(0);
    expect(compareVersions('2020.6', '2021.1')).toBeLessThan(0);
    expect(compareVersions('2020.1.3', '2020.1')).toBe(0);
  });
});

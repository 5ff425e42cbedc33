import { matchRoutes } from 'react-router';
import { InvalidPathError, isSpaceId, pathInSpace, paths, routePatterns } from './paths';

const ORIGIN = 'https://portal.example';

/** What the router reads from `url` for `pattern` (it decodes the path first, as in the browser). */
const paramsOf = (pattern: string, url: string) => matchRoutes([{ path: pattern }], url)?.[0]?.params;

describe('space ids', () => {
  it.each(['Spaces-1', 'Spaces-42', 'Spaces-1000000'])('%s is a space id', (id) => {
    expect(isSpaceId(id)).toBe(true);
    expect(paths.workers(id)).toBe(`/${id}/infrastructure/workers`);
  });

  // What `%2F`, `%5C` and friends decode to in a route param, and near misses of the real shape.
  it.each([
    ['/evil.example', 'a slash: //evil.example is another site'],
    ['\\evil.example', 'a backslash: browsers read /\\ as //'],
    ['//evil.example', 'a protocol-relative host'],
    ['https://evil.example', 'a full URL'],
    ['Spaces-1/../../evil', 'extra segments'],
    ['Spaces-1?x=1', 'a query'],
    ['Spaces-1#top', 'a fragment'],
    ['Spaces-1\n', 'a trailing newline'],
    [' Spaces-1', 'a leading space'],
    ['spaces-1', 'the wrong case'],
    ['Spaces-', 'no number'],
    ['Spaces-1x', 'trailing text'],
    ['Spaces-١', 'a non-ASCII digit'],
    ['', 'nothing'],
  ])('%j is refused (%s)', (id) => {
    expect(isSpaceId(id)).toBe(false);
    expect(() => paths.overview(id)).toThrow(InvalidPathError);
    expect(() => paths.worker(id, 'Workers-1')).toThrow(InvalidPathError);
    expect(() => paths.projects(id)).toThrow(InvalidPathError);
  });
});

describe('every route builds a URL its own pattern matches, with the same params', () => {
  const s = 'Spaces-1';
  it.each([
    ['overview', paths.overview(s), {}],
    ['workers', paths.workers(s), {}],
    ['addWorker', paths.addWorker(s), {}],
    ['worker', paths.worker(s, 'Workers-7'), { workerId: 'Workers-7' }],
    ['workerPools', paths.workerPools(s), {}],
    ['workerPool', paths.workerPool(s, 'WorkerPools-3'), { workerPoolId: 'WorkerPools-3' }],
    ['targets', paths.targets(s), {}],
    ['target', paths.target(s, 'Machines-6'), { machineId: 'Machines-6' }],
    ['projects', paths.projects(s), {}],
    ['process', paths.process(s, 'Projects-1'), { projectId: 'Projects-1' }],
    ['step', paths.step(s, 'Projects-1', 'Steps-9'), { projectId: 'Projects-1', stepId: 'Steps-9' }],
    ['childStep', paths.childStep(s, 'Projects-1', 'Steps-9', 'Actions-2'), { projectId: 'Projects-1', stepId: 'Steps-9', actionId: 'Actions-2' }],
    ['features', paths.features(), {}],
  ] as const)('%s', (route, url, ids) => {
    expect(paramsOf(routePatterns[route], url)).toEqual(route === 'features' ? {} : { spaceId: s, ...ids });
    expect(new URL(url, ORIGIN).origin).toBe(ORIGIN);
  });

  it('a new step carries its type in the query', () => {
    expect(paths.newStep('Spaces-1', 'Projects-1', 'Octopus.Script')).toBe(
      '/Spaces-1/projects/Projects-1/deployments/process/steps/new?actionType=Octopus.Script',
    );
  });

  it('`/` is home', () => {
    expect(paths.home()).toBe('/');
  });
});

describe('hostile ids stay inside their one segment', () => {
  it.each(['a/b', '//evil.example', '\\evil', 'x?y=1', 'x#frag', 'name with spaces'])('%j', (id) => {
    const url = paths.worker('Spaces-1', id);
    expect(new URL(url, ORIGIN).origin).toBe(ORIGIN);
    // The router decodes the segment back to exactly the id it was given.
    expect(paramsOf(routePatterns.worker, url)?.workerId).toBe(id);
  });

  it.each(['', '.', '..'])('%j is refused: it would name another route', (id) => {
    expect(() => paths.workerPool('Spaces-1', id)).toThrow(InvalidPathError);
  });
});

describe('pathInSpace: the space switcher keeps the section, never another space\'s id', () => {
  it.each([
    ['/Spaces-1/infrastructure', '/Spaces-2/infrastructure'],
    ['/Spaces-1/infrastructure/', '/Spaces-2/infrastructure'],
    ['/Spaces-1/infrastructure/workers', '/Spaces-2/infrastructure/workers'],
    ['/Spaces-1/infrastructure/workers/new', '/Spaces-2/infrastructure/workers'],
    ['/Spaces-1/infrastructure/workers/Workers-3/settings', '/Spaces-2/infrastructure/workers'],
    ['/Spaces-1/infrastructure/workerpools', '/Spaces-2/infrastructure/workerpools'],
    ['/Spaces-1/infrastructure/workerpools/WorkerPools-4', '/Spaces-2/infrastructure/workerpools'],
    ['/Spaces-1/infrastructure/machines/Machines-1/settings', '/Spaces-2/infrastructure/machines'],
    ['/Spaces-1/projects', '/Spaces-2/projects'],
    ['/Spaces-1/projects/Projects-1/deployments/process/steps/abc', '/Spaces-2/projects'],
    ['/Spaces-1/infrastructure/workersextra', '/Spaces-2/infrastructure/workers'],
    ['/configuration/features', '/Spaces-2/infrastructure/workers'],
    ['/', '/Spaces-2/infrastructure/workers'],
  ])('%s → %s', (from, to) => {
    expect(pathInSpace(from, 'Spaces-2')).toBe(to);
  });

  it('refuses a space id it cannot place', () => {
    expect(() => pathInSpace('/Spaces-1/projects', '//evil.example')).toThrow(InvalidPathError);
  });
});

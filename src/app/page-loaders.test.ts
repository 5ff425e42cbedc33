import { routePatterns } from '../paths';
import { pageAt, patternRegExp } from './page-loaders';

describe('pageAt: the page main.tsx preloads for an address', () => {
  it.each([
    ['/Spaces-1/infrastructure', 'overview'],
    ['/Spaces-1/infrastructure/', 'overview'],
    ['/Spaces-1/infrastructure/workers', 'workers'],
    ['/Spaces-1/infrastructure/workers/new', 'addWorker'],
    ['/Spaces-1/infrastructure/workers/Workers-1/settings', 'worker'],
    ['/Spaces-2/infrastructure/workerpools', 'workerPools'],
    ['/Spaces-1/infrastructure/workerpools/WorkerPools-3', 'workerPool'],
    ['/Spaces-1/infrastructure/machines/Machines-6/settings', 'target'],
    ['/Spaces-1/projects/Projects-1/deployments/process/steps/abc', 'step'],
    ['/Spaces-1/projects/Projects-1/deployments/process/steps/abc/actions/def', 'childStep'],
    ['/configuration/features', 'features'],
    ['/', undefined],
    ['/Spaces-1/nowhere', undefined],
    ['/Spaces-1/infrastructure/workers/a/b/settings', undefined],
  ])('%s → %s', (path, page) => expect(pageAt(path)).toBe(page));

  it('every route pattern matches its own shape and nothing longer', () => {
    for (const pattern of Object.values(routePatterns)) {
      const example = pattern.replace(/:[^/]+/g, 'X-1');
      expect(patternRegExp(pattern).test(example)).toBe(true);
      expect(patternRegExp(pattern).test(`${example}/more`)).toBe(false);
    }
  });
});

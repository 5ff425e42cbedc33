import type { RouteObject } from 'react-router';
import { resolveFirstRoutes } from './router';

const Page = () => null;
const Other = () => null;

function tree(): RouteObject[] {
  return [
    {
      path: '/',
      children: [
        { path: ':spaceId/infrastructure/workers', lazy: () => Promise.resolve({ Component: Page }) },
        { path: ':spaceId/infrastructure/worker-pools', lazy: () => Promise.resolve({ Component: Other }) },
      ],
    },
  ];
}

describe('resolveFirstRoutes: the first page renders at once, not after a loading fallback', () => {
  it("resolves the address's own lazy route into a plain one, and leaves the others lazy", async () => {
    const routes = tree();
    await resolveFirstRoutes(routes, { pathname: '/Spaces-1/infrastructure/workers' });
    const [workers, pools] = routes[0]!.children!;
    expect(workers).toMatchObject({ Component: Page, lazy: undefined });
    expect(pools!.Component).toBeUndefined();
    expect(typeof pools!.lazy).toBe('function');
  });

  it('under a base path, and for an address no route matches (nothing to do)', async () => {
    const routes = tree();
    await resolveFirstRoutes(routes, { pathname: '/portal/Spaces-1/infrastructure/worker-pools' }, '/portal/');
    expect(routes[0]!.children![1]).toMatchObject({ Component: Other, lazy: undefined });
    await expect(resolveFirstRoutes(tree(), { pathname: '/nowhere/at/all' })).resolves.toBeUndefined();
  });

  it('a page whose code fails to load stays lazy, so the router meets the failure and shows it', async () => {
    const routes: RouteObject[] = [{ path: '/w', lazy: () => Promise.reject(new Error('offline')) }];
    await expect(resolveFirstRoutes(routes, { pathname: '/w' })).rejects.toThrow('offline');
    expect(typeof routes[0]!.lazy).toBe('function');
  });
});

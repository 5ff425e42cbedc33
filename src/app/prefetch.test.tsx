import { waitFor } from '@testing-library/react';
import { demoQueries } from '../api/demo';
import { featuresQueries } from '../api/features';
import { rootQueries } from '../api/spaces';
import { userQueries } from '../api/users';
import { workerPoolQueries } from '../api/worker-pools';
import { workerQueries } from '../api/workers';
import { EMPTY_FILTERS, workerCountsQuery, workerListQuery } from '../domain/worker-filters';
import { config } from '../config';
import { requireSignIn } from '../test/mock-server';
import { createTestQueryClient, pickScenario } from '../test/render';
import { prefetchSession } from './prefetch';

describe('prefetchSession: what the first page needs, asked before its code loads', () => {
  it('on an Infrastructure page: the user, then their permissions in the space, the pools and the features', async () => {
    const client = createTestQueryClient();
    prefetchSession(client, '/Spaces-1/infrastructure/workers');
    await waitFor(() => expect(client.getQueryData(userQueries.permissions('Users-1', 'Spaces-1').queryKey)).toBeDefined());
    expect(client.getQueryData(userQueries.me().queryKey)).toMatchObject({ Id: 'Users-1' });
    await waitFor(() => expect(client.getQueryData(workerPoolQueries.list('Spaces-1').queryKey)).toBeDefined());
    await waitFor(() => expect(client.getQueryData(featuresQueries.config().queryKey)).toBeDefined());
  });

  it('on Workers: also its first rows and counts for the filters in the address', async () => {
    const client = createTestQueryClient();
    prefetchSession(client, '/Spaces-1/infrastructure/workers', '?name=linux&take=50');
    const rows = workerQueries.list('Spaces-1', workerListQuery({ ...EMPTY_FILTERS, name: 'linux', take: 50 }));
    await waitFor(() => expect(client.getQueryData(rows.queryKey)).toMatchObject({ TotalResults: expect.any(Number) }));
    const counts = workerPoolQueries.summary('Spaces-1', workerCountsQuery({ ...EMPTY_FILTERS, name: 'linux' }));
    await waitFor(() => expect(client.getQueryData(counts.queryKey)).toBeDefined());
  });

  it('resolves once every answer the first render needs is in the cache, the rows and the space switcher\'s included', async () => {
    const client = createTestQueryClient();
    await prefetchSession(client, '/Spaces-1/infrastructure/workers');
    const me = client.getQueryData(userQueries.me().queryKey);
    expect(me).toMatchObject({ Id: 'Users-1' });
    expect(client.getQueryData(userQueries.spaces(me).queryKey)).toEqual(expect.arrayContaining([expect.objectContaining({ Id: 'Spaces-1' })]));
    expect(client.getQueryData(workerQueries.list('Spaces-1', workerListQuery(EMPTY_FILTERS)).queryKey)).toMatchObject({ TotalResults: expect.any(Number) });
    expect(client.getQueryData(workerPoolQueries.summary('Spaces-1', workerCountsQuery(EMPTY_FILTERS)).queryKey)).toBeDefined();
    expect(client.getQueryData(featuresQueries.config().queryKey)).toBeDefined();
    expect(client.isFetching()).toBe(0);
  });

  describe("the header's own answers, so the shell is drawn once, with them", () => {
    const mode = config.mockMode;
    afterEach(() => {
      config.mockMode = mode;
    });
    it.each([
      ['a real server', 'off', { root: true, demo: false }],
      ['the standalone fake', 'http', { root: true, demo: true }],
      ['the demo in the page', 'browser', { root: false, demo: true }],
    ] as const)("against %s: which server this is, and the fake's scenario menu where there is one", async (_name, mockMode, expected) => {
      config.mockMode = mockMode;
      const client = createTestQueryClient();
      await prefetchSession(client, '/Spaces-1/infrastructure/workers');
      expect(client.getQueryData(rootQueries.root().queryKey) !== undefined).toBe(expected.root);
      expect(client.getQueryData(demoQueries.state().queryKey) !== undefined).toBe(expected.demo);
    });
  });

  it('resolves, without throwing, when the server refuses: the page explains it', async () => {
    requireSignIn(true);
    const client = createTestQueryClient();
    await expect(prefetchSession(client, '/Spaces-1/infrastructure/workers')).resolves.toBeUndefined();
  });

  it('on Workers, for someone who may not see workers: no request for them (it would only be refused)', async () => {
    await pickScenario('read-only');
    const client = createTestQueryClient();
    prefetchSession(client, '/Spaces-1/infrastructure/workers');
    await waitFor(() => expect(client.getQueryCache().findAll({ queryKey: ['users'] }).every((q) => q.state.status === 'success')).toBe(true));
    await waitFor(() => expect(client.getQueryCache().findAll({ queryKey: ['users'] }).length).toBeGreaterThanOrEqual(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(client.getQueryData(workerQueries.list('Spaces-1', workerListQuery(EMPTY_FILTERS)).queryKey)).toBeUndefined();
    expect(client.getQueryCache().find({ queryKey: workerQueries.list('Spaces-1', workerListQuery(EMPTY_FILTERS)).queryKey })).toBeUndefined();
  });

  it('elsewhere: the user, and permissions only when the address names a space', async () => {
    const client = createTestQueryClient();
    prefetchSession(client, '/configuration/features');
    await waitFor(() => expect(client.getQueryData(userQueries.me().queryKey)).toBeDefined());
    expect(client.getQueryCache().findAll({ queryKey: ['users', 'Users-1', 'permissions'] })).toHaveLength(0);
    expect(client.getQueryData(workerPoolQueries.list('Spaces-1').queryKey)).toBeUndefined();
  });
});

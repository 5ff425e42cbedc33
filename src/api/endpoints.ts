// Where the GETs of a page's first render go, as path and query. The API modules' queries and the start-up's
// early requests (app/early-requests.ts) both build their URLs here, so they ask for the very same string and
// the client can hand an early answer over. Plain functions: no React, no zod.
import { DEFAULT_PAGE_SIZE } from './paging';
import { linkPath, spacePath, type QueryValue } from './urls';
import type { PoolSummaryFilters } from './worker-pools';
import type { WorkerListFilters } from './workers';

export interface Endpoint {
  path: string;
  query?: Record<string, QueryValue>;
}

export const endpoints = {
  /** `/api`: which server this is. */
  root: (): Endpoint => ({ path: '' }),
  /** The fake server's scenario (demo builds and the standalone fake only). */
  demoScenario: (): Endpoint => ({ path: '/__mock/scenario' }),
  features: (): Endpoint => ({ path: '/featuresconfiguration' }),
  me: (): Endpoint => ({ path: '/users/me' }),
  /** The spaces a user may work in: their own `Links.Spaces`, or `/users/{id}/spaces`. */
  userSpaces: (user: { Id: string; Links?: { Spaces?: string } }): Endpoint => ({
    path: user.Links?.Spaces ? linkPath(user.Links.Spaces) : `/users/${encodeURIComponent(user.Id)}/spaces`,
  }),
  permissions: (userId: string, spaceId: string): Endpoint => ({
    path: `/users/${encodeURIComponent(userId)}/permissions`,
    query: { spaces: spaceId, includeSystem: true },
  }),
  workerPools: (spaceId: string): Endpoint => ({ path: spacePath(spaceId, '/workerpools/all') }),
  poolsSummary: (spaceId: string, filters: PoolSummaryFilters = {}): Endpoint => ({
    path: spacePath(spaceId, '/workerpools/summary'),
    query: { ...filters },
  }),
  workers: (spaceId: string, filters: WorkerListFilters = {}): Endpoint => ({
    path: spacePath(spaceId, '/workers'),
    query: { take: DEFAULT_PAGE_SIZE, ...filters },
  }),
};

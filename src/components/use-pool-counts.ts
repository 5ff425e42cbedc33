// Every pool's worker counts in sort order, built once for every page that judges pools (Overview, Worker
// Pools, the step editor). `/workerpools/summary` counts a disabled worker under its last health, so the same
// summary with `isDisabled=false` says exactly who can take work (R13); domain poolCountsFromSummaries
// combines the two. Both are readable by every user (R4), and one request each serves all 200 pools of `large`.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { workerPoolQueries } from '../api/worker-pools';
import { countsById, poolCountsFromSummaries } from '../domain/pool-counts';
import { sortPoolSummaries } from '../domain/pool-summaries';

export function usePoolCounts(spaceId: string) {
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  const enabledOnly = useQuery(workerPoolQueries.summary(spaceId, { isDisabled: false }));
  const rows = useMemo(
    () =>
      summary.data &&
      sortPoolSummaries(poolCountsFromSummaries(summary.data.WorkerPoolSummaries, enabledOnly.data?.WorkerPoolSummaries)),
    [summary.data, enabledOnly.data],
  );
  const byId = useMemo(() => rows && countsById(rows), [rows]);
  return { summary, enabledOnly, rows, byId };
}

export type PoolCountsRowData = NonNullable<ReturnType<typeof usePoolCounts>['rows']>[number];

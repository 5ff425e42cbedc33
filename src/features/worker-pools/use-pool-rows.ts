// Every pool's summary row in sort order, with the exact number of workers that can take work (R13):
// the summary once as is, and once with `isDisabled=false` (pool-availability.ts). Both are readable by
// every user (R4), and one request each serves all 200 pools of `large`.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { workerPoolQueries } from '../../api/worker-pools';
import { withAvailability } from '../../domain/pool-availability';
import { sortPoolSummaries } from '../../domain/pool-summaries';

export function usePoolRows(spaceId: string) {
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  const enabledOnly = useQuery(workerPoolQueries.summary(spaceId, { isDisabled: false }));
  const rows = useMemo(
    () => summary.data && withAvailability(sortPoolSummaries(summary.data.WorkerPoolSummaries), enabledOnly.data),
    [summary.data, enabledOnly.data],
  );
  return { summary, rows };
}

export type PoolRowData = NonNullable<ReturnType<typeof usePoolRows>['rows']>[number];

// Exports every worker matching the filters (not just this page) as CSV: one request for all of them, then
// the pure workersToCsv, then a download. 10,000 workers are about a megabyte. A read, but made when a person
// asks for it, so a mutation carries its pending and error state.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TAKE_ALL } from '../../../api/paging';
import { workerQueries } from '../../../api/workers';
import { workerListQuery, type WorkerFilters } from '../../../domain/worker-filters';
import { workersToCsv } from '../../../domain/worker-csv';

function download(csv: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function useCsvExport(spaceId: string, filters: WorkerFilters, poolNames: ReadonlyMap<string, string>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => queryClient.fetchQuery(workerQueries.list(spaceId, { ...workerListQuery(filters), skip: 0, take: TAKE_ALL })),
    onSuccess: (all) => download(workersToCsv(all.Items, poolNames), 'workers.csv'),
  });
}

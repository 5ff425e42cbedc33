// The table view: one server page of workers (skip/take), refreshed on its own while the page is visible,
// with empty states that know the difference between "no match" and "nothing registered yet".
import { useEffect } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import { workerQueries } from '../../../api/workers';
import { EmptyState } from '../../../components/empty-state';
import { Pagination } from '../../../components/list-pagination';
import { LoadingState } from '../../../components/loading-state';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { hasActiveFilters, PAGE_SIZES, workerListQuery, type WorkerFilters } from '../../../domain/worker-filters';
import { AddWorkerButton } from './add-worker-button';
import { WorkersTable, type WorkersTableProps } from '../../../components/workers-table';

export interface WorkersListProps extends Pick<WorkersTableProps, 'spaceId' | 'poolNames' | 'selection'> {
  filters: WorkerFilters;
  onChange: (patch: Partial<WorkerFilters>) => void;
  onClearFilters: () => void;
  canAdd: boolean;
  refetchInterval: number;
}

export function WorkersList({ filters, onChange, onClearFilters, canAdd, refetchInterval, ...table }: WorkersListProps) {
  const list = useQuery({
    ...workerQueries.list(table.spaceId, workerListQuery(filters)),
    refetchInterval,
    // Paging and filtering keep the last page on screen until the next one arrives: no flicker.
    placeholderData: keepPreviousData,
  });
  const stalePage = !!list.data && list.data.Items.length === 0 && list.data.TotalResults > 0 && filters.page > 0;
  useEffect(() => {
    if (stalePage) onChange({ page: 0 }); // a page number from an old link, past the end
  }, [stalePage, onChange]);
  if (list.isPending) return <LoadingState label="Loading workers" />;
  if (list.isError) return <QueryErrorAlert context="Loading workers" error={list.error} onRetry={() => void list.refetch()} />;
  const { Items, TotalResults } = list.data;
  if (TotalResults === 0 && hasActiveFilters(filters))
    return (
      <EmptyState title="No worker matches these filters" action={<Button onClick={onClearFilters}>Clear filters</Button>}>
        Try a shorter name or fewer filters.
      </EmptyState>
    );
  if (TotalResults === 0)
    return (
      <EmptyState
        title="No workers yet"
        action={canAdd && <AddWorkerButton spaceId={table.spaceId} />}
      >
        Steps that use the default pool run on the built-in worker until a worker is added to it.
      </EmptyState>
    );
  return (
    <>
      <WorkersTable label="Workers" workers={Items} {...table} />
      <Pagination
        count={TotalResults}
        page={filters.page}
        pageSize={filters.take}
        pageSizes={PAGE_SIZES}
        onPage={(page) => onChange({ page })}
        onPageSize={(take) => onChange({ take, page: 0 })}
      />
    </>
  );
}

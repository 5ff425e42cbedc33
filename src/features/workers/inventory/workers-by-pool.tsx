// Workers grouped by pool, like Octopus: one section per pool with matching workers (the summary says which),
// each loading its own page of workers only when open, so 200 pools stay cheap. A worker in two pools
// appears in both.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import { Pagination } from '../../../components/list-pagination';
import Typography from '@mui/material/Typography';
import type { WorkerPoolSummary } from '../../../api/schemas';
import { workerPoolQueries } from '../../../api/worker-pools';
import { LoadingState } from '../../../components/loading-state';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { plural } from '../../../domain/wording';
import { workerListQuery, type WorkerFilters } from '../../../domain/worker-filters';
import { WorkersTable, type WorkersTableProps } from '../../../components/workers-table';
import { DefaultPoolMarker } from '../../../components/default-pool-marker';

const POOL_PAGE = 20;
const OPEN_BY_DEFAULT = 10;

type Shared = Pick<WorkersTableProps, 'spaceId' | 'poolNames' | 'selection'> & { filters: WorkerFilters; refetchInterval: number };

function PoolWorkers({ row, ...shared }: Shared & { row: WorkerPoolSummary }) {
  const [page, setPage] = useState(0);
  const { partialName, healthStatuses, commStyles, isDisabled } = workerListQuery(shared.filters);
  const query = useQuery({
    ...workerPoolQueries.workers(shared.spaceId, row.WorkerPool.Id, {
      partialName, healthStatuses, commStyles, isDisabled, skip: page * POOL_PAGE, take: POOL_PAGE,
    }),
    refetchInterval: shared.refetchInterval,
  });
  if (query.isPending) return <LoadingState label={`Loading the workers of ${row.WorkerPool.Name}`} />;
  if (query.isError)
    return <QueryErrorAlert context={`Loading the workers of ${row.WorkerPool.Name}`} error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.TotalResults === 0) return <Typography sx={{ color: 'text.secondary' }}>No workers in this pool match the filters.</Typography>;
  return (
    <>
      <WorkersTable label={`Workers in ${row.WorkerPool.Name}`} workers={query.data.Items} {...shared} />
      {query.data.TotalResults > POOL_PAGE && (
        <Pagination count={query.data.TotalResults} page={page} pageSize={POOL_PAGE} onPage={setPage} />
      )}
    </>
  );
}

export function WorkersByPool({ rows, ...shared }: Shared & { rows: WorkerPoolSummary[] }) {
  if (rows.length === 0) return null;
  return (
    <Box>
      {rows.map((row) => (
        <Accordion key={row.WorkerPool.Id} defaultExpanded={rows.length <= OPEN_BY_DEFAULT} slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h2' } }} disableGutters>
          <AccordionSummary expandIcon={<ExpandMore />}>
            <Typography component="span" variant="h3" sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              {row.WorkerPool.Name}
              {row.WorkerPool.IsDefault && <DefaultPoolMarker inline={false} />}
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, fontSize: '0.875rem' }}>
                {plural(row.TotalMachines, 'worker')}
              </Box>
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <PoolWorkers row={row} {...shared} />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
}

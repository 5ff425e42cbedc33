// R4 for a user without WorkerView: the workers list would answer 403, so it is never asked. They are told
// why, and still see every pool and whether it has workers (the summary is open to every user).
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import { workerPoolQueries } from '../../../api/worker-pools';
import { LoadingState } from '../../../components/loading-state';
import { NoWorkersFlag } from '../../../components/no-workers-flag';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { sortPoolSummaries } from '../../../domain/pool-summaries';
import { plural } from '../../../domain/wording';
import { DefaultPoolMarker } from '../../../components/default-pool-marker';
import { ScrollTable } from '../../../components/scroll-table';

export function ReadOnlyPools({ spaceId }: { spaceId: string }) {
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  return (
    <>
      <Alert severity="info" sx={{ mb: 3 }}>
        <AlertTitle>Worker machines are hidden from you</AlertTitle>
        Seeing workers takes the WorkerView permission (or ConfigureServer), which your teams do not have, so the
        Octopus server does not list them for you. You can still see every worker pool and whether it has workers.
        Ask an Octopus administrator if you need more.
      </Alert>
      <Typography variant="h2" id="pools-heading" sx={{ mb: 1 }}>
        Worker pools
      </Typography>
      {summary.isPending && <LoadingState label="Loading worker pools" />}
      {summary.isError && (
        <QueryErrorAlert context="Loading worker pools" error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {summary.data && (
        <ScrollTable label="Worker pools">
          <Table size="small" aria-labelledby="pools-heading">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Worker pool</TableCell>
                <TableCell scope="col">Workers</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sortPoolSummaries(summary.data.WorkerPoolSummaries).map((row) => (
                <TableRow key={row.WorkerPool.Id}>
                  <TableCell component="th" scope="row">
                    {row.WorkerPool.Name}
                    {row.WorkerPool.IsDefault && <DefaultPoolMarker />}
                  </TableCell>
                  <TableCell>
                    {row.TotalMachines === 0 ? (
                      <NoWorkersFlag />
                    ) : (
                      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                        <CheckCircleOutline aria-hidden fontSize="small" color="success" />
                        Has workers ({plural(row.TotalMachines, 'worker')})
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}

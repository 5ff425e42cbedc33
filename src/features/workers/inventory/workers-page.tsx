// /:spaceId/infrastructure/workers: the page operators live on. What it shows depends on R4: the inventory
// for those who may see workers (editable for those who may change them), and for everyone else which pools
// exist and whether each has workers, with the reason the machines are hidden.
import { lazy, Suspense, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Download from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import { workerPoolQueries } from '../../../api/worker-pools';
import { BusyButton } from '../../../components/busy-button';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useListState } from '../../../components/use-list-state';
import { useSession } from '../../../components/use-session';
import { config } from '../../../config';
import { sortPools } from '../../../domain/worker-pools';
import { AddWorkerButton } from './add-worker-button';
import { BuiltInWorkerLine } from './built-in-worker-line';
import { WORKER_FILTERS } from './worker-list-state';
import { useCsvExport } from './use-csv-export';
import { WorkersInventory } from './workers-inventory';

// Only people who may not see workers get this view: its code loads for them alone.
const ReadOnlyPools = lazy(() => import('./read-only-pools').then((m) => ({ default: m.ReadOnlyPools })));

export function WorkersPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const session = useSession(spaceId);
  const [filters] = useListState(WORKER_FILTERS);
  const poolsQuery = useQuery(workerPoolQueries.list(spaceId));
  const pools = useMemo(() => sortPools(poolsQuery.data ?? []), [poolsQuery.data]);
  const poolNames = useMemo(() => new Map(pools.map((p) => [p.Id, p.Name])), [pools]);
  const csvExport = useCsvExport(spaceId, filters, poolNames);
  const can = session.can;

  let content;
  if (session.error) content = <QueryErrorAlert context="Loading your permissions" error={session.error} onRetry={session.refetch} />;
  else if (!can || poolsQuery.isPending) content = <LoadingState label="Loading workers" />;
  else if (!can.viewWorkers) content = (
      <Suspense fallback={<LoadingState label="Loading worker pools" />}>
        <ReadOnlyPools spaceId={spaceId} />
      </Suspense>
    );
  else if (poolsQuery.isError)
    content = <QueryErrorAlert context="Loading worker pools" error={poolsQuery.error} onRetry={() => void poolsQuery.refetch()} />;
  else content = <WorkersInventory spaceId={spaceId} pools={pools} poolNames={poolNames} canEdit={can.editWorkers} />;

  return (
    <>
      <PageHeader
        title="Workers"
        description="Machines that run deployment steps for you, grouped into worker pools."
        actions={
          can?.viewWorkers && (
            <>
              <BusyButton variant="outlined" onClick={() => csvExport.mutate()} busy={csvExport.isPending} startIcon={<Download aria-hidden />}>
                Export CSV
              </BusyButton>
              <AddWorkerButton spaceId={spaceId} disabled={!can.editWorkers} />
            </>
          )
        }
      />
      {notice && <Alert severity="success" role="status" sx={{ mb: 2 }}>{notice}</Alert>}
      {csvExport.isError && <QueryErrorAlert context="The export failed" error={csvExport.error} />}
      {can && can.viewWorkers && !can.editWorkers && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can see workers but not change them: adding, editing or deleting workers takes the WorkerEdit permission.
        </Alert>
      )}
      <BuiltInWorkerLine spaceId={spaceId} />
      {content}
    </>
  );
}

// /:spaceId/infrastructure/workerpools: every pool in sort order, whether each can run a step, and (for
// WorkerEdit, R4) adding and reordering pools. The name filter lives in the URL (`?name=`).
import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Add from '@mui/icons-material/Add';
import SwapVert from '@mui/icons-material/SwapVert';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { featuresQueries } from '../../api/features';
import type { WorkerPool } from '../../api/schemas';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { NAME_ONLY } from '../../components/list-state';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { usePoolCounts } from '../../components/use-pool-counts';
import { useListState } from '../../components/use-list-state';
import { useSession } from '../../components/use-session';
import { config } from '../../config';
import { paths } from '../../paths';
import { PoolList } from './pool-list';

// Drag and drop is loaded when the dialog first opens, not with the page; so is the Add form (react-hook-form
// and the pool-type fields, ~18 kB gzip that every visit paid for a dialog most visits never open).
const ReorderPoolsDialog = lazy(() => import('./reorder-pools-dialog'));
const AddPoolDialog = lazy(() => import('./add-pool-dialog').then((m) => ({ default: m.AddPoolDialog })));

export function WorkerPoolsPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const [{ name: filter }, update] = useListState(NAME_ONLY);
  const { summary, rows } = usePoolCounts(spaceId);
  const features = useQuery(featuresQueries.config());
  const session = useSession(spaceId);
  const canEdit = session.can?.editWorkers ?? false;
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<WorkerPool>();
  const [reordering, setReordering] = useState(false);
  const [reordered, setReordered] = useState(false);
  // Set by the pool page's Delete, so the person lands on the list told what happened.
  const deletedPool = (useLocation().state as { deletedPool?: string } | null)?.deletedPool;


  return (
    <>
      <PageHeader
        title="Worker Pools"
        description="Groups of workers that steps run on. Steps that select no pool run on the default pool."
        actions={
          canEdit && (
            <Stack direction="row" spacing={1}>
              <Button
                variant="outlined"
                startIcon={<SwapVert />}
                disabled={!rows || rows.length < 2}
                onClick={() => {
                  setReordered(false);
                  setReordering(true);
                }}
              >
                Reorder
              </Button>
              <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
                Add Worker Pool
              </Button>
            </Stack>
          )
        }
      />
      {session.can && !session.can.viewWorkers && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can see every worker pool and how many workers it has, but not the workers themselves: that takes
          the WorkerView permission.
        </Alert>
      )}
      {deletedPool && !added && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          Worker pool {deletedPool} deleted.
        </Alert>
      )}
      {added && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setAdded(undefined)}>
          Worker pool{' '}
          <Link component={RouterLink} to={paths.workerPool(spaceId, added.Id)}>
            {added.Name}
          </Link>{' '}
          added.{' '}
          {added.WorkerPoolType === 'DynamicWorkerPool'
            ? 'Octopus leases its workers on demand, one for each step.'
            : 'Add workers to it from its page.'}
        </Alert>
      )}
      {reordered && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setReordered(false)}>
          The new order of worker pools is saved.
        </Alert>
      )}
      <FilterBar label="Filter worker pools">
        <NameFilter value={filter} onChange={(name) => update({ name }, { replace: true })} />
      </FilterBar>
      {summary.isPending && <LoadingState label="Loading worker pools" />}
      {summary.isError && (
        <QueryErrorAlert context="Loading worker pools" error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {rows && rows.length === 0 && <EmptyState title="No worker pools">This space has no worker pools yet.</EmptyState>}
      {rows && rows.length > 0 && (
        <PoolList
          spaceId={spaceId}
          rows={rows}
          filter={filter}
          isBuiltInWorkerEnabled={features.data?.IsBuiltInWorkerEnabled}
        />
      )}
      {canEdit && reordering && rows && (
        <Suspense fallback={<LoadingState label="Opening Reorder" />}>
          <ReorderPoolsDialog
            spaceId={spaceId}
            pools={rows.map((r) => r.WorkerPool)}
            onClose={() => setReordering(false)}
            onSaved={() => {
              setReordering(false);
              setReordered(true);
            }}
          />
        </Suspense>
      )}
      {canEdit && adding && (
        <Suspense fallback={<LoadingState label="Opening Add Worker Pool" />}>
          <AddPoolDialog
            spaceId={spaceId}
            open
            existing={rows?.map((r) => r.WorkerPool) ?? []}
            onClose={() => setAdding(false)}
            onCreated={(pool) => {
              setAdding(false);
              setAdded(pool);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

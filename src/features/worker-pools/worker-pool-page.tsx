// /:spaceId/infrastructure/workerpools/:workerPoolId: one pool's health, settings and workers. What a
// user sees follows R4: every user the pool and its counts; WorkerView its workers; WorkerEdit the form
// and Delete. Data already shown stays while a refetch fails (e.g. the 404 right after a delete).
import { useMemo } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { featuresQueries } from '../../api/features';
import { workerPoolQueries } from '../../api/worker-pools';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { usePoolCounts } from '../../components/use-pool-counts';
import { useSession } from '../../components/use-session';
import { config } from '../../config';
import { paths } from '../../paths';
import { acceptsWorkers, isDynamicPool } from '../../domain/pool-capacity';
import { findDefaultPoolSummary } from '../../domain/pool-summaries';
import { DeletePoolControl } from './delete-pool-control';
import { PoolHealth } from '../../components/pool-health';
import { PoolUsage } from './pool-dependents';
import { PoolDescription } from './pool-description';
import { PoolSettingsForm } from './pool-settings-form';
import { PoolSettingsView } from './pool-settings-view';
import { PoolWorkers } from './pool-workers';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" id={id} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function WorkerPoolPage() {
  const { spaceId = config.defaultSpaceId, workerPoolId = '' } = useParams();
  const detail = useQuery(workerPoolQueries.detail(spaceId, workerPoolId));
  const { rows } = usePoolCounts(spaceId);
  const pools = useMemo(() => rows?.map((r) => r.WorkerPool) ?? [], [rows]);
  const features = useQuery(featuresQueries.config());
  const session = useSession(spaceId);
  const listLink = paths.workerPools(spaceId);
  const navigate = useNavigate();

  if (!detail.data || session.isPending || session.error) {
    const error = detail.error ?? session.error;
    return (
      <>
        <PageHeader title={detail.data?.Name ?? 'Worker pool'} />
        {error ? (
          <QueryErrorAlert context="Loading the worker pool" error={error} onRetry={() => void (detail.error ? detail.refetch() : session.refetch())} />
        ) : (
          <LoadingState label="Loading the worker pool" />
        )}
        <Link component={RouterLink} to={listLink} sx={{ display: 'inline-block', mt: 2 }}>
          Back to Worker Pools
        </Link>
      </>
    );
  }

  const pool = detail.data;
  const can = session.can ?? { viewWorkers: false, editWorkers: false, configureServer: false };
  const row = rows?.find((r) => r.WorkerPool.Id === pool.Id);
  const current = rows && findDefaultPoolSummary(rows);
  const isBuiltInWorkerEnabled = features.data?.IsBuiltInWorkerEnabled;
  return (
    <>
      <PageHeader
        title={pool.Name}
        description={
          pool.IsDefault ? 'Default worker pool: steps that select no worker pool run here.' : pool.Description && <PoolDescription text={pool.Description} />
        }
        actions={
          can.editWorkers && (
            <>
              {acceptsWorkers(pool) && (
                <Button variant="contained" startIcon={<Add aria-hidden />} onClick={() => void navigate(paths.addWorker(spaceId, pool.Id))}>
                  Add Worker
                </Button>
              )}
              <DeletePoolControl spaceId={spaceId} pool={pool} canViewWorkers={can.viewWorkers} />
            </>
          )
        }
      />
      <Section id="pool-health-heading" title="Health">
        {row ? <PoolHealth row={row} isBuiltInWorkerEnabled={isBuiltInWorkerEnabled} /> : <LoadingState label="Loading worker counts" />}
      </Section>
      <Section id="pool-settings-heading" title="Settings">
        {can.editWorkers ? (
          <PoolSettingsForm
            key={pool.Id}
            spaceId={spaceId}
            pool={pool}
            otherPools={pools}
            defaultChange={{
              next: { workerCount: row?.counts.total ?? 0, availableCount: row?.counts.available },
              current:
                current && current.WorkerPool.Id !== pool.Id
                  ? { name: current.WorkerPool.Name, workerCount: current.counts.total, availableCount: current.counts.available }
                  : undefined,
              isBuiltInWorkerEnabled,
            }}
          />
        ) : (
          <PoolSettingsView pool={pool} />
        )}
      </Section>
      <Section id="pool-usage-heading" title="Used by">
        <PoolUsage spaceId={spaceId} pool={pool} />
      </Section>
      <Section id="pool-workers-heading" title="Workers">
        {isDynamicPool(pool) ? (
          <Alert severity="info">
            This is a dynamic worker pool: for each step, Octopus leases a fresh worker
            {pool.WorkerType ? ` of the type ${pool.WorkerType}` : ''} and returns it afterwards. It lists no machines of
            its own, and workers can't be added to it.
          </Alert>
        ) : can.viewWorkers ? (
          <PoolWorkers spaceId={spaceId} poolId={pool.Id} poolHasWorkers={(row?.counts.total ?? 0) > 0} pools={pools} />
        ) : (
          <Alert severity="info">
            <Box component="span" sx={{ fontWeight: 600 }}>
              Worker machines are hidden from you.
            </Box>{' '}
            The health above shows how many workers this pool has; seeing them takes the WorkerView permission.
          </Alert>
        )}
      </Section>
    </>
  );
}

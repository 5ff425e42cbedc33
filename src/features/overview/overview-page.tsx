// /:spaceId/infrastructure: where steps that need a worker can run, at a glance. One summary request
// feeds every pool's row (R4: every user may read it), so it stays fast with 200 pools.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import { featuresQueries } from '../../api/features';
import { workerPoolQueries } from '../../api/worker-pools';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useSession } from '../../components/use-session';
import { config } from '../../config';
import { withAvailability } from '../../domain/pool-availability';
import { findDefaultPoolSummary, sortPoolSummaries } from '../../domain/pool-summaries';
import { BuiltInWorkerPanel } from './built-in-worker-panel';
import { PoolHealthTable } from './pool-health-table';

export function OverviewPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  // R13: the summary counts disabled workers under their health; enabled-only counts say who can work.
  const enabledOnly = useQuery(workerPoolQueries.summary(spaceId, { isDisabled: false }));
  const features = useQuery(featuresQueries.config());
  const session = useSession(spaceId);
  const rows = useMemo(
    () => (summary.data ? withAvailability(sortPoolSummaries(summary.data.WorkerPoolSummaries), enabledOnly.data) : []),
    [summary.data, enabledOnly.data],
  );
  const defaultRow = findDefaultPoolSummary(rows);
  const builtInEnabled = features.data?.IsBuiltInWorkerEnabled;

  return (
    <>
      <PageHeader
        title="Overview"
        description="Which worker pools can run your steps, and whether the built-in worker is in play."
      />
      {summary.isPending && <LoadingState label="Loading worker pools" />}
      {summary.isError && (
        <QueryErrorAlert
          context="Loading worker pools"
          error={summary.error}
          onRetry={() => void summary.refetch()}
        />
      )}
      {summary.data && (
        <Stack spacing={4}>
          {session.can && !session.can.viewWorkers && (
            <Alert severity="info">
              <AlertTitle>Worker machines are hidden from you</AlertTitle>
              You can see every worker pool and how many workers it has, but not the workers themselves: that
              takes the WorkerView permission.
            </Alert>
          )}
          <BuiltInWorkerPanel
            defaultPool={defaultRow?.WorkerPool}
            defaultPoolWorkerCount={defaultRow?.TotalMachines ?? 0}
            features={features}
          />
          <PoolHealthTable
            spaceId={spaceId}
            rows={rows}
            totals={summary.data}
            isBuiltInWorkerEnabled={builtInEnabled}
          />
        </Stack>
      )}
    </>
  );
}

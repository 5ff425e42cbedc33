// /:spaceId/infrastructure: where steps that need a worker can run, at a glance. The pool summaries
// (use-pool-counts.ts) feed every pool's row (R4: every user may read them), so it stays fast with 200 pools.
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import { featuresQueries } from '../../api/features';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { usePoolCounts } from '../../components/use-pool-counts';
import { useSession } from '../../components/use-session';
import { config } from '../../config';
import { findDefaultPoolSummary } from '../../domain/pool-summaries';
import { BuiltInWorkerPanel } from './built-in-worker-panel';
import { FailingStepsPanel } from './failing-steps-panel';
import { PoolHealthTable } from './pool-health-table';

export function OverviewPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const { summary, enabledOnly, rows = [] } = usePoolCounts(spaceId);
  const features = useQuery(featuresQueries.config());
  const session = useSession(spaceId);
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
          <FailingStepsPanel spaceId={spaceId} />
          <BuiltInWorkerPanel
            defaultPool={defaultRow?.WorkerPool}
            defaultPoolWorkerCount={defaultRow?.counts.total ?? 0}
            features={features}
          />
          <PoolHealthTable
            spaceId={spaceId}
            rows={rows}
            totals={summary.data}
            enabledHealth={enabledOnly.data?.MachineHealthStatusSummaries}
            isBuiltInWorkerEnabled={builtInEnabled}
          />
        </Stack>
      )}
    </>
  );
}

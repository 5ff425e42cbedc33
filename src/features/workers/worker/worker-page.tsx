// /:spaceId/infrastructure/workers/:workerId/settings: one worker. The heading is its name; health and
// Check Health first (what operators come for), then its settings and Delete. Loading is split from the
// form (CONVENTIONS 5): the form renders once the worker, pools, policies and accounts exist.
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { accountQueries } from '../../../api/environments';
import { machinePolicyQueries } from '../../../api/machine-policies';
import { workerPoolQueries } from '../../../api/worker-pools';
import { workerQueries } from '../../../api/workers';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useSession } from '../../../components/use-session';
import { config } from '../../../config';
import { paths } from '../../../paths';
import { hasPermission } from '../../../domain/permissions';
import { sortPools } from '../../../domain/worker-pools';
import { DeleteWorkerButton } from './delete-worker-button';
import { SSH_ACCOUNT_TYPES } from '../shared/endpoint-fields';
import { WorkerHealthPanel } from './worker-health-panel';
import { WorkerSettingsForm } from './worker-settings-form';

export function WorkerPage() {
  const params = useParams();
  const spaceId = params.spaceId ?? config.defaultSpaceId;
  const workerId = params.workerId ?? '';
  const { notice, healthTaskId } = (useLocation().state as { notice?: string; healthTaskId?: string } | null) ?? {};
  const session = useSession(spaceId);
  const worker = useQuery({ ...workerQueries.detail(spaceId, workerId), enabled: session.can?.viewWorkers === true });
  const pools = useQuery(workerPoolQueries.list(spaceId));
  const policies = useQuery(machinePolicyQueries.all(spaceId));
  const isSsh = worker.data?.Endpoint.CommunicationStyle === 'Ssh';
  const accounts = useQuery({ ...accountQueries.all(spaceId), enabled: isSsh });
  const back = (
    <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
      <Link component={RouterLink} to={paths.workers(spaceId)}>Workers</Link>
    </Breadcrumbs>
  );

  const failed = session.error ?? worker.error ?? pools.error ?? policies.error ?? accounts.error;
  if (failed)
    return (<>{back}<PageHeader title="Worker" /><QueryErrorAlert context="Loading the worker" error={failed} onRetry={() => { session.refetch(); void worker.refetch(); void pools.refetch(); void policies.refetch(); }} /></>);
  if (session.can && !session.can.viewWorkers)
    return (
      <>
        {back}
        <PageHeader title="Worker" />
        <Alert severity="info">Worker machines are hidden from you: seeing them takes the WorkerView permission. Ask an Octopus administrator.</Alert>
      </>
    );
  if (!session.can || !session.permissions || !worker.data || !pools.data || !policies.data || (isSsh && !accounts.data))
    return (<>{back}<PageHeader title="Worker" /><LoadingState label="Loading the worker" /></>);

  const w = worker.data;
  const canEdit = session.can.editWorkers;
  const canCheck = hasPermission(session.permissions, 'TaskCreate', spaceId);
  const blocked = !canCheck ? 'Checking health takes the TaskCreate permission.' : w.IsDisabled ? 'A disabled worker is not health-checked. Enable it first.' : undefined;
  return (
    <>
      {back}
      <PageHeader title={w.Name} description="A worker: health, settings and where it sits." actions={canEdit && <DeleteWorkerButton spaceId={spaceId} worker={w} />} />
      <Stack spacing={3}>
        {notice && <Alert severity="success" role="status">{notice}</Alert>}
        {!canEdit && <Alert severity="info">You can see this worker but not change it: that takes the WorkerEdit permission.</Alert>}
        <WorkerHealthPanel spaceId={spaceId} worker={w} checkBlockedBecause={blocked} startedTaskId={healthTaskId} />
        <WorkerSettingsForm
          // Keyed by id only: a health check refreshing the worker must not wipe edits in progress.
          key={w.Id}
          spaceId={spaceId}
          worker={w}
          pools={sortPools(pools.data)}
          policies={policies.data}
          accounts={(accounts.data ?? []).filter((a) => SSH_ACCOUNT_TYPES.includes(a.AccountType))}
          canEdit={canEdit}
        />
      </Stack>
    </>
  );
}

// /:spaceId/infrastructure/workers/new: the Add Worker wizard. The kind is chosen first (and kept in the URL
// as `?kind=`), then that kind's form; the seeds' recommendations sit beside it.
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import { accountQueries } from '../../../api/environments';
import { machinePolicyQueries } from '../../../api/machine-policies';
import type { WorkerPool } from '../../../api/schemas';
import { workerPoolQueries } from '../../../api/worker-pools';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useSession } from '../../../components/use-session';
import { config } from '../../../config';
import { paths } from '../../../paths';
import { sameId } from '../../../domain/ids';
import { sortPools } from '../../../domain/worker-pools';
import { AddListeningForm } from './add-listening-form';
import { AddPollingFlow } from './add-polling-flow';
import { AddSshForm } from './add-ssh-form';
import { SSH_ACCOUNT_TYPES } from '../shared/endpoint-fields';
import { KIND_CHOICES, KindChoices, type WorkerKind } from './kind-choices';
import { Recommendations } from './recommendations';

/** The pool named in `?pool=` when workers can be added to it, else the space's default pool. */
function initialPools(pools: readonly WorkerPool[], requested: string | null): string[] {
  const canAdd = (p: WorkerPool) => p.CanAddWorkers !== false && p.WorkerPoolType !== 'DynamicWorkerPool';
  const chosen = (requested && pools.find((p) => sameId(p.Id, requested) && canAdd(p))) || pools.find((p) => p.IsDefault && canAdd(p));
  return chosen ? [chosen.Id] : [];
}

export function AddWorkerPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const [params] = useSearchParams();
  const kind = KIND_CHOICES.find((c) => c.kind === params.get('kind'))?.kind;
  const session = useSession(spaceId);
  const pools = useQuery(workerPoolQueries.list(spaceId));
  const policies = useQuery(machinePolicyQueries.all(spaceId));
  const accounts = useQuery({ ...accountQueries.all(spaceId), enabled: kind === 'ssh' });

  const failed = session.error ?? pools.error ?? policies.error ?? accounts.error;
  let body;
  if (failed) body = <QueryErrorAlert context="Loading what a worker needs" error={failed} />;
  else if (!session.can || !pools.data || !policies.data || (kind === 'ssh' && !accounts.data)) body = <LoadingState label="Loading" />;
  else if (!session.can.editWorkers)
    body = <Alert severity="info">Adding workers takes the WorkerEdit permission (ConfigureServer, as the documentation words it), which you do not have. Ask an Octopus administrator.</Alert>;
  else {
    const props = { spaceId, pools: sortPools(pools.data), policies: policies.data, initialPoolIds: initialPools(pools.data, params.get('pool')) };
    const forms: Record<WorkerKind, ReactNode> = {
      listening: <AddListeningForm {...props} />,
      polling: <AddPollingFlow {...props} />,
      ssh: <AddSshForm {...props} accounts={(accounts.data ?? []).filter((a) => SSH_ACCOUNT_TYPES.includes(a.AccountType))} />,
    };
    body = (
      <>
        <KindChoices selected={kind} />
        {kind && (
          <Box sx={{ display: 'grid', gap: 4, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(260px, 1fr)' }, mt: 3 }}>
            <Box key={kind}>{forms[kind]}</Box>
            <Recommendations />
          </Box>
        )}
      </>
    );
  }
  return (
    <>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.workers(spaceId)}>Workers</Link>
      </Breadcrumbs>
      <PageHeader title="Add Worker" description="A worker is a Tentacle or SSH machine added to one or more worker pools, never to an environment." />
      {body}
    </>
  );
}

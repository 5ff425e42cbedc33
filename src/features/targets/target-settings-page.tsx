// /:spaceId/infrastructure/machines/:machineId/settings: one target. Only cloud targets have a default
// worker pool (isCloudTarget); a Tentacle or SSH target runs its steps itself and says so.
import { Link as RouterLink, useParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { environmentQueries } from '../../api/environments';
import { machineQueries } from '../../api/machines';
import { workerPoolQueries } from '../../api/worker-pools';
import { HealthStatus } from '../../components/health-status';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { config } from '../../config';
import { isCloudTarget, targetKindLabel } from '../../domain/cloud-targets';
import { displayStatus } from '../../domain/health';
import { sortPools } from '../../domain/worker-pools';
import { paths } from '../../paths';
import { TargetPoolForm } from './target-pool-form';

export function TargetSettingsPage() {
  const { spaceId = config.defaultSpaceId, machineId = '' } = useParams();
  const [target, pools, envs] = useQueries({
    queries: [machineQueries.detail(spaceId, machineId), workerPoolQueries.list(spaceId), environmentQueries.all(spaceId)],
  });
  const failed = [target, pools].find((q) => q.isError);
  const t = target.data;
  let content;
  if (failed) {
    content = <QueryErrorAlert context="Loading the deployment target" error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (!t || !pools.data) {
    content = <LoadingState label="Loading the deployment target" />;
  } else {
    const kind = targetKindLabel(t);
    const facts: Array<[string, React.ReactNode]> = [
      ['Kind', kind],
      ['Environments', envs.data ? t.EnvironmentIds.map((id) => envs.data.find((e) => e.Id === id)?.Name ?? 'a deleted environment').join(', ') : '…'],
      ['Roles', t.Roles.join(', ') || 'None'],
      ['Health', <HealthStatus key="h" status={displayStatus(t)} tooltip={t.StatusSummary ?? undefined} />],
    ];
    content = (
      <Stack spacing={3}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
          {facts.map(([k, v]) => (
            <Box key={k} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 600 }}>{k}</Typography>
              <Typography component="dd" sx={{ m: 0 }}>{v}</Typography>
            </Box>
          ))}
        </Box>
        {isCloudTarget(t) ? (
          <TargetPoolForm key={t.Id} spaceId={spaceId} target={t} pools={sortPools(pools.data)} />
        ) : (
          <Alert severity="info">
            A {kind} target runs its steps itself, so it has no default worker pool. Only cloud targets (Azure,
            AWS, Kubernetes, cloud regions) are reached from a worker and may name one.
          </Alert>
        )}
      </Stack>
    );
  }
  return (
    <>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.targets(spaceId)}>Deployment Targets</Link>
        <Typography aria-current="page" sx={{ color: 'text.primary' }}>{t?.Name ?? machineId}</Typography>
      </Breadcrumbs>
      <PageHeader title={t?.Name ?? 'Deployment target'} description="Deployment target settings" />
      {content}
    </>
  );
}

// R6–R8 in words: is the Octopus Server itself running default-pool steps, and if not, why not.
import { Link as RouterLink } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { FeaturesConfiguration, WorkerPool } from '../../api/schemas';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { BuiltInWorkerStatusAlert } from '../../components/built-in-worker-status';
import { builtInWorkerStatus } from '../../domain/built-in-worker';
import { paths } from '../../paths';

export interface BuiltInWorkerPanelProps {
  defaultPool: WorkerPool | undefined;
  defaultPoolWorkerCount: number;
  features: UseQueryResult<FeaturesConfiguration>;
}

export function BuiltInWorkerPanel({
  defaultPool,
  defaultPoolWorkerCount,
  features,
}: BuiltInWorkerPanelProps) {
  let body;
  if (features.isPending) body = <LoadingState label="Loading the built-in worker's setting" />;
  else if (features.isError)
    body = (
      <QueryErrorAlert
        context="Loading the built-in worker's setting"
        error={features.error}
        onRetry={() => void features.refetch()}
      />
    );
  else if (!defaultPool)
    body = (
      <Alert severity="warning">
        This space has no default worker pool, so the built-in worker's role cannot be shown.
      </Alert>
    );
  else {
    const status = builtInWorkerStatus({
      isBuiltInWorkerEnabled: features.data.IsBuiltInWorkerEnabled,
      defaultPoolWorkerCount,
    });
    body = <BuiltInWorkerStatusAlert status={status} defaultPoolName={defaultPool.Name} />;
  }
  return (
    <Box component="section" aria-labelledby="built-in-worker-heading">
      <Typography variant="h2" id="built-in-worker-heading" sx={{ mb: 1 }}>
        Built-in worker
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Runs steps on the Octopus Server itself, only while the default worker pool has no workers at all.
        Switch it on or off in{' '}
        <Link component={RouterLink} to={paths.features()}>
          Configuration ➜ Features
        </Link>
        .
      </Typography>
      {body}
    </Box>
  );
}

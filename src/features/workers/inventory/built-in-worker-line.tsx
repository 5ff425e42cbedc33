// R6–R8 in one line above the inventory: is the Octopus Server itself running default-pool steps?
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { featuresQueries } from '../../../api/features';
import { workerPoolQueries } from '../../../api/worker-pools';
import { builtInWorkerStatus, describeBuiltInWorker } from '../../../domain/built-in-worker';
import { findDefaultPoolSummary } from '../../../domain/pool-summaries';
import { paths } from '../../../paths';

export function BuiltInWorkerLine({ spaceId }: { spaceId: string }) {
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  const features = useQuery(featuresQueries.config());
  const defaultRow = summary.data && findDefaultPoolSummary(summary.data.WorkerPoolSummaries);
  if (!defaultRow || !features.data) return null; // the Overview explains failures; this line is a reminder
  const status = builtInWorkerStatus({
    isBuiltInWorkerEnabled: features.data.IsBuiltInWorkerEnabled,
    defaultPoolWorkerCount: defaultRow.TotalMachines,
  });
  const fails = status.kind === 'disabled' && status.defaultPoolEmpty;
  return (
    <Alert
      severity={fails ? 'error' : 'info'}
      role="status"
      aria-label="Built-in worker"
      sx={{ mb: 2 }}
      action={
        <Link component={RouterLink} to={paths.features()} sx={{ whiteSpace: 'nowrap', alignSelf: 'center', mr: 1 }}>
          Built-in worker setting
        </Link>
      }
    >
      <strong>Built-in worker: </strong>
      {describeBuiltInWorker(status, defaultRow.WorkerPool.Name)}
    </Alert>
  );
}

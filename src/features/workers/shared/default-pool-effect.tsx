// R7 before the save: joining an empty default pool stops the built-in worker from being used; leaving it as
// its last worker brings the built-in worker back (or, when that is off, breaks default-pool steps).
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { featuresQueries } from '../../../api/features';
import { workerPoolQueries } from '../../../api/worker-pools';
import { builtInWorkerChange } from '../../../domain/built-in-worker';
import { findDefaultPoolSummary } from '../../../domain/pool-summaries';

export interface DefaultPoolEffectProps {
  spaceId: string;
  /** Whether the worker is in the default pool as saved (false for a new worker). */
  wasInDefault: boolean;
  poolIds: readonly string[];
}

export function DefaultPoolEffect({ spaceId, wasInDefault, poolIds }: DefaultPoolEffectProps) {
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  const features = useQuery(featuresQueries.config());
  const row = summary.data && findDefaultPoolSummary(summary.data.WorkerPoolSummaries);
  if (!row || !features.data) return null;
  const isIn = poolIds.includes(row.WorkerPool.Id);
  const before = row.TotalMachines;
  const after = before + Number(isIn) - Number(wasInDefault);
  const pool = row.WorkerPool.Name;
  switch (builtInWorkerChange(before, after, features.data.IsBuiltInWorkerEnabled)) {
    case 'stops-being-used':
      return (
        <Alert severity="warning">
          <AlertTitle>The built-in worker will stop being used</AlertTitle>
          {pool} has no workers yet, so its steps run on the Octopus Server itself. Once this worker is saved in {pool},
          those steps run on it instead.
          {!wasInDefault && (
            // R6/R13: any worker displaces the built-in worker, but only a healthy one can take a step.
            <> A new worker counts as Unknown until its first health check finishes, and until then those steps
            have no healthy worker and fail: keep the health check after adding switched on.</>
          )}
        </Alert>
      );
    case 'resumes':
      return (
        <Alert severity="info">
          <AlertTitle>The built-in worker will resume</AlertTitle>
          This is the last worker in {pool}. Without it, steps that use {pool} run on the Octopus Server itself.
        </Alert>
      );
    case 'fails-without-worker':
      return (
        <Alert severity="error">
          <AlertTitle>Steps that use {pool} will fail</AlertTitle>
          This is the last worker in {pool} and the built-in worker is switched off.
        </Alert>
      );
    case 'none':
      return null;
  }
}

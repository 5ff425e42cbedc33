// The worker's health: status as icon + text, the last check's summary and time, Calamari and Tentacle state,
// and `Check Health`, which starts a Health task, follows it to the end, then shows the new health.
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Worker } from '../../../api/schemas';
import { healthCheckCommand, useHealthCheckTask, useStartHealthCheck } from '../../../api/tasks';
import { workerQueries } from '../../../api/workers';
import { BusyButton } from '../../../components/busy-button';
import { HealthStatus } from '../../../components/health-status';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { displayStatus } from '../../../domain/health';
import { commStyleLabel, endpointAddress } from '../../../domain/worker-endpoint';
import { TaskProgress } from '../shared/task-progress';
import { CalamariState } from '../../../components/worker-row';

export interface WorkerHealthPanelProps {
  spaceId: string;
  worker: Worker;
  /** Why Check Health is unavailable, if it is (permissions, a disabled worker). */
  checkBlockedBecause?: string;
  /** A health check already started for it (right after it was added), followed here to its end. */
  startedTaskId?: string;
}

function formatTime(iso: string | null | undefined): string {
  if (!iso) return 'Never checked';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

export function WorkerHealthPanel({ spaceId, worker, checkBlockedBecause, startedTaskId }: WorkerHealthPanelProps) {
  const connection = useQuery(workerQueries.connection(spaceId, worker.Id));
  const start = useStartHealthCheck(spaceId);
  const taskId = start.data?.Id ?? startedTaskId;
  const task = useHealthCheckTask(spaceId, taskId);
  // From the click until the task ends: one check at a time. A failed start is explained below.
  const running = start.isPending || (!!taskId && !task.data?.IsCompleted);
  const check = () => start.mutate(healthCheckCommand({ workerIds: [worker.Id], description: `Check health of ${worker.Name}` }));
  const version = (worker.Endpoint as { TentacleVersionDetails?: { Version?: string | null } | null }).TentacleVersionDetails?.Version;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="health-heading" sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" id="health-heading">Health</Typography>
        <Box sx={{ fontSize: '1.05rem' }} data-testid="worker-health"><HealthStatus status={displayStatus(worker)} /></Box>
        <Box sx={{ flex: 1 }} />
        <BusyButton variant="outlined" onClick={check} busy={running} disabled={!!checkBlockedBecause}>
          Check Health
        </BusyButton>
      </Box>
      <Stack spacing={1}>
        {checkBlockedBecause && <Typography variant="body2" sx={{ color: 'text.secondary' }}>{checkBlockedBecause}</Typography>}
        <Typography variant="body2">{worker.StatusSummary || 'No health check has reported on this worker yet.'}</Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
          <dt>Last checked</dt>
          <dd>{connection.isPending ? '…' : formatTime(connection.data?.LastChecked)}</dd>
          <dt>Calamari</dt>
          <dd><CalamariState upToDate={worker.HasLatestCalamari} /></dd>
          <dt>Communication</dt>
          <dd>{commStyleLabel(worker.Endpoint.CommunicationStyle)} · <code>{endpointAddress(worker.Endpoint)}</code></dd>
          {version && (<><dt>Tentacle</dt><dd>{version}</dd></>)}
        </Box>
        {start.isError && <QueryErrorAlert context="The health check was not started" error={start.error} />}
        {taskId && <TaskProgress task={task} label={`Health check of ${worker.Name}`} />}
      </Stack>
    </Paper>
  );
}

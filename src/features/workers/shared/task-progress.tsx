// A running server task (a `Health` check, followed by useHealthCheckTask) until it ends: state in words with
// a progress bar, then the outcome.
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import type { ServerTask } from '../../../api/schemas';
import { QueryErrorAlert } from '../../../components/query-error-alert';

export interface TaskProgressProps {
  task: UseQueryResult<ServerTask>;
  /** What the task does, e.g. "Health check of octo-worker-01". */
  label: string;
}

export function TaskProgress({ task, label }: TaskProgressProps) {
  if (task.isError) return <QueryErrorAlert context={`Following ${label}`} error={task.error} onRetry={() => void task.refetch()} />;
  const state = task.data?.State ?? 'Queued';
  if (task.data?.IsCompleted) {
    const ok = task.data.FinishedSuccessfully;
    return (
      <Alert severity={ok ? 'success' : 'error'} role="status">
        {label}: {ok ? `finished (${task.data.Duration ?? 'done'}).` : `ended ${state}. ${task.data.ErrorMessage ?? ''}`}
      </Alert>
    );
  }
  return (
    <Alert severity="info" role="status" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      {label}: {state === 'Queued' ? 'queued…' : 'running…'}
      <LinearProgress sx={{ mt: 1 }} aria-label={`${label} progress`} />
    </Alert>
  );
}

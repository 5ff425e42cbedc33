// A running server task (a `Health` check, followed by useHealthCheckTask) until it ends: state in words with
// a progress bar, then the outcome.
import { useEffect } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import type { ServerTask } from '../../../api/schemas';
import { announce } from '../../../components/live-announcer';
import { QueryErrorAlert } from '../../../components/query-error-alert';

/** The outcome in words, shown when the task ends. */
function outcome(task: ServerTask, label: string): string {
  return task.FinishedSuccessfully
    ? `${label}: finished (${task.Duration ?? 'done'}).`
    : `${label}: ended ${task.State}. ${task.ErrorMessage ?? ''}`.trim();
}

/** The same, said once through the polite live region (worded apart from the visible text, so finding one never finds both). */
function spokenOutcome(task: ServerTask, label: string): string {
  return task.FinishedSuccessfully ? `${label} finished` : `${label} ended ${task.State}`;
}

export interface TaskProgressProps {
  task: UseQueryResult<ServerTask>;
  /** What the task does, e.g. "Health check of octo-worker-01". */
  label: string;
}

export function TaskProgress({ task, label }: TaskProgressProps) {
  const finished = task.data?.IsCompleted ? outcome(task.data, label) : undefined;
  const spoken = task.data?.IsCompleted ? spokenOutcome(task.data, label) : undefined;
  useEffect(() => {
    if (spoken) announce(spoken);
  }, [spoken]);
  if (task.isError) return <QueryErrorAlert context={`Following ${label}`} error={task.error} onRetry={() => void task.refetch()} />;
  const state = task.data?.State ?? 'Queued';
  if (task.data?.IsCompleted) {
    const ok = task.data.FinishedSuccessfully;
    return (
      <Alert severity={ok ? 'success' : 'error'} role="status">
        {finished}
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

// A running server task (a `Health` check) followed until it ends: state in words with a progress bar, then
// the outcome. `onDone` runs once, so the caller can refresh what the task changed.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { taskQueries } from '../../../api/tasks';
import { QueryErrorAlert } from '../../../components/query-error-alert';

export interface TaskProgressProps {
  spaceId: string;
  taskId: string;
  /** What the task does, e.g. "Health check of octo-worker-01". */
  label: string;
  onDone: () => void;
}

export function TaskProgress({ spaceId, taskId, label, onDone }: TaskProgressProps) {
  const task = useQuery(taskQueries.detail(spaceId, taskId));
  const done = useRef(false);
  const completed = task.data?.IsCompleted ?? false;
  useEffect(() => {
    if (completed && !done.current) {
      done.current = true;
      onDone();
    }
  }, [completed, onDone]);
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

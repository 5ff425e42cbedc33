// "What would fail right now?": every step in every project of the space whose verdict today is "will
// fail" (domain failingSteps, the step editor's own verdict), with the reason in words and a link to the
// step. Nothing else in Octopus answers this before a deployment runs.
import { useMemo } from 'react';
import ErrorIcon from '@mui/icons-material/Error';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { FailingStepList } from '../../components/failing-step-list';
import { useSpaceProcesses } from '../../components/use-space-processes';
import { useStepRunContext } from '../../components/use-step-run-context';
import { failingSteps } from '../../domain/failing-steps';
import { formatCount } from '../../domain/wording';

function plural(n: number, one: string, many: string) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function FailingStepsPanel({ spaceId }: { spaceId: string }) {
  const space = useStepRunContext(spaceId);
  const processes = useSpaceProcesses(spaceId);
  const failing = useMemo(
    () => (space.status === 'ready' && processes.status === 'ready' ? failingSteps(processes.data, space.data.ctx) : undefined),
    [space, processes],
  );

  let body;
  if (space.status === 'error') body = <QueryErrorAlert context={space.context} error={space.error} onRetry={space.retry} />;
  else if (processes.status === 'error') body = <QueryErrorAlert context={processes.context} error={processes.error} onRetry={processes.retry} />;
  else if (!failing) body = <LoadingState label="Checking every step" />;
  else if (failing.length === 0)
    body = (
      <Alert severity="success" icon={<CheckCircle />}>
        No step would fail for want of a worker right now, in any of {plural(processes.status === 'ready' ? processes.data.length : 0, 'project', 'projects')}.
      </Alert>
    );
  else
    body = (
      <Alert severity="error" icon={<ErrorIcon />}>
        <AlertTitle>{plural(failing.length, 'step', 'steps')} would fail if deployed now</AlertTitle>
        <FailingStepList spaceId={spaceId} steps={failing} label="Steps that would fail" />
      </Alert>
    );
  return (
    <Box component="section" aria-labelledby="failing-steps-heading">
      <Typography variant="h2" id="failing-steps-heading" sx={{ mb: 1 }}>
        What would fail right now
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Every step of every project, judged as its editor judges it: whether a worker, or the built-in worker, can
        run it today.
      </Typography>
      {body}
    </Box>
  );
}

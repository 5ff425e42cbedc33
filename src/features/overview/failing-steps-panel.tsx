// "What would fail right now?": every step in every project of the space whose verdict today is "will
// fail" (domain failingSteps, the step editor's own verdict), with the reason in words and a link to the
// step. Nothing else in Octopus answers this before a deployment runs.
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import ErrorIcon from '@mui/icons-material/Error';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { TAKE_ALL } from '../../api/paging';
import { processQueries, projectQueries } from '../../api/projects';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useStepRunContext } from '../../components/use-step-run-context';
import { failingSteps } from '../../domain/failing-steps';
import { paths } from '../../paths';

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function FailingStepsPanel({ spaceId }: { spaceId: string }) {
  const space = useStepRunContext(spaceId);
  const projects = useQuery(projectQueries.list(spaceId, { take: TAKE_ALL }));
  const processes = useQueries({
    queries: (projects.data?.Items ?? []).map((p) => processQueries.forProject(spaceId, p.Id)),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
      error: results.find((r) => r.error)?.error,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
  const failing = useMemo(() => {
    if (space.status !== 'ready' || !projects.data || !processes.data) return undefined;
    const items = projects.data.Items.map((p, i) => ({ projectId: p.Id, projectName: p.Name, process: processes.data![i]! }));
    return failingSteps(items, space.data.ctx);
  }, [space, projects.data, processes.data]);

  let body;
  if (space.status === 'error') body = <QueryErrorAlert context={space.context} error={space.error} onRetry={space.retry} />;
  else if (projects.isError) body = <QueryErrorAlert context="Loading projects" error={projects.error} onRetry={() => void projects.refetch()} />;
  else if (processes.error) body = <QueryErrorAlert context="Loading deployment processes" error={processes.error} onRetry={processes.retry} />;
  else if (!failing) body = <LoadingState label="Checking every step" />;
  else if (failing.length === 0)
    body = (
      <Alert severity="success" icon={<CheckCircle />}>
        No step would fail for want of a worker right now, in any of {plural(projects.data!.Items.length, 'project', 'projects')}.
      </Alert>
    );
  else
    body = (
      <Alert severity="error" icon={<ErrorIcon />}>
        <AlertTitle>{plural(failing.length, 'step', 'steps')} would fail if deployed now</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5, '& li + li': { mt: 0.75 } }}>
          {failing.map((f) => (
            <li key={`${f.projectId}/${f.stepId}/${f.stepName}`}>
              <Link component={RouterLink} to={paths.step(spaceId, f.projectId, f.stepId)} sx={{ fontWeight: 600 }}>
                {f.projectName}: {f.stepName}
              </Link>
              {' — '}
              {f.summary.replace(/^Will fail: /, '')}
            </li>
          ))}
        </Box>
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

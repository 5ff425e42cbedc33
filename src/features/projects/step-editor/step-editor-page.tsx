// /:spaceId/projects/:projectId/deployments/process/steps/:stepId (and `steps/new?actionType=…`), and for a
// step with child steps `…/steps/:stepId/actions/:actionId`: one child step, edited on its own. The step
// itself then lists its child steps, each with its verdict. Loading is split from the form (CONVENTIONS 5):
// the form renders once the process and the verdict inputs exist.
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { gitBranchOf, processQueries, projectQueries } from '../../../api/projects';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { config } from '../../../config';
import { paths } from '../../../paths';
import { stepType, stepTypeName } from '../../../domain/step-types';
import { ProjectBreadcrumbs } from '../project-breadcrumbs';
import { ChildStepList } from '../child-step-list';
import { blankStep, findStep, hasChildSteps } from '../process-edits';
import { readTargetRoles } from '../../../domain/execution-location';
import { useStepRunContext } from '../../../components/use-step-run-context';
import { StepForm } from './step-form';

export function StepEditorPage() {
  const { spaceId = config.defaultSpaceId, projectId = '', stepId = '', actionId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const isNew = stepId === 'new';
  const actionType = search.get('actionType') ?? '';
  const project = useQuery(projectQueries.detail(spaceId, projectId));
  const process = useQuery(processQueries.forProject(spaceId, projectId));
  const space = useStepRunContext(spaceId);
  // A new step's ids are made once, so a failed first save retries the same step.
  const [blank] = useState(() => (isNew && actionType ? blankStep(actionType) : undefined));
  const [goTo, setGoTo] = useState<string>();
  const processPath = paths.process(spaceId, projectId);
  // Navigate only after the saved form has re-rendered clean, so the unsaved-changes prompt lets it go.
  useEffect(() => {
    if (goTo) void navigate(goTo, { replace: true });
  }, [goTo, navigate]);

  const existing = process.data && !isNew ? findStep(process.data, stepId, actionId) : undefined;
  const original = isNew ? blank : existing;
  // A step with child steps, opened as the step: it lists its children rather than editing the first.
  const parent = existing && !actionId && hasChildSteps(existing.step) ? existing.step : undefined;
  const isChild = !!existing && !!actionId && hasChildSteps(existing.step);
  const typeName = original && !parent ? stepTypeName(original.action.ActionType) : undefined;
  const title = isNew ? 'New step' : ((isChild ? existing?.action.Name : existing?.step.Name) ?? 'Step');
  let description = typeName ? `${typeName}${project.data ? ` · ${project.data.Name}` : ''}` : undefined;
  if (parent) description = `A step with ${parent.Actions.length} child steps${project.data ? ` · ${project.data.Name}` : ''}`;
  if (isChild && existing) description = `${description ?? ''} · Child step of ${existing.step.Name}`;

  let content;
  if (process.isError || project.isError) {
    const failed = process.isError ? process : project;
    content = <QueryErrorAlert context="Loading the deployment process" error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (space.status === 'error') {
    content = <QueryErrorAlert context={space.context} error={space.error} onRetry={space.retry} />;
  } else if (!process.data || !project.data || space.status === 'pending') {
    content = <LoadingState label="Loading the step" />;
  } else if (isNew && (!actionType || !stepType(actionType).known)) {
    content = <Alert severity="error">There is no step type “{actionType || '(none)'}” to add. <Link component={RouterLink} to={processPath}>Back to the deployment process</Link></Alert>;
  } else if (!original) {
    content = <Alert severity="error">This deployment process has no step {actionId ?? stepId}: it may have been deleted. <Link component={RouterLink} to={processPath}>Back to the deployment process</Link></Alert>;
  } else if (parent) {
    const roles = readTargetRoles(parent);
    content = (
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 880 }}>
        <Typography sx={{ mb: 2 }}>
          {roles.length > 0
            ? `Its child steps run for the deployment targets with the ${roles.length > 1 ? 'roles' : 'role'} ${roles.join(', ')}, one after another on each target. Each child step has its own place to run and its own worker pool: open one to change it.`
            : 'Its child steps each run once. Each has its own place to run and its own worker pool: open one to change it.'}
        </Typography>
        <Typography variant="h2" id="child-steps-heading" sx={{ mb: 1 }}>Child steps</Typography>
        <ChildStepList spaceId={spaceId} projectId={projectId} step={parent} ctx={space.data.ctx} />
      </Paper>
    );
  } else {
    content = (
      <StepForm
        key={`${stepId}/${actionId ?? ''}`}
        spaceId={spaceId}
        projectId={projectId}
        process={process.data}
        original={original}
        space={space.data}
        isNew={isNew}
        gitBranch={gitBranchOf(project.data)}
        onSaved={() => {
          if (isNew) setGoTo(paths.step(spaceId, projectId, original.step.Id));
        }}
      />
    );
  }
  return (
    <>
      <ProjectBreadcrumbs spaceId={spaceId} projectId={projectId} projectName={project.data?.Name} current={title}
        parent={isChild && existing ? { name: existing.step.Name, href: paths.step(spaceId, projectId, stepId) } : undefined} />
      <PageHeader title={title} description={description} />
      {content}
    </>
  );
}

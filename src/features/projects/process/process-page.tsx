// /:spaceId/projects/:projectId/deployments/process: the steps in order, each with its type and a one-line
// verdict (R10–R14) computed by the domain, before any deployment. Reordering and deleting save the whole
// process with its Version.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { gitBranchOf, processQueries, projectQueries, useSaveDeploymentProcess } from '../../../api/projects';
import type { DeploymentProcess, DeploymentStep } from '../../../api/schemas';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useSession } from '../../../components/use-session';
import { config } from '../../../config';
import { paths } from '../../../paths';
import { stepRunVerdictOf } from '../../../domain/step-run-verdict';
import { ChildStepList } from '../child-step-list';
import { deleteStep, hasChildSteps, moveStep } from '../process-edits';
import { ProjectBreadcrumbs } from '../project-breadcrumbs';
import { useStepRunContext } from '../../../components/use-step-run-context';
import { isStaleVersion } from '../step-editor/step-validation';
import { AddStepMenu } from './add-step-menu';
import { ProcessStepRow } from './process-step-row';

export function ProcessPage() {
  const { spaceId = config.defaultSpaceId, projectId = '' } = useParams();
  const project = useQuery(projectQueries.detail(spaceId, projectId));
  const process = useQuery(processQueries.forProject(spaceId, projectId));
  const space = useStepRunContext(spaceId);
  const save = useSaveDeploymentProcess(spaceId, projectId);
  // Until permissions are known, offer no edit controls rather than ones that may fail with a 403.
  const editable = useSession(spaceId).can?.editProcess ?? false;
  // A version-controlled project: each change is a commit with a message, made from a step's editor.
  const gitBranch = gitBranchOf(project.data);
  const reorderable = editable && !gitBranch;
  const [toDelete, setToDelete] = useState<DeploymentStep>();
  const [announce, setAnnounce] = useState('');
  const title = project.data?.Name ?? 'Deployment process';

  async function change(next: DeploymentProcess, done: string) {
    if (save.isPending) return; // one save at a time: each needs the Version the last one returned
    try {
      await save.mutateAsync(next);
      setAnnounce(done);
      setToDelete(undefined);
    } catch (error) {
      if (isStaleVersion(error)) void process.refetch();
    }
  }

  let content;
  if (process.isError || project.isError) {
    const failed = process.isError ? process : project;
    content = <QueryErrorAlert context="Loading the deployment process" error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (!process.data) {
    content = <LoadingState label="Loading the deployment process" />;
  } else if (process.data.Steps.length === 0) {
    content = <EmptyState title="No steps yet">Add a step to say what a deployment of this project does.</EmptyState>;
  } else {
    const p = process.data;
    content = (
      <Paper variant="outlined">
        <Box component="ol" aria-label="Steps" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {p.Steps.map((step, i) => {
            const action = step.Actions[0];
            const ctx = space.status === 'ready' ? space.data.ctx : undefined;
            const children = hasChildSteps(step);
            const verdict = action && ctx && !children ? stepRunVerdictOf(step, action, ctx) : undefined;
            return (
              <ProcessStepRow key={step.Id} step={step} index={i} count={p.Steps.length} href={paths.step(spaceId, projectId, step.Id)}
                verdict={verdict}
                childSteps={children ? <ChildStepList spaceId={spaceId} projectId={projectId} step={step} ctx={ctx} prefix={`${i + 1}.`} /> : undefined}
                onMove={reorderable ? (by) => void change(moveStep(p, step.Id, by), `Moved ${step.Name} to position ${i + 1 + by}.`) : undefined}
                onDelete={reorderable ? () => setToDelete(step) : undefined} />
            );
          })}
        </Box>
      </Paper>
    );
  }
  return (
    <>
      <ProjectBreadcrumbs spaceId={spaceId} projectId={projectId} projectName={project.data?.Name} />
      <PageHeader
        title={title}
        description="Deployment process: where each step runs, and whether it can, as of the last health check."
        actions={editable ? <AddStepMenu spaceId={spaceId} projectId={projectId} /> : undefined}
      />
      {gitBranch && (
        <Alert severity="info" sx={{ mb: 2 }}>
          This project’s deployment process lives in Git and is shown from its {gitBranch} branch. A step’s editor
          commits your change there with a message; to reorder or delete steps, use Octopus.
        </Alert>
      )}
      {space.status === 'error' && <Box sx={{ mb: 2 }}><QueryErrorAlert context={space.context} error={space.error} onRetry={space.retry} /></Box>}
      {save.isError && !toDelete && (
        <Box sx={{ mb: 2 }}>
          {isStaleVersion(save.error)
            ? <Alert severity="warning">Someone else changed this deployment process, so your change was not saved. The latest version is shown: try again.</Alert>
            : <QueryErrorAlert context="The deployment process was not saved" error={save.error} />}
        </Box>
      )}
      <Box role="status" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>{announce}</Box>
      {content}
      <ConfirmDialog
        open={!!toDelete}
        title={`Delete ${toDelete?.Name ?? 'step'}?`}
        confirmLabel="Delete"
        destructive
        pending={save.isPending}
        error={save.error}
        onCancel={() => { setToDelete(undefined); save.reset(); }}
        onConfirm={() => toDelete && process.data && void change(deleteStep(process.data, toDelete.Id), `Deleted ${toDelete.Name}.`)}
      >
        The step is removed from the deployment process of {title}. Releases created before keep their own copy.
      </ConfirmDialog>
    </>
  );
}

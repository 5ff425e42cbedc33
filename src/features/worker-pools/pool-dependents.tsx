// Who depends on a pool beyond the steps that name it (R12): the cloud targets that use it as their own
// default pool, and the steps that would fail once it is gone (those run on a worker on behalf of such a
// target included), judged by the step editor's verdict with the pool removed (domain newlyFailingSteps).
import { useCallback } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { machineQueries } from '../../api/machines';
import { TAKE_ALL } from '../../api/paging';
import { FailingStepList } from '../../components/failing-step-list';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useSpaceProcesses } from '../../components/use-space-processes';
import { useStepsBrokenBy } from '../../components/use-steps-broken-by';
import { sameId } from '../../domain/ids';
import { stepsUsingPool } from '../../domain/pool-deletion';
import { targetDefaultPoolId } from '../../domain/cloud-targets';
import type { StepRunContext } from '../../domain/step-run-verdict';
import { plural } from '../../domain/wording';
import { paths } from '../../paths';

const LIST_SX = { m: 0, pl: 2.5, maxHeight: 180, overflowY: 'auto', fontSize: '0.875rem' } as const;

/** The cloud targets whose own default pool this is. */
export function usePoolTargets(spaceId: string, poolId: string, enabled = true) {
  const machines = useQuery({ ...machineQueries.list(spaceId, { take: TAKE_ALL }), enabled });
  return {
    targets: machines.data?.Items.filter((t) => sameId(targetDefaultPoolId(t), poolId)),
    error: machines.error,
  };
}

export function PoolTargetList({ spaceId, targets }: { spaceId: string; targets: ReadonlyArray<{ Id: string; Name: string }> }) {
  return (
    <Box component="ul" aria-label="Cloud targets that use this pool" sx={LIST_SX}>
      {targets.map((t) => (
        <li key={t.Id}>
          <Link component={RouterLink} to={paths.target(spaceId, t.Id)}>{t.Name}</Link>
        </li>
      ))}
    </Box>
  );
}

/** In the delete confirmation: the targets that lose their pool and every step that would then fail. */
export function DeletionDependents({ spaceId, poolId, open }: { spaceId: string; poolId: string; open: boolean }) {
  const { targets, error } = usePoolTargets(spaceId, poolId, open);
  const withoutPool = useCallback(
    (ctx: StepRunContext): StepRunContext => ({ ...ctx, pools: ctx.pools.filter((p) => !sameId(p.Id, poolId)) }),
    [poolId],
  );
  const broken = useStepsBrokenBy(spaceId, open ? withoutPool : undefined);
  return (
    <>
      {error != null && <QueryErrorAlert context="Could not read the deployment targets" error={error} />}
      {targets && targets.length > 0 && (
        <Box component="section" aria-labelledby="delete-targets-heading" sx={{ mb: 2 }}>
          <Typography id="delete-targets-heading" variant="h3" sx={{ mb: 0.5 }}>
            {`${plural(targets.length, 'cloud target')} ${targets.length === 1 ? 'uses' : 'use'} it as its own default pool`}
          </Typography>
          <PoolTargetList spaceId={spaceId} targets={targets} />
        </Box>
      )}
      {broken.isPending && <LoadingState label="Working out which steps would fail" />}
      {broken.error != null && <QueryErrorAlert context="Could not work out which steps would fail" error={broken.error} />}
      {broken.steps && broken.steps.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          <Typography variant="h3" component="p" sx={{ mb: 0.5, fontSize: '0.95rem' }}>
            {`${plural(broken.steps.length, 'step')} would fail once it is deleted`}
          </Typography>
          <FailingStepList spaceId={spaceId} steps={broken.steps} label="Steps that would fail once it is deleted" />
        </Alert>
      )}
    </>
  );
}

/** On a pool's page: the steps that select it and the cloud targets that use it as their default pool. */
export function PoolUsage({ spaceId, pool }: { spaceId: string; pool: { Id: string; IsDefault: boolean } }) {
  const processes = useSpaceProcesses(spaceId);
  const { targets, error } = usePoolTargets(spaceId, pool.Id);
  const steps =
    processes.status === 'ready'
      ? stepsUsingPool(processes.data.map((p) => p.process), processes.data.map((p) => ({ Id: p.projectId, Name: p.projectName })), pool.Id)
      : undefined;
  return (
    <>
      {processes.status === 'error' && <QueryErrorAlert context={processes.context} error={processes.error} onRetry={processes.retry} />}
      {error != null && <QueryErrorAlert context="Loading deployment targets" error={error} />}
      {(!steps || !targets) && processes.status !== 'error' && error == null && <LoadingState label="Finding what uses this pool" />}
      {steps && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="h3" sx={{ mb: 0.5, fontSize: '1rem' }}>
            {steps.length ? `${plural(steps.length, 'step')} ${steps.length === 1 ? 'selects' : 'select'} it` : 'No step selects it by name'}
          </Typography>
          {steps.length > 0 && (
            <Box component="ul" aria-label="Steps that select this pool" sx={LIST_SX}>
              {steps.map((s) => (
                <li key={s.actionId}>
                  <Link component={RouterLink} to={paths.step(spaceId, s.projectId, s.stepId)}>
                    {`${s.projectName}: ${s.stepName}${s.actionName !== s.stepName ? ` › ${s.actionName}` : ''}`}
                  </Link>
                </li>
              ))}
            </Box>
          )}
          {pool.IsDefault && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
              As the default pool it also runs every step that selects no worker pool.
            </Typography>
          )}
        </Box>
      )}
      {targets && (
        <Box>
          <Typography variant="h3" sx={{ mb: 0.5, fontSize: '1rem' }}>
            {targets.length
              ? `${plural(targets.length, 'cloud target')} ${targets.length === 1 ? 'uses' : 'use'} it as its own default pool`
              : 'No cloud target uses it as its own default pool'}
          </Typography>
          {targets.length > 0 && <PoolTargetList spaceId={spaceId} targets={targets} />}
        </Box>
      )}
    </>
  );
}

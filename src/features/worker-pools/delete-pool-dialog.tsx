// R5: the confirmation lists what the delete would touch before `Delete` is pressed: the steps that
// select this pool, the cloud targets that use it as their own default pool and every step that would then
// fail (R12: steps run on their behalf too), then the workers that would belong to no pool.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../../api/schemas';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadingState } from '../../components/loading-state';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { plural } from '../../domain/wording';
import { DeletionDependents } from './pool-dependents';
import { useDeletionImpact } from './use-deletion-impact';
import { paths } from '../../paths';

export interface DeletePoolDialogProps {
  spaceId: string;
  pool: WorkerPool;
  open: boolean;
  canViewWorkers: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

const LIST_SX = { m: 0, pl: 2.5, maxHeight: 180, overflowY: 'auto', fontSize: '0.875rem' } as const;

export function DeletePoolDialog({ spaceId, pool, open, canViewWorkers, ...actions }: DeletePoolDialogProps) {
  const impact = useDeletionImpact(spaceId, pool.Id, open, canViewWorkers);
  return (
    <ConfirmDialog
      open={open}
      title={`Delete ${pool.Name}?`}
      confirmLabel="Delete"
      destructive
      confirmDisabled={impact.isLoading}
      {...actions}
    >
      {impact.isLoading && <LoadingState label="Checking what uses this pool" />}
      <DeletionDependents spaceId={spaceId} poolId={pool.Id} open={open} />
      {impact.stepsError && <QueryErrorAlert context="Could not check which steps use this pool" error={impact.stepsError} />}
      {impact.steps && (
        <Box component="section" aria-labelledby="delete-steps-heading" sx={{ mb: 2 }}>
          <Typography id="delete-steps-heading" variant="h3" sx={{ mb: 0.5 }}>
            {impact.steps.length
              ? `${plural(impact.steps.length, 'step')} ${impact.steps.length === 1 ? 'uses' : 'use'} this pool`
              : 'No step selects this pool'}
          </Typography>
          {impact.steps.length > 0 ? (
            <>
              <Box component="ul" sx={LIST_SX}>
                {impact.steps.map((s) => (
                  <li key={s.actionId}>
                    <Link component={RouterLink} to={paths.step(spaceId, s.projectId, s.stepId)}>
                      {`${s.projectName}: ${s.stepName}`}
                    </Link>
                  </li>
                ))}
              </Box>
              <Alert severity="warning" sx={{ mt: 1 }}>
                These steps keep pointing at the deleted pool and will fail until they select another one.
              </Alert>
            </>
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              No deployment step selects it directly. Steps that pick a pool through a variable can't be checked.
            </Typography>
          )}
        </Box>
      )}
      {impact.workersError != null && <QueryErrorAlert context="Could not read this pool's workers" error={impact.workersError} />}
      {impact.orphans && (
        <Box component="section" aria-labelledby="delete-workers-heading">
          <Typography id="delete-workers-heading" variant="h3" sx={{ mb: 0.5 }}>
            {impact.orphans.length ? `${plural(impact.orphans.length, 'worker')} would be left in no pool` : 'No worker is left without a pool'}
          </Typography>
          {impact.orphans.length > 0 && (
            <Box component="ul" sx={LIST_SX}>
              {impact.orphans.map((w) => (
                <li key={w.Id}>{w.Name}</li>
              ))}
            </Box>
          )}
        </Box>
      )}
    </ConfirmDialog>
  );
}

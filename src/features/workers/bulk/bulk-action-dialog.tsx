// Confirms a bulk action naming the count and its consequences, runs it once (the button is busy meanwhile),
// then reports per worker. The mutations refresh lists, counts and pool summaries after any change.
import { useState } from 'react';
import { renderPoolOption } from '../../../components/pool-option';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { BulkOutcome } from '../../../api/bulk-run';
import type { Worker, WorkerPool } from '../../../api/schemas';
import { healthCheckCommand, useStartHealthCheck } from '../../../api/tasks';
import { useBulkWorkerAction } from '../../../api/workers';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { plural } from '../../../domain/wording';
import { bulkAction, changeOf } from './bulk-actions';
import { BULK_ACTIONS, type BulkKind } from './bulk-kinds';
import { BulkOutcomeReport } from './bulk-outcome';
import { ImpactList } from '../shared/impact-list';
import { useChangeImpact } from '../shared/use-change-impact';
import { acceptsWorkers } from '../../../domain/pool-capacity';

export interface BulkActionDialogProps {
  kind: BulkKind;
  workers: Worker[];
  spaceId: string;
  pools: readonly WorkerPool[];
  /** With the outcome once the action ran; undefined when it was cancelled. */
  onClose: (outcome: BulkOutcome | undefined) => void;
  onHealthTask: (taskId: string) => void;
}

export function BulkActionDialog({ kind, workers, spaceId, pools, onClose, onHealthTask }: BulkActionDialogProps) {
  const action = BULK_ACTIONS[kind];
  const startHealthCheck = useStartHealthCheck(spaceId);
  const bulkRun = useBulkWorkerAction(spaceId);
  const [pool, setPool] = useState<WorkerPool | null>(null);
  const running = startHealthCheck.isPending || bulkRun.isPending;
  const enabled = workers.filter((w) => !w.IsDisabled);
  const outcome: BulkOutcome | undefined = kind === 'check-health'
    ? startHealthCheck.isSuccess ? { done: enabled.map((w) => w.Name), failed: [],
      skipped: workers.filter((w) => w.IsDisabled).map((w) => ({ name: w.Name, reason: 'disabled workers are not health-checked' })) } : undefined
    : bulkRun.data;
  const change = changeOf(kind, pool?.Id);
  const impact = useChangeImpact(spaceId, workers, change, !outcome);
  const count = plural(workers.length, 'worker');

  // A failure is shown below and the dialog stays open to retry; a failure on one worker is in the report.
  const run = () => {
    if (kind === 'check-health')
      startHealthCheck.mutate(healthCheckCommand({ workerIds: enabled.map((w) => w.Id), description: `Check health of ${count}` }),
        { onSuccess: (task) => onHealthTask(task.Id) });
    else bulkRun.mutate({ workers, action: bulkAction(kind, pool ?? undefined) });
  };

  const title = `${action.label} ${count}?`;
  return (
    <Dialog open onClose={running ? undefined : () => onClose(outcome)} aria-labelledby="bulk-title" maxWidth="sm" fullWidth>
      <DialogTitle id="bulk-title">{outcome ? `${action.label}: done` : title}</DialogTitle>
      <DialogContent>
        {outcome ? (
          <BulkOutcomeReport outcome={outcome} verb={action.verb} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {action.needsPool && (
              <Autocomplete
                // "Remove from" may name any pool; "add to" only one that takes workers (not a dynamic pool).
                options={kind === 'add-to-pool' ? pools.filter(acceptsWorkers) : (pools as WorkerPool[])}
                value={pool}
                onChange={(_e, p) => setPool(p)}
                getOptionLabel={(p) => p.Name}
                renderOption={(props, pool) => renderPoolOption(props, pool)}
                isOptionEqualToValue={(a, b) => a.Id === b.Id}
                // The dialog's first field takes the focus, so a keyboard user types the pool at once.
                renderInput={(params) => <TextField {...params} label="Worker pool" required autoFocus />}
              />
            )}
            {kind === 'check-health' ? (
              <span>A Health task checks the {count}; disabled ones are skipped, as Octopus does.</span>
            ) : (
              change && <ImpactList {...impact} />
            )}
            {startHealthCheck.isError && <QueryErrorAlert context="The health check was not started" error={startHealthCheck.error} />}
            {bulkRun.isError && <QueryErrorAlert context={`${action.label} did not run`} error={bulkRun.error} />}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {outcome ? (
          <Button variant="contained" onClick={() => onClose(outcome)}>Close</Button>
        ) : (
          <>
            <Button onClick={() => onClose(undefined)} disabled={running}>Cancel</Button>
            <BusyButton
              variant="contained"
              color={action.destructive ? 'error' : 'primary'}
              onClick={run}
              busy={running}
              disabled={kind !== 'check-health' && (!change || impact.isPending)}
            >
              {action.label}
            </BusyButton>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

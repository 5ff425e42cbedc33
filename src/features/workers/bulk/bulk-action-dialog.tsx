// Confirms a bulk action naming the count and its consequences, runs it once (the button is busy meanwhile),
// then reports per worker. Lists, counts and pool summaries are refreshed after any change.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Worker, WorkerPool } from '../../../api/schemas';
import { healthCheckCommand, useStartHealthCheck } from '../../../api/tasks';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { plural } from '../../../domain/wording';
import { BULK_ACTIONS, bulkAction, changeOf, type BulkKind } from './bulk-actions';
import { BulkOutcomeReport } from './bulk-outcome';
import { runBulk, type BulkOutcome } from './bulk-run';
import { ImpactList } from '../shared/impact-list';
import { useChangeImpact } from '../shared/use-change-impact';

export interface BulkActionDialogProps {
  kind: BulkKind;
  workers: Worker[];
  spaceId: string;
  pools: readonly WorkerPool[];
  onClose: (changed: boolean) => void;
  onHealthTask: (taskId: string) => void;
}

export function BulkActionDialog({ kind, workers, spaceId, pools, onClose, onHealthTask }: BulkActionDialogProps) {
  const action = BULK_ACTIONS[kind];
  const queryClient = useQueryClient();
  const startHealthCheck = useStartHealthCheck(spaceId);
  const [pool, setPool] = useState<WorkerPool | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome>();
  const change = changeOf(kind, pool?.Id);
  const impact = useChangeImpact(spaceId, workers, change, !outcome);
  const count = plural(workers.length, 'worker');

  const run = async () => {
    setRunning(true);
    try {
      if (kind === 'check-health') {
        const enabled = workers.filter((w) => !w.IsDisabled);
        const task = await startHealthCheck.mutateAsync(healthCheckCommand({ workerIds: enabled.map((w) => w.Id), description: `Check health of ${count}` }));
        onHealthTask(task.Id);
        setOutcome({ done: enabled.map((w) => w.Name), failed: [],
          skipped: workers.filter((w) => w.IsDisabled).map((w) => ({ name: w.Name, reason: 'disabled workers are not health-checked' })) });
      } else {
        setOutcome(await runBulk(workers, bulkAction(kind, spaceId, pool ?? undefined)));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['workers'] }),
          queryClient.invalidateQueries({ queryKey: ['workerPools'] }),
        ]);
      }
    } catch {
      // startHealthCheck.error is shown below; the dialog stays open to retry.
    } finally {
      setRunning(false);
    }
  };

  const title = `${action.label} ${count}?`;
  return (
    <Dialog open onClose={running ? undefined : () => onClose(!!outcome)} aria-labelledby="bulk-title" maxWidth="sm" fullWidth>
      <DialogTitle id="bulk-title">{outcome ? `${action.label}: done` : title}</DialogTitle>
      <DialogContent>
        {outcome ? (
          <BulkOutcomeReport outcome={outcome} verb={action.verb} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {action.needsPool && (
              <Autocomplete
                options={pools as WorkerPool[]}
                value={pool}
                onChange={(_e, p) => setPool(p)}
                getOptionLabel={(p) => p.Name}
                isOptionEqualToValue={(a, b) => a.Id === b.Id}
                renderInput={(params) => <TextField {...params} label="Worker pool" required />}
              />
            )}
            {kind === 'check-health' ? (
              <span>A Health task checks the {count}; disabled ones are skipped, as Octopus does.</span>
            ) : (
              change && <ImpactList {...impact} />
            )}
            {startHealthCheck.isError && <QueryErrorAlert context="The health check was not started" error={startHealthCheck.error} />}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {outcome ? (
          <Button variant="contained" onClick={() => onClose(true)}>Close</Button>
        ) : (
          <>
            <Button onClick={() => onClose(false)} disabled={running}>Cancel</Button>
            <Button
              variant="contained"
              color={action.destructive ? 'error' : 'primary'}
              onClick={() => void run()}
              disabled={running || (kind !== 'check-health' && (!change || impact.isPending))}
              aria-busy={running}
              startIcon={running ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
            >
              {action.label}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

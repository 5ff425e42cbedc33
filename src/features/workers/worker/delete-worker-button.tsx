// `Delete` with a confirmation that names the impact before anything happens (domain workerChangeImpact):
// the built-in worker resuming, or the steps that fail when a pool loses its last healthy worker.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Worker } from '../../../api/schemas';
import { useDeleteWorker } from '../../../api/workers';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ImpactList } from '../shared/impact-list';
import { useChangeImpact } from '../shared/use-change-impact';
import { paths } from '../../../paths';

const DELETE = { kind: 'delete' } as const;

export function DeleteWorkerButton({ spaceId, worker }: { spaceId: string; worker: Worker }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteWorker(spaceId);
  const impact = useChangeImpact(spaceId, [worker], DELETE, open);
  return (
    <>
      <Button color="error" variant="outlined" onClick={() => { remove.reset(); setOpen(true); }}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${worker.Name}?`}
        confirmLabel="Delete"
        destructive
        pending={remove.isPending}
        // Nothing is deleted before the operator has seen what it will do (R5, R7).
        confirmDisabled={impact.isPending}
        error={remove.error ?? undefined}
        onConfirm={() =>
          remove.mutate(worker.Id, {
            onSuccess: () => void navigate(paths.workers(spaceId), { state: { notice: `Deleted the worker ${worker.Name}.` } }),
          })
        }
        onCancel={() => setOpen(false)}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          The worker is removed from Octopus. The machine itself is not changed; a Tentacle could register it again.
        </Typography>
        <ImpactList {...impact} />
      </ConfirmDialog>
    </>
  );
}

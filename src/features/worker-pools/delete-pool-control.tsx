// `Delete` on a pool's page. R2: the default pool can't be deleted, so the button is unavailable and the
// reason is shown beside it (canDeletePool). Otherwise the R5 confirmation opens first.
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../../api/schemas';
import { useDeleteWorkerPool } from '../../api/worker-pools';
import { canDeletePool } from '../../domain/worker-pools';
import { DeletePoolDialog } from './delete-pool-dialog';
import { paths } from '../../paths';

export function DeletePoolControl({ spaceId, pool, canViewWorkers }: { spaceId: string; pool: WorkerPool; canViewWorkers: boolean }) {
  const reasonId = useId();
  const navigate = useNavigate();
  const remove = useDeleteWorkerPool(spaceId);
  const [open, setOpen] = useState(false);
  const deletion = canDeletePool(pool);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {!deletion.allowed && (
        <Typography id={reasonId} variant="body2" sx={{ color: 'text.secondary', maxWidth: 320 }}>
          {deletion.reason}
        </Typography>
      )}
      <Button
        variant="outlined"
        color="error"
        disabled={!deletion.allowed}
        aria-describedby={deletion.allowed ? undefined : reasonId}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        Delete
      </Button>
      {deletion.allowed && (
        <DeletePoolDialog
          spaceId={spaceId}
          pool={pool}
          open={open}
          canViewWorkers={canViewWorkers}
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => setOpen(false)}
          onConfirm={() =>
            remove.mutate(pool.Id, {
              onSuccess: () =>
                void navigate(paths.workerPools(spaceId), { state: { deletedPool: pool.Name } }),
            })
          }
        />
      )}
    </Box>
  );
}

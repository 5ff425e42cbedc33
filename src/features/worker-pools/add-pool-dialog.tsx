// `Add Worker Pool`: Name (required, unique in the space) and Description. The same rule the server
// applies is checked first (validation.ts); whatever the server still refuses lands on its field, and
// the dialog stays open with what was typed.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { WorkerPool } from '../../api/schemas';
import { useCreateWorkerPool, workerPoolQueries } from '../../api/worker-pools';
import { domainResolver } from '../../components/domain-resolver';
import { BusyButton } from '../../components/busy-button';
import { applyServerErrors } from '../../components/server-errors';
import { EMPTY_NEW_POOL, poolFormMessages, toCreateDto, type NewPoolValues } from './pool-form-values';
import { PoolTextFields } from './pool-text-fields';
import { defaultWorkerType, PoolTypeField, WorkerTypeField } from './pool-type-fields';

export interface AddPoolDialogProps {
  spaceId: string;
  open: boolean;
  existing: ReadonlyArray<{ Id: string; Name: string }>;
  onClose: () => void;
  onCreated: (pool: WorkerPool) => void;
}

export function AddPoolDialog({ spaceId, open, existing, onClose, onCreated }: AddPoolDialogProps) {
  const create = useCreateWorkerPool(spaceId);
  const [banner, setBanner] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, formState, control, setValue, getValues } = useForm<NewPoolValues>({
    defaultValues: EMPTY_NEW_POOL,
    resolver: domainResolver((values) => poolFormMessages(values, existing)),
  });
  // Only a server that leases dynamic workers lists types; otherwise every pool is static.
  const types = useQuery({ ...workerPoolQueries.dynamicWorkerTypes(spaceId), enabled: open });
  const workerTypes = types.data?.WorkerTypes ?? [];
  const type = useWatch({ control, name: 'type' });
  const { errors, isSubmitting } = formState;

  const close = () => {
    if (isSubmitting) return;
    reset(EMPTY_NEW_POOL);
    setBanner([]);
    onClose();
  };

  const onSubmit = handleSubmit(async (values) => {
    setBanner([]);
    try {
      const pool = await create.mutateAsync(toCreateDto(values));
      reset(EMPTY_NEW_POOL);
      onCreated(pool);
    } catch (error) {
      setBanner(applyServerErrors(error, setError, { Name: 'name', Description: 'description', WorkerType: 'workerType' }));
    }
  });

  return (
    <Dialog open={open} onClose={close} aria-labelledby="add-pool-title" maxWidth="sm" fullWidth>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="add-pool-title">Add Worker Pool</DialogTitle>
        <DialogContent>
          {banner.length > 0 && (
            <Alert severity="error" sx={{ mb: 2 }}>
              The worker pool was not added. {banner.join(' ')}
            </Alert>
          )}
          <PoolTextFields
            name={register('name')}
            description={register('description')}
            errors={errors}
            autoFocus
            nameHelp='Short and unique in this space, e.g. "Linux Workers".'
          />
          {workerTypes.length > 0 && (
            <PoolTypeField
              value={type}
              disabled={isSubmitting}
              onChange={(next) => {
                setValue('type', next);
                if (next === 'DynamicWorkerPool' && !getValues('workerType')) setValue('workerType', defaultWorkerType(workerTypes));
              }}
            />
          )}
          {type === 'DynamicWorkerPool' && <WorkerTypeField control={control} types={workerTypes} disabled={isSubmitting} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={isSubmitting}>
            Cancel
          </Button>
          <BusyButton type="submit" variant="contained" busy={isSubmitting}>
            Save
          </BusyButton>
        </DialogActions>
      </form>
    </Dialog>
  );
}

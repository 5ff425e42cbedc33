// `Execution Location` and `Worker Pool`, exactly as R15/R16 decide (executionLocationOptions,
// showsWorkerPoolChoice). Switching location goes through switchExecutionLocation and the pool and roles
// are separate fields, so a chosen pool survives any switch (Octopus's Iss#5691).
import { useId } from 'react';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ExecutionLocation } from '../../../domain/execution-location';
import { stepType } from '../../../domain/step-types';
import {
  executionLocationOptions,
  POOL_CHOICE_LABELS,
  showsWorkerPoolChoice,
  switchExecutionLocation,
} from '../../../domain/worker-pool-choice';
import type { StepRunData } from '../../../components/use-step-run-context';
import { RolesField } from './roles-field';
import { placementOf, type StepFormValues } from './step-form-values';
import { WorkerPoolField } from './worker-pool-field';

export interface PlacementFieldsProps {
  control: Control<StepFormValues>;
  errors: FieldErrors<StepFormValues>;
  actionType: string;
  space: StepRunData;
  knownRoles: string[];
  disabled: boolean;
  /** Set for a child step: the parent step's name and target roles, which its child steps share. */
  parent?: { name: string; roles: string[] } | undefined;
}

export function PlacementFields({ control, errors, actionType, space, knownRoles, disabled, parent }: PlacementFieldsProps) {
  const locationLabelId = useId();
  const poolLabelId = useId();
  const values = useWatch({ control }) as StepFormValues;
  const options = executionLocationOptions(actionType, space.configured, {
    childOfStepWithRoles: !!parent && parent.roles.length > 0,
  });
  const showPool = showsWorkerPoolChoice({ actionType, location: values.location, configured: space.configured });
  const category = stepType(actionType).category;

  return (
    <Stack spacing={2.5}>
      {options.length > 0 ? (
        <Controller
          name="location"
          control={control}
          render={({ field }) => (
            <FormControl component="fieldset" disabled={disabled}>
              <FormLabel id={locationLabelId} component="legend">
                Execution Location
              </FormLabel>
              <RadioGroup
                aria-labelledby={locationLabelId}
                value={field.value}
                onChange={(_, next) =>
                  field.onChange(switchExecutionLocation(actionType, placementOf(values), next as ExecutionLocation).location)
                }
              >
                {options.map((o) => (
                  <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={o.label} />
                ))}
              </RadioGroup>
            </FormControl>
          )}
        />
      ) : (
        <div>
          <Typography variant="h3" component="p">
            Execution Location
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {category === 'package'
              ? 'Runs on each deployment target with one of the roles below.'
              : 'No worker pools or workers are configured, so this step uses the default pool and there is nothing to choose.'}
          </Typography>
        </div>
      )}

      {values.location !== 'worker-once' && (
        <Controller
          name="roles"
          control={control}
          render={({ field }) => (
            <RolesField
              knownRoles={knownRoles}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errors.roles?.message}
              disabled={disabled}
              helperText={
                parent
                  ? `Set on the parent step ${parent.name}: changing them changes where all its child steps run.`
                  : undefined
              }
            />
          )}
        />
      )}

      {showPool && (
        <Stack spacing={1.5}>
          <Controller
            name="poolMode"
            control={control}
            render={({ field }) => (
              <FormControl component="fieldset" disabled={disabled}>
                <FormLabel id={poolLabelId} component="legend">
                  Worker Pool selection
                </FormLabel>
                <RadioGroup aria-labelledby={poolLabelId} value={field.value} onChange={(_, v) => field.onChange(v)}>
                  <FormControlLabel value="pool" control={<Radio />} label={POOL_CHOICE_LABELS.pool} />
                  <FormControlLabel value="variable" control={<Radio />} label={POOL_CHOICE_LABELS.variable} />
                </RadioGroup>
              </FormControl>
            )}
          />
          {values.poolMode === 'pool' ? (
            <Controller
              name="poolId"
              control={control}
              render={({ field }) => (
                <WorkerPoolField
                  pools={space.pools}
                  ctx={space.ctx}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={errors.poolId?.message}
                  disabled={disabled}
                />
              )}
            />
          ) : (
            <Controller
              name="poolVariable"
              control={control}
              render={({ field }) => (
                <TextField
                  {...field}
                  label="Worker Pool Variable"
                  disabled={disabled}
                  error={!!errors.poolVariable}
                  helperText={
                    errors.poolVariable?.message ??
                    'The name of a project variable of type Worker Pool, e.g. Project.WorkerPool.'
                  }
                  sx={{ maxWidth: 480 }}
                />
              )}
            />
          )}
        </Stack>
      )}
      {errors.location && <FormHelperText error>{errors.location.message}</FormHelperText>}
    </Stack>
  );
}

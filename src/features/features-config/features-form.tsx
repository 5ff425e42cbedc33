// The built-in worker switch and `Save`. The consequence is shown before saving (domain), a failed save
// keeps the choice and says why, and leaving with unsaved changes asks first.
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import { useUpdateFeatures } from '../../api/features';
import type { FeaturesConfiguration } from '../../api/schemas';
import { BusyButton } from '../../components/busy-button';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { BuiltInWorkerEffect, type DefaultPoolInfo } from './built-in-worker-effect';
import { toDto, toFormValues, type FeaturesFormValues } from './form-values';

export interface FeaturesFormProps {
  /** The space whose steps the consequences name (configuration itself is server-wide). */
  spaceId: string;
  features: FeaturesConfiguration;
  canConfigureServer: boolean;
  defaultPool: DefaultPoolInfo | undefined;
}

export function FeaturesForm({ spaceId, features, canConfigureServer, defaultPool }: FeaturesFormProps) {
  const helperId = useId();
  const update = useUpdateFeatures();
  const [savedAs, setSavedAs] = useState<boolean>();
  const { control, handleSubmit, reset, formState } = useForm<FeaturesFormValues>({
    defaultValues: toFormValues(features),
  });
  const enabled = useWatch({ control, name: 'isBuiltInWorkerEnabled' });
  const { isDirty, isSubmitting } = formState;


  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(toDto(values, features));
      reset(toFormValues(saved));
      setSavedAs(saved.IsBuiltInWorkerEnabled);
    } catch {
      // update.error says why below; the switch keeps the person's choice.
    }
  });

  return (
    <Paper component="form" variant="outlined" onSubmit={onSubmit} noValidate sx={{ p: 3, maxWidth: 760 }}>
      {!canConfigureServer && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can see this setting but not change it: that takes the ConfigureServer permission. Ask an
          Octopus administrator.
        </Alert>
      )}
      <Controller
        name="isBuiltInWorkerEnabled"
        control={control}
        render={({ field }) => (
          <FormControlLabel
            label="Built-in worker"
            control={
              <Switch
                checked={field.value}
                onChange={(event) => {
                  field.onChange(event.target.checked);
                  // A new choice: the last save's outcome no longer describes it.
                  setSavedAs(undefined);
                  update.reset();
                }}
                onBlur={field.onBlur}
                disabled={!canConfigureServer || isSubmitting}
                // The ref lets react-hook-form focus the switch; MUI 9 takes it through the input slot.
                slotProps={{ input: { ref: field.ref, 'aria-describedby': helperId } }}
              />
            }
          />
        )}
      />
      <FormHelperText id={helperId} sx={{ ml: 0, mb: 2 }}>
        {enabled
          ? 'On: steps may run on the Octopus Server itself'
          : 'Off: steps never run on the Octopus Server itself'}
      </FormHelperText>
      <BuiltInWorkerEffect spaceId={spaceId} enabled={enabled} changed={isDirty} defaultPool={defaultPool} />
      {update.isError && !isSubmitting && (
        <Box sx={{ mt: 2 }}>
          <QueryErrorAlert context="The setting was not saved" error={update.error} />
        </Box>
      )}
      {savedAs !== undefined && !isDirty && (
        <Alert severity="success" sx={{ mt: 2 }} role="status">
          Saved. The built-in worker is now {savedAs ? 'on' : 'off'}.
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, mt: 3 }}>
        <BusyButton type="submit" variant="contained" busy={isSubmitting} disabled={!canConfigureServer || !isDirty}>
          Save
        </BusyButton>
      </Box>
      <UnsavedChangesPrompt when={isDirty} what="The built-in worker's setting was changed but not saved." />
    </Paper>
  );
}

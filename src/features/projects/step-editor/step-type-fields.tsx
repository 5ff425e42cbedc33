// The fields a step's type needs (step-fields.ts): script syntax and body, Terraform template, package id,
// email subject and recipients, manual-intervention instructions.
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SCRIPT_SYNTAXES, stepFields } from './step-fields';
import type { StepFormValues } from './step-form-values';

type TextName = Exclude<keyof StepFormValues, 'roles' | 'location' | 'poolMode'>;

export function StepTypeFields(props: {
  control: Control<StepFormValues>;
  errors: FieldErrors<StepFormValues>;
  actionType: string;
  disabled: boolean;
}) {
  const { control, errors, actionType, disabled } = props;
  const fields = stepFields(actionType);
  const text = (name: TextName, label: string, extra: { multiline?: boolean; helper?: string; code?: boolean } = {}) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <TextField
          {...field}
          label={label}
          disabled={disabled}
          multiline={extra.multiline}
          minRows={extra.multiline ? 4 : undefined}
          error={!!errors[name]}
          helperText={errors[name]?.message ?? extra.helper}
          slotProps={extra.code ? { htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, monospace' } } } : undefined}
        />
      )}
    />
  );

  return (
    <Stack spacing={2.5}>
      {fields.script && (
        <Controller
          name="syntax"
          control={control}
          render={({ field }) => (
            <TextField {...field} select label="Script Syntax" disabled={disabled} sx={{ maxWidth: 240 }}>
              {SCRIPT_SYNTAXES.map((s) => (
                <MenuItem key={s} value={s}>
                  {s}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}
      {fields.script && text('scriptBody', 'Script Body', { multiline: true, code: true })}
      {fields.terraform && text('terraformTemplate', 'Terraform Template', { multiline: true, code: true })}
      {fields.packageId && text('packageId', 'Package ID', { helper: 'From the built-in package feed, e.g. OctoPetShop.Web.' })}
      {fields.email && text('emailTo', 'To', { helper: 'Email addresses, separated by commas.' })}
      {fields.email && text('emailSubject', 'Subject')}
      {fields.email && text('emailBody', 'Body', { multiline: true })}
      {fields.manual && text('instructions', 'Instructions', { multiline: true, helper: 'What the approver should check before the deployment continues.' })}
    </Stack>
  );
}

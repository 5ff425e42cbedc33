// A pool's `Name` and `Description` fields, the same in the Add Worker Pool dialog and on the pool's page.
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import TextField from '@mui/material/TextField';

export interface PoolTextFieldsProps {
  name: UseFormRegisterReturn<'name'>;
  description: UseFormRegisterReturn<'description'>;
  errors: { name?: FieldError | undefined; description?: FieldError | undefined };
  disabled?: boolean;
  autoFocus?: boolean;
  nameHelp?: string;
}

export function PoolTextFields({ name, description, errors, disabled, autoFocus, nameHelp }: PoolTextFieldsProps) {
  return (
    <>
      <TextField
        label="Name"
        required
        fullWidth
        autoFocus={autoFocus}
        margin="dense"
        disabled={disabled}
        error={!!errors.name}
        helperText={errors.name?.message ?? nameHelp}
        {...name}
      />
      <TextField
        label="Description"
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        disabled={disabled}
        error={!!errors.description}
        helperText={errors.description?.message}
        {...description}
      />
    </>
  );
}

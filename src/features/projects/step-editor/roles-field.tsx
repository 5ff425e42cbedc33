// Target roles (`Octopus.Action.TargetRoles`, on the step): pick the roles targets already have, or type a
// new one. Blur commits what was typed, so nothing typed is silently dropped.
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';

export interface RolesFieldProps {
  knownRoles: string[];
  value: string[];
  onChange: (roles: string[]) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
  /** Replaces the usual hint under the field. */
  helperText?: string | undefined;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function RolesField({ knownRoles, value, onChange, onBlur, error, disabled, helperText, inputRef }: RolesFieldProps) {
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={knownRoles}
      value={value}
      disabled={disabled}
      onChange={(_, roles) => onChange([...new Set(roles.map((r) => r.trim()).filter(Boolean))])}
      onBlur={onBlur}
      renderValue={(roles, getItemProps) =>
        roles.map((role, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} label={role} size="small" {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label="Target Roles"
          error={!!error}
          helperText={error ?? helperText ?? 'The step runs for the deployment targets with any of these roles. Press Enter after each.'}
        />
      )}
      sx={{ maxWidth: 480 }}
    />
  );
}

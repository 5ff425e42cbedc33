// How the server reaches the worker (R1), per communication style: a listening Tentacle's Host, Port and
// Thumbprint; a polling Tentacle's subscription id and Thumbprint; an SSH machine's Host, Port,
// Fingerprint, account and .NET platform.
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Account } from '../../../api/schemas';
import { MONO, type WorkerFormValues } from './worker-form-values';

type Props = { control: Control<WorkerFormValues>; disabled?: boolean };

/** Helper text keeps its normal colour on a disabled field: it still explains the value (and stays legible). */
export const READABLE_HELP = { disabled: false } as const;

export const PLATFORMS = [
  { value: 'linux-x64', label: 'Linux x64 (self-contained .NET)' },
  { value: 'osx-x64', label: 'macOS x64 (self-contained .NET)' },
  { value: 'linux-arm64', label: 'Linux ARM64 (self-contained .NET)' },
  { value: MONO, label: 'Mono (Calamari runs on Mono, which must be installed)' },
];

/** SSH accounts: a key pair or a username and password. */
export const SSH_ACCOUNT_TYPES = ['SshKeyPair', 'UsernamePassword'];

export function TextInput({ control, name, label, help, disabled, required = true, mono }: Props & { name: FieldPath<WorkerFormValues>; label: string; help?: string; required?: boolean; mono?: boolean }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField {...field} value={field.value as string} inputRef={field.ref} label={label} required={required} disabled={disabled}
          error={!!fieldState.error} helperText={fieldState.error?.message ?? help}
          slotProps={{ formHelperText: READABLE_HELP, ...(mono ? { htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } } : {}) }} />
      )}
    />
  );
}

export function HostPortFields({ control, disabled, style }: Props & { style: 'TentaclePassive' | 'Ssh' }) {
  return (
    <>
      <TextInput control={control} disabled={disabled} name="host" label="Host" help="The DNS name or IP address the Octopus Server connects to." />
      <TextInput control={control} disabled={disabled} name="port" label="Port" help={style === 'Ssh' ? 'Usually 22.' : 'The Tentacle listens on 10933 unless you changed it.'} />
    </>
  );
}

export function ThumbprintField({ control, disabled }: Props) {
  return <TextInput control={control} disabled={disabled} name="thumbprint" label="Thumbprint" mono help="The Tentacle's certificate thumbprint: 40 hexadecimal characters." />;
}

export function SshFields({ control, disabled, accounts }: Props & { accounts: readonly Account[] }) {
  return (
    <>
      <TextInput control={control} disabled={disabled} name="fingerprint" label="Fingerprint" mono help="The SSH host key fingerprint (MD5 pairs or SHA256)." />
      <Controller
        name="accountId"
        control={control}
        render={({ field, fieldState }) => (
          <TextField {...field} inputRef={field.ref} select label="Account" required disabled={disabled} error={!!fieldState.error} slotProps={{ formHelperText: READABLE_HELP }}
            helperText={fieldState.error?.message ?? (accounts.length ? 'The SSH key pair or username and password to log in with.' : 'No SSH accounts exist in this space yet: add one under Infrastructure ➜ Accounts.')}>
            {accounts.map((a) => <MenuItem key={a.Id} value={a.Id}>{a.Name}</MenuItem>)}
          </TextField>
        )}
      />
      <Controller
        name="platform"
        control={control}
        render={({ field }) => (
          <TextField {...field} inputRef={field.ref} select label="Platform" disabled={disabled} slotProps={{ formHelperText: READABLE_HELP }} helperText="Calamari is self-contained .NET for this platform, or runs on Mono.">
            {PLATFORMS.map((p) => <MenuItem key={p.value} value={p.value}>{p.label}</MenuItem>)}
          </TextField>
        )}
      />
    </>
  );
}

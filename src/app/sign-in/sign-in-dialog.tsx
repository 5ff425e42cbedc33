// Sign in to Octopus Deploy, shown over the page whenever the server answers 401 (or there is no session
// yet), so whatever the page held (a half-typed form) is still there afterwards. Two ways, as Octopus asks:
// a username and password (a browser session; offered when the server's /api/authentication allows it)
// or an API key (kept in memory, or in this tab only when the person asks).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { isApiError } from '../../api/errors';
import { offersPassword, sessionQueries, useSignInWithApiKey, useSignInWithPassword } from '../../api/session';
import { BusyButton } from '../../components/busy-button';
import { explainError } from '../../components/explain-error';
import { config } from '../../config';

const API_KEY_DOCS = 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key';

export function SignInDialog({ open }: { open: boolean }) {
  const auth = useQuery({ ...sessionQueries.authentication(), enabled: open });
  const password = offersPassword(auth.data);
  const [way, setWay] = useState<'password' | 'api-key'>();
  const shown = way ?? (auth.isPending ? undefined : password ? 'password' : 'api-key');
  const fullScreen = useMediaQuery((theme) => theme.breakpoints.down('sm'));
  const server = config.octopusUrl || window.location.origin;
  return (
    <Dialog open={open} fullScreen={fullScreen} fullWidth maxWidth="xs" aria-labelledby="sign-in-title">
      <DialogTitle id="sign-in-title">Sign in to Octopus Deploy</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          The Octopus Server at <strong>{server}</strong> needs to know who you are. Whatever you were doing here is
          kept until you are signed in.
        </Typography>
        {auth.isError && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            Could not ask the server how it signs people in ({explainError(auth.error).title}). An API key still works.
          </Alert>
        )}
        {password && (
          // Radio buttons rather than tabs: they are already on the page, so signing in adds little to load.
          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend" id="sign-in-way">How to sign in</FormLabel>
            <RadioGroup row aria-labelledby="sign-in-way" value={shown ?? ''} onChange={(_e, next) => setWay(next as 'password' | 'api-key')}>
              <FormControlLabel value="password" control={<Radio />} label="Username and password" />
              <FormControlLabel value="api-key" control={<Radio />} label="API key" />
            </RadioGroup>
          </FormControl>
        )}
        {shown === 'password' && <PasswordForm />}
        {shown === 'api-key' && <ApiKeyForm />}
      </DialogContent>
    </Dialog>
  );
}

/**
 * Why a sign-in failed, in words that say what to do: the server's own refusal for a wrong password or key
 * (400/401, with its lines), else the kind of failure and then the server's message (a 500, a 403, no answer).
 */
function refusal(error: unknown, fallback: string): string {
  if (isApiError(error) && (error.status === 400 || error.status === 401)) {
    return [error.message || fallback, ...error.errors.filter((e) => e !== error.message)].join(' ');
  }
  const { title, lines } = explainError(error);
  const detail = lines.filter((l) => !l.startsWith(title)).join(' ');
  const when = isApiError(error) && error.kind === 'network' ? ' once the server can be reached' : '';
  return `${title}${detail ? `: ${detail}` : '.'} You are not signed in yet: try again${when}.`;
}

function PasswordForm() {
  const signIn = useSignInWithPassword();
  const { register, handleSubmit, formState, setError } = useForm({ defaultValues: { username: '', password: '' } });
  const onSubmit = handleSubmit(async (v) => {
    try {
      await signIn.mutateAsync(v);
    } catch (error) {
      // A problem the server pins on a field goes on that field; a wrong password (no field) under Password.
      const details = isApiError(error) ? error.details : {};
      if (details.Username) setError('username', { type: 'server', message: details.Username }, { shouldFocus: true });
      if (details.Password || !details.Username) setError('password', { type: 'server', message: details.Password ?? refusal(error, 'Invalid username or password.') });
    }
  });
  const { errors, isSubmitting } = formState;
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Sign in with a username and password">
      <TextField
        {...register('username', { required: 'Please enter your username.' })}
        label="Username"
        autoComplete="username"
        autoFocus
        required
        error={!!errors.username}
        helperText={errors.username?.message}
      />
      <TextField
        {...register('password', { required: 'Please enter your password.' })}
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={!!errors.password}
        helperText={errors.password?.message}
      />
      <BusyButton type="submit" variant="contained" busy={isSubmitting}>
        Sign in
      </BusyButton>
    </Stack>
  );
}

function ApiKeyForm() {
  const signIn = useSignInWithApiKey();
  const { register, handleSubmit, formState, setError } = useForm({ defaultValues: { key: '', remember: false } });
  const onSubmit = handleSubmit(async (v) => {
    try {
      await signIn.mutateAsync(v);
    } catch (error) {
      setError('key', { type: 'server', message: refusal(error, 'This API key was not accepted.') });
    }
  });
  const { errors, isSubmitting } = formState;
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label="Sign in with an API key">
      <TextField
        {...register('key', {
          required: 'Please enter an API key.',
          validate: (v) => /^API-[A-Z0-9]+$/i.test(v.trim()) || 'An Octopus API key starts with API- followed by letters and digits.',
        })}
        label="API key"
        type="password"
        autoComplete="off"
        autoFocus
        required
        error={!!errors.key}
        helperText={
          errors.key?.message ?? (
            <>
              Create one in Octopus under your profile, My API Keys (
              <Link href={API_KEY_DOCS} target="_blank" rel="noreferrer">how</Link>). It is sent only in a request header.
            </>
          )
        }
      />
      <FormControlLabel
        control={<Checkbox {...register('remember')} />}
        label="Remember for this tab (until it is closed)"
      />
      <BusyButton type="submit" variant="contained" busy={isSubmitting}>
        Sign in
      </BusyButton>
    </Stack>
  );
}

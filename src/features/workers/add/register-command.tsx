// The register-worker command for each shell a Tentacle runs under, each with its own copy button. The
// command keeps one option per line and never wraps: a long value scrolls sideways instead of being
// broken, so what is read is what is pasted.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { registerWorkerCommand, SHELLS, type RegisterWorkerInput, type TentacleShell } from '../../../domain/register-worker-command';
import { CopyButton } from './copy-button';

const ORDER: TentacleShell[] = ['powershell', 'posix'];

export function RegisterCommand({ input }: { input: RegisterWorkerInput }) {
  return (
    <Stack spacing={2}>
      {ORDER.map((shell) => {
        const { label } = SHELLS[shell];
        const command = registerWorkerCommand(input, shell);
        const id = `register-command-${shell}`;
        return (
          <Box key={shell} component="section" aria-labelledby={id}>
            <Typography variant="h3" id={id} sx={{ mb: 0.5, fontSize: '1rem' }}>{label}</Typography>
            <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover', overflowX: 'auto' }}>
              <Box
                component="pre"
                aria-label={`Tentacle register-worker command for ${label}`}
                tabIndex={0}
                sx={{ m: 0, whiteSpace: 'pre', fontSize: '0.875rem' }}
              >
                <code>{command}</code>
              </Box>
            </Paper>
            <Box sx={{ mt: 1 }}><CopyButton text={command} label={`Copy the ${label} command`} /></Box>
          </Box>
        );
      })}
    </Stack>
  );
}

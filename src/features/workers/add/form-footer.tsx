// The end of an Add Worker form: what the server refused that no field holds, and a `Save` that cannot be
// pressed twice.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { BusyButton } from '../../../components/busy-button';

export function FormFooter({ banner, submitting }: { banner: string[]; submitting: boolean }) {
  return (
    <>
      {banner.length > 0 && (
        <Alert severity="error" role="alert">
          The worker was not added. {banner.join(' ')}
        </Alert>
      )}
      <Box>
        <BusyButton type="submit" variant="contained" busy={submitting}>
          Save
        </BusyButton>
      </Box>
    </>
  );
}

// The end of an Add Worker form: what the server refused that no field holds, and a `Save` that cannot be
// pressed twice.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';

export function FormFooter({ banner, submitting }: { banner: string[]; submitting: boolean }) {
  return (
    <>
      {banner.length > 0 && (
        <Alert severity="error" role="alert">
          The worker was not added. {banner.join(' ')}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" disabled={submitting} aria-busy={submitting}
          startIcon={submitting ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
          Save
        </Button>
      </Box>
    </>
  );
}

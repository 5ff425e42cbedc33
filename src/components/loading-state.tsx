// A named progressbar, so a screen reader hears what is loading, not just that something is.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';

export function LoadingState({ label }: { label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 4, justifyContent: 'center' }}>
      <CircularProgress size={24} aria-label={label} />
      <Typography variant="body2" aria-hidden sx={{ color: 'text.secondary' }}>
        {label}…
      </Typography>
    </Box>
  );
}

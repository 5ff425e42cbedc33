// An empty pool is flagged in words with an icon, not by a missing bar alone.
import NoWorkersIcon from '@mui/icons-material/DoNotDisturbOnOutlined';
import Box from '@mui/material/Box';

export function NoWorkersFlag({ text = 'No workers' }: { text?: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}>
      <NoWorkersIcon aria-hidden fontSize="small" sx={{ color: 'text.secondary' }} />
      {text}
    </Box>
  );
}

// A pool's settings for users who may not edit pools (R4): the same facts as text, no controls.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../../api/schemas';
import { PoolDescription } from './pool-description';

export function PoolSettingsView({ pool }: { pool: WorkerPool }) {
  const facts: Array<[string, React.ReactNode]> = [
    ['Name', pool.Name],
    ['Description', pool.Description ? <PoolDescription text={pool.Description} /> : 'No description'],
    ['Default worker pool', pool.IsDefault ? 'Yes: steps that select no worker pool run here' : 'No'],
  ];
  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        You can see this pool but not change it: that takes the WorkerEdit permission.
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
        {facts.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 600 }}>
              {term}
            </Box>
            <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}

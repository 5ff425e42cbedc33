// The consequences of a change, before it is made: failing steps as errors, moves to or from the built-in
// worker as information, or a plain "nothing else changes".
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../../components/loading-state';
import { describeChangeImpact, impactBreaksSteps, type ChangeImpact } from '../../../domain/worker-change-impact';

export function ImpactList({ impacts, isPending }: { impacts: ChangeImpact[]; isPending: boolean }) {
  if (isPending) return <LoadingState label="Working out what this changes" />;
  if (impacts.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No pool is left without a healthy worker, and the built-in worker is not affected.
      </Typography>
    );
  return (
    <Stack spacing={1}>
      {impacts.map((impact) => (
        <Alert key={`${impact.kind}-${impact.poolName}`} severity={impactBreaksSteps(impact) ? 'error' : impact.kind === 'no-available-worker' ? 'warning' : 'info'}>
          {describeChangeImpact(impact)}
        </Alert>
      ))}
    </Stack>
  );
}

// "Where this step runs" (SPEC §3): the verdict of R11–R14 in words, recomputed from the form's current
// values on every change. The summary is a polite live region so a screen reader hears the new verdict.
import { useId } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { StepRunVerdict } from '../../../domain/step-run-verdict';
import { OUTCOME_LOOK, VerdictBadge } from '../verdict-badge';

export function WhereThisStepRuns({ verdict }: { verdict: StepRunVerdict }) {
  const headingId = useId();
  const targets = verdict.targets ?? [];
  const lines = new Set(targets.map((t) => t.line));
  // The per-target lines are listed on their own; the rest of the details explain them.
  const details = verdict.details.filter((d) => !lines.has(d));
  return (
    <Paper
      component="section"
      role="region"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 2.5, borderLeft: 4, borderLeftColor: OUTCOME_LOOK[verdict.outcome].color }}
    >
      <Typography id={headingId} variant="h2" sx={{ mb: 1.5 }}>
        Where this step runs
      </Typography>
      <Box aria-live="polite" sx={{ fontSize: '1.05rem', mb: 1.5 }}>
        <VerdictBadge verdict={verdict} />
      </Box>
      <Box component="ul" sx={{ pl: 2.5, my: 0, '& li': { mb: 0.5 } }}>
        {details.map((d) => (
          <Typography component="li" variant="body2" key={d}>
            {d}
          </Typography>
        ))}
      </Box>
      {targets.length > 0 && (
        <>
          <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>
            Deployment targets and their worker pools
          </Typography>
          <Box component="ul" aria-label="Deployment targets and their worker pools" sx={{ pl: 0, my: 0, listStyle: 'none' }}>
            {targets.map((t) => (
              <Box component="li" key={t.targetId} sx={{ mb: 0.75, display: 'flex', gap: 1 }}>
                <VerdictBadge verdict={{ outcome: t.outcome, summary: t.line }} />
              </Box>
            ))}
          </Box>
        </>
      )}
    </Paper>
  );
}

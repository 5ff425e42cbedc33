// A step's verdict as icon + text (CONVENTIONS 13): the words say where it runs or why it will fail; the
// icon and colour only repeat them.
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import Dns from '@mui/icons-material/DnsOutlined';
import SkipNext from '@mui/icons-material/SkipNextOutlined';
import Box from '@mui/material/Box';
import type SvgIcon from '@mui/material/SvgIcon';
import type { StepRunOutcome, StepRunVerdict } from '../../domain/step-run-verdict';

export const OUTCOME_LOOK: Record<StepRunOutcome, { icon: typeof SvgIcon; color: string }> = {
  runs: { icon: CheckCircle, color: 'success.main' },
  fails: { icon: ErrorIcon, color: 'error.main' },
  unknown: { icon: HelpOutline, color: 'warning.dark' },
  'no-worker-needed': { icon: Dns, color: 'info.main' },
  skipped: { icon: SkipNext, color: 'text.secondary' },
};

export function VerdictBadge({ verdict }: { verdict: Pick<StepRunVerdict, 'outcome' | 'summary'> }) {
  const { icon: Icon, color } = OUTCOME_LOOK[verdict.outcome];
  return (
    <Box
      component="span"
      data-outcome={verdict.outcome}
      sx={{
        display: 'inline-flex',
        alignItems: 'flex-start',
        gap: 0.75,
        fontWeight: verdict.outcome === 'fails' ? 600 : 400,
        color: verdict.outcome === 'fails' ? 'error.dark' : 'text.primary',
      }}
    >
      <Icon aria-hidden fontSize="small" sx={{ color, mt: '1px' }} />
      <span>{verdict.summary}</span>
    </Box>
  );
}

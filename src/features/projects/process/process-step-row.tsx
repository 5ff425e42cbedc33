// One step of the process: its position, name (a link to its editor), type, and verdict badge, with
// keyboard-reachable buttons to move it and delete it, each named for the step it acts on.
import { Link as RouterLink } from 'react-router';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { DeploymentStep } from '../../../api/schemas';
import type { StepRunVerdict } from '../../../domain/step-run-verdict';
import { stepTypeName } from '../../../domain/step-types';
import { VerdictBadge } from '../verdict-badge';

export interface ProcessStepRowProps {
  step: DeploymentStep;
  index: number;
  count: number;
  href: string;
  verdict: StepRunVerdict | undefined;
  /** A step with child steps: their list, shown under the step in place of a verdict of its own. */
  childSteps?: React.ReactNode;
  /** Left out for a user who may not edit the process: no move or delete controls are shown. */
  onMove?: (by: -1 | 1) => void;
  onDelete?: () => void;
}

export function ProcessStepRow({ step, index, count, href, verdict, childSteps, onMove, onDelete }: ProcessStepRowProps) {
  const action = step.Actions[0];
  const move = (by: -1 | 1, label: string, Icon: typeof ArrowUpward, disabled: boolean) => (
    <Tooltip title={label}>
      <span>
        <IconButton aria-label={`${label}: ${step.Name}`} size="small" disabled={disabled} onClick={() => onMove?.(by)}>
          <Icon fontSize="small" aria-hidden />
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Box component="li" sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', py: 1.5, px: 2, borderTop: index ? 1 : 0, borderColor: 'divider' }}>
      <Typography aria-hidden sx={{ fontWeight: 700, color: 'text.secondary', minWidth: 24, pt: 0.25 }}>{index + 1}.</Typography>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Link component={RouterLink} to={href} sx={{ fontWeight: 600 }}>{step.Name}</Link>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {childSteps ? `${step.Actions.length} child steps` : action ? stepTypeName(action.ActionType) : 'No action'}
          {!childSteps && action?.IsDisabled ? ' · Disabled' : ''}
        </Typography>
        {childSteps ? <Box sx={{ mt: 1, pl: 1, borderLeft: 2, borderColor: 'divider' }}>{childSteps}</Box>
          : verdict && <Box sx={{ mt: 0.5 }}><VerdictBadge verdict={verdict} /></Box>}
      </Box>
      {onMove && onDelete && (
        <Box sx={{ display: 'flex', flexShrink: 0 }}>
          {move(-1, 'Move up', ArrowUpward, index === 0)}
          {move(1, 'Move down', ArrowDownward, index === count - 1)}
          <Tooltip title="Delete">
            <IconButton aria-label={`Delete ${step.Name}`} size="small" onClick={onDelete}>
              <DeleteOutline fontSize="small" aria-hidden />
            </IconButton>
          </Tooltip>
        </Box>
      )}
    </Box>
  );
}

// The child steps of a step that has several actions: each by name (a link to its own editor), its type,
// and its own verdict, since each child step has its own place to run and its own pool.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { DeploymentStep } from '../../api/schemas';
import { stepRunVerdictOf, type StepRunContext } from '../../domain/step-run-verdict';
import { stepTypeName } from '../../domain/step-types';
import { paths } from '../../paths';
import { VerdictBadge } from './verdict-badge';

export interface ChildStepListProps {
  spaceId: string;
  projectId: string;
  step: DeploymentStep;
  /** Without it (still loading), the verdicts are left out. */
  ctx: StepRunContext | undefined;
  /** The number shown before each child, e.g. "2." gives "2.1", "2.2"… */
  prefix?: string;
}

export function ChildStepList({ spaceId, projectId, step, ctx, prefix = '' }: ChildStepListProps) {
  return (
    <Box component="ol" aria-label={`Child steps of ${step.Name}`} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {step.Actions.map((action, i) => (
        <Box component="li" key={action.Id} sx={{ display: 'flex', gap: 1.5, py: 1, borderTop: i ? 1 : 0, borderColor: 'divider' }}>
          <Typography aria-hidden sx={{ color: 'text.secondary', minWidth: 32 }}>{`${prefix}${i + 1}.`}</Typography>
          <Box sx={{ minWidth: 0 }}>
            <Link component={RouterLink} to={paths.childStep(spaceId, projectId, step.Id, action.Id)} sx={{ fontWeight: 500 }}>
              {action.Name}
            </Link>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {stepTypeName(action.ActionType)}
              {action.IsDisabled ? ' · Disabled' : ''}
            </Typography>
            {ctx && (
              <Box sx={{ mt: 0.5 }}>
                <VerdictBadge verdict={stepRunVerdictOf(step, action, ctx)} />
              </Box>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

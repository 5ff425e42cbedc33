// A list of steps that fail (or would), each linked to its step editor with its reason in words: the
// Overview's "what would fail right now" and every warning before a change use it, so all read alike.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { FailingStep } from '../domain/failing-steps';
import { LoadingState } from './loading-state';
import { paths } from '../paths';

export function FailingStepList({ spaceId, steps, label }: { spaceId: string; steps: readonly FailingStep[]; label: string }) {
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 2.5, '& li + li': { mt: 0.75 } }}>
      {steps.map((f) => (
        <li key={`${f.projectId}/${f.stepId}/${f.stepName}`}>
          <Link component={RouterLink} to={paths.step(spaceId, f.projectId, f.stepId)} sx={{ fontWeight: 600 }}>
            {f.projectName}: {f.stepName}
          </Link>
          {' — '}
          {f.summary.replace(/^Will fail: /, '')}
        </li>
      ))}
    </Box>
  );
}

/** Inside a warning before a change: "These steps will fail:" and the list, or a note while it is worked out. */
export function StepsThatWillFail({ spaceId, broken }: { spaceId: string; broken: { steps: readonly FailingStep[] | undefined; isPending: boolean } }) {
  if (broken.isPending) return <LoadingState label="Working out which steps this affects" />;
  if (!broken.steps?.length) return null;
  return (
    <Box sx={{ mt: 1 }}>
      These steps will fail:
      <FailingStepList spaceId={spaceId} steps={broken.steps} label="Steps that will fail" />
    </Box>
  );
}

// The steps a change would break (domain newlyFailingSteps): the space's verdict context as it is, and as
// the change would leave it. Only loads while `enabled`, e.g. once the person has made the change.
import { useMemo } from 'react';
import { newlyFailingSteps, type FailingStep } from '../domain/failing-steps';
import type { StepRunContext } from '../domain/step-run-verdict';
import { useSpaceProcesses } from './use-space-processes';
import { useStepRunContext } from './use-step-run-context';

export function useStepsBrokenBy(
  spaceId: string,
  change: ((ctx: StepRunContext) => StepRunContext) | undefined,
): { steps: FailingStep[] | undefined; isPending: boolean; error: unknown } {
  const space = useStepRunContext(spaceId);
  const processes = useSpaceProcesses(spaceId, change !== undefined);
  return useMemo(() => {
    if (!change) return { steps: [], isPending: false, error: undefined };
    if (space.status === 'error') return { steps: undefined, isPending: false, error: space.error };
    if (processes.status === 'error') return { steps: undefined, isPending: false, error: processes.error };
    if (space.status !== 'ready' || processes.status !== 'ready') return { steps: undefined, isPending: true, error: undefined };
    const before = space.data.ctx;
    return { steps: newlyFailingSteps(processes.data, before, change(before)), isPending: false, error: undefined };
  }, [change, space, processes]);
}

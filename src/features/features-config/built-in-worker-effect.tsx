// What the switch means for steps that use the default pool: now (saved state) or, once changed, what
// saving would do (R6–R8 via domain).
import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { StepsThatWillFail } from '../../components/failing-step-list';
import { useStepsBrokenBy } from '../../components/use-steps-broken-by';
import type { StepRunContext } from '../../domain/step-run-verdict';
import { BuiltInWorkerStatusAlert } from '../../components/built-in-worker-status';
import { builtInWorkerStatus } from '../../domain/built-in-worker';
import { builtInWorkerSwitchConsequence } from '../../domain/built-in-worker-switch';

export interface DefaultPoolInfo {
  name: string;
  workerCount: number;
}

export function BuiltInWorkerEffect({
  spaceId,
  enabled,
  changed,
  defaultPool,
}: {
  spaceId: string;
  enabled: boolean;
  changed: boolean;
  defaultPool: DefaultPoolInfo | undefined;
}) {
  // The steps the new setting would break, judged as the step editor judges them (R6, R8, R14).
  const withSwitch = useCallback((ctx: StepRunContext) => ({ ...ctx, isBuiltInWorkerEnabled: enabled }), [enabled]);
  const broken = useStepsBrokenBy(spaceId, changed ? withSwitch : undefined);
  if (!defaultPool) {
    return (
      <Alert severity="warning">
        The default worker pool could not be loaded, so what this setting does to your steps cannot be shown.
      </Alert>
    );
  }
  if (!changed) {
    const status = builtInWorkerStatus({
      isBuiltInWorkerEnabled: enabled,
      defaultPoolWorkerCount: defaultPool.workerCount,
    });
    return <BuiltInWorkerStatusAlert status={status} defaultPoolName={defaultPool.name} live />;
  }
  const { severity, message } = builtInWorkerSwitchConsequence({
    nextEnabled: enabled,
    defaultPoolWorkerCount: defaultPool.workerCount,
    defaultPoolName: defaultPool.name,
  });
  return (
    <Alert severity={severity} aria-live="polite">
      <AlertTitle>If you save: built-in worker {enabled ? 'on' : 'off'}</AlertTitle>
      {message}
      <StepsThatWillFail spaceId={spaceId} broken={broken} />
    </Alert>
  );
}

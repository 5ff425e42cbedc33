// R2, R6, R7: shown as soon as the default switch is turned on, before Save: which pool stops being the
// default, where steps without a pool go, and what the built-in worker does (default-pool-change.ts).
import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { StepsThatWillFail } from '../../components/failing-step-list';
import { useStepsBrokenBy } from '../../components/use-steps-broken-by';
import { describeDefaultPoolChange, type DefaultChangeInput } from '../../domain/default-pool-change';
import { sameId } from '../../domain/ids';
import type { StepRunContext } from '../../domain/step-run-verdict';

export function DefaultChangeNotice({ spaceId, poolId, ...props }: DefaultChangeInput & { spaceId: string; poolId: string }) {
  const lines = describeDefaultPoolChange(props);
  // The steps that would fail once this pool is the default, judged as the step editor judges them.
  const moveDefault = useCallback(
    (ctx: StepRunContext): StepRunContext => ({ ...ctx, pools: ctx.pools.map((p) => ({ ...p, IsDefault: sameId(p.Id, poolId) })) }),
    [poolId],
  );
  const broken = useStepsBrokenBy(spaceId, moveDefault);
  return (
    <Alert severity="warning" sx={{ mt: 1 }} aria-labelledby="default-change-title">
      <AlertTitle id="default-change-title">When you save, {props.next.name} becomes the default pool</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <StepsThatWillFail spaceId={spaceId} broken={broken} />
    </Alert>
  );
}

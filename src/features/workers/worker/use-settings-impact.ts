// What saving a worker's settings would do to the steps that rely on it (domain workerChangeImpact), worked
// out before the save, as the bulk actions on the Workers page do: switching it off, and taking it out of a
// pool. Each is judged against the worker as loaded, so an unchanged setting costs no request.
import type { Worker } from '../../../api/schemas';
import { impactBreaksSteps, type ChangeImpact } from '../../../domain/worker-change-impact';
import { useChangeImpact } from '../shared/use-change-impact';

const DISABLE = { kind: 'disable' } as const;

export function useSettingsImpact(spaceId: string, worker: Worker, next: { isDisabled: boolean; poolIds: readonly string[] }) {
  const disabling = !worker.IsDisabled && next.isDisabled;
  // A pool it leaves; with several, each is judged in turn as the person removes them.
  const leaving = worker.WorkerPoolIds.find((id) => !next.poolIds.includes(id));
  const disable = useChangeImpact(spaceId, [worker], disabling ? DISABLE : undefined, disabling);
  const remove = useChangeImpact(
    spaceId,
    [worker],
    leaving && !disabling ? { kind: 'remove-from-pool', poolId: leaving } : undefined,
    !!leaving && !disabling,
  );
  const impacts: ChangeImpact[] = [...disable.impacts, ...remove.impacts];
  return {
    /** Whether there is anything to work out at all. */
    active: disabling || !!leaving,
    impacts,
    isPending: disable.isPending || remove.isPending,
    breaksSteps: impacts.some(impactBreaksSteps),
  };
}

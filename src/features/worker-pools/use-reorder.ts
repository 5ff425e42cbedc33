// Reordering with the keyboard: each move shows at once and is saved with every pool id (§1.4). Moves
// made while a save runs are not dropped: the latest order is sent when it finishes. If a save fails the
// local order is dropped (the server's is shown again) and the reason is shown. Focus follows the moved
// pool's button, since React may move its row's DOM node and a moved node loses focus.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSortWorkerPools } from '../../api/worker-pools';
import { moveButtonId } from './pool-list-row';
import { moveId } from './reorder';

export function useReorder(spaceId: string, serverIds: readonly string[]) {
  const { mutateAsync, isPending, error, reset } = useSortWorkerPools(spaceId);
  const [pending, setPending] = useState<string[]>();
  // Refs keep onMove stable (rows are memoised) while it reads the latest order.
  const current = useRef<readonly string[]>(serverIds);
  useLayoutEffect(() => {
    current.current = pending ?? serverIds;
  });
  const version = useRef(0);
  const saving = useRef(false);

  /** Saves until the order sent is the latest one; a failure stops and is shown from the mutation. */
  const save = useCallback(async () => {
    saving.current = true;
    try {
      let sent = -1;
      while (sent !== version.current) {
        sent = version.current;
        await mutateAsync([...current.current]);
      }
    } catch {
      // `error` below says why; the server's order is shown again.
    }
    saving.current = false;
    setPending(undefined);
  }, [mutateAsync]);

  const onMove = useCallback(
    (id: string, delta: -1 | 1) => {
      const next = moveId(current.current, id, delta);
      current.current = next;
      version.current += 1;
      flushSync(() => setPending(next));
      const index = next.indexOf(id);
      const atEdge = delta < 0 ? index === 0 : index === next.length - 1;
      document.getElementById(moveButtonId(id, atEdge ? (-delta as -1 | 1) : delta))?.focus();
      if (!saving.current) void save();
    },
    [save],
  );

  return { order: pending, onMove, busy: isPending, error, resetError: reset };
}

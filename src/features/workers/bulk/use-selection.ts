// The selected workers, kept by id with the worker as last seen, across pages and filter changes.
import { useCallback, useMemo, useState } from 'react';
import type { Worker } from '../../../api/schemas';

export function useSelection() {
  const [selected, setSelected] = useState<ReadonlyMap<string, Worker>>(new Map());
  const toggle = useCallback((w: Worker) => {
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(w.Id)) next.delete(w.Id);
      else next.set(w.Id, w);
      return next;
    });
  }, []);
  const setMany = useCallback((workers: readonly Worker[], on: boolean) => {
    setSelected((prev) => {
      const next = new Map(prev);
      workers.forEach((w) => (on ? next.set(w.Id, w) : next.delete(w.Id)));
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Map()), []);
  return useMemo(
    () => ({ selected: [...selected.values()], isSelected: (id: string) => selected.has(id), toggle, setMany, clear }),
    [selected, toggle, setMany, clear],
  );
}

export type Selection = ReturnType<typeof useSelection>;

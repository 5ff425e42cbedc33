// The page's filters, read from and written to the URL (CONVENTIONS 12). Parameters this page does not own
// (e.g. `scenario`) are kept. Changing a filter goes back to the first page; typing replaces the history
// entry instead of adding one per keystroke.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseWorkerFilters, workerFiltersToParams, type WorkerFilters } from '../../../domain/worker-filters';

const OWNED = ['name', 'pools', 'health', 'styles', 'disabled', 'page', 'take', 'group'];

export function useWorkerFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseWorkerFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<WorkerFilters>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = { ...parseWorkerFilters(current), page: 0, ...patch };
          const merged = new URLSearchParams(current);
          OWNED.forEach((key) => merged.delete(key));
          workerFiltersToParams(next).forEach((value, key) => merged.set(key, value));
          return merged;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );
  return { filters, update };
}

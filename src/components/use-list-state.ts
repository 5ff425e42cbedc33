// A list page's state from the URL (list-state.ts) and a setter. Typing into a filter passes `replace`, so
// the Back button leaves the page instead of stepping back through every edit.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readListState, writeListState, type ListSchema, type ListState } from './list-state';

export type ListStateUpdate<S extends ListSchema> = (patch: Partial<ListState<S>>, options?: { replace?: boolean }) => void;

export function useListState<S extends ListSchema>(schema: S): [ListState<S>, ListStateUpdate<S>] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(schema, params), [schema, params]);
  const update = useCallback<ListStateUpdate<S>>(
    (patch, options = {}) => setParams((current) => writeListState(schema, current, patch), { replace: options.replace }),
    [schema, setParams],
  );
  return [state, update];
}

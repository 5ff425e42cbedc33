// Moving one pool up or down the sort order (the Reorder dialog's arrow buttons).

/** `ids` with `id` moved one place (`-1` up, `+1` down); unchanged at either end or if `id` is absent. */
export function moveId(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

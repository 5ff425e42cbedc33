// Moving one pool up or down the sort order: the PUT /workerpools/sortorder body is every id (§1.4).

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

/** `items` in the order of `ids`; items not named keep their order after the named ones. */
export function orderBy<T>(items: readonly T[], ids: readonly string[] | undefined, idOf: (item: T) => string): T[] {
  if (!ids) return [...items];
  const rank = new Map(ids.map((id, i) => [id, i]));
  const at = (item: T) => rank.get(idOf(item)) ?? ids.length;
  return [...items].sort((a, b) => at(a) - at(b));
}

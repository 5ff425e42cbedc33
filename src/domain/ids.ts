// Octopus matches ids the way its database collation compares them: case-insensitively, so `workerpools-2`
// names WorkerPools-2 on every endpoint. Every id comparison in the portal and the fake goes through here.

export const idKey = (id: string): string => id.trim().toLowerCase();

export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && idKey(a) === idKey(b);
}

/** A set that answers `has` for any spelling of an id. */
export function idSet(ids: Iterable<string>): { has(id: string): boolean; readonly size: number } {
  const keys = new Set([...ids].map(idKey));
  return { has: (id) => keys.has(idKey(id)), size: keys.size };
}

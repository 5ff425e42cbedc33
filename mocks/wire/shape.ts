// The fake answers with exactly the fields a real Octopus resource carries: each resource's fields are listed
// with the value a server writes when the stored entity has none (Octopus's serializer writes every field,
// null included). What a seed or a client's body added beyond these never reaches the wire.
// mocks/tests/contract-responses.test.ts checks these lists against Octopus's swagger.

/** Field → the value written when the entity has none (null for reference types). */
export type Fields = Readonly<Record<string, unknown>>;

export function shape<T>(entity: object, fields: Fields): T {
  const source = entity as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, fallback] of Object.entries(fields)) {
    const value = source[field];
    out[field] = value === undefined ? structuredCloneSmall(fallback) : value;
  }
  return out as T;
}

/** Defaults are small literals ([], {}, strings); a fresh copy keeps one answer from aliasing another. */
function structuredCloneSmall(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (value && typeof value === 'object') return { ...value };
  return value;
}

export const AUDIT: Fields = { LastModifiedOn: null, LastModifiedBy: null };

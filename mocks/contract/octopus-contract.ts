// Octopus's contract as the tests read it: the swagger's definitions and response types (verbatim subset,
// scripts/extract-swagger-subset.mjs), the subtypes it flattens, and the listed differences (after-2021-2.ts).
import { ADDED, OMITTED, SERIALIZED_AS } from './after-2021-2';
import { POLYMORPHIC, subtypeDefinitions } from './octopus-subtypes';
import swagger from './octopus-swagger-2021.2.subset.json';
import { validate, type Contract, type SchemaNode } from './swagger-validator';

type Operation = { responses?: Record<string, { schema?: SchemaNode }> };
const paths = swagger.paths as unknown as Record<string, Record<string, Operation>>;
const baseDefinitions = swagger.definitions as unknown as Record<string, SchemaNode>;

export const definitions: Readonly<Record<string, SchemaNode>> = { ...baseDefinitions, ...subtypeDefinitions(baseDefinitions) };

export const octopusContract: Contract = {
  definitions,
  subtype(base, value) {
    const poly = POLYMORPHIC[base];
    if (!poly) return undefined;
    const kind = value[poly.discriminator];
    return typeof kind === 'string' ? (poly.subtypes[kind] ?? null) : null;
  },
  added: (definition, field) => ADDED[definition]?.[field]?.schema,
  omitted: (definition, field) => OMITTED[definition]?.[field] !== undefined,
  serializedAs: (definition) => SERIALIZED_AS[definition]?.forms,
};

/** What the swagger says `method swaggerPath` answers with `status`, or undefined where it is untyped. */
export function responseSchema(method: string, swaggerPath: string, status: number): SchemaNode | undefined {
  const operation = paths[swaggerPath]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The swagger subset has no ${method} ${swaggerPath}; add it to scripts/extract-swagger-subset.mjs`);
  return operation.responses?.[String(status)]?.schema;
}

export const ref = (name: string): SchemaNode => ({ $ref: `#/definitions/${name}` });

export function problemsWith(value: unknown, schema: SchemaNode): string[] {
  return validate(octopusContract, value, schema);
}

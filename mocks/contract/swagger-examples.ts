// Examples of what a real server may send, built from Octopus's swagger definitions alone: `full` carries
// every declared field; `minimal` only what the swagger requires plus what a server always writes (value
// types, and the reference fields after-2021-2.ts lists in ALWAYS_SENT), with every other field left out
// or, as Octopus's serializer writes it, null. Dictionaries are left empty in the minimal forms.
import { ALWAYS_SENT, SERIALIZED_AS } from './after-2021-2';
import { definitions } from './octopus-contract';
import { POLYMORPHIC } from './octopus-subtypes';
import type { SchemaNode } from './swagger-validator';

export type Variant = 'full' | 'minimal' | 'nulls';
const refName = (ref: string) => ref.replace('#/definitions/', '');

/** The groups of ALWAYS_SENT that apply to a definition: its own, its base's, and the generic ones. */
function alwaysSent(name: string, props: Record<string, SchemaNode>): Set<string> {
  const base = Object.entries(POLYMORPHIC).find(([, p]) => Object.values(p.subtypes).includes(name))?.[0];
  const groups = [name, base, 'Id' in props && 'Links' in props ? 'Resource' : undefined, name.endsWith('Collection') ? 'ResourceCollection' : undefined];
  return new Set(groups.flatMap((g) => (g ? (ALWAYS_SENT[g] ?? []) : [])));
}

const isValueType = (schema: SchemaNode): boolean => {
  if (schema.$ref) return definitions[refName(schema.$ref)]?.enum !== undefined;
  return schema.type === 'boolean' || schema.type === 'integer' || schema.type === 'number';
};

/** One example per subtype for a polymorphic definition, else one. */
export function examples(name: string, variant: Variant): unknown[] {
  const poly = POLYMORPHIC[name];
  if (!poly) return [example({ $ref: `#/definitions/${name}` }, variant)];
  return Object.entries(poly.subtypes).map(([kind, sub]) => ({ ...(example({ $ref: `#/definitions/${sub}` }, variant) as object), [poly.discriminator]: kind }));
}

export function example(schema: SchemaNode, variant: Variant, field = ''): unknown {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    const poly = POLYMORPHIC[name];
    if (poly) return examples(name, variant)[0];
    const forms = SERIALIZED_AS[name]?.forms;
    if (forms) return example((variant === 'full' ? forms[forms.length - 1] : forms[0]) ?? {}, variant, field);
    return fromDefinition(name, definitions[name] ?? {}, variant);
  }
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string': return schema.format === 'date-time' ? '2021-06-01T10:00:00.000+00:00' : `${field || 'text'} value`;
    case 'integer': case 'number': return 1;
    case 'boolean': return true;
    case 'array': return schema.items ? [example(schema.items, variant, field)] : [];
    default:
      if (schema.properties) return fromDefinition('', schema, variant);
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        return variant === 'full' ? { [`${field || 'Key'}Entry`]: example(schema.additionalProperties, variant) } : {};
      return {};
  }
}

function fromDefinition(name: string, definition: SchemaNode, variant: Variant): unknown {
  if (definition.enum) return definition.enum[0];
  const props = definition.properties ?? {};
  if (!definition.properties) return example({ ...definition, $ref: undefined }, variant, name);
  // An inline object with properties is a dictionary keyed by those names (e.g. SpacePermissions).
  if (!name && variant !== 'full') return {};
  const keep = new Set([...(definition.required ?? []), ...alwaysSent(name, props)]);
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(props)) {
    if (variant === 'full' || keep.has(field) || isValueType(schema)) out[field] = example(schema, variant, field);
    else if (variant === 'nulls') out[field] = null;
  }
  return out;
}

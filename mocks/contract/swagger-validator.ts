// A small validator for swagger 2.0 definitions, strict where generic JSON-schema validators are lenient:
// an object must carry every property its definition declares (Octopus's serializer writes them all, null or
// not) and nothing else, unless the contract's notes (after-2021-2.ts) list the difference with its reason.
// Polymorphic resources (endpoints, pools, accounts) are checked against their own subtype's definition.

export interface SchemaNode {
  type?: string;
  $ref?: string;
  format?: string;
  enum?: readonly string[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  required?: readonly string[];
  readOnly?: boolean;
  uniqueItems?: boolean;
  description?: string;
}

export interface Contract {
  definitions: Readonly<Record<string, SchemaNode>>;
  /** The subtype definition for a value of a polymorphic base, `null` when its discriminator is unknown. */
  subtype(base: string, value: Record<string, unknown>): string | null | undefined;
  /** A field Octopus added after the swagger's version (with its schema), or undefined. */
  added(definition: string, field: string): SchemaNode | undefined;
  /** True when a declared field is knowingly not sent (the notes say why). */
  omitted(definition: string, field: string): boolean;
  /** How a definition with a custom JSON converter really serializes (any one of these), or undefined. */
  serializedAs(definition: string): readonly SchemaNode[] | undefined;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const refName = (ref: string) => ref.replace('#/definitions/', '');
const isObjectSchema = (s: SchemaNode) => s.type === 'object' || s.properties !== undefined || s.additionalProperties !== undefined;

/** Value types (bool, numbers, enums) can't be null in C#; strings, arrays and objects can. */
function nullable(contract: Contract, schema: SchemaNode): boolean {
  if (schema.$ref) return isObjectSchema(contract.definitions[refName(schema.$ref)] ?? {});
  return schema.type === undefined || schema.type === 'string' || schema.type === 'array' || schema.type === 'object';
}

export function validate(contract: Contract, value: unknown, schema: SchemaNode, path = '$'): string[] {
  if (value === null) return nullable(contract, schema) ? [] : [`${path}: null where ${schema.$ref ?? schema.type} is a value type`];
  if (value === undefined) return [`${path}: undefined`];
  if (schema.$ref) return validateDefinition(contract, value, refName(schema.$ref), path);
  if (schema.enum) return schema.enum.includes(value as string) ? [] : [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string, got ${JSON.stringify(value)}`];
      return schema.format === 'date-time' && !DATE_TIME.test(value) ? [`${path}: "${value}" is not an ISO 8601 date-time`] : [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: expected an integer, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      return value.flatMap((item, i) => (schema.items ? validate(contract, item, schema.items, `${path}[${i}]`) : []));
    default:
      return isObjectSchema(schema) ? validateObject(contract, value, schema, undefined, path) : [];
  }
}

function validateDefinition(contract: Contract, value: unknown, name: string, path: string): string[] {
  const definition = contract.definitions[name];
  if (!definition) return [`${path}: no definition ${name}`];
  const forms = contract.serializedAs(name);
  if (forms) {
    const attempts = forms.map((form) => validate(contract, value, form, path));
    return attempts.some((a) => a.length === 0) ? [] : [`${path}: matches no form of ${name}: ${attempts.flat().join('; ')}`];
  }
  if (definition.properties && typeof value === 'object' && !Array.isArray(value)) {
    const sub = contract.subtype(name, value as Record<string, unknown>);
    if (sub === null) return [`${path}: ${name} of an unknown kind ${JSON.stringify(value)}`];
    if (sub) return validateDefinition(contract, value, sub, path);
  }
  return isObjectSchema(definition) ? validateObject(contract, value, definition, name, path) : validate(contract, value, definition, path);
}

function validateObject(contract: Contract, value: unknown, schema: SchemaNode, name: string | undefined, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  if (schema.properties) {
    for (const [field, fieldSchema] of Object.entries(schema.properties)) {
      if (field in record) problems.push(...validate(contract, record[field], fieldSchema, `${path}.${field}`));
      // Only a named resource must carry every field; an inline object is a dictionary keyed by its names.
      else if (name && !contract.omitted(name, field)) problems.push(`${path}.${field}: declared by ${name ?? 'the schema'} but missing`);
    }
  }
  for (const [field, fieldValue] of Object.entries(record)) {
    if (schema.properties && field in schema.properties) continue;
    const added = name ? contract.added(name, field) : undefined;
    if (added) problems.push(...validate(contract, fieldValue, added, `${path}.${field}`));
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
      problems.push(...validate(contract, fieldValue, schema.additionalProperties, `${path}.${field}`));
    else if (schema.properties || schema.additionalProperties === false) problems.push(`${path}.${field}: not declared by ${name ?? 'the schema'}`);
  }
  return problems;
}

import fc from 'fast-check';

/** The subset of JSON Schema our TypeBox request schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

/**
 * Values that satisfy a request schema, so fuzzing gets past validation and into the rules of the
 * product, where a half-written row could hide. Strings lean on what breaks things: HTML, scripts,
 * Japanese, emoji and control characters.
 */
export function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants !== undefined) return fc.oneof(...variants.map(arbitraryFor));
  if (schema.allOf !== undefined) return arbitraryFor(Object.assign({}, ...schema.allOf));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? Math.min(-1_000_000, schema.maximum ?? 0);
      return fc.integer({ min, max: schema.maximum ?? Math.max(1_000_000, min) });
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'string':
      return stringFor(schema);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      return fc.array(arbitraryFor(schema.items ?? {}), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) shape[name] = arbitraryFor(property);
      return fc.record(shape, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**bold** [link](javascript:alert(1))',
  '日本語のメモ',
  '😀',
  '\u0000',
  '\u202e',
  "' or 1=1 --",
];

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
  }
  // Ids the schema says are UUIDs: a body that satisfies the schema must carry one.
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.pattern !== undefined)
    return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => fits(value, schema));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 200, 300);
  return fc
    .oneof(
      fc.string({ minLength, maxLength }),
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'grapheme', minLength, maxLength }),
    )
    .filter((value) => fits(value, schema));
}

function fits(value: string, schema: JsonSchema): boolean {
  return (
    value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY)
  );
}

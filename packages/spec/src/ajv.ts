/**
 * Ajv (JSON Schema 2020-12, strict) set up for the bundled marginkit documents: their component schemas, the
 * `decimal`, `int64` and `unix-time` formats, and the OpenAPI annotation keywords. Shared by the mock (request
 * validation) and the contract tests (example and response validation).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** Custom string and number formats the spec uses. */
export const formats = {
  decimal: /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$|^[0-9]{1,20}(\.[0-9]{1,20})?$/,
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  'unix-time': { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 },
} as const;

// OpenAPI keywords that may sit inside schemas and carry no validation meaning.
const ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-enum-varnames', 'x-enum-descriptions'];

function rewriteRefs(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, base));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out[key] = `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else out[key] = rewriteRefs(value, base);
  }
  return out;
}

/**
 * Marks every object schema that names its properties as closed (`unevaluatedProperties: false`), the way the
 * spec lint treats examples: an example may not carry a property its schema does not describe.
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'properties' && value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeObjects(v)]))
      : closeObjects(value);
  }
  if (out.properties && out.additionalProperties === undefined && out.unevaluatedProperties === undefined) {
    out.unevaluatedProperties = false;
  }
  return out;
}

export interface SpecValidator {
  /** Compiles a schema from the bundled document (inline, possibly with `$ref`s into components). */
  compile(schema: unknown): ValidateFunction;
}

/**
 * An Ajv (JSON Schema 2020-12, strict mode) that knows one bundled OpenAPI document's component schemas and the
 * spec's formats. With `closed`, object schemas reject properties they do not name.
 */
export function createSpecValidator(doc: any, options: { closed?: boolean } = {}): SpecValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 9 });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  for (const keyword of ANNOTATIONS) ajv.addKeyword(keyword);
  const base = `urn:marginkit:${doc.info.title.replace(/\W+/g, '-').toLowerCase()}`;
  const prepare = (schema: unknown) => {
    const rewritten = rewriteRefs(schema, base);
    return options.closed ? closeObjects(rewritten) : rewritten;
  };
  ajv.addSchema({ $id: base, $defs: prepare(doc.components?.schemas ?? {}) as object });
  return { compile: (schema) => ajv.compile(prepare(schema) as object) };
}

/**
 * Ajv (JSON Schema 2020-12, strict) set up for the bundled marginkit documents: their component schemas, the
 * `decimal`, `int64` and `unix-time` formats, and the OpenAPI annotation keywords. Shared by the contract tests
 * (example and response validation) and the generator of the mock's precompiled request validators.
 */
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';

/** Custom string and number formats the spec uses. */
export const formats = {
  decimal: /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$|^[0-9]{1,20}(\.[0-9]{1,20})?$/,
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  'unix-time': { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 },
} as const;

/** OpenAPI keywords that may sit inside schemas and carry no validation meaning. */
export const ANNOTATION_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-enum-varnames', 'x-enum-descriptions', 'x-binance-error-names'] as const;

export interface PrepareOptions {
  /**
   * Close every object schema that names its properties (`unevaluatedProperties: false`), the way the spec lint
   * treats examples: a value may not carry a property its schema does not describe.
   */
  readonly closed?: boolean;
  /** Keywords to drop (annotations that only make generated code bigger). */
  readonly strip?: ReadonlySet<string>;
}

/**
 * Rewrites a schema from the bundled document for Ajv: `#/components/schemas/X` references point into one
 * `$defs` document under `base`; optionally closes objects and drops keywords. Property names are never taken
 * for keywords.
 */
export function prepareSchema(node: unknown, base: string, options: PrepareOptions = {}): unknown {
  if (Array.isArray(node)) return node.map((n) => prepareSchema(n, base, options));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (options.strip?.has(key)) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out[key] = `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, prepareSchema(schema, base, options)]));
    } else out[key] = prepareSchema(value, base, options);
  }
  if (options.closed && out.properties && out.additionalProperties === undefined && out.unevaluatedProperties === undefined) {
    out.unevaluatedProperties = false;
  }
  return out;
}

export interface SpecAjv {
  readonly ajv: Ajv2020;
  /** The `$id` under which the document's component schemas are registered. */
  readonly base: string;
  /** Prepares a schema of the document (see `prepareSchema`) for this Ajv. */
  prepare(schema: unknown): object;
}

/**
 * An Ajv 2020 instance (strict) that knows one bundled document's component schemas and the spec's formats.
 * `ajv` options are merged over the defaults (`allErrors`, `multipleOfPrecision: 9`); pass `code` options to
 * generate standalone validators.
 */
export function createSpecAjv(doc: any, options: PrepareOptions & { ajv?: Options; base?: string } = {}): SpecAjv {
  const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 9, ...options.ajv });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword(keyword);
  const base = options.base ?? `urn:marginkit:${String(doc.info.title).replace(/\W+/g, '-').toLowerCase()}`;
  const prepare = (schema: unknown) => prepareSchema(schema, base, options) as object;
  ajv.addSchema({ $id: base, $defs: prepare(doc.components?.schemas ?? {}) });
  return { ajv, base, prepare };
}

export interface SpecValidator {
  /** Compiles a schema from the bundled document (inline, possibly with `$ref`s into components). */
  compile(schema: unknown): ValidateFunction;
}

/** A validator for schemas of one bundled document. With `closed`, object schemas reject properties they do not name. */
export function createSpecValidator(doc: any, options: { closed?: boolean } = {}): SpecValidator {
  const { ajv, prepare } = createSpecAjv(doc, options);
  return { compile: (schema) => ajv.compile(prepare(schema)) };
}

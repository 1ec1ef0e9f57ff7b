/**
 * The mock's request validators (one per operation of both APIs) and its configuration validator, precompiled
 * with Ajv's standalone code into packages/mock/src/generated/validators.ts. Compiling the 50 request schemas
 * when the mock starts took about 450 ms, over its 300 ms start budget; the generated module needs no Ajv.
 *
 * The Ajv set-up is `createSpecAjv` of @marginkit/spec (strict JSON Schema 2020-12, the spec's formats, the
 * OpenAPI annotation keywords), with code generation on and stopping at the first error: the mock reports the
 * first bad parameter in the spec's order, which is the order Ajv checks `properties` in.
 *
 * Bounds JSON numbers cannot hold (an int64 id's `maximum: 9223372036854775807`, read losslessly as a bigint) are
 * left out of the Ajv schemas: the mock checks int64 parameters on their digits against the spec's exact bounds
 * (packages/mock/src/params.ts), where a JavaScript number would round them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { operationInputSchema } from '../../packages/mock/src/input-schema.ts';
import { createSpecAjv, formats } from '../../packages/spec/src/ajv.ts';
import type { OperationMeta } from '../../packages/spec/src/meta-types.ts';
import { repoRoot } from './apis.ts';
import type { OpenApiDocument } from './bundle.ts';

const require = createRequire(import.meta.url);

// A CommonJS module whose default export TypeScript sees as the namespace: take the function either way.
type StandaloneCode = (ajv: Ajv2020, refsOrFunc?: Record<string, string> | ((data: unknown) => boolean)) => string;
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ?? (standaloneModule as unknown as StandaloneCode);

/** Keywords that carry no validation meaning, dropped to keep the generated code small. */
const DROPPED = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'x-enum-varnames', 'x-enum-descriptions', 'x-binance-error-names']);

const codeOptions = { source: true, esm: false, lines: false, optimize: true, formats: _`formats` };

const BOUNDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** A copy of a document without the numeric bounds that are bigints (see above). */
function withoutBigBounds<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutBigBounds) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (BOUNDS.has(key) && typeof value === 'bigint') continue;
    out[key] = withoutBigBounds(value);
  }
  return out as T;
}

/** The spec's formats, written as source (regular expressions and validate functions). */
function formatsSource(): string {
  const entries = Object.entries(formats).map(([name, f]) => {
    if (f instanceof RegExp) return `  ${JSON.stringify(name)}: ${f.toString()},`;
    const { type, validate } = f as { type: string; validate: (n: number) => boolean };
    return `  ${JSON.stringify(name)}: { type: ${JSON.stringify(type)}, validate: ${validate.toString()} },`;
  });
  return `const formats = {\n${entries.join('\n')}\n};`;
}

/** Wraps Ajv's CommonJS standalone output in a function scope so that several can share one module. */
function scoped(name: string, code: string): string {
  return `const ${name} = (() => {\n  const module = { exports: {} };\n  const exports = module.exports;\n  ${code}\n  return module.exports;\n})();`;
}

export function renderMockValidators(apis: ReadonlyArray<{ id: 'margin' | 'portfolioMargin'; doc: OpenApiDocument; metas: readonly OperationMeta[] }>, banner: string): string {
  const parts: string[] = [];
  const table: string[] = [];
  for (const { id, doc: lossless, metas } of apis) {
    const doc = withoutBigBounds(lossless);
    const { ajv, prepare } = createSpecAjv(doc, { strip: DROPPED, base: `urn:marginkit:${id}`, ajv: { allErrors: false, messages: false, code: codeOptions } });
    const ids: Record<string, string> = {};
    for (const meta of metas) {
      const operation = doc.paths[meta.path][meta.method.toLowerCase()];
      const { properties, required } = operationInputSchema(doc as Parameters<typeof operationInputSchema>[0], operation, meta.paramsIn);
      const schemaId = `urn:marginkit:${id}:request:${meta.operationId}`;
      ajv.addSchema(prepare({ $id: schemaId, type: 'object', properties, required, additionalProperties: false }));
      ids[meta.operationId] = schemaId;
      table.push(`  ${JSON.stringify(`${id}.${meta.operationId}`)}: ${id}.${meta.operationId},`);
    }
    parts.push(scoped(id, standaloneCode(ajv, ids)));
  }
  const configAjv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, code: codeOptions });
  const configSchema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/mock/config.schema.json'), 'utf8'));
  parts.push(scoped('config', standaloneCode(configAjv, configAjv.compile(configSchema))));

  let body = parts.join('\n\n');
  const runtime = new Set<string>();
  body = body.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)/g, (_m, name: string) => {
    runtime.add(name);
    return `runtime_${name}`;
  });
  if (/require\(/.test(body)) throw new Error('generated validator code still requires a module');
  // Ajv's run-time helpers are small functions: inline their source instead of importing CommonJS.
  const helpers = [...runtime].sort().map((name) => {
    const fn = require(`ajv/dist/runtime/${name}`).default as (...args: unknown[]) => unknown;
    return `const runtime_${name} = { default: ${fn.toString()} };`;
  });

  return [
    banner,
    '// Ajv standalone code for the mock: request validators of both APIs and the configuration validator.',
    '// @ts-nocheck',
    ...helpers,
    '',
    formatsSource(),
    '',
    body,
    '',
    '/** Request validators by `api.operationId`. */',
    'export const requestValidators = {',
    ...table,
    '};',
    '',
    '/** Validator of the mock configuration (config.schema.json). */',
    'export const configValidator = config;',
    '',
  ].join('\n');
}

/**
 * Precompiles the mock's request validators (one per operation of both APIs) and its configuration validator
 * with Ajv's standalone code generation, into `src/generated/validators.ts`.
 *
 * Why: compiling the 50 request schemas with Ajv when the server starts took about 450 ms on the project's
 * machines, over the mock's 300 ms start budget. The generated module needs no Ajv at run time.
 *
 * The Ajv instance mirrors `createSpecValidator` of `@marginkit/spec/ajv` (JSON Schema 2020-12, strict, the
 * spec's `formats`, the OpenAPI annotation keywords, component `$ref`s rewritten to one `$defs` document), with
 * `code.source` on, which `createSpecValidator` cannot be asked for. It stops at the first error
 * (`allErrors: false`): the mock reports the first bad parameter in the spec's order, which is the order Ajv
 * checks `properties` in.
 *
 * Run: `pnpm --filter @marginkit/mock generate` (also `tsx scripts/generate-validators.ts --check`).
 * The test suite fails when the file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { formats } from '@marginkit/spec/ajv';
import { requestSchema, specOperations, type OpenApiDocument } from '../src/spec.js';

const require = createRequire(import.meta.url);

// A CommonJS module whose default export TypeScript sees as the namespace: take the function either way.
type StandaloneCode = (ajv: Ajv2020, refsOrFunc?: Record<string, string> | ((data: unknown) => boolean)) => string;
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ?? (standaloneModule as unknown as StandaloneCode);
const OUT = new URL('../src/generated/validators.ts', import.meta.url);

const ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-enum-varnames', 'x-enum-descriptions'];
/** Keywords that carry no validation meaning, dropped to keep the generated code small. */
const DROPPED = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'x-enum-varnames', 'x-enum-descriptions']);

function prepare(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((n) => prepare(n, base));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out[key] = `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v, base)]));
    } else {
      out[key] = prepare(value, base);
    }
  }
  return out;
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

function newAjv(extra: Record<string, unknown> = {}): Ajv2020 {
  return new Ajv2020({
    strict: true,
    allErrors: false,
    multipleOfPrecision: 9,
    code: { source: true, esm: false, lines: false, optimize: true, formats: _`formats` },
    ...extra,
  });
}

/** Wraps Ajv's CommonJS standalone output in a function scope so that several can share one module. */
function scoped(name: string, code: string): string {
  return `const ${name} = (() => {\n  const module = { exports: {} };\n  const exports = module.exports;\n  ${code}\n  return module.exports;\n})();`;
}

export function generate(): string {
  const docs: Record<string, OpenApiDocument> = {
    margin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8')),
    portfolioMargin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/portfolio-margin.openapi.json'), 'utf8')),
  };
  const ops = specOperations();
  const parts: string[] = [];
  const table: string[] = [];
  for (const api of ['margin', 'portfolioMargin'] as const) {
    const ajv = newAjv({ messages: false });
    for (const [n, f] of Object.entries(formats)) ajv.addFormat(n, f as never);
    for (const k of ANNOTATIONS) ajv.addKeyword(k);
    const base = `urn:marginkit:${api}`;
    ajv.addSchema({ $id: base, $defs: prepare(docs[api]!.components.schemas, base) as object });
    const ids: Record<string, string> = {};
    for (const op of ops.filter((o) => o.meta.api === api)) {
      const { properties, required } = requestSchema(op);
      const id = `urn:marginkit:${api}:request:${op.meta.operationId}`;
      ajv.addSchema(prepare({ $id: id, type: 'object', properties, required, additionalProperties: false }, base) as object);
      ids[op.meta.operationId] = id;
      table.push(`  ${JSON.stringify(`${api}.${op.meta.operationId}`)}: ${api}.${op.meta.operationId},`);
    }
    parts.push(scoped(api, standaloneCode(ajv, ids)));
  }
  const configAjv = newAjv({ strictRequired: false, allErrors: true });
  const configSchema = JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8'));
  parts.push(scoped('config', standaloneCode(configAjv, configAjv.compile(configSchema))));

  let body = parts.join('\n\n');
  const runtime = new Set<string>();
  body = body.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)/g, (_m, name: string) => {
    runtime.add(name);
    return `runtime_${name}`;
  });
  if (/require\(/.test(body)) throw new Error('generated code still requires a module');
  // Ajv's run-time helpers are small functions: inline their source instead of importing CommonJS.
  const imports = [...runtime].sort().map((name) => {
    const fn = require(`ajv/dist/runtime/${name}`).default as (...args: unknown[]) => unknown;
    return `const runtime_${name} = { default: ${fn.toString()} };`;
  });

  return [
    '// generated — do not edit.',
    '// Produced by `pnpm --filter @marginkit/mock generate` (packages/mock/scripts/generate-validators.ts) from the',
    '// bundled specs of @marginkit/spec and packages/mock/config.schema.json. Ajv standalone code: no Ajv at run time.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    ...imports,
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

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error('packages/mock/src/generated/validators.ts is stale: run `pnpm --filter @marginkit/mock generate`');
      process.exit(1);
    }
  } else {
    mkdirSync(new URL('.', OUT), { recursive: true });
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT.pathname} (${text.length} characters)`);
  }
}

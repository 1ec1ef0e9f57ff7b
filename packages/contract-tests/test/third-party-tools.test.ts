/**
 * Each bundled document goes through OpenAPI tools that nobody in this project wrote, the way an SDK maintainer
 * would use them (tools and versions: spec/README.md, "Checked by third-party tools"):
 *
 * - @seriousme/openapi-schema-validator: the document is valid OpenAPI 3.1 and every `$ref` resolves;
 * - @hey-api/openapi-ts: generates types and an SDK that type-check, with every constant and type named exactly
 *   as the spec names it (no renamed duplicates, no quoted non-identifiers);
 * - @exodus/schemasafe: compiles validators (to JavaScript) from the schemas, and every documented example passes
 *   them; `recvWindow` accepts Binance's `6000.346` and rejects `6000.3461`;
 * - openapi-typescript, the way an SDK maintainer runs it (TypeScript enums from `x-enum-varnames`): no warning, and
 *   the output type-checks;
 * - @redocly/cli: the published bundle itself (not the source files the house lint reads) passes Redocly's
 *   `recommended-strict` ruleset with zero problems.
 *
 * Generated code goes to test-results/ (ignored by git).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { validator } from '@exodus/schemasafe';
import { createClient } from '@hey-api/openapi-ts';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { apiSlugs, type ApiSlug, loadBundledSpecForValidation, operationsOf, resolveRef } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const outRoot = path.resolve(here, '../test-results/third-party');
const require = createRequire(import.meta.url);
const repoRoot = path.resolve(here, '../../..');

// ---------------------------------------------------------------------------------------------- hey-api

/** Generates types and an SDK with @hey-api/openapi-ts into `dir`. */
async function generate(spec: object, dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  await createClient({
    input: spec as never,
    output: { path: dir },
    logs: { level: 'silent' },
    plugins: [{ name: '@hey-api/typescript', enums: 'javascript' }, '@hey-api/sdk'],
  });
}

/** TypeScript's diagnostics for every generated file (strict, no emit). */
function typeCheck(dir: string): string[] {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The keys of `export const <name> = { KEY: value, … }` in generated source, as written. */
function constKeys(source: string, name: string): string[] {
  const start = source.indexOf(`export const ${name} = {`);
  if (start < 0) return [];
  const body = source.slice(start, source.indexOf('\n} as const;', start));
  return [...body.matchAll(/^ {4}([^\s*/][^:]*): /gm)].map((m) => m[1]!);
}

/**
 * Names a generator had to change: duplicates it numbered (`SERVER_BUSY2` next to `SERVER_BUSY`, `RecvWindow2`)
 * and keys it had to quote because they are not identifiers.
 */
function identifierProblems(spec: any, dir: string, catalogue: string): string[] {
  const types = fs.readFileSync(path.join(dir, 'types.gen.ts'), 'utf8');
  const sdk = fs.readFileSync(path.join(dir, 'sdk.gen.ts'), 'utf8');
  const problems: string[] = [];
  const expected: string[] = spec.components.schemas[catalogue]['x-enum-varnames'];
  const keys = constKeys(types, catalogue);
  if (keys.length !== expected.length) problems.push(`${catalogue}: ${keys.length} generated keys for ${expected.length} codes`);
  keys.forEach((key, i) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(key)) problems.push(`${catalogue}: generated key ${key} is not an UPPER_SNAKE identifier`);
    if (expected[i] !== undefined && key !== expected[i]) problems.push(`${catalogue}: the generator named ${expected[i]} ${key}`);
  });
  const exported = new Set([...`${types}\n${sdk}`.matchAll(/^export (?:type|const|enum|interface) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!));
  for (const name of exported) {
    const base = /^(.*?[^\d])\d+$/.exec(name)?.[1];
    if (base && exported.has(base)) problems.push(`${name} is a renamed duplicate of ${base}`);
  }
  for (const { operation } of operationsOf(spec)) {
    if (!new RegExp(`^export const ${operation.operationId} =`, 'm').test(sdk)) problems.push(`SDK function ${operation.operationId} is missing or renamed`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------- schemasafe

const SCHEMASAFE = {
  // JSON Schema exactly as specified: unknown keywords (OpenAPI's example, x-enum-varnames, …) are annotations,
  // and in 2020-12 so is `format`.
  mode: 'spec',
  includeErrors: true,
  $schemaDefault: 'https://json-schema.org/draft/2020-12/schema',
  // schemasafe must know a format's name even when it does not assert it; nothing is asserted with these, so only
  // the portable keywords (types, patterns, ranges, enums) decide.
  formatAssertion: false,
  formats: { decimal: () => true, int64: () => true, 'unix-time': () => true },
} as const;

/**
 * schemasafe handles `format` as a string keyword and refuses it on `integer` schemas (OpenAPI's `int64`,
 * marginkit's `unix-time`). In JSON Schema 2020-12 `format` is an annotation, so dropping it there changes nothing
 * that is validated.
 */
function withoutNonStringFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNonStringFormats);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' && (node as { type?: unknown }).type !== 'string') continue;
    out[key] = key === 'properties' && value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, withoutNonStringFormats(schema)]))
      : withoutNonStringFormats(value);
  }
  return out;
}

/** A schemasafe validator for a schema of the document; `#/components/...` references resolve in the document. */
function compileFor(spec: any, slug: ApiSlug) {
  const components = withoutNonStringFormats(spec.components);
  return (schema: object) => validator({ $id: `urn:marginkit:${slug}`, components, ...(withoutNonStringFormats(schema) as object) } as never, SCHEMASAFE as never);
}

interface ExampleCase {
  readonly label: string;
  readonly schema: object;
  readonly value: unknown;
}

function documentedExamples(spec: any): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const add = (label: string, schema: object | undefined, holder: any) => {
    if (!schema || !holder) return;
    if (holder.example !== undefined) cases.push({ label: `${label} example`, schema, value: holder.example });
    for (const [name, example] of Object.entries<any>(holder.examples ?? {})) cases.push({ label: `${label} ${name}`, schema, value: resolveRef(spec, example).value });
  };
  for (const { path: p, method, operation } of operationsOf(spec)) {
    const at = `${method.toUpperCase()} ${p}`;
    for (const [status, raw] of Object.entries<any>(operation.responses)) {
      const media = resolveRef(spec, raw).content?.['application/json'];
      add(`${at} ${status}`, media?.schema, media);
    }
    const form = resolveRef(spec, operation.requestBody)?.content?.['application/x-www-form-urlencoded'];
    add(`${at} body`, form?.schema, form);
    for (const raw of operation.parameters ?? []) {
      const param = resolveRef(spec, raw);
      add(`${at} ?${param.name}`, param.schema, param);
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------- the tests

for (const slug of apiSlugs) {
  const spec = loadBundledSpecForValidation(slug);
  const catalogue = Object.keys(spec.components.schemas).find((name) => name.endsWith('ErrorCode'))!;

  describe(`${slug} through third-party OpenAPI tools`, () => {
    it('@seriousme/openapi-schema-validator: valid OpenAPI 3.1, every $ref resolves', async () => {
      const structural = new Validator();
      const result = await structural.validate(structuredClone(spec));
      expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
      expect([result.valid, structural.version]).toEqual([true, '3.1']);
      expect(() => structural.resolveRefs()).not.toThrow();
    });

    it('@hey-api/openapi-ts: the generated types and SDK type-check, every name as the spec gives it', async () => {
      const dir = path.join(outRoot, slug);
      await generate(structuredClone(spec), dir);
      expect(typeCheck(dir)).toEqual([]);
      expect(identifierProblems(spec, dir, catalogue)).toEqual([]);
    });

    it('openapi-typescript (enums from x-enum-varnames): no warning, and the output type-checks', async () => {
      const dir = path.join(outRoot, `openapi-typescript-${slug}`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const said: string[] = [];
      const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void said.push(args.join(' ')));
      const error = vi.spyOn(console, 'error').mockImplementation((...args) => void said.push(args.join(' ')));
      try {
        const ast = await openapiTS(structuredClone(spec), { enum: true, enumValues: true, rootTypes: true });
        fs.writeFileSync(path.join(dir, 'types.ts'), astToString(ast));
      } finally {
        warn.mockRestore();
        error.mockRestore();
      }
      expect(said).toEqual([]);
      expect(typeCheck(dir)).toEqual([]);
      // The error catalogue becomes a TypeScript enum whose members are exactly the spec's identifiers.
      const source = fs.readFileSync(path.join(dir, 'types.ts'), 'utf8');
      const start = source.indexOf(`export enum ${catalogue} {`);
      const members = [...source.slice(start, source.indexOf('\n}', start)).matchAll(/^\s+([^\s/=][^=]*?) = /gm)].map((m) => m[1]);
      expect(members).toEqual(spec.components.schemas[catalogue]['x-enum-varnames']);
    });

    it('@redocly/cli: the published bundle passes recommended-strict with zero problems', () => {
      const dir = path.join(outRoot, `redocly-${slug}`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'redocly.yaml'), 'telemetry: off\nextends:\n  - recommended-strict\n');
      const bundle = require.resolve(`@marginkit/spec/${slug}.openapi.json`);
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/redocly.mjs'), 'lint', bundle, '--config', path.join(dir, 'redocly.yaml'), '--format', 'stylish'], { cwd: dir, encoding: 'utf8' });
      const output = `${result.stdout}${result.stderr}`;
      expect(output).toMatch(/Your API description is valid/);
      expect(output).not.toMatch(/warning/i);
      expect(result.status).toBe(0);
    });

    it('@exodus/schemasafe: compiled validators accept every documented example', () => {
      const compile = compileFor(spec, slug);
      const cases = documentedExamples(spec);
      const rejected = cases.flatMap((c) => {
        const validate = compile(c.schema);
        return validate(c.value as never) ? [] : [`${c.label}: ${JSON.stringify(validate.errors)}`];
      });
      expect(rejected).toEqual([]);
      expect(cases.length).toBeGreaterThan(100);
    });
  });
}

describe('recvWindow in a third-party validator (@exodus/schemasafe)', () => {
  const sapi = compileFor(loadBundledSpecForValidation('margin'), 'margin')({ $ref: '#/components/schemas/RecvWindow' });
  const papi = compileFor(loadBundledSpecForValidation('portfolio-margin'), 'portfolio-margin')({ $ref: '#/components/schemas/RecvWindow' });
  it('SAPI accepts 6000.346 (as it travels, decimal text) and whole milliseconds; rejects a fourth decimal and more than 60000', () => {
    expect(['6000.346', '59999.999', 5000, 60000].map((v) => sapi(v))).toEqual([true, true, true, true]);
    expect(['6000.3461', '60000.001', 60001, 0].map((v) => sapi(v))).toEqual([false, false, false, false]);
  });
  it('PAPI takes whole milliseconds only', () => {
    expect([5000, 60000].map((v) => papi(v))).toEqual([true, true]);
    expect(['6000.346', 6000.346, 60001].map((v) => papi(v))).toEqual([false, false, false]);
  });
});

describe('the checks bite', () => {
  it('a renamed duplicate or a prose name in the error catalogue is reported, a broken example is rejected', async () => {
    const spec = loadBundledSpecForValidation('margin');
    const names: string[] = spec.components.schemas.MarginErrorCode['x-enum-varnames'];
    names[names.indexOf('SERVER_BUSY_1008')] = 'SERVER_BUSY';
    names[names.indexOf('NOT_FOUND_AUTHENTICATED_OR_AUTHORIZED')] = 'Not found, authenticated, or authorized';
    const dir = path.join(outRoot, 'broken-margin');
    await generate(structuredClone(spec), dir);
    const problems = identifierProblems(spec, dir, 'MarginErrorCode');
    expect(problems.some((p) => /named SERVER_BUSY SERVER_BUSY2/.test(p))).toBe(true);
    expect(problems.some((p) => /'NOT_FOUND,_AUTHENTICATED,_OR_AUTHORIZED' is not an UPPER_SNAKE identifier/.test(p))).toBe(true);

    const validate = compileFor(spec, 'margin')({ $ref: '#/components/schemas/MarginOrder' });
    const example = resolveRef(spec, spec.paths['/sapi/v1/margin/order'].get.responses['200']).content['application/json'].examples.restingLimit.value;
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, price: 0.0049363 })).toBe(false);
  });

  it('an unresolved reference makes the structural validator fail', async () => {
    const spec = loadBundledSpecForValidation('portfolio-margin');
    spec.paths['/papi/v1/ping'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Missing' };
    const result = await new Validator().validate(spec);
    expect([result.valid, String(result.errors)]).toEqual([false, "Can't resolve #/components/schemas/Missing"]);
  });
});

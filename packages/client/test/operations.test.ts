import fs from 'node:fs';
import { createRequire } from 'node:module';
import { stringifyLossless, parseLossless } from '@marginkit/core';
import type { OperationMeta, ParamCondition, ParamMeta } from '@marginkit/spec';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarginClient, createPortfolioMarginClient } from '../src/index.js';
import * as marginModule from '../src/margin.js';
import * as portfolioModule from '../src/portfolio-margin.js';
import { BinanceDouble, requireValidSignature } from './support/binance-double.js';

const require = createRequire(import.meta.url);
const bundled = (slug: string) => parseLossless(fs.readFileSync(require.resolve(`@marginkit/spec/${slug}.openapi.json`), 'utf8')) as any;

/** A value Binance would accept for a parameter of this kind. */
function sample(name: string, param: ParamMeta): unknown {
  switch (param.kind) {
    case 'decimal':
      return '1.5';
    case 'int64':
      return 9007199254740993n;
    case 'integer':
    case 'number':
      return param.minimum ?? 1;
    case 'timestamp':
      return 1_700_000_000_000;
    case 'boolean':
      return false;
    case 'booleanString':
      return param.spelling?.[1];
    case 'enum':
      return param.values?.[0];
    case 'string':
      return name === 'asset' ? 'BTC' : name === 'symbol' ? 'BTCUSDC' : 'value-1';
  }
}

/** The smallest parameter set that satisfies the operation's required parameters and its parameter rules. */
function minimalParams(meta: OperationMeta): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(meta.params)) {
    if (param.required && name !== 'timestamp') params[name] = sample(name, param);
  }
  // Type-dependent rules hold only under their condition (e.g. LIMIT needs price): add what the condition asks for.
  const holds = (when: ParamCondition) => ('in' in when ? when.in.includes(String(params[when.param] ?? meta.params[when.param]?.default)) : 'present' in when ? when.param in params : !(when.param in params));
  for (const rule of meta.rules) {
    if (rule.kind === 'atLeastOne' && (!rule.when || holds(rule.when)) && !rule.params.some((p) => p in params)) params[rule.params[0]!] = sample(rule.params[0]!, meta.params[rule.params[0]!]!);
    if (rule.kind === 'requiredWhen' && holds(rule.when) && !(rule.param in params)) params[rule.param] = sample(rule.param, meta.params[rule.param]!);
  }
  return params;
}

function firstSuccessExample(doc: any, meta: OperationMeta): unknown {
  const operation = doc.paths[meta.path][meta.method.toLowerCase()];
  const status = Object.keys(operation.responses).find((s) => /^2/.test(s))!;
  const examples = operation.responses[status].content['application/json'].examples;
  return Object.values<any>(examples)[0].value;
}

/** Every decoded field reachable in `value` following the field map must have its decoded type. */
function checkDecoded(value: unknown, map: Record<string, unknown>, path: string, found: string[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkDecoded(v, map, `${path}[${i}]`, found));
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  // `*` stands for every key of a map keyed by data (symbol → indicators).
  const entries = Object.entries(map).flatMap(([key, codec]) => (key === '*' ? Object.keys(record).filter((k) => !(k in map)).map((k) => [k, codec] as const) : [[key, codec] as const]));
  for (const [key, codec] of entries) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof codec === 'string') {
      const ok = codec.endsWith('Int64') || codec === 'int64' ? typeof field === 'bigint' : Decimal.isDecimal(field);
      if (!ok) throw new Error(`${path}.${key} should be decoded as ${codec}, got ${typeof field} ${String(field)}`);
      found.push(`${path}.${key}`);
    } else checkDecoded(field, codec as Record<string, unknown>, `${path}.${key}`, found);
  }
  // `*`: every other key of a map object (asset → amount).
  const every = map['*'];
  if (every === undefined) return;
  const others = Object.fromEntries(Object.keys(value).filter((k) => !(k in map)).map((k) => [k, every]));
  checkDecoded(value, others, path, found);
}

describe.each([
  ['margin', marginOperations, createMarginClient, marginModule],
  ['portfolio-margin', portfolioMarginOperations, createPortfolioMarginClient, portfolioModule],
] as const)('%s: every operation of the spec', (slug, operations, create, module) => {
  const doc = bundled(slug);
  const double = new BinanceDouble({ apiKey: 'key', hmacSecret: 'secret' });
  beforeAll(() => double.start());
  afterAll(() => double.stop());
  const metas = Object.values(operations) as OperationMeta[];

  it('is a method of the client and a standalone function of the module', () => {
    const client = create({ apiKey: 'key', apiSecret: 'secret' }) as unknown as Record<string, unknown>;
    for (const meta of metas) {
      expect(typeof client[meta.operationId], meta.operationId).toBe('function');
      expect(typeof (module as Record<string, unknown>)[meta.operationId], meta.operationId).toBe('function');
    }
    const specOperations = Object.values<Record<string, unknown>>(doc.paths).reduce((n, item) => n + ['get', 'post', 'put', 'delete'].filter((m) => item[m]).length, 0);
    expect(metas.length).toBe(specOperations);
    expect(metas.length).toBe(slug === 'margin' ? 66 + 1 : 109);
  });

  it.each(metas.map((m) => [m.operationId, m] as const))('%s: sent as the spec says and decoded from its documented answer', async (operationId, meta) => {
    double.reset();
    double.on(requireValidSignature);
    double.on((r) => (r.path === meta.path ? { body: stringifyLossless(firstSuccessExample(doc, meta)) } : undefined));
    const client = create({ apiKey: 'key', apiSecret: 'secret', baseUrl: double.url }) as unknown as Record<string, (p: unknown) => Promise<unknown>>;
    const result = await client[operationId]!(minimalParams(meta));
    const [request] = double.received;
    expect(request!.method).toBe(meta.method);
    expect(request!.path).toBe(meta.path);
    expect(request!.headers['x-mbx-apikey']).toBe(meta.apiKey ? 'key' : undefined);
    expect(request!.signatureValid).toBe(meta.signed ? true : undefined);
    const sentIn = meta.paramsIn === 'body' ? request!.body : request!.query;
    const otherPlace = meta.paramsIn === 'body' ? request!.query : request!.body;
    expect(otherPlace).toBe('');
    if (meta.signed) expect(sentIn).toMatch(/timestamp=\d+&recvWindow=5000&signature=[0-9a-f]{64}$/);
    const found: string[] = [];
    checkDecoded(result, meta.response.fields as Record<string, unknown>, '$', found);
    if (Object.keys(meta.response.fields).length) expect(found.length, 'the example exercises the decoder').toBeGreaterThan(0);
  });
});

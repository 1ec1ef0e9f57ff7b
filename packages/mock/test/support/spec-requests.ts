/**
 * Requests built from the bundled spec, for the fuzz and the parameter tests: for every operation, bases that
 * satisfy its schema and its `x-binance-param-rules` (the request examples of POST operations, and for the others
 * the required parameters plus what the rules ask for), valid values for each parameter's schema, signing, and
 * the error-code catalogue of each API. Read from the published JSON documents, not from the mock's own copy.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseLossless } from '@marginkit/core';
import type { ApiId, OperationMeta, ParamCondition } from '@marginkit/spec';
import { DEMO_ACCOUNT, DEMO_PRICES, servedOperations, type MockRequest } from '../../src/index.js';

const require = createRequire(import.meta.url);

export const docs: Record<ApiId, any> = {
  margin: parseLossless(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8')),
  portfolioMargin: parseLossless(readFileSync(require.resolve('@marginkit/spec/portfolio-margin.openapi.json'), 'utf8')),
};

/** The same documents read with JSON.parse, for Ajv (which needs plain numbers). */
export const plainDocs: Record<ApiId, any> = {
  margin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8')),
  portfolioMargin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/portfolio-margin.openapi.json'), 'utf8')),
};

export function resolve(doc: any, node: any): any {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((value: any, key: string) => value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}

/** Every code an API documents (its `*ErrorCode` catalogue). */
export function catalogue(api: ApiId): ReadonlySet<number> {
  const name = api === 'margin' ? 'MarginErrorCode' : 'PortfolioMarginErrorCode';
  return new Set((docs[api].components.schemas[name].enum as (number | bigint)[]).map(Number));
}

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  text(alphabet: string, min: number, max: number): string {
    let out = '';
    for (let i = this.int(min, max); i > 0; i--) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

export interface ParamSpec {
  readonly name: string;
  readonly required: boolean;
  /** The parameter's schema, resolved. */
  readonly schema: any;
  /** The component the schema refers to (`SymbolParam`, `Int64Param`, ...), if any. */
  readonly ref?: string;
  /** A documented example value (query parameters). */
  readonly example?: unknown;
}

export interface OpSpec {
  readonly meta: OperationMeta;
  readonly key: string;
  readonly params: readonly ParamSpec[];
  /** Consistent parameter sets: the request examples, else required parameters plus what the rules need. */
  readonly bases: readonly Map<string, string>[];
}

function paramSpecs(api: ApiId, meta: OperationMeta): ParamSpec[] {
  const doc = docs[api];
  const operation = doc.paths[meta.path][meta.method.toLowerCase()];
  const out: ParamSpec[] = [];
  if (meta.paramsIn === 'body') {
    const schema = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
    for (const [name, raw] of Object.entries<any>(schema?.properties ?? {})) {
      out.push({ name, required: (schema.required ?? []).includes(name), schema: resolve(doc, raw), ref: raw.$ref?.split('/').pop() });
    }
  } else {
    for (const p of operation.parameters ?? []) {
      const param = resolve(doc, p);
      if (param.in !== 'query') continue;
      out.push({ name: param.name, required: !!param.required, schema: resolve(doc, param.schema), ref: param.schema.$ref?.split('/').pop(), example: param.example });
    }
  }
  return out;
}

const SIGNING = new Set(['timestamp', 'recvWindow']);

function text(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function holds(meta: OperationMeta, params: Map<string, string>, cond: ParamCondition): boolean {
  if ('in' in cond) {
    const value = params.get(cond.param) ?? (meta.params[cond.param]?.default !== undefined ? String(meta.params[cond.param]!.default) : undefined);
    return value !== undefined && cond.in.includes(value);
  }
  if ('absent' in cond) return !params.has(cond.param);
  return params.has(cond.param);
}

/** Required parameters, then what the spec's rules ask for, with example or generated values. */
function ruleBase(op: { meta: OperationMeta; params: readonly ParamSpec[] }, rng: Rng): Map<string, string> {
  const { meta } = op;
  const byName = new Map(op.params.map((p) => [p.name, p]));
  const value = (name: string) => {
    const p = byName.get(name)!;
    return p.example !== undefined ? text(p.example) : validValue(meta.api, p, rng);
  };
  const params = new Map<string, string>();
  for (const p of op.params) if (p.required && !SIGNING.has(p.name)) params.set(p.name, value(p.name));
  for (let pass = 0; pass < 3; pass++) {
    for (const rule of meta.rules) {
      if (rule.kind === 'atLeastOne' && !rule.params.some((n) => params.has(n))) params.set(rule.precedence ?? rule.params[0]!, value(rule.precedence ?? rule.params[0]!));
      if (rule.kind === 'requires' && params.has(rule.param)) for (const r of rule.requires) if (!params.has(r)) params.set(r, value(r));
      if (rule.kind === 'requiredWhen' && !params.has(rule.param) && holds(meta, params, rule.when)) params.set(rule.param, value(rule.param));
      if (rule.kind === 'forbiddenWhen' && params.has(rule.param) && holds(meta, params, rule.when) && !byName.get(rule.param)!.required) params.delete(rule.param);
      if (rule.kind === 'exclusive' && params.has(rule.param)) for (const e of rule.excludes) if (!byName.get(e)?.required) params.delete(e);
    }
  }
  return params;
}

let cache: OpSpec[] | undefined;

/** Every served operation with its parameters and base requests. */
export function operations(): OpSpec[] {
  if (cache) return cache;
  const rng = new Rng(1);
  cache = servedOperations().map((meta) => {
    const params = paramSpecs(meta.api, meta);
    const bases: Map<string, string>[] = [];
    const operation = docs[meta.api].paths[meta.path][meta.method.toLowerCase()];
    const examples = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.examples ?? {};
    for (const raw of Object.values<any>(examples)) {
      const example = resolve(docs[meta.api], raw).value ?? {};
      bases.push(new Map(Object.entries(example).filter(([k]) => !SIGNING.has(k)).map(([k, v]) => [k, text(v)])));
    }
    if (bases.length === 0 || meta.paramsIn === 'query') bases.push(ruleBase({ meta, params }, rng));
    return { meta, key: `${meta.api}.${meta.operationId}`, params, bases };
  });
  return cache;
}

const SAPI_SYMBOLS = Object.keys(DEMO_PRICES);
const PAPI_SYMBOLS = SAPI_SYMBOLS;
const ASSETS = ['BTC', 'ETH', 'USDT', 'USDC', 'BNB', 'LTC'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const CLIENT_ID = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
const FUTURES_CLIENT_ID = `${CLIENT_ID}.:/`;

/** A random decimal text with at most 8 fraction digits (Binance's precision), never zero. */
export function decimalText(rng: Rng, maxInteger = 5): string {
  const integer = rng.text('0123456789', 1, maxInteger).replace(/^0+(?=\d)/, '');
  const fraction = rng.chance(0.6) ? rng.text('0123456789', 1, 8) : '';
  const out = fraction ? `${integer}.${fraction}` : integer;
  return /^[0.]+$/.test(out) ? '1' : out;
}

/** A value valid for a parameter's schema (enums keep to their values). */
export function validValue(api: ApiId, p: ParamSpec, rng: Rng, now = Date.now()): string {
  const s = p.schema;
  switch (p.ref) {
    case 'SymbolParam':
      return rng.chance(0.9) ? rng.pick(api === 'margin' ? SAPI_SYMBOLS : PAPI_SYMBOLS) : `${rng.text(UPPER, 2, 8)}USDT`;
    case 'AssetParam':
      return rng.chance(0.9) ? rng.pick(ASSETS) : rng.text(UPPER, 2, 10);
    case 'ClientOrderIdParam':
      return rng.text(CLIENT_ID, 1, 36);
    case 'FuturesClientIdParam':
    case 'FuturesClientId32Param':
      return rng.text(FUTURES_CLIENT_ID, 1, Number(s.maxLength));
    case 'Int64Param':
      return rng.chance(0.8) ? String(rng.int(0, 1e12)) : (9223372036854775807n - BigInt(rng.int(0, 1e9))).toString();
  }
  if (Array.isArray(s.enum)) return text(rng.pick(s.enum));
  // A pattern the generator cannot invert (a PEM key, an address list): one of the schema's examples.
  if (typeof s.pattern === 'string' && Array.isArray(s.examples) && s.examples.length > 0) return text(rng.pick(s.examples));
  if (s.format === 'decimal') return decimalText(rng);
  if (s.format === 'unix-time') return String(now - rng.int(0, 3 * 86_400_000));
  if (s.format === 'int64') return String(rng.int(0, 1e12));
  if (s.type === 'integer') return String(rng.int(s.minimum ?? 0, s.maximum ?? (s.minimum ?? 0) + 1000));
  if (s.type === 'number') return String(rng.int(1, Number(s.maximum ?? 1000)));
  if (s.type === 'boolean') return rng.pick(['true', 'false', 'TRUE', 'False']);
  if (p.name === 'symbols') return Array.from({ length: rng.int(1, 5) }, () => rng.pick(SAPI_SYMBOLS)).join(',');
  // Comma-separated asset lists (`next-hourly-interest-rate` assets, up to 20; `exchange-small-liability` assetNames, up to 10).
  if (p.name === 'assets' || p.name === 'assetNames') return Array.from({ length: rng.int(1, p.name === 'assets' ? 5 : 3) }, () => rng.pick(ASSETS)).join(',');
  // An id sent as a digit string (PAPI `downloadId`).
  if (s.pattern === '^[0-9]{1,20}$') return String(rng.int(0, 1e12));
  return rng.text(CLIENT_ID, 1, 20);
}

export function encodePairs(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export interface BuiltRequest {
  /** The query string without `?`, raw (already encoded). */
  query: string;
  /** The form body, raw (already encoded). */
  body: string;
  headers: Record<string, string>;
}

/** Appends `timestamp` and a valid HMAC signature of query + body to the part that ends the payload. */
export function sign(req: BuiltRequest, secret: string = DEMO_ACCOUNT.apiSecret, where: 'query' | 'body' = req.body ? 'body' : 'query'): BuiltRequest {
  const signature = createHmac('sha256', secret).update(req.query + req.body).digest('hex');
  if (where === 'body') return { ...req, body: `${req.body}${req.body ? '&' : ''}signature=${signature}` };
  return { ...req, query: `${req.query}${req.query ? '&' : ''}signature=${signature}` };
}

export function toMockRequest(meta: OperationMeta, req: BuiltRequest): MockRequest {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method: meta.method,
    url: req.query ? `${meta.path}?${req.query}` : meta.path,
    header: (name) => headers[name.toLowerCase()],
    body: req.body,
  };
}

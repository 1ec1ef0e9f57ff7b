/**
 * The spec-driven fuzz: requests for every operation of both APIs, built from the spec (see spec-requests.ts),
 * either valid (values re-drawn within their schemas, parameters split between query and body) or with one
 * mutation (types, missing, empty and duplicate parameters, enums, lengths, unicode, NUL bytes, exponents,
 * ranges, signatures, timestamps, API keys), sent through the mock's pipeline. Each answer is judged: no 5xx, no
 * crash, every refusal a Binance `{code,msg}` of the API's catalogue with a code the mutation calls for, every
 * valid request accepted (no validation code), every answer valid against its response schema.
 */
import { parseLossless } from '@marginkit/core';
import { createSpecValidator } from '@marginkit/spec/ajv';
import type { ApiId } from '@marginkit/spec';
import { D } from '../../src/decimal.js';
import { DEMO_ACCOUNT, MockCore } from '../../src/index.js';
import { SAPI_CODES_OUTSIDE_CATALOGUE } from './error-paths-sapi-breadth.js';
import { Rng, catalogue, decimalText, encodePairs, operations, plainDocs, resolve, sign, toMockRequest, validValue, type BuiltRequest, type OpSpec, type ParamSpec } from './spec-requests.js';

/** Codes that say the request's form was wrong: a valid request must never get one. */
const VALIDATION_CODES = new Set([-1021, -1022, -1023, -1100, -1101, -1102, -1104, -1105, -1106, -1111, -1115, -1116, -1117, -1127, -1128, -1130, -1131, -1136, -2014, -2015]);
const ENUM_CODES = [-1115, -1116, -1117, -1130, -1136];
/**
 * Refusals that depend on the account's state although their code is a validation one: a special key the
 * account does not hold is -1130 on `apiKey` or `apiName` (the request's form is fine; the key is unknown).
 */
const STATE_REFUSALS: Record<string, RegExp> = {
  'margin.getMarginSpecialKey': /^Data sent for parameter 'apiKey' is not valid\.$/,
  'margin.deleteMarginSpecialKey': /^Data sent for parameter '(apiKey|apiName)' is not valid\.$/,
  'margin.editMarginSpecialKeyIp': /^Data sent for parameter 'apiKey' is not valid\.$/,
};

function validationRefusal(op: OpSpec, body: any): boolean {
  if (!body || !VALIDATION_CODES.has(body.code)) return false;
  return !(body.code === -1130 && STATE_REFUSALS[op.key]?.test(body.msg));
}
const NUMBER_CODES = [-1100, -1130];

export interface FuzzStats {
  requests: number;
  valid: number;
  validAccepted: number;
  invalid: number;
  byMutation: Record<string, number>;
  byStatus: Record<string, number>;
  codes: Record<ApiId, Record<string, number>>;
}

export interface FuzzResult {
  stats: FuzzStats;
  findings: string[];
  /** Base requests that the mock refuses with a validation code (they must be fixed first). */
  badBases: string[];
}

interface Candidate {
  name: string;
  /** Codes the answer must carry; undefined: any refusal of the catalogue. */
  expect?: readonly number[];
  params: [string, string][];
  /** Raw text appended to the query (already encoded), for broken escapes. */
  rawQuery?: string;
  /** Build options. */
  signature?: 'ok' | 'wrong' | 'none' | 'notLast';
  timestamp?: string | null;
  apiKey?: string | null;
  contentType?: string;
  placement?: 'default' | 'query' | 'split';
}

const SIGNING = new Set(['timestamp', 'recvWindow']);

function recvWindowFor(api: ApiId, rng: Rng): string {
  return api === 'margin' && rng.chance(0.5) ? `${rng.int(1, 59_999)}.${rng.int(0, 999)}` : String(rng.int(1, 60_000));
}

/** The request's parameter values re-drawn within their schemas (enums kept: rules depend on them). */
function revalued(op: OpSpec, base: Map<string, string>, rng: Rng, now: number): [string, string][] {
  const out = new Map(base);
  const byName = new Map(op.params.map((p) => [p.name, p]));
  for (const [name] of base) {
    const p = byName.get(name);
    if (!p || Array.isArray(p.schema.enum) || p.schema.type === 'boolean' || name === 'listenKey' || name === 'symbols') continue;
    if (p.ref === 'SymbolParam' || p.ref === 'AssetParam') {
      // Keep pairings the examples rely on (an asset of the isolated pair) half of the time.
      if (rng.chance(0.5)) continue;
    }
    if (p.schema.format === 'decimal') {
      out.set(name, decimalText(rng, name === 'price' || name === 'stopPrice' || name === 'stopLimitPrice' ? 5 : 2));
      continue;
    }
    if (p.schema.format === 'unix-time') continue;
    out.set(name, validValue(op.meta.api, p, rng, now));
  }
  const interval = op.meta.rules.find((r) => r.kind === 'maxInterval');
  if (out.has('startTime') || out.has('endTime')) {
    const span = interval?.kind === 'maxInterval' ? interval.ms : 7 * 86_400_000;
    const start = now - rng.int(0, Math.floor(span / 2));
    if (out.has('startTime')) out.set('startTime', String(start));
    if (out.has('endTime')) out.set('endTime', String(out.has('startTime') ? start + rng.int(0, Math.floor(span / 2)) : now - rng.int(0, 86_400_000)));
  }
  // Optional parameters no rule speaks of may be added freely (order calls excepted: their rules depend on type).
  if (op.meta.orderCount === 0) {
    const ruled = mentioned(op);
    for (const p of op.params) {
      if (p.required || out.has(p.name) || SIGNING.has(p.name) || ruled.has(p.name) || p.schema.format === 'unix-time' || !rng.chance(0.3)) continue;
      out.set(p.name, validValue(op.meta.api, p, rng, now));
    }
  }
  const pairs = [...out];
  if (op.meta.signed && rng.chance(0.2)) pairs.push(['recvWindow', recvWindowFor(op.meta.api, rng)]);
  return pairs;
}

/** Parameters any of the operation's rules (or conditional weights) speak of. */
function mentioned(op: OpSpec): Set<string> {
  const names = new Set<string>();
  for (const r of op.meta.rules as readonly Record<string, unknown>[]) {
    for (const v of Object.values(r)) {
      if (typeof v === 'string') {
        names.add(v);
      } else if (Array.isArray(v)) {
        for (const x of v) if (typeof x === 'string') names.add(x);
      } else if (v && typeof v === 'object' && typeof (v as { param?: unknown }).param === 'string') {
        names.add((v as { param: string }).param);
      }
    }
  }
  return names;
}

function paramOf(op: OpSpec, name: string): ParamSpec | undefined {
  return op.params.find((p) => p.name === name);
}

/** One mutation of a valid request, with the codes Binance answers for it. */
function mutate(op: OpSpec, valid: [string, string][], rng: Rng): Candidate {
  const { meta } = op;
  const present = valid.filter(([k]) => !SIGNING.has(k));
  const pick = <T>(items: T[]) => (items.length ? rng.pick(items) : undefined);
  /** A parameter set to `value`: replaced where present, else added (its schema is checked before any rule). */
  const replace = (name: string, value: string) =>
    valid.some(([k]) => k === name) ? valid.map(([k, v]) => [k, k === name ? value : v] as [string, string]) : [...valid, [name, value] as [string, string]];
  /** Present parameters, and the operation's other parameters too, for mutations of a value's form. */
  const any = op.params.filter((p) => !SIGNING.has(p.name)).map((p) => [p.name, valid.find(([k]) => k === p.name)?.[1] ?? ''] as [string, string]);
  const choices: (() => Candidate | undefined)[] = [
    () => ({ name: 'unknown parameter', expect: [-1104], params: [...valid, [rng.pick(['colour', 'qty', 'Symbol', 'orderid']), '1']] }),
    () => {
      const p = pick(present);
      return p && { name: 'duplicate parameter', expect: [-1101], params: [...valid, p] };
    },
    () => {
      const p = pick(present.filter(([k]) => paramOf(op, k)?.required));
      return p && { name: 'missing mandatory parameter', expect: [-1102], params: valid.filter(([k]) => k !== p[0]) };
    },
    () => {
      const p = pick(present);
      return p && { name: 'empty parameter', expect: [paramOf(op, p[0])?.required ? -1102 : -1105], params: replace(p[0], '') };
    },
    () => {
      const p = pick(any.filter(([k]) => Array.isArray(paramOf(op, k)?.schema.enum)));
      const sent = p?.[1] || 'TRUE';
      // A numeric enum (`maxLeverage: 3 | 5`) reads its text as a number first: non-digits are -1100.
      const numeric = paramOf(op, p?.[0] ?? '')?.schema.type === 'integer';
      return p && { name: 'bad enum value', expect: numeric ? [...ENUM_CODES, -1100] : ENUM_CODES, params: replace(p[0], rng.pick(['FOO', `${sent.toLowerCase()}x`, 'BUY ', 'ÄÖ', 'GTC\u0000', `${sent}${sent}`])) };
    },
    () => {
      const p = pick(any.filter(([k]) => /decimal|int64|unix-time/.test(paramOf(op, k)?.schema.format ?? '') || paramOf(op, k)?.schema.type === 'integer'));
      return p && { name: 'bad number', expect: NUMBER_CODES, params: replace(p[0], rng.pick(['abc', '1e5', '1E-3', '-5', ' 1', '0x1F', '1,5', '∞', 'NaN', '1.2.3', '٣'])) };
    },
    () => {
      const p = pick(any.filter(([k]) => paramOf(op, k)?.ref === 'Int64Param'));
      return p && { name: 'int64 out of range', expect: [-1100], params: replace(p[0], rng.pick(['9223372036854775808', '99999999999999999999', '-1', '18446744073709551615'])) };
    },
    () => {
      const p = pick(any.filter(([k]) => paramOf(op, k)?.schema.type === 'integer' && paramOf(op, k)?.schema.format !== 'int64' && paramOf(op, k)?.schema.maximum !== undefined));
      return p && { name: 'integer out of range', expect: [-1130], params: replace(p[0], String(Number(paramOf(op, p[0])!.schema.maximum) + rng.int(1, 1000))) };
    },
    () => {
      const p = pick(any.filter(([k]) => paramOf(op, k)?.schema.pattern && paramOf(op, k)?.schema.type === 'string'));
      const max = Number(paramOf(op, p?.[0] ?? '')?.schema.maxLength ?? 100);
      const due = paramOf(op, p?.[0] ?? '')?.ref ? [-1100] : [-1130];
      return p && { name: 'long string', expect: due, params: replace(p[0], 'A'.repeat(rng.pick([max + 1, 1000, 20_000]))) };
    },
    () => {
      const p = pick(any.filter(([k]) => paramOf(op, k)?.schema.pattern && paramOf(op, k)?.schema.type === 'string'));
      return p && { name: 'unicode or NUL in a string', expect: paramOf(op, p[0])?.ref ? [-1100] : [-1130], params: replace(p[0], rng.pick(['BTCÜSDT', 'ÄÖ€', 'BTC\u0000', '\u0000', 'BTC USDT', '😀', 'btc\u202eusdt'])) };
    },
    () => {
      const p = pick(present);
      return p && { name: 'broken percent escape', expect: [-1100], params: valid.filter(([k]) => k !== p[0]), rawQuery: `${encodeURIComponent(p[0])}=${rng.pick(['%ZZ', '%', '%E0%A4%A', 'a%2'])}` };
    },
  ];
  if (meta.signed) {
    choices.push(
      () => ({ name: 'wrong signature', expect: [-1022], params: valid, signature: 'wrong' }),
      () => ({ name: 'signature not last', expect: [-1022], params: valid, signature: 'notLast' }),
      () => ({ name: 'no signature', expect: [-1102], params: valid, signature: 'none' }),
      () => ({ name: 'no timestamp', expect: [-1102], params: valid, timestamp: null }),
      () => ({ name: 'timestamp too old', expect: [-1021], params: valid, timestamp: 'old' }),
      () => ({ name: 'timestamp ahead', expect: [-1021], params: valid, timestamp: 'ahead' }),
      () => ({ name: 'timestamp not a number', expect: [-1100], params: valid, timestamp: rng.pick(['abc', '1e12', '-1', '12345678901234567']) }),
      () => ({ name: 'recvWindow above 60000', expect: [meta.timing?.recvWindowTooLargeCode ?? -1131], params: [...valid.filter(([k]) => k !== 'recvWindow'), ['recvWindow', String(rng.int(60_001, 10_000_000))]] }),
    );
  }
  if (meta.apiKey) {
    choices.push(
      () => ({ name: 'no API key', expect: [-2014], params: valid, apiKey: null }),
      () => ({ name: 'unknown API key', expect: [-2015], params: valid, apiKey: rng.pick(['nobody', DEMO_ACCOUNT.apiKey.toUpperCase(), `${DEMO_ACCOUNT.apiKey}x`]) }),
      () => ({ name: 'API key with a space', expect: [-2014], params: valid, apiKey: 'has space' }),
    );
  }
  if (meta.signed && meta.paramsIn === 'body') {
    choices.push(() => ({ name: 'body not form-encoded', expect: [-1102], params: valid, contentType: 'application/json' }));
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = rng.pick(choices)();
    if (candidate) return candidate;
  }
  return { name: 'unknown parameter', expect: [-1104], params: [...valid, ['colour', '1']] };
}

function build(op: OpSpec, c: Candidate, rng: Rng, now: number): BuiltRequest {
  const { meta } = op;
  const pairs = [...c.params];
  if (meta.signed && c.timestamp !== null) {
    const ts = c.timestamp === 'old' ? String(now - 70_000) : c.timestamp === 'ahead' ? String(now + rng.int(1_000, 100_000)) : (c.timestamp ?? String(now));
    pairs.push(['timestamp', ts]);
  }
  const headers: Record<string, string> = {};
  if (meta.apiKey && c.apiKey !== null) headers['X-MBX-APIKEY'] = c.apiKey ?? DEMO_ACCOUNT.apiKey;
  let query: [string, string][] = [];
  let body: [string, string][] = [];
  const placement = meta.paramsIn === 'query' ? 'query' : (c.placement ?? 'default');
  if (placement === 'query') query = pairs;
  else if (placement === 'split') {
    // Parameters may travel in both parts; the signature covers query + body.
    const cut = rng.int(0, pairs.length);
    query = pairs.slice(0, cut);
    body = pairs.slice(cut);
  } else body = pairs;
  if (body.length || meta.paramsIn === 'body') headers['Content-Type'] = c.contentType ?? 'application/x-www-form-urlencoded';
  let req: BuiltRequest = { query: encodePairs(query), body: encodePairs(body), headers };
  if (c.rawQuery) req.query = req.query ? `${req.query}&${c.rawQuery}` : c.rawQuery;
  if (meta.signed && c.signature !== 'none') {
    if (c.signature === 'wrong') req = sign(req, 'not-the-secret');
    else req = sign(req);
    if (c.signature === 'notLast') {
      if (req.body && req.body.includes('signature=')) req.body += '&zz=1';
      else req.query += '&zz=1';
    }
  }
  return req;
}

function statusSchema(api: ApiId, op: OpSpec, status: number): unknown {
  const doc = plainDocs[api];
  const responses = doc.paths[op.meta.path][op.meta.method.toLowerCase()].responses;
  const raw = responses[String(status)] ?? (status >= 200 && status < 300 ? undefined : undefined);
  if (!raw) return undefined;
  return resolve(doc, raw)?.content?.['application/json']?.schema;
}

export async function fuzz(seed: number, count: number, log: (line: string) => void = () => {}): Promise<FuzzResult> {
  const rng = new Rng(seed);
  const core = new MockCore({
    clock: { start: 1_700_000_000_000, frozen: true },
    rateLimits: { enabled: false },
    commissionRate: '0.001',
    ids: { tranId: '9223372032559000000', orderId: '9007199254740993' },
  });
  const ops = operations();
  const validators = { margin: createSpecValidator(plainDocs.margin, { closed: true }), portfolioMargin: createSpecValidator(plainDocs.portfolioMargin, { closed: true }) };
  const compiled = new Map<string, ReturnType<(typeof validators)['margin']['compile']> | null>();
  const validatorFor = (op: OpSpec, status: number) => {
    const key = `${op.key} ${status}`;
    if (!compiled.has(key)) {
      const schema = statusSchema(op.meta.api, op, status);
      compiled.set(key, schema ? validators[op.meta.api].compile(schema) : null);
    }
    return compiled.get(key)!;
  };
  const stats: FuzzStats = { requests: 0, valid: 0, validAccepted: 0, invalid: 0, byMutation: {}, byStatus: {}, codes: { margin: {}, portfolioMargin: {} } };
  const findings: string[] = [];
  const badBases: string[] = [];
  const finding = (text: string) => {
    if (findings.length < 200) findings.push(text);
  };

  const send = async (op: OpSpec, c: Candidate): Promise<{ status: number; text: string; body: any } | undefined> => {
    const now = core.now();
    const req = build(op, c, rng, now);
    stats.requests++;
    let res;
    try {
      res = await core.handle(toMockRequest(op.meta, req));
    } catch (error) {
      finding(`${op.key} [${c.name}] crashed: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      return undefined;
    }
    stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
    const where = `${op.key} [${c.name}] ${req.query.slice(0, 120)} | ${req.body.slice(0, 120)}`;
    if (res.status >= 500) finding(`${where}: ${res.status} ${res.body.slice(0, 200)}`);
    let body: any;
    try {
      body = parseLossless(res.body);
    } catch {
      finding(`${where}: answer is not JSON: ${res.body.slice(0, 200)}`);
      return undefined;
    }
    if (/"-?\d+(?:\.\d+)?[eE][+-]?\d+"|[:[,]-?\d+(?:\.\d+)?[eE]/.test(res.body)) finding(`${where}: a number with an exponent: ${res.body.slice(0, 200)}`);
    if (res.status >= 400) {
      const keys = body && typeof body === 'object' ? Object.keys(body) : [];
      if (keys.join() !== 'code,msg' || typeof body.code !== 'number' || typeof body.msg !== 'string') finding(`${where}: not a Binance error envelope: ${res.body.slice(0, 200)}`);
      else {
        stats.codes[op.meta.api][body.code] = (stats.codes[op.meta.api][body.code] ?? 0) + 1;
        const outside = op.meta.api === 'margin' && SAPI_CODES_OUTSIDE_CATALOGUE.includes(body.code);
        if (!catalogue(op.meta.api).has(body.code) && !outside) finding(`${where}: code ${body.code} is not in the ${op.meta.api} catalogue`);
      }
    }
    const validate = validatorFor(op, res.status);
    if (validate === null && res.status < 300) finding(`${where}: no response schema for status ${res.status}`);
    if (validate && !validate(JSON.parse(res.body))) finding(`${where}: answer ${res.status} breaks its response schema: ${JSON.stringify(validate.errors?.slice(0, 2))} in ${res.body.slice(0, 200)}`);
    return { status: res.status, text: res.body, body };
  };

  // Every base must be accepted (or refused for a business reason): the mutations rely on them.
  for (const op of ops) {
    for (const base of op.bases) {
      const res = await send(op, { name: 'base', params: [...base] });
      if (res && res.status >= 400 && validationRefusal(op, res.body)) {
        badBases.push(`${op.key} ${JSON.stringify([...base])}: ${res.text}`);
      }
    }
  }

  const symbols = Object.keys(core.prices());
  for (let i = 0; stats.requests < count; i++) {
    const op = ops[i % ops.length]!;
    const base = rng.pick(op.bases);
    const now = core.now();
    const valid = revalued(op, base, rng, now);
    if (rng.chance(0.35)) {
      const placement = op.meta.paramsIn === 'body' ? rng.pick(['default', 'query', 'split'] as const) : 'query';
      const res = await send(op, { name: `valid (${placement})`, params: valid, placement });
      stats.valid++;
      stats.byMutation.valid = (stats.byMutation.valid ?? 0) + 1;
      if (!res) continue;
      if (res.status < 300) stats.validAccepted++;
      else if (validationRefusal(op, res.body)) {
        finding(`${op.key} valid request refused: ${JSON.stringify(valid)} → ${res.text}`);
      }
    } else {
      const candidate = mutate(op, valid, rng);
      const res = await send(op, candidate);
      stats.invalid++;
      stats.byMutation[candidate.name] = (stats.byMutation[candidate.name] ?? 0) + 1;
      if (!res) continue;
      if (res.status < 400) finding(`${op.key} [${candidate.name}] accepted: ${JSON.stringify(candidate.params)} → ${res.text.slice(0, 200)}`);
      else if (candidate.expect && !candidate.expect.includes(res.body.code)) {
        finding(`${op.key} [${candidate.name}] answered ${res.body.code} (${res.body.msg}) where ${candidate.expect.join('/')} was due: ${JSON.stringify(candidate.params).slice(0, 300)}`);
      }
    }
    // The market and the clock move now and then: fills, triggers, interest, listen-key expiry.
    if (i % 97 === 0) {
      const symbol = rng.pick(symbols);
      core.setPrice(symbol, new D(core.prices()[symbol]!).mul(0.95 + rng.next() / 10).toDecimalPlaces(8).toFixed());
    }
    if (i % 211 === 0) core.advanceClock(rng.int(1, 90) * 60_000);
    if (i % 5000 === 0) log(`fuzz: ${stats.requests} requests`);
  }
  return { stats, findings, badBases };
}

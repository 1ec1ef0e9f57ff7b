/**
 * Every operation that carries `x-binance-param-rules` (not only the order calls of param-rules-agreement.test.ts):
 * for combinations of the parameters its rules name — each sent or left out, every value of an enum a condition
 * tests, and time windows that are reversed, exactly at the limit, one millisecond over and well inside — the client
 * either refuses before sending with the code the mock answers to the same parameters sent raw, or sends, and then
 * the mock answers no rule code either. Both sides read the rules from the spec; this proves neither adds a rule
 * of its own.
 */
import { createHmac } from 'node:crypto';
import { createMarginClient, createPortfolioMarginClient, ParameterError } from '@marginkit/client';
import { createMockFetch, DEMO_ACCOUNT } from '@marginkit/mock';
import type { OperationMeta, ParamCondition, ParamRule } from '@marginkit/spec';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { loadBundledSpecForValidation, resolveRef } from '../src/index.js';

type Params = Record<string, string>;

/** The codes a broken rule is answered with: the kinds' codes and every rule's own `error`. */
function ruleCodes(operations: readonly OperationMeta[]): Set<number> {
  const codes = new Set([-1102, -1106, -1127, -1128, -1023]);
  for (const op of operations) for (const rule of op.rules) if (rule.error) codes.add(rule.error.code);
  return codes;
}

/** Documented values of an operation's parameters: its request example, else each parameter's example. */
function documentedValues(doc: any, meta: OperationMeta): Params {
  const operation = doc.paths[meta.path][meta.method.toLowerCase()];
  const out: Params = {};
  for (const raw of operation.parameters ?? []) {
    const param = resolveRef(doc, raw);
    if (param.example !== undefined) out[param.name] = String(param.example);
  }
  const form = resolveRef(doc, operation.requestBody)?.content?.['application/x-www-form-urlencoded'];
  const example = Object.values<any>(form?.examples ?? {})[0];
  for (const [name, value] of Object.entries<unknown>(example ? resolveRef(doc, example).value : {})) out[name] = String(value);
  delete out.timestamp;
  delete out.recvWindow;
  delete out.signature;
  return out;
}

function fallbackValue(meta: OperationMeta, name: string, now: number): string {
  const param = meta.params[name]!;
  if (param.values?.length) return param.values[0]!;
  if (param.kind === 'timestamp') return String(now - 3_600_000);
  if (param.kind === 'decimal') return '1';
  if (param.kind === 'int64' || param.kind === 'integer') return String(param.minimum ?? 1);
  if (param.kind === 'boolean') return 'true';
  return name.toLowerCase().includes('symbol') ? (meta.api === 'margin' ? 'BTCUSDC' : 'BTCUSDT') : 'BTC';
}

function conditionsOf(rule: ParamRule): ParamCondition[] {
  return 'when' in rule && rule.when ? [rule.when] : [];
}

/** One dimension of the combinations: the alternatives for one parameter or one time window. */
type Dimension = readonly Params[];

function dimensions(meta: OperationMeta, values: Params, now: number): Dimension[] {
  const windows: { from: string; to: string; ms: number }[] = meta.rules.filter((r): r is Extract<ParamRule, { kind: 'maxInterval' }> => r.kind === 'maxInterval');
  // A window no rule bounds is still tried reversed: the side that refuses it must agree with the other.
  if (meta.params.startTime && meta.params.endTime && !windows.some((w) => w.from === 'startTime')) windows.push({ from: 'startTime', to: 'endTime', ms: 86_400_000 });
  const inWindow = new Set(windows.flatMap((w) => [w.from, w.to]));
  const named = new Set<string>();
  for (const rule of meta.rules) {
    if ('params' in rule) rule.params.forEach((p) => named.add(p));
    if ('param' in rule) named.add(rule.param);
    if ('requires' in rule) rule.requires.forEach((p) => named.add(p));
    if ('excludes' in rule) rule.excludes.forEach((p) => named.add(p));
    for (const c of conditionsOf(rule)) named.add(c.param);
  }
  for (const w of inWindow) named.delete(w);
  const out: Dimension[] = [];
  for (const name of named) {
    const param = meta.params[name]!;
    const tested = meta.rules.flatMap(conditionsOf).some((c) => c.param === name && 'in' in c);
    const alternatives = tested && param.values ? param.values : [values[name] ?? fallbackValue(meta, name, now)];
    out.push([{}, ...alternatives.map((v) => ({ [name]: v }))]);
  }
  for (const w of windows) {
    const from = now - 2 * w.ms;
    const spans = [-1000, 1000, w.ms - 1, w.ms, w.ms + 1];
    out.push([{}, { [w.from]: String(from) }, { [w.to]: String(from) }, ...spans.map((s) => ({ [w.from]: String(from), [w.to]: String(from + s) }))]);
  }
  return out;
}

/** Every combination of the dimensions, or an even sample of `cap` of them when there are more. */
function combinations(dims: Dimension[], cap: number): Params[] {
  const total = dims.reduce((n, d) => n * d.length, 1);
  const step = total > cap ? total / cap : 1;
  const out: Params[] = [];
  for (let k = 0; k < Math.min(total, cap); k++) {
    let index = Math.floor(k * step);
    const params: Params = {};
    for (const d of dims) {
      Object.assign(params, d[index % d.length]);
      index = Math.floor(index / d.length);
    }
    out.push(params);
  }
  return out;
}

async function checkApi(slug: 'margin' | 'portfolio-margin') {
  const doc = loadBundledSpecForValidation(slug);
  const operations = Object.values<OperationMeta>(slug === 'margin' ? marginOperations : portfolioMarginOperations).filter((op) => op.rules.length > 0 || (op.params.startTime && op.params.endTime));
  const codes = ruleCodes(operations);
  const mock = createMockFetch({ rateLimits: { enabled: false } });
  const base = slug === 'margin' ? 'https://api.binance.com' : 'https://papi.binance.com';
  let sent = 0;
  const options = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, baseUrl: base, retry: false as const, fetch: (url: string, init: Parameters<typeof mock>[1]) => (sent++, mock(url, init)) };
  const client = (slug === 'margin' ? createMarginClient(options) : createPortfolioMarginClient(options)) as unknown as Record<string, (p: Params) => Promise<unknown>>;

  async function raw(meta: OperationMeta, params: Params): Promise<{ status: number; code?: number }> {
    const payload = `${new URLSearchParams({ ...params, timestamp: String(mock.mock.now()) })}`;
    const signature = createHmac('sha256', DEMO_ACCOUNT.apiSecret).update(payload).digest('hex');
    const signed = `${payload}&signature=${signature}`;
    const inQuery = meta.paramsIn === 'query';
    const res = await mock(`${base}${meta.path}${inQuery ? `?${signed}` : ''}`, {
      method: meta.method,
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, ...(inQuery ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }) },
      ...(inQuery ? {} : { body: signed }),
    });
    const body = (await res.json()) as { code?: number };
    return { status: res.status, code: body.code };
  }

  const disagreements: string[] = [];
  let cases = 0;
  let refusedByRule = 0;
  const brokenKinds = new Set<string>();
  for (const meta of operations) {
    const values = documentedValues(doc, meta);
    const required = Object.fromEntries(Object.entries(meta.params).filter(([n, p]) => p.required && n !== 'timestamp').map(([n]) => [n, values[n] ?? fallbackValue(meta, n, mock.mock.now())]));
    for (const combo of combinations(dimensions(meta, values, mock.mock.now()), 400)) {
      const params = { ...required, ...combo };
      cases++;
      const before = sent;
      let clientCode: number | undefined;
      try {
        await client[meta.operationId]!(params);
      } catch (error) {
        if (error instanceof ParameterError) clientCode = error.code;
      }
      const refused = sent === before;
      const answer = await raw(meta, params);
      const ok = refused ? clientCode === answer.code && answer.status === 400 : !codes.has(answer.code ?? 0);
      if (refused && codes.has(clientCode ?? 0)) refusedByRule++;
      if (refused && ok && codes.has(clientCode ?? 0)) brokenKinds.add(meta.operationId);
      if (!ok) disagreements.push(`${meta.method} ${meta.path} ${new URLSearchParams(params)} → client ${refused ? clientCode : 'sent'}, mock ${answer.status} ${answer.code}`);
    }
  }
  return { operations: operations.length, unruled: operations.filter((op) => op.rules.length === 0).length, cases, refusedByRule, operationsRefusing: brokenKinds.size, disagreements };
}

describe('the client and the mock apply the same parameter rules on every operation that has them', () => {
  for (const slug of ['margin', 'portfolio-margin'] as const) {
    it(slug, async () => {
      const result = await checkApi(slug);
      expect(result.disagreements.slice(0, 30)).toEqual([]);
      // Every operation with rules had at least one combination refused by a rule on both sides.
      expect(result.operationsRefusing).toBe(result.operations - result.unruled);
      expect(result.refusedByRule).toBeGreaterThan(result.cases / 10);
      console.log(`${slug}: ${result.operations} operations, ${result.cases} combinations, ${result.refusedByRule} refused by a rule on both sides`);
    }, 600_000);
  }
});

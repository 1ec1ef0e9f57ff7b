/**
 * The `maxInterval` rules of both APIs, client against mock: for every operation that bounds a time window, a
 * window that ends before it starts and a window one millisecond too wide are refused by the client before
 * sending with the code the mock answers to the same parameters sent raw. (PAPI answers an inverted window
 * -1023 START_TIME_GREATER_THAN_END_TIME, SAPI -1127; a too-wide window is -1127 or, for windows of a day or
 * less, the mock's interval code.)
 */
import { createHmac } from 'node:crypto';
import { createMarginClient, createPortfolioMarginClient, ParameterError } from '@marginkit/client';
import { createMockFetch, DEMO_ACCOUNT } from '@marginkit/mock';
import type { OperationMeta } from '@marginkit/spec';
import * as marginMeta from '@marginkit/spec/margin';
import * as pmMeta from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { loadBundledSpec, operationsOf, resolveRef, type ApiSlug } from '../src/index.js';

type Params = Record<string, string>;
type IntervalRule = Extract<OperationMeta['rules'][number], { kind: 'maxInterval' }>;

const NOW = 1_700_000_000_000;

function isMeta(value: unknown): value is OperationMeta {
  return typeof value === 'object' && value !== null && 'operationId' in value && 'rules' in value && 'params' in value;
}

/** The operations with a `maxInterval` rule, each with the parameters of its documented example request. */
function intervalOperations(slug: ApiSlug, metas: Record<string, unknown>): { meta: OperationMeta; rule: IntervalRule; base: Params }[] {
  const doc = loadBundledSpec(slug);
  const examples = new Map<string, Params>();
  for (const { operation } of operationsOf(doc)) {
    const params: Params = {};
    for (const raw of operation.parameters ?? []) {
      const p = resolveRef(doc, raw);
      if (p.example !== undefined) params[p.name] = String(p.example);
    }
    const body = operation.requestBody && resolveRef(doc, operation.requestBody).content?.['application/x-www-form-urlencoded'];
    const example = body && Object.values<any>(body.examples ?? {})[0];
    if (example) for (const [k, v] of Object.entries<any>(resolveRef(doc, example).value)) params[k] = String(v);
    examples.set(operation.operationId, params);
  }
  const out = [];
  for (const meta of Object.values(metas).filter(isMeta)) {
    for (const rule of meta.rules) {
      if (rule.kind !== 'maxInterval') continue;
      const base: Params = {};
      const example = examples.get(meta.operationId) ?? {};
      // The example's required parameters only: optional ones could bring in other rules (fromId excludes times).
      for (const [name, p] of Object.entries(meta.params)) {
        if (p.required && name !== 'timestamp' && example[name] !== undefined) base[name] = example[name]!;
      }
      out.push({ meta, rule, base });
    }
  }
  return out;
}

function harness(meta: OperationMeta) {
  const mock = createMockFetch({ clock: { start: NOW, frozen: true }, rateLimits: { enabled: false } });
  const base = meta.api === 'margin' ? 'https://api.binance.com' : 'https://papi.binance.com';
  let sent = 0;
  const options = {
    apiKey: DEMO_ACCOUNT.apiKey,
    apiSecret: DEMO_ACCOUNT.apiSecret,
    baseUrl: base,
    retry: false as const,
    fetch: (url: string, init: Parameters<typeof mock>[1]) => (sent++, mock(url, init)),
  };
  const client = meta.api === 'margin' ? createMarginClient(options) : createPortfolioMarginClient(options);

  async function raw(params: Params): Promise<number | undefined> {
    const payload = `${new URLSearchParams({ ...params, timestamp: String(mock.mock.now()) })}`;
    const signed = `${payload}&signature=${createHmac('sha256', DEMO_ACCOUNT.apiSecret).update(payload).digest('hex')}`;
    const inQuery = meta.method === 'GET' || meta.method === 'DELETE';
    const res = await mock(`${base}${meta.path}${inQuery ? `?${signed}` : ''}`, {
      method: meta.method,
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, ...(inQuery ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }) },
      ...(inQuery ? {} : { body: signed }),
    });
    return ((await res.json()) as { code?: number }).code;
  }

  return async (params: Params) => {
    const before = sent;
    let clientCode: number | undefined;
    try {
      await (client as unknown as Record<string, (p: Params) => Promise<unknown>>)[meta.operationId]!(params);
    } catch (error) {
      if (error instanceof ParameterError) clientCode = error.code;
    }
    return { refused: sent === before, clientCode, mockCode: await raw(params) };
  };
}

for (const [label, slug, metas] of [
  ['SAPI', 'margin', marginMeta],
  ['PAPI', 'portfolio-margin', pmMeta],
] as const) {
  describe(`${label}: time-window rules agree between client and mock`, () => {
    const cases = intervalOperations(slug, metas as Record<string, unknown>);
    it('covers the operations that bound a window', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const { meta, rule, base } of cases) {
      it(`${meta.operationId}: an inverted window and one a millisecond too wide`, async () => {
        const check = harness(meta);
        const end = NOW - 1000;
        const inverted = await check({ ...base, [rule.from]: String(end + 1), [rule.to]: String(end) });
        expect(inverted.refused).toBe(true);
        expect(inverted.clientCode).toBe(inverted.mockCode);
        const wide = rule.ms + (rule.exclusive ? 0 : 1);
        const tooWide = await check({ ...base, [rule.from]: String(end - wide), [rule.to]: String(end) });
        expect(tooWide.refused).toBe(true);
        expect(tooWide.clientCode).toBe(tooWide.mockCode);
      });
    }
  });
}

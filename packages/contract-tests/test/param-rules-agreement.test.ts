/**
 * Both sides' parameter checks come from the same `x-binance-param-rules`: for every combination of order type,
 * `timeInForce` and the optional order fields, the client either refuses before sending, with the code the mock
 * answers to the same parameters sent raw, or sends, and then the mock does not answer a rule code either.
 */
import { createHmac } from 'node:crypto';
import { createMarginClient, createPortfolioMarginClient, ParameterError } from '@marginkit/client';
import { createMockFetch, DEMO_ACCOUNT } from '@marginkit/mock';
import type { OperationMeta } from '@marginkit/spec';
import { newMarginOrder as sapiOrder } from '@marginkit/spec/margin';
import { newMarginOrder as papiOrder } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { loadBundledSpecForValidation, operationsOf, resolveRef } from '../src/index.js';

const RULE_CODES = new Set([-1102, -1106, -1128]);
const OPTIONAL = { quantity: '0.001', quoteOrderQty: '10', price: '30000', stopPrice: '39000', trailingDelta: '100', icebergQty: '0.0005' } as const;

type Params = Record<string, string>;

/** Every combination of type × timeInForce (absent, GTC, IOC) × presence of each optional field the operation takes. */
function combinations(meta: OperationMeta, symbol: string): Params[] {
  const fields = (Object.keys(OPTIONAL) as (keyof typeof OPTIONAL)[]).filter((name) => meta.params[name]);
  const out: Params[] = [];
  for (const type of meta.params.type!.values!) {
    for (const timeInForce of [undefined, 'GTC', 'IOC']) {
      for (let mask = 0; mask < 1 << fields.length; mask++) {
        const params: Params = { symbol, side: 'BUY', type };
        if (timeInForce) params.timeInForce = timeInForce;
        fields.forEach((name, i) => {
          if (mask & (1 << i)) params[name] = OPTIONAL[name];
        });
        out.push(params);
      }
    }
  }
  return out;
}

function agreement(meta: OperationMeta, symbol: string) {
  const mock = createMockFetch({ rateLimits: { enabled: false } });
  const base = meta.api === 'margin' ? 'https://api.binance.com' : 'https://papi.binance.com';
  let sent = 0;
  const options = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, baseUrl: base, retry: false as const, fetch: (url: string, init: Parameters<typeof mock>[1]) => (sent++, mock(url, init)) };
  const client = meta.api === 'margin' ? createMarginClient(options) : createPortfolioMarginClient(options);

  async function raw(params: Params): Promise<{ status: number; code?: number }> {
    const payload = `${new URLSearchParams({ ...params, timestamp: String(mock.mock.now()) })}`;
    const signature = createHmac('sha256', DEMO_ACCOUNT.apiSecret).update(payload).digest('hex');
    const res = await mock(`${base}${meta.path}`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${payload}&signature=${signature}`,
    });
    const body = (await res.json()) as { code?: number };
    return { status: res.status, code: body.code };
  }

  return async (params: Params): Promise<{ refused: boolean; clientCode?: number; mockCode?: number; mockStatus: number }> => {
    const before = sent;
    let clientCode: number | undefined;
    try {
      await (client as unknown as Record<string, (p: Params) => Promise<unknown>>)[meta.operationId]!(params);
    } catch (error) {
      if (error instanceof ParameterError) clientCode = error.code;
    }
    const refused = sent === before;
    const answer = await raw(params);
    return { refused, clientCode, mockCode: answer.code, mockStatus: answer.status };
  };
}

for (const [label, meta, symbol] of [
  ['SAPI', sapiOrder, 'BTCUSDC'],
  ['PAPI', papiOrder, 'BTCUSDT'],
] as const) {
  describe(`${label} ${meta.operationId}: the client refuses exactly what the mock rejects by rule, with the same code`, () => {
    it('a LIMIT order without price: refused by the client before sending, -1102 from the mock', async () => {
      const check = agreement(meta, symbol);
      const outcome = await check({ symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001' });
      expect(outcome).toEqual({ refused: true, clientCode: -1102, mockCode: -1102, mockStatus: 400 });
    });

    it('every type × timeInForce × optional-field combination', async () => {
      const check = agreement(meta, symbol);
      const cases = combinations(meta, symbol);
      const disagreements: string[] = [];
      let refusedCount = 0;
      for (const params of cases) {
        const o = await check(params);
        if (o.refused) refusedCount++;
        const ok = o.refused ? o.clientCode === o.mockCode && o.mockStatus === 400 && RULE_CODES.has(o.clientCode!) : !RULE_CODES.has(o.mockCode ?? 0);
        if (!ok) disagreements.push(`${new URLSearchParams(params)} → client ${o.refused ? o.clientCode : 'sent'}, mock ${o.mockStatus} ${o.mockCode}`);
      }
      expect(disagreements).toEqual([]);
      // Most combinations break a rule; some of every type are valid.
      expect(refusedCount).toBeGreaterThan(cases.length / 2);
      expect(refusedCount).toBeLessThan(cases.length);
    });
  });
}

describe('every documented request example keeps the parameter rules', () => {
  for (const slug of ['margin', 'portfolio-margin'] as const) {
    it(slug, async () => {
      const doc = loadBundledSpecForValidation(slug);
      let sent = 0;
      const fetch = async () => (sent++, new Response('{"code":-1000,"msg":"not sent anywhere"}', { status: 400 }));
      const options = { apiKey: 'k', apiSecret: 's', baseUrl: 'http://127.0.0.1:1', retry: false as const, fetch };
      const client = (slug === 'margin' ? createMarginClient(options) : createPortfolioMarginClient(options)) as unknown as Record<string, (p: unknown) => Promise<unknown>>;
      const refused: string[] = [];
      let examples = 0;
      for (const { operation } of operationsOf(doc)) {
        const form = resolveRef(doc, operation.requestBody)?.content?.['application/x-www-form-urlencoded'];
        for (const [name, example] of Object.entries<any>(form?.examples ?? {})) {
          examples++;
          const { timestamp: _t, recvWindow: _r, ...params } = resolveRef(doc, example).value;
          const before = sent;
          const error = await client[operation.operationId]!(params).catch((e: unknown) => e);
          if (sent === before) refused.push(`${operation.operationId} ${name}: ${(error as Error).message}`);
        }
      }
      expect(refused).toEqual([]);
      expect(examples).toBeGreaterThan(slug === 'margin' ? 5 : 3);
    });
  }
});

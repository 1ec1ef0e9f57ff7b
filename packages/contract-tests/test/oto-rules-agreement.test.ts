/**
 * The type-dependent rules of OTO and OTOCO lists (Binance's tables of mandatory parameters, the 2026-06-15
 * trailing-delta rule) come from the same `x-binance-param-rules` on both sides: for every combination of order
 * types and of the optional fields, the client either refuses before sending, with the code the mock answers to
 * the same parameters sent raw, or sends, and then the mock does not answer a rule code either.
 */
import { createHmac } from 'node:crypto';
import { createMarginClient, ParameterError } from '@marginkit/client';
import { createMockFetch, DEMO_ACCOUNT } from '@marginkit/mock';
import { newMarginOto, newMarginOtoco } from '@marginkit/spec/margin';
import type { OperationMeta } from '@marginkit/spec';
import { describe, expect, it } from 'vitest';

const RULE_CODES = new Set([-1102, -1106, -1128]);
type Params = Record<string, string>;

/** Every subset of `fields` (name → value) added to `base`. */
function subsets(base: Params, fields: Params): Params[] {
  const names = Object.keys(fields);
  const out: Params[] = [];
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const params = { ...base };
    names.forEach((name, i) => {
      if (mask & (1 << i)) params[name] = fields[name]!;
    });
    out.push(params);
  }
  return out;
}

function agreement(meta: OperationMeta) {
  const mock = createMockFetch({ rateLimits: { enabled: false } });
  const base = 'https://api.binance.com';
  let sent = 0;
  const client = createMarginClient({
    apiKey: DEMO_ACCOUNT.apiKey,
    apiSecret: DEMO_ACCOUNT.apiSecret,
    baseUrl: base,
    retry: false,
    fetch: (url: string, init: Parameters<typeof mock>[1]) => (sent++, mock(url, init)),
  }) as unknown as Record<string, (p: Params) => Promise<unknown>>;

  async function raw(params: Params): Promise<{ status: number; code?: number }> {
    const payload = `${new URLSearchParams({ ...params, timestamp: String(mock.mock.now()) })}`;
    const signature = createHmac('sha256', DEMO_ACCOUNT.apiSecret).update(payload).digest('hex');
    const res = await mock(`${base}${meta.path}`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${payload}&signature=${signature}`,
    });
    return { status: res.status, code: ((await res.json()) as { code?: number }).code };
  }

  return async (params: Params) => {
    const before = sent;
    let clientCode: number | undefined;
    try {
      await client[meta.operationId]!(params);
    } catch (error) {
      if (error instanceof ParameterError) clientCode = error.code;
    }
    const refused = sent === before;
    const answer = await raw(params);
    const ok = refused ? clientCode === answer.code && answer.status === 400 && RULE_CODES.has(clientCode!) : !RULE_CODES.has(answer.code ?? 0);
    return { ok, refused, line: `${new URLSearchParams(params)} → client ${refused ? clientCode : 'sent'}, mock ${answer.status} ${answer.code}` };
  };
}

async function run(meta: OperationMeta, cases: Params[]): Promise<void> {
  const check = agreement(meta);
  const disagreements: string[] = [];
  let refused = 0;
  for (const params of cases) {
    const outcome = await check(params);
    if (outcome.refused) refused++;
    if (!outcome.ok) disagreements.push(outcome.line);
  }
  expect(disagreements).toEqual([]);
  expect(refused).toBeGreaterThan(cases.length / 4);
  expect(refused).toBeLessThan(cases.length);
}

describe('OTO and OTOCO: the client refuses exactly what the mock rejects by rule, with the same code', () => {
  it('newMarginOto: every working type × pending type × optional-field combination', async () => {
    const cases: Params[] = [];
    for (const workingType of ['LIMIT', 'LIMIT_MAKER']) {
      for (const pendingType of newMarginOto.params.pendingType!.values!) {
        const base = { symbol: 'BTCUSDC', workingType, workingSide: 'BUY', workingPrice: '30000', workingQuantity: '0.01', pendingType, pendingSide: 'SELL', pendingQuantity: '0.01' };
        cases.push(
          ...subsets(base, { workingTimeInForce: 'GTC', pendingPrice: '50000', pendingStopPrice: '35000', pendingTrailingDelta: '100', pendingTimeInForce: 'GTC' }),
        );
      }
    }
    await run(newMarginOto, cases);
  });

  it('newMarginOtoco: every pending-above and pending-below type × optional-field combination', async () => {
    const cases: Params[] = [];
    for (const pendingAboveType of newMarginOtoco.params.pendingAboveType!.values!) {
      for (const pendingBelowType of newMarginOtoco.params.pendingBelowType!.values!) {
        const base = {
          symbol: 'BTCUSDC',
          workingType: 'LIMIT',
          workingSide: 'BUY',
          workingPrice: '30000',
          workingQuantity: '0.01',
          workingTimeInForce: 'GTC',
          pendingSide: 'SELL',
          pendingQuantity: '0.01',
          pendingAboveType,
          pendingBelowType,
        };
        cases.push(
          ...subsets(base, {
            pendingAbovePrice: '32000',
            pendingAboveStopPrice: '31900',
            pendingAboveTimeInForce: 'GTC',
            pendingBelowPrice: '28000',
            pendingBelowTrailingDelta: '100',
          }),
        );
      }
    }
    await run(newMarginOtoco, cases);
  });
});

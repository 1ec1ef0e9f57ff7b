/**
 * Where Binance validates a parameter's form, the spec says so (shared parameter schemas: `SymbolParam`,
 * `AssetParam`, `ClientOrderIdParam`, `Int64Param`, and on PM futures `FuturesClientIdParam` /
 * `FuturesClientId32Param`) and the mock enforces it on every operation that takes such a parameter, with -1100
 * naming the legal range. Driven from the spec: every operation, every such parameter.
 */
import { describe, expect, it } from 'vitest';
import { MockCore } from '../src/index.js';
import { T0 } from './helpers.js';
import { encodePairs, operations, sign, toMockRequest, type OpSpec } from './support/spec-requests.js';
import { DEMO_ACCOUNT } from '../src/index.js';

const core = new MockCore({ clock: { start: T0, frozen: true }, rateLimits: { enabled: false } });

async function send(op: OpSpec, params: Map<string, string>): Promise<{ status: number; body: any }> {
  const pairs = [...params];
  if (op.meta.signed) pairs.push(['timestamp', String(T0)]);
  let req = { query: '', body: '', headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } as Record<string, string> };
  if (op.meta.paramsIn === 'body') req = { ...req, body: encodePairs(pairs), headers: { ...req.headers, 'Content-Type': 'application/x-www-form-urlencoded' } };
  else req = { ...req, query: encodePairs(pairs) };
  if (op.meta.signed) req = sign(req);
  const res = await core.handle(toMockRequest(op.meta, req));
  return { status: res.status, body: JSON.parse(res.body) };
}

const INTEGER_RANGE = '^[0-9]{1,20}$';

const FUTURES_BAD = ['has space', 'id€', 'id\u0000', 'a+b', 'a@b', 'a#b', 'x'.repeat(20_000)];

const BAD: Record<string, string[]> = {
  FuturesClientIdParam: [...FUTURES_BAD, 'x'.repeat(37)],
  FuturesClientId32Param: [...FUTURES_BAD, 'x'.repeat(33)],
  SymbolParam: ['btcusdt', 'BTC USDT', 'BTC€', 'BTC\u0000', 'ÅÄÖ', 'B'.repeat(21), 'B'.repeat(20_000), 'BTC%USDT'],
  AssetParam: ['usdt', 'US DT', 'USD€', 'USDT\u0000', 'A'.repeat(21), 'A'.repeat(20_000)],
  ClientOrderIdParam: ['has space', 'x'.repeat(37), 'x'.repeat(20_000), 'id€', 'id\u0000', 'a.b', 'a/b'],
  Int64Param: ['-1', '9223372036854775808', '99999999999999999999', '123456789012345678901', '1e5', '12a', '+5', '0x10', '1.0'],
};

const GOOD: Record<string, string[]> = {
  FuturesClientIdParam: ['a', 'x'.repeat(36), 'My-order_01', 'a.b:c/d'],
  FuturesClientId32Param: ['a', 'x'.repeat(32), 'My-order_01', 'a.b:c/d'],
  SymbolParam: ['BTCUSDT', 'A-B_C.D', 'Z'.repeat(20)],
  AssetParam: ['BTC', '1000SATS', 'Z'.repeat(20)],
  ClientOrderIdParam: ['a', 'x'.repeat(36), 'My-order_01'],
  Int64Param: ['0', '9007199254740993', '9223372036854775807'],
};

const cases = operations().flatMap((op) => op.params.filter((p) => p.ref && BAD[p.ref]).map((p) => ({ op, p })));

describe('constrained parameters, from the spec', () => {
  it('the spec constrains symbol, asset, client order id and id parameters on every operation that takes them', () => {
    const names = new Set(cases.map((c) => c.p.name));
    for (const n of ['symbol', 'isolatedSymbol', 'pair', 'fromSymbol', 'toSymbol', 'asset', 'marginAsset', 'newClientOrderId', 'origClientOrderId', 'listClientOrderId', 'limitClientOrderId', 'stopClientOrderId', 'newClientStrategyId', 'clientAlgoId', 'orderId', 'fromId', 'orderListId', 'txId', 'strategyId', 'algoId', 'modifyId']) {
      expect(names, n).toContain(n);
    }
    for (const op of operations()) {
      // PM futures (UM/CM) client ids follow the futures rule, which also allows `.`, `:` and `/`.
      const futures = /^\/papi\/v1\/(um|cm)\//.test(op.meta.path);
      for (const p of op.params) {
        const where = `${op.key} ${p.name}`;
        if (/^(symbol|isolatedSymbol|pair|fromSymbol|toSymbol)$/.test(p.name)) expect(p.ref, where).toBe('SymbolParam');
        if (/^(asset|marginAsset)$/.test(p.name)) expect(p.ref, where).toBe('AssetParam');
        if (/Client(Order|Strategy|Algo)?Id$|^clientAlgoId$/.test(p.name)) {
          expect(p.ref, where).toMatch(futures ? /^FuturesClientId(32)?Param$/ : /^ClientOrderIdParam$/);
        }
        if (/^(orderId|fromId|orderListId|txId|strategyId|algoId|modifyId)$/.test(p.name)) expect(p.ref, where).toBe('Int64Param');
      }
    }
    expect(cases.length).toBeGreaterThan(160);
  });

  for (const { op, p } of cases) {
    it(`${op.key} ${p.name}: -1100 naming the legal range; the extremes of the range pass`, async () => {
      const range = p.ref === 'Int64Param' ? INTEGER_RANGE : p.schema.pattern;
      for (const bad of BAD[p.ref!]!) {
        const params = new Map(op.bases[0]);
        params.set(p.name, bad);
        const res = await send(op, params);
        expect([res.status, res.body], `${p.name}=${JSON.stringify(bad.slice(0, 30))}`).toEqual([
          400,
          { code: -1100, msg: `Illegal characters found in parameter '${p.name}'; legal range is '${range}'.` },
        ]);
      }
      for (const good of GOOD[p.ref!]!) {
        const params = new Map(op.bases[0]);
        params.set(p.name, good);
        const res = await send(op, params);
        expect(res.body?.code === -1100 && res.body.msg.includes(`'${p.name}'`), `${p.name}=${good}: ${JSON.stringify(res.body)}`).toBe(false);
      }
    });
  }
});

/** Integer parameters that are not ids (`limit`, `current`, `page`, `vipLevel`, `startTime`, ...): read as JavaScript numbers. */
const plainIntegers = operations().flatMap((op) =>
  op.params
    .filter((p) => p.schema.type === 'integer' && p.schema.format !== 'int64' && !['timestamp', 'recvWindow'].includes(p.name))
    .map((p) => ({ op, p })),
);

describe('integers beyond 2^53 never pass through a JavaScript number', () => {
  it('there are such parameters on both APIs', () => {
    expect(new Set(plainIntegers.map((c) => c.op.meta.api))).toEqual(new Set(['margin', 'portfolioMargin']));
    expect(plainIntegers.length).toBeGreaterThan(100);
  });

  // 9007199254740993 read as a number is 9007199254740992: crossMarginData echoed `"vipLevel":9007199254740992`.
  for (const { op, p } of plainIntegers) {
    it(`${op.key} ${p.name}: 9007199254740993 and 20 digits are -1100, not rounded`, async () => {
      for (const bad of ['9007199254740993', '99999999999999999999']) {
        const params = new Map(op.bases[0]);
        params.set(p.name, bad);
        const res = await send(op, params);
        expect([res.status, res.body.code, res.body.msg], `${p.name}=${bad}`).toEqual([400, -1100, `Illegal characters found in parameter '${p.name}'; legal range is '${INTEGER_RANGE}'.`]);
      }
    });
  }
});

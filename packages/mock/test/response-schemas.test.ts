/**
 * Drives every operation of both APIs statefully and validates every answer against the spec: 2xx bodies
 * against the operation's response schema with closed objects (no property the schema does not name), 400
 * bodies against its error schema (whose `code` enum lists only the codes that API documents).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createSpecValidator } from '@marginkit/spec/ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedOperations } from '../src/index.js';
import { pmAccountHandlers } from '../src/pm-account/handlers.js';
import { driveAccountOperations } from './account-operations-driver.js';
import { TestClient, admin, mockFetch, type Answer, type Params } from './helpers.js';

const require = createRequire(import.meta.url);
const docs = {
  margin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8')),
  portfolioMargin: JSON.parse(readFileSync(require.resolve('@marginkit/spec/portfolio-margin.openapi.json'), 'utf8')),
};
const closed = {
  margin: createSpecValidator(docs.margin, { closed: true }),
  portfolioMargin: createSpecValidator(docs.portfolioMargin, { closed: true }),
};

interface Seen {
  key: string;
  status: number;
  text: string;
}

class RecordingClient extends TestClient {
  readonly seen: Seen[] = [];
  override async call(method: string, path: string, params: Params = {}, options = {}): Promise<Answer> {
    const res = await super.call(method, path, params, options);
    this.seen.push({ key: `${method} ${path}`, status: res.status, text: res.text });
    return res;
  }
}

function ok(res: Answer): Answer {
  expect(res.status, res.text).toBe(200);
  return res;
}

const BIG = 9_007_199_254_740_993n; // 2^53 + 1

let client: RecordingClient;

beforeAll(async () => {
  const fetch = mockFetch({
    commissionRate: '0.001',
    ids: { orderId: BIG.toString(), orderListId: (BIG + 1000n).toString(), tradeId: (BIG + 2000n).toString() },
  });
  client = new RecordingClient(fetch);
  const c = client;
  const now = () => fetch.mock.now();

  // ---------------------------------------------------------------- SAPI
  ok(await c.get('/sapi/v1/margin/account'));
  ok(await c.get('/sapi/v1/margin/isolated/account'));
  ok(await c.get('/sapi/v1/margin/isolated/account', { symbols: 'BTCUSDT' }));
  const resting = ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000' })).body;
  expect(resting.status).toBe('NEW');
  expect(resting.orderId).toBe(BIG);
  ok(await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: resting.orderId }));
  ok(await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDC', origClientOrderId: resting.clientOrderId }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'MARKET', quantity: '0.01', newOrderRespType: 'RESULT' }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quoteOrderQty: '100', newOrderRespType: 'ACK' }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '2', sideEffectType: 'MARGIN_BUY', newClientOrderId: 'borrowing-buy' }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'STOP_LOSS_LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '35000', stopPrice: '35500', icebergQty: '0.01' }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'LIMIT_MAKER', quantity: '0.1', price: '45000', newOrderRespType: 'FULL' }));
  ok(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '41000' }));
  ok(await c.get('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDT', isIsolated: 'TRUE' }));
  ok(await c.get('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDC' }));
  ok(await c.get('/sapi/v1/margin/openOrders'));
  const oco = ok(await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.05', price: '42000', stopPrice: '38000', stopLimitPrice: '37900', stopLimitTimeInForce: 'GTC' })).body;
  ok(await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDC', side: 'BUY', quantity: '0.05', price: '38000', stopPrice: '42000', newOrderRespType: 'FULL', sideEffectType: 'MARGIN_BUY' }));
  ok(await c.post('/sapi/v1/margin/order/oco', { symbol: 'ETHUSDC', side: 'SELL', quantity: '1', price: '2600', stopPrice: '2400', newOrderRespType: 'ACK', listClientOrderId: 'eth-oco' }));
  ok(await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'SELL', quantity: '0.1', price: '42000', stopPrice: '38000' }));
  ok(await c.get('/sapi/v1/margin/orderList', { orderListId: oco.orderListId }));
  ok(await c.get('/sapi/v1/margin/orderList', { origClientOrderId: 'eth-oco' }));
  ok(await c.get('/sapi/v1/margin/orderList', { isIsolated: 'TRUE', symbol: 'BTCUSDT', orderListId: oco.orderListId + 3n }));
  ok(await c.get('/sapi/v1/margin/allOrderList'));
  ok(await c.get('/sapi/v1/margin/allOrderList', { isIsolated: 'TRUE', symbol: 'BTCUSDT' }));
  ok(await c.get('/sapi/v1/margin/openOrderList'));
  ok(await c.delete('/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: resting.orderId, newClientOrderId: 'my-cancel' }));
  ok(await c.delete('/sapi/v1/margin/orderList', { symbol: 'ETHUSDC', listClientOrderId: 'eth-oco' }));
  expect(fetch.mock.setPrice('BTCUSDC', '45500').length).toBeGreaterThan(0);
  ok(await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' }));
  ok(await c.delete('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDC' }));
  ok(await c.delete('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDT', isIsolated: 'TRUE' }));
  ok(await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC', limit: 3 }));
  ok(await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC', orderId: resting.orderId }));
  ok(await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDC' }));
  ok(await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDC', fromId: BIG + 2000n, limit: 2 }));
  ok(await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '100', type: 'BORROW' }));
  ok(await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '50', type: 'REPAY' }));
  ok(await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '10', type: 'BORROW' }));
  ok(await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '5', type: 'REPAY' }));
  await admin(fetch, 'POST', '/__mock/clock', { advanceHours: 2 });
  ok(await c.get('/sapi/v1/margin/borrow-repay', { type: 'BORROW', startTime: now() - 86_400_000 }));
  ok(await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: now() - 86_400_000 }));
  await driveAccountOperations(c);
  ok(await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: now() - 86_400_000, isolatedSymbol: 'BTCUSDT' }));
  ok(await c.get('/sapi/v1/margin/interestHistory'));
  ok(await c.get('/sapi/v1/margin/interestHistory', { isolatedSymbol: 'BTCUSDT', size: 1 }));
  ok(await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDC' }));
  ok(await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'BTC', isolatedSymbol: 'BTCUSDT' }));
  ok(await c.get('/sapi/v1/margin/maxTransferable', { asset: 'USDC' }));
  ok(await c.get('/sapi/v1/margin/maxTransferable', { asset: 'USDT', isolatedSymbol: 'BTCUSDT' }));
  ok(await c.get('/sapi/v1/margin/account'));
  ok(await c.get('/sapi/v1/margin/isolated/account'));
  ok(await c.get('/sapi/v1/margin/forceLiquidationRec'));
  const key = ok(await c.post('/sapi/v1/margin/listen-key', {}, { signed: false })).body.listenKey;
  ok(await c.put('/sapi/v1/margin/listen-key', { listenKey: key }, { signed: false }));
  ok(await c.delete('/sapi/v1/margin/listen-key', {}, { signed: false }));

  // ---------------------------------------------------------------- SAPI: lists, transfers, special keys, isolated accounts
  ok(await c.post('/sapi/v1/asset/transfer', { type: 'MAIN_MARGIN', asset: 'USDT', amount: '100' }));
  ok(await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '50', toSymbol: 'BTCUSDT' }));
  const otoBase = { symbol: 'BTCUSDC', workingType: 'LIMIT', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01', workingTimeInForce: 'GTC', pendingType: 'LIMIT_MAKER', pendingSide: 'SELL', pendingPrice: '45000', pendingQuantity: '0.01' };
  const oto = ok(await c.post('/sapi/v1/margin/order/oto', otoBase)).body;
  ok(await c.post('/sapi/v1/margin/order/oto', { ...otoBase, workingPrice: '46000', newOrderRespType: 'ACK', sideEffectType: 'MARGIN_BUY' }));
  ok(await c.post('/sapi/v1/margin/order/otoco', {
    symbol: 'ETHUSDC', workingType: 'LIMIT_MAKER', workingSide: 'SELL', workingPrice: '2600', workingQuantity: '1', pendingSide: 'BUY', pendingQuantity: '1',
    pendingAboveType: 'STOP_LOSS_LIMIT', pendingAbovePrice: '2710', pendingAboveStopPrice: '2700', pendingAboveTimeInForce: 'GTC', pendingBelowType: 'LIMIT_MAKER', pendingBelowPrice: '2400',
  }));
  ok(await c.get('/sapi/v1/margin/orderList', { orderListId: oto.orderListId }));
  const maker = ok(await c.post('/sapi/v1/margin/order', { symbol: 'BNBUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '650' })).body;
  const taker = ok(await c.post('/sapi/v1/margin/order', { symbol: 'BNBUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '660', selfTradePreventionMode: 'EXPIRE_BOTH' })).body;
  expect(taker.status).toBe('EXPIRED_IN_MATCH');
  expect(ok(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BNBUSDT', orderId: maker.orderId })).body).toHaveLength(1);
  ok(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BNBUSDT', preventedMatchId: 1 }));
  ok(await c.get('/sapi/v1/margin/rateLimit/order'));
  ok(await c.get('/sapi/v1/margin/rateLimit/order', { isIsolated: 'TRUE', symbol: 'BTCUSDT' }));
  const special = ok(await c.post('/sapi/v1/margin/apiKey', { apiName: 'bot', ip: '10.0.0.1' })).body;
  ok(await c.get('/sapi/v1/margin/apiKey', { apiKey: special.apiKey }));
  ok(await c.get('/sapi/v1/margin/api-key-list'));
  ok(await c.put('/sapi/v1/margin/apiKey/ip', { apiKey: special.apiKey, ip: '10.0.0.2,10.0.0.3' }));
  ok(await c.delete('/sapi/v1/margin/apiKey', { apiName: 'bot' }));
  ok(await c.get('/sapi/v1/margin/isolated/accountLimit'));
  ok(await c.get('/sapi/v1/margin/isolated/allPairs', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/isolatedMarginData'));
  ok(await c.get('/sapi/v1/margin/isolatedMarginTier', { symbol: 'BTCUSDT' }));
  ok(await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1', toSymbol: 'ETHUSDT' }));
  ok(await c.delete('/sapi/v1/margin/isolated/account', { symbol: 'ETHUSDT' }));
  ok(await c.post('/sapi/v1/margin/isolated/account', { symbol: 'ETHUSDT' }));
  ok(await c.post('/sapi/v1/margin/manual-liquidation', { type: 'MARGIN' }));
  ok(await c.post('/sapi/v1/margin/exit-special-key-mode'));

  // ---------------------------------------------------------------- PAPI
  ok(await c.get('/papi/v1/ping', {}, { signed: false, key: null }));
  ok(await c.get('/papi/v1/account'));
  ok(await c.get('/papi/v1/balance'));
  ok(await c.get('/papi/v1/balance', { asset: 'USDT' }));
  const pmResting = ok(await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000', newOrderRespType: 'RESULT' })).body;
  ok(await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.01' }));
  ok(await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1', sideEffectType: 'MARGIN_BUY', newOrderRespType: 'FULL' }));
  ok(await c.post('/papi/v1/margin/order', { symbol: 'ETHUSDT', side: 'SELL', type: 'TAKE_PROFIT', quantity: '1', stopPrice: '2700' }));
  ok(await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: pmResting.orderId }));
  ok(await c.get('/papi/v1/margin/openOrders', { symbol: 'BTCUSDT' }));
  ok(await c.get('/papi/v1/margin/openOrders'));
  const pmOco = ok(await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.05', price: '42000', stopPrice: '38000', stopLimitPrice: '37900', stopLimitTimeInForce: 'GTC' })).body;
  ok(await c.post('/papi/v1/margin/order/oco', { symbol: 'ETHUSDT', side: 'BUY', quantity: '0.5', price: '2400', stopPrice: '2600', newOrderRespType: 'ACK', listClientOrderId: 'pm-eth', sideEffectType: 'MARGIN_BUY' }));
  ok(await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'BUY', quantity: '0.05', price: '39000', stopPrice: '41000', newOrderRespType: 'RESULT', sideEffectType: 'MARGIN_BUY' }));
  ok(await c.get('/papi/v1/margin/orderList', { orderListId: pmOco.orderListId }));
  ok(await c.get('/papi/v1/margin/orderList', { origClientOrderId: 'pm-eth' }));
  ok(await c.get('/papi/v1/margin/allOrderList'));
  ok(await c.get('/papi/v1/margin/openOrderList'));
  ok(await c.delete('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: pmResting.orderId }));
  ok(await c.delete('/papi/v1/margin/orderList', { symbol: 'ETHUSDT', listClientOrderId: 'pm-eth' }));
  ok(await c.delete('/papi/v1/margin/allOpenOrders', { symbol: 'BTCUSDT' }));
  ok(await c.delete('/papi/v1/margin/allOpenOrders', { symbol: 'ETHUSDT' }));
  ok(await c.get('/papi/v1/margin/allOrders', { symbol: 'BTCUSDT' }));
  ok(await c.get('/papi/v1/margin/myTrades', { symbol: 'BTCUSDT' }));
  ok(await c.get('/papi/v1/margin/forceOrders'));
  ok(await c.post('/papi/v1/marginLoan', { asset: 'USDC', amount: '100' }));
  ok(await c.post('/papi/v1/repayLoan', { asset: 'USDC', amount: '40' }));
  await admin(fetch, 'POST', '/__mock/clock', { advanceHours: 1 });
  ok(await c.get('/papi/v1/margin/marginLoan', { asset: 'USDC', startTime: now() - 86_400_000 }));
  ok(await c.get('/papi/v1/margin/repayLoan', { asset: 'USDC', startTime: now() - 86_400_000 }));
  ok(await c.get('/papi/v1/margin/maxBorrowable', { asset: 'BTC' }));
  ok(await c.get('/papi/v1/margin/maxWithdraw', { asset: 'USDT' }));
  ok(await c.get('/papi/v1/margin/marginInterestHistory'));
  ok(await c.get('/papi/v1/margin/marginInterestHistory', { asset: 'USDT', archived: 'false' }));
  ok(await c.get('/papi/v1/portfolio/interest-history'));
  ok(await c.get('/papi/v1/account'));
  ok(await c.get('/papi/v1/balance'));
  ok(await c.post('/papi/v1/listenKey', {}, { signed: false }));
  ok(await c.put('/papi/v1/listenKey', {}, { signed: false }));
  ok(await c.delete('/papi/v1/listenKey', {}, { signed: false }));

  // ---------------------------------------------------------------- a sample of business errors
  const errors: [string, string, Params, number][] = [
    ['GET', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: 1 }, -2013],
    ['DELETE', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: 1 }, -2011],
    ['DELETE', '/sapi/v1/margin/openOrders', { symbol: 'BTCUSDC' }, -2011],
    ['GET', '/sapi/v1/margin/orderList', { orderListId: 1 }, -2013],
    ['DELETE', '/sapi/v1/margin/orderList', { symbol: 'BTCUSDC', orderListId: 1 }, -2011],
    ['POST', '/sapi/v1/margin/order', { symbol: 'XRPBTC', side: 'BUY', type: 'MARKET', quantity: '1' }, -1121],
    ['POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '100' }, -2010],
    ['POST', '/sapi/v1/margin/order/oco', { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.1', price: '30000', stopPrice: '50000' }, -2010],
    ['POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDC', isIsolated: 'FALSE', amount: '100000000', type: 'BORROW' }, -3006],
    ['POST', '/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'FALSE', amount: '1', type: 'REPAY' }, -3015],
    ['GET', '/sapi/v1/margin/maxBorrowable', { asset: 'NOPE' }, -3027],
    ['GET', '/sapi/v1/margin/maxTransferable', { asset: 'ETH', isolatedSymbol: 'BTCUSDT' }, -3028],
    ['POST', '/sapi/v1/margin/order/oto', { symbol: 'BTCUSDC', workingType: 'LIMIT_MAKER', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01', pendingType: 'MARKET', pendingSide: 'BUY', pendingQuantity: '0.01' }, -2018],
    ['POST', '/sapi/v1/margin/order/otoco', { symbol: 'BTCUSDC', workingType: 'LIMIT_MAKER', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01', pendingSide: 'SELL', pendingQuantity: '0.01', pendingAboveType: 'STOP_LOSS', pendingAboveStopPrice: '45000', pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '35000' }, -1014],
    ['POST', '/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'ETH', amount: '1', toSymbol: 'BTCUSDT' }, -3028],
    ['GET', '/sapi/v1/margin/apiKey', { apiKey: 'nope' }, -1130],
    ['DELETE', '/sapi/v1/margin/isolated/account', { symbol: 'ETHUSDT' }, -3026],
    ['GET', '/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: 1 }, -2013],
    ['DELETE', '/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: 1 }, -2011],
    ['DELETE', '/papi/v1/margin/allOpenOrders', { symbol: 'BTCUSDT' }, -2011],
    ['POST', '/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1000' }, -2010],
    ['POST', '/papi/v1/marginLoan', { asset: 'NOPE', amount: '1' }, -1108],
    ['POST', '/papi/v1/marginLoan', { asset: 'USDT', amount: '100000000' }, -2019],
    ['POST', '/papi/v1/repayLoan', { asset: 'BNB', amount: '100' }, -3015],
    ['GET', '/papi/v1/balance', { asset: 'NOPE' }, -1108],
  ];
  for (const [method, path, params, code] of errors) {
    const res = await c.call(method, path, params);
    expect(res.status, `${method} ${path}`).toBe(400);
    expect(res.body.code, `${method} ${path}: ${res.text}`).toBe(code);
  }
  const expired = await c.put('/papi/v1/listenKey', {}, { signed: false });
  expect([expired.status, expired.body.code]).toEqual([400, -1125]);
});

function schemaOf(meta: { api: 'margin' | 'portfolioMargin'; method: string; path: string }, status: string): unknown {
  return docs[meta.api].paths[meta.path][meta.method.toLowerCase()].responses[status]?.content?.['application/json']?.schema;
}

describe('every operation, driven statefully', () => {
  // The 52 UM/CM futures operations are driven by test/futures-*.test.ts and the 30 account, funding and download
  // operations by test/pm-account-*.test.ts (same closed-schema checks).
  const ops = servedOperations().filter((m) => !/^\/papi\/v[12]\/(um|cm)\//.test(m.path) && !(`portfolioMargin.${m.operationId}` in pmAccountHandlers));

  it('covers all 94 operations of the spec with at least one 2xx answer', () => {
    expect(ops).toHaveLength(94);
    const answered = new Set(client.seen.filter((s) => s.status === 200).map((s) => s.key));
    const missing = ops.map((m) => `${m.method} ${m.path}`).filter((k) => !answered.has(k));
    expect(missing).toEqual([]);
  });

  it('answers 2xx bodies that validate against the closed response schema', () => {
    const byKey = new Map(ops.map((m) => [`${m.method} ${m.path}`, m]));
    let checked = 0;
    const failures: string[] = [];
    const compiled = new Map<string, ReturnType<(typeof closed)['margin']['compile']>>();
    for (const s of client.seen) {
      if (s.status !== 200) continue;
      const meta = byKey.get(s.key)!;
      if (!compiled.has(s.key)) compiled.set(s.key, closed[meta.api].compile(schemaOf(meta, '200')));
      const validate = compiled.get(s.key)!;
      if (!validate(JSON.parse(s.text))) failures.push(`${s.key}: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${s.text.slice(0, 300)}`);
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(150);
  });

  it('would catch a property the schema does not name (the validators are closed)', () => {
    const order = client.seen.find((s) => s.key === 'GET /sapi/v1/margin/order' && s.status === 200)!;
    const validate = closed.margin.compile(schemaOf({ api: 'margin', method: 'GET', path: '/sapi/v1/margin/order' }, '200'));
    const body = JSON.parse(order.text);
    expect(validate(body)).toBe(true);
    expect(validate({ ...body, quoteQty: '1.00000000' })).toBe(false);
    expect(validate({ ...body, price: 1 })).toBe(false);
  });

  it('answers 400 bodies that validate against the error schema of their API', () => {
    const byKey = new Map(ops.map((m) => [`${m.method} ${m.path}`, m]));
    const failures: string[] = [];
    let checked = 0;
    for (const s of client.seen) {
      if (s.status !== 400) continue;
      const meta = byKey.get(s.key)!;
      const validate = closed[meta.api].compile(schemaOf(meta, '400'));
      if (!validate(JSON.parse(s.text))) failures.push(`${s.key}: ${s.text}`);
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(26);
  });

  it('writes int64 ids above 2^53 as exact bare JSON numbers', () => {
    const first = client.seen.find((s) => s.key === 'POST /sapi/v1/margin/order' && s.status === 200)!;
    expect(first.text).toContain(`"orderId":${BIG}`);
  });

  it('never writes a decimal with an exponent', () => {
    for (const s of client.seen) expect(s.text).not.toMatch(/"-?\d+(\.\d+)?e[+-]?\d+"/i);
  });
});

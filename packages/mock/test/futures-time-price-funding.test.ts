/**
 * Futures rules on the mock clock and the simulated book: `GTD` expiry, `priceMatch` prices, funding settlements
 * through the admin API (booked to the wallet and recorded as `FUNDING_FEE` income), and the admin API's answers
 * to bad input.
 */
import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { futuresOf } from '../src/futures/engine.js';
import { settleFunding } from '../src/futures/funding.js';
import { MockCore, adminOpenApi } from '../src/index.js';
import { createSpecValidator } from '@marginkit/spec/ajv';
import { T0, TestClient, mockFetch } from './helpers.js';

const KEY = 'futures-rules';
const SECRET = 'futures-rules-secret';
const MINUTE = 60_000;

function setup() {
  const fetch = mockFetch({
    accounts: [{ apiKey: KEY, apiSecret: SECRET, name: 'rules', portfolioMargin: { USDT: { free: '100000', umWalletBalance: '10000' }, BTC: { cmWalletBalance: '2' } } }],
  });
  const client = new TestClient(fetch, KEY, SECRET);
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://mock${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: JSON.parse(await res.text()) };
  };
  const order = (params: Record<string, string | number>) => client.post('/papi/v1/um/order', { symbol: 'BTCUSDT', ...params });
  return { fetch, client, admin, order };
}

describe('GTD on the mock clock', () => {
  it('keeps goodTillDate to the second and expires the open order when the clock reaches it', async () => {
    const { fetch, client, order } = setup();
    const until = T0 + 11 * MINUTE + 999;
    const placed = await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTD', quantity: '0.01', price: '39000', goodTillDate: until });
    expect([placed.status, placed.body.status, placed.body.goodTillDate]).toEqual([200, 'NEW', T0 + 11 * MINUTE]);

    fetch.mock.advanceClock(11 * MINUTE - 1);
    expect((await client.get('/papi/v1/um/openOrders', { symbol: 'BTCUSDT' })).body).toHaveLength(1);
    fetch.mock.advanceClock(1);
    expect((await client.get('/papi/v1/um/openOrders', { symbol: 'BTCUSDT' })).body).toEqual([]);
    const query = await client.get('/papi/v1/um/order', { symbol: 'BTCUSDT', orderId: placed.body.orderId });
    expect([query.body.status, query.body.updateTime]).toEqual(['EXPIRED', T0 + 11 * MINUTE]);
  });

  it('an expired GTD order no longer fills when the mark price reaches it', async () => {
    const { fetch, admin, order, client } = setup();
    await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTD', quantity: '0.01', price: '39000', goodTillDate: T0 + 20 * MINUTE });
    fetch.mock.advanceClock(20 * MINUTE);
    const moved = await admin('POST', '/__mock/futures/markPrices', { BTCUSDT: '38000' });
    expect(moved.body.events).toEqual([]);
    expect((await client.get('/papi/v1/um/userTrades', { symbol: 'BTCUSDT' })).body).toEqual([]);
  });

  it('refuses a goodTillDate 600 s ahead or less, or beyond 253402300799000 (-1130); GTC keeps none', async () => {
    const { order } = setup();
    for (const goodTillDate of [T0 + 600_000, T0 + 600_999, 253402300799000]) {
      const res = await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTD', quantity: '0.01', price: '39000', goodTillDate });
      expect(res.body, String(goodTillDate)).toEqual({ code: -1130, msg: "Data sent for parameter 'goodTillDate' is not valid." });
    }
    expect((await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTD', quantity: '0.01', price: '39000', goodTillDate: T0 + 601_000 })).status).toBe(200);
    const gtc = await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '39000' });
    expect(gtc.body.goodTillDate).toBe(0);
  });

  it('a waiting GTD conditional order expires on the clock', async () => {
    const { fetch, client } = setup();
    const params = { symbol: 'BTCUSDT', side: 'SELL', strategyType: 'STOP', quantity: '0.01', price: '38000', stopPrice: '39000', timeInForce: 'GTD', goodTillDate: T0 + 30 * MINUTE };
    const placed = await client.post('/papi/v1/um/conditional/order', params);
    expect(placed.body.strategyStatus).toBe('NEW');
    fetch.mock.advanceClock(30 * MINUTE);
    const history = await client.get('/papi/v1/um/conditional/orderHistory', { symbol: 'BTCUSDT', strategyId: placed.body.strategyId });
    expect([history.body.strategyStatus, history.body.updateTime]).toEqual(['EXPIRED', T0 + 30 * MINUTE]);
  });
});

describe('priceMatch from the simulated book around the mark', () => {
  it('QUEUE joins its own side n ticks out and rests; OPPONENT takes the other side and fills at the mark', async () => {
    const { order } = setup();
    // Mark 40000, tick 0.1: best bid 39999.9, best ask 40000.1.
    const cases: [string, string, string, string][] = [
      ['BUY', 'QUEUE', '39999.90000000', 'NEW'],
      ['BUY', 'QUEUE_5', '39999.50000000', 'NEW'],
      ['SELL', 'QUEUE_10', '40001.00000000', 'NEW'],
      ['SELL', 'QUEUE_20', '40002.00000000', 'NEW'],
      ['BUY', 'OPPONENT', '40000.10000000', 'FILLED'],
      ['SELL', 'OPPONENT_20', '39998.00000000', 'FILLED'],
    ];
    for (const [side, priceMatch, price, status] of cases) {
      const res = await order({ side, type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', priceMatch, newOrderRespType: 'RESULT' });
      expect([res.status, res.body.price, res.body.status, res.body.priceMatch], `${side} ${priceMatch}`).toEqual([200, price, status, priceMatch]);
      if (status === 'FILLED') expect(res.body.avgPrice).toBe('40000.00000000');
    }
  });

  it('a mark between ticks: the best bid is the tick below, the best ask the tick above', async () => {
    const { admin, order } = setup();
    await admin('POST', '/__mock/futures/markPrices', { BTCUSDT: '40000.05' });
    expect((await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', priceMatch: 'QUEUE' })).body.price).toBe('40000.00000000');
    expect((await order({ side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', priceMatch: 'QUEUE' })).body.price).toBe('40000.10000000');
  });

  it('a post-only (GTX) OPPONENT order would take and is refused (-5022); GTX QUEUE rests', async () => {
    const { order } = setup();
    expect((await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTX', quantity: '0.01', priceMatch: 'OPPONENT' })).body.code).toBe(-5022);
    expect((await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTX', quantity: '0.01', priceMatch: 'QUEUE' })).body.status).toBe('NEW');
  });

  it('price and priceMatch together are refused (-1128), on a new order and on a modification', async () => {
    const { order, client } = setup();
    expect((await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '39000', priceMatch: 'QUEUE' })).body.code).toBe(-1128);
    const placed = await order({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '39000' });
    const modify = await client.put('/papi/v1/um/order', { symbol: 'BTCUSDT', orderId: placed.body.orderId, side: 'BUY', quantity: '0.01', price: '39100', priceMatch: 'QUEUE' });
    expect(modify.body.code).toBe(-1128);
  });

  it('a STOP conditional order with priceMatch takes its price from the book when it triggers', async () => {
    const { client, admin } = setup();
    await client.post('/papi/v1/um/conditional/order', { symbol: 'BTCUSDT', side: 'BUY', strategyType: 'STOP', quantity: '0.01', stopPrice: '41000', priceMatch: 'QUEUE_5', timeInForce: 'GTC', newClientStrategyId: 'pm-stop' });
    const moved = await admin('POST', '/__mock/futures/markPrices', { BTCUSDT: '41000' });
    expect(moved.body.events.map((e: { kind: string; status: string }) => [e.kind, e.status])).toEqual([['conditional', 'TRIGGERED']]);
    const history = await client.get('/papi/v1/um/conditional/orderHistory', { symbol: 'BTCUSDT', newClientStrategyId: 'pm-stop' });
    const placed = await client.get('/papi/v1/um/order', { symbol: 'BTCUSDT', orderId: history.body.orderId });
    // Mark 41000: best bid 40999.9, fifth 40999.5.
    expect([placed.body.status, placed.body.price, placed.body.origType]).toEqual(['NEW', '40999.50000000', 'STOP']);
  });
});

describe('funding settlements (admin API)', () => {
  it('a positive rate: the long pays notional × rate, the short receives it, booked to the UM wallet', async () => {
    const { fetch, admin, order, client } = setup();
    await client.post('/papi/v1/um/positionSide/dual', { dualSidePosition: 'true' });
    await order({ side: 'BUY', positionSide: 'LONG', type: 'MARKET', quantity: '0.5' });
    await order({ side: 'SELL', positionSide: 'SHORT', type: 'MARKET', quantity: '0.2' });
    await admin('POST', '/__mock/futures/markPrices', { BTCUSDT: '42000' });

    const settled = await admin('POST', '/__mock/futures/funding', { BTCUSDT: '0.0001' });
    expect(settled.status).toBe(200);
    // LONG 0.5 × 42000 × 0.0001 = 2.1 paid; SHORT 0.2 × 42000 × 0.0001 = 0.84 received.
    expect(settled.body.events.map((e: Record<string, string>) => [e.account, e.market, e.symbol, e.positionSide, e.fundingRate, e.income, e.asset])).toEqual([
      ['rules', 'um', 'BTCUSDT', 'LONG', '0.00010000', '-2.10000000', 'USDT'],
      ['rules', 'um', 'BTCUSDT', 'SHORT', '0.00010000', '0.84000000', 'USDT'],
    ]);
    expect(settled.body.fundingTime).toBe(fetch.mock.now());
    const adminDoc = JSON.parse(adminOpenApi());
    const validate = createSpecValidator(adminDoc).compile(adminDoc.paths['/__mock/futures/funding'].post.responses['200'].content['application/json'].schema);
    expect(validate(settled.body), JSON.stringify(validate.errors)).toBe(true);
    // 10000 − taker commission (0.5 + 0.2) × 40000 × 0.0005 = 14 − 2.1 + 0.84.
    expect((await client.get('/papi/v1/balance', { asset: 'USDT' })).body.umWalletBalance).toBe('9984.74000000');
    // Flat positions pay nothing: close both, settle again.
    await order({ side: 'SELL', positionSide: 'LONG', type: 'MARKET', quantity: '0.5' });
    await order({ side: 'BUY', positionSide: 'SHORT', type: 'MARKET', quantity: '0.2' });
    expect((await admin('POST', '/__mock/futures/funding', {})).body.events).toEqual([]);
  });

  it('records each settlement as a FUNDING_FEE income event with its own tranId (the income interface)', () => {
    const core = new MockCore({ clock: { start: T0, frozen: true }, accounts: [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin: { USDT: { umWalletBalance: '1000' } } }] });
    const f = futuresOf(core.engine);
    const account = core.engine.accounts.get(KEY)!;
    f.placeOrder(account, 'um', { symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: new D('2'), reduceOnly: false });
    const events = settleFunding(f, new Map([['ETHUSDT', new D('0.0005')]]));
    const income = f.account(account).income;
    expect(income.map((e) => [e.incomeType, e.income.toFixed()])).toEqual([
      ['COMMISSION', '-2.5'],
      ['FUNDING_FEE', '2.5'],
    ]);
    expect(events.map((e) => e.tranId)).toEqual([income[1]!.tranId]);
    expect(account.portfolioMargin.wallet.get('USDT').um.toFixed()).toBe('1000');
  });

  it('CM in the coin, a negative rate, the configured rate when the body is empty, half-up to 8 decimals', async () => {
    const { admin, client } = setup();
    // 7 contracts of 100 USD short at 30000 (mark moved first): value 700 / 30000 = 0.02333333 BTC.
    await admin('POST', '/__mock/futures/markPrices', { BTCUSD_PERP: '30000' });
    await client.post('/papi/v1/cm/order', { symbol: 'BTCUSD_PERP', side: 'SELL', type: 'MARKET', quantity: '7' });
    const negative = await admin('POST', '/__mock/futures/funding', { BTCUSD_PERP: '-0.0003' });
    // A short pays at a negative rate: 0.02333333 × 0.0003 = 0.000006999999 → 0.00000700.
    expect(negative.body.events.map((e: Record<string, string>) => [e.market, e.positionSide, e.income, e.asset])).toEqual([['cm', 'BOTH', '-0.00000700', 'BTC']]);
    const configured = await admin('POST', '/__mock/futures/funding', {});
    // Demo rate 0.0001: the short receives 0.000002333333 → 0.00000233.
    expect(configured.body.events.map((e: Record<string, string>) => [e.symbol, e.fundingRate, e.income])).toEqual([['BTCUSD_PERP', '0.00010000', '0.00000233']]);
    const balance = (await client.get('/papi/v1/balance', { asset: 'BTC' })).body;
    // 2 BTC − commission 0.02333333 × 0.0005 (0.00001167) − 0.000007 + 0.00000233.
    expect(balance.cmWalletBalance).toBe('1.99998366');
  });

  it('refuses unknown symbols and rates that are not decimal strings, changing nothing', async () => {
    const { admin } = setup();
    expect(await admin('POST', '/__mock/futures/funding', { DOGEUSDT: '0.0001' })).toEqual({ status: 400, body: { code: -1130, msg: "Unknown futures symbol 'DOGEUSDT'." } });
    expect((await admin('POST', '/__mock/futures/funding', { BTCUSDT: 0.0001 })).body.msg).toMatch(/funding rate of BTCUSDT must be a decimal string/);
    expect((await admin('POST', '/__mock/futures/funding', { BTCUSDT: '1e-4' })).status).toBe(400);
    expect((await admin('POST', '/__mock/futures/markPrices', { BTCUSDT: '-1' })).body).toEqual({ code: -1130, msg: 'The mark price of BTCUSDT must be a positive decimal string with at most 8 decimals.' });
    expect((await admin('POST', '/__mock/futures/markPrices', { path: { BTCUSDT: [] } })).status).toBe(400);
    expect((await admin('GET', '/__mock/futures/markPrices')).body.markPrices.BTCUSDT).toBe('40000.00000000');
  });
});

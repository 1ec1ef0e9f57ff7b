/**
 * The stateful SAPI breadth operations: universal transfers and the margin account's activation, API-key
 * permissions, symbol order rules, self-trade prevention and prevented matches, special keys, isolated-account
 * switches and market data, and manual liquidation.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AccountConfig } from '../src/index.js';
import { TestClient, bal, mockFetch, T0 } from './helpers.js';

const DAY = 86_400_000;
const ZERO = '0.00000000';

function setup(account: Partial<AccountConfig> = {}, extra: Parameters<typeof mockFetch>[0] = {}) {
  const fetch = mockFetch({
    prices: { BTCUSDT: '40000', ETHUSDT: '2500', BNBUSDT: '300', ETHBTC: '0.0625' },
    interest: { defaultHourlyRate: '0' },
    accounts: [
      {
        apiKey: 'k',
        apiSecret: 's',
        margin: { USDT: { free: '10000' }, BTC: { free: '1' } },
        isolated: { BTCUSDT: { USDT: { free: '1000' } } },
        spot: { USDT: { free: '5000' }, ETH: { free: '2' } },
        ...account,
      },
    ],
    ...extra,
  });
  const c = new TestClient(fetch, 'k', 's');
  const snapshot = () => fetch.mock.account('k') as Record<string, any>;
  return { fetch, c, snapshot };
}

const error = (res: { status: number; body: any }) => [res.status, res.body?.code];
/** The account snapshot as comparable text (it holds a bigint id). */
const text = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));

describe('universal transfer (margin directions)', () => {
  it('moves between spot, cross and isolated wallets and records each transfer', async () => {
    const { c, snapshot } = setup();
    const t1 = await c.post('/sapi/v1/asset/transfer', { type: 'MAIN_MARGIN', asset: 'USDT', amount: '1000.5' });
    expect(t1.status, t1.text).toBe(200);
    expect(typeof t1.body.tranId).toBe('bigint');
    expect(bal(snapshot().spot, 'USDT').free).toBe('3999.50000000');
    expect(bal(snapshot().margin, 'USDT').free).toBe('11000.50000000');
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '500', toSymbol: 'BTCUSDT' })).status).toBe(200);
    expect(bal(snapshot().isolated.BTCUSDT, 'USDT').free).toBe('1500.00000000');
    // A new isolated pair is created by its first transfer.
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'ISOLATEDMARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '200', fromSymbol: 'BTCUSDT', toSymbol: 'ETHUSDT' })).status).toBe(200);
    expect(bal(snapshot().isolated.ETHUSDT, 'USDT').free).toBe('200.00000000');
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_MAIN', asset: 'BTC', amount: '0.25' })).status).toBe(200);
    expect(bal(snapshot().spot, 'BTC').free).toBe('0.25000000');
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_FUNDING', asset: 'USDT', amount: '1' })).status).toBe(200);
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'FUNDING_MARGIN', asset: 'USDT', amount: '1' })).status).toBe(200);
  });

  it('answers -3020 when a transfer out of a margin wallet exceeds what the loans allow', async () => {
    const { c, snapshot } = setup({ margin: { USDT: { free: '1000' } } });
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1000', type: 'BORROW' })).status).toBe(200);
    const max = (await c.get('/sapi/v1/margin/maxTransferable', { asset: 'USDT' })).body.amount;
    const over = await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_MAIN', asset: 'USDT', amount: '1500' });
    expect(over.body).toEqual({ code: -3020, msg: 'Transfer out amount exceeds max amount.' });
    expect(bal(snapshot().margin, 'USDT').free).toBe('2000.00000000');
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_MAIN', asset: 'USDT', amount: max })).status).toBe(200);
  });

  it.each([
    [{ type: 'MAIN_MARGIN', asset: 'USDT', amount: '5000.01' }, -5002],
    [{ type: 'UMFUTURE_MARGIN', asset: 'USDT', amount: '1' }, -5002],
    [{ type: 'MAIN_MARGIN', asset: 'NOPE', amount: '1' }, -3027],
    [{ type: 'MARGIN_ISOLATEDMARGIN', asset: 'ETH', amount: '1', toSymbol: 'BTCUSDT' }, -3028],
    [{ type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1' }, -1102],
    [{ type: 'ISOLATEDMARGIN_MARGIN', asset: 'USDT', amount: '1', fromSymbol: 'ETHUSDT' }, -11001],
    [{ type: 'MAIN_MARGIN', asset: 'USDT', amount: '0' }, -1130],
    [{ type: 'MAIN_FUNDING', asset: 'USDT', amount: '1' }, -1130],
  ])('refuses %j with %i and moves nothing', async (params, code) => {
    const { c, snapshot } = setup();
    const before = text(snapshot());
    const res = await c.post('/sapi/v1/asset/transfer', params);
    expect(error(res)).toEqual([400, code]);
    expect(text(snapshot())).toBe(before);
  });

  it('answers -3003 until the first transfer activates the margin account (the guide\'s first common mistake)', async () => {
    const { c } = setup({ marginActivated: false, margin: {}, isolated: {} });
    for (const [method, path, params] of [
      ['GET', '/sapi/v1/margin/account', {}],
      ['POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' }],
      ['POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'BORROW' }],
      ['POST', '/sapi/v1/asset/transfer', { type: 'MARGIN_MAIN', asset: 'USDT', amount: '1' }],
    ] as const) {
      const res = await c.call(method, path, params);
      expect(res.body, `${method} ${path}`).toEqual({ code: -3003, msg: 'Margin account does not exist.' });
    }
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MAIN_MARGIN', asset: 'USDT', amount: '100' })).status).toBe(200);
    const account = await c.get('/sapi/v1/margin/account');
    expect(account.status).toBe(200);
    expect(account.body.userAssets).toEqual([expect.objectContaining({ asset: 'USDT', free: '100.00000000' })]);
  });
});

describe("Binance's lending inventory (the guide's -3045)", () => {
  it('answers an auto-borrowing order that the inventory cannot serve with -3045, and one that needs no loan normally', async () => {
    const { c, snapshot } = setup({ margin: { USDT: { free: '100000' } } }, { marketData: { inventory: { MARGIN: { ETH: '2' } } } });
    const short = await c.post('/sapi/v1/margin/order', { symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '3', sideEffectType: 'MARGIN_BUY' });
    expect(short.body).toEqual({ code: -3045, msg: 'The system does not have enough asset now.' });
    expect(bal(snapshot().margin, 'ETH').borrowed).toBe(ZERO);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '2', sideEffectType: 'MARGIN_BUY' })).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'ETHUSDT', side: 'BUY', type: 'MARKET', quantity: '3', sideEffectType: 'MARGIN_BUY' })).status).toBe(200);
  });
});

describe('API-key permissions (the guide\'s -2015)', () => {
  it.each([
    [{ enableSpotAndMarginTrading: false }, 'POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' }],
    [{ enableSpotAndMarginTrading: false }, 'POST', '/sapi/v1/margin/apiKey', { apiName: 'x' }],
    [{ enableMargin: false }, 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'BORROW' }],
    [{ permitsUniversalTransfer: false }, 'POST', '/sapi/v1/asset/transfer', { type: 'MAIN_MARGIN', asset: 'USDT', amount: '1' }],
  ] as const)('%j refuses %s %s with 401 -2015', async (permissions, method, path, params) => {
    const { c } = setup({ permissions });
    const res = await c.call(method, path, params);
    expect([res.status, res.body]).toEqual([401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }]);
    // Reading stays allowed.
    expect((await c.get('/sapi/v1/margin/account')).status).toBe(200);
  });

  it('refuses a call from an address outside the key\'s IP whitelist', async () => {
    const { c } = setup({ ipWhitelist: ['10.0.0.1'] });
    expect(error(await c.get('/sapi/v1/margin/account'))).toEqual([401, -2015]);
    const allowed = setup({ ipWhitelist: ['127.0.0.1'] });
    expect((await allowed.c.get('/sapi/v1/margin/account')).status).toBe(200);
  });

  it('holds the IP whitelist on every API the key reaches: Portfolio Margin calls too', async () => {
    const { c } = setup({ ipWhitelist: ['10.0.0.1'] });
    expect(error(await c.get('/papi/v1/account'))).toEqual([401, -2015]);
    expect(error(await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }))).toEqual([401, -2015]);
    expect(error(await c.post('/papi/v1/listenKey', {}, { signed: false, timestamp: false }))).toEqual([401, -2015]);
    const allowed = setup({ ipWhitelist: ['127.0.0.1'] });
    expect((await allowed.c.get('/papi/v1/account')).status).toBe(200);
  });
});

describe('symbol order rules (-1013, -3064)', () => {
  const rules = {
    orderRules: { BTCUSDT: { tickSize: '0.01', stepSize: '0.00001', minQty: '0.00001', maxQty: '9000', minNotional: '5' } },
    marketData: { limitPricePairs: ['BTCUSDT'] },
  };

  it.each([
    [{ type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000.005' }, -1013, 'Filter failure: PRICE_FILTER'],
    [{ type: 'LIMIT', timeInForce: 'GTC', quantity: '0.000015', price: '30000' }, -1013, 'Filter failure: LOT_SIZE'],
    [{ type: 'LIMIT', timeInForce: 'GTC', quantity: '10000', price: '30000' }, -1013, 'Filter failure: LOT_SIZE'],
    [{ type: 'LIMIT', timeInForce: 'GTC', quantity: '0.0001', price: '30000' }, -1013, 'Filter failure: NOTIONAL'],
    [{ type: 'MARKET', quoteOrderQty: '4.99' }, -1013, 'Filter failure: NOTIONAL'],
    [{ type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '46001' }, -3064, 'Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.'],
  ])('refuses a BUY %j with %i', async (order, code, msg) => {
    const { c, snapshot } = setup({}, rules);
    const before = text(snapshot());
    const res = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', ...order });
    expect([res.status, res.body]).toEqual([400, { code, msg }]);
    expect(text(snapshot())).toBe(before);
  });

  it('applies to the legs of OCO, OTO and OTOCO lists and to PAPI margin orders; symbols without rules take anything', async () => {
    const { c } = setup({ portfolioMargin: { USDT: { free: '10000' } } }, rules);
    expect(error(await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.011', price: '45000.001', stopPrice: '35000' }))).toEqual([400, -1013]);
    const oto = await c.post('/sapi/v1/margin/order/oto', {
      symbol: 'BTCUSDT', workingType: 'LIMIT_MAKER', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01',
      pendingType: 'LIMIT_MAKER', pendingSide: 'SELL', pendingPrice: '45000.001', pendingQuantity: '0.01',
    });
    expect(oto.body).toEqual({ code: -1013, msg: 'Filter failure: PRICE_FILTER' });
    expect(error(await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.000015', price: '30000' }))).toEqual([400, -1013]);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'ETHUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.0000001', price: '0.0001' })).status).toBe(200);
    // A SELL limit far above the price is fine: the band only limits buying dear and selling cheap.
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '60000' })).status).toBe(200);
    // The band holds orders going on the book now: not an OTO's pending order, not a portfolio-margin order.
    const pendingAbove = await c.post('/sapi/v1/margin/order/oto', {
      symbol: 'BTCUSDT', workingType: 'LIMIT_MAKER', workingSide: 'SELL', workingPrice: '80000', workingQuantity: '0.01',
      pendingType: 'LIMIT', pendingSide: 'BUY', pendingPrice: '50000', pendingQuantity: '0.01', pendingTimeInForce: 'GTC',
    });
    expect(pendingAbove.status, pendingAbove.text).toBe(200);
    expect((await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '47000' })).status).toBe(200);
  });
});

describe('self-trade prevention and prevented matches', () => {
  async function rest(c: TestClient) {
    return (await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '41000' })).body;
  }
  const takerParams = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.2', price: '42000' };

  it('EXPIRE_MAKER expires the resting order, fills the incoming one and records the match', async () => {
    const { c, snapshot } = setup();
    const maker = await rest(c);
    expect(bal(snapshot().margin, 'BTC').locked).toBe('0.10000000');
    const taker = await c.post('/sapi/v1/margin/order', { ...takerParams, selfTradePreventionMode: 'EXPIRE_MAKER' });
    expect(taker.body.status).toBe('FILLED');
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: String(maker.orderId) })).body.status).toBe('EXPIRED_IN_MATCH');
    expect(bal(snapshot().margin, 'BTC').locked).toBe(ZERO);
    const byOrder = await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', orderId: String(taker.body.orderId) });
    expect(byOrder.body).toEqual([
      {
        symbol: 'BTCUSDT',
        preventedMatchId: 1,
        takerOrderId: taker.body.orderId,
        makerSymbol: 'BTCUSDT',
        makerOrderId: maker.orderId,
        tradeGroupId: expect.anything(),
        selfTradePreventionMode: 'EXPIRE_MAKER',
        price: '41000.00000000',
        makerPreventedQuantity: '0.10000000',
        transactTime: T0,
      },
    ]);
    const byMaker = await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', orderId: String(maker.orderId) });
    const byId = await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1 });
    expect([byMaker.body, byId.body]).toEqual([byOrder.body, byOrder.body]);
    expect((await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', orderId: String(taker.body.orderId), fromPreventedMatchId: 2 })).body).toEqual([]);
  });

  it('EXPIRE_TAKER expires the incoming order (EXPIRED_IN_MATCH) and leaves the resting one; NONE trades with the market', async () => {
    const { c } = setup();
    const maker = await rest(c);
    const taker = await c.post('/sapi/v1/margin/order', { ...takerParams, selfTradePreventionMode: 'EXPIRE_TAKER' });
    expect([taker.status, taker.body.status, taker.body.executedQty]).toEqual([200, 'EXPIRED_IN_MATCH', ZERO]);
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: String(maker.orderId) })).body.status).toBe('NEW');
    const match = (await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', orderId: String(maker.orderId) })).body;
    expect(match).toEqual([expect.objectContaining({ selfTradePreventionMode: 'EXPIRE_TAKER', takerPreventedQuantity: '0.20000000' })]);
    expect(match[0].makerPreventedQuantity).toBeUndefined();
    const none = await c.post('/sapi/v1/margin/order', { ...takerParams, selfTradePreventionMode: 'NONE' });
    expect(none.body.status).toBe('FILLED');
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: String(maker.orderId) })).body.status).toBe('NEW');
  });

  it('EXPIRE_BOTH expires both and reports both quantities; an order below the resting price is not a self-trade', async () => {
    const { c } = setup();
    const maker = await rest(c);
    const cheap = await c.post('/sapi/v1/margin/order', { ...takerParams, quantity: '0.01', price: '40500', selfTradePreventionMode: 'EXPIRE_BOTH' });
    expect(cheap.body.status).toBe('FILLED');
    const both = await c.post('/sapi/v1/margin/order', { ...takerParams, selfTradePreventionMode: 'EXPIRE_BOTH' });
    expect(both.body.status).toBe('EXPIRED_IN_MATCH');
    const match = (await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1 })).body;
    expect(match).toEqual([expect.objectContaining({ makerOrderId: maker.orderId, makerPreventedQuantity: '0.10000000', takerPreventedQuantity: '0.20000000' })]);
  });

  it('takes the documented parameter combinations only', async () => {
    const { c } = setup();
    expect(error(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT' }))).toEqual([400, -1102]);
    expect(error(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1, orderId: 2 }))).toEqual([400, -1128]);
    expect(error(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'BTCUSDT', preventedMatchId: 1, fromPreventedMatchId: 2 }))).toEqual([400, -1128]);
    expect(error(await c.get('/sapi/v1/margin/myPreventedMatches', { symbol: 'NOPEUSDT', orderId: 2 }))).toEqual([400, -1121]);
  });
});

describe('special keys', () => {
  it('lives through create, query, list, IP edit and delete; keys of a pair stay apart from cross keys', async () => {
    const { c } = setup();
    const hmac = await c.post('/sapi/v1/margin/apiKey', { apiName: 'bot', ip: '192.168.0.1, 10.0.0.2' });
    expect(hmac.status, hmac.text).toBe(200);
    expect(hmac.body).toMatchObject({ type: 'HMAC_SHA256', secretKey: expect.stringMatching(/^[A-Za-z0-9]{64}$/), apiKey: expect.stringMatching(/^[A-Za-z0-9]{64}$/) });
    const { publicKey } = generateKeyPairSync('ed25519');
    const ed = await c.post('/sapi/v1/margin/apiKey', { apiName: 'watch', symbol: 'BTCUSDT', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), permissionMode: 'READ' });
    expect(ed.body).toMatchObject({ type: 'Ed25519', secretKey: null });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const rsaKey = await c.post('/sapi/v1/margin/apiKey', { apiName: 'bot', publicKey: rsa, permissionMode: 'READ' });
    expect(rsaKey.body).toMatchObject({ type: 'RSA', secretKey: null });

    expect((await c.get('/sapi/v1/margin/apiKey', { apiKey: hmac.body.apiKey })).body).toEqual({
      apiKey: hmac.body.apiKey, ip: '192.168.0.1,10.0.0.2', apiName: 'bot', type: 'HMAC_SHA256', permissionMode: 'TRADE',
    });
    // An RSA key ignores permissionMode=READ; the Ed25519 key keeps it. Cross and isolated lists are separate.
    expect((await c.get('/sapi/v1/margin/api-key-list')).body.map((k: any) => [k.apiName, k.type, k.permissionMode])).toEqual([
      ['bot', 'HMAC_SHA256', 'TRADE'],
      ['bot', 'RSA', 'TRADE'],
    ]);
    expect((await c.get('/sapi/v1/margin/api-key-list', { symbol: 'BTCUSDT' })).body).toEqual([
      { apiName: 'watch', apiKey: ed.body.apiKey, ip: '0.0.0.0', type: 'Ed25519', permissionMode: 'READ' },
    ]);
    expect(error(await c.get('/sapi/v1/margin/apiKey', { apiKey: ed.body.apiKey }))).toEqual([400, -1130]);

    expect((await c.put('/sapi/v1/margin/apiKey/ip', { apiKey: hmac.body.apiKey, ip: '1.2.3.4' })).status).toBe(200);
    expect((await c.get('/sapi/v1/margin/apiKey', { apiKey: hmac.body.apiKey })).body.ip).toBe('1.2.3.4');
    expect(error(await c.put('/sapi/v1/margin/apiKey/ip', { apiKey: hmac.body.apiKey, ip: 'not-an-ip' }))).toEqual([400, -1130]);
    expect(error(await c.put('/sapi/v1/margin/apiKey/ip', { apiKey: hmac.body.apiKey, ip: Array.from({ length: 31 }, (_, i) => `10.0.0.${i}`).join(',') }))).toEqual([400, -1130]);

    // apiName deletes every key of that name; apiKey wins over apiName.
    expect((await c.delete('/sapi/v1/margin/apiKey', { apiName: 'bot' })).status).toBe(200);
    expect((await c.get('/sapi/v1/margin/api-key-list')).body).toEqual([]);
    expect((await c.delete('/sapi/v1/margin/apiKey', { apiKey: ed.body.apiKey, apiName: 'nothing', symbol: 'BTCUSDT' })).status).toBe(200);
    expect(error(await c.delete('/sapi/v1/margin/apiKey', {}))).toEqual([400, -1102]);
    expect(error(await c.post('/sapi/v1/margin/apiKey', { apiName: 'x', publicKey: 'not a key' }))).toEqual([400, -1130]);
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(error(await c.post('/sapi/v1/margin/apiKey', { apiName: 'x', publicKey: ec }))).toEqual([400, -1130]);
    expect(error(await c.post('/sapi/v1/margin/apiKey', { apiName: 'x', symbol: 'ETHUSDT' }))).toEqual([400, -11001]);
  });

  it('leaves special key mode only without loans, deleting the cross keys and starting a 24-hour cool-down', async () => {
    const { fetch, c } = setup({ margin: { USDT: { free: '10000' } }, specialKeys: [{ apiName: 'old', apiKey: 'K1' }, { apiName: 'iso', apiKey: 'K2', symbol: 'BTCUSDT' }] });
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '10', type: 'BORROW' })).status).toBe(200);
    expect(error(await c.post('/sapi/v1/margin/exit-special-key-mode'))).toEqual([400, -1020]);
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '10', type: 'REPAY' })).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/exit-special-key-mode')).body).toEqual({});
    expect((await c.get('/sapi/v1/margin/api-key-list')).body).toEqual([]);
    expect((await c.get('/sapi/v1/margin/api-key-list', { symbol: 'BTCUSDT' })).body).toHaveLength(1);
    expect(error(await c.post('/sapi/v1/margin/apiKey', { apiName: 'again' }))).toEqual([400, -1020]);
    // The cool-down is the cross-margin mode's: a key of an isolated pair can still be created.
    expect((await c.post('/sapi/v1/margin/apiKey', { apiName: 'iso-again', symbol: 'BTCUSDT' })).status).toBe(200);
    // Outside the mode the exit changes nothing and succeeds.
    expect((await c.post('/sapi/v1/margin/exit-special-key-mode')).status).toBe(200);
    fetch.mock.advanceClock(DAY);
    expect((await c.post('/sapi/v1/margin/apiKey', { apiName: 'again' })).status).toBe(200);
  });
});

describe('isolated accounts', () => {
  it('disables and enables a pair, counts it against the limit, and refuses trading and borrowing while disabled', async () => {
    const { fetch, c } = setup({ isolatedAccounts: { maxAccount: 1 } });
    expect((await c.get('/sapi/v1/margin/isolated/accountLimit')).body).toEqual({ enabledAccount: 1, maxAccount: 1 });
    // The limit is reached: a transfer into a new pair cannot create its account.
    expect(error(await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1', toSymbol: 'ETHUSDT' }))).toEqual([400, -1020]);
    expect((await c.delete('/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' })).body).toEqual({ success: true, symbol: 'BTCUSDT' });
    expect((await c.get('/sapi/v1/margin/isolated/accountLimit')).body).toEqual({ enabledAccount: 0, maxAccount: 1 });
    expect((await c.get('/sapi/v1/margin/isolated/account', { symbols: 'BTCUSDT' })).body.assets[0].enabled).toBe(false);
    expect(error(await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'BUY', type: 'MARKET', quantity: '0.001' }))).toEqual([400, -3021]);
    expect(error(await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '1', type: 'BORROW' }))).toEqual([400, -3008]);
    expect(error(await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1', toSymbol: 'BTCUSDT' }))).toEqual([400, -3043]);
    // Transfers out still work.
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'ISOLATEDMARGIN_MARGIN', asset: 'USDT', amount: '1', fromSymbol: 'BTCUSDT' })).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' })).body).toEqual({ success: true, symbol: 'BTCUSDT' });
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'BUY', type: 'MARKET', quantity: '0.001' })).status).toBe(200);
    // Disabling again within 24 hours is refused.
    expect(error(await c.delete('/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' }))).toEqual([400, -3026]);
    fetch.mock.advanceClock(DAY);
    expect((await c.delete('/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' })).status).toBe(200);
  });

  it('refuses to disable a pair with loans or open orders, and to enable a pair without an account', async () => {
    const { c } = setup();
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '10', type: 'BORROW' })).status).toBe(200);
    expect(error(await c.delete('/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' }))).toEqual([400, -3026]);
    expect(error(await c.post('/sapi/v1/margin/isolated/account', { symbol: 'ETHUSDT' }))).toEqual([400, -11001]);
    expect(error(await c.post('/sapi/v1/margin/isolated/account', { symbol: 'NOPEUSDT' }))).toEqual([400, -1121]);
  });

  it('serves pairs, fee data and tiers from the configuration', async () => {
    const { c } = setup({ vipLevel: 2 }, { leverage: 10, borrowLimits: { BTC: '270' }, interest: { hourlyRates: { BTC: '0.00001' }, defaultHourlyRate: '0.00002' } });
    const pairs = await c.get('/sapi/v1/margin/isolated/allPairs', {}, { signed: false });
    expect(pairs.body.map((p: any) => p.symbol)).toEqual(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'ETHBTC']);
    expect((await c.get('/sapi/v1/margin/isolated/allPairs', { symbol: 'ETHBTC' }, { signed: false })).body).toEqual([
      { base: 'ETH', isBuyAllowed: true, isMarginTrade: true, isSellAllowed: true, quote: 'BTC', symbol: 'ETHBTC' },
    ]);
    expect((await c.get('/sapi/v1/margin/isolatedMarginData', { symbol: 'BTCUSDT' })).body).toEqual([
      {
        vipLevel: 2,
        symbol: 'BTCUSDT',
        leverage: '10',
        data: [
          { coin: 'BTC', dailyInterest: '0.00024000', borrowLimit: '270' },
          { coin: 'USDT', dailyInterest: '0.00048000', borrowLimit: '1000000000' },
        ],
      },
    ]);
    expect((await c.get('/sapi/v1/margin/isolatedMarginData', { vipLevel: 0 })).body).toHaveLength(4);
    expect((await c.get('/sapi/v1/margin/isolatedMarginTier', { symbol: 'BTCUSDT' })).body).toEqual([
      { symbol: 'BTCUSDT', tier: 1, effectiveMultiple: '10', initialRiskRatio: '1.112', liquidationRiskRatio: '1.1', baseAssetMaxBorrowable: '270', quoteAssetMaxBorrowable: '1000000000' },
    ]);
    expect((await c.get('/sapi/v1/margin/isolatedMarginTier', { symbol: 'BTCUSDT', tier: 2 })).body).toEqual([]);
  });
});

describe('manual liquidation', () => {
  it('cancels the wallet\'s open orders and closes its loans with its own balance, then by selling other assets', async () => {
    const { c, snapshot } = setup({ margin: { USDT: { free: '100' }, BTC: { free: '1' } } });
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '4000', type: 'BORROW' })).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000' })).status).toBe(200);
    expect((await c.post('/sapi/v1/asset/transfer', { type: 'MARGIN_MAIN', asset: 'USDT', amount: '200' })).status).toBe(200);
    const res = await c.post('/sapi/v1/margin/manual-liquidation', { type: 'MARGIN' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ asset: 'USDT', interest: ZERO, principal: '4000.00000000', liabilityAsset: 'BTC', liabilityQty: '0.00250000' });
    const margin = snapshot().margin;
    expect(bal(margin, 'USDT')).toMatchObject({ free: ZERO, locked: ZERO, borrowed: ZERO });
    expect(bal(margin, 'BTC').free).toBe('0.99750000');
    expect(snapshot().openOrders.margin).toBe(0);
    expect((await c.post('/sapi/v1/margin/manual-liquidation', { type: 'MARGIN' })).body).toEqual([]);
    expect(error(await c.post('/sapi/v1/margin/manual-liquidation', { type: 'ISOLATED' }))).toEqual([400, -1102]);
    expect(error(await c.post('/sapi/v1/margin/manual-liquidation', { type: 'ISOLATED', symbol: 'ETHUSDT' }))).toEqual([400, -11001]);
  });
});

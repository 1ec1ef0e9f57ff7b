/**
 * The simulator's documented rules: fills, locks, side effects, OCO, borrowing, interest, the collateral rule,
 * listen keys and the admin controls.
 */
import { describe, expect, it } from 'vitest';
import { T0, TestClient, admin, bal, mockFetch } from './helpers.js';

const HOUR = 3_600_000;
const ZERO = '0.00000000';

function setup(extra: Parameters<typeof mockFetch>[0] = {}) {
  const fetch = mockFetch({
    prices: { BTCUSDT: '40000', ETHUSDT: '2500', BTCUSDC: '40000' },
    interest: { defaultHourlyRate: '0' },
    accounts: [
      {
        apiKey: 'k',
        apiSecret: 's',
        margin: { USDT: { free: '10000' }, BTC: { free: '1' } },
        isolated: { BTCUSDT: { USDT: { free: '1000' } } },
        portfolioMargin: { USDT: { free: '10000' }, BTC: { free: '1' } },
      },
    ],
    ...extra,
  });
  const c = new TestClient(fetch, 'k', 's');
  const wallet = (name: 'margin' | 'portfolioMargin' = 'margin') => fetch.mock.account('k')![name] as Record<string, any>;
  return { fetch, c, wallet };
}

describe('fills', () => {
  it('a resting LIMIT BUY locks quantity × price and fills at its own price when the price crosses it', async () => {
    const { fetch, c, wallet } = setup();
    const placed = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000' });
    expect(placed.body).toMatchObject({ status: 'NEW', executedQty: ZERO, cummulativeQuoteQty: ZERO, fills: [] });
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '6100.00000000', locked: '3900.00000000' });
    expect(fetch.mock.setPrice('BTCUSDT', '39500')).toEqual([]);
    const filled = fetch.mock.setPrice('BTCUSDT', '38000');
    expect(filled).toEqual([{ api: 'margin', apiKey: 'k', symbol: 'BTCUSDT', orderId: BigInt(placed.body.orderId), status: 'FILLED' }]);
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '6100.00000000', locked: ZERO });
    expect(bal(wallet(), 'BTC').free).toBe('1.10000000');
    const order = await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: placed.body.orderId });
    expect(order.body).toMatchObject({ status: 'FILLED', executedQty: '0.10000000', cummulativeQuoteQty: '3900.00000000', updateTime: T0, isWorking: true });
    const trades = await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDT' });
    expect(trades.body).toEqual([
      expect.objectContaining({ orderId: placed.body.orderId, price: '39000.00000000', qty: '0.10000000', isBuyer: true, isMaker: true, commission: ZERO }),
    ]);
  });

  it('a marketable LIMIT fills at once at the symbol price, and commission is charged in the received asset', async () => {
    const { c, wallet } = setup({ commissionRate: '0.001' });
    const res = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '41000' });
    expect(res.body).toMatchObject({
      status: 'FILLED',
      price: '41000.00000000',
      cummulativeQuoteQty: '4000.00000000',
      fills: [{ price: '40000.00000000', qty: '0.10000000', commission: '0.00010000', commissionAsset: 'BTC' }],
    });
    expect(bal(wallet('portfolioMargin'), 'BTC').free).toBe('1.09990000');
    expect(bal(wallet('portfolioMargin'), 'USDT').free).toBe('6000.00000000');
  });

  it('MARKET by quoteOrderQty buys what the amount pays for, rounded down to 8 decimals', async () => {
    const { c } = setup();
    const res = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '100' });
    expect(res.body).toMatchObject({ status: 'FILLED', price: ZERO, origQty: '0.00250000', cummulativeQuoteQty: '100.00000000' });
  });

  it('IOC that cannot fill expires without locking anything', async () => {
    const { c, wallet } = setup();
    const res = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', quantity: '0.1', price: '30000' });
    expect(res.body).toMatchObject({ status: 'EXPIRED', executedQty: ZERO });
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '10000.00000000', locked: ZERO });
  });

  it('STOP_LOSS rests untriggered, then fills at the new price when reached', async () => {
    const { fetch, c, wallet } = setup();
    const res = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.5', stopPrice: '38000' });
    expect(res.body).toEqual({ symbol: 'BTCUSDT', orderId: res.body.orderId, clientOrderId: res.body.clientOrderId, isIsolated: false, transactTime: T0 });
    const waiting = await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(waiting.body).toMatchObject({ status: 'NEW', isWorking: false, stopPrice: '38000.00000000', price: ZERO });
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '0.50000000', locked: '0.50000000' });
    fetch.mock.setPrice('BTCUSDT', '37000');
    const done = await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(done.body).toMatchObject({ status: 'FILLED', isWorking: true, cummulativeQuoteQty: '18500.00000000' });
    expect(bal(wallet(), 'USDT').free).toBe('28500.00000000');
  });

  it('STOP_LOSS_LIMIT triggered but not marketable rests as a working limit, then fills at its price', async () => {
    const { fetch, c } = setup();
    const res = await c.post('/papi/v1/margin/order', {
      symbol: 'BTCUSDT', side: 'BUY', type: 'STOP_LOSS_LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '41000', stopPrice: '41500',
    });
    fetch.mock.setPrice('BTCUSDT', '42000');
    const triggered = await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(triggered.body).toMatchObject({ status: 'NEW', isWorking: true });
    fetch.mock.setPrice('BTCUSDT', '40500');
    const filled = await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(filled.body).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '4100.00000000' });
  });

  it('allOrders and myTrades page by id and limit', async () => {
    const { c } = setup();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' })).body.orderId);
    expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDT', limit: 2 })).body.map((o: any) => o.orderId)).toEqual(ids.slice(2));
    expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDT', orderId: ids[1], limit: 2 })).body.map((o: any) => o.orderId)).toEqual(ids.slice(1, 3));
    expect((await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDT', orderId: ids[3] })).body).toHaveLength(1);
  });
});

describe('side effects on resting orders', () => {
  it('MARGIN_BUY borrows the shortfall when placed; cancelling repays it (autoRepayAtCancel default true)', async () => {
    const { c, wallet } = setup();
    const res = await c.post('/sapi/v1/margin/order', {
      symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '30000', sideEffectType: 'MARGIN_BUY', newOrderRespType: 'RESULT',
    });
    expect(res.body).toMatchObject({ status: 'NEW', marginBuyBorrowAmount: '5000.00000000', marginBuyBorrowAsset: 'USDT' });
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: ZERO, locked: '15000.00000000', borrowed: '5000.00000000' });
    const cancel = await c.delete('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(cancel.body).toMatchObject({ status: 'CANCELED', origClientOrderId: res.body.clientOrderId });
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '10000.00000000', locked: ZERO, borrowed: ZERO });
    const repays = await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: T0 - 1000 });
    expect(repays.body.rows).toEqual([expect.objectContaining({ type: 'AUTO', amount: '5000.00000000' })]);
  });

  it('cancelling a resting MARGIN_BUY order repays the borrowed amount; the interest it incurred stays owed (Binance FAQ 360032609851)', async () => {
    const { c, wallet } = setup({ interest: { hourlyRates: { USDT: '0.0001' } } });
    const res = await c.post('/sapi/v1/margin/order', {
      symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '30000', sideEffectType: 'MARGIN_BUY',
    });
    expect(bal(wallet(), 'USDT')).toMatchObject({ borrowed: '5000.00000000', interest: '0.50000000' });
    await c.delete('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    // The principal is repaid in full; the one hour charged at borrowing remains interest, not a new loan.
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '10000.00000000', locked: ZERO, borrowed: ZERO, interest: '0.50000000' });
    const repay = (await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: T0 - 1000 })).body.rows[0];
    expect(repay).toMatchObject({ type: 'AUTO', amount: '5000.00000000', principal: '5000.00000000', interest: ZERO });
  });

  it('autoRepayAtCancel=false keeps the loan after cancelling', async () => {
    const { c, wallet } = setup();
    const res = await c.post('/sapi/v1/margin/order', {
      symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '30000', sideEffectType: 'MARGIN_BUY', autoRepayAtCancel: 'false',
    });
    await c.delete('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: res.body.orderId });
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '15000.00000000', borrowed: '5000.00000000' });
  });

  it('AUTO_REPAY on a resting SELL repays from the proceeds when it fills', async () => {
    const { fetch, c, wallet } = setup({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { BTC: { free: '1' }, USDT: { borrowed: '1000' } } }] });
    await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '41000', sideEffectType: 'AUTO_REPAY' });
    fetch.mock.setPrice('BTCUSDT', '41000');
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '3100.00000000', borrowed: ZERO });
  });
});

describe('OCO', () => {
  it('the limit leg fills when reached and the stop leg expires', async () => {
    const { fetch, c, wallet } = setup();
    const list = await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.5', price: '42000', stopPrice: '38000', stopLimitPrice: '37500', stopLimitTimeInForce: 'GTC' });
    expect(list.body).toMatchObject({ contingencyType: 'OCO', listStatusType: 'EXEC_STARTED', listOrderStatus: 'EXECUTING' });
    expect(list.body.orderReports.map((r: any) => r.type)).toEqual(['STOP_LOSS_LIMIT', 'LIMIT_MAKER']);
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '0.50000000', locked: '0.50000000' });
    fetch.mock.setPrice('BTCUSDT', '42500');
    const after = await c.get('/sapi/v1/margin/orderList', { orderListId: list.body.orderListId });
    expect(after.body).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE' });
    const [stop, limit] = list.body.orders;
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: stop.orderId })).body.status).toBe('EXPIRED');
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: limit.orderId })).body).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '21000.00000000' });
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '0.50000000', locked: ZERO });
    expect(bal(wallet(), 'USDT').free).toBe('31000.00000000');
    expect((await c.get('/sapi/v1/margin/openOrderList')).body).toEqual([]);
  });

  it('the stop leg triggers and fills, the limit leg expires', async () => {
    const { fetch, c } = setup();
    const list = await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.5', price: '42000', stopPrice: '38000' });
    fetch.mock.setPrice('BTCUSDT', '37000');
    const [stop, limit] = list.body.orders;
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: stop.orderId })).body).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '18500.00000000' });
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: limit.orderId })).body.status).toBe('EXPIRED');
  });

  it('cancel-all answers plain orders and order lists, and releases every lock', async () => {
    const { c, wallet } = setup();
    await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000' });
    await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.5', price: '42000', stopPrice: '38000' });
    const res = await c.delete('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDT' });
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({ orderListId: -1, status: 'CANCELED' });
    expect(res.body[1]).toMatchObject({ contingencyType: 'OCO', listOrderStatus: 'ALL_DONE' });
    expect(res.body[1].orderReports.map((r: any) => r.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '10000.00000000', locked: ZERO });
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '1.00000000', locked: ZERO });
  });
});

describe('loans, interest and the collateral rule', () => {
  it('charges interest at borrow time and every full hour, repaying interest first', async () => {
    const { fetch, c, wallet } = setup({ interest: { hourlyRates: { USDT: '0.0001' } } });
    const borrow = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1000', type: 'BORROW' });
    expect(borrow.status).toBe(200);
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '11000.00000000', borrowed: '1000.00000000', interest: '0.10000000' });
    fetch.mock.advanceClock(3 * HOUR);
    expect(bal(wallet(), 'USDT').interest).toBe('0.40000000');
    const history = await c.get('/sapi/v1/margin/interestHistory', { asset: 'USDT' });
    expect(history.body.total).toBe(4);
    expect(history.body.rows.map((r: any) => [r.type, r.interest, r.principal, r.interestRate])).toEqual([
      ['PERIODIC', '0.10000000', '1000.00000000', '0.00010000'],
      ['PERIODIC', '0.10000000', '1000.00000000', '0.00010000'],
      ['PERIODIC', '0.10000000', '1000.00000000', '0.00010000'],
      ['ON_BORROW', '0.10000000', '1000.00000000', '0.00010000'],
    ]);
    const hours = history.body.rows.map((r: any) => r.interestAccuredTime);
    expect(hours[0] % HOUR).toBe(0);
    expect(hours[0] - hours[1]).toBe(HOUR);
    const repay = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '500', type: 'REPAY' });
    const rows = (await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', txId: repay.body.tranId })).body.rows;
    expect(rows).toEqual([expect.objectContaining({ amount: '500.00000000', interest: '0.40000000', principal: '499.60000000', type: 'MANUAL' })]);
    expect(bal(wallet(), 'USDT')).toMatchObject({ borrowed: '500.40000000', interest: ZERO });
  });

  it('PAPI loans and their histories, interest included', async () => {
    const { fetch, c } = setup({ interest: { hourlyRates: { USDT: '0.00002' } } });
    const loan = await c.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '5000' });
    fetch.mock.advanceClock(HOUR);
    const records = await c.get('/papi/v1/margin/marginLoan', { asset: 'USDT', txId: loan.body.tranId });
    expect(records.body).toEqual({ total: 1, rows: [{ txId: loan.body.tranId, asset: 'USDT', principal: '5000.00000000', timestamp: T0, status: 'CONFIRMED' }] });
    const interest = await c.get('/papi/v1/margin/marginInterestHistory', { asset: 'USDT' });
    expect(interest.body.rows.map((r: any) => [r.type, r.interest])).toEqual([
      ['PERIODIC', '0.10000000'],
      ['ON_BORROW', '0.10000000'],
    ]);
    const balance = await c.get('/papi/v1/balance', { asset: 'USDT' });
    expect(balance.body).toMatchObject({ crossMarginBorrowed: '5000.00000000', crossMarginInterest: '0.20000000', crossMarginFree: '15000.00000000' });
    expect(balance.body).not.toHaveProperty('crossMarginAsset');
  });

  it('max borrowable and transferable follow the collateral rule (leverage 3)', async () => {
    const { c } = setup({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1000' } } }], borrowLimits: { BTC: '0.01' } });
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT' })).body).toEqual({ amount: '2000.00000000', borrowLimit: '1000000000.00000000' });
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'BTC' })).body).toEqual({ amount: '0.01000000', borrowLimit: '0.01000000' });
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '500', type: 'BORROW' });
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT' })).body.amount).toBe('1500.00000000');
    expect((await c.get('/sapi/v1/margin/maxTransferable', { asset: 'USDT' })).body.amount).toBe('750.00000000');
    const over = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1500.00000001', type: 'BORROW' });
    expect(over.body.code).toBe(-3006);
    const account = await c.get('/sapi/v1/margin/account');
    expect(account.body).toMatchObject({ marginLevel: '3.00000000', totalAssetOfBtc: '0.03750000', totalLiabilityOfBtc: '0.01250000', TotalCollateralValueInUSDT: '1500.00000000' });
  });

  it('isolated pairs borrow within the pair and report level and liquidation price', async () => {
    const { c } = setup();
    const borrow = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '1000', type: 'BORROW' });
    expect(borrow.status).toBe(200);
    const buy = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'BUY', type: 'MARKET', quantity: '0.05' });
    expect(buy.body).toMatchObject({ isIsolated: true, cummulativeQuoteQty: '2000.00000000' });
    const view = await c.get('/sapi/v1/margin/isolated/account', { symbols: 'BTCUSDT' });
    expect(view.body.assets[0]).toMatchObject({
      symbol: 'BTCUSDT',
      marginLevel: '2.00000000',
      marginLevelStatus: 'EXCESSIVE',
      indexPrice: '40000.00000000',
      liquidatePrice: '22000.00000000',
      baseAsset: { asset: 'BTC', free: '0.05000000', netAsset: '0.05000000' },
      quoteAsset: { asset: 'USDT', free: ZERO, borrowed: '1000.00000000', netAsset: '-1000.00000000' },
    });
    expect(view.body).not.toHaveProperty('totalAssetOfBtc');
    const cross = await c.get('/sapi/v1/margin/account');
    expect(cross.body.totalLiabilityOfBtc).toBe(ZERO);
    const bad = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '1', type: 'BORROW' });
    expect(bad.body).toEqual({ code: -3028, msg: 'Not a valid margin pair.' });
  });

  it('the PM account view values balances in USDT', async () => {
    const { c } = setup();
    await c.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '5000' });
    const res = await c.get('/papi/v1/account');
    expect(res.body).toMatchObject({
      accountEquity: '50000.00000000',
      actualEquity: '50000.00000000',
      accountInitialMargin: '2500.00000000',
      accountMaintMargin: '500.00000000',
      uniMMR: '100.00000000',
      accountStatus: 'NORMAL',
      virtualMaxWithdrawAmount: '47500.00000000',
      updateTime: T0,
    });
  });
});

describe('clock, listen keys and admin', () => {
  it('GET /api/v3/time and the Date header follow the mock clock', async () => {
    const { fetch } = setup();
    const res = await fetch('http://x/api/v3/time');
    expect(await res.json()).toEqual({ serverTime: T0 });
    expect(res.headers.get('Date')).toBe(new Date(T0).toUTCString());
    await admin(fetch, 'POST', '/__mock/clock', { advanceMs: 1500 });
    expect(await (await fetch('http://x/api/v3/time')).json()).toEqual({ serverTime: T0 + 1500 });
  });

  it('listen keys: POST returns the active key, keys expire after 60 minutes', async () => {
    const { fetch, c } = setup();
    const a = await c.post('/papi/v1/listenKey', {}, { signed: false });
    const b = await c.post('/papi/v1/listenKey', {}, { signed: false });
    expect(b.body.listenKey).toBe(a.body.listenKey);
    fetch.mock.advanceClock(59 * 60_000);
    expect((await c.put('/papi/v1/listenKey', {}, { signed: false })).status).toBe(200);
    fetch.mock.advanceClock(60 * 60_000);
    const expired = await c.put('/papi/v1/listenKey', {}, { signed: false });
    expect(expired.body.code).toBe(-1125);
    const sapi = await c.post('/sapi/v1/margin/listen-key', {}, { signed: false });
    expect(sapi.body.listenKey).not.toBe(a.body.listenKey);
    expect((await c.delete('/sapi/v1/margin/listen-key', {}, { signed: false })).body).toEqual({});
    expect((await c.delete('/sapi/v1/margin/listen-key', {}, { signed: false })).body).toEqual({ code: -3038, msg: 'Listen key not found.' });
  });

  it('admin: prices, account snapshot, reset', async () => {
    const { fetch, c } = setup();
    await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '39000' });
    const moved = await admin(fetch, 'POST', '/__mock/prices', { BTCUSDT: '38000' });
    expect(moved.body.orders).toEqual([expect.objectContaining({ api: 'margin', account: 'k', symbol: 'BTCUSDT', status: 'FILLED' })]);
    expect((await admin(fetch, 'GET', '/__mock/prices')).body.prices.BTCUSDT).toBe('38000.00000000');
    expect((await admin(fetch, 'GET', '/__mock/accounts/k')).body.margin.BTC.free).toBe('1.10000000');
    expect((await admin(fetch, 'GET', '/__mock/accounts/nobody')).status).toBe(404);
    expect((await admin(fetch, 'POST', '/__mock/prices', { BTCUSDT: '-1' })).status).toBe(400);
    expect((await admin(fetch, 'POST', '/__mock/reset')).body).toEqual({ status: 'ok', time: T0 });
    expect((await admin(fetch, 'GET', '/__mock/accounts/k')).body.margin.BTC.free).toBe('1.00000000');
    expect((await admin(fetch, 'GET', '/__mock/prices')).body.prices.BTCUSDT).toBe('40000.00000000');
    expect((await admin(fetch, 'GET', '/__mock/health')).body).toEqual({ status: 'ok', mode: 'stateful', time: T0, accounts: 1 });
    expect((await admin(fetch, 'GET', '/__mock/nothing')).status).toBe(404);
  });

  it('admin: reset with a new configuration, rejected when invalid', async () => {
    const { fetch } = setup();
    const bad = await admin(fetch, 'POST', '/__mock/reset', { accounts: [{ apiKey: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.msg).toMatch(/invalid mock configuration/);
    const good = await admin(fetch, 'POST', '/__mock/reset', { accounts: [{ apiKey: 'x', apiSecret: 'y', margin: { BTC: { free: '2' } } }] });
    expect(good.status).toBe(200);
    expect(fetch.mock.account('x')!.margin).toMatchObject({ BTC: { free: '2.00000000' } });
    expect(fetch.mock.account('k')).toBeUndefined();
  });
});

describe('bounded history', () => {
  it('forgets the oldest closed orders and trades beyond historyLimit, never an open order', async () => {
    const { createMockFetch, DEMO_ACCOUNT } = await import('../src/index.js');
    const { createHmac } = await import('node:crypto');
    const mockFetch = createMockFetch({ historyLimit: 3, accounts: [DEMO_ACCOUNT] });
    const call = async (method: string, path: string, params: string) => {
      const payload = `${params}&timestamp=${mockFetch.mock.now()}`;
      const signed = `${payload}&signature=${createHmac('sha256', DEMO_ACCOUNT.apiSecret).update(payload).digest('hex')}`;
      const url = method === 'POST' ? `http://127.0.0.1/papi/v1${path}` : `http://127.0.0.1/papi/v1${path}?${signed}`;
      const res = await mockFetch(url, { method, headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' }, ...(method === 'POST' ? { body: signed } : {}) });
      return JSON.parse(await res.text());
    };
    const resting = await call('POST', '/margin/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=30000');
    const filled = [];
    for (let i = 0; i < 5; i++) filled.push(await call('POST', '/margin/order', `symbol=BTCUSDT&side=${i % 2 ? 'SELL' : 'BUY'}&type=MARKET&quantity=0.001`));
    const all = await call('GET', '/margin/allOrders', 'symbol=BTCUSDT');
    expect(all.map((o: { orderId: number }) => o.orderId)).toEqual([resting.orderId, ...filled.slice(-2).map((o) => o.orderId)]);
    const trades = await call('GET', '/margin/myTrades', 'symbol=BTCUSDT');
    expect(trades).toHaveLength(3);
    expect(trades.map((t: { orderId: number }) => t.orderId)).toEqual(filled.slice(-3).map((o) => o.orderId));
  });
});

/**
 * OTO and OTOCO order lists: the working order on the book, pending orders waiting as PENDING_NEW, placed when the
 * working order fills, the OCO behaviour of the OTOCO pair, cancellation with autoRepayAtCancel, Binance's margin
 * rules for the pair, and the order-count limits (an OTO counts 2, an OTOCO 3).
 */
import { describe, expect, it } from 'vitest';
import { TestClient, bal, mockFetch } from './helpers.js';

const ZERO = '0.00000000';

function setup(extra: Parameters<typeof mockFetch>[0] = {}) {
  const fetch = mockFetch({
    prices: { BTCUSDT: '40000', BNBUSDT: '300' },
    interest: { defaultHourlyRate: '0' },
    accounts: [
      {
        apiKey: 'k',
        apiSecret: 's',
        margin: { USDT: { free: '10000' }, BTC: { free: '1' }, BNB: { free: '5' } },
        isolated: { BTCUSDT: { USDT: { free: '1000' } } },
      },
    ],
    ...extra,
  });
  const c = new TestClient(fetch, 'k', 's');
  const wallet = () => fetch.mock.account('k')!.margin as Record<string, any>;
  const order = async (orderId: unknown) => (await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: String(orderId) })).body;
  return { fetch, c, wallet, order };
}

/** A resting BUY at 39 000 for 0.1 BTC that sells it at 45 000 once filled. */
const BUY_THEN_SELL = {
  symbol: 'BTCUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '39000',
  workingQuantity: '0.1',
  workingTimeInForce: 'GTC',
  pendingType: 'LIMIT',
  pendingSide: 'SELL',
  pendingPrice: '45000',
  pendingQuantity: '0.1',
  pendingTimeInForce: 'GTC',
};

describe('OTO', () => {
  it('keeps the pending order PENDING_NEW and unfunded until the working order fills, then places it', async () => {
    const { fetch, c, wallet, order } = setup();
    const placed = await c.post('/sapi/v1/margin/order/oto', { ...BUY_THEN_SELL, listClientOrderId: 'my-oto' });
    expect(placed.status, placed.text).toBe(200);
    expect(placed.headers.get('X-MBX-ORDER-COUNT-10S')).toBe('2');
    const [working, pending] = placed.body.orderReports;
    expect(placed.body).toMatchObject({ contingencyType: 'OTO', listStatusType: 'EXEC_STARTED', listOrderStatus: 'EXECUTING', listClientOrderId: 'my-oto' });
    expect([working.status, working.type, pending.status, pending.side]).toEqual(['NEW', 'LIMIT', 'PENDING_NEW', 'SELL']);
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '6100.00000000', locked: '3900.00000000' });
    expect(bal(wallet(), 'BTC').locked).toBe(ZERO);
    // Pending orders are not on the book: open orders show the working order only.
    expect((await c.get('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDT' })).body.map((o: any) => o.orderId)).toEqual([working.orderId]);

    fetch.mock.setPrice('BTCUSDT', '38500');
    expect((await order(working.orderId)).status).toBe('FILLED');
    expect((await order(pending.orderId)).status).toBe('NEW');
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '6100.00000000', locked: ZERO });
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '1.00000000', locked: '0.10000000' });
    const list = await c.get('/sapi/v1/margin/orderList', { orderListId: placed.body.orderListId });
    expect(list.body.listOrderStatus).toBe('EXECUTING');

    fetch.mock.setPrice('BTCUSDT', '45000');
    expect((await order(pending.orderId)).status).toBe('FILLED');
    expect(bal(wallet(), 'USDT').free).toBe('10600.00000000');
    expect(bal(wallet(), 'BTC')).toMatchObject({ free: '1.00000000', locked: ZERO });
    const done = await c.get('/sapi/v1/margin/orderList', { orderListId: placed.body.orderListId });
    expect([done.body.listStatusType, done.body.listOrderStatus]).toEqual(['ALL_DONE', 'ALL_DONE']);
  });

  it('answers a working order that fills on arrival as FILLED with the pending order still PENDING_NEW, then places it', async () => {
    const { c, order } = setup();
    const placed = await c.post('/sapi/v1/margin/order/oto', { ...BUY_THEN_SELL, workingPrice: '41000' });
    const [working, pending] = placed.body.orderReports;
    expect([working.status, pending.status]).toEqual(['FILLED', 'PENDING_NEW']);
    expect((await order(pending.orderId)).status).toBe('NEW');
    const trades = await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDT' });
    expect(trades.body.map((t: any) => [t.orderId, t.price, t.isMaker])).toEqual([[working.orderId, '40000.00000000', false]]);
  });

  it('cancels the whole list when either order is cancelled, and repays the MARGIN_BUY loan (autoRepayAtCancel)', async () => {
    for (const cancelWhich of ['working', 'pending'] as const) {
      const { c, wallet, order } = setup({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1000' }, BTC: { free: '1' } } }] });
      const placed = await c.post('/sapi/v1/margin/order/oto', { ...BUY_THEN_SELL, sideEffectType: 'MARGIN_BUY' });
      expect(placed.status, placed.text).toBe(200);
      expect(placed.body).toMatchObject({ marginBuyBorrowAmount: '2900.00000000', marginBuyBorrowAsset: 'USDT' });
      expect(bal(wallet(), 'USDT').borrowed).toBe('2900.00000000');
      const [working, pending] = placed.body.orderReports;
      const target = cancelWhich === 'working' ? working : pending;
      const canceled = await c.delete('/sapi/v1/margin/order', { symbol: 'BTCUSDT', orderId: String(target.orderId) });
      expect(canceled.status, canceled.text).toBe(200);
      expect([(await order(working.orderId)).status, (await order(pending.orderId)).status]).toEqual(['CANCELED', 'CANCELED']);
      expect(bal(wallet(), 'USDT')).toMatchObject({ free: '1000.00000000', locked: ZERO, borrowed: ZERO });
    }
  });

  it('keeps the loan when autoRepayAtCancel=false, and cancels through DELETE orderList too', async () => {
    const { c, wallet } = setup({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1000' }, BTC: { free: '1' } } }] });
    const placed = await c.post('/sapi/v1/margin/order/oto', { ...BUY_THEN_SELL, sideEffectType: 'MARGIN_BUY', autoRepayAtCancel: 'FALSE' });
    expect(placed.status, placed.text).toBe(200);
    const canceled = await c.delete('/sapi/v1/margin/orderList', { symbol: 'BTCUSDT', orderListId: String(placed.body.orderListId) });
    expect(canceled.status, canceled.text).toBe(200);
    expect(canceled.body.orderReports.map((r: any) => r.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(bal(wallet(), 'USDT')).toMatchObject({ free: '3900.00000000', borrowed: '2900.00000000' });
  });

  it('expires the pending order when the working fill leaves too little to fund it (commission)', async () => {
    const { fetch, c, order } = setup({ commissionRate: '0.001', accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '3900' } } }] });
    const placed = await c.post('/sapi/v1/margin/order/oto', {
      symbol: 'BTCUSDT',
      workingType: 'LIMIT_MAKER',
      workingSide: 'BUY',
      workingPrice: '39000',
      workingQuantity: '0.1',
      pendingType: 'MARKET',
      pendingSide: 'SELL',
      pendingQuantity: '0.1',
    });
    expect(placed.status, placed.text).toBe(200);
    fetch.mock.setPrice('BTCUSDT', '39000');
    const [working, pending] = placed.body.orderReports;
    expect((await order(working.orderId)).status).toBe('FILLED');
    // The fill brought 0.0999 BTC after commission; the pending sell of 0.1 cannot be placed.
    expect((await order(pending.orderId)).status).toBe('EXPIRED');
    const list = await c.get('/sapi/v1/margin/orderList', { orderListId: String(placed.body.orderListId) });
    expect(list.body.listOrderStatus).toBe('ALL_DONE');
  });

  it.each([
    [{ pendingSide: 'BUY' }, -2018, "Parameter 'pendingSide' must be the opposite of workingSide."],
    [{ pendingQuantity: '0.2' }, -2017, "Parameter 'pendingQuantity' must be the same as workingQuantity."],
    [{ workingTimeInForce: undefined }, -1102, "Mandatory parameter 'workingTimeInForce' was not sent, was empty/null, or malformed."],
    [{ pendingPrice: undefined }, -1102, "Mandatory parameter 'pendingPrice' was not sent, was empty/null, or malformed."],
    [{ pendingType: 'STOP_LOSS', pendingPrice: undefined, pendingTimeInForce: undefined }, -1102, "Param 'pendingStopPrice' or 'pendingTrailingDelta' must be sent, but both were empty/null!"],
    [{ pendingType: 'TAKE_PROFIT', pendingPrice: undefined, pendingTimeInForce: undefined, pendingTrailingDelta: '100' }, -1102, "Mandatory parameter 'pendingPrice' was not sent, was empty/null, or malformed."],
    [{ workingType: 'LIMIT_MAKER', workingTimeInForce: undefined, workingPrice: '41000' }, -2010, 'Order would immediately match and take.'],
    [{ workingQuantity: '1', pendingQuantity: '1' }, -2010, 'Account has insufficient balance for requested action.'],
    [{ sideEffectType: 'AUTO_REPAY' }, -1130, "Data sent for parameter 'sideEffectType' is not valid."],
  ])('refuses %j with %i and changes nothing', async (change, code, msg) => {
    const { c, wallet } = setup({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '10000' } } }] });
    const before = JSON.stringify(wallet());
    const params: Record<string, string> = { ...BUY_THEN_SELL };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete params[k];
      else params[k] = v;
    }
    const res = await c.post('/sapi/v1/margin/order/oto', params);
    expect([res.status, res.body]).toEqual([400, { code, msg }]);
    expect(JSON.stringify(wallet())).toBe(before);
    expect((await c.get('/sapi/v1/margin/allOrderList')).body).toEqual([]);
  });
});

/** Buy 1 BNB at 290, then sell it at 310 (above) or stop out at 280 (below). */
const BNB_BRACKET = {
  symbol: 'BNBUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '290',
  workingQuantity: '1',
  workingTimeInForce: 'GTC',
  pendingSide: 'SELL',
  pendingQuantity: '1',
  pendingAboveType: 'LIMIT_MAKER',
  pendingAbovePrice: '310',
  pendingBelowType: 'STOP_LOSS_LIMIT',
  pendingBelowStopPrice: '280',
  pendingBelowPrice: '279',
  pendingBelowTimeInForce: 'GTC',
};

describe('OTOCO', () => {
  it('places the pending OCO pair when the working order fills; the stop leg triggering expires the limit leg', async () => {
    const { fetch, c, wallet } = setup();
    const placed = await c.post('/sapi/v1/margin/order/otoco', BNB_BRACKET);
    expect(placed.status, placed.text).toBe(200);
    expect(placed.headers.get('X-MBX-ORDER-COUNT-10S')).toBe('3');
    const reports = placed.body.orderReports;
    expect(reports.map((r: any) => [r.type, r.status])).toEqual([
      ['LIMIT', 'NEW'],
      ['STOP_LOSS_LIMIT', 'PENDING_NEW'],
      ['LIMIT_MAKER', 'PENDING_NEW'],
    ]);
    expect(placed.body.contingencyType).toBe('OTO');
    const get = async (i: number) => (await c.get('/sapi/v1/margin/order', { symbol: 'BNBUSDT', orderId: String(reports[i].orderId) })).body;

    fetch.mock.setPrice('BNBUSDT', '290');
    expect([(await get(0)).status, (await get(1)).status, (await get(2)).status]).toEqual(['FILLED', 'NEW', 'NEW']);
    expect(bal(wallet(), 'BNB')).toMatchObject({ free: '5.00000000', locked: '1.00000000' });

    fetch.mock.setPrice('BNBUSDT', '279');
    expect([(await get(1)).status, (await get(2)).status]).toEqual(['FILLED', 'EXPIRED']);
    expect(bal(wallet(), 'BNB')).toMatchObject({ free: '5.00000000', locked: ZERO });
    expect(bal(wallet(), 'USDT').free).toBe('9989.00000000');
    const list = await c.get('/sapi/v1/margin/orderList', { orderListId: String(placed.body.orderListId) });
    expect(list.body.listOrderStatus).toBe('ALL_DONE');
  });

  it('takes profit through the limit leg, which expires the stop leg', async () => {
    const { fetch, c } = setup();
    const placed = await c.post('/sapi/v1/margin/order/otoco', BNB_BRACKET);
    fetch.mock.setPrice('BNBUSDT', '289');
    fetch.mock.setPrice('BNBUSDT', '311');
    const statuses = await Promise.all(
      placed.body.orderReports.map(async (r: any) => (await c.get('/sapi/v1/margin/order', { symbol: 'BNBUSDT', orderId: String(r.orderId) })).body.status),
    );
    expect(statuses).toEqual(['FILLED', 'EXPIRED', 'FILLED']);
  });

  it.each([
    [{ pendingAbovePrice: '285' }, -2010, 'The relationship of the prices for the orders is not correct.'],
    [{ pendingBelowStopPrice: '295', pendingBelowPrice: '294' }, -2010, 'The relationship of the prices for the orders is not correct.'],
    [{ pendingAboveType: 'STOP_LOSS', pendingAbovePrice: undefined, pendingAboveStopPrice: '310' }, -1014, 'Unsupported order combination.'],
    [{ pendingAbovePrice: undefined }, -1102, "Mandatory parameter 'pendingAbovePrice' was not sent, was empty/null, or malformed."],
    [{ pendingBelowType: undefined }, -1102, "Mandatory parameter 'pendingBelowType' was not sent, was empty/null, or malformed."],
    [{ pendingSide: 'BUY' }, -2018, "Parameter 'pendingSide' must be the opposite of workingSide."],
  ])('refuses %j with %i', async (change, code, msg) => {
    const { c } = setup();
    const params: Record<string, string> = { ...BNB_BRACKET };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete params[k];
      else params[k] = v;
    }
    const res = await c.post('/sapi/v1/margin/order/otoco', params);
    expect([res.status, res.body]).toEqual([400, { code, msg }]);
  });

  it('counts an OTO as 2 and an OTOCO as 3 orders against the limits and in GET rateLimit/order', async () => {
    const { c } = setup({ rateLimits: { sapiOrdersPer10Seconds: 5 } });
    expect((await c.post('/sapi/v1/margin/order/oto', BUY_THEN_SELL)).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/order/otoco', BNB_BRACKET)).status).toBe(200);
    const usage = await c.get('/sapi/v1/margin/rateLimit/order');
    expect(usage.body).toEqual([
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 5, count: 5 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 20000, count: 5 },
    ]);
    const refused = await c.post('/sapi/v1/margin/order/oto', BUY_THEN_SELL);
    expect([refused.status, refused.body.code]).toEqual([429, -1015]);
  });
});

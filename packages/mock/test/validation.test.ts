/**
 * Request validation, code by code: every client mistake answers Binance's `{code, msg}` with status 4xx.
 */
import { describe, expect, it } from 'vitest';
import { TestClient, hmac, mockFetch, type Params } from './helpers.js';

const fetch = mockFetch();
const c = new TestClient(fetch);

async function expectError(method: string, path: string, params: Params, status: number, code: number, msg: string) {
  const res = await c.call(method, path, params);
  expect({ status: res.status, body: res.body }).toEqual({ status, body: { code, msg } });
}

const order = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000' };

describe('routing', () => {
  it('-1099: unknown route answers 404 with a JSON body', async () => {
    await expectError('GET', '/sapi/v1/margin/nothing', {}, 404, -1099, 'Not found: GET /sapi/v1/margin/nothing is not an operation of this API.');
  });
  it('-1020 (PAPI, which documents no -1099): unknown route under /papi/ answers 404', async () => {
    await expectError('GET', '/papi/v1/margin/nothing', {}, 404, -1020, 'This operation is not supported.');
  });
  it('-1099: known path with a method it does not have', async () => {
    await expectError('PUT', '/sapi/v1/margin/order', {}, 404, -1099, 'Not found: PUT /sapi/v1/margin/order is not an operation of this API.');
  });
});

describe('parameter reading', () => {
  it('-1101: a parameter repeated within the query string', async () => {
    const timestamp = fetch.mock.now();
    const payload = `symbol=BTCUSDC&symbol=ETHUSDC&orderId=1&timestamp=${timestamp}`;
    const res = await fetch(`http://x/sapi/v1/margin/order?${payload}&signature=${hmac('marginkit-demo-secret', payload)}`, {
      headers: { 'X-MBX-APIKEY': 'marginkit-demo-key' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: -1101, msg: 'Duplicate values for a parameter detected.' });
  });

  it('the query string wins over the body for a parameter sent in both', async () => {
    const timestamp = fetch.mock.now();
    const query = 'symbol=BTCUSDC&side=BUY&type=MARKET&quantity=0.001';
    const body = `symbol=ETHUSDC&newOrderRespType=RESULT&timestamp=${timestamp}`;
    const signature = hmac('marginkit-demo-secret', query + body);
    const res = await fetch(`http://x/sapi/v1/margin/order?${query}`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': 'marginkit-demo-key', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${body}&signature=${signature}`,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ symbol: 'BTCUSDC', status: 'FILLED', executedQty: '0.00100000' });
  });

  it('-1104: a parameter the operation does not know', async () => {
    await expectError('GET', '/sapi/v1/margin/account', { colour: 'blue' }, 400, -1104, "Not all sent parameters were read; read '1' parameter(s) but was sent '2'.");
  });

  it('-1105: an optional parameter sent empty', async () => {
    await expectError('GET', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: 1, origClientOrderId: '' }, 400, -1105, "Parameter 'origClientOrderId' was empty.");
  });
});

describe('mandatory and either/or parameters (-1102)', () => {
  it('a missing mandatory parameter', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', type: 'MARKET', quantity: '1' }, 400, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed.");
  });
  it('a mandatory parameter sent empty', async () => {
    await expectError('GET', '/sapi/v1/margin/myTrades', { symbol: '' }, 400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
  });
  it('atLeastOne: neither orderId nor origClientOrderId', async () => {
    await expectError('GET', '/sapi/v1/margin/order', { symbol: 'BTCUSDC' }, 400, -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");
  });
  it('atLeastOne on PAPI: neither orderListId nor listClientOrderId', async () => {
    await expectError('DELETE', '/papi/v1/margin/orderList', { symbol: 'BTCUSDT' }, 400, -1102, "Param 'orderListId' or 'listClientOrderId' must be sent, but both were empty/null!");
  });
  it('requiredWhen: isolated without symbol', async () => {
    await expectError('GET', '/sapi/v1/margin/openOrders', { isIsolated: 'TRUE' }, 400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
  });
  it('requires: stopLimitPrice without stopLimitTimeInForce', async () => {
    await expectError(
      'POST',
      '/sapi/v1/margin/order/oco',
      { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.1', price: '42000', stopPrice: '38000', stopLimitPrice: '37900' },
      400,
      -1102,
      "Mandatory parameter 'stopLimitTimeInForce' was not sent, was empty/null, or malformed.",
    );
  });
  it('order type needs: LIMIT without price', async () => {
    const { price: _price, ...noPrice } = order;
    await expectError('POST', '/sapi/v1/margin/order', noPrice, 400, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed.");
  });
  it('order type needs: MARKET without quantity or quoteOrderQty', async () => {
    await expectError('POST', '/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET' }, 400, -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
  });
});

describe('rule and combination errors', () => {
  it('-1106 forbiddenWhen: symbol on a cross-margin OCO query', async () => {
    await expectError('GET', '/sapi/v1/margin/openOrderList', { symbol: 'BTCUSDC' }, 400, -1106, "Parameter 'symbol' sent when not required.");
  });
  it('-1106: timeInForce on a MARKET order', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.1', timeInForce: 'GTC' }, 400, -1106, "Parameter 'timeInForce' sent when not required.");
  });
  it('-1128 exclusive: fromId with a time range', async () => {
    await expectError('GET', '/sapi/v1/margin/allOrderList', { fromId: 1, startTime: 1 }, 400, -1128, 'Combination of optional parameters invalid.');
  });
  it('-1127 maxInterval: more than 24 hours on allOrders', async () => {
    await expectError('GET', '/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC', startTime: 0, endTime: 86_400_001 }, 400, -1127, 'More than 24 hours between startTime and endTime.');
  });
  it('-1127 maxInterval: more than 30 days on interest history', async () => {
    await expectError('GET', '/sapi/v1/margin/interestHistory', { startTime: 0, endTime: 2_592_000_001 }, 400, -1127, 'Lookup interval is too big.');
  });
  it('-1023 (PAPI): startTime after endTime', async () => {
    await expectError('GET', '/papi/v1/margin/forceOrders', { startTime: 10, endTime: 5 }, 400, -1023, 'Start time is greater than end time.');
  });
});

describe('types and enums', () => {
  it('-1100: a decimal with letters', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, quantity: '1e-3' }, 400, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^[0-9]{1,20}(\\.[0-9]{1,20})?$'.");
  });
  it('-1100: a negative decimal', async () => {
    await expectError('POST', '/papi/v1/marginLoan', { asset: 'USDT', amount: '-5' }, 400, -1100, "Illegal characters found in parameter 'amount'; legal range is '^[0-9]{1,20}(\\.[0-9]{1,20})?$'.");
  });
  it('-1100: an integer that is not one', async () => {
    await expectError('GET', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: '12a' }, 400, -1100, "Illegal characters found in parameter 'orderId'; legal range is '^[0-9]{1,20}$'.");
  });
  it('-1117: bad side', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, side: 'HOLD' }, 400, -1117, 'Invalid side.');
  });
  it('-1116: bad type', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, type: 'Limit' }, 400, -1116, 'Invalid orderType.');
  });
  it('-1115: bad timeInForce', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, timeInForce: 'GTD' }, 400, -1115, 'Invalid timeInForce.');
  });
  it('-1136 (PAPI): FULL is not offered for OCO', async () => {
    await expectError(
      'POST',
      '/papi/v1/margin/order/oco',
      { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.1', price: '42000', stopPrice: '38000', newOrderRespType: 'FULL' },
      400,
      -1136,
      'Invalid newOrderRespType.',
    );
  });
  it('-1130 (SAPI): bad newOrderRespType', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, newOrderRespType: 'ALL' }, 400, -1130, "Data sent for parameter 'newOrderRespType' is not valid.");
  });
  it('-1130: a bad borrow-repay type (BORROW/REPAY is not an order type)', async () => {
    await expectError('POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'LIMIT' }, 400, -1130, "Data sent for parameter 'type' is not valid.");
  });
  it('-1130: another bad enum (sideEffectType)', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, sideEffectType: 'BORROW' }, 400, -1130, "Data sent for parameter 'sideEffectType' is not valid.");
  });
  it('-1130: isIsolated spelt as a JSON boolean', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, isIsolated: 'true' }, 400, -1130, "Data sent for parameter 'isIsolated' is not valid.");
  });
  it('-1130: a number out of its range', async () => {
    await expectError('GET', '/papi/v1/margin/forceOrders', { size: 101 }, 400, -1130, "Data sent for parameter 'size' is not valid.");
  });
  it('-1131: recvWindow above 60000', async () => {
    await expectError('GET', '/sapi/v1/margin/account', { recvWindow: 60001 }, 400, -1131, 'recvWindow must be less than 60000');
  });
  it('recvWindow of exactly 60000 with three decimals below is accepted', async () => {
    expect((await c.get('/sapi/v1/margin/account', { recvWindow: '59999.999' })).status).toBe(200);
    expect((await c.get('/sapi/v1/margin/account', { recvWindow: 60000 })).status).toBe(200);
  });
  it('autoRepayAtCancel reads true/false case-insensitively', async () => {
    const res = await c.post('/sapi/v1/margin/order', { ...order, autoRepayAtCancel: 'FALSE' });
    expect(res.status).toBe(200);
    await expectError('POST', '/sapi/v1/margin/order', { ...order, autoRepayAtCancel: 'no' }, 400, -1130, "Data sent for parameter 'autoRepayAtCancel' is not valid.");
  });
  it('-1111: more than 8 decimals', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { ...order, quantity: '0.000000001' }, 400, -1111, 'Precision is over the maximum defined for this asset.');
  });
});

describe('state-dependent errors', () => {
  it('-1121: unknown symbol', async () => {
    await expectError('POST', '/papi/v1/margin/order', { symbol: 'DOGEUSDT', side: 'BUY', type: 'MARKET', quantity: '1' }, 400, -1121, 'Invalid symbol.');
  });
  it('-2010: insufficient balance without a borrowing side effect', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'MARKET', quantity: '50' }, 400, -2010, 'Account has insufficient balance for requested action.');
  });
  it('-2010: LIMIT_MAKER that would take', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT_MAKER', quantity: '0.01', price: '41000' }, 400, -2010, 'Order would immediately match and take.');
  });
  it('-2010: a stop that would trigger at once', async () => {
    await expectError('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'STOP_LOSS', quantity: '0.01', stopPrice: '41000' }, 400, -2010, 'Order would trigger immediately.');
  });
  it('-2010: duplicate client order id among open orders', async () => {
    expect((await c.post('/sapi/v1/margin/order', { ...order, newClientOrderId: 'dup-1' })).status).toBe(200);
    await expectError('POST', '/sapi/v1/margin/order', { ...order, newClientOrderId: 'dup-1' }, 400, -2010, 'Duplicate order sent.');
  });
  it('-2011: cancelling an order that does not exist', async () => {
    await expectError('DELETE', '/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'nope' }, 400, -2011, 'Unknown order sent.');
  });
  it('-2013: querying an order that does not exist', async () => {
    await expectError('GET', '/papi/v1/margin/order', { symbol: 'BTCUSDT', orderId: 424242 }, 400, -2013, 'Order does not exist.');
  });
  it('-3006 / -3015 / -3041: SAPI borrow and repay bounds', async () => {
    await expectError('POST', '/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1000', type: 'BORROW' }, 400, -3006, 'Your borrow amount has exceed maximum borrow amount.');
    await expectError('POST', '/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1', type: 'REPAY' }, 400, -3015, 'Repay amount exceeds borrow amount.');
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'FALSE', amount: '1', type: 'BORROW' })).status).toBe(200);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'ETHUSDC', side: 'SELL', type: 'MARKET', quantity: '11' })).status).toBe(200);
    await expectError('POST', '/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'FALSE', amount: '1', type: 'REPAY' }, 400, -3041, 'Balance is not enough');
  });
  it('-2018 (PAPI): repaying more than is held', async () => {
    expect((await c.post('/papi/v1/marginLoan', { asset: 'ETH', amount: '1' })).status).toBe(200);
    expect((await c.post('/papi/v1/margin/order', { symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '6' })).status).toBe(200);
    await expectError('POST', '/papi/v1/repayLoan', { asset: 'ETH', amount: '1' }, 400, -2018, 'Balance is insufficient.');
  });
  it('-3015 (PAPI): repaying more than is owed (nothing owed at all)', async () => {
    await expectError('POST', '/papi/v1/repayLoan', { asset: 'BNB', amount: '1' }, 400, -3015, 'Repay amount exceeds borrow amount.');
  });
  it('-1125: keeping alive a listen key that does not exist', async () => {
    const res = await c.put('/sapi/v1/margin/listen-key', { listenKey: 'nope' }, { signed: false });
    expect(res.body).toEqual({ code: -1125, msg: 'This listenKey does not exist.' });
  });
});

/**
 * The mock answers broken parameter rules (spec `x-binance-param-rules`) with Binance's codes and messages; the
 * type-dependent ones (LIMIT needs price, …) and the exclusive intervals ("less than 24 hours") included.
 */
import { describe, expect, it } from 'vitest';
import { TestClient, mockFetch, type Params } from './helpers.js';

const c = new TestClient(mockFetch());

async function answer(method: string, path: string, params: Params): Promise<[number, unknown]> {
  const res = await c.call(method, path, params);
  return [res.status, res.status === 200 ? 'ok' : res.body];
}

const mandatory = (name: string) => ({ code: -1102, msg: `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.` });

describe('type-dependent mandatory parameters', () => {
  it('SAPI and PAPI: a LIMIT order without price is answered -1102', async () => {
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01' })).toEqual([400, mandatory('price')]);
    expect(await answer('POST', '/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01' })).toEqual([400, mandatory('price')]);
  });
  it('LIMIT without timeInForce, LIMIT_MAKER without quantity', async () => {
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '30000' })).toEqual([400, mandatory('timeInForce')]);
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT_MAKER', price: '30000' })).toEqual([400, mandatory('quantity')]);
  });
  it('MARKET needs quantity or quoteOrderQty', async () => {
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET' })).toEqual([
      400,
      { code: -1102, msg: "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!" },
    ]);
  });
  it('SAPI stop orders take stopPrice or trailingDelta; PAPI, which has no trailingDelta, needs stopPrice', async () => {
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'STOP_LOSS', quantity: '0.01' })).toEqual([
      400,
      { code: -1102, msg: "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!" },
    ]);
    expect(await answer('POST', '/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_LOSS', quantity: '0.01' })).toEqual([400, mandatory('stopPrice')]);
  });
  it('-1106: timeInForce on a MARKET order', async () => {
    expect(await answer('POST', '/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.01', timeInForce: 'GTC' })).toEqual([
      400,
      { code: -1106, msg: "Parameter 'timeInForce' sent when not required." },
    ]);
  });
});

describe('intervals', () => {
  const day = 86_400_000;
  it('"Less than 24 hours": exactly 24 hours is refused (-1127), one millisecond less is not', async () => {
    const end = 1_700_000_000_000;
    expect(await answer('GET', '/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC', startTime: end - day + 1, endTime: end })).toEqual([200, 'ok']);
    expect(await answer('GET', '/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC', startTime: end - day, endTime: end })).toEqual([
      400,
      { code: -1127, msg: 'More than 24 hours between startTime and endTime.' },
    ]);
  });
  it('"at most 30 days" stays inclusive', async () => {
    const end = 1_700_000_000_000;
    expect(await answer('GET', '/papi/v1/margin/marginInterestHistory', { startTime: end - 30 * day, endTime: end })).toEqual([200, 'ok']);
  });
});

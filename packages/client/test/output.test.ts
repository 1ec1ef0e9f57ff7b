import { inspect } from 'node:util';
import { newMarginOrder } from '@marginkit/spec/margin';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/decode.js';
import { Decimal, parseLossless, stringify } from '../src/index.js';

const answer = '{"symbol":"BTCUSDC","orderId":1352286576452864727,"clientOrderId":"c","transactTime":1713873075893,"price":"0.00000017","origQty":"12345678901234567890.12345678","fills":[{"price":"0.00000001","qty":"1","commission":"0","commissionAsset":"BTC","tradeId":9007199254740993}]}';

describe('decimals the client returns print plainly everywhere', () => {
  const order = decodeResponse(answer, newMarginOrder.response) as any;

  it('String, template strings, toJSON and util.inspect never use an exponent', () => {
    expect(String(order.price)).toBe('0.00000017');
    expect(`${order.fills[0].price}`).toBe('0.00000001');
    expect(order.price.toJSON()).toBe('0.00000017');
    expect(inspect(order.price)).toBe('0.00000017');
    expect(String(order.origQty)).toBe('12345678901234567890.12345678');
    expect(String(order.price.times(order.fills[0].price))).toBe('0.0000000000000017');
  });

  it('the exported Decimal is the same plain-printing constructor', () => {
    expect(String(new Decimal('0.00000017'))).toBe('0.00000017');
    expect(Decimal.isDecimal(order.price)).toBe(true);
  });

  it('stringify writes an answer losslessly: bigint ids as numbers, decimals as their wire strings', () => {
    const text = stringify(order);
    expect(text).toContain('"orderId":1352286576452864727');
    expect(text).toContain('"tradeId":9007199254740993');
    expect(text).toContain('"price":"0.00000017"');
    expect(text).not.toMatch(/\d[eE][+-]?\d/);
    expect(parseLossless(text)).toMatchObject({ orderId: 1352286576452864727n, price: '0.00000017', fills: [{ tradeId: 9007199254740993n, price: '0.00000001' }] });
    expect(() => JSON.stringify(order)).toThrow(TypeError);
  });
});

describe('negative zero, which Binance writes as "-0.00000000", prints and travels as 0', () => {
  const order = decodeResponse('{"symbol":"BTCUSDC","orderId":1,"price":"-0.00000000","origQty":"1e21","executedQty":"-0","cummulativeQuoteQty":"0E-8"}', newMarginOrder.response) as any;

  it('in every printing: String, template, toJSON, JSON.stringify, valueOf, stringify', () => {
    for (const zero of [order.price, order.executedQty, order.cummulativeQuoteQty]) {
      expect([String(zero), `${zero}`, zero.toJSON(), JSON.stringify(zero), zero.valueOf(), stringify(zero)]).toEqual(['0', '0', '0', '"0"', '0', '"0"']);
    }
    expect(JSON.stringify(order.origQty)).toBe('"1000000000000000000000"');
  });

  it('sent back as a parameter, a negative zero is 0, not refused as negative', async () => {
    const { encodeParams } = await import('../src/params.js');
    expect(encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: new Decimal('-0'), newClientOrderId: 'x' })).toContain('&price=0&');
    expect(() => encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: new Decimal('-0.1'), newClientOrderId: 'x' })).toThrow(/non-negative/);
  });
});

describe('numbers the client sends never carry an exponent', () => {
  it('writes a JS-number parameter in plain notation', async () => {
    const { encodeParams } = await import('../src/params.js');
    const { getCrossMarginAccount } = await import('@marginkit/spec/margin');
    const withNumber = { ...getCrossMarginAccount, params: { ...getCrossMarginAccount.params, ratio: { kind: 'number' as const } } };
    expect(encodeParams(withNumber, { ratio: 0.0000005 })).toBe('ratio=0.0000005');
    expect(encodeParams(withNumber, { ratio: 1e21 })).toBe('ratio=1000000000000000000000');
  });

  it('the path API writes JS numbers, bigints and Decimals of any size in plain notation', async () => {
    const { serializeForm } = await import('../src/path-client.js');
    expect(serializeForm({ price: 1e-7, quantity: 1e21, startTime: 1_700_000_000_000, orderId: 9223372036854775807n, qty: new Decimal('1e-12') })).toBe(
      'price=0.0000001&quantity=1000000000000000000000&startTime=1700000000000&orderId=9223372036854775807&qty=0.000000000001',
    );
  });

  it('names a refused recvWindow without an exponent', async () => {
    const { encodeParams } = await import('../src/params.js');
    const { getCrossMarginAccount } = await import('@marginkit/spec/margin');
    expect(() => encodeParams(getCrossMarginAccount, { recvWindow: 0.0000005 })).toThrow(/got 0\.0000005$/);
  });
});

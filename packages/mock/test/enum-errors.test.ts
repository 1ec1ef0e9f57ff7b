import { describe, expect, it } from 'vitest';
import { mockFetch, TestClient } from './helpers.js';

describe('a bad `type` outside the order operations', () => {
  it('answers -1130 (not -1116 "Invalid orderType.") on every operation whose type is not an order type', async () => {
    const c = new TestClient(mockFetch());
    const borrow = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'LEND' });
    expect(borrow.body).toEqual({ code: -1130, msg: "Data sent for parameter 'type' is not valid." });
    const order = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'BEST', quantity: '1' });
    expect(order.body).toEqual({ code: -1116, msg: 'Invalid orderType.' });
  });
});

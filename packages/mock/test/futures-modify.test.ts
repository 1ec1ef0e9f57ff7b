/**
 * Modifying a futures order (`PUT /papi/v1/um/order`, `PUT /papi/v1/cm/order`): a change is recorded as an
 * amendment; a modification that changes neither price nor quantity is refused and records nothing: -5027 SAME_ORDER
 * on UM (Binance's USDⓈ-M futures error page), -4197 SAME_ORDER on CM (Binance's COIN-M futures error page; the
 * Portfolio Margin page names neither).
 */
import { describe, expect, it } from 'vitest';
import { TestClient, mockFetch } from './helpers.js';

describe('modify a futures order', () => {
  for (const [market, symbol, qty, code] of [['um', 'BTCUSDT', '0.01', -5027], ['cm', 'BTCUSD_PERP', '1', -4197]] as const) {
    it(`${market.toUpperCase()}: the same price and quantity answer ${code} and record no amendment; a new price records one`, async () => {
      const client = new TestClient(mockFetch({ futures: { seedDemo: false } }));
      const placed = await client.post(`/papi/v1/${market}/order`, { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: qty, price: '30000' });
      const modify = (price: string) => client.put(`/papi/v1/${market}/order`, { symbol, orderId: placed.body.orderId, side: 'BUY', quantity: qty, price });
      expect((await modify('30000')).body).toEqual({ code, msg: 'No need to modify the order.' });
      const amendments = () => client.get(`/papi/v1/${market}/orderAmendment`, { symbol, orderId: placed.body.orderId });
      expect((await amendments()).body).toEqual([]);
      const changed = await modify('30000.1');
      expect([changed.status, changed.body.price]).toEqual([200, '30000.10000000']);
      expect((await amendments()).body.map((a: { amendment: { count: number } }) => a.amendment.count)).toEqual([1]);
    });
  }

  it('a modifyId above 2^53 is echoed digit for digit in the answer and the amendment history', async () => {
    const client = new TestClient(mockFetch({ futures: { seedDemo: false } }));
    const symbol = 'BTCUSD_PERP';
    const placed = await client.post('/papi/v1/cm/order', { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '30000' });
    const modifyId = '9223372036854775807';
    const changed = await client.put('/papi/v1/cm/order', { symbol, orderId: placed.body.orderId, side: 'BUY', quantity: '1', price: '30000.1', modifyId });
    expect([changed.status, String(changed.body.modifyId)]).toEqual([200, modifyId]);
    expect(changed.text).toContain(`"modifyId":${modifyId}`);
    const history = await client.get('/papi/v1/cm/orderAmendment', { symbol, orderId: placed.body.orderId });
    expect(history.text).toContain(`"modifyId":${modifyId}`);
  });
});

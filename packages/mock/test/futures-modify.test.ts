/**
 * Modifying a futures order (`PUT /papi/v1/um/order`, `PUT /papi/v1/cm/order`): a change is recorded as an
 * amendment; a modification that changes neither price nor quantity is refused with Binance's -5027 and records
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { TestClient, mockFetch } from './helpers.js';

describe('modify a futures order', () => {
  for (const [market, symbol, qty] of [['um', 'BTCUSDT', '0.01'], ['cm', 'BTCUSD_PERP', '1']] as const) {
    it(`${market.toUpperCase()}: the same price and quantity answer -5027 and record no amendment; a new price records one`, async () => {
      const client = new TestClient(mockFetch({ futures: { seedDemo: false } }));
      const placed = await client.post(`/papi/v1/${market}/order`, { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: qty, price: '30000' });
      const modify = (price: string) => client.put(`/papi/v1/${market}/order`, { symbol, orderId: placed.body.orderId, side: 'BUY', quantity: qty, price });
      expect((await modify('30000')).body).toEqual({ code: -5027, msg: 'No need to modify the order.' });
      const amendments = () => client.get(`/papi/v1/${market}/orderAmendment`, { symbol, orderId: placed.body.orderId });
      expect((await amendments()).body).toEqual([]);
      const changed = await modify('30000.1');
      expect([changed.status, changed.body.price]).toEqual([200, '30000.10000000']);
      expect((await amendments()).body.map((a: { amendment: { count: number } }) => a.amendment.count)).toEqual([1]);
    });
  }
});

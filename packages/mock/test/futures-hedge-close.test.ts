/**
 * In hedge mode an order on the closing side of a position (SELL LONG, BUY SHORT) only ever closes it, as a
 * one-way reduce-only order does: one that rests while the position shrinks fills only what is left when the
 * mark reaches it, and expires when nothing is left. A LONG position never turns short (nor a SHORT long).
 */
import { describe, expect, it } from 'vitest';
import type { MockConfig } from '../src/index.js';
import { TestClient, admin, mockFetch } from './helpers.js';

const CONFIG: MockConfig = {
  accounts: [{ apiKey: 'k', apiSecret: 's', portfolioMargin: { USDT: { umWalletBalance: '100000' }, BTC: { cmWalletBalance: '2' } } }],
  prices: { BTCUSDT: '40000' },
  futures: {
    symbols: {
      BTCUSDT: { market: 'UM', markPrice: '40000', tickSize: '0.1', stepSize: '0.001' },
      BTCUSD_PERP: { market: 'CM', markPrice: '40000', contractSize: '100' },
    },
  },
};

const MARKETS = [
  { market: 'um', symbol: 'BTCUSDT', two: '0.02', one: '0.01' },
  { market: 'cm', symbol: 'BTCUSD_PERP', two: '2', one: '1' },
] as const;

/** A decimal as the answers write it, with 8 places. */
const d8 = (v: string) => (v.includes('.') ? v.padEnd(v.indexOf('.') + 9, '0') : `${v}.00000000`);

describe('hedge-mode closing orders', () => {
  for (const { market, symbol, two, one } of MARKETS) {
    const p = `/papi/v1/${market}`;
    // The position side held, the side that closes it, the side that opens it, and where closing limits rest.
    for (const [held, closing, opening, closingPrice] of [
      ['LONG', 'SELL', 'BUY', '45000'],
      ['SHORT', 'BUY', 'SELL', '35000'],
    ] as const) {
      it(`${market.toUpperCase()} ${held}: resting ${closing} orders fill what is left of the position, then expire`, async () => {
        const fetch = mockFetch(CONFIG);
        const c = new TestClient(fetch, 'k', 's');
        expect((await c.post(`${p}/positionSide/dual`, { dualSidePosition: 'true' })).status).toBe(200);
        expect((await c.post(`${p}/order`, { symbol, side: opening, type: 'MARKET', quantity: two, positionSide: held })).status).toBe(200);
        // Two closing orders for the whole position each, resting where the mark will go.
        const rest = () => c.post(`${p}/order`, { symbol, side: closing, type: 'LIMIT', timeInForce: 'GTC', price: closingPrice, quantity: two, positionSide: held });
        const first = await rest();
        const second = await rest();
        expect([first.status, second.status]).toEqual([200, 200]);
        // Half the position is closed at the market meanwhile.
        expect((await c.post(`${p}/order`, { symbol, side: closing, type: 'MARKET', quantity: one, positionSide: held })).status).toBe(200);
        expect((await admin(fetch, 'POST', '/__mock/futures/markPrices', { [symbol]: closingPrice })).status).toBe(200);
        const order = async (id: unknown) => (await c.get(`${p}/order`, { symbol, orderId: String(id) })).body;
        const [a, b] = [await order(first.body.orderId), await order(second.body.orderId)];
        expect([a.status, a.executedQty]).toEqual(['FILLED', d8(one)]);
        expect([b.status, b.executedQty]).toEqual(['EXPIRED', d8('0')]);
        // Both sides flat (positionRisk lists no row for a symbol without positions in hedge mode).
        const positions = (await c.get(`${p}/positionRisk`, {})).body as { positionSide: string; positionAmt: string }[];
        expect(positions.filter((r) => r.positionAmt !== '0.00000000')).toEqual([]);
      });
    }
  }
});

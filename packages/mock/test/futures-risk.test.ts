/**
 * The futures engine's risk checks apply to every way an account can add exposure, and only to what is added:
 * - a modification (`PUT um|cm/order`) is checked like the order it becomes: a larger quantity or a marketable
 *   price beyond the free margin answers -2019, beyond the bracket -2027, a reduce-only order grown past the
 *   position -2022; a refused modification changes nothing and records no amendment;
 * - an order that closes a one-way position and opens the other way needs margin for the part it opens only
 *   (the closed part releases its margin), and counts only the resulting position against the bracket;
 * - lowering the leverage so far that the positions' initial margin exceeds the equity answers -2028 (Binance's
 *   MIN_LEVERAGE_RATIO, "Leverage is smaller than permitted: insufficient margin balance.") and keeps the old one.
 * Account: 1000 USDT in the UM wallet (or 0.1 BTC in the CM wallet), nothing else; mark 40000, leverage 20, no
 * commission: the free margin buys 20 000 USDT (0.5 BTC; CM 200 contracts of 100 USD) of position.
 */
import { describe, expect, it } from 'vitest';
import type { MockConfig } from '../src/index.js';
import { TestClient, mockFetch } from './helpers.js';

const config = (market: 'um' | 'cm'): MockConfig => ({
  accounts: [{ apiKey: 'k', apiSecret: 's', portfolioMargin: market === 'um' ? { USDT: { umWalletBalance: '1000' } } : { BTC: { cmWalletBalance: '0.025' } } }],
  prices: { BTCUSDT: '40000' },
  futures: {
    symbols: {
      BTCUSDT: { market: 'UM', markPrice: '40000', tickSize: '0.1', stepSize: '0.001' },
      BTCUSD_PERP: { market: 'CM', markPrice: '40000', contractSize: '100' },
    },
  },
});

/**
 * Per market: quantities of 0.5 BTC (affordable), 0.501 (too much), 0.1 and 0.4 BTC; a resting order `grown` that
 * the margin carries at `okPrice` but not at `badPrice` (a CM contract is worth more coin at a lower price); the
 * 125x position `one` (1 BTC UM, 3 BTC CM) whose reversal `two` the 125x bracket (50 000 USDT, 5 BTC) allows only
 * when counted as the resulting position.
 */
const MARKETS = [
  { market: 'um', symbol: 'BTCUSDT', affordable: '0.5', tooMuch: '0.501', small: '0.1', half: '0.4', twice: '0.8', beyond: '0.901', grown: '0.6', okPrice: '30000', badPrice: '39000', one: '1', two: '2' },
  { market: 'cm', symbol: 'BTCUSD_PERP', affordable: '200', tooMuch: '201', small: '40', half: '160', twice: '320', beyond: '361', grown: '180', okPrice: '39000', badPrice: '30000', one: '1200', two: '2400' },
] as const;

/** A decimal as the answers write it, with 8 places. */
const d8 = (v: string) => (v.includes('.') ? v.padEnd(v.indexOf('.') + 9, '0') : `${v}.00000000`);

describe('futures risk checks', () => {
  for (const { market, symbol, affordable, tooMuch, small, half, twice, beyond, grown, okPrice, badPrice, one, two } of MARKETS) {
    const client = () => new TestClient(mockFetch(config(market)), 'k', 's');
    const p = `/papi/v1/${market}`;
    const M = market.toUpperCase();

    it(`${M}: a modification beyond the free margin answers -2019 and changes nothing`, async () => {
      const c = client();
      const placed = await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: small, price: okPrice });
      expect(placed.status, placed.text).toBe(200);
      const modify = (quantity: string, price: string) => c.put(`${p}/order`, { symbol, orderId: placed.body.orderId, side: 'BUY', quantity, price });
      // UM: 0.6 BTC resting at 30000 is 900 USDT of margin at 20x, at 39000 1170. CM: 180 contracts at 39000 are
      // 0.0231 BTC (923 USDT) of margin, at 30000 0.03 BTC (1200 USDT).
      expect((await modify(grown, okPrice)).status).toBe(200);
      expect((await modify(grown, badPrice)).body).toEqual({ code: -2019, msg: 'Margin is insufficient.' });
      // Marketable: it would fill at the mark, 0.501 BTC (201 contracts) of position.
      expect((await modify(tooMuch, '40000')).body).toEqual({ code: -2019, msg: 'Margin is insufficient.' });
      const order = await c.get(`${p}/order`, { symbol, orderId: placed.body.orderId });
      expect([order.body.status, order.body.origQty, order.body.price]).toEqual(['NEW', d8(grown), d8(okPrice)]);
      const amendments = await c.get(`${p}/orderAmendment`, { symbol, orderId: placed.body.orderId });
      expect(amendments.body).toHaveLength(1);
      const positions = await c.get(`${p}/positionRisk`, {});
      expect(positions.body.map((r: { positionAmt: string }) => r.positionAmt)).toEqual(['0.00000000']);
      // Within the margin the marketable modification fills.
      const filled = await modify(affordable, '40000');
      expect([filled.status, filled.body.status]).toEqual([200, 'FILLED']);
    });

    it(`${M}: a reduce-only order grown past the position answers -2022`, async () => {
      const c = client();
      expect((await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: small })).status).toBe(200);
      const placed = await c.post(`${p}/order`, { symbol, side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: small, price: '41000', reduceOnly: 'true' });
      expect(placed.status, placed.text).toBe(200);
      const modified = await c.put(`${p}/order`, { symbol, orderId: placed.body.orderId, side: 'SELL', quantity: half, price: '41000' });
      expect(modified.body).toEqual({ code: -2022, msg: 'ReduceOnly Order is rejected.' });
    });

    it(`${M}: closing a position and opening the other way needs margin for the opened part only`, async () => {
      const c = client();
      expect((await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: half })).status).toBe(200);
      // 0.4 long (800 of margin) → 0.4 short: the account ends where it started, with 800 of margin.
      const reversed = await c.post(`${p}/order`, { symbol, side: 'SELL', type: 'MARKET', quantity: twice });
      expect([reversed.status, reversed.body.status], reversed.text).toEqual([200, 'FILLED']);
      const positions = await c.get(`${p}/positionRisk`, {});
      expect(positions.body.map((r: { positionAmt: string }) => r.positionAmt)).toEqual([`-${d8(half)}`]);
      // One step further than the margin allows is still refused: 0.501 BTC long needs 1002 (CM 1005).
      expect((await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: beyond })).body).toEqual({ code: -2019, msg: 'Margin is insufficient.' });
    });

    it(`${M}: at 125x the bracket caps the resulting position, not position plus order`, async () => {
      const c = client();
      expect((await c.post(`${p}/leverage`, { symbol, leverage: 125 })).status).toBe(200);
      // The 125x bracket ends at 50 000 USDT (UM) / 5 BTC (CM): long `one`, then as much short.
      expect((await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: one })).status).toBe(200);
      const reversed = await c.post(`${p}/order`, { symbol, side: 'SELL', type: 'MARKET', quantity: two });
      expect([reversed.status, reversed.body.status], reversed.text).toEqual([200, 'FILLED']);
    });

    it(`${M}: a leverage whose initial margin the equity cannot carry answers -2028 and keeps the old one`, async () => {
      const c = client();
      expect((await c.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: half })).status).toBe(200);
      // 0.4 BTC = 16 000 USDT of position: 16x needs 1000 (allowed), 15x 1066.67 (not).
      expect((await c.post(`${p}/leverage`, { symbol, leverage: 15 })).body).toEqual({ code: -2028, msg: 'Leverage is smaller than permitted: insufficient margin balance.' });
      const risk = await c.get(`${p}/positionRisk`, {});
      expect(risk.body[0].leverage).toBe('20');
      const ok = await c.post(`${p}/leverage`, { symbol, leverage: 16 });
      expect([ok.status, ok.body.leverage]).toEqual([200, 16]);
      const account = await c.get('/papi/v1/account', {});
      expect([account.body.accountEquity, account.body.accountInitialMargin]).toEqual(['1000.00000000', '1000.00000000']);
      // Raising it again is always allowed.
      expect((await c.post(`${p}/leverage`, { symbol, leverage: 50 })).status).toBe(200);
    });
  }
});

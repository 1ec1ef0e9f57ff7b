/**
 * Property test (fast-check, fixed seed) of hedge mode: across random sequences of orders opening and closing
 * both position sides at the market or resting, modifications and mark moves that fill the resting ones, a LONG position never turns
 * short nor a SHORT one long, every refusal is one of Binance's codes for the case, and no answer is a 5xx.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockConfig } from '../src/index.js';
import { TestClient, admin, mockFetch } from './helpers.js';

const CONFIG: MockConfig = {
  accounts: [{ apiKey: 'k', apiSecret: 's', portfolioMargin: { USDT: { umWalletBalance: '100000' }, BTC: { cmWalletBalance: '3' } } }],
  prices: { BTCUSDT: '40000' },
  futures: {
    symbols: {
      BTCUSDT: { market: 'UM', markPrice: '40000', tickSize: '0.1', stepSize: '0.001' },
      BTCUSD_PERP: { market: 'CM', markPrice: '40000', contractSize: '100' },
    },
  },
};

/** -2022 closing more than a side holds, -2019 beyond the margin, -2011/-2013 an order that has just filled or expired. */
const EXPECTED_REFUSALS = new Set([-2022, -2019, -2011, -2013]);

const step = fc.record({
  // open / close at the market, rest an opening or closing limit, modify a resting order, move the mark.
  kind: fc.constantFrom('open', 'close', 'restOpen', 'restClose', 'restClose', 'modify', 'mark', 'mark'),
  long: fc.boolean(),
  lots: fc.integer({ min: 1, max: 10 }),
  ticks: fc.integer({ min: -20, max: 20 }),
});

describe('hedge mode, random order sequences', () => {
  // UM lots of 0.001 BTC, CM lots of one contract.
  for (const [market, symbol, lots] of [
    ['um', 'BTCUSDT', (n: number) => `0.${String(n).padStart(3, '0')}`],
    ['cm', 'BTCUSD_PERP', (n: number) => String(n)],
  ] as const) {
    it(`${market.toUpperCase()}: LONG stays ≥ 0 and SHORT ≤ 0 after every step`, async () => {
      const p = `/papi/v1/${market}`;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 30 }), async (steps) => {
          const fetch = mockFetch(CONFIG);
          const c = new TestClient(fetch, 'k', 's');
          expect((await c.post(`${p}/positionSide/dual`, { dualSidePosition: 'true' })).status).toBe(200);
          let mark = 40000;
          const resting: string[] = [];
          for (const s of steps) {
            const quantity = lots(s.lots);
            const positionSide = s.long ? 'LONG' : 'SHORT';
            const opens = s.kind === 'open' || s.kind === 'restOpen';
            const side = opens === s.long ? 'BUY' : 'SELL';
            // A resting limit sits where the mark has yet to go: a BUY below it, a SELL above it.
            const away = String(mark + (side === 'BUY' ? -1 : 1) * (1 + Math.abs(s.ticks)) * 100);
            let res;
            if (s.kind === 'mark') {
              mark += s.ticks * 100;
              res = await admin(fetch, 'POST', '/__mock/futures/markPrices', { [symbol]: String(mark) });
            } else if (s.kind === 'modify' && resting.length > 0) {
              const orderId = resting[s.lots % resting.length]!;
              const order = (await c.get(`${p}/order`, { symbol, orderId })).body;
              res = await c.put(`${p}/order`, { symbol, orderId, side: order.side ?? side, quantity, price: String(mark + s.ticks * 100) });
            } else if (s.kind === 'restOpen' || s.kind === 'restClose') {
              res = await c.post(`${p}/order`, { symbol, side, positionSide, type: 'LIMIT', timeInForce: 'GTC', quantity, price: away });
              if (res.status === 200 && res.body.status === 'NEW') resting.push(String(res.body.orderId));
            } else {
              res = await c.post(`${p}/order`, { symbol, side, positionSide, type: 'MARKET', quantity });
            }
            expect(res.status, res.text).toBeLessThan(500);
            if (res.status !== 200) expect(EXPECTED_REFUSALS.has(res.body.code) || res.body.code === -5027 || res.body.code === -4197, res.text).toBe(true);
            const rows = (await c.get(`${p}/positionRisk`, {})).body as { positionSide: string; positionAmt: string }[];
            for (const r of rows) {
              if (r.positionSide === 'LONG') expect(r.positionAmt.startsWith('-'), JSON.stringify(rows)).toBe(false);
              if (r.positionSide === 'SHORT') expect(r.positionAmt.startsWith('-') || r.positionAmt === '0.00000000', JSON.stringify(rows)).toBe(true);
            }
          }
        }),
        { numRuns: 60, seed: 20261130 },
      );
    });
  }
});

/**
 * Drives the SAPI account, history, market-data and listen-token operations for the statefully driven schema
 * test (`response-schemas.test.ts`): each answers 2xx at least once, with rows where the state allows.
 */
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { DEMO_PRICES } from '../src/index.js';
import type { Answer, TestClient } from './helpers.js';

function ok(res: Answer): Answer {
  expect(res.status, res.text).toBe(200);
  return res;
}

export async function driveAccountOperations(c: TestClient): Promise<void> {
  ok(await c.get('/sapi/v1/margin/transfer'));
  ok(await c.get('/sapi/v1/margin/transfer', { isolatedSymbol: 'BTCUSDT', type: 'ROLL_IN', size: 5 }));
  expect(ok(await c.get('/sapi/v1/margin/capital-flow')).body.length).toBeGreaterThan(0);
  ok(await c.get('/sapi/v1/margin/capital-flow', { symbol: 'BTCUSDT', type: 'BORROW', limit: 10 }));
  ok(await c.get('/sapi/v1/margin/tradeCoeff'));
  ok(await c.get('/sapi/v1/bnbBurn'));
  ok(await c.get('/sapi/v1/margin/interestRateHistory', { asset: 'BTC' }));
  ok(await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: 'BTC,USDT', isIsolated: 'FALSE' }));
  // The demo's dust LTC liability (0.002 borrowed + 0.00004 interest) at the demo LTCUSDT price.
  const liabilityQty = new Decimal('0.00204').mul(DEMO_PRICES.LTCUSDT!).toFixed();
  expect(ok(await c.get('/sapi/v1/margin/exchange-small-liability')).text).toContain(`"liabilityQty":${liabilityQty}}`);
  ok(await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames: 'LTC' }));
  expect(ok(await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 1, size: 10 })).body.total).toBe(1);
  ok(await c.get('/sapi/v1/margin/liquidation-loan'));
  ok(await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '300' }));
  expect(ok(await c.get('/sapi/v1/margin/liquidation-loan/repay-history')).body.total).toBe(1);
  ok(await c.get('/sapi/v1/margin/allAssets'));
  ok(await c.get('/sapi/v1/margin/allAssets', { asset: 'LTC' }, { signed: false }));
  ok(await c.get('/sapi/v1/margin/allPairs', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/priceIndex', { symbol: 'BNBBTC' }, { signed: false }));
  ok(await c.get('/sapi/v1/margin/crossMarginData'));
  ok(await c.get('/sapi/v1/margin/crossMarginData', { coin: 'BTC', vipLevel: 1 }));
  ok(await c.get('/sapi/v1/margin/crossMarginCollateralRatio', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/available-inventory', { type: 'MARGIN' }));
  ok(await c.get('/sapi/v1/margin/available-inventory', { type: 'ISOLATED' }));
  ok(await c.get('/sapi/v1/margin/delist-schedule', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/list-schedule', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/limit-price-pairs', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/restricted-asset', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/risk-based-liquidation-ratio', {}, { signed: false }));
  ok(await c.get('/sapi/v1/margin/leverageBracket', {}, { signed: false }));
  ok(await c.post('/sapi/v1/userListenToken', {}, { signed: false }));
  ok(await c.post('/sapi/v1/userListenToken', { isIsolated: 'true', symbol: 'BTCUSDT', validity: 60_000 }, { signed: false }));
  // Once: Binance allows one max-leverage call per minute and IP.
  ok(await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 5 }));
}

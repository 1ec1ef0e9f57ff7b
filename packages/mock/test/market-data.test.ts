import { describe, expect, it } from 'vitest';
import { coreMock, schemaErrors } from './core-helpers.js';
import { T0 } from './helpers.js';

const DAY = 86_400_000;
const unsigned = { signed: false } as const;

/** Market-data calls need only the API key: no timestamp, no signature. */
async function md(c: ReturnType<typeof coreMock>['c'], path: string, params = {}) {
  const res = await c.get(path, params, unsigned);
  if (res.status === 200) expect(schemaErrors('GET', path, res), path).toEqual([]);
  return res;
}

describe('the demo market', () => {
  const demoDay = Math.floor(T0 / DAY) * DAY;

  it('lists assets and pairs, with the delisting in seconds on LTC and its pairs', async () => {
    const { c } = coreMock();
    const assets = await md(c, '/sapi/v1/margin/allAssets');
    expect(assets.body.map((a: any) => a.assetName)).toEqual(['ADA', 'BNB', 'BTC', 'ETH', 'LTC', 'USDC', 'USDT']);
    const ltc = assets.body.find((a: any) => a.assetName === 'LTC');
    expect(ltc).toEqual({
      assetFullName: 'Litecoin',
      assetName: 'LTC',
      isBorrowable: true,
      isMortgageable: true,
      userMinBorrow: '0.00000000',
      userMinRepay: '0.00000000',
      delistTime: (demoDay + 30 * DAY) / 1000,
    });
    expect(String(ltc.delistTime)).toHaveLength(10);
    expect(assets.body.find((a: any) => a.assetName === 'BTC')).not.toHaveProperty('delistTime');
    expect((await md(c, '/sapi/v1/margin/allAssets', { asset: 'USDC' })).body).toEqual([expect.objectContaining({ assetName: 'USDC', assetFullName: 'USD Coin' })]);
    expect((await md(c, '/sapi/v1/margin/allAssets', { asset: 'DOGE' })).body).toEqual({ code: -3027, msg: 'Not a valid margin asset.' });

    const pairs = await md(c, '/sapi/v1/margin/allPairs');
    expect(pairs.body).toHaveLength(11);
    expect(pairs.text).toContain('"id":351637150141315861,');
    const ltcbtc = pairs.body.find((p: any) => p.symbol === 'LTCBTC');
    expect(ltcbtc).toMatchObject({ base: 'LTC', quote: 'BTC', isBuyAllowed: true, isSellAllowed: true, isMarginTrade: true, delistTime: (demoDay + 30 * DAY) / 1000 });
    expect(typeof ltcbtc.id).toBe('bigint');
    expect((await md(c, '/sapi/v1/margin/allPairs', { symbol: 'BTCUSDC' })).body).toEqual([expect.objectContaining({ symbol: 'BTCUSDC', base: 'BTC', quote: 'USDC' })]);
    expect((await md(c, '/sapi/v1/margin/allPairs', { symbol: 'XRPBTC' })).body.code).toBe(-1121);
  });

  it('serves the schedules, restrictions, ratios, collateral tiers and brackets of the demo market', async () => {
    const { c } = coreMock();
    expect((await md(c, '/sapi/v1/margin/delist-schedule')).body).toEqual([
      { delistTime: demoDay + 30 * DAY, crossMarginAssets: ['LTC'], isolatedMarginSymbols: ['LTCUSDT', 'LTCBTC'] },
    ]);
    expect((await md(c, '/sapi/v1/margin/list-schedule')).body).toEqual([{ listTime: demoDay + 7 * DAY, crossMarginAssets: ['SOL'], isolatedMarginSymbols: ['SOLUSDT'] }]);
    expect((await md(c, '/sapi/v1/margin/limit-price-pairs')).body).toEqual({ crossMarginSymbols: ['BTCUSDT', 'ETHUSDT'] });
    expect((await md(c, '/sapi/v1/margin/restricted-asset')).body).toEqual({ openLongRestrictedAsset: ['LTC'], maxCollateralExceededAsset: [] });
    expect((await md(c, '/sapi/v1/margin/risk-based-liquidation-ratio')).body).toEqual([
      { asset: 'USDC', riskBasedLiquidationRatio: '0.01' },
      { asset: 'USDT', riskBasedLiquidationRatio: '0.01' },
    ]);
    expect((await md(c, '/sapi/v1/margin/crossMarginCollateralRatio')).body).toEqual([
      {
        collaterals: [
          { minUsdValue: '0', maxUsdValue: '1000000', discountRate: '1' },
          { minUsdValue: '1000000', maxUsdValue: '2000000', discountRate: '0.975' },
          { minUsdValue: '2000000', discountRate: '0' },
        ],
        assetNames: ['LTC'],
      },
      { collaterals: [{ minUsdValue: '0', discountRate: '1' }], assetNames: ['ADA', 'BNB', 'BTC', 'ETH', 'USDC', 'USDT'] },
    ]);
    const brackets = await md(c, '/sapi/v1/margin/leverageBracket');
    expect(brackets.text).toBe(
      '[{"assetNames":["ADA","BNB","BTC","ETH","LTC","USDC","USDT"],"rank":1,"brackets":[' +
        '{"leverage":10,"maxDebt":1000000,"maintenanceMarginRate":0.02,"initialMarginRate":0.1112,"fastNum":0},' +
        '{"leverage":3,"maxDebt":4000000,"maintenanceMarginRate":0.07,"initialMarginRate":0.5,"fastNum":60000}]}]',
    );
    expect(brackets.headers.get('x-sapi-used-ip-weight-1m')).toBe('1');
  });

  it('needs the API key only, and refuses parameters these calls do not take', async () => {
    const { c } = coreMock();
    expect((await c.get('/sapi/v1/margin/delist-schedule', {}, { signed: false, key: null })).status).toBe(401);
    // Binance's page lists timestamp/recvWindow here; an unsigned call ignores them.
    expect((await c.get('/sapi/v1/margin/delist-schedule', { recvWindow: 5000, timestamp: T0 }, unsigned)).status).toBe(200);
    const extra = await c.get('/sapi/v1/margin/restricted-asset', { symbol: 'BTCUSDT' }, unsigned);
    expect([extra.status, extra.body]).toEqual([400, { code: -1104, msg: "Not all sent parameters were read; read '0' parameter(s) but was sent '1'." }]);
  });
});

describe('prices, fees and inventory', () => {
  it('answers the index price at the mock price and time', async () => {
    const { core, c } = coreMock();
    core.setPrice('BNBBTC', '0.0161');
    expect((await md(c, '/sapi/v1/margin/priceIndex', { symbol: 'BNBBTC' })).body).toEqual({ calcTime: T0, price: '0.01610000', symbol: 'BNBBTC' });
    expect((await md(c, '/sapi/v1/margin/priceIndex')).body.code).toBe(-1102);
    expect((await md(c, '/sapi/v1/margin/priceIndex', { symbol: 'XRPBTC' })).body).toEqual({ code: -1121, msg: 'Invalid symbol.' });
  });

  it('derives the fee data from the interest rates and borrow limits', async () => {
    const { c } = coreMock({ interest: { defaultHourlyRate: '0.00001', hourlyRates: { BTC: '0.00000571' } }, borrowLimits: { BTC: '180' } });
    const btc = await c.get('/sapi/v1/margin/crossMarginData', { coin: 'BTC', vipLevel: 1 });
    expect(schemaErrors('GET', '/sapi/v1/margin/crossMarginData', btc)).toEqual([]);
    expect(btc.body).toEqual([
      {
        vipLevel: 1,
        coin: 'BTC',
        transferIn: true,
        borrowable: true,
        dailyInterest: '0.00013704',
        yearlyInterest: '0.05001960',
        borrowLimit: '180.00000000',
        marginablePairs: ['BTCUSDC', 'BTCUSDT', 'BNBBTC', 'LTCBTC', 'ETHBTC'],
      },
    ]);
    expect(btc.headers.get('x-sapi-used-ip-weight-1m')).toBe('1');
    const all = await c.get('/sapi/v1/margin/crossMarginData');
    expect(all.body.map((r: any) => r.coin)).toEqual(['ADA', 'BNB', 'BTC', 'ETH', 'LTC', 'USDC', 'USDT']);
    expect(all.body[0]).toMatchObject({ vipLevel: 0, dailyInterest: '0.00024000' });
    expect(all.headers.get('x-sapi-used-ip-weight-1m')).toBe('6');
    expect((await c.get('/sapi/v1/margin/crossMarginData', { coin: 'DOGE' })).body.code).toBe(-3027);
  });

  it('lends from an inventory that the accounts\u2019 loans use up, with updateTime in seconds', async () => {
    const config = {
      accounts: [
        { apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '100000' } }, isolated: { BTCUSDT: { USDT: { free: '10000' } } } },
        { apiKey: 'k2', apiSecret: 's2', margin: { USDT: { free: '100000' } } },
      ],
      prices: { BTCUSDT: '40000' },
      marketData: { inventory: { MARGIN: { BTC: '10', USDT: '1000000' }, ISOLATED: { BTC: '2' } } },
    };
    const { c } = coreMock(config);
    const before = await c.get('/sapi/v1/margin/available-inventory', { type: 'MARGIN' });
    expect(schemaErrors('GET', '/sapi/v1/margin/available-inventory', before)).toEqual([]);
    expect(before.body).toEqual({ assets: { BTC: '10', USDT: '1000000' }, updateTime: T0 / 1000 });
    expect(before.headers.get('x-sapi-used-uid-weight-1m')).toBe('50');
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1.5', type: 'BORROW' });
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '0.25', type: 'BORROW' }, { key: 'k2', secret: 's2' });
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '0.1', type: 'BORROW' });
    expect((await c.get('/sapi/v1/margin/available-inventory', { type: 'MARGIN' })).body.assets.BTC).toBe('8.25');
    expect((await c.get('/sapi/v1/margin/available-inventory', { type: 'ISOLATED' })).body.assets).toEqual({ BTC: '1.9', USDT: '1000000000' });
    expect((await c.get('/sapi/v1/margin/available-inventory', { type: 'SPOT' })).body.code).toBe(-1130);
  });

  it('caps borrowing by a configured inventory: max borrowable, -3045 on borrow-repay and on an auto-borrowing order', async () => {
    const config = {
      accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1000000' } } }],
      prices: { BTCUSDT: '40000' },
      marketData: { inventory: { MARGIN: { BTC: '2' } } },
    };
    const { c } = coreMock(config);
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'BTC' })).body.amount).toBe('2.00000000');
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT' })).body.amount).toBe('2000000.00000000');
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1.5', type: 'BORROW' })).status).toBe(200);
    const short = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '0.6', type: 'BORROW' });
    expect([short.status, short.body]).toEqual([400, { code: -3045, msg: 'The system does not have enough asset now.' }]);
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'BTC' })).body.amount).toBe('0.50000000');
    // The margin best-practice guide: -3045 "can occur to both manual Margin borrow requests and auto-borrow Margin
    // orders that require actual borrowing".
    const sell = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '2.1', sideEffectType: 'MARGIN_BUY' });
    expect(sell.body.code).toBe(-3045);
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '0.5', type: 'BORROW' })).status).toBe(200);
  });
});

describe('a configured market', () => {
  it('follows the configured symbols and market data', async () => {
    const { c } = coreMock({
      prices: { SOLUSDT: '150', ADAUSDT: '0.5' },
      marketData: {
        assets: { ADA: { borrowable: false, userMinBorrow: '10' } },
        pairs: { ADAUSDT: { id: '9007199254740993', buyAllowed: false } },
        delistSchedule: [{ time: T0 + DAY, crossMarginAssets: ['ADA'] }],
        limitPricePairs: ['SOLUSDT'],
        restrictedAssets: { maxCollateralExceeded: ['SOL'] },
        riskBasedLiquidationRatios: { USDT: '0.02' },
        leverageBrackets: [{ assetNames: ['SOL'], rank: 2, brackets: [{ leverage: 5, maxDebt: '500000', maintenanceMarginRate: '0.05', initialMarginRate: '0.25', fastNum: '0.0000' }] }],
      },
    });
    expect((await md(c, '/sapi/v1/margin/allAssets')).body).toEqual([
      { assetFullName: 'Cardano', assetName: 'ADA', isBorrowable: false, isMortgageable: true, userMinBorrow: '10.00000000', userMinRepay: '0.00000000', delistTime: (T0 + DAY) / 1000 },
      { assetFullName: 'Solana', assetName: 'SOL', isBorrowable: true, isMortgageable: true, userMinBorrow: '0.00000000', userMinRepay: '0.00000000' },
      { assetFullName: 'TetherUS', assetName: 'USDT', isBorrowable: true, isMortgageable: true, userMinBorrow: '0.00000000', userMinRepay: '0.00000000' },
    ]);
    const pairs = await md(c, '/sapi/v1/margin/allPairs');
    expect(pairs.text).toContain('"id":9007199254740993,');
    expect(pairs.body.find((p: any) => p.symbol === 'ADAUSDT')).toMatchObject({ isBuyAllowed: false, delistTime: (T0 + DAY) / 1000 });
    expect((await md(c, '/sapi/v1/margin/list-schedule')).body).toEqual([]);
    expect((await md(c, '/sapi/v1/margin/limit-price-pairs')).body).toEqual({ crossMarginSymbols: ['SOLUSDT'] });
    expect((await md(c, '/sapi/v1/margin/restricted-asset')).body).toEqual({ openLongRestrictedAsset: [], maxCollateralExceededAsset: ['SOL'] });
    expect((await md(c, '/sapi/v1/margin/risk-based-liquidation-ratio')).body).toEqual([{ asset: 'USDT', riskBasedLiquidationRatio: '0.02' }]);
    expect((await md(c, '/sapi/v1/margin/leverageBracket')).text).toBe(
      '[{"assetNames":["SOL"],"rank":2,"brackets":[{"leverage":5,"maxDebt":500000,"maintenanceMarginRate":0.05,"initialMarginRate":0.25,"fastNum":0}]}]',
    );
    expect((await md(c, '/sapi/v1/margin/crossMarginCollateralRatio')).body).toEqual([{ collaterals: [{ minUsdValue: '0', discountRate: '1' }], assetNames: ['ADA', 'SOL', 'USDT'] }]);
    const inventory = await c.get('/sapi/v1/margin/available-inventory', { type: 'MARGIN' });
    expect(Object.keys(inventory.body.assets)).toEqual(['SOL', 'USDT']);
  });

  it('refuses an invalid market-data configuration with the problem named', () => {
    expect(() => coreMock({ marketData: { delistSchedule: [{ time: -1 }] } })).toThrow(/marketData\/delistSchedule\/0\/time/);
    expect(() => coreMock({ marketData: { assets: { btc: {} } } })).toThrow(/marketData\/assets/);
  });
});

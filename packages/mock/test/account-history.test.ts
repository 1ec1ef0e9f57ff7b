import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { coreMock, schemaErrors } from './core-helpers.js';
import { T0 } from './helpers.js';

const DAY = 86_400_000;
const ACCOUNT = { apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1000' } }, isolated: { BTCUSDT: { USDT: { free: '500' } } } };

describe('GET /sapi/v1/margin/capital-flow', () => {
  it('records every borrow, repayment, fill, commission and transfer of the margin account, in increasing id', async () => {
    const { core, c } = coreMock({ accounts: [ACCOUNT], commissionRate: '0.001' });
    const account = core.engine.accounts.get('k')!;
    const borrow = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '200', type: 'BORROW' });
    const buy = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    const repay = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '50', type: 'REPAY' });
    const transferId = core.engine.records.recordTransfer(account, 'USDT', new D('25'), { wallet: 'CROSS_MARGIN' }, { wallet: 'SPOT' });
    const res = await c.get('/sapi/v1/margin/capital-flow');
    expect(res.status).toBe(200);
    expect(schemaErrors('GET', '/sapi/v1/margin/capital-flow', res)).toEqual([]);
    const tradeId = (await c.get('/sapi/v1/margin/myTrades', { symbol: 'BTCUSDT' })).body[0].id;
    expect(res.body.map((r: any) => [r.type, r.asset, r.amount, r.tranId])).toEqual([
      ['BORROW', 'USDT', '200.00000000', borrow.body.tranId],
      ['BUY_EXPENSE', 'USDT', '400.00000000', tradeId],
      ['BUY_INCOME', 'BTC', '0.01000000', tradeId],
      ['TRADING_COMMISSION', 'BTC', '0.00001000', tradeId],
      ['REPAY', 'USDT', '50.00000000', repay.body.tranId],
      ['TRANSFER', 'USDT', '-25.00000000', transferId],
    ]);
    expect(buy.body.status).toBe('FILLED');
    const ids = res.body.map((r: any) => r.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(res.body.every((r: any) => r.timestamp === T0 && !('symbol' in r))).toBe(true);

    expect((await c.get('/sapi/v1/margin/capital-flow', { type: 'BUY_INCOME' })).body.map((r: any) => r.asset)).toEqual(['BTC']);
    expect((await c.get('/sapi/v1/margin/capital-flow', { asset: 'BTC' })).body).toHaveLength(2);
    expect((await c.get('/sapi/v1/margin/capital-flow', { limit: 2 })).body.map((r: any) => r.type)).toEqual(['REPAY', 'TRANSFER']);
    const after = await c.get('/sapi/v1/margin/capital-flow', { fromId: ids[1], limit: 2 });
    expect(after.body.map((r: any) => r.id)).toEqual([ids[2], ids[3]]);
  });

  it('keeps each isolated pair apart under its symbol', async () => {
    const { c } = coreMock({ accounts: [ACCOUNT] });
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '0.001', type: 'BORROW' });
    expect((await c.get('/sapi/v1/margin/capital-flow')).body).toEqual([]);
    const isolated = await c.get('/sapi/v1/margin/capital-flow', { symbol: 'BTCUSDT' });
    expect(isolated.body).toMatchObject([{ type: 'BORROW', asset: 'BTC', symbol: 'BTCUSDT', amount: '0.00100000' }]);
    expect((await c.get('/sapi/v1/margin/capital-flow', { symbol: 'NOPEUSDT' })).body).toEqual({ code: -1121, msg: 'Invalid symbol.' });
  });

  it('reads only the last 90 days and at most 7 days at a time', async () => {
    const { core, c } = coreMock({ accounts: [ACCOUNT] });
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'BORROW' });
    core.advanceClock(91 * DAY);
    expect((await c.get('/sapi/v1/margin/capital-flow')).body).toEqual([]);
    const old = await c.get('/sapi/v1/margin/capital-flow', { startTime: T0 });
    expect([old.status, old.body]).toEqual([400, { code: -4047, msg: 'Time interval must be within 0-90 days' }]);
    const now = core.now();
    // Binance's own answer for this rule (the spec's rule `error`), not the generic -1127.
    const wide = await c.get('/sapi/v1/margin/capital-flow', { startTime: now - 7 * DAY - 1, endTime: now });
    expect([wide.status, wide.body]).toEqual([400, { code: -4047, msg: 'Time interval must be within 0-7 days' }]);
    const backwards = await c.get('/sapi/v1/margin/capital-flow', { startTime: now, endTime: now - 1 });
    expect(backwards.body.code).toBe(-4047);
    expect((await c.get('/sapi/v1/margin/capital-flow', { startTime: now - 7 * DAY, endTime: now })).status).toBe(200);
  });

  it('forgets the oldest rows beyond historyLimit', async () => {
    const { c } = coreMock({ accounts: [ACCOUNT], historyLimit: 2 });
    for (const amount of ['1', '2', '3']) await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount, type: 'BORROW' });
    expect((await c.get('/sapi/v1/margin/capital-flow')).body.map((r: any) => r.amount)).toEqual(['2.00000000', '3.00000000']);
  });
});

describe('max leverage and the margin-level thresholds', () => {
  it('moves max borrowable, max transferable and tradeCoeff with the account setting', async () => {
    const { c } = coreMock({ accounts: [ACCOUNT] });
    const coeff = await c.get('/sapi/v1/margin/tradeCoeff');
    expect(coeff.body).toEqual({ normalBar: '1.5', marginCallBar: '1.3', forceLiquidationBar: '1.1' });
    expect(schemaErrors('GET', '/sapi/v1/margin/tradeCoeff', coeff)).toEqual([]);
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT' })).body.amount).toBe('2000.00000000');

    const set = await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 5 });
    expect([set.status, set.body]).toEqual([200, { success: true }]);
    expect((await c.get('/sapi/v1/margin/tradeCoeff')).body).toEqual({ normalBar: '1.25', marginCallBar: '1.175', forceLiquidationBar: '1.1' });
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT' })).body.amount).toBe('4000.00000000');
    // Isolated pairs keep the configured leverage.
    expect((await c.get('/sapi/v1/margin/maxBorrowable', { asset: 'USDT', isolatedSymbol: 'BTCUSDT' })).body.amount).toBe('1000.00000000');
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '3000', type: 'BORROW' });
    // Assets 4000, liabilities 3000.01251 (one hour of interest charged on borrowing): at 5x what may leave is
    // assets − liabilities − liabilities / 4 = 249.9843625; at 3x nothing could.
    expect((await c.get('/sapi/v1/margin/maxTransferable', { asset: 'USDT' })).body.amount).toBe('249.98436250');
  });

  it('refuses a leverage whose initial level the margin level does not exceed, and values other than 3 and 5', async () => {
    const { core, c } = coreMock({ accounts: [{ ...ACCOUNT, maxLeverage: 5 }] });
    expect((await c.get('/sapi/v1/margin/tradeCoeff')).body.normalBar).toBe('1.25');
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '3000', type: 'BORROW' });
    // Margin level 4000 / 3000.0125 ≈ 1.333: above 5x's 1.25, not above 3x's 1.5.
    const refused = await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 3 });
    expect([refused.status, refused.body]).toEqual([400, { code: -3023, msg: "You can't transfer out/place order under current margin level." }]);
    expect((await c.get('/sapi/v1/margin/tradeCoeff')).body.normalBar).toBe('1.25');
    // One max-leverage call per minute and IP.
    core.advanceClock(60_000);
    const pro = await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 10 });
    expect([pro.status, pro.body]).toEqual([400, { code: -1130, msg: "Data sent for parameter 'maxLeverage' is not valid." }]);
  });
});

describe('the max-leverage request limit', () => {
  it('allows one call per minute and IP (429 -1003 for the second), from the spec\'s x-binance-endpoint-limits', async () => {
    const { core, c } = coreMock({ accounts: [ACCOUNT] });
    expect((await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 5 })).status).toBe(200);
    const again = await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 3 });
    expect([again.status, again.body]).toEqual([429, { code: -1003, msg: 'Too many requests; current limit is 1 requests per 1 MINUTE for this endpoint.' }]);
    expect(Number(again.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await c.get('/sapi/v1/margin/tradeCoeff')).body.normalBar).toBe('1.25');
    core.advanceClock(60_000);
    expect((await c.post('/sapi/v1/margin/max-leverage', { maxLeverage: 3 })).status).toBe(200);
  });
});

describe('GET /sapi/v1/bnbBurn', () => {
  it('answers the configured switches, spot on and interest off by default', async () => {
    const { c } = coreMock({ accounts: [ACCOUNT, { apiKey: 'k2', apiSecret: 's2', bnbBurn: { spotBNBBurn: false, interestBNBBurn: true } }] });
    expect((await c.get('/sapi/v1/bnbBurn')).body).toEqual({ spotBNBBurn: true, interestBNBBurn: false });
    expect((await c.get('/sapi/v1/bnbBurn', {}, { key: 'k2', secret: 's2' })).body).toEqual({ spotBNBBurn: false, interestBNBBurn: true });
  });
});

describe('interest rates', () => {
  const config = {
    accounts: [ACCOUNT],
    interest: { defaultHourlyRate: '0.000001', hourlyRates: { BTC: '0.00000571' } },
    marketData: { interestRateHistory: { BTC: [{ time: T0 - 3 * DAY, dailyInterestRate: '0.00035' }, { time: T0 - 20 * DAY, dailyInterestRate: '0.0004' }] } },
  };

  it('lists the rate changes of an asset in the window, newest first, the current one from the mock start', async () => {
    const { c } = coreMock(config);
    const res = await c.get('/sapi/v1/margin/interestRateHistory', { asset: 'BTC' });
    expect(res.body).toEqual([
      { asset: 'BTC', dailyInterestRate: '0.00013704', timestamp: T0, vipLevel: 0 },
      { asset: 'BTC', dailyInterestRate: '0.00035000', timestamp: T0 - 3 * DAY, vipLevel: 0 },
    ]);
    expect(schemaErrors('GET', '/sapi/v1/margin/interestRateHistory', res)).toEqual([]);
    const older = await c.get('/sapi/v1/margin/interestRateHistory', { asset: 'BTC', vipLevel: 2, startTime: T0 - 25 * DAY, endTime: T0 - 5 * DAY });
    expect(older.body).toEqual([{ asset: 'BTC', dailyInterestRate: '0.00040000', timestamp: T0 - 20 * DAY, vipLevel: 2 }]);
    expect((await c.get('/sapi/v1/margin/interestRateHistory', { asset: 'NOPE' })).body).toEqual({ code: -3027, msg: 'Not a valid margin asset.' });
    expect((await c.get('/sapi/v1/margin/interestRateHistory', { asset: 'BTC', startTime: T0 - 31 * DAY, endTime: T0 })).body.code).toBe(-1127);
  });

  it('quotes the next hour at the configured hourly rates, in the order asked', async () => {
    const { c } = coreMock(config);
    const res = await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: 'USDT,BTC', isIsolated: 'TRUE' });
    expect(res.body).toEqual([
      { asset: 'USDT', nextHourlyInterestRate: '0.00000100' },
      { asset: 'BTC', nextHourlyInterestRate: '0.00000571' },
    ]);
    const twentyOne = Array.from({ length: 21 }, () => 'BTC').join(',');
    expect((await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: twentyOne, isIsolated: 'FALSE' })).body.code).toBe(-1130);
    expect((await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: 'BTC,', isIsolated: 'FALSE' })).body.code).toBe(-1130);
    expect((await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: 'BTC' })).body.code).toBe(-1102);
    expect((await c.get('/sapi/v1/margin/next-hourly-interest-rate', { assets: 'DOGE', isIsolated: 'FALSE' })).body.code).toBe(-3027);
  });
});

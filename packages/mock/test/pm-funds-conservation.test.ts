/**
 * Repayments inside a Portfolio Margin account pay with what the account holds, never more: an asset listed
 * twice in `specifyRepayAssets` is one source, not two, and the USDT an automatic exchange costs is rounded so
 * that it never exceeds the free USDT. Each case would otherwise leave a free balance negative — money made
 * from nothing.
 */
import { describe, expect, it } from 'vitest';
import { TestClient, mockFetch } from './helpers.js';

const KEY = 'pm-conservation';
const SECRET = 'pm-conservation-secret';

function setup(portfolioMargin: Record<string, Record<string, string>>) {
  const fetch = mockFetch({ accounts: [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin }], interest: { defaultHourlyRate: '0' } });
  const c = new TestClient(fetch, KEY, SECRET);
  const balance = async (asset: string) => (await c.get('/papi/v1/balance', { asset })).body;
  return { fetch, c, balance };
}

describe('repay-debt', () => {
  it('counts an asset listed twice in specifyRepayAssets once: -2018 and nothing moves when it cannot pay', async () => {
    const { c, fetch, balance } = setup({ BNB: { free: '1' }, USDT: { free: '1000' } });
    expect((await c.post('/papi/v1/marginLoan', { asset: 'BNB', amount: '3' })).status).toBe(200);
    expect((await c.post('/papi/v1/bnb-transfer', { amount: '4', transferSide: 'TO_UM' })).status).toBe(200);
    // 3 BNB at 600 USDT cost 1800 USDT; the account holds 1000, however often USDT is named.
    const res = await c.post('/papi/v1/margin/repay-debt', { asset: 'BNB', specifyRepayAssets: 'USDT,USDT' });
    expect([res.status, res.body.code]).toEqual([400, -2018]);
    expect((await balance('USDT')).crossMarginFree).toBe('1000.00000000');
    expect((await balance('BNB')).crossMarginBorrowed).toBe('3.00000000');
    // What one USDT source can pay, it pays once.
    await fetch.mock.advanceClock(60_000);
    const part = await c.post('/papi/v1/margin/repay-debt', { asset: 'BNB', amount: '1', specifyRepayAssets: 'USDT,USDT' });
    expect(part.status, part.text).toBe(200);
    expect((await balance('USDT')).crossMarginFree).toBe('400.00000000');
    expect((await balance('BNB')).crossMarginBorrowed).toBe('2.00000000');
  });
});

describe('auto-repay-futures', () => {
  it('never spends more USDT than is free when it exchanges USDT for a negative futures balance', async () => {
    // ETH is the collateral; 0.0002 USDT is all the USDT there is.
    const { c, balance } = setup({ ETH: { free: '10' }, USDT: { free: '0.0002' } });
    expect((await c.post('/papi/v1/repay-futures-switch', { autoRepay: 'false' })).status).toBe(200);
    // 1 contract of 100 USD at 40000: a taker commission of 0.0025 BTC × 0.05 % = 0.00000125 BTC from an empty CM wallet.
    const order = await c.post('/papi/v1/cm/order', { symbol: 'BTCUSD_PERP', side: 'BUY', type: 'MARKET', quantity: '1' });
    expect(order.status, order.text).toBe(200);
    expect((await balance('BTC')).cmWalletBalance).toBe('-0.00000125');
    // Switching on repays at once: 0.0002 USDT buys 0.000000005 BTC, which is less than the smallest unit (1e-8).
    expect((await c.post('/papi/v1/repay-futures-switch', { autoRepay: 'true' })).status).toBe(200);
    const usdt = await balance('USDT');
    expect(usdt.crossMarginFree).toBe('0.00020000');
    expect((await balance('BTC')).cmWalletBalance).toBe('-0.00000125');
  });
});

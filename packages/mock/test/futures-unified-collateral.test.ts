/**
 * The margin side of a Portfolio Margin account sees the futures side: what can be borrowed
 * (`GET /papi/v1/margin/maxBorrowable`, `POST /papi/v1/marginLoan`, auto-borrowing margin orders) and withdrawn
 * (`GET /papi/v1/margin/maxWithdraw`) is limited by the unified account's free margin — equity (unrealized
 * futures profit included) minus initial margin (futures positions and open orders included), the figure
 * `GET /papi/v1/account` shows as `totalAvailableBalance` — and never by the margin wallet's own collateral alone.
 */
import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { admin, mockFetch, TestClient } from './helpers.js';

const KEY = 'unified';

function setup() {
  const fetch = mockFetch({
    prices: { BTCUSDT: '40000' },
    futures: { symbols: { BTCUSDT: { market: 'UM', markPrice: '40000', stepSize: '0.001', tickSize: '0.1' } } },
    accounts: [{ apiKey: KEY, apiSecret: 's', portfolioMargin: { USDT: { free: '1000' } } }],
  });
  const pm = new TestClient(fetch, KEY, 's');
  const figures = async () => {
    const account = (await pm.get('/papi/v1/account')).body;
    const borrowable = await pm.get('/papi/v1/margin/maxBorrowable', { asset: 'USDT' });
    const withdrawable = await pm.get('/papi/v1/margin/maxWithdraw', { asset: 'USDT' });
    expect([borrowable.status, withdrawable.status]).toEqual([200, 200]);
    const plain = (text: string) => new D(text).toFixed();
    return { available: plain(account.totalAvailableBalance), borrowable: plain(borrowable.body.amount), withdrawable: plain(withdrawable.body.amount) };
  };
  const mark = async (price: string) => expect((await admin(fetch, 'POST', '/__mock/futures/markPrices', { BTCUSDT: price })).status).toBe(200);
  return { pm, figures, mark };
}

describe('PM margin limits include the futures side', () => {
  it('a long of 16 000 USDT at 20x (initial margin 800) leaves 200 to withdraw and 400 to borrow (3x: 2 × 200)', async () => {
    const { pm, figures } = setup();
    expect(await figures()).toEqual({ available: '1000', borrowable: '2000', withdrawable: '1000' });
    expect((await pm.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.4' })).status).toBe(200);
    expect(await figures()).toEqual({ available: '200', borrowable: '400', withdrawable: '200' });

    // One unit more than the maximum is refused; the maximum itself uses up the free margin exactly.
    expect((await pm.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '400.00000001' })).body).toEqual({ code: -2019, msg: 'Margin is insufficient.' });
    expect((await pm.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '400' })).status).toBe(200);
    // The hour of interest charged on the loan (400 × 0.00000417) is owed at once: equity 999.998332, initial
    // margin (400.001668) / 2 + 800.
    const after = (await pm.get('/papi/v1/account')).body;
    expect([after.accountEquity, after.accountInitialMargin, after.totalAvailableBalance].map((v: string) => new D(v).toFixed())).toEqual(['999.998332', '1000.000834', '0']);
  });

  it('an open futures order counts like a position', async () => {
    const { pm, figures } = setup();
    expect((await pm.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.45', price: '39000' })).status).toBe(200);
    // 0.45 × 39 000 / 20 = 877.5 of initial margin for the resting order.
    expect(await figures()).toEqual({ available: '122.5', borrowable: '245', withdrawable: '122.5' });
  });

  it('a losing position leaves nothing to borrow or withdraw, and an auto-borrowing margin order is refused', async () => {
    const { pm, figures, mark } = setup();
    expect((await pm.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.4' })).status).toBe(200);
    await mark('39500'); // equity 1000 − 200 = 800, initial margin 0.4 × 39 500 / 20 = 790
    expect(await figures()).toEqual({ available: '10', borrowable: '20', withdrawable: '10' });
    await mark('39000'); // equity 600, initial margin 780
    expect(await figures()).toEqual({ available: '0', borrowable: '0', withdrawable: '0' });
    expect((await pm.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '1' })).body).toEqual({ code: -2019, msg: 'Margin is insufficient.' });
    const order = await pm.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.03', sideEffectType: 'MARGIN_BUY' });
    expect([order.status, order.body.code]).toEqual([400, -2010]);
    expect(new D((await pm.get('/papi/v1/balance', { asset: 'USDT' })).body.crossMarginBorrowed).toFixed()).toBe('0');
  });
});

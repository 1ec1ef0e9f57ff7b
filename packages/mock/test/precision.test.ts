/**
 * Amounts are kept at their asset's precision (8 decimals unless `assetPrecision` says otherwise), as Binance
 * keeps them: nothing is held that no answer shows, so every answer adds up to the cent... and to the satoshi.
 */
import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { DEMO_ACCOUNT } from '../src/index.js';
import { TestClient, bal, mockFetch } from './helpers.js';

const sum = (values: string[]) => values.reduce((a, v) => a.plus(v), new D(0));

describe('fills at prices whose products have more than 8 decimals', () => {
  it('100 small buys: the balance shown is exactly the start minus the 100 quote amounts shown', async () => {
    const fetch = mockFetch({ prices: { BTCUSDT: '40000.12345678' }, commissionRate: '0.00075' });
    const c = new TestClient(fetch);
    const spent: string[] = [];
    const received: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.00012345', newOrderRespType: 'FULL' });
      expect(res.status, res.text).toBe(200);
      spent.push(res.body.cummulativeQuoteQty);
      received.push(new D(res.body.executedQty).minus(res.body.fills[0].commission).toFixed());
    }
    // 0.00012345 × 40000.12345678 = 4.9380152407… : a buyer pays it rounded up to the satoshi.
    expect(spent[0]).toBe('4.93801525');
    const pm = fetch.mock.account(DEMO_ACCOUNT.apiKey)!.portfolioMargin as Record<string, any>;
    expect(new D(bal(pm, 'USDT').free).toFixed()).toBe(new D(DEMO_ACCOUNT.portfolioMargin.USDT.free).minus(sum(spent)).toFixed());
    expect(new D(bal(pm, 'BTC').free).toFixed()).toBe(new D(DEMO_ACCOUNT.portfolioMargin.BTC.free).plus(sum(received)).toFixed());
    // The same through the API's own view.
    const usdt = (await c.get('/papi/v1/balance', { asset: 'USDT' })).body;
    expect(usdt.crossMarginFree).toBe(new D(DEMO_ACCOUNT.portfolioMargin.USDT.free).minus(sum(spent)).toFixed(8));
  });

  it('a seller receives the quote amount rounded down; a resting buy locks exactly what it will pay', async () => {
    const fetch = mockFetch({ prices: { BTCUSDC: '40000.12345678' } });
    const c = new TestClient(fetch);
    const sell = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'SELL', type: 'MARKET', quantity: '0.00012345' });
    expect(sell.body.cummulativeQuoteQty).toBe('4.93801524');
    const rest = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.00012345', price: '39999.99999999' });
    const wallet = () => fetch.mock.account(DEMO_ACCOUNT.apiKey)!.margin as Record<string, any>;
    // 0.00012345 × 39999.99999999 = 4.9379999999987655 → 4.93800000 locked.
    expect(bal(wallet(), 'USDC').locked).toBe('4.93800000');
    fetch.mock.setPrice('BTCUSDC', '39000');
    const filled = await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDC', orderId: rest.body.orderId });
    expect(filled.body).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '4.93800000' });
    expect(bal(wallet(), 'USDC')).toMatchObject({ locked: '0.00000000', free: new D(50000).plus('4.93801524').minus('4.938').toFixed(8) });
  });

  it('interest and borrowed shortfalls are whole satoshis', async () => {
    const fetch = mockFetch({ interest: { hourlyRates: { USDT: '0.000003333' } } });
    const c = new TestClient(fetch);
    await c.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '1234.56789012' });
    fetch.mock.advanceClock(5 * 3_600_000);
    const rows = (await c.get('/papi/v1/margin/marginInterestHistory', { asset: 'USDT' })).body.rows;
    // 1234.56789012 × 0.000003333 = 0.00411481477… → 0.00411481 each hour, six hours.
    expect(rows.map((r: any) => r.interest)).toEqual(Array(6).fill('0.00411481'));
    expect((await c.get('/papi/v1/balance', { asset: 'USDT' })).body.crossMarginInterest).toBe('0.02468886');
  });
});

describe('assetPrecision', () => {
  it('keeps an asset at fewer decimals: fills, commissions and interest round to it; finer amounts are -1111', async () => {
    const fetch = mockFetch({ prices: { BTCUSDT: '40000.12345678' }, assetPrecision: { USDT: 2 }, commissionRate: '0.001' });
    const c = new TestClient(fetch);
    const buy = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.00012345' });
    expect(buy.body.cummulativeQuoteQty).toBe('4.94000000');
    const sell = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.00012345', newOrderRespType: 'FULL' });
    expect(sell.body).toMatchObject({ cummulativeQuoteQty: '4.93000000', fills: [expect.objectContaining({ commission: '0.00000000', commissionAsset: 'USDT' })] });
    expect(bal(fetch.mock.account(DEMO_ACCOUNT.apiKey)!.portfolioMargin as Record<string, any>, 'USDT').free).toBe('19999.99000000');
    const fine = await c.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '1.005' });
    expect([fine.status, fine.body]).toEqual([400, { code: -1111, msg: 'Precision is over the maximum defined for this asset.' }]);
    const quote = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quoteOrderQty: '10.001' });
    expect(quote.body.code).toBe(-1111);
    // Trailing zeros are not extra precision.
    expect((await c.post('/papi/v1/marginLoan', { asset: 'USDT', amount: '1.0000' })).status).toBe(200);
  });

  it('a configured balance finer than its asset\'s precision is refused', () => {
    expect(() => mockFetch({ assetPrecision: { USDT: 2 }, accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDT: { free: '1.005' } } }] })).toThrow(
      'account k: USDT free 1.005 has more than 2 decimals',
    );
    expect(() => mockFetch({ accounts: [{ apiKey: 'k', apiSecret: 's', portfolioMargin: { BTC: { free: '0.000000001' } } }] })).toThrow('more than 8 decimals');
  });
});

describe('answers add up', () => {
  it('cross account: net = assets − liabilities as shown; PM account: withdrawable = equity − initial margin as shown', async () => {
    const fetch = mockFetch({ prices: { BTCUSDT: '40000.33333333', BTCUSDC: '40000.33333333', ETHUSDT: '2500.77777777', ETHBTC: '0.06251111' } });
    const c = new TestClient(fetch);
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'FALSE', amount: '3.33333333', type: 'BORROW' });
    const cross = (await c.get('/sapi/v1/margin/account')).body;
    expect(new D(cross.totalAssetOfBtc).minus(cross.totalLiabilityOfBtc).toFixed(8)).toBe(cross.totalNetAssetOfBtc);
    for (const a of cross.userAssets) expect(new D(a.free).plus(a.locked).minus(a.borrowed).minus(a.interest).toFixed(8)).toBe(a.netAsset);
    await c.post('/papi/v1/marginLoan', { asset: 'ETH', amount: '1.11111111' });
    const pm = (await c.get('/papi/v1/account')).body;
    expect(new D(pm.accountEquity).minus(pm.accountInitialMargin).toFixed(8)).toBe(pm.virtualMaxWithdrawAmount);
    for (const row of (await c.get('/papi/v1/balance')).body) {
      expect(new D(row.crossMarginFree).plus(row.crossMarginLocked).plus(row.umWalletBalance).plus(row.cmWalletBalance).toFixed(8)).toBe(row.totalWalletBalance);
      expect(new D(row.crossMarginFree).plus(row.crossMarginLocked).minus(row.crossMarginBorrowed).minus(row.crossMarginInterest).toFixed(8)).toBe(row.crossMarginAsset);
    }
  });
});

describe('the PM account views with futures positions add up as shown', () => {
  it('UM and CM positions at marks with many decimals: withdrawable = equity − initial margin, uniMMR = equity ÷ maintenance, balance rows sum', async () => {
    const fetch = mockFetch({
      prices: { BTCUSDT: '40000.33333333', BTCUSDC: '40000.33333333', ETHUSDT: '2500.77777777', ETHBTC: '0.06251111' },
      futures: {
        symbols: {
          BTCUSDT: { market: 'UM', markPrice: '40000.12345678', tickSize: '0.00000001', stepSize: '0.001', takerCommission: '0.00075', makerCommission: '0.0002' },
          BTCUSD_PERP: { market: 'CM', markPrice: '40000.33333333', contractSize: '100', tickSize: '0.00000001', stepSize: '1', takerCommission: '0.00075', makerCommission: '0.0002' },
        },
      },
    });
    const c = new TestClient(fetch);
    const admin = (body: unknown) => fetch('http://mock/__mock/futures/markPrices', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await c.post('/papi/v1/marginLoan', { asset: 'ETH', amount: '1.11111111' });
    expect((await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.337' })).status).toBe(200);
    expect((await c.post('/papi/v1/cm/order', { symbol: 'BTCUSD_PERP', side: 'SELL', type: 'MARKET', quantity: '7' })).status).toBe(200);
    expect((await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.013', price: '30000.77777777' })).status).toBe(200);
    await admin({ BTCUSDT: '40123.45678901', BTCUSD_PERP: '39876.54321987' });
    // Half of the UM position closes: realized profit and commission reach the UM wallet.
    expect((await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.169' })).status).toBe(200);
    await admin({ BTCUSDT: '40111.11111111' });

    const pm = (await c.get('/papi/v1/account')).body;
    expect(new D(pm.accountInitialMargin).greaterThan(0) && new D(pm.accountMaintMargin).greaterThan(0)).toBe(true);
    const available = D.max(new D(pm.accountEquity).minus(pm.accountInitialMargin), 0).toFixed(8);
    expect([pm.virtualMaxWithdrawAmount, pm.totalAvailableBalance]).toEqual([available, available]);
    expect(pm.actualEquity).toBe(pm.accountEquity);
    expect(pm.uniMMR).toBe(new D(pm.accountEquity).div(pm.accountMaintMargin).toFixed(8, D.ROUND_DOWN));
    const rows = (await c.get('/papi/v1/balance')).body;
    expect(rows.some((r: any) => r.umWalletBalance !== '0.00000000') && rows.some((r: any) => r.cmUnrealizedPNL !== '0.00000000')).toBe(true);
    for (const row of rows) {
      expect(new D(row.crossMarginFree).plus(row.crossMarginLocked).plus(row.umWalletBalance).plus(row.cmWalletBalance).toFixed(8)).toBe(row.totalWalletBalance);
      expect(new D(row.crossMarginFree).plus(row.crossMarginLocked).minus(row.crossMarginBorrowed).minus(row.crossMarginInterest).toFixed(8)).toBe(row.crossMarginAsset);
    }
  });
});

/**
 * The stateful rules of the PM account, funding and download operations (pm-account/): what each call changes,
 * what it refuses with which code, and the limits Binance's pages give them.
 */
import { describe, expect, it } from 'vitest';
import { TestClient, T0, admin, mockFetch } from './helpers.js';
import { createMockFetch } from '../src/index.js';

const KEY = 'pm-rules';
const SECRET = 'pm-rules-secret';

function setup(portfolioMargin: Record<string, Record<string, string>> = { USDT: { free: '10000', umWalletBalance: '1000' }, BNB: { free: '5' }, BTC: { free: '0.2' } }) {
  const fetch = mockFetch({ accounts: [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin }], interest: { defaultHourlyRate: '0' } });
  const c = new TestClient(fetch, KEY, SECRET);
  const balance = async (asset: string) => (await c.get('/papi/v1/balance', { asset })).body;
  return { fetch, c, balance };
}

describe('POST /papi/v1/margin/repay-debt', () => {
  it('repays with the loan asset first, then the listed assets at the market price; records the repayment', async () => {
    const { c, balance } = setup({ BNB: { free: '1' }, USDT: { free: '1000' }, BTC: { free: '1' } });
    expect((await c.post('/papi/v1/marginLoan', { asset: 'BNB', amount: '3' })).status).toBe(200);
    // Spend the borrowed BNB elsewhere: 4 BNB out to UM leaves none free.
    expect((await c.post('/papi/v1/bnb-transfer', { amount: '4', transferSide: 'TO_UM' })).status).toBe(200);
    const res = await c.post('/papi/v1/margin/repay-debt', { asset: 'BNB', specifyRepayAssets: 'USDT,BTC' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ amount: '3.00000000', asset: 'BNB', specifyRepayAssets: ['USDT', 'BTC'], success: true });
    // 3 BNB at 600 USDT: the 1000 USDT buy 1.66666666 BNB for 999.999996 USDT (the cost rounded up); BTC at
    // 0.015 BTC per BNB pays the other 1.33333334 BNB with 0.0200000001 → 0.02000001 BTC.
    expect((await balance('USDT')).crossMarginFree).toBe('0.00000400');
    expect(await balance('BNB')).toMatchObject({ crossMarginFree: '0.00000000', crossMarginBorrowed: '0.00000000' });
    expect((await balance('BTC')).crossMarginFree).toBe('0.97999999');
    const history = await c.get('/papi/v1/margin/repayLoan', { asset: 'BNB', startTime: T0 - 1000 });
    expect(history.body.rows.map((r: any) => [r.amount, r.principal])).toEqual([['3.00000000', '3.00000000']]);
  });

  it('changes nothing when the assets do not suffice (-2018), refuses no loan or too much (-3015), more than 50 000 USD (-3010), unknown assets (-1108)', async () => {
    const { c, fetch, balance } = setup({ BNB: { free: '0' }, USDT: { free: '100' }, BTC: { free: '1' } });
    // Weight 3000 each: two calls a minute fit PAPI's 6000.
    const repayDebt = async (params: Record<string, string>) => {
      await fetch.mock.advanceClock(60_000);
      return c.post('/papi/v1/margin/repay-debt', params);
    };
    expect((await repayDebt({ asset: 'BNB' })).body).toEqual({ code: -3015, msg: 'Repay amount exceeds borrow amount.' });
    await c.post('/papi/v1/marginLoan', { asset: 'BNB', amount: '1' });
    await c.post('/papi/v1/bnb-transfer', { amount: '1', transferSide: 'TO_UM' });
    const short = await repayDebt({ asset: 'BNB', specifyRepayAssets: 'USDT' });
    expect([short.status, short.body.code]).toEqual([400, -2018]);
    expect((await balance('USDT')).crossMarginFree).toBe('100.00000000');
    expect((await repayDebt({ asset: 'BNB', amount: '1.1' })).body.code).toBe(-3015);
    expect((await repayDebt({ asset: 'BNB', specifyRepayAssets: 'USDT,NOPE' })).body.code).toBe(-1108);
    await c.post('/papi/v1/marginLoan', { asset: 'BNB', amount: '100' });
    // 84 BNB at 600 USDT is 50 400 USD, above the 50 000 a request may repay.
    expect((await repayDebt({ asset: 'BNB', amount: '84' })).body).toEqual({ code: -3010, msg: 'Repay not allowed.' });
    expect((await repayDebt({ asset: 'BNB', amount: '83' })).status).toBe(200);
  });
});

describe('fund collection and BNB transfer', () => {
  it('asset-collection refuses BNB (-3005) and unknown assets (-1108); collects UM and CM balances of one asset', async () => {
    const { c, balance } = setup({ BTC: { free: '0.1', umWalletBalance: '0.2', cmWalletBalance: '0.3' }, BNB: { umWalletBalance: '1' } });
    expect((await c.post('/papi/v1/asset-collection', { asset: 'BNB' })).body).toEqual({ code: -3005, msg: 'Transferring out not allowed.' });
    expect((await c.post('/papi/v1/asset-collection', { asset: 'NOPE' })).body.code).toBe(-1108);
    expect((await c.post('/papi/v1/asset-collection', { asset: 'BTC' })).status).toBe(200);
    expect(await balance('BTC')).toMatchObject({ crossMarginFree: '0.60000000', umWalletBalance: '0.00000000', cmWalletBalance: '0.00000000' });
    const cm = await c.get('/papi/v1/cm/income', { incomeType: 'TRANSFER' });
    expect(cm.body.map((r: any) => [r.asset, r.income, r.info, r.symbol, r.tradeId])).toEqual([['BTC', '-0.30000000', 'ASSET_COLLECTION', '', '']]);
    expect((await c.post('/papi/v1/auto-collection')).status).toBe(200);
    expect((await balance('BNB')).umWalletBalance).toBe('1.00000000');
  });

  it('bnb-transfer: -4055 for zero, -1111 beyond 8 decimals, -2018 beyond the source; 10 calls per 10 minutes (-1003)', async () => {
    const { c, fetch } = setup();
    expect((await c.post('/papi/v1/bnb-transfer', { amount: '0', transferSide: 'TO_UM' })).body).toEqual({ code: -4055, msg: 'amount must be positive' });
    expect((await c.post('/papi/v1/bnb-transfer', { amount: '0.000000001', transferSide: 'TO_UM' })).body.code).toBe(-1111);
    expect((await c.post('/papi/v1/bnb-transfer', { amount: '6', transferSide: 'TO_UM' })).body.code).toBe(-2018);
    // A fresh 10-minute window; weight 750 each, so at most 8 a minute: two every 30 s stay within PAPI's 6000.
    await fetch.mock.advanceClock(600_000 - (fetch.mock.now() % 600_000));
    const transfer = async (side: string) => {
      const res = await c.post('/papi/v1/bnb-transfer', { amount: '0.1', transferSide: side });
      await fetch.mock.advanceClock(15_000);
      return res;
    };
    for (let i = 0; i < 10; i++) expect((await transfer(i % 2 ? 'FROM_UM' : 'TO_UM')).status).toBe(200);
    const over = await transfer('TO_UM');
    expect([over.status, over.body.code]).toEqual([429, -1003]);
    await fetch.mock.advanceClock(600_000);
    expect((await transfer('TO_UM')).status).toBe(200);
  });
});

describe('fee burn, funding and negative balances', () => {
  it('the fee discount pays UM commission in BNB only while the UM wallet holds enough BNB', async () => {
    const { c } = setup({ USDT: { free: '10000', umWalletBalance: '1000' }, BNB: { free: '5', umWalletBalance: '0.01' } });
    await c.post('/papi/v1/um/feeBurn', { feeBurn: 'true' });
    // 0.1 BTC at 40000: 2 USDT commission = 0.003 BNB.
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' });
    // 0.5 BTC: 10 USDT = 0.015 BNB, more than the 0.007 left: charged in USDT.
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5' });
    await c.post('/papi/v1/um/feeBurn', { feeBurn: 'false' });
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.6' });
    const trades = await c.get('/papi/v1/um/userTrades', { symbol: 'BTCUSDT' });
    expect(trades.body.map((t: any) => [t.commission, t.commissionAsset])).toEqual([
      ['0.00300000', 'BNB'],
      ['10.00000000', 'USDT'],
      ['12.00000000', 'USDT'],
    ]);
  });

  it('auto-repay exchanges free USDT for what the same asset cannot cover, and records the exchange', async () => {
    const { c, fetch, balance } = setup({ USDT: { free: '50000' }, BTC: { cmWalletBalance: '0' } });
    await c.post('/papi/v1/cm/order', { symbol: 'BTCUSD_PERP', side: 'BUY', type: 'MARKET', quantity: '10' });
    // Commission 0.025 BTC × 0.05 % = 0.0000125 BTC from an empty CM wallet: covered with 0.5 USDT.
    expect(await balance('BTC')).toMatchObject({ cmWalletBalance: '0.00000000', crossMarginFree: '0.00000000' });
    expect((await balance('USDT')).crossMarginFree).toBe('49999.50000000');
    const records = await c.get('/papi/v1/portfolio/negative-balance-exchange-record', { startTime: T0 - 1000, endTime: T0 + 1000 });
    expect(records.body).toEqual({ total: 1, rows: [{ startTime: T0, endTime: T0, details: [{ asset: 'BTC', negativeBalance: 0.0000125, negativeMaxThreshold: 0 }] }] });
    expect(records.text).toContain('"negativeBalance":0.0000125');
    expect((await admin(fetch, 'POST', '/__mock/futures/funding', { NOPE: '0.1' })).status).toBe(400);
    expect((await admin(fetch, 'POST', '/__mock/futures/funding', { BTCUSD_PERP: '1e-3' })).status).toBe(400);
  });

  it('repay-futures-negative-balance: success with nothing negative, -2018 when nothing can repay it', async () => {
    const { c } = setup({ USDT: { free: '0', umWalletBalance: '0' }, BTC: { free: '1' } });
    expect((await c.post('/papi/v1/repay-futures-negative-balance')).body).toEqual({ msg: 'success' });
    await c.post('/papi/v1/repay-futures-switch', { autoRepay: 'false' });
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect((await c.get('/papi/v1/balance', { asset: 'USDT' })).body.umWalletBalance).toBe('-0.20000000');
    expect((await c.post('/papi/v1/repay-futures-negative-balance')).body.code).toBe(-2018);
  });
});

describe('configuration, indicators, income and limits', () => {
  it('apiTradingStatus weighs 1 with a symbol and 10 without', async () => {
    const { c } = setup();
    const one = await c.get('/papi/v1/um/apiTradingStatus', { symbol: 'BTCUSDT' });
    const all = await c.get('/papi/v1/um/apiTradingStatus');
    expect(Number(all.headers.get('x-mbx-used-weight-1m')) - Number(one.headers.get('x-mbx-used-weight-1m'))).toBe(10);
    expect(one.headers.get('x-mbx-used-weight-1m')).toBe('1');
    expect(one.body).toEqual({ indicators: {}, updateTime: T0 });
  });

  it('brackets are bare JSON numbers with their cum; the symbol config follows the leverage', async () => {
    const { c } = setup();
    const brackets = await c.get('/papi/v1/cm/leverageBracket', { symbol: 'BTCUSD_PERP' });
    expect(brackets.text).toContain('{"bracket":2,"initialLeverage":50,"qtyCap":50,"qtyFloor":5,"maintMarginRatio":0.01,"cum":0.03}');
    await c.post('/papi/v1/um/leverage', { symbol: 'ETHUSDT', leverage: '50' });
    const config = await c.get('/papi/v1/um/symbolConfig', { symbol: 'ETHUSDT' });
    expect(config.body).toEqual([{ symbol: 'ETHUSDT', marginType: 'CROSSED', isAutoAddMargin: 'false', leverage: 50, maxNotionalValue: '10000000.00000000' }]);
    await c.post('/papi/v1/um/positionSide/dual', { dualSidePosition: 'true' });
    expect((await c.get('/papi/v1/um/accountConfig')).body.dualSidePosition).toBe(true);
    const account = await c.get('/papi/v1/um/account');
    expect(account.body.positions.filter((p: any) => p.symbol === 'BTCUSDT').map((p: any) => p.positionSide)).toEqual(['LONG', 'SHORT']);
  });

  it('income: the UM default window is 7 days, CM 200 days at most (-1127), start after end -1023, pages of limit rows', async () => {
    const { c, fetch } = setup({ USDT: { free: '1000', umWalletBalance: '100' }, BNB: { free: '5' } });
    for (let i = 0; i < 3; i++) await c.post('/papi/v1/bnb-transfer', { amount: '1', transferSide: 'TO_UM' });
    expect((await c.get('/papi/v1/um/income', { limit: 2, page: 2 })).body).toHaveLength(1);
    await fetch.mock.advanceClock(8 * 86_400_000);
    expect((await c.get('/papi/v1/um/income')).body).toEqual([]);
    expect((await c.get('/papi/v1/um/income', { startTime: T0 })).body).toHaveLength(3);
    expect((await c.get('/papi/v1/um/income', { startTime: T0 + 1, endTime: T0 })).body.code).toBe(-1023);
    expect((await c.get('/papi/v1/cm/income', { startTime: T0, endTime: T0 + 201 * 86_400_000 })).body.code).toBe(-1127);
  });

  it('UM income reaches back three months (90 days), whatever startTime asks for; CM keeps its history', async () => {
    const { c, fetch } = setup({ USDT: { free: '1000' }, BNB: { free: '5' }, BTC: { cmWalletBalance: '1' } });
    await c.post('/papi/v1/bnb-transfer', { amount: '1', transferSide: 'TO_UM' });
    await c.post('/papi/v1/asset-collection', { asset: 'BTC' });
    await fetch.mock.advanceClock(90 * 86_400_000);
    expect((await c.get('/papi/v1/um/income', { startTime: T0 })).body).toHaveLength(1);
    await fetch.mock.advanceClock(1);
    expect((await c.get('/papi/v1/um/income', { startTime: T0 })).body).toEqual([]);
    expect((await c.get('/papi/v1/um/income', { startTime: T0 - 400 * 86_400_000, endTime: T0 + 1000 })).body).toEqual([]);
    expect((await c.get('/papi/v1/cm/income', { startTime: T0, endTime: T0 + 1000 })).body).toHaveLength(1);
  });

  it('rateLimit/order reports the mock order counter of the account', async () => {
    const { c } = setup();
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    expect((await c.get('/papi/v1/rateLimit/order')).body).toEqual([{ rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: 1200, count: 2 }]);
  });
});

describe('downloads', () => {
  it('5 income downloads per 30 days (-1003), at most a year apart (-1127); unknown ids -3026; files only through the signed link of a completed download', async () => {
    const { c, fetch } = setup();
    const year = 365 * 86_400_000;
    // Weight 1500 each: one a minute. Every request counts toward the 5, refused ones too.
    const request = async (startTime: number, endTime: number) => {
      await fetch.mock.advanceClock(60_000);
      return c.get('/papi/v1/um/income/asyn', { startTime, endTime });
    };
    expect((await request(T0 - year - 1, T0)).body.code).toBe(-1127);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await request(T0 - year, T0)).body.downloadId);
    expect(new Set(ids).size).toBe(4);
    const over = await request(T0 - 1, T0);
    expect([over.status, over.body.code]).toEqual([429, -1003]);
    expect((await c.get('/papi/v1/um/income/asyn/id', { downloadId: '1' })).body).toEqual({ code: -3026, msg: 'Your input param is invalid.' });
    // The trade downloads have their own five; a file is served once ready, not before.
    const trade = await c.get('/papi/v1/um/trade/asyn', { startTime: T0 - 1, endTime: T0 });
    expect(trade.status).toBe(200);
    const path = `/__mock/downloads/trade/${trade.body.downloadId}.csv`;
    // No link before completion; a bare path (ids are guessable) opens nothing.
    expect((await c.get('/papi/v1/um/trade/asyn/id', { downloadId: trade.body.downloadId })).body.url).toBe('');
    expect((await admin(fetch, 'GET', path)).status).toBe(403);
    expect((await admin(fetch, 'GET', '/__mock/downloads/trade/123.csv')).status).toBe(403);
    expect((await admin(fetch, 'GET', '/__mock/downloads/trade/123.txt')).status).toBe(404);
    await fetch.mock.advanceClock(60_000);
    const link = (await c.get('/papi/v1/um/trade/asyn/id', { downloadId: trade.body.downloadId })).body.url;
    expect(new URL(link).pathname).toBe(path);
    const file = await fetch(link);
    expect(await file.text()).toBe('Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Fee Coin,Realized Profit,Quote Asset\r\n');
  });

  // The link is what Binance hands out (an S3 link anyone holding it may fetch): it must work without the mock's
  // admin token, and nobody may fetch another account's file by counting download ids.
  it('the link carries its own signature: it works with an admin token set; the bare path or a wrong signature is 403', async () => {
    const fetch = createMockFetch({ clock: { start: T0, frozen: true }, adminToken: 'a-long-admin-token-1234', accounts: [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin: { USDT: { free: '10' } } }] });
    const c = new TestClient(fetch, KEY, SECRET);
    const requested = await c.get('/papi/v1/um/income/asyn', { startTime: T0 - 1000, endTime: T0 });
    await fetch.mock.advanceClock(60_000);
    const { url, status } = (await c.get('/papi/v1/um/income/asyn/id', { downloadId: requested.body.downloadId })).body;
    expect(status).toBe('completed');
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1/__mock/downloads/income/${requested.body.downloadId}\\.csv\\?expires=[0-9]+&signature=[0-9a-f]{64}$`));
    const file = await fetch(url);
    expect([file.status, (await file.text()).split('\r\n')[0]]).toEqual([200, 'Date(UTC),Type,Amount,Asset,Symbol,Transaction ID,Trade ID,Info']);
    const bare = url.slice(0, url.indexOf('?'));
    const expires = new URL(url).searchParams.get('expires');
    for (const guess of [bare, `${bare}?expires=${expires}&signature=${'0'.repeat(64)}`, `${bare}?expires=${expires}&signature=`, `${url}0`]) {
      const res = await fetch(guess);
      expect([res.status, (await res.json()).code], guess).toEqual([403, -1002]);
    }
    // The rest of the admin API still needs the token.
    expect((await fetch('http://127.0.0.1/__mock/health')).status).toBe(401);
  });
});

/**
 * The Portfolio Margin account, funding and download operations through the typed client against the mock,
 * every raw answer checked against the spec's response schema with closed objects:
 * - funds move between the margin, UM and CM wallets (BNB transfer, fee burn, fund collection, funding, negative
 *   balance repayment) and the account views — GET balance, GET account, UM/CM account detail, income history —
 *   agree with each other to the last digit;
 * - a UM trade-history download is requested, polled while the mock prepares it, and its CSV fetched from the
 *   loopback link the mock hands out;
 * - each of the 30 operations is called at least once through its client method.
 */
import { createPortfolioMarginClient, Decimal, type PortfolioMarginClient } from '@marginkit/client';
import { createMockFetch } from '@marginkit/mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpecValidator, loadBundledSpecForValidation, PM_ACCOUNT_OPERATION_IDS, resolveRef } from '../src/index.js';

const KEY = 'pm-account-tester';
const SECRET = 'pm-account-secret';

type Balance = Exclude<Awaited<ReturnType<PortfolioMarginClient['getBalance']>>, readonly unknown[]>;

function setup(options: { rateLimits?: { enabled: boolean }; clock?: { frozen: boolean } } = {}) {
  const doc = loadBundledSpecForValidation('portfolio-margin');
  const validator = createSpecValidator(doc, { closed: true });
  const mockFetch = createMockFetch({
    accounts: [
      {
        apiKey: KEY,
        apiSecret: SECRET,
        portfolioMargin: { USDT: { free: '10000', umWalletBalance: '5000' }, BNB: { free: '10' }, BTC: { free: '0.1', cmWalletBalance: '1' } },
      },
    ],
    ...options,
  });
  const problems: string[] = [];
  const called = new Set<string>();
  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const response = await mockFetch(url, init);
    const path = new URL(url).pathname;
    const operation = doc.paths[path]?.[init.method.toLowerCase()];
    if (operation && response.status === 200) {
      called.add(operation.operationId);
      const schema = resolveRef(doc, operation.responses['200']).content['application/json'].schema;
      const validate = validator.compile(schema);
      const text = await response.clone().text();
      if (!validate(JSON.parse(text))) problems.push(`${init.method} ${path}: ${JSON.stringify(validate.errors?.slice(0, 2))} ${text.slice(0, 200)}`);
    }
    return response;
  };
  const pm = createPortfolioMarginClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: 'http://127.0.0.1:1', fetch });
  const admin = async (path: string, body: unknown) => {
    const res = await mockFetch(`http://127.0.0.1:1/__mock/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status, await res.clone().text()).toBe(200);
    return res.json() as Promise<any>;
  };
  const balance = async (asset: string): Promise<Balance> => {
    const b = await pm.getBalance({ asset });
    if (Array.isArray(b)) throw new Error('expected the one-asset form');
    return b as Balance;
  };
  return { pm, mockFetch, admin, balance, problems, called };
}

const fixed = (d: Decimal) => d.toFixed();

afterEach(() => {
  vi.useRealTimers();
});

describe('PM account operations through the client against the mock', () => {
  it('moves funds between the margin, UM and CM wallets; every account view agrees to the last digit', async () => {
    const { pm, admin, balance, problems } = setup();

    // BNB into the UM wallet, fee discount on: a UM commission of 10 USDT is paid as 10 / 600 × 0.9 = 0.015 BNB.
    const { tranId } = await pm.transferBnb({ amount: '2', transferSide: 'TO_UM' });
    expect(typeof tranId).toBe('bigint');
    expect(await pm.changeUmFeeBurn({ feeBurn: true })).toEqual({ code: 200, msg: 'success' });
    expect((await pm.getUmFeeBurn()).feeBurn).toBe(true);
    const open = await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5', newOrderRespType: 'RESULT' });
    expect(open.status).toBe('FILLED');
    const [trade] = await pm.getUmTrades({ symbol: 'BTCUSDT' });
    expect([fixed(trade!.commission), trade!.commissionAsset]).toEqual(['0.015', 'BNB']);

    // Mark 41000: +500 unrealized; position margin 20500 / 20 = 1025; maintenance 20500 × 0.4 % = 82.
    await admin('futures/markPrices', { BTCUSDT: '41000' });
    const um = await pm.getUmAccount();
    const usdtRow = um.assets.find((a) => a.asset === 'USDT')!;
    const bnbRow = um.assets.find((a) => a.asset === 'BNB')!;
    expect([usdtRow.crossWalletBalance, usdtRow.crossUnPnl, usdtRow.positionInitialMargin, usdtRow.maintMargin].map(fixed)).toEqual(['5000', '500', '1025', '82']);
    expect(fixed(bnbRow.crossWalletBalance)).toBe('1.985');
    const position = um.positions.find((p) => p.symbol === 'BTCUSDT' && p.positionSide === 'BOTH')!;
    expect([position.positionAmt, position.entryPrice, position.unrealizedProfit, position.maintMargin, position.leverage].map(fixed)).toEqual(['0.5', '40000', '500', '82', '20']);
    const v2 = await pm.getUmAccountV2();
    expect(v2.positions.map((p) => [p.symbol, fixed(p.notional), fixed(p.initialMargin)])).toEqual([['BTCUSDT', '20500', '1025']]);

    const usdt = await balance('USDT');
    expect([usdt.umWalletBalance, usdt.umUnrealizedPNL].map(fixed)).toEqual([fixed(usdtRow.crossWalletBalance), fixed(usdtRow.crossUnPnl)]);
    expect(fixed((await balance('BNB')).umWalletBalance)).toBe(fixed(bnbRow.crossWalletBalance));
    const cm = await pm.getCmAccount();
    const btcRow = cm.assets.find((a) => a.asset === 'BTC')!;
    expect(fixed(btcRow.crossWalletBalance)).toBe(fixed((await balance('BTC')).cmWalletBalance));

    // The account-wide margin is the sum of the per-asset figures (no margin loans here).
    const before = await pm.getAccount();
    expect(fixed(before.accountMaintMargin)).toBe(fixed(usdtRow.maintMargin));
    expect(fixed(before.accountInitialMargin)).toBe(fixed(usdtRow.initialMargin));

    // Fund collection moves the UM USDT wallet into the margin wallet: equity, margin and uniMMR do not move.
    expect(await pm.collectFundsByAsset({ asset: 'USDT' })).toEqual({ msg: 'success' });
    const after = await pm.getAccount();
    expect([after.accountEquity, after.accountInitialMargin, after.accountMaintMargin, after.uniMMR].map(fixed)).toEqual(
      [before.accountEquity, before.accountInitialMargin, before.accountMaintMargin, before.uniMMR].map(fixed),
    );
    const moved = await balance('USDT');
    expect([moved.crossMarginFree, moved.umWalletBalance, moved.totalWalletBalance].map(fixed)).toEqual(['15000', '0', '15000']);
    expect(fixed((await pm.getUmAccount()).assets.find((a) => a.asset === 'USDT')!.crossWalletBalance)).toBe('0');

    // Close at 41000: +500 realized into the UM wallet, commission 20500 × 0.05 % = 10.25 USDT = 0.015375 BNB.
    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.5' });
    expect([(await balance('USDT')).umWalletBalance, (await balance('BNB')).umWalletBalance].map(fixed)).toEqual(['500', '1.969625']);

    // Each UM wallet is its start plus its income rows, per asset.
    const income = await pm.getUmIncome({ limit: 1000 });
    const sum = (asset: string) => income.filter((r) => r.asset === asset).reduce((t, r) => t.plus(r.income), new Decimal(0));
    expect(fixed(sum('USDT'))).toBe('-4500');
    expect(fixed(sum('BNB'))).toBe('1.969625');
    expect(income.map((r) => [r.incomeType, r.asset, fixed(r.income), r.info])).toEqual([
      ['TRANSFER', 'BNB', '2', 'TO_UM'],
      ['COMMISSION', 'BNB', '-0.015', 'COMMISSION'],
      ['TRANSFER', 'USDT', '-5000', 'ASSET_COLLECTION'],
      ['REALIZED_PNL', 'USDT', '500', 'REALIZED_PNL'],
      ['COMMISSION', 'BNB', '-0.015375', 'COMMISSION'],
    ]);
    expect((await pm.getUmIncome({ incomeType: 'COMMISSION' })).map((r) => r.tradeId)).toHaveLength(2);

    // Auto-collection takes every asset but BNB; the BNB goes back by transfer.
    await pm.autoCollectFunds();
    await pm.transferBnb({ amount: '1.969625', transferSide: 'FROM_UM' });
    const end = [await balance('USDT'), await balance('BNB')];
    expect(end.map((b) => [fixed(b.crossMarginFree), fixed(b.umWalletBalance)])).toEqual([
      ['15500', '0'],
      ['9.969625', '0'],
    ]);
    await expect(pm.transferBnb({ amount: '1', transferSide: 'FROM_UM' })).rejects.toMatchObject({ code: -2018 });
    expect(problems).toEqual([]);
  });

  it('funding turns a futures wallet negative: auto-repaid while the switch is on, kept until repaid by hand while off', async () => {
    const { pm, admin, balance, problems } = setup();
    await pm.collectFundsByAsset({ asset: 'USDT' });
    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' });
    // Taker commission 40000 × 0.05 % = 20 USDT leaves the empty UM wallet at −20: auto-repaid from the margin wallet.
    expect([(await balance('USDT')).umWalletBalance, (await balance('USDT')).crossMarginFree].map(fixed)).toEqual(['0', '14980']);

    expect(await pm.changeAutoRepayFuturesStatus({ autoRepay: false })).toEqual({ msg: 'success' });
    expect((await pm.getAutoRepayFuturesStatus()).autoRepay).toBe(false);
    // A long pays a positive funding rate: 40000 × 0.0001 = 4 USDT.
    const { events } = await admin('futures/funding', { BTCUSDT: '0.0001' });
    expect(events.map((e: any) => [e.account, e.symbol, e.positionSide, e.income, e.asset])).toEqual([[KEY, 'BTCUSDT', 'BOTH', '-4.00000000', 'USDT']]);
    expect(fixed((await balance('USDT')).umWalletBalance)).toBe('-4');
    expect(fixed((await pm.getUmAccount()).assets.find((a) => a.asset === 'USDT')!.crossWalletBalance)).toBe('-4');
    expect(await pm.repayFuturesNegativeBalance()).toEqual({ msg: 'success' });
    expect([(await balance('USDT')).umWalletBalance, (await balance('USDT')).crossMarginFree].map(fixed)).toEqual(['0', '14976']);

    const rows = await pm.getUmIncome({ symbol: 'BTCUSDT', incomeType: 'FUNDING_FEE' });
    expect(rows.map((r) => [r.symbol, fixed(r.income), r.tradeId])).toEqual([['BTCUSDT', '-4', '']]);
    expect(problems).toEqual([]);
  });

  it('a UM trade-history download: requested, processing until the mock clock passes the delay, then its CSV fetched through the client from a loopback link', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { pm, problems } = setup();
    const start = Date.now();
    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.25' });
    await pm.newUmOrder({ symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '2' });
    const trades = [...(await pm.getUmTrades({ symbol: 'BTCUSDT' })), ...(await pm.getUmTrades({ symbol: 'ETHUSDT' }))];

    const { downloadId, avgCostTimestampOfLast30d } = await pm.getUmTradeDownloadId({ startTime: start - 1000, endTime: start + 1000 });
    expect(downloadId).toMatch(/^[0-9]{17,20}$/);
    const processing = await pm.getUmTradeDownloadLink({ downloadId });
    expect([processing.status, processing.url, processing.expirationTimestamp]).toEqual(['processing', '', -1]);
    // The same id is no download of another kind.
    await expect(pm.getUmOrderDownloadLink({ downloadId })).rejects.toMatchObject({ code: -3026 });

    vi.setSystemTime(start + avgCostTimestampOfLast30d - 1);
    expect((await pm.getUmTradeDownloadLink({ downloadId })).status).toBe('processing');
    vi.setSystemTime(start + avgCostTimestampOfLast30d);
    const done = await pm.getUmTradeDownloadLink({ downloadId });
    expect(done.status).toBe('completed');
    const link = new URL(done.url);
    expect([link.origin, link.pathname, link.searchParams.get('expires')]).toEqual(['http://127.0.0.1:1', `/__mock/downloads/trade/${downloadId}.csv`, String(done.expirationTimestamp)]);
    expect(done.expirationTimestamp).toBe(start + avgCostTimestampOfLast30d + 24 * 3_600_000);

    // The file, fetched through the client from the link as handed out.
    const [header, ...rows] = (await pm.fetchDownload(done.url)).trimEnd().split('\r\n');
    expect(header).toBe('Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Fee Coin,Realized Profit,Quote Asset');
    const time = new Date(start).toISOString().slice(0, 19).replace('T', ' ');
    expect(rows).toEqual(trades.map((t) => [time, t.symbol, t.side, fixed(t.price), fixed(t.qty), fixed(t.quoteQty), fixed(t.commission), t.commissionAsset, fixed(t.realizedPnl), 'USDT'].join(',')));

    // The link expires 24 hours after completion: the status says so and the file is gone.
    vi.setSystemTime(done.expirationTimestamp);
    expect((await pm.getUmTradeDownloadLink({ downloadId })).isExpired).toBe(true);
    await expect(pm.fetchDownload(done.url)).rejects.toMatchObject({ name: 'DownloadError', problem: 'http-status', status: 403 });
    // While processing there is no link to fetch.
    await expect(pm.fetchDownload(processing.url)).rejects.toMatchObject({ name: 'DownloadError', problem: 'invalid-url' });
    expect(problems).toEqual([]);
  });

  it('every one of the 30 operations answers through its client method', async () => {
    // All 30 weigh more than PAPI's 6000 per minute together (three downloads alone 4500); limits are tested in the mock.
    // The mock clock stands still (moved by the admin API only), so that the order count of the current minute read
    // below does not depend on the run's speed nor on where the wall clock's minute boundaries fall.
    const { pm, admin, problems, called } = setup({ rateLimits: { enabled: false }, clock: { frozen: true } });
    await pm.getUmAccountConfig();
    await pm.getUmSymbolConfig({ symbol: 'BTCUSDT' });
    expect((await pm.getUmCommissionRate({ symbol: 'BTCUSDT' })).takerCommissionRate.toFixed()).toBe('0.0005');
    expect((await pm.getCmCommissionRate({ symbol: 'BTCUSD_PERP' })).makerCommissionRate.toFixed()).toBe('0.0002');
    const [brackets] = await pm.getUmLeverageBrackets({ symbol: 'BTCUSDT' });
    expect(brackets!.brackets.map((b) => [b.bracket, b.initialLeverage, fixed(b.notionalCap), fixed(b.maintMarginRatio), fixed(b.cum)])).toEqual([
      [1, 125, '50000', '0.004', '0'],
      [2, 100, '600000', '0.005', '50'],
      [3, 50, '10000000', '0.01', '3050'],
      [4, 20, '100000000', '0.025', '153050'],
    ]);
    expect((await pm.getCmLeverageBrackets({ symbol: 'BTCUSD_PERP' }))[0]!.brackets[0]!.qtyCap).toBeInstanceOf(Decimal);
    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', quantity: '0.01', price: '30000' });
    const status = await pm.getUmApiTradingStatus({ symbol: 'BTCUSDT' });
    expect(status.indicators.BTCUSDT!.map((i) => [i.indicator, fixed(i.value), i.isLocked])).toEqual([
      ['UFR', '1', false],
      ['IFER', '1', false],
      ['GCR', '0', false],
      ['DR', '0', false],
    ]);
    await pm.getUmFeeBurn();
    await pm.changeUmFeeBurn({ feeBurn: false });
    await pm.getUmIncome();
    await pm.getCmIncome({ symbol: 'BTCUSD_PERP' });
    const ids = await Promise.all([pm.getUmIncomeDownloadId, pm.getUmOrderDownloadId, pm.getUmTradeDownloadId].map((f) => f({ startTime: 1, endTime: 2 })));
    await pm.getUmIncomeDownloadLink({ downloadId: ids[0]!.downloadId });
    await pm.getUmOrderDownloadLink({ downloadId: ids[1]!.downloadId });
    await pm.getUmTradeDownloadLink({ downloadId: ids[2]!.downloadId });
    expect(await pm.signUmTradFiPerpsContract()).toEqual({ code: 200, msg: 'success' });
    await pm.getUmAccount();
    await pm.getUmAccountV2();
    await pm.getCmAccount();
    await pm.collectFundsByAsset({ asset: 'BTC' });
    await pm.autoCollectFunds();
    await pm.transferBnb({ amount: '1', transferSide: 'TO_UM' });
    await pm.marginBorrow({ asset: 'BNB', amount: '2' });
    const repaid = await pm.repayMarginDebt({ asset: 'BNB', amount: '1.5', specifyRepayAssets: 'USDT' });
    expect([fixed(repaid.amount), repaid.specifyRepayAssets, repaid.success]).toEqual(['1.5', ['USDT'], true]);
    await admin('clock', { advanceMs: 1 });
    expect(await pm.getNegativeBalanceExchangeRecords({ startTime: Date.now() - 86_400_000, endTime: Date.now() })).toEqual({ total: 0, rows: [] });
    const [orders] = await pm.getOrderRateLimit();
    expect([orders!.rateLimitType, orders!.interval, orders!.intervalNum, orders!.limit, orders!.count]).toEqual(['ORDERS', 'MINUTE', 1, 1200, 1]);
    await pm.repayFuturesNegativeBalance();
    await pm.getAutoRepayFuturesStatus();
    await pm.changeAutoRepayFuturesStatus({ autoRepay: true });
    expect([...PM_ACCOUNT_OPERATION_IDS].filter((id) => !called.has(id))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

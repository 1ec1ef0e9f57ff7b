/**
 * Binance's margin best-practice guide, walked through the client against the stateful mock: enable and fund the
 * margin account, borrow, trade with each `sideEffectType`, monitor the cross and isolated accounts, repay, and
 * review the history — meeting each of the guide's "common mistakes" on the way (-3003, -2015, -3020, -3006,
 * -3045, order rules -1013, -3064) with Binance's code and message. Every answer is checked against the spec's closed
 * response schema.
 */
import { BinanceApiError, createMarginClient, Decimal, type MarginClient } from '@marginkit/client';
import { createMockFetch, type MockConfig } from '@marginkit/mock';
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadBundledSpecForValidation, resolveRef } from '../src/index.js';

const T0 = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const HOUR = 3_600_000;

const CONFIG: MockConfig = {
  clock: { start: T0 },
  prices: { BTCUSDT: '40000', ETHUSDT: '2500' },
  interest: { hourlyRates: { USDT: '0.000005', ETH: '0.000002' } },
  // Binance lends at most 2 ETH to margin accounts (the guide's -3045 beyond)…
  // and keeps BTCUSDT limit prices within 15 % of the index price (the guide's -3064).
  marketData: { inventory: { MARGIN: { ETH: '2' } }, limitPricePairs: ['BTCUSDT'] },
  orderRules: {
    BTCUSDT: { tickSize: '0.01', stepSize: '0.00001', minQty: '0.00001', maxQty: '9000', minNotional: '5' },
    ETHUSDT: { tickSize: '0.01', stepSize: '0.0001', minQty: '0.0001', maxQty: '9000', minNotional: '5' },
  },
  accounts: [
    // A fresh account: money in the spot wallet, no margin account yet.
    { name: 'guide', apiKey: 'guide-key', apiSecret: 'guide-secret', marginActivated: false, spot: { USDT: { free: '20000' }, BTC: { free: '0.5' } } },
    // The same user's key without "Enable Margin Loan, Repay & Transfer".
    { name: 'trading-only', apiKey: 'trading-only-key', apiSecret: 'trading-only-secret', permissions: { enableMargin: false, permitsUniversalTransfer: false } },
  ],
};

/** The client's `fetch`, checking every answer against the spec's closed response schema of its status. */
function checkedFetch(mock: ReturnType<typeof createMockFetch>, problems: string[]) {
  const doc = loadBundledSpecForValidation('margin');
  const validator = createSpecValidator(doc, { closed: true });
  return async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const response = await mock(url, init);
    const path = new URL(url).pathname;
    const operation = doc.paths[path]?.[init.method.toLowerCase()];
    if (operation) {
      const status = String(response.status);
      const spec = resolveRef(doc, operation.responses[status] ?? operation.responses[`${status[0]}XX`]);
      const text = await response.clone().text();
      const validate = validator.compile(spec?.content?.['application/json']?.schema ?? false);
      if (!validate(JSON.parse(text))) problems.push(`${init.method} ${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 2))} ${text.slice(0, 200)}`);
    }
    return response;
  };
}

async function rejection(promise: Promise<unknown>): Promise<{ status: number; code: number | undefined; msg: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BinanceApiError) return { status: error.status, code: error.code, msg: error.msg };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

const usdt = async (margin: MarginClient) => (await margin.getCrossMarginAccount()).userAssets.find((a) => a.asset === 'USDT')!;

describe("the margin best-practice guide's lifecycle, through the client, against the mock", () => {
  it('funds, borrows, trades with every side effect, monitors, repays and reads the history back', async () => {
    const mock = createMockFetch(CONFIG);
    const problems: string[] = [];
    const fetch = checkedFetch(mock, problems);
    const margin = createMarginClient({ apiKey: 'guide-key', apiSecret: 'guide-secret', baseUrl: 'http://127.0.0.1:1', fetch });
    const tradingOnly = createMarginClient({ apiKey: 'trading-only-key', apiSecret: 'trading-only-secret', baseUrl: 'http://127.0.0.1:1', fetch });
    await margin.syncTime();
    await tradingOnly.syncTime();

    // ---- Activating margin: the account does not exist before its first transfer in (-3003).
    expect(await rejection(margin.getCrossMarginAccount())).toEqual({ status: 400, code: -3003, msg: 'Margin account does not exist.' });
    // A key without the margin permissions is refused (-2015, HTTP 401).
    expect(await rejection(tradingOnly.marginBorrowRepay({ asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'BORROW' }))).toEqual({
      status: 401,
      code: -2015,
      msg: 'Invalid API-key, IP, or permissions for action.',
    });

    // ---- Funding: spot → cross margin, then cross → the isolated BTCUSDT account.
    const fundCross = await margin.newMarginUniversalTransfer({ type: 'MAIN_MARGIN', asset: 'USDT', amount: '10000' });
    const fundBtc = await margin.newMarginUniversalTransfer({ type: 'MAIN_MARGIN', asset: 'BTC', amount: '0.5' });
    const fundIsolated = await margin.newMarginUniversalTransfer({ type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1000', toSymbol: 'BTCUSDT' });
    expect(typeof fundCross.tranId).toBe('bigint');
    expect((await usdt(margin)).free.toFixed()).toBe('9000');
    const isolated = await margin.getIsolatedMarginAccount({ symbols: 'BTCUSDT' });
    expect(isolated.assets[0]?.quoteAsset.free.toFixed()).toBe('1000');

    // ---- Borrowing: within the maximum; beyond it -3006.
    const maxUsdt = (await margin.getMarginMaxBorrowable({ asset: 'USDT' })).amount;
    expect(maxUsdt).toBeInstanceOf(Decimal);
    expect(await rejection(margin.marginBorrowRepay({ asset: 'USDT', isIsolated: 'FALSE', amount: maxUsdt.plus(1).toFixed(), type: 'BORROW' }))).toEqual({
      status: 400,
      code: -3006,
      msg: 'Your borrow amount has exceed maximum borrow amount.',
    });
    // Binance's lending inventory runs short (-3045), for a manual loan and for an auto-borrowing order alike.
    const noInventory = { status: 400, code: -3045, msg: 'The system does not have enough asset now.' };
    expect(await rejection(margin.marginBorrowRepay({ asset: 'ETH', isIsolated: 'FALSE', amount: '3', type: 'BORROW' }))).toEqual(noInventory);
    expect(await rejection(margin.newMarginOrder({ symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '3', sideEffectType: 'AUTO_BORROW_REPAY' }))).toEqual(noInventory);
        const borrow = await margin.marginBorrowRepay({ asset: 'USDT', isIsolated: 'FALSE', amount: '5000', type: 'BORROW' });
    expect((await usdt(margin)).borrowed.toFixed()).toBe('5000');
    // With the loan open, not everything may leave: -3020 beyond the max transferable.
    const maxOut = (await margin.getMarginMaxTransferable({ asset: 'USDT' })).amount;
    expect(await rejection(margin.newMarginUniversalTransfer({ type: 'MARGIN_MAIN', asset: 'USDT', amount: maxOut.plus('0.01').toFixed() }))).toEqual({
      status: 400,
      code: -3020,
      msg: 'Transfer out amount exceeds max amount.',
    });

    // ---- Order rules: lot size, minimum notional, and the limit-price band of the pair (-3064).
    expect(await rejection(margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.000015' }))).toMatchObject({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    expect(await rejection(margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.0001' }))).toMatchObject({ code: -1013, msg: 'Filter failure: NOTIONAL' });
    expect(await rejection(margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '50000' }))).toEqual({
      status: 400,
      code: -3064,
      msg: 'Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.',
    });

    // ---- Trading with each sideEffectType.
    const plain = await margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.05', sideEffectType: 'NO_SIDE_EFFECT' });
    expect([plain.status, plain.cummulativeQuoteQty?.toFixed()]).toEqual(['FILLED', '2000']);
    const marginBuy = await margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5', sideEffectType: 'MARGIN_BUY' });
    expect(marginBuy.marginBuyBorrowAsset).toBe('USDT');
    expect(marginBuy.marginBuyBorrowAmount?.toFixed()).toBe('8000');
    const autoRepay = await margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.2', sideEffectType: 'AUTO_REPAY' });
    expect(autoRepay.status).toBe('FILLED');
    const short = await margin.newMarginOrder({ symbol: 'ETHUSDT', side: 'SELL', type: 'MARKET', quantity: '1', sideEffectType: 'AUTO_BORROW_REPAY' });
    expect([short.status, short.marginBuyBorrowAsset, short.marginBuyBorrowAmount?.toFixed()]).toEqual(['FILLED', 'ETH', '1']);
    // An OTOCO that borrows, cancelled: autoRepayAtCancel gives the loan back (only the interest charged when it
    // borrowed stays owed: repayments pay interest first).
    const before = await usdt(margin);
    const otoco = await margin.newMarginOtoco({
      symbol: 'BTCUSDT', sideEffectType: 'MARGIN_BUY', workingType: 'LIMIT_MAKER', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.2',
      pendingSide: 'SELL', pendingQuantity: '0.2', pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: '42000', pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '37000',
    });
    const listBorrowed = otoco.marginBuyBorrowAmount!;
    expect((await usdt(margin)).borrowed.minus(before.borrowed).toFixed()).toBe(listBorrowed.toFixed());
    await margin.cancelMarginOco({ symbol: 'BTCUSDT', orderListId: otoco.orderListId });
    const afterCancel = await usdt(margin);
    const owedMore = afterCancel.borrowed.plus(afterCancel.interest).minus(before.borrowed.plus(before.interest));
    expect(owedMore.toFixed()).toBe(listBorrowed.mul('0.000005').toFixed());

    // ---- Monitoring: the cross account's level and totals, the isolated pair.
    const cross = await margin.getCrossMarginAccount();
    expect(cross.marginLevel.greaterThan(1)).toBe(true);
    expect(cross.totalLiabilityOfBtc.greaterThan(0)).toBe(true);
    expect((await margin.getIsolatedMarginAccount()).totalAssetOfBtc?.greaterThan(0)).toBe(true);

    // ---- Interest accrues hourly.
    mock.mock.advanceClock(HOUR);
    await margin.syncTime();
    const interest = await margin.getMarginInterestHistory({ asset: 'USDT' });
    expect(interest.rows.some((r) => r.type === 'PERIODIC')).toBe(true);

    // ---- Closing the positions and repaying everything (interest first, then principal): sell BTC for USDT,
    // buy the borrowed ETH back (AUTO_REPAY repays the ETH loan with it), then repay the USDT loan.
    const close = await margin.newMarginOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.3' });
    const eth = (await margin.getCrossMarginAccount()).userAssets.find((a) => a.asset === 'ETH')!;
    const ethOwed = eth.borrowed.plus(eth.interest);
    await margin.newMarginOrder({ symbol: 'ETHUSDT', side: 'BUY', type: 'MARKET', quantity: ethOwed.toDecimalPlaces(4, Decimal.ROUND_UP).toFixed(), sideEffectType: 'AUTO_REPAY' });
    const owed = await usdt(margin);
    const repay = await margin.marginBorrowRepay({ asset: 'USDT', isIsolated: 'FALSE', amount: owed.borrowed.plus(owed.interest).toFixed(), type: 'REPAY' });
    const after = await margin.getCrossMarginAccount();
    for (const asset of after.userAssets) expect([asset.asset, asset.borrowed.toFixed(), asset.interest.toFixed()]).toEqual([asset.asset, '0', '0']);
    expect(after.totalLiabilityOfBtc.toFixed()).toBe('0');

    // ---- Reviewing the history.
    const trades = await margin.getMarginTrades({ symbol: 'BTCUSDT' });
    expect(trades.map((t) => t.orderId)).toEqual([plain.orderId, marginBuy.orderId, autoRepay.orderId, close.orderId]);
    const orders = await margin.getMarginAllOrders({ symbol: 'BTCUSDT' });
    const listOrderIds = otoco.orders.map((o) => o.orderId);
    expect(orders.filter((o) => listOrderIds.includes(o.orderId)).map((o) => o.status)).toEqual(['CANCELED', 'CANCELED', 'CANCELED']);
    const borrows = await margin.getMarginBorrowRepayRecords({ type: 'BORROW', startTime: T0 });
    expect(borrows.rows.map((r) => r.txId)).toContain(borrow.tranId);
    const repays = await margin.getMarginBorrowRepayRecords({ type: 'REPAY', txId: repay.tranId });
    expect(repays.rows.map((r) => r.asset)).toEqual(['USDT']);
    const transfers = await margin.getMarginTransferHistory({ startTime: T0 });
    expect(transfers.rows.map((r) => [r.txId, r.type, r.transFrom, r.transTo])).toEqual([
      [fundIsolated.tranId, 'ROLL_OUT', 'CROSS_MARGIN', 'ISOLATED_MARGIN'],
      [fundBtc.tranId, 'ROLL_IN', 'SPOT', 'CROSS_MARGIN'],
      [fundCross.tranId, 'ROLL_IN', 'SPOT', 'CROSS_MARGIN'],
    ]);
    const isolatedTransfers = await margin.getMarginTransferHistory({ isolatedSymbol: 'BTCUSDT', startTime: T0 });
    expect(isolatedTransfers.rows.map((r) => [r.txId, r.type])).toEqual([[fundIsolated.tranId, 'ROLL_IN']]);
    expect((await margin.getMarginForceLiquidationRecords()).total).toBe(0);

    expect(problems).toEqual([]);
  });
});

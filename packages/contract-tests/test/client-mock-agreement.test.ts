import { createMarginClient, createPortfolioMarginClient, Decimal } from '@marginkit/client';
import { createMockFetch, DEMO_ACCOUNT, DEMO_PRICES } from '@marginkit/mock';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadBundledSpecForValidation, PM_ACCOUNT_OPERATION_IDS, resolveRef } from '../src/index.js';

/**
 * The client talks to the mock in-process (the mock's fetch handler as the client's `fetch`). Every raw answer is
 * checked against the spec's response schema with closed objects, and every operation of both APIs must be
 * called at least once: the spec, the client and the mock agree on the wire, not only each with the spec.
 */
function recordingMock(slug: 'margin' | 'portfolio-margin') {
  const doc = loadBundledSpecForValidation(slug);
  const validator = createSpecValidator(doc, { closed: true });
  // The demo balances without the demo seed's orders and history: the test counts what it placed itself.
  const mockFetch = createMockFetch({ accounts: [DEMO_ACCOUNT] });
  const answered = new Map<string, number>();
  const problems: string[] = [];
  const fetchAndCheck = async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const response = await mockFetch(url, init);
    const text = await response.clone().text();
    const path = new URL(url).pathname;
    const operation = doc.paths[path]?.[init.method.toLowerCase()];
    if (operation) {
      const key = `${init.method} ${path}`;
      answered.set(key, (answered.get(key) ?? 0) + 1);
      const status = String(response.status);
      const spec = resolveRef(doc, operation.responses[status] ?? operation.responses[`${status[0]}XX`]);
      if (!spec) problems.push(`${key}: status ${status} is not in the spec (${text})`);
      else {
        const schema = spec.content?.['application/json']?.schema;
        const validate = validator.compile(schema);
        if (!validate(JSON.parse(text))) problems.push(`${key} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${text.slice(0, 300)}`);
      }
    }
    return response;
  };
  return { fetch: fetchAndCheck, answered, problems, mock: mockFetch.mock };
}

const credentials = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, baseUrl: 'http://127.0.0.1:1' };

describe('client ⇄ mock ⇄ spec', () => {
  it('Margin (SAPI): every operation round-trips, every answer matches its schema, values are exact', async () => {
    const recorder = recordingMock('margin');
    const margin = createMarginClient({ ...credentials, fetch: recorder.fetch });

    const account = await margin.getCrossMarginAccount();
    const btc = account.userAssets.find((a) => a.asset === 'BTC')!;
    expect(btc.free).toBeInstanceOf(Decimal);
    expect(btc.free.toFixed()).toBe(DEMO_ACCOUNT.margin.BTC.free);
    await margin.getIsolatedMarginAccount();
    expect((await margin.getMarginMaxBorrowable({ asset: 'USDC' })).amount).toBeInstanceOf(Decimal);
    await margin.getMarginMaxTransferable({ asset: 'BTC' });

    const { tranId } = await margin.marginBorrowRepay({ asset: 'USDC', isIsolated: false, amount: '100.5', type: 'BORROW' });
    expect(typeof tranId).toBe('bigint');
    const borrows = await margin.getMarginBorrowRepayRecords({ type: 'BORROW', txId: tranId });
    expect(borrows.rows.map((r) => [r.txId, r.amount.toFixed()])).toEqual([[tranId, '100.5']]);
    await margin.marginBorrowRepay({ asset: 'USDC', isIsolated: 'FALSE', amount: '100.5', type: 'REPAY' });

    const resting = await margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000', newClientOrderId: 'agree-1' });
    expect(resting.status).toBe('NEW');
    const queried = await margin.getMarginOrder({ symbol: 'BTCUSDC', orderId: resting.orderId });
    expect([queried.orderId, queried.clientOrderId, queried.price.toFixed()]).toEqual([resting.orderId, 'agree-1', '30000']);
    expect((await margin.getMarginOpenOrders({ symbol: 'BTCUSDC' })).map((o) => o.orderId)).toEqual([resting.orderId]);
    expect((await margin.getMarginAllOrders({ symbol: 'BTCUSDC' })).some((o) => o.orderId === resting.orderId)).toBe(true);
    const canceled = await margin.cancelMarginOrder({ symbol: 'BTCUSDC', origClientOrderId: 'agree-1' });
    expect([canceled.orderId, canceled.status]).toEqual([resting.orderId, 'CANCELED']);

    const filled = await margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'SELL', type: 'MARKET', quantity: '0.01' });
    expect(filled.status).toBe('FILLED');
    expect(filled.cummulativeQuoteQty?.toFixed()).toBe('400');
    const trades = await margin.getMarginTrades({ symbol: 'BTCUSDC' });
    expect(trades.some((t) => t.orderId === filled.orderId && t.price.equals('40000'))).toBe(true);

    const oco = await margin.newMarginOco({ symbol: 'BTCUSDC', side: 'SELL', quantity: '0.01', price: '45000', stopPrice: '38000', stopLimitPrice: '37900', stopLimitTimeInForce: 'GTC' });
    expect(typeof oco.orderListId).toBe('bigint');
    expect((await margin.getMarginOco({ orderListId: oco.orderListId })).orderListId).toBe(oco.orderListId);
    expect((await margin.getMarginOpenOco()).map((l) => l.orderListId)).toContain(oco.orderListId);
    expect((await margin.getMarginAllOco()).map((l) => l.orderListId)).toContain(oco.orderListId);
    await margin.cancelMarginOco({ symbol: 'BTCUSDC', orderListId: oco.orderListId });

    await margin.newMarginOrder({ symbol: 'ETHUSDC', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '3000' });
    const all = await margin.cancelMarginOpenOrders({ symbol: 'ETHUSDC' });
    expect(all).toHaveLength(1);

    await margin.getMarginInterestHistory();
    await margin.getMarginForceLiquidationRecords();
    expect((await margin.getMarginTransferHistory({ type: 'ROLL_IN' })).total).toBe(0);

    // Account, history and market data: exact decimals (also from bare JSON numbers), int64 ids as bigint.
    const flow = await margin.getMarginCapitalFlow({ type: 'BORROW' });
    expect(flow.map((r) => [r.tranId, r.amount.toFixed()])).toContainEqual([tranId, '100.5']);
    expect(typeof flow[0]!.id).toBe('bigint');
    expect((await margin.getMarginTradeCoeff()).normalBar.toFixed()).toBe('1.5');
    expect(await margin.adjustCrossMarginMaxLeverage({ maxLeverage: 5 })).toEqual({ success: true });
    expect((await margin.getMarginTradeCoeff()).normalBar.toFixed()).toBe('1.25');
    expect(await margin.getBnbBurnStatus()).toEqual({ spotBNBBurn: true, interestBNBBurn: false });
    expect((await margin.getMarginInterestRateHistory({ asset: 'BTC' }))[0]!.dailyInterestRate.toFixed()).toBe('0.00010008');
    expect((await margin.getMarginNextHourlyInterestRate({ assets: 'BTC,ETH', isIsolated: false })).map((r) => r.nextHourlyInterestRate.toFixed())).toEqual(['0.00000417', '0.00000417']);
    const [ltcDebt] = await margin.getSmallLiabilityExchangeCoinList();
    // The demo's dust LTC liability (0.002 borrowed + 0.00004 interest) valued at the demo LTCUSDT price.
    const dust = new Decimal('0.00204').mul(DEMO_PRICES.LTCUSDT!).toFixed();
    expect([ltcDebt!.asset, ltcDebt!.liabilityQty.toFixed()]).toEqual(['LTC', dust]);
    expect(await margin.exchangeSmallLiability({ assetNames: 'LTC' })).toEqual({});
    expect((await margin.getSmallLiabilityExchangeHistory({ current: 1, size: 10 })).rows[0]!.targetAmount.toFixed()).toBe(dust);
    const repaidLoan = await margin.repayMarginLiquidationLoan({ asset: 'USDC', amount: '300' });
    expect([typeof repaidLoan.repayId, repaidLoan.amount.toFixed()]).toEqual(['bigint', '300']);
    expect((await margin.getMarginLiquidationLoan()).remainingAmount.toFixed()).toBe('700');
    expect((await margin.getMarginLiquidationLoanRepayHistory()).rows.map((r) => r.repayId)).toEqual([repaidLoan.repayId]);
    expect((await margin.getAllMarginAssets({ asset: 'LTC' }))[0]!.delistTime).toBeGreaterThan(1_000_000_000);
    const pairs = await margin.getAllCrossMarginPairs();
    expect(pairs.find((p) => p.symbol === 'BTCUSDC')!.id).toBe(351637150141315861n);
    expect((await margin.getMarginPriceIndex({ symbol: 'BTCUSDC' })).price.toFixed()).toBe('40000');
    expect((await margin.getCrossMarginFeeData({ coin: 'USDC' }))[0]!.borrowLimit.toFixed()).toBe('1000000000');
    expect((await margin.getCrossMarginCollateralRatio()).length).toBe(2);
    const usdcOwed = (await margin.getCrossMarginAccount()).userAssets.find((a) => a.asset === 'USDC')!.borrowed;
    expect((await margin.getMarginAvailableInventory({ type: 'MARGIN' })).assets.USDC!.toFixed()).toBe(new Decimal('1000000000').minus(usdcOwed).toFixed());
    expect((await margin.getMarginDelistSchedule())[0]!.crossMarginAssets).toEqual(['LTC']);
    expect((await margin.getMarginListSchedule())[0]!.crossMarginAssets).toEqual(['SOL']);
    expect((await margin.getMarginLimitPricePairs()).crossMarginSymbols).toContain('BTCUSDT');
    expect((await margin.getMarginRestrictedAssets()).openLongRestrictedAsset).toEqual(['LTC']);
    expect((await margin.getMarginRiskBasedLiquidationRatio())[0]!.riskBasedLiquidationRatio.toFixed()).toBe('0.01');
    const [bracket] = (await margin.getMarginLeverageBracket())[0]!.brackets;
    expect([bracket!.maxDebt.toFixed(), bracket!.initialMarginRate.toFixed()]).toEqual(['1000000', '0.1112']);
    const token = await margin.createMarginListenToken({ isIsolated: true, symbol: 'BTCUSDT', validity: 3_600_000 });
    expect(token.token.length).toBeGreaterThan(0);
    const { listenKey } = await margin.createMarginListenKey();
    await margin.keepAliveMarginListenKey({ listenKey });
    await margin.closeMarginListenKey();

    // Lists, transfers, special keys, isolated accounts (issue 11).
    const moved = await margin.newMarginUniversalTransfer({ type: 'MAIN_MARGIN', asset: 'USDT', amount: '250.5' });
    expect(typeof moved.tranId).toBe('bigint');
    const oto = await margin.newMarginOto({
      symbol: 'BTCUSDC', workingType: 'LIMIT', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01', workingTimeInForce: 'GTC',
      pendingType: 'LIMIT_MAKER', pendingSide: 'SELL', pendingPrice: '45000', pendingQuantity: '0.01',
    });
    expect(oto.orderReports?.map((r) => r.status)).toEqual(['NEW', 'PENDING_NEW']);
    expect(oto.orderReports?.[0]?.price.toFixed()).toBe('39000');
    const otoco = await margin.newMarginOtoco({
      symbol: 'BTCUSDC', workingType: 'LIMIT_MAKER', workingSide: 'BUY', workingPrice: '39000', workingQuantity: '0.01', pendingSide: 'SELL', pendingQuantity: '0.01',
      pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: '45000', pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '35000',
    });
    expect(otoco.orderReports).toHaveLength(3);
    expect((await margin.getMarginPreventedMatches({ symbol: 'BTCUSDC', orderId: oto.orders[0]!.orderId })).length).toBe(0);
    const usage = await margin.getMarginOrderCountUsage();
    // The orders above: three single orders and an OCO (2), then the OTO (2) and the OTOCO (3).
    expect(usage.map((u) => u.count)).toEqual([10, 10]);
    const key = await margin.createMarginSpecialKey({ apiName: 'agree', ip: '10.0.0.1' });
    expect((await margin.getMarginSpecialKey({ apiKey: key.apiKey })).ip).toBe('10.0.0.1');
    await margin.editMarginSpecialKeyIp({ apiKey: key.apiKey, ip: '10.0.0.2' });
    expect((await margin.getMarginSpecialKeyList()).map((k) => k.apiName)).toContain('agree');
    await margin.deleteMarginSpecialKey({ apiKey: key.apiKey });
    // The account still owes a little interest from the borrow above: special key mode cannot be left yet.
    await expect(margin.exitMarginSpecialKeyMode()).rejects.toMatchObject({ code: -1020 });
    expect(await margin.getIsolatedMarginAccountLimit()).toEqual({ enabledAccount: Object.keys(DEMO_ACCOUNT.isolated).length, maxAccount: 20 });
    expect((await margin.getAllIsolatedMarginPairs({ symbol: 'BTCUSDT' }))[0]?.quote).toBe('USDT');
    expect((await margin.getIsolatedMarginFeeData({ symbol: 'BTCUSDT' }))[0]?.leverage.toFixed()).toBe('3');
    expect((await margin.getIsolatedMarginTierData({ symbol: 'BTCUSDT' }))[0]?.tier).toBe(1);
    await margin.disableIsolatedMarginAccount({ symbol: 'BTCUSDT' });
    expect(await margin.enableIsolatedMarginAccount({ symbol: 'BTCUSDT' })).toEqual({ success: true, symbol: 'BTCUSDT' });
    const liquidated = await margin.marginManualLiquidation({ type: 'ISOLATED', symbol: 'BTCUSDT' });
    expect(liquidated).toEqual([]);

    expect(recorder.problems).toEqual([]);
    const missing = Object.values(marginOperations).filter((m) => !recorder.answered.has(`${m.method} ${m.path}`)).map((m) => m.operationId);
    expect(missing).toEqual([]);
  });

  it('Portfolio Margin (PAPI): every operation round-trips, every answer matches its schema, values are exact', async () => {
    const recorder = recordingMock('portfolio-margin');
    const pm = createPortfolioMarginClient({ ...credentials, fetch: recorder.fetch });

    expect(await pm.ping()).toEqual({});
    expect((await pm.getAccount()).accountStatus).toBe('NORMAL');
    const balances = await pm.getBalance();
    expect(Array.isArray(balances)).toBe(true);
    const usdt = await pm.getBalance({ asset: 'USDT' });
    expect(Array.isArray(usdt)).toBe(false);
    await pm.getMarginMaxBorrowable({ asset: 'USDT' });
    await pm.getMarginMaxWithdraw({ asset: 'USDT' });

    const borrow = await pm.marginBorrow({ asset: 'USDT', amount: '10.25' });
    const loans = await pm.getMarginLoanRecords({ asset: 'USDT', txId: borrow.tranId });
    expect(loans.rows.map((r) => [r.txId, r.principal.toFixed()])).toEqual([[borrow.tranId, '10.25']]);
    const repay = await pm.marginRepay({ asset: 'USDT', amount: '10.25' });
    expect((await pm.getMarginRepayRecords({ asset: 'USDT', txId: repay.tranId })).rows[0]?.txId).toBe(repay.tranId);

    const resting = await pm.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000' });
    expect((await pm.getMarginOrder({ symbol: 'BTCUSDT', orderId: resting.orderId })).orderId).toBe(resting.orderId);
    expect((await pm.getMarginOpenOrders({ symbol: 'BTCUSDT' })).map((o) => o.orderId)).toEqual([resting.orderId]);
    await pm.getMarginAllOrders({ symbol: 'BTCUSDT' });
    await pm.cancelMarginOrder({ symbol: 'BTCUSDT', orderId: resting.orderId });
    const filled = await pm.newMarginOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.01' });
    expect(filled.executedQty?.toFixed()).toBe('0.01');
    expect((await pm.getMarginTrades({ symbol: 'BTCUSDT' })).some((t) => t.orderId === filled.orderId)).toBe(true);

    const oco = await pm.newMarginOco({ symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '45000', stopPrice: '38000', stopLimitPrice: '37900', stopLimitTimeInForce: 'GTC' });
    expect((await pm.getMarginOco({ orderListId: oco.orderListId })).orderListId).toBe(oco.orderListId);
    await pm.getMarginOpenOco();
    await pm.getMarginAllOco();
    await pm.cancelMarginOco({ symbol: 'BTCUSDT', orderListId: oco.orderListId });
    await pm.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000' });
    expect(await pm.cancelMarginAllOpenOrders({ symbol: 'BTCUSDT' })).toHaveLength(1);

    await pm.getMarginInterestHistory();
    await pm.getNegativeBalanceInterestHistory();
    await pm.getMarginForceOrders();
    await pm.createListenKey();
    await pm.keepAliveListenKey();
    await pm.closeListenKey();

    expect(recorder.problems).toEqual([]);
    // The 52 UM/CM futures operations round-trip in futures-trading.test.ts, the 30 account operations in pm-account.test.ts.
    const own = new Set<string>(PM_ACCOUNT_OPERATION_IDS);
    const missing = Object.values(portfolioMarginOperations)
      .filter((m) => !/^\/papi\/v[12]\/(um|cm)\//.test(m.path) && !own.has(m.operationId) && !recorder.answered.has(`${m.method} ${m.path}`))
      .map((m) => m.operationId);
    expect(missing).toEqual([]);
  });
});

/**
 * A scripted Portfolio Margin futures session through the typed client against the mock, checked to the last
 * digit: hedge mode, a long and a short, a take-profit conditional order, the mark price moved along a path until
 * it triggers, the short closed by hand, then realized profit, commission, wallet and account view. Every answer
 * is checked against the spec's response schema with closed objects.
 */
import { createPortfolioMarginClient, Decimal } from '@marginkit/client';
import { createMockFetch } from '@marginkit/mock';
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadBundledSpecForValidation, resolveRef } from '../src/index.js';

const KEY = 'futures-trader';
const SECRET = 'futures-secret';

function setup() {
  const doc = loadBundledSpecForValidation('portfolio-margin');
  const validator = createSpecValidator(doc, { closed: true });
  const mockFetch = createMockFetch({
    accounts: [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin: { USDT: { free: '10000', umWalletBalance: '5000' }, BTC: { cmWalletBalance: '1' } } }],
  });
  const problems: string[] = [];
  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const response = await mockFetch(url, init);
    const path = new URL(url).pathname;
    const operation = doc.paths[path]?.[init.method.toLowerCase()];
    if (operation && response.status === 200) {
      const schema = resolveRef(doc, operation.responses['200']).content['application/json'].schema;
      const validate = validator.compile(schema);
      const text = await response.clone().text();
      if (!validate(JSON.parse(text))) problems.push(`${init.method} ${path}: ${JSON.stringify(validate.errors?.slice(0, 2))} ${text.slice(0, 200)}`);
    }
    return response;
  };
  const pm = createPortfolioMarginClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: 'http://127.0.0.1:1', fetch });
  const moveMark = async (path: Record<string, string[]>) => {
    const res = await mockFetch('http://mock/__mock/futures/markPrices', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) });
    expect(res.status).toBe(200);
    return res.json() as Promise<{ events: { kind: string; status: string }[] }>;
  };
  /** `getBalance` with `asset` answers one object (the spec's `oneOf` also allows the array of the call without it). */
  const balanceOf = async (asset: string) => {
    const answer = await pm.getBalance({ asset });
    if (Array.isArray(answer)) throw new Error(`getBalance({ asset: '${asset}' }) answered an array`);
    return answer;
  };
  return { pm, moveMark, balanceOf, problems };
}

describe('PM futures trading through the client against the mock', () => {
  it('hedge mode, take-profit trigger, manual close: realized profit, commission and account view to the last digit', async () => {
    const { pm, moveMark, balanceOf, problems } = setup();
    expect(await pm.changeUmPositionMode({ dualSidePosition: 'true' })).toEqual({ code: 200, msg: 'success' });
    expect((await pm.getUmPositionMode()).dualSidePosition).toBe(true);
    const lev = await pm.changeUmInitialLeverage({ symbol: 'BTCUSDT', leverage: 10 });
    expect([lev.leverage, lev.maxNotionalValue.toFixed()]).toEqual([10, '100000000']);

    const long = await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', positionSide: 'LONG', type: 'MARKET', quantity: '0.5', newOrderRespType: 'RESULT' });
    expect([long.status, long.avgPrice.toFixed(), long.cumQuote.toFixed()]).toEqual(['FILLED', '40000', '20000']);
    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'SELL', positionSide: 'SHORT', type: 'MARKET', quantity: '0.2' });
    await expect(pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' })).rejects.toMatchObject({ code: -4061 });
    await expect(pm.changeUmPositionMode({ dualSidePosition: 'false' })).rejects.toMatchObject({ code: -4068 });

    const tp = await pm.newUmConditionalOrder({ symbol: 'BTCUSDT', side: 'SELL', positionSide: 'LONG', strategyType: 'TAKE_PROFIT_MARKET', stopPrice: '42000', quantity: '0.5', workingType: 'MARK_PRICE', newClientStrategyId: 'tp1' });
    expect(tp.strategyStatus).toBe('NEW');
    const before = await moveMark({ BTCUSDT: ['41000', '41999.9'] });
    expect(before.events).toEqual([]);
    const moved = await moveMark({ BTCUSDT: ['42000'] });
    expect(moved.events.map((e) => [e.kind, e.status])).toEqual([['conditional', 'TRIGGERED']]);
    const history = await pm.getUmConditionalOrderHistory({ symbol: 'BTCUSDT', newClientStrategyId: 'tp1' });
    expect([history.strategyStatus, history.status, history.type]).toEqual(['TRIGGERED', 'FILLED', 'MARKET']);

    // Short 0.2 from 40000 at a mark of 42000: −400 USDT unrealized; maintenance 8400 × 0.4 % = 33.6; initial 8400 / 10.
    // Equity: 10000 USDT + UM wallet 5975.5 − 400 + the CM wallet's 1 BTC at 40000 USDT.
    const positions = await pm.getUmPositionRisk({ symbol: 'BTCUSDT' });
    expect(positions.map((p) => [p.positionSide, p.positionAmt.toFixed(), p.entryPrice.toFixed(), p.unRealizedProfit.toFixed()])).toEqual([
      ['LONG', '0', '0', '0'],
      ['SHORT', '-0.2', '40000', '-400'],
    ]);
    const mid = await pm.getAccount();
    expect([mid.accountEquity.toFixed(), mid.accountInitialMargin.toFixed(), mid.accountMaintMargin.toFixed(), mid.uniMMR.toFixed()]).toEqual(['55575.5', '840', '33.6', '1654.03273809']);
    const usdtMid = await balanceOf('USDT');
    expect([usdtMid.umWalletBalance.toFixed(), usdtMid.umUnrealizedPNL.toFixed()]).toEqual(['5975.5', '-400']);

    await pm.newUmOrder({ symbol: 'BTCUSDT', side: 'BUY', positionSide: 'SHORT', type: 'MARKET', quantity: '0.2' });
    const trades = await pm.getUmTrades({ symbol: 'BTCUSDT' });
    expect(trades.map((t) => [t.side, t.positionSide, t.price.toFixed(), t.realizedPnl.toFixed(), t.commission.toFixed()])).toEqual([
      ['BUY', 'LONG', '40000', '0', '10'],
      ['SELL', 'SHORT', '40000', '0', '4'],
      ['SELL', 'LONG', '42000', '1000', '10.5'],
      ['BUY', 'SHORT', '42000', '-400', '4.2'],
    ]);
    const end = await pm.getAccount();
    expect([end.accountEquity.toFixed(), end.accountMaintMargin.toFixed(), end.uniMMR.toFixed(), end.accountStatus]).toEqual(['55571.3', '0', '999', 'NORMAL']);
    const usdt = await balanceOf('USDT');
    expect([usdt.umWalletBalance.toFixed(), usdt.umUnrealizedPNL.toFixed(), usdt.totalWalletBalance.toFixed()]).toEqual(['5571.3', '0', '15571.3']);
    expect(usdt.umWalletBalance).toBeInstanceOf(Decimal);
    expect(problems).toEqual([]);
  });

  it('CM in coin: 10 contracts of 100 USD from 40000 to 50000 realize 0.005 BTC', async () => {
    const { pm, moveMark, balanceOf, problems } = setup();
    const buy = await pm.newCmOrder({ symbol: 'BTCUSD_PERP', side: 'BUY', type: 'MARKET', quantity: '10', newOrderRespType: 'RESULT' });
    expect([buy.status, buy.cumBase?.toFixed()]).toEqual(['FILLED', '0.025']);
    await moveMark({ BTCUSD_PERP: ['50000'] });
    const [position] = await pm.getCmPositionRisk({ pair: 'BTCUSD' });
    expect([position!.positionAmt.toFixed(), position!.unRealizedProfit.toFixed(), position!.notionalValue.toFixed()]).toEqual(['10', '0.005', '0.02']);
    await pm.newCmOrder({ symbol: 'BTCUSD_PERP', side: 'SELL', type: 'MARKET', quantity: '10', reduceOnly: 'true' });
    const trades = await pm.getCmTrades({ symbol: 'BTCUSD_PERP' });
    expect(trades.map((t) => [t.baseQty.toFixed(), t.realizedPnl.toFixed(), t.commission.toFixed(), t.commissionAsset])).toEqual([
      ['0.025', '0', '0.0000125', 'BTC'],
      ['0.02', '0.005', '0.00001', 'BTC'],
    ]);
    expect((await balanceOf('BTC')).cmWalletBalance.toFixed()).toBe('1.0049775');
    expect(problems).toEqual([]);
  });
});

/**
 * The SAPI margin account: borrow and repay (cross and isolated), their records, the maximum borrowable and
 * transferable amounts, the cross and isolated account views, interest history and force liquidations.
 */
import { D, ZERO, floor8, fmt, minus, plus, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import { pageOf } from './handler-kit.js';
import { isolatedEnabled } from './isolated-accounts.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { Wallet } from './state.js';
import { big, historyWindow, inWindow, int, isolated, knownAsset, requireSymbol, positiveAmount } from './request-readers.js';

function sapiLoanWallet(ctx: HandlerContext, asset: string, symbolParam: string, create: boolean): Wallet {
  const symbol = ctx.params.get(symbolParam);
  const iso = symbolParam === 'symbol' ? isolated(ctx.params) : symbol !== undefined;
  if (!iso || symbol === undefined) {
    knownAsset(ctx, ctx.account.margin.cross, asset);
    return ctx.account.margin.cross;
  }
  const info = ctx.engine.market.info(symbol);
  if (!info || (info.base !== asset && info.quote !== asset)) throw E.notMarginPair();
  let w = ctx.account.margin.isolated.get(symbol);
  if (!w) {
    w = new Wallet(symbol);
    if (create) ctx.account.margin.isolated.set(symbol, w);
  }
  return w;
}

export function sapiBorrowRepay(ctx: HandlerContext): HandlerResult {
  const { params: p, engine } = ctx;
  const asset = p.get('asset')!;
  const wallet = sapiLoanWallet(ctx, asset, 'symbol', true);
  const amount = positiveAmount(ctx, asset);
  const venue = ctx.account.margin;
  if (p.get('type') === 'BORROW') {
    const inventory = engine.records.inventoryLeft(wallet, asset);
    if (inventory && amount.greaterThan(inventory)) throw E.insufficientInventory();
    if (amount.greaterThan(engine.maxBorrowable(wallet, asset).amount)) throw E.exceedMaxBorrowable();
    return { body: { tranId: engine.borrow(venue, wallet, asset, amount, 'MANUAL') } };
  }
  const b = wallet.get(asset);
  if (amount.greaterThan(b.borrowed.plus(b.interest))) throw E.repayExceedsLiability();
  if (amount.greaterThan(b.free)) throw E.balanceNotEnough();
  return { body: { tranId: engine.repay(venue, wallet, asset, amount, 'MANUAL') } };
}

export function sapiBorrowRepayRecords(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const ledger = ctx.account.margin.ledger;
  const asset = p.get('asset');
  const isoSymbol = p.get('isolatedSymbol');
  const txId = big(p, 'txId');
  const { start, end } = historyWindow(ctx);
  const match = (r: { txId: bigint; asset: string; isolatedSymbol?: string; timestamp: number }) =>
    (txId !== undefined ? r.txId === txId : inWindow(r.timestamp, start, end)) &&
    (asset === undefined || r.asset === asset) &&
    r.isolatedSymbol === isoSymbol;
  const rows =
    p.get('type') === 'BORROW'
      ? ledger.borrows.filter(match).map((r) => ({
          type: r.type,
          ...(r.isolatedSymbol ? { isolatedSymbol: r.isolatedSymbol } : {}),
          amount: fmt(r.principal),
          asset: r.asset,
          principal: fmt(r.principal),
          status: 'CONFIRMED',
          timestamp: r.timestamp,
          txId: r.txId,
        }))
      : ledger.repays.filter(match).map((r) => ({
          type: r.type,
          ...(r.isolatedSymbol ? { isolatedSymbol: r.isolatedSymbol } : {}),
          amount: fmt(r.amount),
          asset: r.asset,
          interest: fmt(r.interest),
          principal: fmt(r.principal),
          status: 'CONFIRMED',
          timestamp: r.timestamp,
          txId: r.txId,
        }));
  rows.reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

export function sapiMaxBorrowable(ctx: HandlerContext): HandlerResult {
  const asset = ctx.params.get('asset')!;
  const wallet = sapiLoanWallet(ctx, asset, 'isolatedSymbol', false);
  const { amount, limit } = ctx.engine.maxBorrowable(wallet, asset);
  return { body: { amount: fmt(amount), borrowLimit: fmt(limit) } };
}

export function sapiMaxTransferable(ctx: HandlerContext): HandlerResult {
  const asset = ctx.params.get('asset')!;
  const wallet = sapiLoanWallet(ctx, asset, 'isolatedSymbol', false);
  return { body: { amount: fmt(ctx.engine.maxTransferable(wallet, asset)) } };
}

// ------------------------------------------------------------------ accounts (SAPI)

function level(assets: Dec, liability: Dec): Dec {
  return liability.isZero() ? new D(999) : assets.div(liability);
}

export function crossAccount(ctx: HandlerContext): HandlerResult {
  const { engine } = ctx;
  const cross = ctx.account.margin.cross;
  const usdt = engine.totals(cross, 'USDT');
  // BTC figures are the USDT figures at the BTC price (one valuation pass instead of two).
  const btcPrice = engine.market.rate('BTC', 'USDT');
  const btc = btcPrice ? { assets: usdt.assets.div(btcPrice), liability: usdt.liability.div(btcPrice) } : engine.totals(cross, 'BTC');
  const marginLevel = level(btc.assets, btc.liability);
  // Totals as shown (8 decimals), so that the net is exactly their difference.
  const assetsBtc = floor8(btc.assets);
  const liabilityBtc = floor8(btc.liability);
  const userAssets = [...cross.balances].map(([asset, b]) => ({
    asset,
    free: fmt(b.free),
    locked: fmt(b.locked),
    borrowed: fmt(b.borrowed),
    interest: fmt(b.interest),
    netAsset: fmt(minus(minus(plus(b.free, b.locked), b.borrowed), b.interest)),
  }));
  return {
    body: {
      created: true,
      borrowEnabled: true,
      marginLevel: fmt(marginLevel),
      collateralMarginLevel: fmt(marginLevel),
      totalAssetOfBtc: fmt(assetsBtc),
      totalLiabilityOfBtc: fmt(liabilityBtc),
      totalNetAssetOfBtc: fmt(assetsBtc.minus(liabilityBtc)),
      TotalCollateralValueInUSDT: fmt(usdt.assets),
      totalOpenOrderLossInUSDT: fmt(ZERO),
      tradeEnabled: true,
      transferInEnabled: true,
      transferOutEnabled: true,
      accountType: 'MARGIN_1',
      userAssets,
    },
  };
}

function levelStatus(l: Dec): string {
  if (l.greaterThanOrEqualTo(2)) return 'EXCESSIVE';
  if (l.greaterThanOrEqualTo(1.5)) return 'NORMAL';
  if (l.greaterThanOrEqualTo(1.3)) return 'MARGIN_CALL';
  if (l.greaterThanOrEqualTo(1.1)) return 'PRE_LIQUIDATION';
  return 'FORCE_LIQUIDATION';
}

const LIQUIDATION_LEVEL = new D('1.1');

function isolatedPair(ctx: HandlerContext, symbol: string, wallet: Wallet): Record<string, unknown> {
  const { engine } = ctx;
  const info = engine.market.info(symbol)!;
  const price = engine.market.price(symbol)!;
  const assetView = (asset: string) => {
    const b = wallet.peek(asset) ?? { free: ZERO, locked: ZERO, borrowed: ZERO, interest: ZERO };
    const net = b.free.plus(b.locked).minus(b.borrowed).minus(b.interest);
    return {
      asset,
      borrowEnabled: true,
      borrowed: fmt(b.borrowed),
      free: fmt(b.free),
      interest: fmt(b.interest),
      locked: fmt(b.locked),
      netAsset: fmt(net),
      netAssetOfBtc: fmt(engine.market.value(asset, net, 'BTC')),
      repayEnabled: true,
      totalAsset: fmt(b.free.plus(b.locked)),
    };
  };
  const { assets, liability } = engine.totals(wallet, info.quote);
  const marginLevel = level(assets, liability);
  // Price of the base asset at which the margin level falls to the liquidation level.
  const base = wallet.peek(info.base);
  const quote = wallet.peek(info.quote);
  const baseHeld = base ? base.free.plus(base.locked) : ZERO;
  const baseOwed = base ? base.borrowed.plus(base.interest) : ZERO;
  const quoteHeld = quote ? quote.free.plus(quote.locked) : ZERO;
  const quoteOwed = quote ? quote.borrowed.plus(quote.interest) : ZERO;
  let liquidatePrice = ZERO;
  const denominator = baseHeld.minus(LIQUIDATION_LEVEL.mul(baseOwed));
  if (!liability.isZero() && !denominator.isZero()) {
    const p = LIQUIDATION_LEVEL.mul(quoteOwed).minus(quoteHeld).div(denominator);
    if (p.greaterThan(0)) liquidatePrice = p;
  }
  return {
    baseAsset: assetView(info.base),
    quoteAsset: assetView(info.quote),
    symbol,
    isolatedCreated: true,
    enabled: isolatedEnabled(ctx.account, symbol),
    marginLevel: fmt(marginLevel),
    marginLevelStatus: levelStatus(marginLevel),
    marginRatio: fmt(engine.leverage),
    indexPrice: fmt(price),
    liquidatePrice: fmt(liquidatePrice),
    liquidateRate: fmt(LIQUIDATION_LEVEL),
    tradeEnabled: true,
  };
}

export function isolatedAccount(ctx: HandlerContext): HandlerResult {
  const { engine } = ctx;
  const pairs = ctx.account.margin.isolated;
  const symbolsParam = ctx.params.get('symbols');
  let symbols: string[];
  if (symbolsParam !== undefined) {
    symbols = symbolsParam.split(',');
    if (symbols.length > 5 || symbols.some((s) => s === '')) throw E.invalidParam('symbols');
    for (const s of symbols) requireSymbol(ctx, s);
  } else {
    symbols = [...pairs.keys()].filter((s) => engine.market.info(s));
  }
  const assets = symbols.map((s) => isolatedPair(ctx, s, pairs.get(s) ?? new Wallet(s)));
  if (symbolsParam !== undefined) return { body: { assets } };
  let total = ZERO;
  let owed = ZERO;
  for (const s of symbols) {
    const w = pairs.get(s)!;
    const t = engine.totals(w, 'BTC');
    total = total.plus(t.assets);
    owed = owed.plus(t.liability);
  }
  // Totals as shown (8 decimals), so that the net is exactly their difference.
  total = floor8(total);
  owed = floor8(owed);
  return {
    body: {
      assets,
      totalAssetOfBtc: fmt(total),
      totalLiabilityOfBtc: fmt(owed),
      totalNetAssetOfBtc: fmt(total.minus(owed)),
    },
  };
}

export function sapiInterestHistory(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = p.get('asset');
  const isoSymbol = p.get('isolatedSymbol');
  if (isoSymbol !== undefined) requireSymbol(ctx, isoSymbol);
  const { start, end } = historyWindow(ctx);
  const rows = ctx.account.margin.ledger.interest
    .filter((r) => inWindow(r.time, start, end) && (asset === undefined || r.asset === asset) && r.isolatedSymbol === isoSymbol)
    .map((r) => ({
      txId: r.txId,
      interestAccuredTime: r.time,
      asset: r.asset,
      ...(r.isolatedSymbol ? {} : { rawAsset: r.asset }),
      principal: fmt(r.principal),
      interest: fmt(r.interest),
      interestRate: fmt(r.rate),
      type: r.type,
      ...(r.isolatedSymbol ? { isolatedSymbol: r.isolatedSymbol } : {}),
    }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

export function forceLiquidations(ctx: HandlerContext): HandlerResult {
  const isoSymbol = ctx.params.get('isolatedSymbol');
  if (isoSymbol !== undefined) requireSymbol(ctx, isoSymbol);
  return { body: { rows: [], total: 0 } };
}

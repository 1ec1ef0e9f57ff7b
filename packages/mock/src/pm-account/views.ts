/**
 * The UM and CM account views (`GET /papi/v1/um/account`, `GET /papi/v2/um/account`, `GET /papi/v1/cm/account`),
 * computed from the futures engine with the same formulas as the account-wide figures of `GET /papi/v1/account`
 * (futures/margin.ts): a position's initial margin is its notional at the mark over the symbol's leverage, its
 * maintenance margin the bracket's rate × notional − the bracket's `cum`, an open order's initial margin its value
 * at its price over the leverage. So the per-asset figures here, valued in USDT, add up to that view's
 * `accountInitialMargin` and `accountMaintMargin` (margin loans aside).
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import { fmt, ZERO, type Dec } from '../decimal.js';
import type { FuturesMarketId, FuturesSymbol } from '../futures/config.js';
import { futuresOf, maxNotional, type FuturesEngine } from '../futures/engine.js';
import { maintMargin, orderInitialMargin } from '../futures/margin.js';
import { entryPrice, notional, unrealized, valueOf } from '../futures/positions.js';
import type { MarketBook, PositionSide } from '../futures/state.js';

type Obj = Record<string, unknown>;

/** Margin figures of one position side of one symbol, in the symbol's margin asset. */
export interface SideFigures {
  readonly s: FuturesSymbol;
  readonly side: PositionSide;
  readonly amount: Dec;
  readonly entryPrice: Dec;
  readonly unrealized: Dec;
  readonly notional: Dec;
  readonly positionInitialMargin: Dec;
  readonly openOrderInitialMargin: Dec;
  readonly maintMargin: Dec;
  readonly bidNotional: Dec;
  readonly askNotional: Dec;
  readonly leverage: number;
  readonly updateTime: number;
  readonly openOrders: number;
}

/** The position sides an account reports for a symbol: `BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode. */
function sidesOf(book: MarketBook): PositionSide[] {
  return book.dualSidePosition ? ['LONG', 'SHORT'] : ['BOTH'];
}

export function sideFigures(f: FuturesEngine, book: MarketBook, s: FuturesSymbol, side: PositionSide): SideFigures {
  const mark = f.mark(s.symbol);
  const leverage = f.leverageOf(book, s);
  const p = book.peekPosition(s.symbol, side);
  const amount = p?.amount ?? ZERO;
  const n = p && !amount.isZero() ? notional(s, p, mark) : ZERO;
  let openOrderInitialMargin = ZERO;
  let bidNotional = ZERO;
  let askNotional = ZERO;
  let openOrders = 0;
  for (const o of book.open) {
    if (o.symbol !== s.symbol || o.positionSide !== side) continue;
    openOrders++;
    openOrderInitialMargin = openOrderInitialMargin.plus(orderInitialMargin(s, o.origQty, o.price, leverage));
    const value = valueOf(s, o.origQty, o.price);
    if (o.side === 'BUY') bidNotional = bidNotional.plus(value);
    else askNotional = askNotional.plus(value);
  }
  return {
    s,
    side,
    amount,
    entryPrice: p ? entryPrice(s, p) : ZERO,
    unrealized: p ? unrealized(s, p, mark) : ZERO,
    notional: n,
    positionInitialMargin: n.div(leverage),
    openOrderInitialMargin,
    maintMargin: n.isZero() ? ZERO : maintMargin(s, n),
    bidNotional,
    askNotional,
    leverage,
    updateTime: p?.updateTime ?? 0,
    openOrders,
  };
}

/** Every position side of every symbol of a market, in the order of the configured symbols. */
export function allSides(f: FuturesEngine, book: MarketBook): SideFigures[] {
  const out: SideFigures[] = [];
  for (const s of f.symbols.values()) {
    if (s.market !== book.market) continue;
    for (const side of sidesOf(book)) out.push(sideFigures(f, book, s, side));
  }
  return out;
}

/** The asset rows of a market: its symbols' margin assets, and every asset with a balance in that futures wallet. */
export function assetRows(engine: Engine, account: Account, market: FuturesMarketId): Obj[] {
  const f = futuresOf(engine);
  const fa = f.account(account);
  const book = fa.book(market);
  const assets = new Set<string>();
  for (const s of f.symbols.values()) if (s.market === market) assets.add(s.marginAsset);
  for (const [asset, b] of account.portfolioMargin.wallet.balances) if (!(market === 'um' ? b.um : b.cm).isZero()) assets.add(asset);
  const sides = allSides(f, book);
  return [...assets].map((asset) => {
    const mine = sides.filter((x) => x.s.marginAsset === asset);
    const sum = (pick: (x: SideFigures) => Dec) => mine.reduce((t, x) => t.plus(pick(x)), ZERO);
    const position = sum((x) => x.positionInitialMargin);
    const orders = sum((x) => x.openOrderInitialMargin);
    const b = account.portfolioMargin.wallet.peek(asset);
    let updateTime = 0;
    for (const e of fa.income) if (e.market === market && e.asset === asset && e.time > updateTime) updateTime = e.time;
    return {
      asset,
      crossWalletBalance: fmt(b ? (market === 'um' ? b.um : b.cm) : ZERO),
      crossUnPnl: fmt(sum((x) => x.unrealized)),
      maintMargin: fmt(sum((x) => x.maintMargin)),
      initialMargin: fmt(position.plus(orders)),
      positionInitialMargin: fmt(position),
      openOrderInitialMargin: fmt(orders),
      updateTime,
    };
  });
}

export function umAccountView(engine: Engine, account: Account): Obj {
  const f = futuresOf(engine);
  const positions = allSides(f, f.account(account).um).map((x) => ({
    symbol: x.s.symbol,
    initialMargin: fmt(x.positionInitialMargin.plus(x.openOrderInitialMargin)),
    maintMargin: fmt(x.maintMargin),
    unrealizedProfit: fmt(x.unrealized),
    positionInitialMargin: fmt(x.positionInitialMargin),
    openOrderInitialMargin: fmt(x.openOrderInitialMargin),
    leverage: String(x.leverage),
    entryPrice: fmt(x.entryPrice),
    maxNotional: fmt(maxNotional(x.s, x.leverage)),
    bidNotional: fmt(x.bidNotional),
    askNotional: fmt(x.askNotional),
    positionSide: x.side,
    positionAmt: fmt(x.amount),
    updateTime: x.updateTime,
  }));
  return { assets: assetRows(engine, account, 'um'), positions };
}

/** Version 2: only the symbols with a position or an open order. */
export function umAccountV2View(engine: Engine, account: Account): Obj {
  const f = futuresOf(engine);
  const positions = allSides(f, f.account(account).um)
    .filter((x) => !x.amount.isZero() || x.openOrders > 0)
    .map((x) => ({
      symbol: x.s.symbol,
      initialMargin: fmt(x.positionInitialMargin),
      maintMargin: fmt(x.maintMargin),
      unrealizedProfit: fmt(x.unrealized),
      positionSide: x.side,
      positionAmt: fmt(x.amount),
      updateTime: x.updateTime,
      notional: fmt(x.amount.isNegative() ? x.notional.neg() : x.notional),
    }));
  return { assets: assetRows(engine, account, 'um'), positions };
}

export function cmAccountView(engine: Engine, account: Account): Obj {
  const f = futuresOf(engine);
  const positions = allSides(f, f.account(account).cm).map((x) => ({
    symbol: x.s.symbol,
    positionAmt: fmt(x.amount),
    initialMargin: fmt(x.positionInitialMargin.plus(x.openOrderInitialMargin)),
    maintMargin: fmt(x.maintMargin),
    unrealizedProfit: fmt(x.unrealized),
    positionInitialMargin: fmt(x.positionInitialMargin),
    openOrderInitialMargin: fmt(x.openOrderInitialMargin),
    leverage: String(x.leverage),
    positionSide: x.side,
    entryPrice: fmt(x.entryPrice),
    maxQty: fmt(maxNotional(x.s, x.leverage)),
    updateTime: x.updateTime,
  }));
  return { assets: assetRows(engine, account, 'cm'), positions };
}

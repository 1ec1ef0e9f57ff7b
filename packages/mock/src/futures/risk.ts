/**
 * Risk checks of the futures engine (README "Risk checks"), on every way an account adds exposure — a new order, a
 * modification, a triggered conditional or algo order — and on a lower leverage. Each measures what the change
 * adds, as the account view (`GET /papi/v1/account`) will show it afterwards:
 * - bracket (-2027): an order that fills at once moves the position from |held| to |held ± qty| (closing a one-way
 *   position and opening the other way counts only the resulting position); a resting order adds its own notional;
 *   the symbol's positions plus that, at the order's price, must stay within the cap of the symbol's leverage;
 * - initial margin (-2019): the margin that change adds (less the margin of the resting order a modification
 *   replaces) must fit in the free margin, equity − initial margin, valued in USDT;
 * - leverage (-2028, MIN_LEVERAGE_RATIO): a lower leverage whose initial margin the equity cannot carry.
 */
import type { Account } from '../engine/state.js';
import { ZERO, type Dec } from '../decimal.js';
import type { FuturesSymbol } from './config.js';
import type { FuturesEngine } from './engine.js';
import { FE } from './errors.js';
import { orderInitialMargin } from './margin.js';
import { valueOf } from './positions.js';
import type { FuturesOrder, MarketBook, PositionSide, Side } from './state.js';

/** The largest notional a position may reach at `leverage` (the cap of the highest bracket allowing it). */
export function maxNotional(s: FuturesSymbol, leverage: number): Dec {
  let cap = ZERO;
  for (const b of s.brackets) if (b.maxLeverage >= leverage) cap = b.notionalCap;
  return cap;
}

/** An order as the risk checks see it. */
export interface Exposure {
  readonly side: Side;
  readonly positionSide: PositionSide;
  readonly qty: Dec;
  /** The fill price (the mark) when the order fills at once, else its limit price. */
  readonly price: Dec;
  readonly fillsNow: boolean;
  /** The resting order a modification replaces: its margin is released. */
  readonly replaces?: FuturesOrder;
}

/** Refuses (-2027, -2019) an order that would take the symbol beyond its bracket or the account below its initial margin. */
export function checkExposure(f: FuturesEngine, account: Account, book: MarketBook, s: FuturesSymbol, e: Exposure): void {
  const leverage = f.leverageOf(book, s);
  const held = book.peekPosition(s.symbol, e.positionSide)?.amount ?? ZERO;
  const [before, after] = e.fillsNow ? [held.abs(), held.plus(e.side === 'BUY' ? e.qty : e.qty.neg()).abs()] : [ZERO, e.qty];
  const added = valueOf(s, after, e.price).minus(valueOf(s, before, e.price));
  if (added.greaterThan(0)) {
    const positions = [...book.positions.values()].filter((p) => p.symbol === s.symbol).reduce((sum, p) => sum.plus(valueOf(s, p.amount.abs(), e.price)), ZERO);
    if (positions.plus(added).greaterThan(maxNotional(s, leverage))) throw FE.maxPosition();
  }
  let margin = orderInitialMargin(s, after, e.price, leverage).minus(orderInitialMargin(s, before, e.price, leverage));
  if (e.replaces) margin = margin.minus(orderInitialMargin(s, e.replaces.origQty, e.replaces.price, leverage));
  if (!margin.greaterThan(0)) return;
  const m = f.metrics(account);
  if (m.equity.minus(m.initialMargin).lessThan(f.engine.market.value(s.marginAsset, margin, 'USDT'))) throw FE.marginInsufficient();
}

/** Refuses (-2028) a lower leverage under which the account's initial margin would exceed its equity. */
export function checkLeverageChange(f: FuturesEngine, account: Account, book: MarketBook, s: FuturesSymbol, leverage: number): void {
  if (leverage >= f.leverageOf(book, s)) return;
  const set = book.leverage.get(s.symbol);
  book.leverage.set(s.symbol, leverage);
  try {
    const m = f.metrics(account);
    if (m.initialMargin.greaterThan(m.equity)) throw FE.leverageTooLow();
  } finally {
    if (set === undefined) book.leverage.delete(s.symbol);
    else book.leverage.set(s.symbol, set);
  }
}

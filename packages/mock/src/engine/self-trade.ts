/**
 * Self-trade prevention and the prevented matches it records (`GET /sapi/v1/margin/myPreventedMatches`).
 *
 * The simulated market has unlimited depth at its price, so an order never reaches the account's own resting
 * orders through the market. The mock's rule (documented in the README): an order that executes on arrival — a
 * marketable `LIMIT` order, or the working order of an OTO/OTOCO list — is checked against the same wallet's
 * working orders with a limit price on the other side of the same symbol. Every one its limit price reaches (a
 * BUY at or above a resting SELL's price, a SELL at or below a resting BUY's price) is a self-trade, settled by the
 * incoming order's `selfTradePreventionMode` as Binance does: `EXPIRE_TAKER` expires the incoming order,
 * `EXPIRE_MAKER` the resting ones, `EXPIRE_BOTH` both, and `NONE` lets the order trade (with the market). Expired
 * orders end `EXPIRED_IN_MATCH`; each prevented pair is recorded.
 */
import type { Dec } from '../decimal.js';
import type { Engine } from './engine.js';
import { sapiState } from './sapi-state.js';
import type { Account, Order, Side, Venue, Wallet } from './state.js';

/** Prevented matches kept per account (the oldest are forgotten beyond it, as closed orders are). */
const MAX_KEPT = 10_000;

export interface SelfTradeCheck {
  readonly mode: string;
  /** The account's resting orders the incoming one would meet, oldest first. */
  readonly makers: readonly Order[];
  readonly expiresTaker: boolean;
  readonly expiresMakers: boolean;
}

/** A stopped match, as `myPreventedMatches` reports it. */
export interface PreventedMatch {
  readonly symbol: string;
  readonly preventedMatchId: bigint;
  readonly takerOrderId: bigint;
  readonly makerSymbol: string;
  readonly makerOrderId: bigint;
  readonly tradeGroupId: bigint;
  readonly selfTradePreventionMode: string;
  readonly price: Dec;
  readonly makerPreventedQuantity?: Dec;
  readonly takerPreventedQuantity?: Dec;
  readonly transactTime: number;
  readonly isIsolated: boolean;
}

/** Resting orders of the wallet that an incoming order on `side` with limit `limit` would meet. */
function restingOpposite(venue: Venue, wallet: Wallet, symbol: string, side: Side, limit: Dec): Order[] {
  const out: Order[] = [];
  for (const o of venue.book.open) {
    if (o.symbol !== symbol || o.wallet !== wallet || o.side === side || !o.isWorking || o.price.isZero()) continue;
    const reached = side === 'BUY' ? o.price.lessThanOrEqualTo(limit) : o.price.greaterThanOrEqualTo(limit);
    if (reached) out.push(o);
  }
  return out.sort((a, b) => (a.orderId < b.orderId ? -1 : 1));
}

/** Finds the self-trades an immediately executing order would make. Undefined when there are none. */
export function checkSelfTrade(venue: Venue, wallet: Wallet, symbol: string, side: Side, limit: Dec, mode: string): SelfTradeCheck | undefined {
  if (mode === 'NONE') return undefined;
  const makers = restingOpposite(venue, wallet, symbol, side, limit);
  if (makers.length === 0) return undefined;
  return {
    mode,
    makers,
    expiresTaker: mode === 'EXPIRE_TAKER' || mode === 'EXPIRE_BOTH',
    expiresMakers: mode === 'EXPIRE_MAKER' || mode === 'EXPIRE_BOTH',
  };
}

/** Expires a resting order (and the rest of its list) because of self-trade prevention. */
function expireMaker(engine: Engine, venue: Venue, maker: Order): void {
  engine.finish(venue, maker, 'EXPIRED_IN_MATCH');
  const list = maker.list;
  if (!list) {
    engine.release(maker.wallet, maker);
    return;
  }
  for (const leg of list.orders) {
    if (leg.status === 'NEW' || leg.status === 'PENDING_NEW') engine.finish(venue, leg, 'EXPIRED');
  }
  engine.closeList(list);
  engine.release(list.wallet, list);
}

/** Applies a self-trade check to the placed incoming order: expires the makers when asked and records the matches. */
export function preventSelfTrade(engine: Engine, venue: Venue, account: Account, taker: Order, check: SelfTradeCheck): void {
  const state = sapiState(account);
  const matches = state.preventedMatches;
  const now = engine.clock.now();
  for (const maker of check.makers) {
    const makerLeft = maker.origQty.minus(maker.executedQty);
    if (check.expiresMakers) expireMaker(engine, venue, maker);
    const preventedMatchId = (state.preventedMatchIds.get(taker.symbol) ?? 0n) + 1n;
    state.preventedMatchIds.set(taker.symbol, preventedMatchId);
    matches.push({
      symbol: taker.symbol,
      preventedMatchId,
      takerOrderId: taker.orderId,
      makerSymbol: maker.symbol,
      makerOrderId: maker.orderId,
      tradeGroupId: account.uid,
      selfTradePreventionMode: check.mode,
      price: maker.price,
      ...(check.expiresMakers ? { makerPreventedQuantity: makerLeft } : {}),
      ...(check.expiresTaker ? { takerPreventedQuantity: taker.origQty.minus(taker.executedQty) } : {}),
      transactTime: now,
      isIsolated: taker.isIsolated,
    });
    if (matches.length > MAX_KEPT) matches.shift();
    // EXPIRE_TAKER stops at the first maker: the incoming order is gone.
    if (check.expiresTaker) break;
  }
}

/**
 * OTO and OTOCO order lists (`contingencyType: OTO`): a working order on the book and one pending order (OTO) or a
 * pending OCO pair (OTOCO) that goes on the book only once the working order is completely filled.
 *
 * Rules (documented in the README):
 * - The working order (`LIMIT` or `LIMIT_MAKER`) follows the single-order fill rules; it may fill on arrival (a
 *   marketable `LIMIT`), and the answer then still shows the pending orders `PENDING_NEW` (as Binance documents):
 *   they are placed right after the answer, at the fill price.
 * - Pending orders wait as `PENDING_NEW`: not on the book, holding no funds, invisible to open-order queries.
 *   When the working order fills they become `NEW`, take their funds (borrowing with `MARGIN_BUY`), and follow the
 *   single-order rules (OTO) or the OCO rules (OTOCO). A pending order that cannot be placed then (not enough
 *   funds, a `LIMIT_MAKER` that would take, an `IOC`/`FOK` limit that would not fill) ends `EXPIRED`.
 * - The list holds the funds of whichever orders are live, like an OCO. Cancelling any order of the list cancels
 *   all of it; with `MARGIN_BUY` and `autoRepayAtCancel` (default true) the list's loan is then repaid.
 * - If the working order expires (no funds when reached, self-trade prevention), the pending orders expire too.
 */
import { ZERO, compact, max, type Dec } from '../decimal.js';
import { ApiError, E } from '../errors.js';
import type { Engine } from './engine.js';
import { openOrderList } from './order-list.js';
import { crosses, isStop, triggers } from './order-rules.js';
import { checkSelfTrade, preventSelfTrade } from './self-trade.js';
import type { Account, Order, OrderList, OrderType, Side, SideEffect, Venue, Wallet } from './state.js';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK';

/** One order of an OTO/OTOCO request. */
export interface LegSpec {
  readonly type: OrderType;
  readonly side: Side;
  readonly quantity: Dec;
  readonly price?: Dec;
  readonly stopPrice?: Dec;
  readonly trailingDelta?: number;
  readonly timeInForce?: TimeInForce;
  readonly icebergQty?: Dec;
  readonly clientOrderId?: string;
}

export interface ContingentRequest {
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly listClientOrderId?: string;
  readonly sideEffectType: SideEffect;
  readonly autoRepayAtCancel: boolean;
  readonly selfTradePreventionMode: string;
  readonly working: LegSpec;
  /** One pending order (OTO), or the pending pair (OTOCO), in any order. */
  readonly pending: readonly LegSpec[];
}

export interface ContingentResult {
  readonly list: OrderList;
  readonly borrowAmount: Dec;
  readonly borrowAsset: string;
  /** Set when the working order filled on arrival: place the pending orders at this price after answering. */
  readonly activateAt?: Dec;
}

const LIVE = new Set(['NEW', 'PENDING_NEW']);

/** Limit price of a leg type (zero for market and stop-market types). */
function legPrice(spec: LegSpec): Dec {
  return spec.type === 'MARKET' || spec.type === 'STOP_LOSS' || spec.type === 'TAKE_PROFIT' ? ZERO : (spec.price ?? ZERO);
}

/** What the live pending orders may spend: SELL their quantity, BUY their quantity at the dearest price they may pay. */
function pendingNeed(legs: readonly Order[], market: Dec): Dec {
  const first = legs[0]!;
  if (first.side === 'SELL') return first.origQty;
  let dearest = ZERO;
  for (const leg of legs) dearest = max(max(dearest, leg.price), leg.stopPrice);
  if (legs.some((l) => l.type === 'MARKET')) dearest = max(dearest, market);
  return first.origQty.mul(dearest);
}

function finished(list: OrderList): boolean {
  return list.orders.every((o) => !LIVE.has(o.status));
}

function close(engine: Engine, list: OrderList): void {
  engine.closeList(list);
  engine.release(list.wallet, list);
}

/** Places an OTO or OTOCO list. Throws Binance's errors before anything changes. */
export function placeContingentList(engine: Engine, account: Account, venue: Venue, wallet: Wallet, req: ContingentRequest): ContingentResult {
  const info = engine.market.info(req.symbol)!;
  const market = engine.market.price(req.symbol)!;
  const w = req.working;
  for (const id of [req.listClientOrderId, w.clientOrderId, ...req.pending.map((p) => p.clientOrderId)]) engine.checkClientId(venue, id);
  if (!w.quantity.greaterThan(0)) throw E.zeroNotional();

  const limit = w.price!;
  let immediate = false;
  let expire = false;
  if (w.type === 'LIMIT_MAKER') {
    if (crosses(w.side, limit, market)) throw E.wouldMatch();
  } else if (crosses(w.side, limit, market)) immediate = true;
  else if (w.timeInForce !== 'GTC') expire = true;
  const selfTrade = immediate ? checkSelfTrade(venue, wallet, req.symbol, w.side, limit, req.selfTradePreventionMode) : undefined;
  if (selfTrade?.expiresTaker) {
    immediate = false;
    expire = true;
  }

  const spendAsset = w.side === 'BUY' ? info.quote : info.base;
  const need = w.side === 'SELL' ? w.quantity : w.quantity.mul(immediate ? market : limit);
  let borrowed = ZERO;
  if (expire) {
    if ((wallet.peek(spendAsset)?.free ?? ZERO).lessThan(need) && req.sideEffectType !== 'MARGIN_BUY') throw E.insufficientBalance();
  } else {
    borrowed = engine.fund(venue, wallet, spendAsset, need, req.sideEffectType);
  }

  const list = openOrderList(engine, req, 'OTO', wallet, spendAsset, borrowed);
  const now = list.transactionTime;
  const listId = list.orderListId;
  const leg = (spec: LegSpec, status: Order['status']): Order => ({
    orderId: engine.nextId('orderId'),
    clientOrderId: spec.clientOrderId ?? engine.clientId(),
    symbol: req.symbol,
    isIsolated: req.isIsolated,
    side: spec.side,
    type: spec.type,
    timeInForce: spec.timeInForce ?? 'GTC',
    price: legPrice(spec),
    stopPrice: spec.stopPrice ?? ZERO,
    trailing: spec.trailingDelta !== undefined && !spec.stopPrice,
    origQty: compact(spec.quantity),
    executedQty: ZERO,
    cummulativeQuoteQty: ZERO,
    icebergQty: spec.icebergQty ?? ZERO,
    status,
    time: now,
    updateTime: now,
    isWorking: status === 'NEW',
    selfTradePreventionMode: req.selfTradePreventionMode,
    orderListId: listId,
    list,
    lockAsset: spendAsset,
    lockAmount: ZERO,
    borrowAsset: spendAsset,
    borrowAmount: ZERO,
    sideEffectType: req.sideEffectType,
    autoRepayAtCancel: req.autoRepayAtCancel,
    commissionRate: account.commissionRate,
    wallet,
  });
  const working = leg(w, expire ? (selfTrade?.expiresTaker ? 'EXPIRED_IN_MATCH' : 'EXPIRED') : 'NEW');
  // The pending pair is listed stop leg first, as in Binance's documented OTOCO answer.
  const pendingSpecs = [...req.pending].sort((a, b) => Number(!isStop(a.type)) - Number(!isStop(b.type)));
  list.orders.push(working, ...pendingSpecs.map((p) => leg(p, expire ? 'EXPIRED' : 'PENDING_NEW')));
  for (const o of list.orders) venue.book.addOrder(o);
  venue.book.lists.set(listId, list);
  venue.book.listsByClientId.set(list.listClientOrderId, list);

  if (expire) engine.closeList(list);
  else if (!immediate) {
    engine.lock(wallet, list, spendAsset, need);
    venue.book.open.add(working);
  }
  if (selfTrade) preventSelfTrade(engine, venue, account, working, selfTrade);
  if (immediate) {
    engine.settle(venue, working, list, market, false);
    return { list, borrowAmount: borrowed, borrowAsset: spendAsset, activateAt: market };
  }
  return { list, borrowAmount: borrowed, borrowAsset: spendAsset };
}

/** Puts a pending leg that just went live through the single-order arrival rules. */
function arrive(engine: Engine, venue: Venue, list: OrderList, order: Order, price: Dec): void {
  if (isStop(order.type)) {
    if (!order.trailing && triggers(order.type, order.side, order.stopPrice, price)) moveLeg(engine, venue, list, order, price);
    return;
  }
  if (order.type === 'MARKET') {
    engine.fillOrExpire(venue, order, list, price, false);
  } else if (crosses(order.side, order.price, price)) {
    if (order.type === 'LIMIT_MAKER') engine.finish(venue, order, 'EXPIRED');
    else engine.fillOrExpire(venue, order, list, price, false);
  } else if (order.type === 'LIMIT' && order.timeInForce !== 'GTC') {
    engine.finish(venue, order, 'EXPIRED');
  }
}

/** Places the pending orders of a list whose working order has just filled, at the market `price`. */
export function activatePending(engine: Engine, venue: Venue, list: OrderList, price: Dec): void {
  const pending = list.orders.slice(1).filter((o) => o.status === 'PENDING_NEW');
  engine.release(list.wallet, list);
  if (pending.length === 0) {
    if (finished(list)) close(engine, list);
    return;
  }
  const info = engine.market.info(list.symbol)!;
  const asset = pending[0]!.side === 'BUY' ? info.quote : info.base;
  const need = pendingNeed(pending, price);
  const now = engine.clock.now();
  try {
    const borrowed = engine.fund(venue, list.wallet, asset, need, list.sideEffectType);
    if (borrowed.greaterThan(0)) {
      if (list.borrowAmount.isZero()) list.borrowAsset = asset;
      if (list.borrowAsset === asset) list.borrowAmount = list.borrowAmount.plus(borrowed);
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    for (const o of pending) engine.finish(venue, o, 'EXPIRED');
    close(engine, list);
    return;
  }
  engine.lock(list.wallet, list, asset, need);
  for (const o of pending) {
    o.status = 'NEW';
    o.updateTime = now;
    o.isWorking = !isStop(o.type);
    venue.book.open.add(o);
  }
  if (pending.length === 1) arrive(engine, venue, list, pending[0]!, price);
  else engine.moveList(venue, list, price, pending);
  if (finished(list)) close(engine, list);
}

/** A live single pending order (holder: its list) at a new market price; the engine's single-order rules. */
function moveLeg(engine: Engine, venue: Venue, list: OrderList, order: Order, price: Dec): void {
  if (order.status !== 'NEW') return;
  if (!order.isWorking) {
    if (order.trailing || !triggers(order.type, order.side, order.stopPrice, price)) return;
    order.isWorking = true;
    order.updateTime = engine.clock.now();
    if (order.type === 'STOP_LOSS' || order.type === 'TAKE_PROFIT' || crosses(order.side, order.price, price)) {
      engine.fillOrExpire(venue, order, list, price, false);
    }
    return;
  }
  if (crosses(order.side, order.price, price)) engine.fillOrExpire(venue, order, list, order.price, true);
}

/** Applies a new market price to an OTO/OTOCO list. */
export function moveContingentList(engine: Engine, venue: Venue, list: OrderList, price: Dec): void {
  const [working, ...pending] = list.orders as [Order, ...Order[]];
  if (working.status === 'NEW') {
    if (!crosses(working.side, working.price, price)) return;
    engine.fillOrExpire(venue, working, list, working.price, true);
    // fillOrExpire changed the status (TypeScript still sees the narrowed 'NEW').
    if ((working.status as Order['status']) === 'FILLED') activatePending(engine, venue, list, price);
    else {
      for (const o of pending) if (LIVE.has(o.status)) engine.finish(venue, o, 'EXPIRED');
      close(engine, list);
    }
    return;
  }
  if (pending.length === 1) moveLeg(engine, venue, list, pending[0]!, price);
  else if (pending.length === 2) engine.moveList(venue, list, price, pending);
  if (finished(list)) close(engine, list);
}

/** Cancels every live order of an OTO/OTOCO list and repays its loan when asked. */
export function cancelContingentList(engine: Engine, venue: Venue, list: OrderList): void {
  for (const o of list.orders) if (LIVE.has(o.status)) engine.finish(venue, o, 'CANCELED');
  close(engine, list);
  engine.repayAtCancel(venue, list.wallet, list);
}

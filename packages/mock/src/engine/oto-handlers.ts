/**
 * `POST /sapi/v1/margin/order/oto` and `/order/otoco`: reads the request into an OTO/OTOCO list (oto.ts), checks
 * Binance's margin rules for the pair (the pending side opposite the working side, -2018; the same quantity,
 * -2017; icebergs only with GTC, -1124), the OTOCO pending pair (one post-only limit leg and one stop leg on the
 * right sides of the working price: -1014 for another combination, -2010 for prices out of order) and the symbol's
 * order rules, then places the list and answers it.
 */
import type { Dec } from '../decimal.js';
import { E } from '../errors.js';
import { checkOrderRules, limitPriceBand, type FilteredOrder } from './filters.js';
import { activatePending, placeContingentList, type ContingentRequest, type LegSpec, type TimeInForce } from './oto.js';
import { isStop } from './order-rules.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { decParam, optIntParam, requireSymbol } from './handler-kit.js';
import { autoRepayParam, isIsolatedParam } from './request.js';
import { SE } from './sapi-errors.js';
import { type OrderType, type Side, type SideEffect, Wallet } from './state.js';
import { newListView, type RespType } from './views.js';

function leg(ctx: HandlerContext, prefix: string, type: string, side: string, quantity: string): LegSpec {
  const p = ctx.params;
  const tifName = `${prefix}TimeInForce`;
  const icebergName = `${prefix}IcebergQty`;
  const icebergQty = decParam(ctx, icebergName);
  const timeInForce = p.get(tifName) as TimeInForce | undefined;
  const qty = decParam(ctx, quantity)!;
  if (icebergQty && timeInForce !== undefined && timeInForce !== 'GTC') throw SE.icebergWithoutGtc(icebergName, tifName);
  if (icebergQty && icebergQty.greaterThan(qty)) throw SE.icebergExceedsQty();
  return {
    type: p.get(type) as OrderType,
    side: p.get(side) as Side,
    quantity: qty,
    price: decParam(ctx, `${prefix}Price`),
    stopPrice: decParam(ctx, `${prefix}StopPrice`),
    trailingDelta: optIntParam(ctx, `${prefix}TrailingDelta`),
    timeInForce,
    icebergQty,
    clientOrderId: p.get(`${prefix}ClientOrderId`),
  };
}

function filtered(spec: LegSpec): FilteredOrder {
  const price = spec.type === 'MARKET' || spec.type === 'STOP_LOSS' || spec.type === 'TAKE_PROFIT' ? undefined : spec.price;
  return { side: spec.side, price, stopPrice: spec.stopPrice, quantity: spec.quantity, icebergQty: spec.icebergQty };
}

/** The price a pending leg of an OCO pair stands at: the stop price of a stop leg, the limit price otherwise. */
function levelOf(spec: LegSpec): Dec | undefined {
  return isStop(spec.type) ? spec.stopPrice : spec.price;
}

/**
 * The OTOCO pair must be an OCO around the working price: for pending SELLs the limit-maker leg above and the stop
 * leg below, for pending BUYs the stop leg above and the limit-maker leg below.
 */
function checkPair(working: LegSpec, above: LegSpec, below: LegSpec): void {
  const sell = above.side === 'SELL';
  const aboveOk = sell ? above.type === 'LIMIT_MAKER' : isStop(above.type);
  const belowOk = sell ? isStop(below.type) : below.type === 'LIMIT_MAKER';
  if (!aboveOk || !belowOk) throw SE.unsupportedCombination();
  const high = levelOf(above);
  const low = levelOf(below);
  // A trailing stop without a stop price has no fixed level; only fixed levels are ordered.
  if ((high && !high.greaterThan(working.price!)) || (low && !low.lessThan(working.price!))) throw E.ocoPrices();
}

function walletOf(ctx: HandlerContext, symbol: string): Wallet {
  if (!isIsolatedParam(ctx.params)) return ctx.account.margin.cross;
  let wallet = ctx.account.margin.isolated.get(symbol);
  if (!wallet) ctx.account.margin.isolated.set(symbol, (wallet = new Wallet(symbol)));
  return wallet;
}

function place(ctx: HandlerContext, pending: LegSpec[], orders: number): HandlerResult {
  const { params: p, engine, account, meta } = ctx;
  const symbol = p.get('symbol')!;
  requireSymbol(ctx, symbol);
  const working = leg(ctx, 'working', 'workingType', 'workingSide', 'workingQuantity');
  for (const pend of pending) {
    if (pend.side === working.side) throw SE.otoPendingSide();
    if (!pend.quantity.equals(working.quantity)) throw SE.otoQuantityNotSame();
  }
  const market = engine.market.price(symbol)!;
  const rules = engine.orderRules.get(symbol);
  checkOrderRules(rules, filtered(working), market, limitPriceBand(engine, 'margin', symbol));
  for (const spec of pending) checkOrderRules(rules, filtered(spec), market);
  const req: ContingentRequest = {
    symbol,
    isIsolated: isIsolatedParam(p),
    listClientOrderId: p.get('listClientOrderId'),
    sideEffectType: (p.get('sideEffectType') ?? 'NO_SIDE_EFFECT') as SideEffect,
    autoRepayAtCancel: autoRepayParam(p),
    selfTradePreventionMode: p.get('selfTradePreventionMode') ?? 'EXPIRE_MAKER',
    working,
    pending,
  };
  const venue = account.margin;
  const result = placeContingentList(engine, account, venue, walletOf(ctx, symbol), req);
  const respType = (p.get('newOrderRespType') ?? 'RESULT') as RespType;
  const body = newListView(meta.api, result.list, respType, result.borrowAmount, result.borrowAsset);
  // Binance answers before the pending orders of an at-once filled working order go live.
  if (result.activateAt) activatePending(engine, venue, result.list, result.activateAt);
  return { body, orders };
}

export function newOto(ctx: HandlerContext): HandlerResult {
  return place(ctx, [leg(ctx, 'pending', 'pendingType', 'pendingSide', 'pendingQuantity')], 2);
}

export function newOtoco(ctx: HandlerContext): HandlerResult {
  const above = leg(ctx, 'pendingAbove', 'pendingAboveType', 'pendingSide', 'pendingQuantity');
  const below = leg(ctx, 'pendingBelow', 'pendingBelowType', 'pendingSide', 'pendingQuantity');
  const working = leg(ctx, 'working', 'workingType', 'workingSide', 'workingQuantity');
  if (above.side !== working.side) checkPair(working, above, below);
  return place(ctx, [above, below], 3);
}

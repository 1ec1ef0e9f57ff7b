/**
 * Wire shapes of the futures state, as the spec's schemas name them (`PmUmOrder`, `PmCmOrder`,
 * `PmConditionalOrder`, `PmAlgoOrder`, `PmUmPosition`, `PmCmPosition`, `PmUmTrade`, `PmCmTrade`,
 * `PmOrderAmendment`). Decimals are 8-decimal strings; ids bigints, written as bare JSON numbers.
 */
import { fmt, ZERO, type Dec } from '../decimal.js';
import { id } from '../json.js';
import type { FuturesSymbol } from './config.js';
import { entryPrice, notional, unrealized } from './positions.js';
import type { Amendment, FuturesOrder, FuturesTrade, Position, StrategyOrder } from './state.js';

type Obj = Record<string, unknown>;
export type OrderShape = 'new' | 'query';

export function orderView(s: FuturesSymbol, o: FuturesOrder, shape: OrderShape): Obj {
  const out: Obj = { avgPrice: fmt(o.avgPrice), clientOrderId: o.clientOrderId };
  if (shape === 'new') out.cumQty = fmt(o.executedQty);
  out[s.market === 'um' ? 'cumQuote' : 'cumBase'] = fmt(o.cumValue);
  Object.assign(out, { executedQty: fmt(o.executedQty), orderId: id(o.orderId), origQty: fmt(o.origQty) });
  if (shape === 'query') out.origType = o.origType;
  Object.assign(out, { price: fmt(o.price), reduceOnly: o.reduceOnly, side: o.side, positionSide: o.positionSide, status: o.status, symbol: o.symbol });
  if (s.market === 'cm') out.pair = s.pair;
  if (shape === 'query') out.time = o.time;
  Object.assign(out, { timeInForce: o.timeInForce, type: o.type, updateTime: o.updateTime });
  if (s.market === 'um') Object.assign(out, { selfTradePreventionMode: o.selfTradePreventionMode, goodTillDate: o.goodTillDate, priceMatch: o.priceMatch });
  else if (o.modifyId !== undefined) out.modifyId = o.modifyId;
  return out;
}

export function conditionalView(s: FuturesSymbol, o: StrategyOrder): Obj {
  const out: Obj = {
    newClientStrategyId: o.clientId, strategyId: id(o.id), strategyStatus: o.status === 'FINISHED' ? 'TRIGGERED' : o.status === 'REJECTED' ? 'EXPIRED' : o.status,
    strategyType: o.strategyType, origQty: fmt(o.quantity), price: fmt(o.price), reduceOnly: o.reduceOnly, side: o.side, positionSide: o.positionSide,
    stopPrice: fmt(o.stopPrice), symbol: o.symbol,
  };
  if (o.order) Object.assign(out, { orderId: id(o.order.orderId), status: o.order.status });
  Object.assign(out, { bookTime: o.bookTime, updateTime: o.updateTime });
  if (o.triggerTime) out.triggerTime = o.triggerTime;
  out.timeInForce = o.timeInForce;
  if (o.order) out.type = o.order.type;
  if (o.strategyType === 'TRAILING_STOP_MARKET') Object.assign(out, { activatePrice: fmt(o.activationPrice), priceRate: fmt(o.callbackRate) });
  Object.assign(out, { workingType: o.workingType, priceProtect: o.priceProtect });
  if (s.market === 'um') Object.assign(out, { selfTradePreventionMode: o.selfTradePreventionMode, goodTillDate: o.goodTillDate, priceMatch: o.priceMatch });
  return out;
}

/** An algo order whose placed order has since filled or expired is `FINISHED` (Binance's ALGO_UPDATE states). */
function algoStatus(o: StrategyOrder): string {
  return o.status === 'TRIGGERED' && o.order && o.order.status !== 'NEW' ? 'FINISHED' : o.status;
}

export function algoView(o: StrategyOrder): Obj {
  const trailing = o.strategyType === 'TRAILING_STOP_MARKET';
  return {
    algoId: id(o.id), clientAlgoId: o.clientId, algoType: 'CONDITIONAL', orderType: o.strategyType, symbol: o.symbol, side: o.side,
    positionSide: o.positionSide, timeInForce: o.timeInForce, quantity: fmt(o.quantity), algoStatus: algoStatus(o),
    actualOrderId: o.order ? o.order.orderId.toString() : '', actualPrice: fmt(o.order?.avgPrice ?? ZERO),
    triggerPrice: fmt(o.stopPrice), price: fmt(o.price), selfTradePreventionMode: o.selfTradePreventionMode, workingType: o.workingType,
    priceMatch: o.priceMatch, closePosition: o.closePosition, priceProtect: o.priceProtect, reduceOnly: o.reduceOnly,
    activatePrice: trailing ? fmt(o.activationPrice) : '', callbackRate: trailing ? fmt(o.callbackRate) : '',
    createTime: o.bookTime, updateTime: o.updateTime, triggerTime: o.triggerTime, goodTillDate: o.goodTillDate,
  };
}

export function positionView(s: FuturesSymbol, p: Position, mark: Dec, leverage: number, maxNotional: Dec): Obj {
  const signedNotional = notional(s, p, mark).mul(p.amount.isNegative() ? -1 : 1);
  const common = { entryPrice: fmt(entryPrice(s, p)), markPrice: fmt(mark), unRealizedProfit: fmt(unrealized(s, p, mark)), liquidationPrice: fmt(ZERO), leverage: String(leverage) };
  if (s.market === 'um') {
    return { symbol: p.symbol, positionAmt: fmt(p.amount), ...common, maxNotionalValue: fmt(maxNotional), positionSide: p.positionSide, notional: fmt(signedNotional), updateTime: p.updateTime };
  }
  return { symbol: p.symbol, positionAmt: fmt(p.amount), ...common, positionSide: p.positionSide, updateTime: p.updateTime, maxQty: fmt(maxNotional), notionalValue: fmt(signedNotional) };
}

export function tradeView(s: FuturesSymbol, t: FuturesTrade): Obj {
  const base = { symbol: t.symbol, id: id(t.id), orderId: id(t.orderId) };
  const tail = { commission: fmt(t.commission), commissionAsset: t.commissionAsset, time: t.time };
  if (s.market === 'um') {
    return { ...base, side: t.side, price: fmt(t.price), qty: fmt(t.qty), realizedPnl: fmt(t.realizedPnl), quoteQty: fmt(t.value), ...tail, buyer: t.side === 'BUY', maker: t.maker, positionSide: t.positionSide };
  }
  return { ...base, pair: s.pair, side: t.side, price: fmt(t.price), qty: fmt(t.qty), realizedPnl: fmt(t.realizedPnl), marginAsset: s.marginAsset, baseQty: fmt(t.value), ...tail, positionSide: t.positionSide, buyer: t.side === 'BUY', maker: t.maker };
}

export function amendmentView(s: FuturesSymbol, a: Amendment): Obj {
  const amendment: Obj = { price: { before: fmt(a.priceBefore), after: fmt(a.priceAfter) }, origQty: { before: fmt(a.qtyBefore), after: fmt(a.qtyAfter) }, count: a.count };
  if (a.modifyId !== undefined) amendment.modifyId = a.modifyId;
  const out: Obj = { amendmentId: id(a.amendmentId), symbol: a.symbol, pair: s.pair, orderId: id(a.orderId), clientOrderId: a.clientOrderId, time: a.time, amendment };
  if (s.market === 'um') out.priceMatch = 'NONE';
  return out;
}

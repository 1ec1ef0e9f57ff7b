/**
 * The wire shapes of the simulated state, per API, as the spec's response schemas describe them (closed:
 * no property the schema does not name). Decimals are 8-decimal strings, ids bigints (written as bare numbers).
 */
import type { ApiId } from '@marginkit/spec';
import { fmt, type Dec } from '../decimal.js';
import { id } from '../json.js';
import type { FillInfo } from './engine.js';
import type { Order, OrderList, Trade } from './state.js';

type Obj = Record<string, unknown>;

function stopAndIceberg(o: Order, out: Obj): Obj {
  if (!o.stopPrice.isZero()) out.stopPrice = fmt(o.stopPrice);
  if (!o.icebergQty.isZero()) out.icebergQty = fmt(o.icebergQty);
  return out;
}

/** An order as the query endpoints return it (`MarginOrder` / `PmMarginOrder`). */
export function orderView(api: ApiId, o: Order, accountId: bigint): Obj {
  const out: Obj = {
    symbol: o.symbol,
    orderId: id(o.orderId),
    clientOrderId: o.clientOrderId,
    price: fmt(o.price),
    origQty: fmt(o.origQty),
    executedQty: fmt(o.executedQty),
    cummulativeQuoteQty: fmt(o.cummulativeQuoteQty),
    status: o.status,
    timeInForce: o.timeInForce,
    type: o.type,
    side: o.side,
    stopPrice: fmt(o.stopPrice),
    icebergQty: fmt(o.icebergQty),
    time: o.time,
    updateTime: o.updateTime,
    isWorking: o.isWorking,
  };
  if (api === 'margin') {
    out.isIsolated = o.isIsolated;
    out.selfTradePreventionMode = o.selfTradePreventionMode;
  } else {
    out.accountId = id(accountId);
    out.selfTradePreventionMode = o.selfTradePreventionMode;
    out.preventedMatchId = null;
    out.preventedQuantity = null;
  }
  return out;
}

export type RespType = 'ACK' | 'RESULT' | 'FULL';

/** The answer to a new order (`MarginNewOrderResponse` / `PmMarginNewOrderResponse`). */
export function newOrderView(api: ApiId, o: Order, respType: RespType, fills: readonly FillInfo[], borrowAmount: Dec, borrowAsset: string): Obj {
  const out: Obj = { symbol: o.symbol, orderId: id(o.orderId), clientOrderId: o.clientOrderId };
  if (respType === 'ACK') {
    if (api === 'margin') out.isIsolated = o.isIsolated;
    out.transactTime = o.time;
    return out;
  }
  Object.assign(out, {
    transactTime: o.time,
    price: fmt(o.price),
    origQty: fmt(o.origQty),
    executedQty: fmt(o.executedQty),
    cummulativeQuoteQty: fmt(o.cummulativeQuoteQty),
    status: o.status,
    timeInForce: o.timeInForce,
    type: o.type,
    side: o.side,
  });
  if (borrowAmount.greaterThan(0)) {
    out.marginBuyBorrowAmount = fmt(borrowAmount);
    out.marginBuyBorrowAsset = borrowAsset;
  }
  if (api === 'margin') {
    out.isIsolated = o.isIsolated;
    out.selfTradePreventionMode = o.selfTradePreventionMode;
  }
  if (respType === 'FULL') {
    out.fills = fills.map((f) => ({
      price: fmt(f.price),
      qty: fmt(f.qty),
      commission: fmt(f.commission),
      commissionAsset: f.commissionAsset,
      tradeId: id(f.tradeId),
    }));
  }
  return out;
}

/** A cancelled order (`MarginCanceledOrder` / `PmMarginCanceledOrder`). */
export function canceledView(api: ApiId, o: Order, cancelClientId: string, withListId: boolean): Obj {
  const out: Obj = { symbol: o.symbol };
  if (api === 'margin') out.isIsolated = o.isIsolated;
  out.orderId = id(o.orderId);
  if (withListId || o.orderListId !== -1n) out.orderListId = id(o.orderListId);
  Object.assign(out, {
    origClientOrderId: o.clientOrderId,
    clientOrderId: cancelClientId,
    price: fmt(o.price),
    origQty: fmt(o.origQty),
    executedQty: fmt(o.executedQty),
    cummulativeQuoteQty: fmt(o.cummulativeQuoteQty),
    status: o.status,
    timeInForce: o.timeInForce,
    type: o.type,
    side: o.side,
  });
  stopAndIceberg(o, out);
  if (api === 'margin') out.selfTradePreventionMode = o.selfTradePreventionMode;
  return out;
}

function listHead(api: ApiId, l: OrderList): Obj {
  const out: Obj = {
    orderListId: id(l.orderListId),
    contingencyType: l.contingencyType,
    listStatusType: l.listStatusType,
    listOrderStatus: l.listOrderStatus,
    listClientOrderId: l.listClientOrderId,
    transactionTime: l.transactionTime,
    symbol: l.symbol,
  };
  if (api === 'margin') out.isIsolated = l.isIsolated;
  return out;
}

function legs(l: OrderList): Obj[] {
  return l.orders.map((o) => ({ symbol: o.symbol, orderId: id(o.orderId), clientOrderId: o.clientOrderId }));
}

/** An order list as the query endpoints return it (`MarginOrderList` / `PmMarginOrderList`). */
export function listView(api: ApiId, l: OrderList): Obj {
  return { ...listHead(api, l), orders: legs(l) };
}

/** The answer to a new OCO (`MarginOrderList` / `PmMarginNewOcoResponse`). */
export function newListView(api: ApiId, l: OrderList, respType: RespType, borrowAmount: Dec, borrowAsset: string): Obj {
  const out = listHead(api, l);
  if (borrowAmount.greaterThan(0)) {
    // Keep Binance's order: the borrow fields come before isIsolated.
    delete out.isIsolated;
    out.marginBuyBorrowAmount = fmt(borrowAmount);
    out.marginBuyBorrowAsset = borrowAsset;
    if (api === 'margin') out.isIsolated = l.isIsolated;
  }
  out.orders = legs(l);
  if (respType === 'ACK') {
    if (api === 'portfolioMargin') {
      out.orderReports = l.orders.map((o) => ({
        symbol: o.symbol,
        orderId: id(o.orderId),
        orderListId: id(o.orderListId),
        clientOrderId: o.clientOrderId,
        transactTime: l.transactionTime,
      }));
    }
    return out;
  }
  out.orderReports = l.orders.map((o) => {
    const r: Obj = {
      symbol: o.symbol,
      orderId: id(o.orderId),
      orderListId: id(o.orderListId),
      clientOrderId: o.clientOrderId,
      transactTime: l.transactionTime,
      price: fmt(o.price),
      origQty: fmt(o.origQty),
      executedQty: fmt(o.executedQty),
      cummulativeQuoteQty: fmt(o.cummulativeQuoteQty),
      status: o.status,
      timeInForce: o.timeInForce,
      type: o.type,
      side: o.side,
    };
    stopAndIceberg(o, r);
    if (api === 'margin') r.selfTradePreventionMode = o.selfTradePreventionMode;
    return r;
  });
  return out;
}

/** A cancelled order list (`MarginOrderList` / `PmMarginCanceledOrderList`). */
export function canceledListView(api: ApiId, l: OrderList, cancelClientId: string): Obj {
  return {
    ...listHead(api, l),
    orders: legs(l),
    orderReports: l.orders.map((o) => {
      const r: Obj = {
        symbol: o.symbol,
        origClientOrderId: o.clientOrderId,
        orderId: id(o.orderId),
        orderListId: id(o.orderListId),
        clientOrderId: cancelClientId,
        price: fmt(o.price),
        origQty: fmt(o.origQty),
        executedQty: fmt(o.executedQty),
        cummulativeQuoteQty: fmt(o.cummulativeQuoteQty),
        status: o.status,
        timeInForce: o.timeInForce,
        type: o.type,
        side: o.side,
      };
      stopAndIceberg(o, r);
      if (api === 'margin') r.selfTradePreventionMode = o.selfTradePreventionMode;
      return r;
    }),
  };
}

/** A trade (`MarginTrade` / `PmMarginTrade`). */
export function tradeView(api: ApiId, t: Trade): Obj {
  const out: Obj = {
    id: id(t.id),
    symbol: t.symbol,
    orderId: id(t.orderId),
    price: fmt(t.price),
    qty: fmt(t.qty),
    commission: fmt(t.commission),
    commissionAsset: t.commissionAsset,
    time: t.time,
    isBuyer: t.isBuyer,
    isMaker: t.isMaker,
    isBestMatch: true,
  };
  if (api === 'margin') out.isIsolated = t.isIsolated;
  return out;
}

/**
 * Orders and OCO lists of both APIs' margin accounts: place, query, cancel (one, a list, all open ones), the
 * order and list histories and the trade list. The engine does the matching and the funding; this reads the request
 * and shapes the answer by `newOrderRespType`.
 */
import type { OperationMeta } from '@marginkit/spec';
import { E } from '../errors.js';
import { holds } from '../params.js';
import type { OcoRequest, OrderRequest } from './engine.js';
import { autoRepayParam, type HandlerContext, type HandlerResult } from './request.js';
import type { Order, OrderList, OrderType, Side, SideEffect } from './state.js';
import { canceledListView, canceledView, listView, newListView, newOrderView, orderView, tradeView, type RespType } from './views.js';
import { amountOf, big, dec, enumValue, inWindow, int, isolated, knownSymbol, optInt, requireSymbol, venueOf, walletOf } from './request-readers.js';

export function newOrder(ctx: HandlerContext): HandlerResult {
  const { params: p, meta, engine, account } = ctx;
  const symbol = knownSymbol(ctx);
  const info = engine.market.info(symbol)!;
  const type = enumValue(ctx, 'type') as OrderType;
  const req: OrderRequest = {
    symbol,
    isIsolated: meta.api === 'margin' && isolated(p),
    side: enumValue(ctx, 'side') as Side,
    type,
    quantity: amountOf(ctx, 'quantity', info.base),
    quoteOrderQty: amountOf(ctx, 'quoteOrderQty', info.quote),
    price: dec(p, 'price'),
    stopPrice: dec(p, 'stopPrice'),
    trailingDelta: optInt(p, 'trailingDelta'),
    timeInForce: enumValue(ctx, 'timeInForce') as OrderRequest['timeInForce'],
    newClientOrderId: p.get('newClientOrderId'),
    icebergQty: amountOf(ctx, 'icebergQty', info.base),
    sideEffectType: (enumValue(ctx, 'sideEffectType') ?? 'NO_SIDE_EFFECT') as SideEffect,
    autoRepayAtCancel: autoRepayParam(p),
    selfTradePreventionMode: enumValue(ctx, 'selfTradePreventionMode') ?? 'EXPIRE_MAKER',
  };
  const venue = venueOf(ctx);
  const result = engine.placeOrder(account, venue, walletOf(ctx, symbol, true), req);
  const respType = responseVariant(meta, p) as RespType;
  return {
    body: newOrderView(meta.api, result.order, respType, result.fills, result.borrowAmount, result.borrowAsset),
    orders: 1,
  };
}

/**
 * The variant of the answer these parameters ask for (spec `x-binance-response-variants`): the chosen value, else
 * the first default rule that holds (`newOrderRespType`: FULL for MARKET and LIMIT orders, ACK otherwise).
 */
function responseVariant(meta: OperationMeta, p: ReadonlyMap<string, string>): string {
  const variants = meta.responseVariants;
  if (!variants) throw new Error(`${meta.operationId} has no x-binance-response-variants`);
  const sent = p.get(variants.param);
  if (variants.by === 'presence') return sent === undefined ? 'notSent' : 'sent';
  if (sent !== undefined) return sent;
  const rule = (variants.default ?? []).find((r) => r.when === undefined || holds(meta, p, r.when));
  if (!rule) throw new Error(`${meta.operationId}: no default variant applies`);
  return rule.variant;
}

/** The order a query or cancel names, by `orderId` (which wins) or by client id. */
function findOrder(ctx: HandlerContext, clientIdParam: string): Order | undefined {
  const { params: p, meta } = ctx;
  const book = venueOf(ctx).book;
  const id = big(p, 'orderId');
  const order = id !== undefined ? book.orders.get(id) : book.byClientId.get(p.get(clientIdParam)!);
  if (!order || order.symbol !== p.get('symbol')) return undefined;
  if (meta.api === 'margin' && order.isIsolated !== isolated(p)) return undefined;
  return order;
}

export function getOrder(ctx: HandlerContext): HandlerResult {
  requireSymbol(ctx, ctx.params.get('symbol')!);
  const order = findOrder(ctx, 'origClientOrderId');
  if (!order) throw E.noSuchOrder();
  return { body: orderView(ctx.meta.api, order, ctx.account.uid) };
}

export function cancelOrder(ctx: HandlerContext): HandlerResult {
  requireSymbol(ctx, ctx.params.get('symbol')!);
  const order = findOrder(ctx, 'origClientOrderId');
  // A pending order of an OTO/OTOCO list can be cancelled too; that cancels its list.
  if (!order || (order.status !== 'NEW' && order.status !== 'PENDING_NEW')) throw E.unknownOrder();
  const cancelId = ctx.params.get('newClientOrderId') ?? ctx.engine.randomText(22);
  ctx.engine.cancelOrder(venueOf(ctx), order);
  return { body: canceledView(ctx.meta.api, order, cancelId, false) };
}

function sameAccountKind(ctx: HandlerContext, o: { isIsolated: boolean }): boolean {
  return ctx.meta.api !== 'margin' || o.isIsolated === isolated(ctx.params);
}

export function openOrders(ctx: HandlerContext): HandlerResult {
  const symbol = ctx.params.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const rows = [...venueOf(ctx).book.open]
    .filter((o) => (symbol === undefined || o.symbol === symbol) && sameAccountKind(ctx, o))
    .sort((a, b) => (a.orderId < b.orderId ? -1 : 1))
    .map((o) => orderView(ctx.meta.api, o, ctx.account.uid));
  return { body: rows };
}

export function cancelAll(ctx: HandlerContext): HandlerResult {
  const symbol = ctx.params.get('symbol')!;
  requireSymbol(ctx, symbol);
  const venue = venueOf(ctx);
  const open = [...venue.book.open]
    .filter((o) => o.symbol === symbol && sameAccountKind(ctx, o))
    .sort((a, b) => (a.orderId < b.orderId ? -1 : 1));
  if (open.length === 0) throw E.unknownOrder();
  const out: unknown[] = [];
  const done = new Set<OrderList>();
  for (const o of open) {
    if (o.list) {
      if (done.has(o.list)) continue;
      done.add(o.list);
      ctx.engine.cancelList(venue, o.list);
      out.push(canceledListView(ctx.meta.api, o.list, ctx.engine.randomText(22)));
    } else {
      ctx.engine.cancelOrder(venue, o);
      out.push(canceledView(ctx.meta.api, o, ctx.engine.randomText(22), true));
    }
  }
  return { body: out };
}

export function allOrders(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const symbol = p.get('symbol')!;
  requireSymbol(ctx, symbol);
  const limit = int(p, 'limit', 500);
  const from = big(p, 'orderId');
  const start = optInt(p, 'startTime');
  const end = optInt(p, 'endTime');
  let rows = (venueOf(ctx).book.bySymbol.get(symbol) ?? []).filter((o) => sameAccountKind(ctx, o));
  if (from !== undefined) rows = rows.filter((o) => o.orderId >= from).slice(0, limit);
  else rows = rows.filter((o) => inWindow(o.time, start, end)).slice(-limit);
  return { body: rows.map((o) => orderView(ctx.meta.api, o, ctx.account.uid)) };
}

export function trades(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const symbol = p.get('symbol')!;
  requireSymbol(ctx, symbol);
  const limit = int(p, 'limit', 500);
  const orderId = big(p, 'orderId');
  const fromId = big(p, 'fromId');
  const start = optInt(p, 'startTime');
  const end = optInt(p, 'endTime');
  let rows = (venueOf(ctx).book.trades.get(symbol) ?? []).filter((t) => sameAccountKind(ctx, t));
  if (orderId !== undefined) rows = rows.filter((t) => t.orderId === orderId);
  if (fromId !== undefined) rows = rows.filter((t) => t.id >= fromId).slice(0, limit);
  else rows = rows.filter((t) => inWindow(t.time, start, end)).slice(-limit);
  return { body: rows.map((t) => tradeView(ctx.meta.api, t)) };
}

// ------------------------------------------------------------------ OCO

export function newOco(ctx: HandlerContext): HandlerResult {
  const { params: p, meta, engine, account } = ctx;
  const symbol = knownSymbol(ctx);
  const info = engine.market.info(symbol)!;
  const req: OcoRequest = {
    symbol,
    isIsolated: meta.api === 'margin' && isolated(p),
    side: enumValue(ctx, 'side') as Side,
    quantity: amountOf(ctx, 'quantity', info.base)!,
    price: dec(p, 'price')!,
    stopPrice: dec(p, 'stopPrice')!,
    stopLimitPrice: dec(p, 'stopLimitPrice'),
    stopLimitTimeInForce: enumValue(ctx, 'stopLimitTimeInForce') as OcoRequest['stopLimitTimeInForce'],
    listClientOrderId: p.get('listClientOrderId'),
    limitClientOrderId: p.get('limitClientOrderId'),
    stopClientOrderId: p.get('stopClientOrderId'),
    limitIcebergQty: amountOf(ctx, 'limitIcebergQty', info.base),
    stopIcebergQty: amountOf(ctx, 'stopIcebergQty', info.base),
    sideEffectType: (enumValue(ctx, 'sideEffectType') ?? 'NO_SIDE_EFFECT') as SideEffect,
    autoRepayAtCancel: autoRepayParam(p),
    selfTradePreventionMode: enumValue(ctx, 'selfTradePreventionMode') ?? 'EXPIRE_MAKER',
  };
  const venue = venueOf(ctx);
  const { list, borrowAmount, borrowAsset } = engine.placeOco(account, venue, walletOf(ctx, symbol, true), req);
  const respType = (p.get('newOrderRespType') ?? 'RESULT') as RespType;
  return { body: newListView(meta.api, list, respType, borrowAmount, borrowAsset), orders: 2 };
}

function findList(ctx: HandlerContext, clientIdParam: string): OrderList | undefined {
  const { params: p } = ctx;
  const book = venueOf(ctx).book;
  const id = big(p, 'orderListId');
  const list = id !== undefined ? book.lists.get(id) : book.listsByClientId.get(p.get(clientIdParam)!);
  if (!list || !sameAccountKind(ctx, list)) return undefined;
  const symbol = p.get('symbol');
  if (symbol !== undefined && list.symbol !== symbol) return undefined;
  return list;
}

export function getOco(ctx: HandlerContext): HandlerResult {
  const symbol = ctx.params.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const list = findList(ctx, 'origClientOrderId');
  if (!list) throw E.noSuchOrder();
  return { body: listView(ctx.meta.api, list) };
}

export function cancelOco(ctx: HandlerContext): HandlerResult {
  requireSymbol(ctx, ctx.params.get('symbol')!);
  const list = findList(ctx, 'listClientOrderId');
  if (!list || list.listOrderStatus !== 'EXECUTING') throw E.unknownOrder();
  const cancelId = ctx.params.get('newClientOrderId') ?? ctx.engine.randomText(22);
  ctx.engine.cancelList(venueOf(ctx), list);
  return { body: canceledListView(ctx.meta.api, list, cancelId) };
}

function lists(ctx: HandlerContext, openOnly: boolean): OrderList[] {
  const symbol = ctx.params.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  return [...venueOf(ctx).book.lists.values()].filter(
    (l) => sameAccountKind(ctx, l) && (symbol === undefined || l.symbol === symbol) && (!openOnly || l.listOrderStatus === 'EXECUTING'),
  );
}

export function allOco(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const limit = int(p, 'limit', 500);
  const fromId = big(p, 'fromId');
  let rows = lists(ctx, false);
  if (fromId !== undefined) rows = rows.filter((l) => l.orderListId >= fromId).slice(0, limit);
  else rows = rows.filter((l) => inWindow(l.transactionTime, optInt(p, 'startTime'), optInt(p, 'endTime'))).slice(-limit);
  return { body: rows.map((l) => listView(ctx.meta.api, l)) };
}

export function openOco(ctx: HandlerContext): HandlerResult {
  return { body: lists(ctx, true).map((l) => listView(ctx.meta.api, l)) };
}

/**
 * The stateful answer of every operation of both APIs, keyed `api.operationId`. Parameters arrive validated
 * (types, enums, mandatory ones and the spec's parameter rules); what is checked here is what needs the state.
 */
import type { ApiId } from '@marginkit/spec';
import { D, ZERO, floor8, fmt, minus, plus, type Dec } from '../decimal.js';
import { ApiError, E } from '../errors.js';
import { accountOperationHandlers } from './account-operations.js';
import type { OcoRequest, OrderRequest } from './engine.js';
import { pageOf } from './handler-kit.js';
import { isolatedEnabled } from './isolated-accounts.js';
import { joinHandlerTables, type Handler, type HandlerContext, type HandlerResult } from './request.js';
import { sapiBreadthHandlers, withBreadthChecks } from './sapi-handlers.js';
import type { Order, OrderList, OrderType, Side, SideEffect, Venue } from './state.js';
import { Wallet } from './state.js';
import { futuresHandlers } from '../futures/handlers.js';
import { pmAccountHandlers } from '../pm-account/handlers.js';
import {
  canceledListView,
  canceledView,
  listView,
  newListView,
  newOrderView,
  orderView,
  tradeView,
  type RespType,
} from './views.js';

export type { Handler, HandlerContext, HandlerResult } from './request.js';

const DAY = 86_400_000;
const LISTEN_KEY_VALIDITY = 60 * 60_000;

// ------------------------------------------------------------------ parameters

/**
 * The spec's own copy of an enum value a request sent (already validated against the enum): an order keeps
 * several of them for its lifetime, and the request's fresh strings would each cost memory. Nothing a request
 * sends is remembered here; the values come from the spec's metadata.
 */
function enumValue(ctx: HandlerContext, name: string): string | undefined {
  const sent = ctx.params.get(name);
  if (sent === undefined) return undefined;
  const values = ctx.meta.params[name]?.values;
  const index = values ? values.indexOf(sent) : -1;
  return index < 0 ? sent : values![index];
}

/** The market's own copy of a known symbol's name (-1121 for an unknown one). */
function knownSymbol(ctx: HandlerContext): string {
  const info = ctx.engine.market.info(ctx.params.get('symbol')!);
  if (!info) throw E.badSymbol();
  return info.symbol;
}

function dec(p: ReadonlyMap<string, string>, name: string): Dec | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 8 && /[1-9]/.test(v.slice(dot + 9))) throw E.badPrecision();
  return new D(v);
}

/** An amount of `asset` (a quantity, an amount to borrow): -1111 when finer than the asset's precision. */
function amountOf(ctx: HandlerContext, name: string, asset: string): Dec | undefined {
  const value = dec(ctx.params, name);
  if (value !== undefined && value.decimalPlaces() > ctx.engine.precision(asset)) throw E.badPrecision();
  return value;
}

function int(p: ReadonlyMap<string, string>, name: string, fallback: number): number {
  const v = p.get(name);
  return v === undefined ? fallback : Number(v);
}

function optInt(p: ReadonlyMap<string, string>, name: string): number | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : Number(v);
}

function big(p: ReadonlyMap<string, string>, name: string): bigint | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : BigInt(v);
}

function isolated(p: ReadonlyMap<string, string>): boolean {
  return p.get('isIsolated') === 'TRUE';
}

function venueOf(ctx: HandlerContext): Venue {
  return ctx.meta.api === 'margin' ? ctx.account.margin : ctx.account.portfolioMargin;
}

function requireSymbol(ctx: HandlerContext, symbol: string): void {
  if (!ctx.engine.market.info(symbol)) throw E.badSymbol();
}

/** The wallet an order or loan of this request uses; isolated pairs are opened on first use. */
function walletOf(ctx: HandlerContext, symbol: string | undefined, create: boolean): Wallet {
  if (ctx.meta.api === 'portfolioMargin') return ctx.account.portfolioMargin.wallet;
  if (!isolated(ctx.params) || symbol === undefined) return ctx.account.margin.cross;
  let w = ctx.account.margin.isolated.get(symbol);
  if (!w) {
    w = new Wallet(symbol);
    if (create) ctx.account.margin.isolated.set(symbol, w);
  }
  return w;
}

function knownAsset(ctx: HandlerContext, wallet: Wallet, asset: string): void {
  if (ctx.engine.market.hasAsset(asset) || wallet.peek(asset)) return;
  throw ctx.meta.api === 'margin' ? E.notMarginAsset() : E.invalidAsset();
}

function inWindow(time: number, start: number | undefined, end: number | undefined): boolean {
  return (start === undefined || time >= start) && (end === undefined || time <= end);
}

/** The default look-back of the history endpoints: 7 days up to endTime (or now), at most 30 days from startTime. */
function historyWindow(ctx: HandlerContext): { start: number; end: number } {
  const now = ctx.engine.clock.now();
  const start = optInt(ctx.params, 'startTime');
  const end = optInt(ctx.params, 'endTime');
  if (start !== undefined) return { start, end: end ?? start + 30 * DAY };
  const e = end ?? now;
  return { start: e - 7 * DAY, end: e };
}

// ------------------------------------------------------------------ orders

function autoRepayAtCancel(p: ReadonlyMap<string, string>): boolean {
  const v = p.get('autoRepayAtCancel');
  return v === undefined ? true : v.toLowerCase() === 'true';
}

function newOrder(ctx: HandlerContext): HandlerResult {
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
    autoRepayAtCancel: autoRepayAtCancel(p),
    selfTradePreventionMode: enumValue(ctx, 'selfTradePreventionMode') ?? 'EXPIRE_MAKER',
  };
  const venue = venueOf(ctx);
  const result = engine.placeOrder(account, venue, walletOf(ctx, symbol, true), req);
  const respType = (p.get('newOrderRespType') ?? (type === 'MARKET' || type === 'LIMIT' ? 'FULL' : 'ACK')) as RespType;
  return {
    body: newOrderView(meta.api, result.order, respType, result.fills, result.borrowAmount, result.borrowAsset),
    orders: 1,
  };
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

function getOrder(ctx: HandlerContext): HandlerResult {
  requireSymbol(ctx, ctx.params.get('symbol')!);
  const order = findOrder(ctx, 'origClientOrderId');
  if (!order) throw E.noSuchOrder();
  return { body: orderView(ctx.meta.api, order, ctx.account.uid) };
}

function cancelOrder(ctx: HandlerContext): HandlerResult {
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

function openOrders(ctx: HandlerContext): HandlerResult {
  const symbol = ctx.params.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const rows = [...venueOf(ctx).book.open]
    .filter((o) => (symbol === undefined || o.symbol === symbol) && sameAccountKind(ctx, o))
    .sort((a, b) => (a.orderId < b.orderId ? -1 : 1))
    .map((o) => orderView(ctx.meta.api, o, ctx.account.uid));
  return { body: rows };
}

function cancelAll(ctx: HandlerContext): HandlerResult {
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

function allOrders(ctx: HandlerContext): HandlerResult {
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

function trades(ctx: HandlerContext): HandlerResult {
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

function newOco(ctx: HandlerContext): HandlerResult {
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
    autoRepayAtCancel: autoRepayAtCancel(p),
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

function getOco(ctx: HandlerContext): HandlerResult {
  const symbol = ctx.params.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const list = findList(ctx, 'origClientOrderId');
  if (!list) throw E.noSuchOrder();
  return { body: listView(ctx.meta.api, list) };
}

function cancelOco(ctx: HandlerContext): HandlerResult {
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

function allOco(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const limit = int(p, 'limit', 500);
  const fromId = big(p, 'fromId');
  let rows = lists(ctx, false);
  if (fromId !== undefined) rows = rows.filter((l) => l.orderListId >= fromId).slice(0, limit);
  else rows = rows.filter((l) => inWindow(l.transactionTime, optInt(p, 'startTime'), optInt(p, 'endTime'))).slice(-limit);
  return { body: rows.map((l) => listView(ctx.meta.api, l)) };
}

function openOco(ctx: HandlerContext): HandlerResult {
  return { body: lists(ctx, true).map((l) => listView(ctx.meta.api, l)) };
}

// ------------------------------------------------------------------ loans (SAPI)

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

function positiveAmount(ctx: HandlerContext, asset: string): Dec {
  const amount = amountOf(ctx, 'amount', asset)!;
  if (!amount.greaterThan(0)) throw E.invalidParam('amount');
  return amount;
}

function sapiBorrowRepay(ctx: HandlerContext): HandlerResult {
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

function sapiBorrowRepayRecords(ctx: HandlerContext): HandlerResult {
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

function sapiMaxBorrowable(ctx: HandlerContext): HandlerResult {
  const asset = ctx.params.get('asset')!;
  const wallet = sapiLoanWallet(ctx, asset, 'isolatedSymbol', false);
  const { amount, limit } = ctx.engine.maxBorrowable(wallet, asset);
  return { body: { amount: fmt(amount), borrowLimit: fmt(limit) } };
}

function sapiMaxTransferable(ctx: HandlerContext): HandlerResult {
  const asset = ctx.params.get('asset')!;
  const wallet = sapiLoanWallet(ctx, asset, 'isolatedSymbol', false);
  return { body: { amount: fmt(ctx.engine.maxTransferable(wallet, asset)) } };
}

// ------------------------------------------------------------------ accounts (SAPI)

function level(assets: Dec, liability: Dec): Dec {
  return liability.isZero() ? new D(999) : assets.div(liability);
}

function crossAccount(ctx: HandlerContext): HandlerResult {
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

function isolatedAccount(ctx: HandlerContext): HandlerResult {
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

function sapiInterestHistory(ctx: HandlerContext): HandlerResult {
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

function forceLiquidations(ctx: HandlerContext): HandlerResult {
  const isoSymbol = ctx.params.get('isolatedSymbol');
  if (isoSymbol !== undefined) requireSymbol(ctx, isoSymbol);
  return { body: { rows: [], total: 0 } };
}

// ------------------------------------------------------------------ listen keys

function createListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  if (!venue.listenKey || venue.listenKey.expires <= now) venue.listenKey = { key: ctx.engine.randomText(60), expires: now };
  venue.listenKey.expires = now + LISTEN_KEY_VALIDITY;
  return { body: { listenKey: venue.listenKey.key } };
}

function keepAliveListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  const sent = ctx.params.get('listenKey');
  const key = venue.listenKey;
  const unknown = ctx.meta.api === 'margin' ? E.listenKeyUnknown() : E.pmListenKeyUnknown();
  if (!key || key.expires <= now || (sent !== undefined && sent !== key.key)) throw unknown;
  key.expires = now + LISTEN_KEY_VALIDITY;
  return { body: {} };
}

function closeListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  if (!venue.listenKey || venue.listenKey.expires <= now) {
    throw ctx.meta.api === 'margin' ? new ApiError(400, -3038, 'Listen key not found.') : E.pmListenKeyUnknown();
  }
  venue.listenKey = undefined;
  return { body: {} };
}

// ------------------------------------------------------------------ portfolio margin

function pmAsset(ctx: HandlerContext): string {
  const asset = ctx.params.get('asset')!;
  knownAsset(ctx, ctx.account.portfolioMargin.wallet, asset);
  return asset;
}

function pmBorrow(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const amount = positiveAmount(ctx, asset);
  const wallet = ctx.account.portfolioMargin.wallet;
  if (amount.greaterThan(ctx.engine.maxBorrowable(wallet, asset).amount)) throw E.pmMarginInsufficient();
  return { body: { tranId: ctx.engine.borrow(ctx.account.portfolioMargin, wallet, asset, amount, 'MANUAL') } };
}

function pmRepay(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const amount = positiveAmount(ctx, asset);
  const wallet = ctx.account.portfolioMargin.wallet;
  const b = wallet.get(asset);
  // The margin backend's code: the PAPI catalogue lists the -3xxx margin codes.
  if (amount.greaterThan(b.borrowed.plus(b.interest))) throw E.repayExceedsLiability();
  if (amount.greaterThan(b.free)) throw E.pmBalanceInsufficient();
  return { body: { tranId: ctx.engine.repay(ctx.account.portfolioMargin, wallet, asset, amount, 'MANUAL') } };
}

/** PAPI `archived=true` reads records older than six months; the default reads the recent ones. */
function archiveFilter(ctx: HandlerContext): (time: number) => boolean {
  const cut = ctx.engine.clock.now() - 180 * DAY;
  return ctx.params.get('archived') === 'true' ? (t) => t < cut : (t) => t >= cut;
}

function pmLoanRecords(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = pmAsset(ctx);
  const txId = big(p, 'txId');
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.borrows
    .filter((r) => r.asset === asset && archived(r.timestamp) && (txId !== undefined ? r.txId === txId : inWindow(r.timestamp, start, end)))
    .map((r) => ({ txId: r.txId, asset: r.asset, principal: fmt(r.principal), timestamp: r.timestamp, status: 'CONFIRMED' }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

function pmRepayRecords(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = pmAsset(ctx);
  const txId = big(p, 'txId');
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.repays
    .filter((r) => r.asset === asset && archived(r.timestamp) && (txId !== undefined ? r.txId === txId : inWindow(r.timestamp, start, end)))
    .map((r) => ({
      txId: r.txId,
      asset: r.asset,
      amount: fmt(r.amount),
      principal: fmt(r.principal),
      interest: fmt(r.interest),
      timestamp: r.timestamp,
      status: 'CONFIRMED',
    }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

function pmMaxBorrowable(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const { amount, limit } = ctx.engine.maxBorrowable(ctx.account.portfolioMargin.wallet, asset);
  return { body: { amount: fmt(amount), borrowLimit: fmt(limit) } };
}

function pmMaxWithdraw(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  return { body: { amount: fmt(ctx.engine.maxTransferable(ctx.account.portfolioMargin.wallet, asset)) } };
}

function pmInterestHistory(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = p.get('asset');
  if (asset !== undefined) pmAsset(ctx);
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.interest
    .filter((r) => inWindow(r.time, start, end) && archived(r.time) && (asset === undefined || r.asset === asset))
    .map((r) => ({
      txId: r.txId,
      interestAccuredTime: r.time,
      asset: r.asset,
      rawAsset: r.asset,
      principal: fmt(r.principal),
      interest: fmt(r.interest),
      interestRate: fmt(r.rate),
      type: r.type,
    }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

function pmNegativeBalanceInterest(ctx: HandlerContext): HandlerResult {
  if (ctx.params.has('asset')) pmAsset(ctx);
  return { body: [] };
}

// ------------------------------------------------------------------ table

const common: Record<string, Handler> = {
  getMarginOrder: getOrder,
  newMarginOrder: newOrder,
  cancelMarginOrder: cancelOrder,
  getMarginOpenOrders: openOrders,
  getMarginAllOrders: allOrders,
  newMarginOco: newOco,
  getMarginOco: getOco,
  cancelMarginOco: cancelOco,
  getMarginAllOco: allOco,
  getMarginOpenOco: openOco,
  getMarginTrades: trades,
};

export const handlers: Readonly<Record<`${ApiId}.${string}`, Handler>> = withBreadthChecks(
  joinHandlerTables(
    Object.fromEntries(Object.entries(common).map(([k, v]) => [`margin.${k}`, v])),
    Object.fromEntries(Object.entries(common).map(([k, v]) => [`portfolioMargin.${k}`, v])),
    {
      'margin.cancelMarginOpenOrders': cancelAll,
      'margin.getMarginBorrowRepayRecords': sapiBorrowRepayRecords,
      'margin.marginBorrowRepay': sapiBorrowRepay,
      'margin.getMarginMaxBorrowable': sapiMaxBorrowable,
      'margin.getMarginMaxTransferable': sapiMaxTransferable,
      'margin.getCrossMarginAccount': crossAccount,
      'margin.getIsolatedMarginAccount': isolatedAccount,
      'margin.getMarginInterestHistory': sapiInterestHistory,
      'margin.getMarginForceLiquidationRecords': forceLiquidations,
      'margin.createMarginListenKey': createListenKey,
      'margin.keepAliveMarginListenKey': keepAliveListenKey,
      'margin.closeMarginListenKey': closeListenKey,
      'portfolioMargin.cancelMarginAllOpenOrders': cancelAll,
      'portfolioMargin.getMarginForceOrders': () => ({ body: { rows: [], total: 0 } }),
      'portfolioMargin.marginBorrow': pmBorrow,
      'portfolioMargin.marginRepay': pmRepay,
      'portfolioMargin.getMarginLoanRecords': pmLoanRecords,
      'portfolioMargin.getMarginRepayRecords': pmRepayRecords,
      'portfolioMargin.getMarginMaxBorrowable': pmMaxBorrowable,
      'portfolioMargin.getMarginMaxWithdraw': pmMaxWithdraw,
      'portfolioMargin.getMarginInterestHistory': pmInterestHistory,
      'portfolioMargin.getNegativeBalanceInterestHistory': pmNegativeBalanceInterest,
      'portfolioMargin.createListenKey': createListenKey,
      'portfolioMargin.keepAliveListenKey': keepAliveListenKey,
      'portfolioMargin.closeListenKey': closeListenKey,
      'portfolioMargin.ping': () => ({ body: {} }),
    },
    accountOperationHandlers,
    sapiBreadthHandlers,
    // The futures engine's operations, and the PM account views that include its positions.
    futuresHandlers,
    // The UM/CM account views, configuration, income, downloads and fund movements (pm-account/).
    pmAccountHandlers,
  ),
);

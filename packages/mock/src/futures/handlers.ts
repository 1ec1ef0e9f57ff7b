/**
 * The stateful answers of the 52 UM/CM futures operations (and the futures-aware PM account views), keyed
 * `portfolioMargin.operationId` like the handler table they join. Parameters arrive validated by the spec.
 */
import type { Handler, HandlerContext, HandlerResult } from '../engine/handlers.js';
import { D, ZERO, type Dec } from '../decimal.js';
import type { FuturesMarketId } from './config.js';
import { maxNotional, futuresOf, type FuturesEngine } from './engine.js';
import { checkLeverageChange } from './risk.js';
import { FE } from './errors.js';
import type { FuturesOrder, MarketBook, PositionSide, Side, StrategyOrder } from './state.js';
import { algoView, amendmentView, conditionalView, orderView, positionView, tradeView, type OrderShape } from './views.js';
import { pmAccountView, pmBalanceView } from './account.js';
import { valueOf } from './positions.js';

const DAY = 86_400_000;
const str = (ctx: HandlerContext, n: string) => ctx.params.get(n);
const dec = (ctx: HandlerContext, n: string): Dec | undefined => {
  const v = ctx.params.get(n);
  if (v === undefined) return undefined;
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 8 && /[1-9]/.test(v.slice(dot + 9))) throw FE.badPrecision();
  return new D(v);
};
const int = (ctx: HandlerContext, n: string): number | undefined => (ctx.params.has(n) ? Number(ctx.params.get(n)) : undefined);
const big = (ctx: HandlerContext, n: string): bigint | undefined => (ctx.params.has(n) ? BigInt(ctx.params.get(n)!) : undefined);
const bool = (ctx: HandlerContext, n: string) => (ctx.params.get(n) ?? '').toLowerCase() === 'true';

function env(ctx: HandlerContext, market: FuturesMarketId): { f: FuturesEngine; book: MarketBook } {
  const f = futuresOf(ctx.engine);
  return { f, book: f.account(ctx.account).book(market) };
}

function symbolParam(ctx: HandlerContext, f: FuturesEngine, market: FuturesMarketId): string | undefined {
  const s = str(ctx, 'symbol');
  if (s !== undefined) f.symbol(s, market);
  return s;
}

function findOrder(ctx: HandlerContext, book: MarketBook): FuturesOrder | undefined {
  const id = big(ctx, 'orderId');
  const o = id !== undefined ? book.orders.get(id) : book.byClientId.get(str(ctx, 'origClientOrderId')!);
  return o && o.symbol === str(ctx, 'symbol') ? o : undefined;
}

function findStrategy(ctx: HandlerContext, book: MarketBook, kind: StrategyOrder['kind'], idName: string, clientName: string): StrategyOrder | undefined {
  const id = big(ctx, idName);
  const o = id !== undefined ? book.strategies.get(id) : book.strategiesByClientId.get(str(ctx, clientName)!);
  if (!o || o.kind !== kind) return undefined;
  const symbol = str(ctx, 'symbol');
  return symbol === undefined || o.symbol === symbol ? o : undefined;
}

const byId = <T extends { orderId?: bigint; id?: bigint }>(a: T, b: T) => ((a.orderId ?? a.id)! < (b.orderId ?? b.id)! ? -1 : 1);

function inWindow(ctx: HandlerContext, time: number, defaultDays: number): boolean {
  const start = int(ctx, 'startTime');
  const end = int(ctx, 'endTime');
  if (start === undefined && end === undefined) return time >= ctx.engine.clock.now() - defaultDays * DAY;
  return (start === undefined || time >= start) && (end === undefined || time <= end);
}

const codeMsg = (msg: string): HandlerResult => ({ body: { code: 200, msg } });

function orders(market: FuturesMarketId): Record<string, Handler> {
  const view = (f: FuturesEngine, o: FuturesOrder, shape: OrderShape) => orderView(f.symbol(o.symbol), o, shape);
  return {
    new: (ctx) => {
      const { f } = env(ctx, market);
      const o = f.placeOrder(ctx.account, market, {
        symbol: str(ctx, 'symbol')!, side: str(ctx, 'side') as Side, positionSide: str(ctx, 'positionSide') as PositionSide | undefined,
        type: str(ctx, 'type') as 'LIMIT' | 'MARKET', timeInForce: str(ctx, 'timeInForce'), quantity: dec(ctx, 'quantity'), price: dec(ctx, 'price'),
        reduceOnly: bool(ctx, 'reduceOnly'), clientOrderId: str(ctx, 'newClientOrderId'), selfTradePreventionMode: str(ctx, 'selfTradePreventionMode'),
        goodTillDate: int(ctx, 'goodTillDate'), priceMatch: str(ctx, 'priceMatch'), reduceOnlySent: ctx.params.has('reduceOnly'),
      });
      return { body: view(f, o, 'new'), orders: 1 };
    },
    get: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findOrder(ctx, book);
      if (!o) throw FE.noSuchOrder();
      return { body: view(f, o, 'query') };
    },
    modify: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findOrder(ctx, book);
      if (!o || !book.open.has(o)) throw FE.noSuchOrder();
      f.modifyOrder(ctx.account, book, o, str(ctx, 'side') as Side, dec(ctx, 'quantity')!, dec(ctx, 'price')!, big(ctx, 'modifyId'));
      return { body: view(f, o, 'new'), orders: 1 };
    },
    cancel: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findOrder(ctx, book);
      if (!o || !book.open.has(o)) throw FE.unknownOrder();
      f.cancelOrder(book, o);
      return { body: view(f, o, 'new') };
    },
    openOrder: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findOrder(ctx, book);
      if (!o || !book.open.has(o)) throw FE.noSuchOrder();
      return { body: view(f, o, 'query') };
    },
    openOrders: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market);
      const pair = str(ctx, 'pair');
      return { body: [...book.open].filter((o) => (symbol === undefined || o.symbol === symbol) && (pair === undefined || f.symbol(o.symbol).pair === pair)).sort(byId).map((o) => view(f, o, 'query')) };
    },
    allOrders: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market);
      const pair = str(ctx, 'pair');
      const from = big(ctx, 'orderId');
      const limit = int(ctx, 'limit') ?? (market === 'um' ? 500 : 50);
      let rows = [...book.orders.values()].filter((o) => (symbol === undefined || o.symbol === symbol) && (pair === undefined || f.symbol(o.symbol).pair === pair));
      rows = from !== undefined ? rows.filter((o) => o.orderId >= from).slice(0, limit) : rows.filter((o) => inWindow(ctx, o.time, 7)).slice(-limit);
      return { body: rows.map((o) => view(f, o, 'query')) };
    },
    cancelAll: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market)!;
      for (const o of [...book.open]) if (o.symbol === symbol) f.cancelOrder(book, o);
      return codeMsg('The operation of cancel all open order is done.');
    },
    trades: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market);
      const pair = str(ctx, 'pair');
      const fromId = big(ctx, 'fromId');
      const limit = int(ctx, 'limit') ?? (market === 'um' ? 500 : 50);
      let rows = book.trades.filter((t) => (symbol === undefined || t.symbol === symbol) && (pair === undefined || f.symbol(t.symbol).pair === pair));
      rows = fromId !== undefined ? rows.filter((t) => t.id >= fromId).slice(0, limit) : rows.filter((t) => inWindow(ctx, t.time, market === 'um' ? 7 : 1)).slice(-limit);
      return { body: rows.map((t) => tradeView(f.symbol(t.symbol), t)) };
    },
    amendments: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findOrder(ctx, book);
      if (!o) throw FE.noSuchOrder();
      const limit = int(ctx, 'limit') ?? (market === 'um' ? 500 : 50);
      const rows = book.amendments.filter((a) => a.orderId === o.orderId && inWindow(ctx, a.time, 90)).reverse().slice(0, limit);
      return { body: rows.map((a) => amendmentView(f.symbol(a.symbol), a)) };
    },
    forceOrders: (ctx) => {
      symbolParam(ctx, futuresOf(ctx.engine), market);
      return { body: [] };
    },
  };
}

function strategies(market: FuturesMarketId, kind: StrategyOrder['kind']): Record<string, Handler> {
  const idName = kind === 'algo' ? 'algoId' : 'strategyId';
  const clientName = kind === 'algo' ? 'clientAlgoId' : 'newClientStrategyId';
  const view = (f: FuturesEngine, o: StrategyOrder) => (kind === 'algo' ? algoView(o) : conditionalView(f.symbol(o.symbol), o));
  const list = (ctx: HandlerContext, book: MarketBook, open: boolean) => {
    const symbol = str(ctx, 'symbol');
    return [...book.strategies.values()].filter((o) => o.kind === kind && (symbol === undefined || o.symbol === symbol) && (!open || o.status === 'NEW')).sort(byId);
  };
  return {
    new: (ctx) => {
      const { f } = env(ctx, market);
      const o = f.placeStrategy(ctx.account, market, {
        kind, symbol: str(ctx, 'symbol')!, side: str(ctx, 'side') as Side, positionSide: str(ctx, 'positionSide') as PositionSide | undefined,
        strategyType: (str(ctx, kind === 'algo' ? 'type' : 'strategyType')) as StrategyOrder['strategyType'], timeInForce: str(ctx, 'timeInForce'),
        quantity: dec(ctx, 'quantity'), price: dec(ctx, 'price'), stopPrice: dec(ctx, kind === 'algo' ? 'triggerPrice' : 'stopPrice'),
        activationPrice: dec(ctx, kind === 'algo' ? 'activatePrice' : 'activationPrice'), callbackRate: dec(ctx, 'callbackRate'),
        workingType: str(ctx, 'workingType'), priceProtect: bool(ctx, 'priceProtect'), reduceOnly: bool(ctx, 'reduceOnly'),
        reduceOnlySent: ctx.params.has('reduceOnly'), clientOrderId: str(ctx, clientName), selfTradePreventionMode: str(ctx, 'selfTradePreventionMode'), goodTillDate: int(ctx, 'goodTillDate'), priceMatch: str(ctx, 'priceMatch'),
      });
      return { body: view(f, o), orders: 1 };
    },
    cancel: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findStrategy(ctx, book, kind, idName, clientName);
      if (!o || o.status !== 'NEW') throw FE.unknownOrder();
      f.cancelStrategy(o);
      return { body: kind === 'algo' ? { complete: true } : view(f, o) };
    },
    openOrder: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findStrategy(ctx, book, kind, idName, clientName);
      if (!o || (kind === 'conditional' && o.status !== 'NEW')) throw FE.noSuchOrder();
      return { body: view(f, o) };
    },
    openOrders: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const only = big(ctx, 'algoId');
      return { body: list(ctx, book, true).filter((o) => only === undefined || o.id === only).map((o) => view(f, o)) };
    },
    history: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const o = findStrategy(ctx, book, kind, idName, clientName);
      if (!o || o.status === 'NEW') throw FE.noSuchOrder();
      return { body: view(f, o) };
    },
    all: (ctx) => {
      const { f, book } = env(ctx, market);
      symbolParam(ctx, f, market);
      const from = big(ctx, idName);
      const limit = int(ctx, 'limit') ?? 500;
      let rows = list(ctx, book, false);
      rows = from !== undefined ? rows.filter((o) => o.id >= from).slice(0, limit) : rows.filter((o) => inWindow(ctx, o.bookTime, 7)).slice(-limit);
      return { body: rows.map((o) => view(f, o)) };
    },
    cancelAll: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market);
      for (const o of list(ctx, book, true)) if (o.symbol === symbol) f.cancelStrategy(o);
      return codeMsg(kind === 'algo' ? 'The operation of cancel all open order is done.' : 'The operation of cancel all conditional open order is done.');
    },
  };
}

function positions(market: FuturesMarketId): Record<string, Handler> {
  return {
    risk: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = market === 'um' ? symbolParam(ctx, f, market) : undefined;
      const pair = str(ctx, 'pair');
      const marginAsset = str(ctx, 'marginAsset');
      const rows: unknown[] = [];
      for (const s of f.symbols.values()) {
        if (s.market !== market || (symbol && s.symbol !== symbol) || (pair && s.pair !== pair) || (marginAsset && s.marginAsset !== marginAsset)) continue;
        const lev = f.leverageOf(book, s);
        const sides: PositionSide[] = book.dualSidePosition ? ['LONG', 'SHORT'] : ['BOTH'];
        const held = sides.map((side) => book.peekPosition(s.symbol, side));
        if (book.dualSidePosition && held.every((p) => !p || p.amount.isZero())) continue;
        for (const side of sides) rows.push(positionView(s, book.peekPosition(s.symbol, side) ?? { symbol: s.symbol, positionSide: side, amount: ZERO, cost: ZERO, updateTime: 0 }, f.mark(s.symbol), lev, maxNotional(s, lev)));
      }
      return { body: rows };
    },
    leverage: (ctx) => {
      const { f, book } = env(ctx, market);
      const s = f.symbol(str(ctx, 'symbol')!, market);
      const leverage = int(ctx, 'leverage')!;
      const cap = maxNotional(s, leverage);
      const held = [...book.positions.values()].filter((p) => p.symbol === s.symbol).reduce((n, p) => n.plus(valueOf(s, p.amount.abs(), f.mark(s.symbol))), ZERO);
      if (cap.isZero() || held.greaterThan(cap)) throw FE.badLeverage(leverage);
      checkLeverageChange(f, ctx.account, book, s, leverage);
      book.leverage.set(s.symbol, leverage);
      return { body: market === 'um' ? { leverage, maxNotionalValue: cap.toFixed(), symbol: s.symbol } : { leverage, maxQty: cap.toFixed(), symbol: s.symbol } };
    },
    getMode: (ctx) => ({ body: { dualSidePosition: env(ctx, market).book.dualSidePosition } }),
    setMode: (ctx) => {
      const { book } = env(ctx, market);
      const dual = bool(ctx, 'dualSidePosition');
      if (dual === book.dualSidePosition) throw FE.noModeChange();
      if ([...book.positions.values()].some((p) => !p.amount.isZero())) throw FE.modePosition();
      if (book.open.size > 0) throw FE.modeOpenOrders();
      book.dualSidePosition = dual;
      return codeMsg('success');
    },
    adl: (ctx) => {
      const { f, book } = env(ctx, market);
      const symbol = symbolParam(ctx, f, market);
      const bySymbol = new Map<string, Record<string, number>>();
      for (const p of book.positions.values()) {
        if (p.amount.isZero() || (symbol && p.symbol !== symbol)) continue;
        bySymbol.set(p.symbol, book.dualSidePosition ? { LONG: 0, SHORT: 0, HEDGE: 0 } : { LONG: 0, SHORT: 0, BOTH: 0 });
      }
      return { body: [...bySymbol].map(([s, adlQuantile]) => ({ symbol: s, adlQuantile })) };
    },
  };
}

function table(market: FuturesMarketId): Record<string, Handler> {
  const C = market === 'um' ? 'Um' : 'Cm';
  const o = orders(market);
  const c = strategies(market, 'conditional');
  const p = positions(market);
  return {
    [`new${C}Order`]: o.new!, [`get${C}Order`]: o.get!, [`modify${C}Order`]: o.modify!, [`cancel${C}Order`]: o.cancel!,
    [`get${C}OpenOrder`]: o.openOrder!, [`get${C}OpenOrders`]: o.openOrders!, [`get${C}AllOrders`]: o.allOrders!,
    [`cancel${C}AllOpenOrders`]: o.cancelAll!, [`get${C}Trades`]: o.trades!, [`get${C}OrderAmendments`]: o.amendments!, [`get${C}ForceOrders`]: o.forceOrders!,
    [`new${C}ConditionalOrder`]: c.new!, [`cancel${C}ConditionalOrder`]: c.cancel!, [`get${C}OpenConditionalOrder`]: c.openOrder!,
    [`get${C}OpenConditionalOrders`]: c.openOrders!, [`get${C}ConditionalOrderHistory`]: c.history!, [`get${C}AllConditionalOrders`]: c.all!,
    [`cancel${C}AllOpenConditionalOrders`]: c.cancelAll!,
    [`get${C}PositionRisk`]: p.risk!, [`change${C}InitialLeverage`]: p.leverage!, [`get${C}PositionMode`]: p.getMode!,
    [`change${C}PositionMode`]: p.setMode!, [`get${C}AdlQuantile`]: p.adl!,
  };
}

const a = strategies('um', 'algo');
const all: Record<string, Handler> = {
  ...table('um'),
  ...table('cm'),
  newUmAlgoOrder: a.new!, cancelUmAlgoOrder: a.cancel!, getUmAlgoOrder: a.openOrder!, getUmOpenAlgoOrders: a.openOrders!,
  getUmAllAlgoOrders: a.all!, cancelUmAllOpenAlgoOrders: a.cancelAll!,
  getAccount: pmAccountView,
  getBalance: pmBalanceView,
};

/** The futures handlers (and the futures-aware `getAccount` / `getBalance`), keyed `portfolioMargin.<operationId>`. */
export const futuresHandlers: Readonly<Record<string, Handler>> = Object.fromEntries(Object.entries(all).map(([k, v]) => [`portfolioMargin.${k}`, v]));

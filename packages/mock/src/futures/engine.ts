/**
 * The futures engine of the mock: UM and CM orders, positions, conditional and algo orders, against mark prices
 * moved through the admin API. Funds settle in the Portfolio Margin wallet's UM (`um`) and CM (`cm`) balances.
 *
 * Interface for other modules (issue 13 builds account, config and income views on it):
 * `futuresOf(engine)` → the engine; `.account(account)` → {@link FuturesAccount} (positions, orders, income
 * events); `.metrics(account)` → margin figures of the unified account; `.symbol(name)`, `.mark(name)`;
 * `.setMarkPrice(symbol, price)` / `.followPath(symbol, prices)` move the market and fill or trigger what it reaches;
 * `.credit(account, symbol, income, type)` is the one way a futures wallet moves (realized profit, commission,
 * funding: each recorded as an income event with its `tranId`); `settleFunding` (funding.ts) settles a period.
 * Reading an account's state first expires its `GTD` orders whose time the mock clock has reached (expiry.ts).
 */
import type { Account, Wallet } from '../engine/state.js';
import { DEFAULT_MAX_OPEN_ORDERS, type Engine } from '../engine/engine.js';
import { D, ZERO, type Dec } from '../decimal.js';
import { DEMO_ACCOUNT } from '../config.js';
import { loadSymbols, markPricesOf, type FuturesConfig, type FuturesMarketId, type FuturesSymbol } from './config.js';
import { FE } from './errors.js';
import { applyTrade, valueOf } from './positions.js';
import { FuturesAccount, keepNewest, type FuturesOrder, type IncomeEvent, type MarketBook, type PositionSide, type Side, type StrategyOrder } from './state.js';
import { accountMetrics, type AccountMetrics } from './margin.js';
import { applySeed } from './seed.js';
import { fires } from './triggers.js';
import type { NewOrder, NewStrategy } from './requests.js';
import { matchesBook, priceMatchPrice } from './price-match.js';
import { checkGoodTillDate, expireDue } from './expiry.js';
import { checkExposure } from './risk.js';
import { autoRepayFutures, commissionPayment } from '../pm-account/settlement.js';
import { placeStrategyOrder } from './strategies.js';

const engines = new WeakMap<Engine, FuturesEngine>();

/** The futures engine of a mock engine (created on first use, from `config.futures`). */
export function futuresOf(engine: Engine): FuturesEngine {
  let f = engines.get(engine);
  if (!f) engines.set(engine, (f = new FuturesEngine(engine, engine.config.futures)));
  return f;
}

/** `MockConfig.historyLimit`'s default (the margin side's too). */
const DEFAULT_HISTORY_LIMIT = 10_000;

export class FuturesEngine {
  readonly symbols: Map<string, FuturesSymbol>;
  private readonly marks: Map<string, Dec>;
  private readonly accounts = new WeakMap<Account, FuturesAccount>();
  /** The account of each PM wallet whose futures state exists. */
  private readonly walletOwners = new WeakMap<Wallet, Account>();
  private amendmentId = 5325n;

  constructor(
    readonly engine: Engine,
    private readonly config: FuturesConfig | undefined,
  ) {
    this.symbols = loadSymbols(config);
    this.marks = markPricesOf(config);
    // The margin side's loans and transfers out see the futures side (README: the unified account).
    engine.unifiedFreeMargin = (wallet) => {
      const owner = this.walletOwners.get(wallet);
      if (!owner) return undefined;
      const m = this.metrics(owner);
      return m.equity.minus(m.initialMargin);
    };
  }

  get now(): number {
    return this.engine.clock.now();
  }

  /** Closed orders, trades, amendments and income events kept per account and market (`historyLimit`). */
  get historyLimit(): number {
    return this.engine.config.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  }

  /** Resting orders, and waiting conditional and algo orders, per symbol and market (`maxOpenOrders`). */
  get maxOpenOrders(): number {
    return this.engine.config.maxOpenOrders ?? DEFAULT_MAX_OPEN_ORDERS;
  }

  /** The futures state of an account (created on first use), with its `GTD` orders past their time expired. */
  account(account: Account): FuturesAccount {
    let f = this.accounts.get(account);
    if (!f) {
      this.accounts.set(account, (f = new FuturesAccount()));
      this.walletOwners.set(account.portfolioMargin.wallet, account);
      if (account.apiKey === DEMO_ACCOUNT.apiKey && this.config?.seedDemo !== false && !this.config?.symbols) applySeed(this, account);
    }
    expireDue(f, this.now);
    return f;
  }

  /** The futures state of an account if it has traded or been looked at, without creating one. */
  existing(account: Account): FuturesAccount | undefined {
    return this.accounts.has(account) ? this.account(account) : undefined;
  }

  /**
   * An income of `s`'s margin asset (realized profit, commission, funding fee) rounded half-up to the asset's
   * precision (`assetPrecision`, else 8 decimals), as the margin side keeps every amount at it.
   */
  income(s: FuturesSymbol, value: Dec): Dec {
    return value.toDecimalPlaces(this.engine.precision(s.marginAsset), D.ROUND_HALF_UP);
  }

  /**
   * Books a signed amount to the account's UM or CM wallet of `asset` (default the symbol's margin asset; BNB for a
   * commission paid with the UM fee discount) and records it as an income event.
   */
  credit(account: Account, s: FuturesSymbol, income: Dec, incomeType: IncomeEvent['incomeType'], tradeId?: bigint, asset = s.marginAsset): IncomeEvent {
    const wallet = account.portfolioMargin.wallet.get(asset);
    if (s.market === 'um') wallet.um = wallet.um.plus(income);
    else wallet.cm = wallet.cm.plus(income);
    const event: IncomeEvent = { tranId: this.engine.nextId('tranId'), market: s.market, symbol: s.symbol, incomeType, income, asset, time: this.now, ...(tradeId !== undefined ? { tradeId } : {}) };
    this.account(account).recordIncome(event, this.historyLimit);
    return event;
  }

  symbol(name: string, market?: FuturesMarketId): FuturesSymbol {
    const s = this.symbols.get(name);
    if (!s || (market && s.market !== market)) throw FE.badSymbol();
    return s;
  }

  mark(symbol: string): Dec {
    return this.marks.get(symbol)!;
  }

  allMarks(): Record<string, Dec> {
    return Object.fromEntries(this.marks);
  }

  metrics(account: Account): AccountMetrics {
    return accountMetrics(this, account);
  }

  leverageOf(book: MarketBook, s: FuturesSymbol): number {
    return book.leverage.get(s.symbol) ?? s.defaultLeverage;
  }

  // ------------------------------------------------------------ orders

  /** @internal Shared with the strategy module. */
  checkSteps(s: FuturesSymbol, qty: Dec | undefined, price: Dec | undefined): void {
    if (qty !== undefined) {
      if (!qty.greaterThan(0)) throw FE.qtyNotPositive();
      if (!qty.mod(s.stepSize).isZero()) throw FE.qtyStep();
    }
    if (price !== undefined && (!price.greaterThan(0) || !price.mod(s.tickSize).isZero())) throw FE.priceTick();
  }

  /** positionSide against the account's mode (one-way: BOTH; hedge: LONG or SHORT), and reduceOnly. */
  resolveSide(book: MarketBook, positionSide: PositionSide | undefined, reduceOnlySent: boolean): PositionSide {
    if (book.dualSidePosition) {
      if (reduceOnlySent) throw FE.notRequired('reduceOnly');
      if (positionSide !== 'LONG' && positionSide !== 'SHORT') throw FE.positionSideMismatch();
      return positionSide;
    }
    if (positionSide !== undefined && positionSide !== 'BOTH') throw FE.positionSideMismatch();
    return 'BOTH';
  }

  /** Whether an order on this position side only reduces the position (hedge: SELL LONG / BUY SHORT). */
  private reduces(book: MarketBook, symbol: string, side: Side, positionSide: PositionSide, qty: Dec): boolean {
    const p = book.peekPosition(symbol, positionSide);
    const amount = p?.amount ?? ZERO;
    if (positionSide === 'LONG') return side === 'SELL';
    if (positionSide === 'SHORT') return side === 'BUY';
    return !amount.isZero() && (side === 'SELL') === amount.greaterThan(0) && qty.lessThanOrEqualTo(amount.abs());
  }

  private checkClientId(book: MarketBook, id: string | undefined): void {
    if (id === undefined) return;
    const o = book.byClientId.get(id);
    if (o && book.open.has(o)) throw FE.duplicateOrder();
  }

  placeOrder(account: Account, market: FuturesMarketId, req: NewOrder): FuturesOrder {
    const f = this.account(account);
    const book = f.book(market);
    const s = this.symbol(req.symbol, market);
    const mark = this.mark(s.symbol);
    const positionSide = this.resolveSide(book, req.positionSide, req.reduceOnlySent ?? false);
    if (req.type === 'LIMIT' && req.price === undefined && req.priceMatch === undefined) throw FE.eitherOr('price', 'priceMatch');
    let qty = req.quantity;
    if (req.closePosition) qty = book.peekPosition(s.symbol, positionSide)?.amount.abs() ?? ZERO;
    if (!req.closePosition) this.checkSteps(s, qty, req.price);
    this.checkClientId(book, req.clientOrderId);
    const tif = req.type === 'MARKET' ? 'GTC' : (req.timeInForce ?? 'GTC');
    // A triggered order inherits the time its conditional order was checked with.
    const goodTillDate = tif !== 'GTD' ? 0 : req.origType ? (req.goodTillDate ?? 0) : checkGoodTillDate(req.goodTillDate, this.now);
    const price = req.type === 'MARKET' ? ZERO : (req.price ?? (matchesBook(req.priceMatch) ? priceMatchPrice(s, mark, req.side, req.priceMatch) : mark));
    const marketable = req.type === 'MARKET' || (req.side === 'BUY' ? mark.lessThanOrEqualTo(price) : mark.greaterThanOrEqualTo(price));
    if (tif === 'GTX' && marketable) throw FE.gtxRejected();
    if (tif === 'FOK' && !marketable) throw FE.fokRejected();
    const reducing = qty !== undefined && !qty.isZero() && this.reduces(book, s.symbol, req.side, positionSide, qty);
    if ((req.reduceOnly || req.closePosition) && !reducing) throw FE.reduceOnlyRejected();
    if (positionSide !== 'BOTH' && reducing) {
      const held = book.peekPosition(s.symbol, positionSide)?.amount.abs() ?? ZERO;
      if (qty!.greaterThan(held)) throw FE.reduceOnlyRejected();
    }
    if (!reducing) checkExposure(this, account, book, s, { side: req.side, positionSide, qty: qty!, price: marketable ? mark : price, fillsNow: marketable });
    // A triggered order is the conditional order's own, already counted when it was placed.
    const rests = !marketable && tif !== 'IOC';
    if (rests && !req.origType && book.openCount(s.symbol) >= this.maxOpenOrders) throw FE.maxOpenOrders();

    const now = this.now;
    const order: FuturesOrder = {
      orderId: this.engine.nextId('orderId'),
      clientOrderId: req.clientOrderId ?? this.engine.randomText(22),
      symbol: s.symbol,
      side: req.side,
      positionSide,
      type: req.type,
      origType: req.origType ?? req.type,
      timeInForce: tif,
      price,
      origQty: qty!,
      executedQty: ZERO,
      cumValue: ZERO,
      avgPrice: ZERO,
      reduceOnly: req.reduceOnly || !!req.closePosition,
      closePosition: !!req.closePosition,
      status: 'NEW',
      time: now,
      updateTime: now,
      selfTradePreventionMode: req.selfTradePreventionMode ?? 'NONE',
      goodTillDate,
      priceMatch: req.priceMatch ?? 'NONE',
      amendments: 0,
    };
    book.orders.set(order.orderId, order);
    book.byClientId.set(order.clientOrderId, order);
    book.forgetBeyond(this.historyLimit);
    if (marketable) this.fill(account, book, order, mark, false);
    else if (tif === 'IOC') order.status = 'EXPIRED';
    else {
      book.open.add(order);
      if (tif === 'GTD') book.gtd.add(order);
    }
    return order;
  }

  /** Fills the whole order at `price` (no partial fills), settling profit and commission into the wallet. */
  fill(account: Account, book: MarketBook, order: FuturesOrder, price: Dec, maker: boolean): void {
    const s = this.symbol(order.symbol);
    const now = this.now;
    const p = book.position(s.symbol, order.positionSide, now);
    let qty = order.origQty;
    // A reduce-only order (one-way), or a hedge-mode order on the closing side (SELL LONG, BUY SHORT), never flips
    // the position: it fills at most what is left to close, and expires when nothing is.
    const closing = order.positionSide === 'BOTH' ? order.reduceOnly : (order.side === 'SELL') === (order.positionSide === 'LONG');
    if (closing) {
      const held = p.amount.abs();
      if (held.isZero() || (order.side === 'SELL') !== p.amount.greaterThan(0)) {
        order.status = 'EXPIRED';
        order.updateTime = now;
        book.open.delete(order);
        return;
      }
      if (qty.greaterThan(held)) qty = held;
    }
    const delta = order.side === 'BUY' ? qty : qty.neg();
    const realized = this.income(s, applyTrade(s, p, delta, price, now));
    const value = valueOf(s, qty, price);
    // The commission is in the margin asset, or in BNB while the UM fee discount is on (pm-account/settlement.ts).
    const fee = commissionPayment(this.engine, account, s, this.income(s, value.mul(maker ? s.maker : s.taker)));
    const trade = { id: this.engine.nextId('tradeId'), symbol: s.symbol, orderId: order.orderId, side: order.side, positionSide: order.positionSide, price, qty, value, realizedPnl: realized, commission: fee.amount, commissionAsset: fee.asset, time: now, maker };
    book.trades.push(trade);
    keepNewest(book.trades, this.historyLimit);
    if (!realized.isZero()) this.credit(account, s, realized, 'REALIZED_PNL', trade.id);
    if (!fee.amount.isZero()) this.credit(account, s, fee.amount.neg(), 'COMMISSION', trade.id, fee.asset);
    order.executedQty = qty;
    order.cumValue = value;
    order.avgPrice = price;
    order.status = 'FILLED';
    order.updateTime = now;
    book.open.delete(order);
    autoRepayFutures(this.engine, account);
  }

  cancelOrder(book: MarketBook, order: FuturesOrder): void {
    order.status = 'CANCELED';
    order.updateTime = this.now;
    book.open.delete(order);
  }

  /** `PUT …/order`: new price and quantity of an open LIMIT order, recorded as an amendment. */
  modifyOrder(account: Account, book: MarketBook, order: FuturesOrder, side: Side, qty: Dec, price: Dec, modifyId?: bigint): void {
    const s = this.symbol(order.symbol);
    if (side !== order.side) throw FE.invalidParam('side');
    this.checkSteps(s, qty, price);
    if (price.equals(order.price) && qty.equals(order.origQty)) throw FE.noModification(s.market);
    const mark = this.mark(s.symbol);
    const marketable = side === 'BUY' ? mark.lessThanOrEqualTo(price) : mark.greaterThanOrEqualTo(price);
    // The modified order is checked as the order it becomes (placeOrder's rules), in place of the one it replaces.
    const reducing = this.reduces(book, s.symbol, side, order.positionSide, qty);
    if (order.reduceOnly && !reducing) throw FE.reduceOnlyRejected();
    if (order.positionSide !== 'BOTH' && reducing && qty.greaterThan(book.peekPosition(s.symbol, order.positionSide)?.amount.abs() ?? ZERO)) throw FE.reduceOnlyRejected();
    if (!reducing) checkExposure(this, account, book, s, { side, positionSide: order.positionSide, qty, price: marketable ? mark : price, fillsNow: marketable, replaces: order });
    const now = this.now;
    order.amendments++;
    book.amendments.push({
      amendmentId: this.amendmentId++, symbol: order.symbol, orderId: order.orderId, clientOrderId: order.clientOrderId, time: now,
      priceBefore: order.price, priceAfter: price, qtyBefore: order.origQty, qtyAfter: qty, count: order.amendments, modifyId,
    });
    keepNewest(book.amendments, this.historyLimit);
    order.price = price;
    order.origQty = qty;
    order.updateTime = now;
    if (modifyId !== undefined) order.modifyId = modifyId;
    if (!marketable) return;
    if (order.timeInForce === 'GTX') this.cancelOrder(book, order);
    else this.fill(account, book, order, mark, false);
  }

  // ------------------------------------------------------------ conditional and algo orders

  /** Places a conditional (`/conditional/order`) or algo order (strategies.ts). */
  placeStrategy(account: Account, market: FuturesMarketId, req: NewStrategy): StrategyOrder {
    return placeStrategyOrder(this, account, market, req);
  }

  cancelStrategy(o: StrategyOrder): void {
    o.status = 'CANCELED';
    o.updateTime = this.now;
  }

  // ------------------------------------------------------------ market moves

  /** Sets a symbol's mark price; triggers the conditional orders and fills the resting orders it reaches. */
  setMarkPrice(symbol: string, price: Dec): { account: Account; market: FuturesMarketId; kind: string; id: bigint; status: string }[] {
    const s = this.symbol(symbol);
    this.marks.set(symbol, price);
    const events: { account: Account; market: FuturesMarketId; kind: string; id: bigint; status: string }[] = [];
    for (const account of this.engine.accounts.values()) {
      const f = this.existing(account);
      if (!f) continue;
      const book = f.book(s.market);
      for (const o of [...book.strategies.values()]) {
        if (o.symbol !== symbol || o.status !== 'NEW') continue;
        if (fires(o, price)) {
          this.trigger(account, book, o, price);
          events.push({ account, market: s.market, kind: o.kind, id: o.id, status: o.status });
        }
      }
      for (const o of [...book.open]) {
        if (o.symbol !== symbol || !book.open.has(o)) continue;
        if (o.side === 'BUY' ? price.lessThanOrEqualTo(o.price) : price.greaterThanOrEqualTo(o.price)) {
          this.fill(account, book, o, o.price, true);
          events.push({ account, market: s.market, kind: 'order', id: o.orderId, status: o.status });
        }
      }
    }
    return events;
  }

  /** Moves the mark price through each price of a path in turn (for tests), collecting what happened. */
  followPath(symbol: string, prices: readonly Dec[]): ReturnType<FuturesEngine['setMarkPrice']> {
    return prices.flatMap((p) => this.setMarkPrice(symbol, p));
  }

  private trigger(account: Account, book: MarketBook, o: StrategyOrder, mark: Dec): void {
    const now = this.now;
    o.triggerTime = now;
    o.updateTime = now;
    const isLimit = o.strategyType === 'STOP' || o.strategyType === 'TAKE_PROFIT';
    try {
      o.order = this.placeOrder(account, book.market, {
        symbol: o.symbol, side: o.side, positionSide: o.positionSide === 'BOTH' && book.dualSidePosition ? undefined : o.positionSide,
        type: isLimit ? 'LIMIT' : 'MARKET', timeInForce: isLimit ? o.timeInForce : undefined,
        price: isLimit && !matchesBook(o.priceMatch) ? o.price : undefined, priceMatch: isLimit && matchesBook(o.priceMatch) ? o.priceMatch : undefined,
        quantity: o.closePosition ? undefined : o.quantity, closePosition: o.closePosition, reduceOnly: o.reduceOnly && !book.dualSidePosition,
        selfTradePreventionMode: o.selfTradePreventionMode, goodTillDate: o.goodTillDate, origType: o.strategyType,
      });
      o.status = o.kind === 'algo' && o.order.status !== 'NEW' ? 'FINISHED' : 'TRIGGERED';
    } catch {
      // Binance rejects a triggered order that fails its checks (margin, reduce-only) and reports it on the order.
      o.status = o.kind === 'algo' ? 'REJECTED' : 'EXPIRED';
    }
    void mark;
  }
}

export { D };
export { maxNotional } from './risk.js';
export type { NewOrder, NewStrategy } from './requests.js';

/**
 * The stateful simulator: orders and their deterministic fills, on the accounts, loans and interest of
 * LoanEngine (loan-engine.ts); OCO placement is in oco.ts, OTO/OTOCO lists in oto.ts.
 *
 * Fill rules (documented in the README):
 * - MARKET fills at once, completely, at the symbol's price.
 * - LIMIT fills at once at the symbol's price when marketable (BUY at or above it, SELL at or below it);
 *   otherwise GTC rests, IOC and FOK expire. LIMIT_MAKER that would match is rejected; otherwise it rests.
 * - STOP_LOSS / TAKE_PROFIT (and their _LIMIT forms) rest until the price reaches `stopPrice`; placing one that
 *   would trigger at once is rejected, as on Binance. A triggered market stop fills at the new price; a triggered
 *   limit stop fills at the new price when marketable, else rests at its limit.
 * - A resting limit fills, completely, at its own price when a price update crosses it.
 * - OCO: the limit-maker leg fills when the price reaches it, the stop leg triggers at `stopPrice`; either way
 *   the other leg expires.
 * Resting orders lock what they may spend (BUY: quantity × limit price, or × stop price for market stops; SELL:
 * quantity). Commission is `commissionRate` × what the order receives, in the received asset.
 */
import { ZERO, compact, min, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import { cancelContingentList, moveContingentList } from './oto.js';
import { BORROWING, REPAYING, crosses, isStop, triggers } from './order-rules.js';
import { checkSelfTrade, preventSelfTrade } from './self-trade.js';
import {
  Account,
  Wallet,
  type Holder,
  type Order,
  type OrderList,
  type SideEffect,
  type Trade,
  type Venue,
} from './state.js';
import { LoanEngine } from './loan-engine.js';
import { placeOcoList } from './oco.js';
import type { FilledNotice, FillInfo, OcoRequest, OrderRequest, PlaceResult } from './order-types.js';

export type { FilledNotice, FillInfo, OcoRequest, OrderRequest, PlaceResult } from './order-types.js';
export { DEFAULT_MAX_OPEN_ORDERS, type IdKind } from './loan-engine.js';

export class Engine extends LoanEngine {
  // ---------------------------------------------------------------- orders

  /** A client order id is unique among open orders (its form is checked with the spec's pattern before). @internal Shared with the list and self-trade modules. */
  checkClientId(venue: Venue, id: string | undefined): void {
    if (id === undefined) return;
    const existing = venue.book.byClientId.get(id);
    if (existing && venue.book.open.has(existing)) throw E.duplicateOrder();
  }

  /** Binance's MAX_NUM_ORDERS filter (SAPI -2010) / open-order limit (PAPI -2025): resting orders are bounded. @internal Shared with the list module. */
  checkOpenOrders(venue: Venue, wallet: Wallet, symbol: string, adding: number): void {
    if (venue.book.openCount(symbol, wallet) + adding <= this.maxOpenOrders) return;
    throw venue.api === 'margin' ? E.maxNumOrders() : E.maxOpenOrders();
  }

  /** @internal Shared with the list and self-trade modules. */
  clientId(): string {
    return this.randomText(22);
  }

  /** Makes `need` of `asset` free, borrowing the shortfall when the side effect allows it. */
  /** @internal Shared with the list and self-trade modules. */
  fund(venue: Venue, wallet: Wallet, asset: string, need: Dec, sideEffect: SideEffect): Dec {
    const b = wallet.get(asset);
    if (b.free.greaterThanOrEqualTo(need)) return ZERO;
    if (!BORROWING.has(sideEffect)) throw E.insufficientBalance();
    const shortfall = this.up(asset, need.minus(b.free));
    // The margin best-practice guide: an auto-borrowing order that Binance's lending inventory cannot serve is -3045.
    const inventory = this.records.inventoryLeft(wallet, asset);
    if (inventory && shortfall.greaterThan(inventory)) throw E.insufficientInventory();
    if (shortfall.greaterThan(this.maxBorrowable(wallet, asset).amount)) throw E.insufficientBalance();
    this.borrow(venue, wallet, asset, shortfall, 'AUTO');
    return shortfall;
  }

  placeOrder(account: Account, venue: Venue, wallet: Wallet, req: OrderRequest): PlaceResult {
    const info = this.market.info(req.symbol)!;
    const market = this.market.price(req.symbol)!;
    this.checkClientId(venue, req.newClientOrderId);
    const now = this.clock.now();

    let qty = req.quantity ? compact(req.quantity) : ZERO;
    if (req.type === 'MARKET' && !req.quantity && req.quoteOrderQty) qty = compact(this.down(info.base, req.quoteOrderQty.div(market)));
    if (!qty.greaterThan(0)) throw E.zeroNotional();
    const limit = req.price ?? ZERO;
    const stop = req.stopPrice ?? ZERO;

    let immediate = false;
    let expire = false;
    switch (req.type) {
      case 'MARKET':
        immediate = true;
        break;
      case 'LIMIT':
        if (crosses(req.side, limit, market)) immediate = true;
        else if (req.timeInForce !== 'GTC') expire = true;
        break;
      case 'LIMIT_MAKER':
        if (crosses(req.side, limit, market)) throw E.wouldMatch();
        break;
      default:
        if (req.stopPrice && triggers(req.type, req.side, stop, market)) throw E.wouldTrigger();
    }

    // Self-trade prevention: an immediate fill that would meet the account's own resting orders (self-trade.ts).
    const selfTrade = immediate && req.type === 'LIMIT' ? checkSelfTrade(venue, wallet, req.symbol, req.side, limit, req.selfTradePreventionMode) : undefined;
    if (selfTrade?.expiresTaker) {
      immediate = false;
      expire = true;
    }
    if (!immediate && !expire) this.checkOpenOrders(venue, wallet, req.symbol, 1);

    const spendAsset = req.side === 'BUY' ? info.quote : info.base;
    let need: Dec;
    if (req.side === 'SELL') need = qty;
    else if (immediate) need = this.quoteAmount(info.quote, 'BUY', qty, market);
    else if (req.type === 'STOP_LOSS' || req.type === 'TAKE_PROFIT') need = this.quoteAmount(info.quote, 'BUY', qty, req.stopPrice ?? market);
    else need = this.quoteAmount(info.quote, 'BUY', qty, limit);

    let borrowed = ZERO;
    if (expire) {
      const free = wallet.peek(spendAsset)?.free ?? ZERO;
      const reachable = BORROWING.has(req.sideEffectType) ? free.plus(this.maxBorrowable(wallet, spendAsset).amount) : free;
      if (reachable.lessThan(need)) throw E.insufficientBalance();
    } else {
      borrowed = this.fund(venue, wallet, spendAsset, need, req.sideEffectType);
    }

    const order: Order = {
      orderId: this.nextId('orderId'),
      clientOrderId: req.newClientOrderId ?? this.clientId(),
      symbol: req.symbol,
      isIsolated: req.isIsolated,
      side: req.side,
      type: req.type,
      timeInForce: req.timeInForce ?? 'GTC',
      price: req.type === 'MARKET' || req.type === 'STOP_LOSS' || req.type === 'TAKE_PROFIT' ? ZERO : limit,
      stopPrice: stop,
      trailing: req.trailingDelta !== undefined && !req.stopPrice,
      origQty: qty,
      executedQty: ZERO,
      cummulativeQuoteQty: ZERO,
      icebergQty: req.icebergQty ?? ZERO,
      status: expire ? (selfTrade?.expiresTaker ? 'EXPIRED_IN_MATCH' : 'EXPIRED') : 'NEW',
      time: now,
      updateTime: now,
      isWorking: !isStop(req.type),
      selfTradePreventionMode: req.selfTradePreventionMode,
      orderListId: -1n,
      lockAsset: spendAsset,
      lockAmount: ZERO,
      borrowAsset: spendAsset,
      borrowAmount: borrowed,
      sideEffectType: req.sideEffectType,
      autoRepayAtCancel: req.autoRepayAtCancel,
      commissionRate: account.commissionRate,
      wallet,
    };
    venue.book.addOrder(order);
    if (selfTrade) preventSelfTrade(this, venue, account, order, selfTrade);
    const fills: FillInfo[] = [];
    if (immediate) {
      fills.push(this.settle(venue, order, order, market, false));
    } else if (!expire) {
      this.lock(wallet, order, spendAsset, need);
      venue.book.open.add(order);
    }
    return { order, fills, borrowAmount: borrowed, borrowAsset: spendAsset };
  }

  /** @internal Shared with the list and self-trade modules. */
  lock(wallet: Wallet, holder: Holder, asset: string, amount: Dec): void {
    const b = wallet.get(asset);
    b.free = b.free.minus(amount);
    b.locked = b.locked.plus(amount);
    holder.lockAsset = asset;
    holder.lockAmount = amount;
  }

  /** @internal Shared with the list and self-trade modules. */
  release(wallet: Wallet, holder: Holder): void {
    if (holder.lockAmount.isZero()) return;
    const b = wallet.get(holder.lockAsset);
    b.free = b.free.plus(holder.lockAmount);
    b.locked = b.locked.minus(holder.lockAmount);
    holder.lockAmount = ZERO;
  }

  /**
   * Whether the order can pay for a fill of `qty` at `price` from its lock and the free balance (borrowing the
   * rest when its side effect allows). Returns false when it cannot.
   */
  /** @internal Shared with the list and self-trade modules. */
  canPay(venue: Venue, order: Order, holder: Holder, price: Dec): boolean {
    const cost = order.side === 'BUY' ? this.quoteAmount(this.market.info(order.symbol)!.quote, 'BUY', order.origQty, price) : order.origQty;
    const locked = holder.lockAmount;
    if (locked.greaterThanOrEqualTo(cost)) return true;
    const b = order.wallet.get(holder.lockAsset);
    const missing = cost.minus(locked);
    if (b.free.greaterThanOrEqualTo(missing)) return true;
    if (!BORROWING.has(order.sideEffectType)) return false;
    const shortfall = this.up(holder.lockAsset, missing.minus(b.free));
    if (shortfall.greaterThan(this.maxBorrowable(order.wallet, holder.lockAsset).amount)) return false;
    this.borrow(venue, order.wallet, holder.lockAsset, shortfall, 'AUTO');
    holder.borrowAmount = holder.borrowAmount.plus(shortfall);
    return true;
  }

  /** Fills the whole order at `price`, moving funds, charging commission and auto-repaying as asked. */
  /** @internal Shared with the list and self-trade modules. */
  settle(venue: Venue, order: Order, holder: Holder, price: Dec, isMaker: boolean): FillInfo {
    const info = this.market.info(order.symbol)!;
    const wallet = order.wallet;
    const qty = order.origQty;
    const quote = this.quoteAmount(info.quote, order.side, qty, price);
    const spendAsset = order.side === 'BUY' ? info.quote : info.base;
    const spend = order.side === 'BUY' ? quote : qty;
    const getAsset = order.side === 'BUY' ? info.base : info.quote;
    const gross = order.side === 'BUY' ? qty : quote;

    const s = wallet.get(spendAsset);
    const fromLock = holder.lockAsset === spendAsset && !holder.lockAmount.isZero() ? min(holder.lockAmount, spend) : ZERO;
    if (fromLock.isZero()) {
      s.free = s.free.minus(spend);
    } else {
      s.locked = s.locked.minus(fromLock);
      holder.lockAmount = holder.lockAmount.minus(fromLock);
      s.free = s.free.minus(spend.minus(fromLock));
    }
    if (!order.list) this.release(wallet, holder);

    const commission = order.commissionRate.isZero() ? ZERO : compact(this.down(getAsset, gross.mul(order.commissionRate)));
    const net = gross.minus(commission);
    const g = wallet.get(getAsset);
    g.free = g.free.plus(net);
    if (REPAYING.has(order.sideEffectType)) this.autoRepay(venue, wallet, getAsset, net);

    const now = this.clock.now();
    order.executedQty = qty;
    order.cummulativeQuoteQty = quote;
    order.status = 'FILLED';
    order.updateTime = now;
    order.isWorking = true;
    venue.book.open.delete(order);
    const trade: Trade = {
      id: this.nextId('tradeId'),
      symbol: order.symbol,
      orderId: order.orderId,
      price,
      qty,
      commission,
      commissionAsset: getAsset,
      time: now,
      isBuyer: order.side === 'BUY',
      isMaker,
      isIsolated: order.isIsolated,
    };
    venue.book.addTrade(trade);
    this.records.traded(venue, wallet, order.side, info.base, info.quote, trade, quote);
    return { price, qty, commission, commissionAsset: getAsset, tradeId: trade.id };
  }

  /** Cancels an open order (or the list it belongs to) and repays its borrowing when asked. */
  cancelOrder(venue: Venue, order: Order): void {
    if (order.list) {
      this.cancelList(venue, order.list);
      return;
    }
    this.finish(venue, order, 'CANCELED');
    this.release(order.wallet, order);
    this.repayAtCancel(venue, order.wallet, order);
  }

  /** @internal Shared with the list and self-trade modules. */
  finish(venue: Venue, order: Order, status: 'CANCELED' | 'EXPIRED' | 'EXPIRED_IN_MATCH'): void {
    order.status = status;
    order.updateTime = this.clock.now();
    venue.book.open.delete(order);
  }

  /**
   * `autoRepayAtCancel`: the amount the order borrowed is repaid from the released funds; the interest it incurred
   * stays owed. Binance: "If the auto-borrow order is canceled before being filled, the borrowed amount will be
   * automatically repaid. However, a corresponding interest may still be generated." (FAQ 360032609851).
   * @internal Shared with the list and self-trade modules.
   */
  repayAtCancel(venue: Venue, wallet: Wallet, holder: Holder): void {
    if (!holder.autoRepayAtCancel || !BORROWING.has(holder.sideEffectType) || holder.borrowAmount.isZero()) return;
    const b = wallet.get(holder.borrowAsset);
    const amount = min(min(holder.borrowAmount, b.borrowed), b.free);
    if (amount.greaterThan(0)) this.repay(venue, wallet, holder.borrowAsset, amount, 'AUTO', false);
    holder.borrowAmount = ZERO;
  }

  // ---------------------------------------------------------------- OCO

  /** Places an OCO list (oco.ts). */
  placeOco(account: Account, venue: Venue, wallet: Wallet, req: OcoRequest): { list: OrderList; borrowAmount: Dec; borrowAsset: string } {
    return placeOcoList(this, account, venue, wallet, req);
  }

  cancelList(venue: Venue, list: OrderList): void {
    if (list.contingencyType === 'OTO') return cancelContingentList(this, venue, list);
    for (const o of list.orders) if (o.status === 'NEW') this.finish(venue, o, 'CANCELED');
    this.closeList(list);
    this.release(list.wallet, list);
    this.repayAtCancel(venue, list.wallet, list);
  }

  /** @internal Shared with the list and self-trade modules. */
  closeList(list: OrderList): void {
    list.listStatusType = 'ALL_DONE';
    list.listOrderStatus = 'ALL_DONE';
    list.updateTime = this.clock.now();
  }

  // ---------------------------------------------------------------- prices

  /** Sets a symbol's price and fills or triggers the resting orders it reaches. */
  setPrice(symbol: string, price: Dec): FilledNotice[] {
    this.market.setPrice(symbol, price);
    const notices: FilledNotice[] = [];
    for (const account of this.accounts.values()) {
      this.accrue(account);
      for (const venue of [account.margin, account.portfolioMargin] as Venue[]) {
        const candidates = [...venue.book.open].filter((o) => o.symbol === symbol);
        const seenLists = new Set<OrderList>();
        for (const order of candidates) {
          if (order.list) {
            if (seenLists.has(order.list)) continue;
            seenLists.add(order.list);
            if (order.list.contingencyType === 'OTO') moveContingentList(this, venue, order.list, price);
            else this.moveList(venue, order.list, price);
            for (const o of order.list.orders) {
              if (o.status !== 'NEW' && o.status !== 'PENDING_NEW') notices.push({ api: venue.api, apiKey: account.apiKey, symbol, orderId: o.orderId, status: o.status });
            }
            continue;
          }
          if (this.moveOrder(venue, order, price)) {
            notices.push({ api: venue.api, apiKey: account.apiKey, symbol, orderId: order.orderId, status: order.status });
          }
        }
      }
    }
    return notices;
  }

  /** Applies a price to one resting order; true when its status changed. */
  private moveOrder(venue: Venue, order: Order, price: Dec): boolean {
    if (order.status !== 'NEW') return false;
    if (!order.isWorking) {
      if (order.trailing || !triggers(order.type, order.side, order.stopPrice, price)) return false;
      order.isWorking = true;
      order.updateTime = this.clock.now();
      if (order.type === 'STOP_LOSS' || order.type === 'TAKE_PROFIT') return this.fillOrExpire(venue, order, order, price, false);
      if (crosses(order.side, order.price, price)) return this.fillOrExpire(venue, order, order, price, false);
      return false;
    }
    if (crosses(order.side, order.price, price)) return this.fillOrExpire(venue, order, order, order.price, true);
    return false;
  }

  /** @internal Shared with the list and self-trade modules. */
  fillOrExpire(venue: Venue, order: Order, holder: Holder, price: Dec, isMaker: boolean): boolean {
    if (this.canPay(venue, order, holder, price)) {
      this.settle(venue, order, holder, price, isMaker);
    } else {
      this.finish(venue, order, 'EXPIRED');
      if (!order.list) this.release(order.wallet, holder);
    }
    return true;
  }

  /** @internal Shared with the list and self-trade modules. */
  moveList(venue: Venue, list: OrderList, price: Dec, legs: readonly Order[] = list.orders): void {
    const [stopLeg, limitLeg] = legs as [Order, Order];
    if (limitLeg.status === 'NEW' && crosses(limitLeg.side, limitLeg.price, price)) {
      if (stopLeg.status === 'NEW') this.finish(venue, stopLeg, 'EXPIRED');
      this.fillOrExpire(venue, limitLeg, list, limitLeg.price, true);
    } else if (stopLeg.status === 'NEW') {
      if (!stopLeg.isWorking) {
        if (!triggers(stopLeg.type, stopLeg.side, stopLeg.stopPrice, price)) return;
        stopLeg.isWorking = true;
        if (limitLeg.status === 'NEW') this.finish(venue, limitLeg, 'EXPIRED');
        if (stopLeg.type === 'STOP_LOSS' || crosses(stopLeg.side, stopLeg.price, price)) {
          this.fillOrExpire(venue, stopLeg, list, price, false);
        }
      } else if (crosses(stopLeg.side, stopLeg.price, price)) {
        this.fillOrExpire(venue, stopLeg, list, stopLeg.price, true);
      }
    }
    if (list.orders.every((o) => o.status !== 'NEW')) {
      this.closeList(list);
      this.release(list.wallet, list);
    }
  }
}

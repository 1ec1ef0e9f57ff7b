/**
 * The simulated state: balances, orders, order lists, trades and the loan/interest ledgers of one account.
 */
import type { Verifier } from '../auth.js';
import { D, ZERO, type Dec } from '../decimal.js';

export interface Balance {
  free: Dec;
  locked: Dec;
  borrowed: Dec;
  interest: Dec;
  /** Portfolio margin only: UM and CM futures wallet balances. */
  um: Dec;
  cm: Dec;
}

export function zeroBalance(): Balance {
  return { free: ZERO, locked: ZERO, borrowed: ZERO, interest: ZERO, um: ZERO, cm: ZERO };
}

export class Wallet {
  readonly balances = new Map<string, Balance>();

  /** `isolatedSymbol`: the pair of an isolated wallet. */
  constructor(readonly isolatedSymbol?: string) {}

  get(asset: string): Balance {
    let b = this.balances.get(asset);
    if (!b) this.balances.set(asset, (b = zeroBalance()));
    return b;
  }

  peek(asset: string): Balance | undefined {
    return this.balances.get(asset);
  }

  load(config: Record<string, Partial<Record<'free' | 'locked' | 'borrowed' | 'interest' | 'umWalletBalance' | 'cmWalletBalance', string>>> = {}): this {
    for (const [asset, b] of Object.entries(config)) {
      this.balances.set(asset, {
        free: new D(b.free ?? 0),
        locked: new D(b.locked ?? 0),
        borrowed: new D(b.borrowed ?? 0),
        interest: new D(b.interest ?? 0),
        um: new D(b.umWalletBalance ?? 0),
        cm: new D(b.cmWalletBalance ?? 0),
      });
    }
    return this;
  }
}

export type Side = 'BUY' | 'SELL';
export type OrderType = 'LIMIT' | 'MARKET' | 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER';
/** `PENDING_NEW`: a pending order of an OTO/OTOCO list, waiting for its working order to fill. */
export type OrderStatus = 'NEW' | 'PENDING_NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED' | 'EXPIRED_IN_MATCH';
export type SideEffect = 'NO_SIDE_EFFECT' | 'MARGIN_BUY' | 'AUTO_REPAY' | 'AUTO_BORROW_REPAY';

/** Funds an order (or an OCO list, for both legs) holds locked, and what it borrowed when placed. */
export interface Holder {
  lockAsset: string;
  lockAmount: Dec;
  borrowAsset: string;
  borrowAmount: Dec;
  sideEffectType: SideEffect;
  autoRepayAtCancel: boolean;
}

export interface Order extends Holder {
  readonly orderId: bigint;
  clientOrderId: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly side: Side;
  readonly type: OrderType;
  readonly timeInForce: 'GTC' | 'IOC' | 'FOK';
  readonly price: Dec;
  readonly stopPrice: Dec;
  /** Trailing stops are accepted but never trigger. */
  readonly trailing: boolean;
  origQty: Dec;
  executedQty: Dec;
  cummulativeQuoteQty: Dec;
  readonly icebergQty: Dec;
  status: OrderStatus;
  readonly time: number;
  updateTime: number;
  /** False while a stop order waits for its trigger. */
  isWorking: boolean;
  readonly selfTradePreventionMode: string;
  orderListId: bigint;
  /** The list holding this order's funds, for the orders of an OCO, OTO or OTOCO list. */
  list?: OrderList;
  readonly commissionRate: Dec;
  readonly wallet: Wallet;
}

export interface OrderList extends Holder {
  readonly orderListId: bigint;
  readonly listClientOrderId: string;
  readonly symbol: string;
  readonly isIsolated: boolean;
  /** `OTO` also for OTOCO lists, as Binance reports them. */
  readonly contingencyType: 'OCO' | 'OTO';
  listStatusType: 'EXEC_STARTED' | 'ALL_DONE';
  listOrderStatus: 'EXECUTING' | 'ALL_DONE';
  readonly transactionTime: number;
  updateTime: number;
  /**
   * OCO: the stop leg, then the limit-maker leg (Binance's order). OTO: the working order, then the pending order.
   * OTOCO: the working order, then the pending stop leg and the pending limit-maker leg.
   */
  readonly orders: Order[];
  readonly wallet: Wallet;
}

export interface Trade {
  readonly id: bigint;
  readonly symbol: string;
  readonly orderId: bigint;
  readonly price: Dec;
  readonly qty: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
  readonly isIsolated: boolean;
}

/** Orders, order lists and trades of one API of one account. */
export class Book {
  readonly orders = new Map<bigint, Order>();
  readonly bySymbol = new Map<string, Order[]>();
  readonly open = new Set<Order>();
  readonly lists = new Map<bigint, OrderList>();
  readonly trades = new Map<string, Trade[]>();
  /** The latest order placed with each client order id. */
  readonly byClientId = new Map<string, Order>();
  readonly listsByClientId = new Map<string, OrderList>();

  /** @param historyLimit closed orders and trades kept per symbol (see `MockConfig.historyLimit`). */
  constructor(private readonly historyLimit = 10_000) {}

  addOrder(order: Order): void {
    this.orders.set(order.orderId, order);
    let list = this.bySymbol.get(order.symbol);
    if (!list) this.bySymbol.set(order.symbol, (list = []));
    list.push(order);
    this.byClientId.set(order.clientOrderId, order);
    // Beyond the limit, forget the oldest closed order; open orders are never forgotten.
    while (list.length > this.historyLimit) {
      let index = 0;
      while (index < list.length && this.open.has(list[index]!)) index++;
      if (index === list.length) break;
      // shift() is O(1) in V8 (it trims the array's front); splice moves every later element.
      const old = index === 0 ? list.shift()! : list.splice(index, 1)[0]!;
      this.orders.delete(old.orderId);
      if (this.byClientId.get(old.clientOrderId) === old) this.byClientId.delete(old.clientOrderId);
    }
  }

  addTrade(trade: Trade): void {
    let list = this.trades.get(trade.symbol);
    if (!list) this.trades.set(trade.symbol, (list = []));
    list.push(trade);
    if (list.length > this.historyLimit) list.shift();
  }

  /** Open orders of one symbol in one wallet (Binance's MAX_NUM_ORDERS filter counts these). */
  openCount(symbol: string, wallet: Wallet): number {
    let n = 0;
    for (const o of this.open) if (o.symbol === symbol && o.wallet === wallet) n++;
    return n;
  }

  addList(list: OrderList): void {
    this.lists.set(list.orderListId, list);
    this.listsByClientId.set(list.listClientOrderId, list);
    // Beyond the limit, forget the oldest finished lists (Map order is creation order); executing ones stay.
    if (this.lists.size <= this.historyLimit) return;
    for (const [id, old] of this.lists) {
      if (this.lists.size <= this.historyLimit) break;
      if (old.listOrderStatus === 'EXECUTING') continue;
      this.lists.delete(id);
      if (this.listsByClientId.get(old.listClientOrderId) === old) this.listsByClientId.delete(old.listClientOrderId);
    }
  }
}

export interface BorrowRecord {
  readonly txId: bigint;
  readonly asset: string;
  readonly isolatedSymbol?: string;
  readonly principal: Dec;
  readonly timestamp: number;
  readonly type: 'AUTO' | 'MANUAL';
}

export interface RepayRecord {
  readonly txId: bigint;
  readonly asset: string;
  readonly isolatedSymbol?: string;
  readonly amount: Dec;
  readonly principal: Dec;
  readonly interest: Dec;
  readonly timestamp: number;
  readonly type: 'AUTO' | 'MANUAL';
}

export interface InterestRecord {
  readonly txId: bigint;
  readonly time: number;
  readonly asset: string;
  readonly isolatedSymbol?: string;
  readonly principal: Dec;
  readonly interest: Dec;
  readonly rate: Dec;
  readonly type: 'ON_BORROW' | 'PERIODIC';
}

/** Borrow, repay and interest records of one venue, each list bounded by the history limit (oldest forgotten). */
export class Ledger {
  readonly borrows: BorrowRecord[] = [];
  readonly repays: RepayRecord[] = [];
  readonly interest: InterestRecord[] = [];

  constructor(readonly historyLimit = 10_000) {}

  add<T>(records: T[], record: T): void {
    records.push(record);
    if (records.length > this.historyLimit) records.shift();
  }
}

export interface ListenKey {
  key: string;
  expires: number;
}

export interface Venue {
  readonly api: 'margin' | 'portfolioMargin';
  readonly book: Book;
  readonly ledger: Ledger;
  listenKey?: ListenKey;
}

export class Account {
  readonly margin: Venue & { readonly cross: Wallet; readonly isolated: Map<string, Wallet> };
  readonly portfolioMargin: Venue & { readonly wallet: Wallet };
  /** Hours (since the epoch) up to which interest has been charged. */
  accruedHour: number;

  constructor(
    readonly apiKey: string,
    readonly name: string,
    readonly verifier: Verifier,
    readonly uid: bigint,
    readonly commissionRate: Dec,
    now: number,
    historyLimit?: number,
  ) {
    this.margin = { api: 'margin', book: new Book(historyLimit), ledger: new Ledger(historyLimit), cross: new Wallet(), isolated: new Map() };
    this.portfolioMargin = { api: 'portfolioMargin', book: new Book(historyLimit), ledger: new Ledger(historyLimit), wallet: new Wallet() };
    this.accruedHour = Math.floor(now / 3_600_000);
  }

  /** Every wallet of the account, with the venue's ledger. */
  *wallets(): Generator<{ wallet: Wallet; ledger: Ledger }> {
    yield { wallet: this.margin.cross, ledger: this.margin.ledger };
    for (const w of this.margin.isolated.values()) yield { wallet: w, ledger: this.margin.ledger };
    yield { wallet: this.portfolioMargin.wallet, ledger: this.portfolioMargin.ledger };
  }
}

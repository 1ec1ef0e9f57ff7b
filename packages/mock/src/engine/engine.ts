/**
 * The stateful simulator: accounts, loans, interest, orders and their deterministic fills.
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
import type { MockConfig } from '../config.js';
import { DEFAULT_BORROW_LIMIT, DEFAULT_HOURLY_RATE, DEFAULT_IDS, INT64_MAX } from '../config.js';
import { hmacVerifier, publicKeyVerifier } from '../auth.js';
import type { Clock } from '../clock.js';
import { D, SCALE, ZERO, compact, min, plus, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import { compileOrderRules, type OrderRules } from './filters.js';
import { Market } from './market.js';
import { cancelContingentList, moveContingentList } from './oto.js';
import { BORROWING, REPAYING, crosses, isStop, triggers } from './order-rules.js';
import { initSapiState, sapiState } from './sapi-state.js';
import { checkSelfTrade, preventSelfTrade } from './self-trade.js';
import { MarginRecords } from './records.js';
import {
  Account,
  Wallet,
  type Holder,
  type Ledger,
  type Order,
  type OrderList,
  type OrderType,
  type Side,
  type SideEffect,
  type Trade,
  type Venue,
} from './state.js';

/** The id counters of the simulation. */
export type IdKind = keyof typeof DEFAULT_IDS;

const HOUR = 3_600_000;
/** Binance's MAX_NUM_ORDERS filter: open orders per symbol (and wallet) unless configured. */
export const DEFAULT_MAX_OPEN_ORDERS = 200;

export interface OrderRequest {
  symbol: string;
  isIsolated: boolean;
  side: Side;
  type: OrderType;
  quantity?: Dec;
  quoteOrderQty?: Dec;
  price?: Dec;
  stopPrice?: Dec;
  trailingDelta?: number;
  timeInForce?: 'GTC' | 'IOC' | 'FOK';
  newClientOrderId?: string;
  icebergQty?: Dec;
  sideEffectType: SideEffect;
  autoRepayAtCancel: boolean;
  selfTradePreventionMode: string;
}

export interface OcoRequest {
  symbol: string;
  isIsolated: boolean;
  side: Side;
  quantity: Dec;
  price: Dec;
  stopPrice: Dec;
  stopLimitPrice?: Dec;
  stopLimitTimeInForce?: 'GTC' | 'IOC' | 'FOK';
  listClientOrderId?: string;
  limitClientOrderId?: string;
  stopClientOrderId?: string;
  limitIcebergQty?: Dec;
  stopIcebergQty?: Dec;
  sideEffectType: SideEffect;
  autoRepayAtCancel: boolean;
  selfTradePreventionMode: string;
}

export interface FillInfo {
  readonly price: Dec;
  readonly qty: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly tradeId: bigint;
}

export interface PlaceResult {
  readonly order: Order;
  readonly fills: FillInfo[];
  /** What the order borrowed when placed (zero when nothing). */
  readonly borrowAmount: Dec;
  readonly borrowAsset: string;
}

export interface FilledNotice {
  readonly api: 'margin' | 'portfolioMargin';
  readonly apiKey: string;
  readonly symbol: string;
  readonly orderId: bigint;
  readonly status: string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Engine {
  readonly market: Market;
  readonly accounts = new Map<string, Account>();
  readonly leverage: Dec;
  /** Binance's symbol filters by symbol (`orderRules`), see filters.ts. */
  readonly orderRules: Map<string, OrderRules>;
  /** Transfers, capital flow and the per-account records of the SAPI account operations. */
  readonly records: MarginRecords;
  private readonly hourlyRates: Map<string, Dec>;
  private readonly defaultRate: Dec;
  private readonly borrowLimits: Map<string, Dec>;
  private readonly maxOpenOrders: number;
  private readonly precisions: Map<string, number>;
  private ids!: Record<IdKind, bigint>;
  /** Ids `withIds` queued for the next `nextId` calls, and the ids it handed out (which the counters skip). */
  private readonly chosenIds = new Map<IdKind, bigint[]>();
  private readonly takenIds = new Map<IdKind, Set<bigint>>();
  private seed = 0x2f6b1a3d;
  /**
   * The free margin (equity − initial margin, in USDT) of the unified account a wallet belongs to, when more than
   * the wallet counts: a Portfolio Margin wallet whose account holds futures positions or orders (installed by the
   * futures engine, futures/engine.ts). `undefined` leaves the wallet's own collateral rule alone.
   */
  unifiedFreeMargin: (wallet: Wallet) => Dec | undefined = () => undefined;

  constructor(
    readonly config: MockConfig,
    readonly clock: Clock,
  ) {
    this.market = new Market(config.prices ?? {}, config.symbols);
    this.leverage = new D(config.leverage ?? 3);
    this.orderRules = compileOrderRules(config.orderRules);
    this.hourlyRates = new Map(Object.entries(config.interest?.hourlyRates ?? {}).map(([a, r]) => [a, new D(r)]));
    this.defaultRate = new D(config.interest?.defaultHourlyRate ?? DEFAULT_HOURLY_RATE);
    this.borrowLimits = new Map(Object.entries(config.borrowLimits ?? {}).map(([a, r]) => [a, new D(r)]));
    this.maxOpenOrders = config.maxOpenOrders ?? DEFAULT_MAX_OPEN_ORDERS;
    this.precisions = new Map(Object.entries(config.assetPrecision ?? {}));
    this.ids = {
      orderId: BigInt(config.ids?.orderId ?? DEFAULT_IDS.orderId),
      orderListId: BigInt(config.ids?.orderListId ?? DEFAULT_IDS.orderListId),
      tradeId: BigInt(config.ids?.tradeId ?? DEFAULT_IDS.tradeId),
      tranId: BigInt(config.ids?.tranId ?? DEFAULT_IDS.tranId),
      accountId: BigInt(config.ids?.accountId ?? DEFAULT_IDS.accountId),
    };
    for (const account of config.accounts ?? []) {
      const verifier = account.publicKey ? publicKeyVerifier(account.publicKey) : hmacVerifier(account.apiSecret ?? '');
      const a = new Account(
        account.apiKey,
        account.name ?? account.apiKey,
        verifier,
        this.nextId('accountId'),
        new D(account.commissionRate ?? config.commissionRate ?? '0'),
        clock.now(),
        config.historyLimit,
      );
      a.margin.cross.load(account.margin);
      for (const [symbol, balances] of Object.entries(account.isolated ?? {})) {
        a.margin.isolated.set(symbol, new Wallet(symbol).load(balances));
      }
      a.portfolioMargin.wallet.load(account.portfolioMargin);
      initSapiState(a, account, clock.now());
      for (const { wallet } of a.wallets()) this.checkPrecision(wallet, account.name ?? account.apiKey);
      const sapi = sapiState(a);
      for (const wallet of [sapi.spot, ...sapi.otherWallets.values()]) this.checkPrecision(wallet, account.name ?? account.apiKey);
      this.accounts.set(account.apiKey, a);
    }
    this.records = new MarginRecords(this, config);
  }

  /** A configured balance finer than its asset's precision would hide digits the answers never show. */
  private checkPrecision(wallet: Wallet, account: string): void {
    for (const [asset, b] of wallet.balances) {
      for (const [field, value] of Object.entries(b)) {
        if (value.decimalPlaces() > this.precision(asset)) {
          throw new Error(`invalid mock configuration: account ${account}: ${asset} ${field} ${value.toFixed()} has more than ${this.precision(asset)} decimals (the asset's precision)`);
        }
      }
    }
  }

  // ---------------------------------------------------------------- precision

  /** Decimal places `asset` is kept at (configured `assetPrecision`, else 8). */
  precision(asset: string): number {
    return this.precisions.get(asset) ?? SCALE;
  }

  /** An amount of `asset` rounded down to its precision (what is received, charged as interest, or may be taken). */
  down(asset: string, value: Dec): Dec {
    return value.toDecimalPlaces(this.precision(asset), D.ROUND_DOWN);
  }

  /** An amount of `asset` rounded up to its precision (what is paid, locked or borrowed to cover a cost). */
  up(asset: string, value: Dec): Dec {
    return value.toDecimalPlaces(this.precision(asset), D.ROUND_UP);
  }

  /** What a trade of `qty` at `price` moves in the quote asset: a buyer pays it rounded up, a seller receives it rounded down. */
  quoteAmount(quoteAsset: string, side: Side, qty: Dec, price: Dec): Dec {
    const exact = qty.mul(price);
    return compact(side === 'BUY' ? this.up(quoteAsset, exact) : this.down(quoteAsset, exact));
  }

  nextId(name: IdKind): bigint {
    const chosen = this.chosenIds.get(name);
    if (chosen && chosen.length > 0) {
      const id = chosen.shift()!;
      let taken = this.takenIds.get(name);
      if (!taken) this.takenIds.set(name, (taken = new Set()));
      taken.add(id);
      return id;
    }
    let id = this.ids[name];
    const taken = this.takenIds.get(name);
    if (taken) while (taken.has(id)) id++;
    // Unreachable in practice (a start leaves ID_ROOM ids); an id above 2^63 - 1 would break every client.
    if (id > INT64_MAX) throw new Error(`the mock's ${name} counter passed ${INT64_MAX}; reset it with a lower ids.${name}`);
    this.ids[name] = id + 1n;
    return id;
  }

  /**
   * Runs `action` with chosen ids (the demo seed's documented ids): its `nextId(kind)` calls return `ids[kind]`
   * in order. The counters never hand those ids out again.
   */
  withIds<T>(ids: Partial<Record<IdKind, readonly bigint[]>>, action: () => T): T {
    const kinds = Object.keys(ids) as IdKind[];
    for (const kind of kinds) this.chosenIds.set(kind, [...(ids[kind] ?? [])]);
    try {
      return action();
    } finally {
      for (const kind of kinds) this.chosenIds.delete(kind);
    }
  }

  /** Deterministic pseudo-random alphanumerics (client order ids, listen keys). */
  randomText(length: number): string {
    // Built from char codes in one go: a string grown with `+=` is a rope of `length` pieces in memory.
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) {
      let x = this.seed;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      this.seed = x >>> 0;
      codes[i] = ALNUM.charCodeAt(this.seed % ALNUM.length);
    }
    return String.fromCharCode(...codes);
  }

  // ---------------------------------------------------------------- interest

  hourlyRate(asset: string): Dec {
    return this.hourlyRates.get(asset) ?? this.defaultRate;
  }

  borrowLimit(asset: string): Dec {
    return this.borrowLimits.get(asset) ?? new D(DEFAULT_BORROW_LIMIT);
  }

  /**
   * Charges the periodic interest of every full hour passed since the last call: `borrowed × rate`, rounded down to the asset's precision, per
   * hour. Nothing changes the principal between two calls, so the hours are charged in one multiplication and
   * only the records the history keeps (the newest `historyLimit` hours) are written: a clock moved by years
   * costs no more than one moved by `historyLimit` hours.
   */
  accrue(account: Account): void {
    const hour = Math.floor(this.clock.now() / HOUR);
    if (hour <= account.accruedHour) return;
    const hours = hour - account.accruedHour;
    const charged: { wallet: Wallet; ledger: Ledger; asset: string; principal: Dec; rate: Dec; interest: Dec }[] = [];
    for (const { wallet, ledger } of account.wallets()) {
      for (const [asset, b] of wallet.balances) {
        if (!b.borrowed.greaterThan(0)) continue;
        const rate = this.hourlyRate(asset);
        const interest = this.down(asset, b.borrowed.mul(rate));
        if (interest.isZero()) continue;
        b.interest = b.interest.plus(interest.mul(hours));
        charged.push({ wallet, ledger, asset, principal: b.borrowed, rate, interest });
      }
    }
    account.accruedHour = hour;
    if (charged.length === 0) return;
    const kept = Math.min(hours, charged[0]!.ledger.historyLimit);
    for (let h = hour - kept + 1; h <= hour; h++) {
      for (const c of charged) this.record(c.ledger, c.wallet, c.asset, c.principal, c.rate, c.interest, 'PERIODIC', h * HOUR);
    }
  }

  /** Charges one hour of interest when a loan is taken (`ON_BORROW`). */
  private chargeOnBorrow(ledger: Ledger, wallet: Wallet, asset: string, principal: Dec, time: number): void {
    const rate = this.hourlyRate(asset);
    const interest = this.down(asset, principal.mul(rate));
    if (interest.isZero()) return;
    const b = wallet.get(asset);
    b.interest = b.interest.plus(interest);
    this.record(ledger, wallet, asset, principal, rate, interest, 'ON_BORROW', time);
  }

  private record(ledger: Ledger, wallet: Wallet, asset: string, principal: Dec, rate: Dec, interest: Dec, type: 'ON_BORROW' | 'PERIODIC', time: number): void {
    ledger.add(ledger.interest, {
      txId: this.nextId('tranId'),
      time,
      asset,
      ...(wallet.isolatedSymbol ? { isolatedSymbol: wallet.isolatedSymbol } : {}),
      principal,
      interest,
      rate,
      type,
    });
  }

  // ---------------------------------------------------------------- collateral

  /** The asset every wallet is valued in: USDT, or the quote asset of an isolated pair. */
  private target(wallet: Wallet): string {
    if (wallet.isolatedSymbol) return this.market.info(wallet.isolatedSymbol)?.quote ?? 'USDT';
    return 'USDT';
  }

  /** Total assets and liabilities of a wallet in `target`. */
  totals(wallet: Wallet, target = this.target(wallet)): { assets: Dec; liability: Dec } {
    let assets = ZERO;
    let liability = ZERO;
    for (const [asset, b] of wallet.balances) {
      const held = plus(plus(plus(b.free, b.locked), b.um), b.cm);
      const owed = plus(b.borrowed, b.interest);
      if (!held.isZero()) assets = plus(assets, this.market.value(asset, held, target));
      if (!owed.isZero()) liability = plus(liability, this.market.value(asset, owed, target));
    }
    return { assets, liability };
  }

  /**
   * Collateral rule: an account may owe at most (leverage − 1) × its net equity. The most of `asset` it can
   * still borrow is what keeps it within that, and within the asset's borrow limit.
   */
  maxBorrowable(wallet: Wallet, asset: string): { amount: Dec; limit: Dec } {
    const limit = this.borrowLimit(asset);
    const target = this.target(wallet);
    const { assets, liability } = this.totals(wallet, target);
    const leverage = this.records.leverageOf(wallet) ?? this.leverage;
    const room = leverage.minus(1).mul(assets.minus(liability)).minus(liability);
    const rate = this.market.rate(asset, target);
    let amount = rate && room.greaterThan(0) ? this.down(asset, room.div(rate)) : ZERO;
    const left = limit.minus(wallet.peek(asset)?.borrowed ?? ZERO);
    amount = min(amount, left);
    const inventory = this.records.inventoryLeft(wallet, asset);
    if (inventory) amount = min(amount, inventory);
    // A loan adds as much to the assets as to the liabilities: it leaves equity alone and raises the initial
    // margin by amount / (L − 1), so the unified account can borrow (L − 1) × its free margin at most.
    const free = this.unifiedFreeMargin(wallet);
    if (free !== undefined) amount = min(amount, rate && free.greaterThan(0) ? this.down(asset, leverage.minus(1).mul(free).div(rate)) : ZERO);
    return { amount: amount.isNegative() ? ZERO : amount, limit };
  }

  /** The most of `asset` that can leave the wallet while the loans stay within the collateral rule. */
  maxTransferable(wallet: Wallet, asset: string): Dec {
    const ownRule = this.walletMaxTransferable(wallet, asset);
    // What leaves lowers equity one for one: the unified account keeps at least its initial margin.
    const unified = this.unifiedFreeMargin(wallet);
    if (unified === undefined) return ownRule;
    const rate = this.market.rate(asset, this.target(wallet));
    return rate && unified.greaterThan(0) ? min(ownRule, this.down(asset, unified.div(rate))) : ZERO;
  }

  private walletMaxTransferable(wallet: Wallet, asset: string): Dec {
    const free = wallet.peek(asset)?.free ?? ZERO;
    const target = this.target(wallet);
    const { assets, liability } = this.totals(wallet, target);
    if (liability.isZero()) return this.down(asset, free);
    const leverage = this.records.leverageOf(wallet) ?? this.leverage;
    const excess = assets.minus(liability).minus(liability.div(leverage.minus(1)));
    const rate = this.market.rate(asset, target);
    if (!rate || !excess.greaterThan(0)) return ZERO;
    return this.down(asset, min(free, excess.div(rate)));
  }

  // ---------------------------------------------------------------- loans

  borrow(venue: Venue, wallet: Wallet, asset: string, amount: Dec, type: 'AUTO' | 'MANUAL'): bigint {
    const b = wallet.get(asset);
    b.borrowed = b.borrowed.plus(amount);
    b.free = b.free.plus(amount);
    const txId = this.nextId('tranId');
    const now = this.clock.now();
    venue.ledger.add(venue.ledger.borrows, {
      txId,
      asset,
      ...(wallet.isolatedSymbol ? { isolatedSymbol: wallet.isolatedSymbol } : {}),
      principal: amount,
      timestamp: now,
      type,
    });
    this.records.borrowed(venue, wallet, asset, amount, txId, now);
    this.chargeOnBorrow(venue.ledger, wallet, asset, amount, now);
    return txId;
  }

  /**
   * Repays `amount` from the free balance: interest first, then principal (Binance's rule for repayments), or
   * principal only (`interestFirst` false: the loan an order took, repaid when it is cancelled). The caller
   * checks the bounds.
   */
  repay(venue: Venue, wallet: Wallet, asset: string, amount: Dec, type: 'AUTO' | 'MANUAL', interestFirst = true): bigint {
    const b = wallet.get(asset);
    const toInterest = interestFirst ? min(amount, b.interest) : ZERO;
    const toPrincipal = amount.minus(toInterest);
    b.interest = b.interest.minus(toInterest);
    b.borrowed = b.borrowed.minus(toPrincipal);
    b.free = b.free.minus(amount);
    const txId = this.nextId('tranId');
    venue.ledger.add(venue.ledger.repays, {
      txId,
      asset,
      ...(wallet.isolatedSymbol ? { isolatedSymbol: wallet.isolatedSymbol } : {}),
      amount,
      principal: toPrincipal,
      interest: toInterest,
      timestamp: this.clock.now(),
      type,
    });
    this.records.repaid(venue, wallet, asset, amount, txId, this.clock.now());
    return txId;
  }

  /** Repays as much of the asset's liability as `available` (and the free balance) allows. */
  private autoRepay(venue: Venue, wallet: Wallet, asset: string, available: Dec): void {
    const b = wallet.get(asset);
    const owed = b.borrowed.plus(b.interest);
    const amount = min(min(available, owed), b.free);
    if (amount.greaterThan(0)) this.repay(venue, wallet, asset, amount, 'AUTO');
  }

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

  placeOco(account: Account, venue: Venue, wallet: Wallet, req: OcoRequest): { list: OrderList; borrowAmount: Dec; borrowAsset: string } {
    const info = this.market.info(req.symbol)!;
    const market = this.market.price(req.symbol)!;
    for (const id of [req.listClientOrderId, req.limitClientOrderId, req.stopClientOrderId]) this.checkClientId(venue, id);
    if (req.quantity.isZero()) throw E.zeroNotional();
    const ordered =
      req.side === 'SELL'
        ? req.price.greaterThan(market) && market.greaterThan(req.stopPrice)
        : req.price.lessThan(market) && market.lessThan(req.stopPrice);
    if (!ordered) throw E.ocoPrices();
    this.checkOpenOrders(venue, wallet, req.symbol, 2);

    const spendAsset = req.side === 'BUY' ? info.quote : info.base;
    // BUY: the dearest price either leg may pay; SELL: the quantity.
    let dearest = req.price.greaterThan(req.stopPrice) ? req.price : req.stopPrice;
    if (req.stopLimitPrice && req.stopLimitPrice.greaterThan(dearest)) dearest = req.stopLimitPrice;
    const need = req.side === 'SELL' ? req.quantity : this.quoteAmount(info.quote, 'BUY', req.quantity, dearest);
    const borrowed = this.fund(venue, wallet, spendAsset, need, req.sideEffectType);

    const now = this.clock.now();
    const listId = this.nextId('orderListId');
    const list: OrderList = {
      orderListId: listId,
      listClientOrderId: req.listClientOrderId ?? this.clientId(),
      symbol: req.symbol,
      isIsolated: req.isIsolated,
      contingencyType: 'OCO',
      listStatusType: 'EXEC_STARTED',
      listOrderStatus: 'EXECUTING',
      transactionTime: now,
      updateTime: now,
      orders: [],
      wallet,
      lockAsset: spendAsset,
      lockAmount: ZERO,
      borrowAsset: spendAsset,
      borrowAmount: borrowed,
      sideEffectType: req.sideEffectType,
      autoRepayAtCancel: req.autoRepayAtCancel,
    };
    const leg = (type: OrderType, price: Dec, stopPrice: Dec, clientId: string | undefined, tif: 'GTC' | 'IOC' | 'FOK', iceberg: Dec | undefined): Order => ({
      orderId: this.nextId('orderId'),
      clientOrderId: clientId ?? this.clientId(),
      symbol: req.symbol,
      isIsolated: req.isIsolated,
      side: req.side,
      type,
      timeInForce: tif,
      price,
      stopPrice,
      trailing: false,
      origQty: req.quantity,
      executedQty: ZERO,
      cummulativeQuoteQty: ZERO,
      icebergQty: iceberg ?? ZERO,
      status: 'NEW',
      time: now,
      updateTime: now,
      isWorking: type === 'LIMIT_MAKER',
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
    const stopLeg = req.stopLimitPrice
      ? leg('STOP_LOSS_LIMIT', req.stopLimitPrice, req.stopPrice, req.stopClientOrderId, req.stopLimitTimeInForce ?? 'GTC', req.stopIcebergQty)
      : leg('STOP_LOSS', ZERO, req.stopPrice, req.stopClientOrderId, 'GTC', req.stopIcebergQty);
    const limitLeg = leg('LIMIT_MAKER', req.price, ZERO, req.limitClientOrderId, 'GTC', req.limitIcebergQty);
    list.orders.push(stopLeg, limitLeg);
    for (const o of list.orders) {
      venue.book.addOrder(o);
      venue.book.open.add(o);
    }
    venue.book.addList(list);
    this.lock(wallet, list, spendAsset, need);
    return { list, borrowAmount: borrowed, borrowAsset: spendAsset };
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

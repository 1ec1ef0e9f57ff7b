/**
 * The accounts of the mock and what they owe: balances at each asset's precision, the id counters, interest
 * (charged on borrowing and every hour), the collateral rule (maximum borrowable and transferable) and loans
 * (borrow, repay, auto-repay). The order side of the simulator extends it (Engine, engine.ts).
 */
import type { MockConfig } from '../config.js';
import { DEFAULT_BORROW_LIMIT, DEFAULT_HOURLY_RATE, DEFAULT_IDS, INT64_MAX } from '../config.js';
import { hmacVerifier, publicKeyVerifier } from '../auth.js';
import { HOUR, type Clock } from '../clock.js';
import { D, SCALE, ZERO, compact, min, plus, type Dec } from '../decimal.js';
import { compileOrderRules, type OrderRules } from './filters.js';
import { Market } from './market.js';
import { initSapiState, sapiState } from './sapi-state.js';
import { MarginRecords } from './records.js';
import { Account, Wallet, type Ledger, type Side, type Venue } from './state.js';

/** The id counters of the simulation. */
export type IdKind = keyof typeof DEFAULT_IDS;

/** Binance's MAX_NUM_ORDERS filter: open orders per symbol (and wallet) unless configured. */
export const DEFAULT_MAX_OPEN_ORDERS = 200;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class LoanEngine {
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
  protected readonly maxOpenOrders: number;
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
  protected autoRepay(venue: Venue, wallet: Wallet, asset: string, available: Dec): void {
    const b = wallet.get(asset);
    const owed = b.borrowed.plus(b.interest);
    const amount = min(min(available, owed), b.free);
    if (amount.greaterThan(0)) this.repay(venue, wallet, asset, amount, 'AUTO');
  }
}

/**
 * The margin (SAPI) records the engine keeps beside balances and orders: transfers, the capital flow of every
 * balance movement, and the per-account settings and records of the account operations (max leverage, BNB
 * burn, small-liability exchanges, the liquidation loan, listen tokens).
 *
 * The engine reports each borrow, repayment and trade of the margin venue here as it happens, so the capital
 * flow is complete and in order; transfers are recorded by whoever moves funds in or out (`recordTransfer`).
 * Every list is bounded by the configuration's `historyLimit` per account: beyond it the oldest rows are
 * forgotten, as Binance only serves recent history anyway (90 days for the capital flow).
 */
import type { AccountConfig, MockConfig } from '../config.js';
import { D, ZERO, type Dec } from '../decimal.js';
import type { LoanEngine } from './loan-engine.js';
import { MarketCatalog } from './market-catalog.js';
import type { Account, Side, Trade, Venue, Wallet } from './state.js';

/** Binance's capital-flow types (the `type` parameter and field of `GET /sapi/v1/margin/capital-flow`). */
export const CAPITAL_FLOW_TYPES = [
  'TRANSFER',
  'BORROW',
  'REPAY',
  'BUY_INCOME',
  'BUY_EXPENSE',
  'SELL_INCOME',
  'SELL_EXPENSE',
  'TRADING_COMMISSION',
  'BUY_LIQUIDATION',
  'SELL_LIQUIDATION',
  'REPAY_LIQUIDATION',
  'OTHER_LIQUIDATION',
  'LIQUIDATION_FEE',
  'SMALL_BALANCE_CONVERT',
  'COMMISSION_RETURN',
  'SMALL_CONVERT',
] as const;
export type CapitalFlowType = (typeof CAPITAL_FLOW_TYPES)[number];

export interface CapitalFlowRecord {
  readonly id: bigint;
  readonly tranId: bigint;
  readonly timestamp: number;
  readonly asset: string;
  /** The isolated pair of an isolated-margin movement; absent for the cross-margin account. */
  readonly symbol?: string;
  readonly type: CapitalFlowType;
  /** Positive, except a `TRANSFER` out of the account, which is negative. */
  readonly amount: Dec;
}

/** The wallets Binance names in `transFrom` / `transTo`. */
export type TransferWallet =
  | 'SPOT'
  | 'FUTURES'
  | 'FIAT'
  | 'DELIVERY'
  | 'MINING'
  | 'ISOLATED_MARGIN'
  | 'FUNDING'
  | 'MOTHER_SPOT'
  | 'OPTION'
  | 'SUB_SPOT'
  | 'SUB_MARGIN'
  | 'CROSS_MARGIN';

/** One end of a transfer: a wallet, and the pair when it is an isolated-margin wallet. */
export interface TransferEnd {
  readonly wallet: TransferWallet;
  readonly symbol?: string;
}

export interface TransferRecord {
  readonly txId: bigint;
  readonly asset: string;
  readonly amount: Dec;
  readonly type: 'ROLL_IN' | 'ROLL_OUT';
  /** Milliseconds (the history answers seconds, as Binance documents). */
  readonly timestamp: number;
  readonly transFrom: TransferWallet;
  readonly transTo: TransferWallet;
  /** The isolated pair whose history the row belongs to; absent for the cross-margin account. */
  readonly isolatedSymbol?: string;
  readonly fromSymbol?: string;
  readonly toSymbol?: string;
}

export interface SmallLiabilityRecord {
  readonly asset: string;
  readonly amount: Dec;
  readonly targetAsset: string;
  readonly targetAmount: Dec;
  readonly timestamp: number;
}

export interface LiquidationLoan {
  readonly asset: string;
  readonly amount: Dec;
  repaid: Dec;
}

export interface LiquidationRepayRecord {
  readonly repayId: bigint;
  readonly asset: string;
  readonly amount: Dec;
  readonly status: 'SUCCESS' | 'PENDING';
  readonly createTime: number;
}

export interface ListenToken {
  readonly expirationTime: number;
  readonly isolatedSymbol?: string;
}

/** A list that forgets its oldest entries beyond a limit. */
export class BoundedList<T> {
  readonly items: T[] = [];
  constructor(private readonly limit: number) {}

  push(item: T): void {
    this.items.push(item);
    if (this.items.length > this.limit) this.items.shift();
  }
}

/** What the margin venue of one account records beyond the engine's state. */
export class AccountRecords {
  readonly transfers: BoundedList<TransferRecord>;
  readonly capitalFlow: BoundedList<CapitalFlowRecord>;
  readonly smallLiabilityExchanges: BoundedList<SmallLiabilityRecord>;
  readonly liquidationRepays: BoundedList<LiquidationRepayRecord>;
  /** Active listen tokens by token text; expired ones are dropped whenever a new one is issued. */
  readonly listenTokens = new Map<string, ListenToken>();
  /** Cross-margin max leverage set with `POST /sapi/v1/margin/max-leverage`; the configured leverage until then. */
  maxLeverage: Dec | undefined;
  readonly bnbBurn: { spotBNBBurn: boolean; interestBNBBurn: boolean };
  liquidationLoan: LiquidationLoan | undefined;
  /** When the last small-liability exchange was made (Binance allows one per 6 hours). */
  lastSmallLiabilityExchange: number | undefined;

  constructor(config: AccountConfig | undefined, historyLimit: number) {
    this.transfers = new BoundedList(historyLimit);
    this.capitalFlow = new BoundedList(historyLimit);
    this.smallLiabilityExchanges = new BoundedList(historyLimit);
    this.liquidationRepays = new BoundedList(historyLimit);
    this.maxLeverage = config?.maxLeverage === undefined ? undefined : new D(config.maxLeverage);
    this.bnbBurn = { spotBNBBurn: config?.bnbBurn?.spotBNBBurn ?? true, interestBNBBurn: config?.bnbBurn?.interestBNBBurn ?? false };
    const loan = config?.liquidationLoan;
    this.liquidationLoan = loan ? { asset: loan.asset ?? 'USDC', amount: new D(loan.amount), repaid: ZERO } : undefined;
  }
}

/** Capital-flow ids count from here (Binance's are plain numbers below 2^53). */
const FIRST_CAPITAL_FLOW_ID = 487261530n;

export class MarginRecords {
  private readonly byAccount = new Map<Account, AccountRecords>();
  private readonly byVenue = new Map<Venue, AccountRecords>();
  private readonly byCrossWallet = new Map<Wallet, AccountRecords>();
  /** The market data of the margin market-data operations. */
  readonly catalog: MarketCatalog;
  private nextFlowId = FIRST_CAPITAL_FLOW_ID;
  private nextRepayId = 12345678n;

  /** Built once the engine has its accounts (they never change afterwards; a reset builds a new engine). */
  constructor(
    private readonly engine: LoanEngine,
    config: MockConfig,
  ) {
    this.catalog = new MarketCatalog(config, engine.market, engine.clock.now());
    const configs = new Map((config.accounts ?? []).map((a) => [a.apiKey, a]));
    const historyLimit = config.historyLimit ?? 10_000;
    for (const account of engine.accounts.values()) {
      const records = new AccountRecords(configs.get(account.apiKey), historyLimit);
      this.byAccount.set(account, records);
      this.byVenue.set(account.margin, records);
      this.byCrossWallet.set(account.margin.cross, records);
    }
  }

  /** The records of an account. */
  of(account: Account): AccountRecords {
    const records = this.byAccount.get(account);
    if (!records) throw new Error(`no records for account ${account.name}`);
    return records;
  }

  private ofVenue(venue: Venue): AccountRecords | undefined {
    return this.byVenue.get(venue);
  }

  /** The leverage of the collateral rule for a wallet: the account's max leverage for its cross wallet. */
  leverageOf(wallet: Wallet): Dec | undefined {
    return this.byCrossWallet.get(wallet)?.maxLeverage;
  }

  /** What every account owes of an asset, on cross margin (`MARGIN`) or on isolated pairs (`ISOLATED`). */
  owed(type: 'MARGIN' | 'ISOLATED', asset: string): Dec {
    let total = ZERO;
    for (const account of this.engine.accounts.values()) {
      if (type === 'MARGIN') total = total.plus(account.margin.cross.peek(asset)?.borrowed ?? ZERO);
      else for (const w of account.margin.isolated.values()) total = total.plus(w.peek(asset)?.borrowed ?? ZERO);
    }
    return total;
  }

  /**
   * What Binance can still lend of an asset to this SAPI wallet's kind, when `marketData.inventory` configures
   * it (undefined otherwise, and for portfolio-margin wallets): the inventory minus what every account owes.
   */
  inventoryLeft(wallet: Wallet, asset: string): Dec | undefined {
    const type = wallet.isolatedSymbol ? 'ISOLATED' : this.byCrossWallet.has(wallet) ? 'MARGIN' : undefined;
    if (!type) return undefined;
    const inventory = this.catalog.inventory[type].get(asset);
    if (inventory === undefined) return undefined;
    const left = inventory.minus(this.owed(type, asset));
    return left.greaterThan(0) ? left : ZERO;
  }

  flow(records: AccountRecords, row: Omit<CapitalFlowRecord, 'id'>): void {
    records.capitalFlow.push({ id: this.nextFlowId++, ...row });
  }

  nextLiquidationRepayId(): bigint {
    return this.nextRepayId++;
  }

  // ------------------------------------------------------------ reported by the engine

  borrowed(venue: Venue, wallet: Wallet, asset: string, amount: Dec, txId: bigint, time: number): void {
    const records = this.ofVenue(venue);
    if (records) this.flow(records, { tranId: txId, timestamp: time, asset, ...symbolOf(wallet), type: 'BORROW', amount });
  }

  repaid(venue: Venue, wallet: Wallet, asset: string, amount: Dec, txId: bigint, time: number): void {
    const records = this.ofVenue(venue);
    if (records) this.flow(records, { tranId: txId, timestamp: time, asset, ...symbolOf(wallet), type: 'REPAY', amount });
  }

  /**
   * A fill: what the order spent and received (`quoteQty`: the quote amount as the engine moved it, rounded to
   * the asset's precision), and the commission taken from what it received.
   */
  traded(venue: Venue, wallet: Wallet, side: Side, base: string, quote: string, trade: Trade, quoteQty: Dec): void {
    const records = this.ofVenue(venue);
    if (!records) return;
    const at = { tranId: trade.id, timestamp: trade.time, ...symbolOf(wallet) };
    if (side === 'BUY') {
      this.flow(records, { ...at, asset: quote, type: 'BUY_EXPENSE', amount: quoteQty });
      this.flow(records, { ...at, asset: base, type: 'BUY_INCOME', amount: trade.qty });
    } else {
      this.flow(records, { ...at, asset: base, type: 'SELL_EXPENSE', amount: trade.qty });
      this.flow(records, { ...at, asset: quote, type: 'SELL_INCOME', amount: quoteQty });
    }
    if (!trade.commission.isZero()) this.flow(records, { ...at, asset: trade.commissionAsset, type: 'TRADING_COMMISSION', amount: trade.commission });
  }

  // ------------------------------------------------------------ transfers

  /**
   * Records a transfer between two wallets of an account, one end at least a margin wallet, and answers its
   * transaction id. The margin end(s) get a transfer-history row and a `TRANSFER` capital-flow row (negative
   * when the asset leaves). The caller moves the balances.
   */
  recordTransfer(account: Account, asset: string, amount: Dec, from: TransferEnd, to: TransferEnd): bigint {
    const records = this.of(account);
    const txId = this.engine.nextId('tranId');
    const timestamp = this.engine.clock.now();
    const between = from.wallet === 'ISOLATED_MARGIN' && to.wallet === 'ISOLATED_MARGIN' ? { fromSymbol: from.symbol, toSymbol: to.symbol } : {};
    const side = (end: TransferEnd, type: 'ROLL_IN' | 'ROLL_OUT') => {
      if (end.wallet !== 'CROSS_MARGIN' && end.wallet !== 'ISOLATED_MARGIN') return;
      const isolatedSymbol = end.wallet === 'ISOLATED_MARGIN' ? end.symbol : undefined;
      records.transfers.push({
        txId,
        asset,
        amount,
        type,
        timestamp,
        transFrom: from.wallet,
        transTo: to.wallet,
        ...(isolatedSymbol ? { isolatedSymbol } : {}),
        ...between,
      });
      this.flow(records, {
        tranId: txId,
        timestamp,
        asset,
        ...(isolatedSymbol ? { symbol: isolatedSymbol } : {}),
        type: 'TRANSFER',
        amount: type === 'ROLL_IN' ? amount : amount.neg(),
      });
    };
    side(from, 'ROLL_OUT');
    side(to, 'ROLL_IN');
    return txId;
  }
}

function symbolOf(wallet: Wallet): { symbol?: string } {
  return wallet.isolatedSymbol ? { symbol: wallet.isolatedSymbol } : {};
}

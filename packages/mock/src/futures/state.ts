/**
 * The futures state of one account: per market (UM, CM) the position mode, leverage, positions, orders,
 * conditional and algo orders, trades, amendments and income events.
 */
import { ZERO, type Dec } from '../decimal.js';
import type { FuturesMarketId } from './config.js';

export type Side = 'BUY' | 'SELL';
export type PositionSide = 'BOTH' | 'LONG' | 'SHORT';
export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED';
export type StrategyType = 'STOP' | 'STOP_MARKET' | 'TAKE_PROFIT' | 'TAKE_PROFIT_MARKET' | 'TRAILING_STOP_MARKET';

export interface FuturesOrder {
  readonly orderId: bigint;
  readonly clientOrderId: string;
  readonly symbol: string;
  readonly side: Side;
  readonly positionSide: PositionSide;
  readonly type: 'LIMIT' | 'MARKET';
  /** The conditional type that created it, else the same as `type`. */
  readonly origType: string;
  readonly timeInForce: string;
  price: Dec;
  origQty: Dec;
  executedQty: Dec;
  /** UM: quote value filled; CM: base-coin value filled. */
  cumValue: Dec;
  avgPrice: Dec;
  readonly reduceOnly: boolean;
  readonly closePosition: boolean;
  status: OrderStatus;
  readonly time: number;
  updateTime: number;
  readonly selfTradePreventionMode: string;
  readonly goodTillDate: number;
  readonly priceMatch: string;
  modifyId?: bigint;
  amendments: number;
}

export interface StrategyOrder {
  /** `conditional` (um/cm conditional endpoints) or `algo` (um/algo endpoints). */
  readonly kind: 'conditional' | 'algo';
  readonly id: bigint;
  readonly clientId: string;
  readonly symbol: string;
  readonly side: Side;
  readonly positionSide: PositionSide;
  readonly strategyType: StrategyType;
  readonly timeInForce: string;
  /** Zero when the order closes the whole position on trigger. */
  readonly quantity: Dec;
  readonly price: Dec;
  readonly stopPrice: Dec;
  readonly activationPrice: Dec;
  readonly callbackRate: Dec;
  readonly workingType: string;
  readonly priceProtect: boolean;
  readonly reduceOnly: boolean;
  readonly closePosition: boolean;
  readonly selfTradePreventionMode: string;
  readonly goodTillDate: number;
  readonly priceMatch: string;
  status: 'NEW' | 'CANCELED' | 'TRIGGERED' | 'EXPIRED' | 'FINISHED' | 'REJECTED';
  readonly bookTime: number;
  updateTime: number;
  triggerTime: number;
  /** Best mark price since activation (trailing stops). */
  extreme?: Dec;
  activated: boolean;
  /** The regular order the trigger placed. */
  order?: FuturesOrder;
}

export interface Position {
  readonly symbol: string;
  readonly positionSide: PositionSide;
  /** Signed size: positive long, negative short (UM: base asset; CM: contracts). */
  amount: Dec;
  /**
   * Signed cost of the open size: UM Σ qty × price (quote asset); CM Σ value in the coin (qty × contractSize /
   * price, each trade rounded to 8 decimals). Kept exactly, so realized + unrealized profit always add up to the
   * trades' value against the mark price.
   */
  cost: Dec;
  updateTime: number;
}

export interface FuturesTrade {
  readonly id: bigint;
  readonly symbol: string;
  readonly orderId: bigint;
  readonly side: Side;
  readonly positionSide: PositionSide;
  readonly price: Dec;
  readonly qty: Dec;
  /** UM: quote value; CM: base-coin value. */
  readonly value: Dec;
  readonly realizedPnl: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly time: number;
  readonly maker: boolean;
}

export interface Amendment {
  readonly amendmentId: bigint;
  readonly symbol: string;
  readonly orderId: bigint;
  readonly clientOrderId: string;
  readonly time: number;
  readonly priceBefore: Dec;
  readonly priceAfter: Dec;
  readonly qtyBefore: Dec;
  readonly qtyAfter: Dec;
  readonly count: number;
  readonly modifyId?: bigint;
}

/**
 * A movement of a futures wallet, for the income history (`GET /papi/v1/um/income`, `GET /papi/v1/cm/income`):
 * fills add REALIZED_PNL and COMMISSION, funding ticks FUNDING_FEE, and the fund collections, BNB transfers and
 * negative-balance repayments of `pm-account/` TRANSFER rows.
 */
export interface IncomeEvent {
  readonly tranId: bigint;
  readonly market: FuturesMarketId;
  /** `""` for movements of no symbol (transfers). */
  readonly symbol: string;
  readonly incomeType: 'REALIZED_PNL' | 'COMMISSION' | 'FUNDING_FEE' | 'TRANSFER';
  /** What Binance puts in `info` (the income type unless given). */
  readonly info?: string;
  /** Signed: positive into the wallet. */
  readonly income: Dec;
  readonly asset: string;
  readonly time: number;
  readonly tradeId?: bigint;
}

export class MarketBook {
  dualSidePosition = false;
  readonly leverage = new Map<string, number>();
  readonly positions = new Map<string, Position>();
  readonly orders = new Map<bigint, FuturesOrder>();
  readonly open = new Set<FuturesOrder>();
  readonly byClientId = new Map<string, FuturesOrder>();
  readonly strategies = new Map<bigint, StrategyOrder>();
  readonly strategiesByClientId = new Map<string, StrategyOrder>();
  readonly trades: FuturesTrade[] = [];
  readonly amendments: Amendment[] = [];
  /** Open `GTD` orders and waiting `GTD` conditional and algo orders, for the expiry sweep (closed ones leave lazily). */
  readonly gtd = new Set<FuturesOrder | StrategyOrder>();

  constructor(readonly market: FuturesMarketId) {}

  position(symbol: string, side: PositionSide, now = 0): Position {
    const key = `${symbol}:${side}`;
    let p = this.positions.get(key);
    if (!p) this.positions.set(key, (p = { symbol, positionSide: side, amount: ZERO, cost: ZERO, updateTime: now }));
    return p;
  }

  peekPosition(symbol: string, side: PositionSide): Position | undefined {
    return this.positions.get(`${symbol}:${side}`);
  }

  /** Resting orders of one symbol (Binance's MAX_NUM_ORDERS counts them per symbol). */
  openCount(symbol: string): number {
    let n = 0;
    for (const o of this.open) if (o.symbol === symbol) n++;
    return n;
  }

  /** Waiting conditional and algo orders of one symbol (MAX_NUM_ALGO_ORDERS). */
  waitingStrategies(symbol: string): number {
    let n = 0;
    for (const o of this.strategies.values()) if (o.status === 'NEW' && o.symbol === symbol) n++;
    return n;
  }

  /**
   * Forgets the oldest closed orders, conditional and algo orders, trades and amendments beyond `limit` each
   * (`historyLimit`), as the margin side does: open and waiting ones are always kept.
   */
  forgetBeyond(limit: number): void {
    if (this.orders.size > limit) {
      for (const [id, o] of this.orders) {
        if (this.orders.size <= limit) break;
        if (this.open.has(o)) continue;
        this.orders.delete(id);
        this.gtd.delete(o);
        if (this.byClientId.get(o.clientOrderId) === o) this.byClientId.delete(o.clientOrderId);
      }
    }
    if (this.strategies.size > limit) {
      for (const [id, o] of this.strategies) {
        if (this.strategies.size <= limit) break;
        if (o.status === 'NEW') continue;
        this.strategies.delete(id);
        this.gtd.delete(o);
        if (this.strategiesByClientId.get(o.clientId) === o) this.strategiesByClientId.delete(o.clientId);
      }
    }
    keepNewest(this.trades, limit);
    keepNewest(this.amendments, limit);
  }

  openStrategies(kind: StrategyOrder['kind']): StrategyOrder[] {
    return [...this.strategies.values()].filter((s) => s.kind === kind && s.status === 'NEW');
  }
}

/** Drops the oldest entries of a history list beyond `limit`. */
export function keepNewest(list: unknown[], limit: number): void {
  if (list.length > limit) list.splice(0, list.length - limit);
}

export class FuturesAccount {
  readonly um = new MarketBook('um');
  readonly cm = new MarketBook('cm');
  /** Income events, oldest first, at most `historyLimit` (the oldest are forgotten). */
  readonly income: IncomeEvent[] = [];

  /** Records an income event, forgetting the oldest beyond `limit`. */
  recordIncome(event: IncomeEvent, limit: number): void {
    this.income.push(event);
    keepNewest(this.income, limit);
  }

  book(market: FuturesMarketId): MarketBook {
    return market === 'um' ? this.um : this.cm;
  }
}

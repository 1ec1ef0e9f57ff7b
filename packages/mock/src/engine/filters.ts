/**
 * Binance's symbol filters for margin orders, from the configuration's `orderRules`: the price step and range
 * (`PRICE_FILTER`), the quantity step and range (`LOT_SIZE`) and the order value (`NOTIONAL`), answered -1013 with
 * Binance's `Filter failure: …` message, and the ±15 % rule of the limit-price pairs (`marketData.limitPricePairs`,
 * served by `GET /sapi/v1/margin/limit-price-pairs`), answered -3064. The margin
 * best-practice guide: "Margin orders obey the same trading rules as spot (lot size, price step, minimum notional
 * value, etc.)".
 */
import type { ApiId } from '@marginkit/spec';
import type { OrderRulesConfig } from '../config.js';
import { D, ONE, type Dec } from '../decimal.js';
import { ApiError } from '../errors.js';
import type { Engine } from './engine.js';
import type { Side } from './state.js';

/** One order (or one order of a list) as the filters see it. */
export interface FilteredOrder {
  readonly side: Side;
  /** The limit price, when the order has one. */
  readonly price?: Dec;
  readonly stopPrice?: Dec;
  /** Base quantity; undefined for a market order by quote quantity. */
  readonly quantity?: Dec;
  /** The quote amount of a market order by quote quantity. */
  readonly quoteOrderQty?: Dec;
  readonly icebergQty?: Dec;
}

export interface OrderRules {
  readonly tickSize?: Dec;
  readonly minPrice?: Dec;
  readonly maxPrice?: Dec;
  readonly stepSize?: Dec;
  readonly minQty?: Dec;
  readonly maxQty?: Dec;
  readonly minNotional?: Dec;
  readonly maxNotional?: Dec;
}

/** Binance's band of the limit-price pairs: a limit price within (-15 %, 15 %) of the index price. */
export const LIMIT_PRICE_BAND = new D('0.15');

/** The -3064 band of a margin order's symbol: Binance's 15 % on the limit-price pairs, none elsewhere. */
export function limitPriceBand(engine: Engine, api: ApiId, symbol: string): Dec | undefined {
  return api === 'margin' && engine.records.catalog.limitPricePairs.includes(symbol) ? LIMIT_PRICE_BAND : undefined;
}

export function compileOrderRules(config: Record<string, OrderRulesConfig> = {}): Map<string, OrderRules> {
  const out = new Map<string, OrderRules>();
  for (const [symbol, rules] of Object.entries(config)) {
    const entries = Object.entries(rules).filter(([, v]) => v !== undefined).map(([k, v]) => [k, new D(v as string)]);
    out.set(symbol, Object.fromEntries(entries) as OrderRules);
  }
  return out;
}

const filterFailure = (filter: string) => new ApiError(400, -1013, `Filter failure: ${filter}`);

export const limitPriceOutsideBand = () =>
  new ApiError(400, -3064, 'Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.');

function onStep(value: Dec, step: Dec | undefined, from: Dec | undefined): boolean {
  if (!step || step.isZero()) return true;
  return value.minus(from ?? 0).mod(step).isZero();
}

function checkPrice(rules: OrderRules, price: Dec): void {
  if (rules.minPrice && price.lessThan(rules.minPrice)) throw filterFailure('PRICE_FILTER');
  if (rules.maxPrice && price.greaterThan(rules.maxPrice)) throw filterFailure('PRICE_FILTER');
  if (!onStep(price, rules.tickSize, rules.minPrice)) throw filterFailure('PRICE_FILTER');
}

/**
 * Checks one order against its symbol's rules at the current market (index) price. Order of checks: prices
 * (`PRICE_FILTER`), quantity (`LOT_SIZE`), value (`NOTIONAL`), then the limit-price `band` (-3064) when given: a
 * BUY limit more than the band above the price or a SELL limit more than the band below it. The band is a margin
 * (SAPI) rule of the limit-price pairs on orders going on the book now, so callers pass none for OTO/OTOCO pending
 * orders and portfolio-margin orders.
 */
export function checkOrderRules(rules: OrderRules | undefined, order: FilteredOrder, market: Dec, band?: Dec): void {
  if (band && order.price) {
    if (order.side === 'BUY' && order.price.greaterThan(market.mul(ONE.plus(band)))) throw limitPriceOutsideBand();
    if (order.side === 'SELL' && order.price.lessThan(market.mul(ONE.minus(band)))) throw limitPriceOutsideBand();
  }
  if (!rules) return;
  if (order.price) checkPrice(rules, order.price);
  if (order.stopPrice) checkPrice(rules, order.stopPrice);
  for (const qty of [order.quantity, order.icebergQty]) {
    if (!qty) continue;
    if (rules.minQty && qty.lessThan(rules.minQty)) throw filterFailure('LOT_SIZE');
    if (rules.maxQty && qty.greaterThan(rules.maxQty)) throw filterFailure('LOT_SIZE');
    if (!onStep(qty, rules.stepSize, rules.minQty)) throw filterFailure('LOT_SIZE');
  }
  const notional = order.quantity ? order.quantity.mul(order.price ?? order.stopPrice ?? market) : order.quoteOrderQty;
  if (notional) {
    if (rules.minNotional && notional.lessThan(rules.minNotional)) throw filterFailure('NOTIONAL');
    if (rules.maxNotional && notional.greaterThan(rules.maxNotional)) throw filterFailure('NOTIONAL');
  }
}

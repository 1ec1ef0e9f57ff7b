/**
 * Position arithmetic of linear (UM) and inverse (CM) contracts, exact in decimal.
 *
 * UM: a trade's value is qty × price in the quote asset; unrealized profit = amount × mark − cost.
 * CM: a trade's value is qty × contractSize / price in the coin, rounded to 8 decimals (Binance's `baseQty`);
 * unrealized profit = cost − value at the mark (an inverse contract gains coin when the price falls for a short).
 * A position keeps its signed cost; reducing it releases cost in proportion (rounded to 8 decimals, the whole
 * cost when it closes), so realized + unrealized profit always equal Σ trades' value against the mark.
 */
import { D, ZERO, type Dec } from '../decimal.js';
import type { FuturesSymbol } from './config.js';
import type { Position } from './state.js';

const SCALE = 8;
export const round8 = (v: Dec): Dec => v.toDecimalPlaces(SCALE, D.ROUND_HALF_UP);

/** Unsigned value of `qty` at `price`: quote asset (UM) or coin (CM). */
export function valueOf(s: FuturesSymbol, qty: Dec, price: Dec): Dec {
  return s.market === 'um' ? qty.mul(price) : round8(qty.mul(s.contractSize).div(price));
}

/** Unrealized profit of a position at `mark`, in the margin asset. */
export function unrealized(s: FuturesSymbol, p: Position, mark: Dec): Dec {
  if (p.amount.isZero()) return ZERO;
  const signed = valueOf(s, p.amount.abs(), mark).mul(p.amount.isNegative() ? -1 : 1);
  return s.market === 'um' ? signed.minus(p.cost) : p.cost.minus(signed);
}

/** Unsigned notional of a position at `mark`, in the margin asset. */
export function notional(s: FuturesSymbol, p: Position, mark: Dec): Dec {
  return valueOf(s, p.amount.abs(), mark);
}

/** Average entry price of a position (display only; zero when flat). */
export function entryPrice(s: FuturesSymbol, p: Position): Dec {
  if (p.amount.isZero()) return ZERO;
  return s.market === 'um' ? p.cost.abs().div(p.amount.abs()) : p.amount.abs().mul(s.contractSize).div(p.cost.abs());
}

/**
 * Applies a trade of signed `delta` at `price` to a position: first reduces it (realizing profit), then opens
 * the rest in the trade's direction. Returns the realized profit in the margin asset.
 */
export function applyTrade(s: FuturesSymbol, p: Position, delta: Dec, price: Dec, now: number): Dec {
  let realized = ZERO;
  let rest = delta;
  if (!p.amount.isZero() && p.amount.isNegative() !== delta.isNegative()) {
    const size = p.amount.abs();
    const close = rest.abs().lessThan(size) ? rest.abs() : size;
    const released = close.equals(size) ? p.cost : round8(p.cost.mul(close).div(size));
    const sign = p.amount.isNegative() ? -1 : 1;
    const exit = valueOf(s, close, price).mul(sign);
    realized = s.market === 'um' ? exit.minus(released) : released.minus(exit);
    p.amount = p.amount.minus(close.mul(sign));
    p.cost = p.cost.minus(released);
    rest = rest.plus(close.mul(sign));
  }
  if (!rest.isZero()) {
    const sign = rest.isNegative() ? -1 : 1;
    p.cost = p.cost.plus(valueOf(s, rest.abs(), price).mul(sign));
    p.amount = p.amount.plus(rest);
  }
  p.updateTime = now;
  return realized;
}

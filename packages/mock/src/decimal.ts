/**
 * Exact arithmetic for the simulator. Every amount, price and rate is a decimal.js value of a private clone
 * (40 significant digits), never a JS number. Answers format with `toFixed`, which never writes an exponent.
 */
import { Decimal as DecimalLib } from 'decimal.js';

export const D = DecimalLib.clone({ precision: 40, rounding: DecimalLib.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = InstanceType<typeof D>;

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);

/** Binance writes amounts with 8 decimals (`"40000.00000000"`). */
export const SCALE = 8;

/** Formats with exactly 8 decimals, truncating beyond (Binance never rounds a balance up). */
export function fmt(value: Dec): string {
  const s = value.toFixed(SCALE, D.ROUND_DOWN);
  return s === '-0.00000000' ? '0.00000000' : s;
}

/** Rounds down to 8 decimals. */
export function floor8(value: Dec): Dec {
  return value.toDecimalPlaces(SCALE, D.ROUND_DOWN);
}

export function dec(text: string | number | Dec): Dec {
  return new D(text);
}

export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/**
 * A copy whose digit array has exactly the length it needs. decimal.js leaves spare capacity in the arrays of
 * computed values; values kept for the lifetime of an order are compacted this way.
 */
export function compact(value: Dec): Dec {
  return new D(value);
}

/** `a + b`, without a new value when `b` is zero (most balances carry zeros). */
export function plus(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** `a − b`, without a new value when `b` is zero. */
export function minus(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.minus(b);
}

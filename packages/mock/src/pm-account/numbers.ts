import type { Dec } from '../decimal.js';

/**
 * A decimal as a bare JSON number when the number prints back to exactly the same digits (Binance sends bracket
 * figures, indicator values and negative-balance amounts as numbers), else as a decimal string: never a rounded
 * value, never an exponent. Both forms are what the spec's `LenientDecimal` allows.
 */
export function bareNumber(value: Dec): number | string {
  const text = value.toFixed();
  const n = Number(text);
  return String(n) === text ? n : text;
}

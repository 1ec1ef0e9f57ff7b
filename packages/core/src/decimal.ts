/**
 * The decimal type marginkit hands out: a private decimal.js constructor that never prints an exponent.
 *
 * decimal.js's global constructor writes `1.7e-7` for `0.00000017` (its default `toExpNeg` is -7), so `String(x)`,
 * template strings, `console.log` and `JSON.stringify` would all produce text Binance rejects (-1100). This clone
 * raises both exponent thresholds to decimal.js's limit, so `toString`, `toJSON` and `valueOf` always write plain
 * digits. Arithmetic settings (precision 20, ROUND_HALF_UP) stay decimal.js's defaults; parsing keeps every digit.
 * The global `Decimal` of decimal.js is left untouched: other code in the process keeps its own configuration.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** Largest exponent threshold decimal.js accepts (its `EXP_LIMIT`). */
const NEVER = 9e15;

export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({ toExpNeg: -NEVER, toExpPos: NEVER });
export type Decimal = DecimalJs;

/** Whether a value is a decimal.js `Decimal` of any constructor (this one, the global one, or another clone). */
export function isDecimal(value: unknown): value is DecimalJs {
  return DecimalJs.isDecimal(value);
}

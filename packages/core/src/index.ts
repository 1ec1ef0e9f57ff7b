export { Decimal, isDecimal } from './decimal.js';
export { parseLossless, plainNumber, stringifyLossless } from './lossless-json.js';

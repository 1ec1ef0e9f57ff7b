export { parseLossless, stringifyLossless } from './lossless-json.js';

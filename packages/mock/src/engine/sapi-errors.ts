/**
 * The Binance answers the SAPI breadth operations add (`{code, msg}` with Binance's documented message). Codes the
 * margin error-code page lists are used with its text; -5002 is on the same page's wallet part, and -11001 is the
 * answer Binance users report for a missing isolated account (JKorf/Binance.Net#1073, python-binance#630).
 */
import { ApiError } from '../errors.js';

const bad = (code: number, msg: string) => new ApiError(400, code, msg);

export const SE = {
  marginAccountMissing: () => bad(-3003, 'Margin account does not exist.'),
  isolatedAccountMissing: () => bad(-11001, 'Isolated margin account does not exist.'),
  pairNotTradable: () => bad(-3021, 'Margin account are not allowed to trade this trading pair.'),
  borrowNotAllowed: () => bad(-3008, 'Borrow not allowed.'),
  transferInNotAllowed: () => bad(-3043, 'Transferring in not allowed.'),
  transferOutExceedsMax: () => bad(-3020, 'Transfer out amount exceeds max amount.'),
  insufficientWalletBalance: () => bad(-5002, 'You have insufficient balance.'),
  notValidMarginAsset: () => bad(-3027, 'Not a valid margin asset.'),
  notValidMarginPair: () => bad(-3028, 'Not a valid margin pair.'),
  unsupported: () => bad(-1020, 'This operation is not supported.'),
  validationFailed: () => bad(-3026, 'Your input param is invalid.'),
  unsupportedCombination: () => bad(-1014, 'Unsupported order combination.'),
  otoQuantityNotSame: () => bad(-2017, "Parameter 'pendingQuantity' must be the same as workingQuantity."),
  otoPendingSide: () => bad(-2018, "Parameter 'pendingSide' must be the opposite of workingSide."),
  icebergWithoutGtc: (param: string, tif: string) => bad(-1124, `Parameter '${param}' is not supported if '${tif}' is not GTC.`),
  icebergExceedsQty: () => bad(-1123, 'IcebergQty exceeds QTY.'),
};

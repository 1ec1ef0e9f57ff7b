/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
import type { operations } from '@marginkit/spec/margin';
import {
  getMarginOrder as getMarginOrderOperation,
  newMarginOrder as newMarginOrderOperation,
  cancelMarginOrder as cancelMarginOrderOperation,
  getMarginOpenOrders as getMarginOpenOrdersOperation,
  cancelMarginOpenOrders as cancelMarginOpenOrdersOperation,
  getMarginAllOrders as getMarginAllOrdersOperation,
  newMarginOco as newMarginOcoOperation,
  getMarginOco as getMarginOcoOperation,
  cancelMarginOco as cancelMarginOcoOperation,
  getMarginAllOco as getMarginAllOcoOperation,
  getMarginOpenOco as getMarginOpenOcoOperation,
  getMarginTrades as getMarginTradesOperation,
  getMarginBorrowRepayRecords as getMarginBorrowRepayRecordsOperation,
  marginBorrowRepay as marginBorrowRepayOperation,
  getMarginMaxBorrowable as getMarginMaxBorrowableOperation,
  getMarginMaxTransferable as getMarginMaxTransferableOperation,
  getCrossMarginAccount as getCrossMarginAccountOperation,
  getIsolatedMarginAccount as getIsolatedMarginAccountOperation,
  enableIsolatedMarginAccount as enableIsolatedMarginAccountOperation,
  disableIsolatedMarginAccount as disableIsolatedMarginAccountOperation,
  getMarginInterestHistory as getMarginInterestHistoryOperation,
  getMarginForceLiquidationRecords as getMarginForceLiquidationRecordsOperation,
  getMarginTransferHistory as getMarginTransferHistoryOperation,
  getMarginCapitalFlow as getMarginCapitalFlowOperation,
  getMarginTradeCoeff as getMarginTradeCoeffOperation,
  adjustCrossMarginMaxLeverage as adjustCrossMarginMaxLeverageOperation,
  getBnbBurnStatus as getBnbBurnStatusOperation,
  getMarginInterestRateHistory as getMarginInterestRateHistoryOperation,
  getMarginNextHourlyInterestRate as getMarginNextHourlyInterestRateOperation,
  getSmallLiabilityExchangeCoinList as getSmallLiabilityExchangeCoinListOperation,
  exchangeSmallLiability as exchangeSmallLiabilityOperation,
  getSmallLiabilityExchangeHistory as getSmallLiabilityExchangeHistoryOperation,
  getMarginLiquidationLoan as getMarginLiquidationLoanOperation,
  repayMarginLiquidationLoan as repayMarginLiquidationLoanOperation,
  getMarginLiquidationLoanRepayHistory as getMarginLiquidationLoanRepayHistoryOperation,
  getAllMarginAssets as getAllMarginAssetsOperation,
  getAllCrossMarginPairs as getAllCrossMarginPairsOperation,
  getMarginPriceIndex as getMarginPriceIndexOperation,
  getCrossMarginFeeData as getCrossMarginFeeDataOperation,
  getCrossMarginCollateralRatio as getCrossMarginCollateralRatioOperation,
  getMarginAvailableInventory as getMarginAvailableInventoryOperation,
  getMarginDelistSchedule as getMarginDelistScheduleOperation,
  getMarginListSchedule as getMarginListScheduleOperation,
  getMarginLimitPricePairs as getMarginLimitPricePairsOperation,
  getMarginRestrictedAssets as getMarginRestrictedAssetsOperation,
  getMarginRiskBasedLiquidationRatio as getMarginRiskBasedLiquidationRatioOperation,
  getMarginLeverageBracket as getMarginLeverageBracketOperation,
  createMarginListenToken as createMarginListenTokenOperation,
  createMarginListenKey as createMarginListenKeyOperation,
  keepAliveMarginListenKey as keepAliveMarginListenKeyOperation,
  closeMarginListenKey as closeMarginListenKeyOperation,
  newMarginOto as newMarginOtoOperation,
  newMarginOtoco as newMarginOtocoOperation,
  getMarginPreventedMatches as getMarginPreventedMatchesOperation,
  getMarginOrderCountUsage as getMarginOrderCountUsageOperation,
  marginManualLiquidation as marginManualLiquidationOperation,
  exitMarginSpecialKeyMode as exitMarginSpecialKeyModeOperation,
  getMarginSpecialKey as getMarginSpecialKeyOperation,
  createMarginSpecialKey as createMarginSpecialKeyOperation,
  deleteMarginSpecialKey as deleteMarginSpecialKeyOperation,
  editMarginSpecialKeyIp as editMarginSpecialKeyIpOperation,
  getMarginSpecialKeyList as getMarginSpecialKeyListOperation,
  getIsolatedMarginAccountLimit as getIsolatedMarginAccountLimitOperation,
  getAllIsolatedMarginPairs as getAllIsolatedMarginPairsOperation,
  getIsolatedMarginFeeData as getIsolatedMarginFeeDataOperation,
  getIsolatedMarginTierData as getIsolatedMarginTierDataOperation,
  newMarginUniversalTransfer as newMarginUniversalTransferOperation,
} from '@marginkit/spec/margin';
import type { OperationCaller } from '../operation-caller.js';
import type { CallOptions } from '../options.js';
import type { Decoded, OperationParams, ResponseVariant } from '../types.js';

export type GetMarginOrderParams = OperationParams<NonNullable<operations['getMarginOrder']['parameters']['query']>, (typeof getMarginOrderOperation)['params']>;
export type GetMarginOrderResult = Decoded<operations['getMarginOrder']['responses']['200']['content']['application/json'], (typeof getMarginOrderOperation)['response']['fields']>;

/**
 * Query margin order (USER_DATA) — `GET /sapi/v1/margin/order`.
 *
 * Returns one order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`, identified by `orderId` or by the client id it was placed with.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Identify the order by `orderId` or by `origClientOrderId`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order
 */
export function getMarginOrder(client: OperationCaller, params: GetMarginOrderParams, options?: CallOptions): Promise<GetMarginOrderResult> {
  return client.call(getMarginOrderOperation, params, options) as Promise<GetMarginOrderResult>;
}

export type NewMarginOrderParams = OperationParams<NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOrderOperation)['params']>;
/** The variants of the NewMarginOrder answer (spec `x-binance-response-variants`, by `newOrderRespType`). */
export type NewMarginOrderVariant = 'ACK' | 'RESULT' | 'FULL';
/** The decoded answer; `NewMarginOrderResult<V>` is the answer of variant `V` alone. */
export type NewMarginOrderResult<V extends NewMarginOrderVariant = NewMarginOrderVariant> = ResponseVariant<Decoded<operations['newMarginOrder']['responses']['200']['content']['application/json'], (typeof newMarginOrderOperation)['response']['fields']>, { 'ACK': { shape: 'any'; present: never }; 'RESULT': { shape: 'any'; present: 'price' | 'origQty' | 'executedQty' | 'cummulativeQuoteQty' | 'status' | 'timeInForce' | 'type' | 'side' | 'selfTradePreventionMode' }; 'FULL': { shape: 'any'; present: 'price' | 'origQty' | 'executedQty' | 'cummulativeQuoteQty' | 'status' | 'timeInForce' | 'type' | 'side' | 'selfTradePreventionMode' | 'fills' } }, V>;

/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'ACK' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'RESULT' }, options?: CallOptions): Promise<NewMarginOrderResult<'RESULT'>>;
/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'FULL' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'MARKET' | 'LIMIT' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
/**
 * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
 *
 * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult>;
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult> {
  return client.call(newMarginOrderOperation, params, options) as Promise<NewMarginOrderResult>;
}

export type CancelMarginOrderParams = OperationParams<NonNullable<operations['cancelMarginOrder']['parameters']['query']>, (typeof cancelMarginOrderOperation)['params']>;
export type CancelMarginOrderResult = Decoded<operations['cancelMarginOrder']['responses']['200']['content']['application/json'], (typeof cancelMarginOrderOperation)['response']['fields']>;

/**
 * Cancel margin order (TRADE) — `DELETE /sapi/v1/margin/order`.
 *
 * Cancels an open order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`. If the order borrowed with `autoRepayAtCancel` left at its default, the borrowed amount is repaid.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Identify the order by `orderId` or by `origClientOrderId`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order
 */
export function cancelMarginOrder(client: OperationCaller, params: CancelMarginOrderParams, options?: CallOptions): Promise<CancelMarginOrderResult> {
  return client.call(cancelMarginOrderOperation, params, options) as Promise<CancelMarginOrderResult>;
}

export type GetMarginOpenOrdersParams = OperationParams<NonNullable<operations['getMarginOpenOrders']['parameters']['query']>, (typeof getMarginOpenOrdersOperation)['params']>;
export type GetMarginOpenOrdersResult = Decoded<operations['getMarginOpenOrders']['responses']['200']['content']['application/json'], (typeof getMarginOpenOrdersOperation)['response']['fields']>;

/**
 * Query margin open orders (USER_DATA) — `GET /sapi/v1/margin/openOrders`.
 *
 * Lists the orders still open on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 10 (IP). Signed.
 * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-Orders
 */
export function getMarginOpenOrders(client: OperationCaller, params?: GetMarginOpenOrdersParams, options?: CallOptions): Promise<GetMarginOpenOrdersResult> {
  return client.call(getMarginOpenOrdersOperation, params, options) as Promise<GetMarginOpenOrdersResult>;
}

export type CancelMarginOpenOrdersParams = OperationParams<NonNullable<operations['cancelMarginOpenOrders']['parameters']['query']>, (typeof cancelMarginOpenOrdersOperation)['params']>;
export type CancelMarginOpenOrdersResult = Decoded<operations['cancelMarginOpenOrders']['responses']['200']['content']['application/json'], (typeof cancelMarginOpenOrdersOperation)['response']['fields']>;

/**
 * Cancel all margin open orders on a symbol (TRADE) — `DELETE /sapi/v1/margin/openOrders`.
 *
 * Cancels every open order of one pair on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`, OCO order lists included.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders
 */
export function cancelMarginOpenOrders(client: OperationCaller, params: CancelMarginOpenOrdersParams, options?: CallOptions): Promise<CancelMarginOpenOrdersResult> {
  return client.call(cancelMarginOpenOrdersOperation, params, options) as Promise<CancelMarginOpenOrdersResult>;
}

export type GetMarginAllOrdersParams = OperationParams<NonNullable<operations['getMarginAllOrders']['parameters']['query']>, (typeof getMarginAllOrdersOperation)['params']>;
export type GetMarginAllOrdersResult = Decoded<operations['getMarginAllOrders']['responses']['200']['content']['application/json'], (typeof getMarginAllOrdersOperation)['response']['fields']>;

/**
 * Query all margin orders (USER_DATA) — `GET /sapi/v1/margin/allOrders`.
 *
 * Lists the orders of one pair on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`, whatever their status: open, filled, cancelled or expired.
 *
 * Weight 200 (IP). Signed.
 * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders
 */
export function getMarginAllOrders(client: OperationCaller, params: GetMarginAllOrdersParams, options?: CallOptions): Promise<GetMarginAllOrdersResult> {
  return client.call(getMarginAllOrdersOperation, params, options) as Promise<GetMarginAllOrdersResult>;
}

export type NewMarginOcoParams = OperationParams<NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOcoOperation)['params']>;
export type NewMarginOcoResult = Decoded<operations['newMarginOco']['responses']['200']['content']['application/json'], (typeof newMarginOcoOperation)['response']['fields']>;

/**
 * New margin OCO (TRADE) — `POST /sapi/v1/margin/order/oco`.
 *
 * Places an OCO ("one cancels the other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`: a `LIMIT_MAKER` leg at `price` and a stop leg triggered at `stopPrice`, both for `quantity`. When one leg fills or triggers, Binance cancels the other.
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
 * Rule (requires): Sending `stopLimitPrice` turns the stop leg into a stop-limit order, which also needs its time in force in `stopLimitTimeInForce`.
 * Rule (forbiddenWhen): `stopLimitTimeInForce` belongs to a stop-limit leg; without `stopLimitPrice` the stop leg is a `STOP_LOSS` order and takes none.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO
 */
export function newMarginOco(client: OperationCaller, params: NewMarginOcoParams, options?: CallOptions): Promise<NewMarginOcoResult> {
  return client.call(newMarginOcoOperation, params, options) as Promise<NewMarginOcoResult>;
}

export type GetMarginOcoParams = OperationParams<NonNullable<operations['getMarginOco']['parameters']['query']>, (typeof getMarginOcoOperation)['params']>;
export type GetMarginOcoResult = Decoded<operations['getMarginOco']['responses']['200']['content']['application/json'], (typeof getMarginOcoOperation)['response']['fields']>;

/**
 * Query margin OCO (USER_DATA) — `GET /sapi/v1/margin/orderList`.
 *
 * Returns one OCO order list, identified by `orderListId` or by the client id of the list (sent here as `origClientOrderId`; the cancel call names the same value `listClientOrderId`).
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Identify the list by `orderListId` or by its client id in `origClientOrderId`.
 * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
 * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO
 */
export function getMarginOco(client: OperationCaller, params?: GetMarginOcoParams, options?: CallOptions): Promise<GetMarginOcoResult> {
  return client.call(getMarginOcoOperation, params, options) as Promise<GetMarginOcoResult>;
}

export type CancelMarginOcoParams = OperationParams<NonNullable<operations['cancelMarginOco']['parameters']['query']>, (typeof cancelMarginOcoOperation)['params']>;
export type CancelMarginOcoResult = Decoded<operations['cancelMarginOco']['responses']['200']['content']['application/json'], (typeof cancelMarginOcoOperation)['response']['fields']>;

/**
 * Cancel margin OCO (TRADE) — `DELETE /sapi/v1/margin/orderList`.
 *
 * Cancels a whole OCO order list of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`, identified by `orderListId` or by its client id in `listClientOrderId`. Unlike the OCO queries, this call always takes `symbol`.
 *
 * Weight 1 (UID). Signed.
 * Rule (atLeastOne): Identify the list by `orderListId` or by its client id in `listClientOrderId`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO
 */
export function cancelMarginOco(client: OperationCaller, params: CancelMarginOcoParams, options?: CallOptions): Promise<CancelMarginOcoResult> {
  return client.call(cancelMarginOcoOperation, params, options) as Promise<CancelMarginOcoResult>;
}

export type GetMarginAllOcoParams = OperationParams<NonNullable<operations['getMarginAllOco']['parameters']['query']>, (typeof getMarginAllOcoOperation)['params']>;
export type GetMarginAllOcoResult = Decoded<operations['getMarginAllOco']['responses']['200']['content']['application/json'], (typeof getMarginAllOcoOperation)['response']['fields']>;

/**
 * Query all margin OCOs (USER_DATA) — `GET /sapi/v1/margin/allOrderList`.
 *
 * Lists the OCO order lists of the cross-margin account, or of one isolated pair with `isIsolated=TRUE` and `symbol`, whatever their status.
 *
 * Weight 200 (IP). Signed.
 * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
 * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
 * Rule (exclusive): Paging by id (`fromId`) cannot be combined with a time range (`startTime`, `endTime`).
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO
 */
export function getMarginAllOco(client: OperationCaller, params?: GetMarginAllOcoParams, options?: CallOptions): Promise<GetMarginAllOcoResult> {
  return client.call(getMarginAllOcoOperation, params, options) as Promise<GetMarginAllOcoResult>;
}

export type GetMarginOpenOcoParams = OperationParams<NonNullable<operations['getMarginOpenOco']['parameters']['query']>, (typeof getMarginOpenOcoOperation)['params']>;
export type GetMarginOpenOcoResult = Decoded<operations['getMarginOpenOco']['responses']['200']['content']['application/json'], (typeof getMarginOpenOcoOperation)['response']['fields']>;

/**
 * Query margin open OCOs (USER_DATA) — `GET /sapi/v1/margin/openOrderList`.
 *
 * Lists the OCO order lists still executing on the cross-margin account, or on one isolated pair with `isIsolated=TRUE` and `symbol`. Cross-margin calls must not send `symbol`. The answer lists each list's legs by id only.
 *
 * Weight 10 (IP). Signed.
 * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
 * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-OCO
 */
export function getMarginOpenOco(client: OperationCaller, params?: GetMarginOpenOcoParams, options?: CallOptions): Promise<GetMarginOpenOcoResult> {
  return client.call(getMarginOpenOcoOperation, params, options) as Promise<GetMarginOpenOcoResult>;
}

export type GetMarginTradesParams = OperationParams<NonNullable<operations['getMarginTrades']['parameters']['query']>, (typeof getMarginTradesOperation)['params']>;
export type GetMarginTradesResult = Decoded<operations['getMarginTrades']['responses']['200']['content']['application/json'], (typeof getMarginTradesOperation)['response']['fields']>;

/**
 * Query margin trade list (USER_DATA) — `GET /sapi/v1/margin/myTrades`.
 *
 * Lists the executions of your orders on one pair of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 10 (IP). Signed.
 * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List
 */
export function getMarginTrades(client: OperationCaller, params: GetMarginTradesParams, options?: CallOptions): Promise<GetMarginTradesResult> {
  return client.call(getMarginTradesOperation, params, options) as Promise<GetMarginTradesResult>;
}

export type GetMarginBorrowRepayRecordsParams = OperationParams<NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>, (typeof getMarginBorrowRepayRecordsOperation)['params']>;
export type GetMarginBorrowRepayRecordsResult = Decoded<operations['getMarginBorrowRepayRecords']['responses']['200']['content']['application/json'], (typeof getMarginBorrowRepayRecordsOperation)['response']['fields']>;

/**
 * Query borrow/repay records (USER_DATA) — `GET /sapi/v1/margin/borrow-repay`.
 *
 * Lists the loans (`type=BORROW`) or the repayments (`type=REPAY`) of the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Send `txId` or `startTime`; `txId` takes precedence when both are sent.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Borrow-Repay
 */
export function getMarginBorrowRepayRecords(client: OperationCaller, params: GetMarginBorrowRepayRecordsParams, options?: CallOptions): Promise<GetMarginBorrowRepayRecordsResult> {
  return client.call(getMarginBorrowRepayRecordsOperation, params, options) as Promise<GetMarginBorrowRepayRecordsResult>;
}

export type MarginBorrowRepayParams = OperationParams<NonNullable<operations['marginBorrowRepay']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof marginBorrowRepayOperation)['params']>;
export type MarginBorrowRepayResult = Decoded<operations['marginBorrowRepay']['responses']['200']['content']['application/json'], (typeof marginBorrowRepayOperation)['response']['fields']>;

/**
 * Borrow or repay a margin loan (MARGIN) — `POST /sapi/v1/margin/borrow-repay`.
 *
 * Takes a loan (`type=BORROW`) or pays one back (`type=REPAY`) in the cross-margin account, or in one isolated pair with `isIsolated=TRUE` and `symbol`.
 *
 * Weight 1500 (UID). Signed.
 * Rule (requiredWhen): An isolated-margin loan (`isIsolated=TRUE`) needs the pair it belongs to in `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Margin-Account-Borrow-Repay
 */
export function marginBorrowRepay(client: OperationCaller, params: MarginBorrowRepayParams, options?: CallOptions): Promise<MarginBorrowRepayResult> {
  return client.call(marginBorrowRepayOperation, params, options) as Promise<MarginBorrowRepayResult>;
}

export type GetMarginMaxBorrowableParams = OperationParams<NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>, (typeof getMarginMaxBorrowableOperation)['params']>;
export type GetMarginMaxBorrowableResult = Decoded<operations['getMarginMaxBorrowable']['responses']['200']['content']['application/json'], (typeof getMarginMaxBorrowableOperation)['response']['fields']>;

/**
 * Query max borrowable amount (USER_DATA) — `GET /sapi/v1/margin/maxBorrowable`.
 *
 * Returns how much of an asset can be borrowed right now: on the cross-margin account, or on one isolated pair when `isolatedSymbol` is sent. `amount` is what a `POST /sapi/v1/margin/borrow-repay` would accept at this moment; `borrowLimit` is the ceiling of the account's level.
 *
 * Weight 750 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Max-Borrow
 */
export function getMarginMaxBorrowable(client: OperationCaller, params: GetMarginMaxBorrowableParams, options?: CallOptions): Promise<GetMarginMaxBorrowableResult> {
  return client.call(getMarginMaxBorrowableOperation, params, options) as Promise<GetMarginMaxBorrowableResult>;
}

export type GetMarginMaxTransferableParams = OperationParams<NonNullable<operations['getMarginMaxTransferable']['parameters']['query']>, (typeof getMarginMaxTransferableOperation)['params']>;
export type GetMarginMaxTransferableResult = Decoded<operations['getMarginMaxTransferable']['responses']['200']['content']['application/json'], (typeof getMarginMaxTransferableOperation)['response']['fields']>;

/**
 * Query max transfer-out amount (USER_DATA) — `GET /sapi/v1/margin/maxTransferable`.
 *
 * Returns the largest amount of an asset that can currently leave the cross-margin account, or one isolated pair when `isolatedSymbol` is sent. Liabilities and the margin level hold the rest back; a larger transfer is refused (-3020).
 *
 * Weight 50 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/transfer/Query-Max-Transfer-Out-Amount
 */
export function getMarginMaxTransferable(client: OperationCaller, params: GetMarginMaxTransferableParams, options?: CallOptions): Promise<GetMarginMaxTransferableResult> {
  return client.call(getMarginMaxTransferableOperation, params, options) as Promise<GetMarginMaxTransferableResult>;
}

export type GetCrossMarginAccountParams = OperationParams<NonNullable<operations['getCrossMarginAccount']['parameters']['query']>, (typeof getCrossMarginAccountOperation)['params']>;
export type GetCrossMarginAccountResult = Decoded<operations['getCrossMarginAccount']['responses']['200']['content']['application/json'], (typeof getCrossMarginAccountOperation)['response']['fields']>;

/**
 * Query cross-margin account details (USER_DATA) — `GET /sapi/v1/margin/account`.
 *
 * Returns the cross-margin account: whether it exists and what it may do (borrow, trade, transfer in and out), its margin levels, its totals valued in BTC and USDT, and the balance and liability of each asset.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Margin-Account-Details
 */
export function getCrossMarginAccount(client: OperationCaller, params?: GetCrossMarginAccountParams, options?: CallOptions): Promise<GetCrossMarginAccountResult> {
  return client.call(getCrossMarginAccountOperation, params, options) as Promise<GetCrossMarginAccountResult>;
}

export type GetIsolatedMarginAccountParams = OperationParams<NonNullable<operations['getIsolatedMarginAccount']['parameters']['query']>, (typeof getIsolatedMarginAccountOperation)['params']>;
export type GetIsolatedMarginAccountResult = Decoded<operations['getIsolatedMarginAccount']['responses']['200']['content']['application/json'], (typeof getIsolatedMarginAccountOperation)['response']['fields']>;

/**
 * Query isolated-margin account info (USER_DATA) — `GET /sapi/v1/margin/isolated/account`.
 *
 * Returns the user's isolated-margin accounts: for each pair, the base and quote asset balances and liabilities, the margin level and its risk band, and the liquidation price.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Isolated-Margin-Account-Info
 */
export function getIsolatedMarginAccount(client: OperationCaller, params?: GetIsolatedMarginAccountParams, options?: CallOptions): Promise<GetIsolatedMarginAccountResult> {
  return client.call(getIsolatedMarginAccountOperation, params, options) as Promise<GetIsolatedMarginAccountResult>;
}

export type EnableIsolatedMarginAccountParams = OperationParams<NonNullable<operations['enableIsolatedMarginAccount']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof enableIsolatedMarginAccountOperation)['params']>;
export type EnableIsolatedMarginAccountResult = Decoded<operations['enableIsolatedMarginAccount']['responses']['200']['content']['application/json'], (typeof enableIsolatedMarginAccountOperation)['response']['fields']>;

/**
 * Enable isolated-margin account (TRADE) — `POST /sapi/v1/margin/isolated/account`.
 *
 * Enables the isolated-margin account of one pair again. Only an account that exists and was disabled earlier can be enabled; a pair's account is created by its first transfer into it (`POST /sapi/v1/asset/transfer`, `MARGIN_ISOLATEDMARGIN`). Enabled accounts count against the account limit of `GET /sapi/v1/margin/isolated/accountLimit`.
 *
 * Weight 300 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Enable-Isolated-Margin-Account
 */
export function enableIsolatedMarginAccount(client: OperationCaller, params: EnableIsolatedMarginAccountParams, options?: CallOptions): Promise<EnableIsolatedMarginAccountResult> {
  return client.call(enableIsolatedMarginAccountOperation, params, options) as Promise<EnableIsolatedMarginAccountResult>;
}

export type DisableIsolatedMarginAccountParams = OperationParams<NonNullable<operations['disableIsolatedMarginAccount']['parameters']['query']>, (typeof disableIsolatedMarginAccountOperation)['params']>;
export type DisableIsolatedMarginAccountResult = Decoded<operations['disableIsolatedMarginAccount']['responses']['200']['content']['application/json'], (typeof disableIsolatedMarginAccountOperation)['response']['fields']>;

/**
 * Disable isolated-margin account (TRADE) — `DELETE /sapi/v1/margin/isolated/account`.
 *
 * Disables the isolated-margin account of one pair, which frees a place under the enabled-account limit. A disabled account keeps its balances but cannot trade or borrow until it is enabled again. Each pair can be disabled only once every 24 hours.
 *
 * Weight 300 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Disable-Isolated-Margin-Account
 */
export function disableIsolatedMarginAccount(client: OperationCaller, params: DisableIsolatedMarginAccountParams, options?: CallOptions): Promise<DisableIsolatedMarginAccountResult> {
  return client.call(disableIsolatedMarginAccountOperation, params, options) as Promise<DisableIsolatedMarginAccountResult>;
}

export type GetMarginInterestHistoryParams = OperationParams<NonNullable<operations['getMarginInterestHistory']['parameters']['query']>, (typeof getMarginInterestHistoryOperation)['params']>;
export type GetMarginInterestHistoryResult = Decoded<operations['getMarginInterestHistory']['responses']['200']['content']['application/json'], (typeof getMarginInterestHistoryOperation)['response']['fields']>;

/**
 * Get interest history (USER_DATA) — `GET /sapi/v1/margin/interestHistory`.
 *
 * Lists the interest charged on the loans of the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page.
 *
 * Weight 1 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Get-Interest-History
 */
export function getMarginInterestHistory(client: OperationCaller, params?: GetMarginInterestHistoryParams, options?: CallOptions): Promise<GetMarginInterestHistoryResult> {
  return client.call(getMarginInterestHistoryOperation, params, options) as Promise<GetMarginInterestHistoryResult>;
}

export type GetMarginForceLiquidationRecordsParams = OperationParams<NonNullable<operations['getMarginForceLiquidationRecords']['parameters']['query']>, (typeof getMarginForceLiquidationRecordsOperation)['params']>;
export type GetMarginForceLiquidationRecordsResult = Decoded<operations['getMarginForceLiquidationRecords']['responses']['200']['content']['application/json'], (typeof getMarginForceLiquidationRecordsOperation)['response']['fields']>;

/**
 * Get force liquidation records (USER_DATA) — `GET /sapi/v1/margin/forceLiquidationRec`.
 *
 * Lists the orders Binance placed to liquidate the cross-margin account, or one isolated pair with `isolatedSymbol`, newest first and page by page. Each row's `isIsolated` tells which kind of account was liquidated. The time of a row is `updatedTime` (not `updateTime` as in order payloads).
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade
 */
export function getMarginForceLiquidationRecords(client: OperationCaller, params?: GetMarginForceLiquidationRecordsParams, options?: CallOptions): Promise<GetMarginForceLiquidationRecordsResult> {
  return client.call(getMarginForceLiquidationRecordsOperation, params, options) as Promise<GetMarginForceLiquidationRecordsResult>;
}

export type GetMarginTransferHistoryParams = OperationParams<NonNullable<operations['getMarginTransferHistory']['parameters']['query']>, (typeof getMarginTransferHistoryOperation)['params']>;
export type GetMarginTransferHistoryResult = Decoded<operations['getMarginTransferHistory']['responses']['200']['content']['application/json'], (typeof getMarginTransferHistoryOperation)['response']['fields']>;

/**
 * Get cross margin transfer history (USER_DATA) — `GET /sapi/v1/margin/transfer`.
 *
 * Lists the transfers into (`ROLL_IN`) and out of (`ROLL_OUT`) the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page. Transfers themselves are made with `POST /sapi/v1/asset/transfer` (the margin transfer endpoints were removed in 2024); this is where their outcome is read back, for example after an answer whose execution status is unknown.
 *
 * Weight 1 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/margin_trading/transfer
 */
export function getMarginTransferHistory(client: OperationCaller, params?: GetMarginTransferHistoryParams, options?: CallOptions): Promise<GetMarginTransferHistoryResult> {
  return client.call(getMarginTransferHistoryOperation, params, options) as Promise<GetMarginTransferHistoryResult>;
}

export type GetMarginCapitalFlowParams = OperationParams<NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>, (typeof getMarginCapitalFlowOperation)['params']>;
export type GetMarginCapitalFlowResult = Decoded<operations['getMarginCapitalFlow']['responses']['200']['content']['application/json'], (typeof getMarginCapitalFlowOperation)['response']['fields']>;

/**
 * Query cross or isolated margin capital flow (USER_DATA) — `GET /sapi/v1/margin/capital-flow`.
 *
 * Lists every movement of assets in the cross-margin account, or in one isolated pair with `symbol`: transfers, loans and repayments, both sides of each trade, commissions, liquidation steps and conversions. One trade makes several rows (an expense, an income and a commission) that share its trade id as `tranId`.
 *
 * Weight 100 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 7 days apart (Binance's change log of 2026-01-16, effective 2026-02-02).
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Isolated-Margin-Capital-Flow
 */
export function getMarginCapitalFlow(client: OperationCaller, params?: GetMarginCapitalFlowParams, options?: CallOptions): Promise<GetMarginCapitalFlowResult> {
  return client.call(getMarginCapitalFlowOperation, params, options) as Promise<GetMarginCapitalFlowResult>;
}

export type GetMarginTradeCoeffParams = OperationParams<NonNullable<operations['getMarginTradeCoeff']['parameters']['query']>, (typeof getMarginTradeCoeffOperation)['params']>;
export type GetMarginTradeCoeffResult = Decoded<operations['getMarginTradeCoeff']['responses']['200']['content']['application/json'], (typeof getMarginTradeCoeffOperation)['response']['fields']>;

/**
 * Get summary of margin account (USER_DATA) — `GET /sapi/v1/margin/tradeCoeff`.
 *
 * Returns the margin-level thresholds of the cross-margin account: the initial level (`normalBar`), the margin-call level and the liquidation level. They follow the account's max leverage (`POST /sapi/v1/margin/max-leverage`): with 3x the initial level is 1.5, with 5x 1.25.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Get-Summary-Of-Margin-Account
 */
export function getMarginTradeCoeff(client: OperationCaller, params?: GetMarginTradeCoeffParams, options?: CallOptions): Promise<GetMarginTradeCoeffResult> {
  return client.call(getMarginTradeCoeffOperation, params, options) as Promise<GetMarginTradeCoeffResult>;
}

export type AdjustCrossMarginMaxLeverageParams = OperationParams<NonNullable<operations['adjustCrossMarginMaxLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof adjustCrossMarginMaxLeverageOperation)['params']>;
export type AdjustCrossMarginMaxLeverageResult = Decoded<operations['adjustCrossMarginMaxLeverage']['responses']['200']['content']['application/json'], (typeof adjustCrossMarginMaxLeverageOperation)['response']['fields']>;

/**
 * Adjust cross margin max leverage (USER_DATA) — `POST /sapi/v1/margin/max-leverage`.
 *
 * Sets the maximum leverage of the cross-margin account: 3 or 5 (Cross Margin Classic). It decides how much the account may borrow against its equity and its margin-level thresholds (`GET /sapi/v1/margin/tradeCoeff`: the initial level is 1.5 at 3x and 1.25 at 5x). The current margin level must be above the initial level of the new leverage, or the change is refused.
 *
 * Weight 3000 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account
 */
export function adjustCrossMarginMaxLeverage(client: OperationCaller, params: AdjustCrossMarginMaxLeverageParams, options?: CallOptions): Promise<AdjustCrossMarginMaxLeverageResult> {
  return client.call(adjustCrossMarginMaxLeverageOperation, params, options) as Promise<AdjustCrossMarginMaxLeverageResult>;
}

export type GetBnbBurnStatusParams = OperationParams<NonNullable<operations['getBnbBurnStatus']['parameters']['query']>, (typeof getBnbBurnStatusOperation)['params']>;
export type GetBnbBurnStatusResult = Decoded<operations['getBnbBurnStatus']['responses']['200']['content']['application/json'], (typeof getBnbBurnStatusOperation)['response']['fields']>;

/**
 * Get BNB burn status (USER_DATA) — `GET /sapi/v1/bnbBurn`.
 *
 * Returns whether the account pays spot and margin trading fees (`spotBNBBurn`) and margin interest (`interestBNBBurn`) in BNB. The switch itself (`POST /sapi/v1/bnbBurn`) is no longer part of Binance's margin API; only the status is.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Get-BNB-Burn-Status
 */
export function getBnbBurnStatus(client: OperationCaller, params?: GetBnbBurnStatusParams, options?: CallOptions): Promise<GetBnbBurnStatusResult> {
  return client.call(getBnbBurnStatusOperation, params, options) as Promise<GetBnbBurnStatusResult>;
}

export type GetMarginInterestRateHistoryParams = OperationParams<NonNullable<operations['getMarginInterestRateHistory']['parameters']['query']>, (typeof getMarginInterestRateHistoryOperation)['params']>;
export type GetMarginInterestRateHistoryResult = Decoded<operations['getMarginInterestRateHistory']['responses']['200']['content']['application/json'], (typeof getMarginInterestRateHistoryOperation)['response']['fields']>;

/**
 * Query margin interest rate history (USER_DATA) — `GET /sapi/v1/margin/interestRateHistory`.
 *
 * Lists the daily interest rates an asset has had, newest first, for the account's VIP level or the one sent in `vipLevel`. Each row gives a rate and the moment it took effect.
 *
 * Weight 1 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days ("1 month") apart.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Margin-Interest-Rate-History
 */
export function getMarginInterestRateHistory(client: OperationCaller, params: GetMarginInterestRateHistoryParams, options?: CallOptions): Promise<GetMarginInterestRateHistoryResult> {
  return client.call(getMarginInterestRateHistoryOperation, params, options) as Promise<GetMarginInterestRateHistoryResult>;
}

export type GetMarginNextHourlyInterestRateParams = OperationParams<NonNullable<operations['getMarginNextHourlyInterestRate']['parameters']['query']>, (typeof getMarginNextHourlyInterestRateOperation)['params']>;
export type GetMarginNextHourlyInterestRateResult = Decoded<operations['getMarginNextHourlyInterestRate']['responses']['200']['content']['application/json'], (typeof getMarginNextHourlyInterestRateOperation)['response']['fields']>;

/**
 * Get future hourly interest rate (USER_DATA) — `GET /sapi/v1/margin/next-hourly-interest-rate`.
 *
 * Returns the interest rate each listed asset will be charged at for the coming hour, for cross margin or for isolated margin (`isIsolated`). Interest on margin loans is charged every hour, so this is the rate the next charge uses.
 *
 * Weight 100 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay
 */
export function getMarginNextHourlyInterestRate(client: OperationCaller, params: GetMarginNextHourlyInterestRateParams, options?: CallOptions): Promise<GetMarginNextHourlyInterestRateResult> {
  return client.call(getMarginNextHourlyInterestRateOperation, params, options) as Promise<GetMarginNextHourlyInterestRateResult>;
}

export type GetSmallLiabilityExchangeCoinListParams = OperationParams<NonNullable<operations['getSmallLiabilityExchangeCoinList']['parameters']['query']>, (typeof getSmallLiabilityExchangeCoinListOperation)['params']>;
export type GetSmallLiabilityExchangeCoinListResult = Decoded<operations['getSmallLiabilityExchangeCoinList']['responses']['200']['content']['application/json'], (typeof getSmallLiabilityExchangeCoinListOperation)['response']['fields']>;

/**
 * Get small liability exchange coin list (USER_DATA) — `GET /sapi/v1/margin/exchange-small-liability`.
 *
 * Lists the liabilities of the cross-margin account that are small enough to be exchanged with `POST /sapi/v1/margin/exchange-small-liability`: those worth less than 10 USDT (principal plus interest), with the asset they would be converted into and what they are worth in it.
 *
 * Weight 100 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Get-Small-Liability-Exchange-Coin-List
 */
export function getSmallLiabilityExchangeCoinList(client: OperationCaller, params?: GetSmallLiabilityExchangeCoinListParams, options?: CallOptions): Promise<GetSmallLiabilityExchangeCoinListResult> {
  return client.call(getSmallLiabilityExchangeCoinListOperation, params, options) as Promise<GetSmallLiabilityExchangeCoinListResult>;
}

export type ExchangeSmallLiabilityParams = OperationParams<NonNullable<operations['exchangeSmallLiability']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof exchangeSmallLiabilityOperation)['params']>;
export type ExchangeSmallLiabilityResult = Decoded<operations['exchangeSmallLiability']['responses']['200']['content']['application/json'], (typeof exchangeSmallLiabilityOperation)['response']['fields']>;

/**
 * Small liability exchange (MARGIN) — `POST /sapi/v1/margin/exchange-small-liability`.
 *
 * Converts the small liabilities of the listed assets (each worth less than 10 USDT, as listed by `GET /sapi/v1/margin/exchange-small-liability`) into one liability of the asset that list names (`liabilityAsset`, USDT in Binance's example), so that many dust debts become one. Principal and interest are converted together. At most 10 assets per call, and one exchange per 6 hours.
 *
 * Weight 3000 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Small-Liability-Exchange
 */
export function exchangeSmallLiability(client: OperationCaller, params: ExchangeSmallLiabilityParams, options?: CallOptions): Promise<ExchangeSmallLiabilityResult> {
  return client.call(exchangeSmallLiabilityOperation, params, options) as Promise<ExchangeSmallLiabilityResult>;
}

export type GetSmallLiabilityExchangeHistoryParams = OperationParams<NonNullable<operations['getSmallLiabilityExchangeHistory']['parameters']['query']>, (typeof getSmallLiabilityExchangeHistoryOperation)['params']>;
export type GetSmallLiabilityExchangeHistoryResult = Decoded<operations['getSmallLiabilityExchangeHistory']['responses']['200']['content']['application/json'], (typeof getSmallLiabilityExchangeHistoryOperation)['response']['fields']>;

/**
 * Get small liability exchange history (USER_DATA) — `GET /sapi/v1/margin/exchange-small-liability-history`.
 *
 * Lists the small-liability exchanges of the cross-margin account, newest first and page by page: each converted liability and the liability that replaced it.
 *
 * Weight 100 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Get-Small-Liability-Exchange-History
 */
export function getSmallLiabilityExchangeHistory(client: OperationCaller, params: GetSmallLiabilityExchangeHistoryParams, options?: CallOptions): Promise<GetSmallLiabilityExchangeHistoryResult> {
  return client.call(getSmallLiabilityExchangeHistoryOperation, params, options) as Promise<GetSmallLiabilityExchangeHistoryResult>;
}

export type GetMarginLiquidationLoanParams = OperationParams<NonNullable<operations['getMarginLiquidationLoan']['parameters']['query']>, (typeof getMarginLiquidationLoanOperation)['params']>;
export type GetMarginLiquidationLoanResult = Decoded<operations['getMarginLiquidationLoan']['responses']['200']['content']['application/json'], (typeof getMarginLiquidationLoanOperation)['response']['fields']>;

/**
 * Query liquidation loan (USER_DATA) — `GET /sapi/v1/margin/liquidation-loan`.
 *
 * Returns the liquidation loan of the cross-margin account: when a liquidation leaves the account's equity below zero (bankruptcy), Binance records the deficit as a loan, by default in USDC. The answer gives its total, the part repaid (`POST /sapi/v1/margin/liquidation-loan/repay`) and the part still owed.
 *
 * Weight 100 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Liquidation-Loan
 */
export function getMarginLiquidationLoan(client: OperationCaller, params?: GetMarginLiquidationLoanParams, options?: CallOptions): Promise<GetMarginLiquidationLoanResult> {
  return client.call(getMarginLiquidationLoanOperation, params, options) as Promise<GetMarginLiquidationLoanResult>;
}

export type RepayMarginLiquidationLoanParams = OperationParams<NonNullable<operations['repayMarginLiquidationLoan']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof repayMarginLiquidationLoanOperation)['params']>;
export type RepayMarginLiquidationLoanResult = Decoded<operations['repayMarginLiquidationLoan']['responses']['200']['content']['application/json'], (typeof repayMarginLiquidationLoanOperation)['response']['fields']>;

/**
 * Liquidation loan repay (MARGIN) — `POST /sapi/v1/margin/liquidation-loan/repay`.
 *
 * Pays back part or all of the cross-margin account's liquidation loan from the free balance of the loan's asset. The answer carries the repayment's id and status; `PENDING` repayments complete later, and `GET /sapi/v1/margin/liquidation-loan/repay-history` lists them (failed ones are never listed). After an answer whose execution status is unknown, look there before paying again.
 *
 * Weight 100 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Liquidation-Loan-Repay
 */
export function repayMarginLiquidationLoan(client: OperationCaller, params: RepayMarginLiquidationLoanParams, options?: CallOptions): Promise<RepayMarginLiquidationLoanResult> {
  return client.call(repayMarginLiquidationLoanOperation, params, options) as Promise<RepayMarginLiquidationLoanResult>;
}

export type GetMarginLiquidationLoanRepayHistoryParams = OperationParams<NonNullable<operations['getMarginLiquidationLoanRepayHistory']['parameters']['query']>, (typeof getMarginLiquidationLoanRepayHistoryOperation)['params']>;
export type GetMarginLiquidationLoanRepayHistoryResult = Decoded<operations['getMarginLiquidationLoanRepayHistory']['responses']['200']['content']['application/json'], (typeof getMarginLiquidationLoanRepayHistoryOperation)['response']['fields']>;

/**
 * Query liquidation loan repay history (USER_DATA) — `GET /sapi/v1/margin/liquidation-loan/repay-history`.
 *
 * Lists the repayments of the cross-margin account's liquidation loan, page by page. Only repayments that succeeded or are still pending are listed.
 *
 * Weight 100 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Liquidation-Loan-Repay-History
 */
export function getMarginLiquidationLoanRepayHistory(client: OperationCaller, params?: GetMarginLiquidationLoanRepayHistoryParams, options?: CallOptions): Promise<GetMarginLiquidationLoanRepayHistoryResult> {
  return client.call(getMarginLiquidationLoanRepayHistoryOperation, params, options) as Promise<GetMarginLiquidationLoanRepayHistoryResult>;
}

export type GetAllMarginAssetsParams = OperationParams<NonNullable<operations['getAllMarginAssets']['parameters']['query']>, (typeof getAllMarginAssetsOperation)['params']>;
export type GetAllMarginAssetsResult = Decoded<operations['getAllMarginAssets']['responses']['200']['content']['application/json'], (typeof getAllMarginAssetsOperation)['response']['fields']>;

/**
 * Get all margin assets (MARKET_DATA) — `GET /sapi/v1/margin/allAssets`.
 *
 * Lists the assets of cross margin, or one asset with `asset`: whether each can be borrowed and used as collateral, and the smallest loan and repayment. Assets scheduled to leave margin carry `delistTime`, written in **seconds** in Binance's example (the delist schedule writes the same moments in milliseconds).
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Margin-Assets
 */
export function getAllMarginAssets(client: OperationCaller, params?: GetAllMarginAssetsParams, options?: CallOptions): Promise<GetAllMarginAssetsResult> {
  return client.call(getAllMarginAssetsOperation, params, options) as Promise<GetAllMarginAssetsResult>;
}

export type GetAllCrossMarginPairsParams = OperationParams<NonNullable<operations['getAllCrossMarginPairs']['parameters']['query']>, (typeof getAllCrossMarginPairsOperation)['params']>;
export type GetAllCrossMarginPairsResult = Decoded<operations['getAllCrossMarginPairs']['responses']['200']['content']['application/json'], (typeof getAllCrossMarginPairsOperation)['response']['fields']>;

/**
 * Get all cross margin pairs (MARKET_DATA) — `GET /sapi/v1/margin/allPairs`.
 *
 * Lists the trading pairs of cross margin, or one pair with `symbol`, and whether each side may trade. Pairs scheduled to leave margin carry `delistTime`, in **seconds** as in Binance's example. The pairs' `id` values exceed 2^53: read them as 64-bit integers.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Cross-Margin-Pairs
 */
export function getAllCrossMarginPairs(client: OperationCaller, params?: GetAllCrossMarginPairsParams, options?: CallOptions): Promise<GetAllCrossMarginPairsResult> {
  return client.call(getAllCrossMarginPairsOperation, params, options) as Promise<GetAllCrossMarginPairsResult>;
}

export type GetMarginPriceIndexParams = OperationParams<NonNullable<operations['getMarginPriceIndex']['parameters']['query']>, (typeof getMarginPriceIndexOperation)['params']>;
export type GetMarginPriceIndexResult = Decoded<operations['getMarginPriceIndex']['responses']['200']['content']['application/json'], (typeof getMarginPriceIndexOperation)['response']['fields']>;

/**
 * Query margin price index (MARKET_DATA) — `GET /sapi/v1/margin/priceIndex`.
 *
 * Returns the index price of a margin pair: the price Binance values margin accounts at (margin levels, liquidations, the 15 % limit-price band of `GET /sapi/v1/margin/limit-price-pairs`).
 *
 * Weight 10 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Margin-PriceIndex
 */
export function getMarginPriceIndex(client: OperationCaller, params: GetMarginPriceIndexParams, options?: CallOptions): Promise<GetMarginPriceIndexResult> {
  return client.call(getMarginPriceIndexOperation, params, options) as Promise<GetMarginPriceIndexResult>;
}

export type GetCrossMarginFeeDataParams = OperationParams<NonNullable<operations['getCrossMarginFeeData']['parameters']['query']>, (typeof getCrossMarginFeeDataOperation)['params']>;
export type GetCrossMarginFeeDataResult = Decoded<operations['getCrossMarginFeeData']['responses']['200']['content']['application/json'], (typeof getCrossMarginFeeDataOperation)['response']['fields']>;

/**
 * Query cross margin fee data (USER_DATA) — `GET /sapi/v1/margin/crossMarginData`.
 *
 * Returns the interest rates and borrow limits of cross-margin assets, for the account's own VIP level or the one sent in `vipLevel`, as on Binance's margin-fee page: one row per asset, or only `coin`.
 *
 * Weight 5 (IP); 1 when coin is sent. Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Margin-Fee-Data
 */
export function getCrossMarginFeeData(client: OperationCaller, params?: GetCrossMarginFeeDataParams, options?: CallOptions): Promise<GetCrossMarginFeeDataResult> {
  return client.call(getCrossMarginFeeDataOperation, params, options) as Promise<GetCrossMarginFeeDataResult>;
}

export type GetCrossMarginCollateralRatioParams = Record<string, never>;
export type GetCrossMarginCollateralRatioResult = Decoded<operations['getCrossMarginCollateralRatio']['responses']['200']['content']['application/json'], (typeof getCrossMarginCollateralRatioOperation)['response']['fields']>;

/**
 * Cross margin collateral ratio (MARKET_DATA) — `GET /sapi/v1/margin/crossMarginCollateralRatio`.
 *
 * Lists how much of each asset's value counts as cross-margin collateral. Assets are grouped; within a group, the part of an asset's USD value in each range counts at that range's discount rate (the last range has no upper end).
 *
 * Weight 100 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data
 */
export function getCrossMarginCollateralRatio(client: OperationCaller, params?: GetCrossMarginCollateralRatioParams, options?: CallOptions): Promise<GetCrossMarginCollateralRatioResult> {
  return client.call(getCrossMarginCollateralRatioOperation, params, options) as Promise<GetCrossMarginCollateralRatioResult>;
}

export type GetMarginAvailableInventoryParams = OperationParams<NonNullable<operations['getMarginAvailableInventory']['parameters']['query']>, (typeof getMarginAvailableInventoryOperation)['params']>;
export type GetMarginAvailableInventoryResult = Decoded<operations['getMarginAvailableInventory']['responses']['200']['content']['application/json'], (typeof getMarginAvailableInventoryOperation)['response']['fields']>;

/**
 * Query margin available inventory (USER_DATA) — `GET /sapi/v1/margin/available-inventory`.
 *
 * Returns how much of each asset Binance can still lend, to cross margin (`type=MARGIN`) or to isolated margin (`type=ISOLATED`). A loan larger than the inventory is refused (-3045).
 *
 * Weight 50 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Query-margin-avaliable-inventory
 */
export function getMarginAvailableInventory(client: OperationCaller, params: GetMarginAvailableInventoryParams, options?: CallOptions): Promise<GetMarginAvailableInventoryResult> {
  return client.call(getMarginAvailableInventoryOperation, params, options) as Promise<GetMarginAvailableInventoryResult>;
}

export type GetMarginDelistScheduleParams = Record<string, never>;
export type GetMarginDelistScheduleResult = Decoded<operations['getMarginDelistSchedule']['responses']['200']['content']['application/json'], (typeof getMarginDelistScheduleOperation)['response']['fields']>;

/**
 * Get delist schedule (MARKET_DATA) — `GET /sapi/v1/margin/delist-schedule`.
 *
 * Lists when assets (cross margin) and pairs (isolated margin) are scheduled to leave margin, as groups sharing one `delistTime` in milliseconds.
 *
 * Weight 100 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Delist-Schedule
 */
export function getMarginDelistSchedule(client: OperationCaller, params?: GetMarginDelistScheduleParams, options?: CallOptions): Promise<GetMarginDelistScheduleResult> {
  return client.call(getMarginDelistScheduleOperation, params, options) as Promise<GetMarginDelistScheduleResult>;
}

export type GetMarginListScheduleParams = Record<string, never>;
export type GetMarginListScheduleResult = Decoded<operations['getMarginListSchedule']['responses']['200']['content']['application/json'], (typeof getMarginListScheduleOperation)['response']['fields']>;

/**
 * Get list schedule (MARKET_DATA) — `GET /sapi/v1/margin/list-schedule`.
 *
 * Lists when assets (cross margin) and pairs (isolated margin) are scheduled to join margin, as groups sharing one `listTime` in milliseconds.
 *
 * Weight 100 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-List-Schedule
 */
export function getMarginListSchedule(client: OperationCaller, params?: GetMarginListScheduleParams, options?: CallOptions): Promise<GetMarginListScheduleResult> {
  return client.call(getMarginListScheduleOperation, params, options) as Promise<GetMarginListScheduleResult>;
}

export type GetMarginLimitPricePairsParams = Record<string, never>;
export type GetMarginLimitPricePairsResult = Decoded<operations['getMarginLimitPricePairs']['responses']['200']['content']['application/json'], (typeof getMarginLimitPricePairsOperation)['response']['fields']>;

/**
 * Get limit price pairs (MARKET_DATA) — `GET /sapi/v1/margin/limit-price-pairs`.
 *
 * Lists the cross-margin pairs whose limit orders must be priced within 15 % of the index price (`GET /sapi/v1/margin/priceIndex`). The rule only affects orders that would trade at a worse price than the index: a limit buy more than 15 % above it, or a limit sell more than 15 % below it, is refused with -3064.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Limit-Price-Pairs
 */
export function getMarginLimitPricePairs(client: OperationCaller, params?: GetMarginLimitPricePairsParams, options?: CallOptions): Promise<GetMarginLimitPricePairsResult> {
  return client.call(getMarginLimitPricePairsOperation, params, options) as Promise<GetMarginLimitPricePairsResult>;
}

export type GetMarginRestrictedAssetsParams = Record<string, never>;
export type GetMarginRestrictedAssetsResult = Decoded<operations['getMarginRestrictedAssets']['responses']['200']['content']['application/json'], (typeof getMarginRestrictedAssetsOperation)['response']['fields']>;

/**
 * Get margin restricted assets (MARKET_DATA) — `GET /sapi/v1/margin/restricted-asset`.
 *
 * Lists the assets under a margin restriction: those that may not be bought into a new long position on margin (`openLongRestrictedAsset`), and those whose collateral value has reached Binance's cap (`maxCollateralExceededAsset`). Asset codes are not always ASCII (Binance's own example lists `币安人生`).
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Margin-Restricted-Assets
 */
export function getMarginRestrictedAssets(client: OperationCaller, params?: GetMarginRestrictedAssetsParams, options?: CallOptions): Promise<GetMarginRestrictedAssetsResult> {
  return client.call(getMarginRestrictedAssetsOperation, params, options) as Promise<GetMarginRestrictedAssetsResult>;
}

export type GetMarginRiskBasedLiquidationRatioParams = Record<string, never>;
export type GetMarginRiskBasedLiquidationRatioResult = Decoded<operations['getMarginRiskBasedLiquidationRatio']['responses']['200']['content']['application/json'], (typeof getMarginRiskBasedLiquidationRatioOperation)['response']['fields']>;

/**
 * Get margin asset risk-based liquidation ratio (MARKET_DATA) — `GET /sapi/v1/margin/risk-based-liquidation-ratio`.
 *
 * Lists the risk-based liquidation ratio of the assets that have one.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Margin-Asset-Risk-Based-Liquidation-Ratio
 */
export function getMarginRiskBasedLiquidationRatio(client: OperationCaller, params?: GetMarginRiskBasedLiquidationRatioParams, options?: CallOptions): Promise<GetMarginRiskBasedLiquidationRatioResult> {
  return client.call(getMarginRiskBasedLiquidationRatioOperation, params, options) as Promise<GetMarginRiskBasedLiquidationRatioResult>;
}

export type GetMarginLeverageBracketParams = Record<string, never>;
export type GetMarginLeverageBracketResult = Decoded<operations['getMarginLeverageBracket']['responses']['200']['content']['application/json'], (typeof getMarginLeverageBracketOperation)['response']['fields']>;

/**
 * Query liability coin leverage bracket in cross margin Pro mode (MARKET_DATA) — `GET /sapi/v1/margin/leverageBracket`.
 *
 * Lists the debt brackets of the liability assets in Cross Margin Pro: for each group of assets, the leverage, maximum debt and margin rates of each bracket.
 *
 * Weight 1 (IP). API key only, not signed.
 * @deprecated Cross Margin Pro was sunset on 2026-04-13; Binance's change log of that day says this call is "no longer supported due to the sunset of Cross Margin Pro Mode". There is no replacement.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Liability-Coin-Leverage-Bracket-in-Cross-Margin-Pro-Mode
 */
export function getMarginLeverageBracket(client: OperationCaller, params?: GetMarginLeverageBracketParams, options?: CallOptions): Promise<GetMarginLeverageBracketResult> {
  return client.call(getMarginLeverageBracketOperation, params, options) as Promise<GetMarginLeverageBracketResult>;
}

export type CreateMarginListenTokenParams = OperationParams<NonNullable<operations['createMarginListenToken']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof createMarginListenTokenOperation)['params']>;
export type CreateMarginListenTokenResult = Decoded<operations['createMarginListenToken']['responses']['200']['content']['application/json'], (typeof createMarginListenTokenOperation)['response']['fields']>;

/**
 * Create margin account listenToken (USER_STREAM) — `POST /sapi/v1/userListenToken`.
 *
 * Creates a listen token for the margin **trade** data stream (order updates, balance and account updates) of the cross-margin account, or of one isolated pair with `isIsolated=true` and `symbol`. Subscribe with it on the Spot WebSocket API (`userDataStream.subscribe.listenToken`); the risk data stream keeps using the listen key of `/sapi/v1/margin/listen-key`.
 *
 * Weight 1 (UID). API key only, not signed.
 * Rule (requiredWhen): An isolated-margin token (`isIsolated=true`) needs the pair in `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade-data-stream
 */
export function createMarginListenToken(client: OperationCaller, params?: CreateMarginListenTokenParams, options?: CallOptions): Promise<CreateMarginListenTokenResult> {
  return client.call(createMarginListenTokenOperation, params, options) as Promise<CreateMarginListenTokenResult>;
}

export type CreateMarginListenKeyParams = Record<string, never>;
export type CreateMarginListenKeyResult = Decoded<operations['createMarginListenKey']['responses']['200']['content']['application/json'], (typeof createMarginListenKeyOperation)['response']['fields']>;

/**
 * Start the margin risk data stream (USER_STREAM) — `POST /sapi/v1/margin/listen-key`.
 *
 * Creates the listen key of the margin **risk** data stream, which pushes liability updates and margin calls of the cross-margin account (the stream does not cover isolated margin). Connect to `wss://margin-stream.binance.com/ws/<listenKey>`. Order and balance events are not on this stream: they need a listen token (`POST /sapi/v1/userListenToken`), which this description does not cover.
 *
 * Weight 1 (UID). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Start-User-Data-Stream
 */
export function createMarginListenKey(client: OperationCaller, params?: CreateMarginListenKeyParams, options?: CallOptions): Promise<CreateMarginListenKeyResult> {
  return client.call(createMarginListenKeyOperation, params, options) as Promise<CreateMarginListenKeyResult>;
}

export type KeepAliveMarginListenKeyParams = OperationParams<NonNullable<operations['keepAliveMarginListenKey']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof keepAliveMarginListenKeyOperation)['params']>;
export type KeepAliveMarginListenKeyResult = Decoded<operations['keepAliveMarginListenKey']['responses']['200']['content']['application/json'], (typeof keepAliveMarginListenKeyOperation)['response']['fields']>;

/**
 * Keep the margin risk data stream alive (USER_STREAM) — `PUT /sapi/v1/margin/listen-key`.
 *
 * Extends the validity of a risk-stream listen key by 60 minutes from now. Send it well before the hour runs out (every 30 minutes leaves a margin). When Binance answers that the key does not exist, it has expired or been closed: create a new one with `POST` and reconnect.
 *
 * Weight 1 (UID). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Keepalive-User-Data-Stream
 */
export function keepAliveMarginListenKey(client: OperationCaller, params: KeepAliveMarginListenKeyParams, options?: CallOptions): Promise<KeepAliveMarginListenKeyResult> {
  return client.call(keepAliveMarginListenKeyOperation, params, options) as Promise<KeepAliveMarginListenKeyResult>;
}

export type CloseMarginListenKeyParams = Record<string, never>;
export type CloseMarginListenKeyResult = Decoded<operations['closeMarginListenKey']['responses']['200']['content']['application/json'], (typeof closeMarginListenKeyOperation)['response']['fields']>;

/**
 * Close the margin risk data stream (USER_STREAM) — `DELETE /sapi/v1/margin/listen-key`.
 *
 * Closes the account's risk-stream listen key, which ends the stream. Binance documents no parameter: the key is found from the API key's account, which holds at most one active risk-stream key.
 *
 * Weight 3000 (UID). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Close-User-Data-Stream
 */
export function closeMarginListenKey(client: OperationCaller, params?: CloseMarginListenKeyParams, options?: CallOptions): Promise<CloseMarginListenKeyResult> {
  return client.call(closeMarginListenKeyOperation, params, options) as Promise<CloseMarginListenKeyResult>;
}

export type NewMarginOtoParams = OperationParams<NonNullable<operations['newMarginOto']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOtoOperation)['params']>;
export type NewMarginOtoResult = Decoded<operations['newMarginOto']['responses']['200']['content']['application/json'], (typeof newMarginOtoOperation)['response']['fields']>;

/**
 * New margin OTO (TRADE) — `POST /sapi/v1/margin/order/oto`.
 *
 * Places an OTO ("one triggers the other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`. The list holds two orders:
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY. Signed.
 * Rule (requiredWhen): A `LIMIT` working order needs its time in force in `workingTimeInForce`.
 * Rule (requiredWhen): A pending order with a limit price (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`) needs it in `pendingPrice`.
 * Rule (requiredWhen): A `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` pending order needs `pendingTimeInForce`.
 * Rule (atLeastOne): A stop or take-profit pending order needs a trigger: `pendingStopPrice`, `pendingTrailingDelta`, or both.
 * Rule (requires): Since 2026-06-15 (change log of 2026-06-17) a trailing pending order also needs `pendingPrice`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO
 */
export function newMarginOto(client: OperationCaller, params: NewMarginOtoParams, options?: CallOptions): Promise<NewMarginOtoResult> {
  return client.call(newMarginOtoOperation, params, options) as Promise<NewMarginOtoResult>;
}

export type NewMarginOtocoParams = OperationParams<NonNullable<operations['newMarginOtoco']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOtocoOperation)['params']>;
export type NewMarginOtocoResult = Decoded<operations['newMarginOtoco']['responses']['200']['content']['application/json'], (typeof newMarginOtocoOperation)['response']['fields']>;

/**
 * New margin OTOCO (TRADE) — `POST /sapi/v1/margin/order/otoco`.
 *
 * Places an OTOCO ("one triggers a one-cancels-the-other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`. The list holds three orders:
 *
 * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY. Signed.
 * Rule (requiredWhen): A `LIMIT` working order needs its time in force in `workingTimeInForce`.
 * Rule (requiredWhen): A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-above leg needs `pendingAbovePrice`.
 * Rule (requiredWhen): A `STOP_LOSS_LIMIT` pending-above leg needs `pendingAboveTimeInForce`.
 * Rule (atLeastOne): A stop pending-above leg needs `pendingAboveStopPrice`, `pendingAboveTrailingDelta`, or both.
 * Rule (requires): Since 2026-06-15 a trailing pending-above leg also needs `pendingAbovePrice`.
 * Rule (requiredWhen): A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowPrice`.
 * Rule (requiredWhen): A `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowTimeInForce`.
 * Rule (atLeastOne): A stop pending-below leg needs `pendingBelowStopPrice`, `pendingBelowTrailingDelta`, or both.
 * Rule (requires): Since 2026-06-15 a trailing pending-below leg also needs `pendingBelowPrice`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTOCO
 */
export function newMarginOtoco(client: OperationCaller, params: NewMarginOtocoParams, options?: CallOptions): Promise<NewMarginOtocoResult> {
  return client.call(newMarginOtocoOperation, params, options) as Promise<NewMarginOtocoResult>;
}

export type GetMarginPreventedMatchesParams = OperationParams<NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>, (typeof getMarginPreventedMatchesOperation)['params']>;
export type GetMarginPreventedMatchesResult = Decoded<operations['getMarginPreventedMatches']['responses']['200']['content']['application/json'], (typeof getMarginPreventedMatchesOperation)['response']['fields']>;

/**
 * Query prevented matches (USER_DATA) — `GET /sapi/v1/margin/myPreventedMatches`.
 *
 * Lists the matches that self-trade prevention stopped on one symbol of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Name the match by `preventedMatchId`, or the order whose prevented matches you want by `orderId`.
 * Rule (exclusive): `preventedMatchId` names a single match and cannot be combined with `orderId` or `fromPreventedMatchId`.
 * Rule (requires): `fromPreventedMatchId` pages through the prevented matches of one `orderId`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Prevented-Matches
 */
export function getMarginPreventedMatches(client: OperationCaller, params: GetMarginPreventedMatchesParams, options?: CallOptions): Promise<GetMarginPreventedMatchesResult> {
  return client.call(getMarginPreventedMatchesOperation, params, options) as Promise<GetMarginPreventedMatchesResult>;
}

export type GetMarginOrderCountUsageParams = OperationParams<NonNullable<operations['getMarginOrderCountUsage']['parameters']['query']>, (typeof getMarginOrderCountUsageOperation)['params']>;
export type GetMarginOrderCountUsageResult = Decoded<operations['getMarginOrderCountUsage']['responses']['200']['content']['application/json'], (typeof getMarginOrderCountUsageOperation)['response']['fields']>;

/**
 * Query current margin order count usage (TRADE) — `GET /sapi/v1/margin/rateLimit/order`.
 *
 * Returns the account's order-rate limiters (Binance documents 10 000 orders per 10 seconds and 20 000 per day) with the number of orders counted in each current window. The same counts come back in the `X-MBX-ORDER-COUNT-10S` and `X-MBX-ORDER-COUNT-1D` headers of every accepted order.
 *
 * Weight 20 (IP). Signed.
 * Rule (requiredWhen): For an isolated pair (`isIsolated=TRUE`) name the pair in `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Current-Margin-Order-Count-Usage
 */
export function getMarginOrderCountUsage(client: OperationCaller, params?: GetMarginOrderCountUsageParams, options?: CallOptions): Promise<GetMarginOrderCountUsageResult> {
  return client.call(getMarginOrderCountUsageOperation, params, options) as Promise<GetMarginOrderCountUsageResult>;
}

export type MarginManualLiquidationParams = OperationParams<NonNullable<operations['marginManualLiquidation']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof marginManualLiquidationOperation)['params']>;
export type MarginManualLiquidationResult = Decoded<operations['marginManualLiquidation']['responses']['200']['content']['application/json'], (typeof marginManualLiquidationOperation)['response']['fields']>;

/**
 * Margin manual liquidation (MARGIN) — `POST /sapi/v1/margin/manual-liquidation`.
 *
 * Liquidates the cross-margin account (`type=MARGIN`), or one isolated pair (`type=ISOLATED` with `symbol`), on your own initiative: open orders are cancelled and the account's assets are used to repay its loans. Binance supports it for Cross Margin Classic and Pro; isolated pairs only in restricted regions.
 *
 * Weight 3000 (UID). Signed.
 * Rule (requiredWhen): Liquidating an isolated pair (`type=ISOLATED`) needs the pair in `symbol`.
 * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Manual-Liquidation
 */
export function marginManualLiquidation(client: OperationCaller, params: MarginManualLiquidationParams, options?: CallOptions): Promise<MarginManualLiquidationResult> {
  return client.call(marginManualLiquidationOperation, params, options) as Promise<MarginManualLiquidationResult>;
}

export type ExitMarginSpecialKeyModeParams = OperationParams<NonNullable<operations['exitMarginSpecialKeyMode']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof exitMarginSpecialKeyModeOperation)['params']>;
export type ExitMarginSpecialKeyModeResult = Decoded<operations['exitMarginSpecialKeyMode']['responses']['200']['content']['application/json'], (typeof exitMarginSpecialKeyModeOperation)['response']['fields']>;

/**
 * Exit special key mode (TRADE) — `POST /sapi/v1/margin/exit-special-key-mode`.
 *
 * Takes a Cross Margin Classic account out of "Special Key Mode", which it entered when its first margin special key (low-latency trading key) was created. In one step Binance deletes every special key of the cross-margin account, puts the pre-trade margin checks (including the open-order-loss calculation) back to standard, and starts a cool-down (24 hours by default) during which no new special key can be created.
 *
 * Weight 10 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Exit-Special-Key-Mode
 */
export function exitMarginSpecialKeyMode(client: OperationCaller, params?: ExitMarginSpecialKeyModeParams, options?: CallOptions): Promise<ExitMarginSpecialKeyModeResult> {
  return client.call(exitMarginSpecialKeyModeOperation, params, options) as Promise<ExitMarginSpecialKeyModeResult>;
}

export type GetMarginSpecialKeyParams = OperationParams<NonNullable<operations['getMarginSpecialKey']['parameters']['query']>, (typeof getMarginSpecialKeyOperation)['params']>;
export type GetMarginSpecialKeyResult = Decoded<operations['getMarginSpecialKey']['responses']['200']['content']['application/json'], (typeof getMarginSpecialKeyOperation)['response']['fields']>;

/**
 * Query special key for low-latency trading (TRADE) — `GET /sapi/v1/margin/apiKey`.
 *
 * Returns one margin special key (name, IP restriction, type, permission mode); never its secret. For a key of an isolated pair send the pair in `symbol`.
 *
 * Weight 1 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Special-Key-of-Low-Latency-Trading
 */
export function getMarginSpecialKey(client: OperationCaller, params: GetMarginSpecialKeyParams, options?: CallOptions): Promise<GetMarginSpecialKeyResult> {
  return client.call(getMarginSpecialKeyOperation, params, options) as Promise<GetMarginSpecialKeyResult>;
}

export type CreateMarginSpecialKeyParams = OperationParams<NonNullable<operations['createMarginSpecialKey']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof createMarginSpecialKeyOperation)['params']>;
export type CreateMarginSpecialKeyResult = Decoded<operations['createMarginSpecialKey']['responses']['200']['content']['application/json'], (typeof createMarginSpecialKeyOperation)['response']['fields']>;

/**
 * Create special key for low-latency trading (TRADE) — `POST /sapi/v1/margin/apiKey`.
 *
 * Creates a margin special key: a key for low-latency margin trading, used on the **Spot** REST API (`https://api.binance.com/api/v3/*`) and its user data stream instead of the SAPI. Binance offers it to VIP 4 and above (lower levels ask their VIP manager) for Cross Margin, Isolated Margin, Portfolio Margin Pro and, with an extra agreement, Cross Margin Pro; Portfolio Margin accounts cannot have one (answered with Binance's `UNSUPPORTED_OPERATION`). Creating a cross-margin special key puts the account in "Special Key Mode"; see `POST /sapi/v1/margin/exit-special-key-mode`.
 *
 * Weight 1 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Create-Special-Key-of-Low-Latency-Trading
 */
export function createMarginSpecialKey(client: OperationCaller, params: CreateMarginSpecialKeyParams, options?: CallOptions): Promise<CreateMarginSpecialKeyResult> {
  return client.call(createMarginSpecialKeyOperation, params, options) as Promise<CreateMarginSpecialKeyResult>;
}

export type DeleteMarginSpecialKeyParams = OperationParams<NonNullable<operations['deleteMarginSpecialKey']['parameters']['query']>, (typeof deleteMarginSpecialKeyOperation)['params']>;
export type DeleteMarginSpecialKeyResult = Decoded<operations['deleteMarginSpecialKey']['responses']['200']['content']['application/json'], (typeof deleteMarginSpecialKeyOperation)['response']['fields']>;

/**
 * Delete special key for low-latency trading (TRADE) — `DELETE /sapi/v1/margin/apiKey`.
 *
 * Deletes margin special keys: the one named by `apiKey`, or, when only `apiName` is sent, every key with that name (`apiName` is ignored when `apiKey` is sent). For keys of an isolated pair send the pair in `symbol`.
 *
 * Weight 1 (UID). Signed.
 * Rule (atLeastOne): Name the key by `apiKey`, or every key of a name by `apiName`; `apiKey` wins when both are sent.
 * @see https://developers.binance.com/docs/margin_trading/trade/Delete-Special-Key-of-Low-Latency-Trading
 */
export function deleteMarginSpecialKey(client: OperationCaller, params?: DeleteMarginSpecialKeyParams, options?: CallOptions): Promise<DeleteMarginSpecialKeyResult> {
  return client.call(deleteMarginSpecialKeyOperation, params, options) as Promise<DeleteMarginSpecialKeyResult>;
}

export type EditMarginSpecialKeyIpParams = OperationParams<NonNullable<operations['editMarginSpecialKeyIp']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof editMarginSpecialKeyIpOperation)['params']>;
export type EditMarginSpecialKeyIpResult = Decoded<operations['editMarginSpecialKeyIp']['responses']['200']['content']['application/json'], (typeof editMarginSpecialKeyIpOperation)['response']['fields']>;

/**
 * Edit IP for special key for low-latency trading (TRADE) — `PUT /sapi/v1/margin/apiKey/ip`.
 *
 * Replaces the IP restriction of a margin special key with the addresses in `ip` (comma-separated, at most 30). For a key of an isolated pair send the pair in `symbol`. The API key that calls this endpoint needs "Enable Spot & Margin Trading". `apiKey` is on Binance's page but not in its connector; the spec follows the page.
 *
 * Weight 1 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Edit-ip-for-Special-Key-of-Low-Latency-Trading
 */
export function editMarginSpecialKeyIp(client: OperationCaller, params: EditMarginSpecialKeyIpParams, options?: CallOptions): Promise<EditMarginSpecialKeyIpResult> {
  return client.call(editMarginSpecialKeyIpOperation, params, options) as Promise<EditMarginSpecialKeyIpResult>;
}

export type GetMarginSpecialKeyListParams = OperationParams<NonNullable<operations['getMarginSpecialKeyList']['parameters']['query']>, (typeof getMarginSpecialKeyListOperation)['params']>;
export type GetMarginSpecialKeyListResult = Decoded<operations['getMarginSpecialKeyList']['responses']['200']['content']['application/json'], (typeof getMarginSpecialKeyListOperation)['response']['fields']>;

/**
 * Query special key list for low-latency trading (TRADE) — `GET /sapi/v1/margin/api-key-list`.
 *
 * Lists the margin special keys of the cross-margin account, or of an isolated pair with `symbol`; never their secrets.
 *
 * Weight 1 (UID). Signed.
 * @see https://developers.binance.com/docs/margin_trading/trade/Query-Special-Key-List-of-Low-Latency-Trading
 */
export function getMarginSpecialKeyList(client: OperationCaller, params?: GetMarginSpecialKeyListParams, options?: CallOptions): Promise<GetMarginSpecialKeyListResult> {
  return client.call(getMarginSpecialKeyListOperation, params, options) as Promise<GetMarginSpecialKeyListResult>;
}

export type GetIsolatedMarginAccountLimitParams = OperationParams<NonNullable<operations['getIsolatedMarginAccountLimit']['parameters']['query']>, (typeof getIsolatedMarginAccountLimitOperation)['params']>;
export type GetIsolatedMarginAccountLimitResult = Decoded<operations['getIsolatedMarginAccountLimit']['responses']['200']['content']['application/json'], (typeof getIsolatedMarginAccountLimitOperation)['response']['fields']>;

/**
 * Query enabled isolated-margin account limit (USER_DATA) — `GET /sapi/v1/margin/isolated/accountLimit`.
 *
 * Returns how many isolated-margin accounts are enabled and how many may be enabled at once. Disable an account (`DELETE /sapi/v1/margin/isolated/account`) to make room for another pair.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Enabled-Isolated-Margin-Account-Limit
 */
export function getIsolatedMarginAccountLimit(client: OperationCaller, params?: GetIsolatedMarginAccountLimitParams, options?: CallOptions): Promise<GetIsolatedMarginAccountLimitResult> {
  return client.call(getIsolatedMarginAccountLimitOperation, params, options) as Promise<GetIsolatedMarginAccountLimitResult>;
}

export type GetAllIsolatedMarginPairsParams = OperationParams<NonNullable<operations['getAllIsolatedMarginPairs']['parameters']['query']>, (typeof getAllIsolatedMarginPairsOperation)['params']>;
export type GetAllIsolatedMarginPairsResult = Decoded<operations['getAllIsolatedMarginPairs']['responses']['200']['content']['application/json'], (typeof getAllIsolatedMarginPairsOperation)['response']['fields']>;

/**
 * Get all isolated-margin symbols (MARKET_DATA) — `GET /sapi/v1/margin/isolated/allPairs`.
 *
 * Lists the pairs that can be traded on isolated margin, or the one named by `symbol`.
 *
 * Weight 10 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Isolated-Margin-Symbol
 */
export function getAllIsolatedMarginPairs(client: OperationCaller, params?: GetAllIsolatedMarginPairsParams, options?: CallOptions): Promise<GetAllIsolatedMarginPairsResult> {
  return client.call(getAllIsolatedMarginPairsOperation, params, options) as Promise<GetAllIsolatedMarginPairsResult>;
}

export type GetIsolatedMarginFeeDataParams = OperationParams<NonNullable<operations['getIsolatedMarginFeeData']['parameters']['query']>, (typeof getIsolatedMarginFeeDataOperation)['params']>;
export type GetIsolatedMarginFeeDataResult = Decoded<operations['getIsolatedMarginFeeData']['responses']['200']['content']['application/json'], (typeof getIsolatedMarginFeeDataOperation)['response']['fields']>;

/**
 * Query isolated-margin fee data (USER_DATA) — `GET /sapi/v1/margin/isolatedMarginData`.
 *
 * Returns the interest rates and borrow limits of isolated pairs, as on Binance's margin-fee page: for the account's own VIP level, or for the level in `vipLevel`. Without `symbol` every pair is returned, which costs 10 instead of 1.
 *
 * Weight 1 (IP); 10 when symbol is not sent. Signed.
 * @see https://developers.binance.com/docs/margin_trading/account/Query-Isolated-Margin-Fee-Data
 */
export function getIsolatedMarginFeeData(client: OperationCaller, params?: GetIsolatedMarginFeeDataParams, options?: CallOptions): Promise<GetIsolatedMarginFeeDataResult> {
  return client.call(getIsolatedMarginFeeDataOperation, params, options) as Promise<GetIsolatedMarginFeeDataResult>;
}

export type GetIsolatedMarginTierDataParams = OperationParams<NonNullable<operations['getIsolatedMarginTierData']['parameters']['query']>, (typeof getIsolatedMarginTierDataOperation)['params']>;
export type GetIsolatedMarginTierDataResult = Decoded<operations['getIsolatedMarginTierData']['responses']['200']['content']['application/json'], (typeof getIsolatedMarginTierDataOperation)['response']['fields']>;

/**
 * Query isolated-margin tier data (USER_DATA) — `GET /sapi/v1/margin/isolatedMarginTier`.
 *
 * Returns the leverage tiers of one isolated pair (all tiers, or the one in `tier`), as on Binance's margin-data page: per tier the leverage, the margin levels for borrowing and liquidation, and how much of each asset can be borrowed.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Isolated-Margin-Tier-Data
 */
export function getIsolatedMarginTierData(client: OperationCaller, params: GetIsolatedMarginTierDataParams, options?: CallOptions): Promise<GetIsolatedMarginTierDataResult> {
  return client.call(getIsolatedMarginTierDataOperation, params, options) as Promise<GetIsolatedMarginTierDataResult>;
}

export type NewMarginUniversalTransferParams = OperationParams<NonNullable<operations['newMarginUniversalTransfer']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginUniversalTransferOperation)['params']>;
export type NewMarginUniversalTransferResult = Decoded<operations['newMarginUniversalTransfer']['responses']['200']['content']['application/json'], (typeof newMarginUniversalTransferOperation)['response']['fields']>;

/**
 * User universal transfer, margin directions (USER_DATA) — `POST /sapi/v1/asset/transfer`.
 *
 * Moves an asset between two wallets of the account. This is how a margin account is funded and emptied: the margin-only transfer endpoints were removed on 2024-03-31 in favour of this one. This description covers the directions that touch a margin wallet (see `type`); the endpoint belongs to Binance's wallet API, which has more.
 *
 * Weight 900 (UID). Signed.
 * Rule (requiredWhen): A transfer out of an isolated account names its pair in `fromSymbol`.
 * Rule (requiredWhen): A transfer into an isolated account names its pair in `toSymbol`.
 * @see https://developers.binance.com/docs/wallet/asset/user-universal-transfer
 */
export function newMarginUniversalTransfer(client: OperationCaller, params: NewMarginUniversalTransferParams, options?: CallOptions): Promise<NewMarginUniversalTransferResult> {
  return client.call(newMarginUniversalTransferOperation, params, options) as Promise<NewMarginUniversalTransferResult>;
}

/** The operation-named methods of the margin client. */
export interface MarginOperations {
  /**
   * Query margin order (USER_DATA) — `GET /sapi/v1/margin/order`.
   *
   * Returns one order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`, identified by `orderId` or by the client id it was placed with.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Identify the order by `orderId` or by `origClientOrderId`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Order
   */
  getMarginOrder(params: GetMarginOrderParams, options?: CallOptions): Promise<GetMarginOrderResult>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'ACK' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'RESULT' }, options?: CallOptions): Promise<NewMarginOrderResult<'RESULT'>>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'FULL' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'MARKET' | 'LIMIT' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
  /**
   * New margin order (TRADE) — `POST /sapi/v1/margin/order`.
   *
   * Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (atLeastOne): Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `trailingDelta`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-Order
   */
  newMarginOrder(params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult>;
  /**
   * Cancel margin order (TRADE) — `DELETE /sapi/v1/margin/order`.
   *
   * Cancels an open order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`. If the order borrowed with `autoRepayAtCancel` left at its default, the borrowed amount is repaid.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Identify the order by `orderId` or by `origClientOrderId`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-Order
   */
  cancelMarginOrder(params: CancelMarginOrderParams, options?: CallOptions): Promise<CancelMarginOrderResult>;
  /**
   * Query margin open orders (USER_DATA) — `GET /sapi/v1/margin/openOrders`.
   *
   * Lists the orders still open on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 10 (IP). Signed.
   * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-Orders
   */
  getMarginOpenOrders(params?: GetMarginOpenOrdersParams, options?: CallOptions): Promise<GetMarginOpenOrdersResult>;
  /**
   * Cancel all margin open orders on a symbol (TRADE) — `DELETE /sapi/v1/margin/openOrders`.
   *
   * Cancels every open order of one pair on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`, OCO order lists included.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-All-Open-Orders
   */
  cancelMarginOpenOrders(params: CancelMarginOpenOrdersParams, options?: CallOptions): Promise<CancelMarginOpenOrdersResult>;
  /**
   * Query all margin orders (USER_DATA) — `GET /sapi/v1/margin/allOrders`.
   *
   * Lists the orders of one pair on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`, whatever their status: open, filled, cancelled or expired.
   *
   * Weight 200 (IP). Signed.
   * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-Orders
   */
  getMarginAllOrders(params: GetMarginAllOrdersParams, options?: CallOptions): Promise<GetMarginAllOrdersResult>;
  /**
   * New margin OCO (TRADE) — `POST /sapi/v1/margin/order/oco`.
   *
   * Places an OCO ("one cancels the other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`: a `LIMIT_MAKER` leg at `price` and a stop leg triggered at `stopPrice`, both for `quantity`. When one leg fills or triggers, Binance cancels the other.
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY or AUTO_BORROW_REPAY. Signed.
   * Rule (requires): Sending `stopLimitPrice` turns the stop leg into a stop-limit order, which also needs its time in force in `stopLimitTimeInForce`.
   * Rule (forbiddenWhen): `stopLimitTimeInForce` belongs to a stop-limit leg; without `stopLimitPrice` the stop leg is a `STOP_LOSS` order and takes none.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OCO
   */
  newMarginOco(params: NewMarginOcoParams, options?: CallOptions): Promise<NewMarginOcoResult>;
  /**
   * Query margin OCO (USER_DATA) — `GET /sapi/v1/margin/orderList`.
   *
   * Returns one OCO order list, identified by `orderListId` or by the client id of the list (sent here as `origClientOrderId`; the cancel call names the same value `listClientOrderId`).
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Identify the list by `orderListId` or by its client id in `origClientOrderId`.
   * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
   * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-OCO
   */
  getMarginOco(params?: GetMarginOcoParams, options?: CallOptions): Promise<GetMarginOcoResult>;
  /**
   * Cancel margin OCO (TRADE) — `DELETE /sapi/v1/margin/orderList`.
   *
   * Cancels a whole OCO order list of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`, identified by `orderListId` or by its client id in `listClientOrderId`. Unlike the OCO queries, this call always takes `symbol`.
   *
   * Weight 1 (UID). Signed.
   * Rule (atLeastOne): Identify the list by `orderListId` or by its client id in `listClientOrderId`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-Cancel-OCO
   */
  cancelMarginOco(params: CancelMarginOcoParams, options?: CallOptions): Promise<CancelMarginOcoResult>;
  /**
   * Query all margin OCOs (USER_DATA) — `GET /sapi/v1/margin/allOrderList`.
   *
   * Lists the OCO order lists of the cross-margin account, or of one isolated pair with `isIsolated=TRUE` and `symbol`, whatever their status.
   *
   * Weight 200 (IP). Signed.
   * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
   * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
   * Rule (exclusive): Paging by id (`fromId`) cannot be combined with a time range (`startTime`, `endTime`).
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-All-OCO
   */
  getMarginAllOco(params?: GetMarginAllOcoParams, options?: CallOptions): Promise<GetMarginAllOcoResult>;
  /**
   * Query margin open OCOs (USER_DATA) — `GET /sapi/v1/margin/openOrderList`.
   *
   * Lists the OCO order lists still executing on the cross-margin account, or on one isolated pair with `isIsolated=TRUE` and `symbol`. Cross-margin calls must not send `symbol`. The answer lists each list's legs by id only.
   *
   * Weight 10 (IP). Signed.
   * Rule (requiredWhen): An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`.
   * Rule (forbiddenWhen): A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Open-OCO
   */
  getMarginOpenOco(params?: GetMarginOpenOcoParams, options?: CallOptions): Promise<GetMarginOpenOcoResult>;
  /**
   * Query margin trade list (USER_DATA) — `GET /sapi/v1/margin/myTrades`.
   *
   * Lists the executions of your orders on one pair of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 10 (IP). Signed.
   * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Account-Trade-List
   */
  getMarginTrades(params: GetMarginTradesParams, options?: CallOptions): Promise<GetMarginTradesResult>;
  /**
   * Query borrow/repay records (USER_DATA) — `GET /sapi/v1/margin/borrow-repay`.
   *
   * Lists the loans (`type=BORROW`) or the repayments (`type=REPAY`) of the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Send `txId` or `startTime`; `txId` takes precedence when both are sent.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Borrow-Repay
   */
  getMarginBorrowRepayRecords(params: GetMarginBorrowRepayRecordsParams, options?: CallOptions): Promise<GetMarginBorrowRepayRecordsResult>;
  /**
   * Borrow or repay a margin loan (MARGIN) — `POST /sapi/v1/margin/borrow-repay`.
   *
   * Takes a loan (`type=BORROW`) or pays one back (`type=REPAY`) in the cross-margin account, or in one isolated pair with `isIsolated=TRUE` and `symbol`.
   *
   * Weight 1500 (UID). Signed.
   * Rule (requiredWhen): An isolated-margin loan (`isIsolated=TRUE`) needs the pair it belongs to in `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Margin-Account-Borrow-Repay
   */
  marginBorrowRepay(params: MarginBorrowRepayParams, options?: CallOptions): Promise<MarginBorrowRepayResult>;
  /**
   * Query max borrowable amount (USER_DATA) — `GET /sapi/v1/margin/maxBorrowable`.
   *
   * Returns how much of an asset can be borrowed right now: on the cross-margin account, or on one isolated pair when `isolatedSymbol` is sent. `amount` is what a `POST /sapi/v1/margin/borrow-repay` would accept at this moment; `borrowLimit` is the ceiling of the account's level.
   *
   * Weight 750 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Max-Borrow
   */
  getMarginMaxBorrowable(params: GetMarginMaxBorrowableParams, options?: CallOptions): Promise<GetMarginMaxBorrowableResult>;
  /**
   * Query max transfer-out amount (USER_DATA) — `GET /sapi/v1/margin/maxTransferable`.
   *
   * Returns the largest amount of an asset that can currently leave the cross-margin account, or one isolated pair when `isolatedSymbol` is sent. Liabilities and the margin level hold the rest back; a larger transfer is refused (-3020).
   *
   * Weight 50 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/transfer/Query-Max-Transfer-Out-Amount
   */
  getMarginMaxTransferable(params: GetMarginMaxTransferableParams, options?: CallOptions): Promise<GetMarginMaxTransferableResult>;
  /**
   * Query cross-margin account details (USER_DATA) — `GET /sapi/v1/margin/account`.
   *
   * Returns the cross-margin account: whether it exists and what it may do (borrow, trade, transfer in and out), its margin levels, its totals valued in BTC and USDT, and the balance and liability of each asset.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Margin-Account-Details
   */
  getCrossMarginAccount(params?: GetCrossMarginAccountParams, options?: CallOptions): Promise<GetCrossMarginAccountResult>;
  /**
   * Query isolated-margin account info (USER_DATA) — `GET /sapi/v1/margin/isolated/account`.
   *
   * Returns the user's isolated-margin accounts: for each pair, the base and quote asset balances and liabilities, the margin level and its risk band, and the liquidation price.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Isolated-Margin-Account-Info
   */
  getIsolatedMarginAccount(params?: GetIsolatedMarginAccountParams, options?: CallOptions): Promise<GetIsolatedMarginAccountResult>;
  /**
   * Enable isolated-margin account (TRADE) — `POST /sapi/v1/margin/isolated/account`.
   *
   * Enables the isolated-margin account of one pair again. Only an account that exists and was disabled earlier can be enabled; a pair's account is created by its first transfer into it (`POST /sapi/v1/asset/transfer`, `MARGIN_ISOLATEDMARGIN`). Enabled accounts count against the account limit of `GET /sapi/v1/margin/isolated/accountLimit`.
   *
   * Weight 300 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Enable-Isolated-Margin-Account
   */
  enableIsolatedMarginAccount(params: EnableIsolatedMarginAccountParams, options?: CallOptions): Promise<EnableIsolatedMarginAccountResult>;
  /**
   * Disable isolated-margin account (TRADE) — `DELETE /sapi/v1/margin/isolated/account`.
   *
   * Disables the isolated-margin account of one pair, which frees a place under the enabled-account limit. A disabled account keeps its balances but cannot trade or borrow until it is enabled again. Each pair can be disabled only once every 24 hours.
   *
   * Weight 300 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Disable-Isolated-Margin-Account
   */
  disableIsolatedMarginAccount(params: DisableIsolatedMarginAccountParams, options?: CallOptions): Promise<DisableIsolatedMarginAccountResult>;
  /**
   * Get interest history (USER_DATA) — `GET /sapi/v1/margin/interestHistory`.
   *
   * Lists the interest charged on the loans of the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page.
   *
   * Weight 1 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Get-Interest-History
   */
  getMarginInterestHistory(params?: GetMarginInterestHistoryParams, options?: CallOptions): Promise<GetMarginInterestHistoryResult>;
  /**
   * Get force liquidation records (USER_DATA) — `GET /sapi/v1/margin/forceLiquidationRec`.
   *
   * Lists the orders Binance placed to liquidate the cross-margin account, or one isolated pair with `isolatedSymbol`, newest first and page by page. Each row's `isIsolated` tells which kind of account was liquidated. The time of a row is `updatedTime` (not `updateTime` as in order payloads).
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade
   */
  getMarginForceLiquidationRecords(params?: GetMarginForceLiquidationRecordsParams, options?: CallOptions): Promise<GetMarginForceLiquidationRecordsResult>;
  /**
   * Get cross margin transfer history (USER_DATA) — `GET /sapi/v1/margin/transfer`.
   *
   * Lists the transfers into (`ROLL_IN`) and out of (`ROLL_OUT`) the cross-margin account, or of one isolated pair with `isolatedSymbol`, newest first and page by page. Transfers themselves are made with `POST /sapi/v1/asset/transfer` (the margin transfer endpoints were removed in 2024); this is where their outcome is read back, for example after an answer whose execution status is unknown.
   *
   * Weight 1 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/margin_trading/transfer
   */
  getMarginTransferHistory(params?: GetMarginTransferHistoryParams, options?: CallOptions): Promise<GetMarginTransferHistoryResult>;
  /**
   * Query cross or isolated margin capital flow (USER_DATA) — `GET /sapi/v1/margin/capital-flow`.
   *
   * Lists every movement of assets in the cross-margin account, or in one isolated pair with `symbol`: transfers, loans and repayments, both sides of each trade, commissions, liquidation steps and conversions. One trade makes several rows (an expense, an income and a commission) that share its trade id as `tranId`.
   *
   * Weight 100 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 7 days apart (Binance's change log of 2026-01-16, effective 2026-02-02).
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Isolated-Margin-Capital-Flow
   */
  getMarginCapitalFlow(params?: GetMarginCapitalFlowParams, options?: CallOptions): Promise<GetMarginCapitalFlowResult>;
  /**
   * Get summary of margin account (USER_DATA) — `GET /sapi/v1/margin/tradeCoeff`.
   *
   * Returns the margin-level thresholds of the cross-margin account: the initial level (`normalBar`), the margin-call level and the liquidation level. They follow the account's max leverage (`POST /sapi/v1/margin/max-leverage`): with 3x the initial level is 1.5, with 5x 1.25.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Get-Summary-Of-Margin-Account
   */
  getMarginTradeCoeff(params?: GetMarginTradeCoeffParams, options?: CallOptions): Promise<GetMarginTradeCoeffResult>;
  /**
   * Adjust cross margin max leverage (USER_DATA) — `POST /sapi/v1/margin/max-leverage`.
   *
   * Sets the maximum leverage of the cross-margin account: 3 or 5 (Cross Margin Classic). It decides how much the account may borrow against its equity and its margin-level thresholds (`GET /sapi/v1/margin/tradeCoeff`: the initial level is 1.5 at 3x and 1.25 at 5x). The current margin level must be above the initial level of the new leverage, or the change is refused.
   *
   * Weight 3000 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account
   */
  adjustCrossMarginMaxLeverage(params: AdjustCrossMarginMaxLeverageParams, options?: CallOptions): Promise<AdjustCrossMarginMaxLeverageResult>;
  /**
   * Get BNB burn status (USER_DATA) — `GET /sapi/v1/bnbBurn`.
   *
   * Returns whether the account pays spot and margin trading fees (`spotBNBBurn`) and margin interest (`interestBNBBurn`) in BNB. The switch itself (`POST /sapi/v1/bnbBurn`) is no longer part of Binance's margin API; only the status is.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Get-BNB-Burn-Status
   */
  getBnbBurnStatus(params?: GetBnbBurnStatusParams, options?: CallOptions): Promise<GetBnbBurnStatusResult>;
  /**
   * Query margin interest rate history (USER_DATA) — `GET /sapi/v1/margin/interestRateHistory`.
   *
   * Lists the daily interest rates an asset has had, newest first, for the account's VIP level or the one sent in `vipLevel`. Each row gives a rate and the moment it took effect.
   *
   * Weight 1 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days ("1 month") apart.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay/Query-Margin-Interest-Rate-History
   */
  getMarginInterestRateHistory(params: GetMarginInterestRateHistoryParams, options?: CallOptions): Promise<GetMarginInterestRateHistoryResult>;
  /**
   * Get future hourly interest rate (USER_DATA) — `GET /sapi/v1/margin/next-hourly-interest-rate`.
   *
   * Returns the interest rate each listed asset will be charged at for the coming hour, for cross margin or for isolated margin (`isIsolated`). Interest on margin loans is charged every hour, so this is the rate the next charge uses.
   *
   * Weight 100 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/borrow-and-repay
   */
  getMarginNextHourlyInterestRate(params: GetMarginNextHourlyInterestRateParams, options?: CallOptions): Promise<GetMarginNextHourlyInterestRateResult>;
  /**
   * Get small liability exchange coin list (USER_DATA) — `GET /sapi/v1/margin/exchange-small-liability`.
   *
   * Lists the liabilities of the cross-margin account that are small enough to be exchanged with `POST /sapi/v1/margin/exchange-small-liability`: those worth less than 10 USDT (principal plus interest), with the asset they would be converted into and what they are worth in it.
   *
   * Weight 100 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Get-Small-Liability-Exchange-Coin-List
   */
  getSmallLiabilityExchangeCoinList(params?: GetSmallLiabilityExchangeCoinListParams, options?: CallOptions): Promise<GetSmallLiabilityExchangeCoinListResult>;
  /**
   * Small liability exchange (MARGIN) — `POST /sapi/v1/margin/exchange-small-liability`.
   *
   * Converts the small liabilities of the listed assets (each worth less than 10 USDT, as listed by `GET /sapi/v1/margin/exchange-small-liability`) into one liability of the asset that list names (`liabilityAsset`, USDT in Binance's example), so that many dust debts become one. Principal and interest are converted together. At most 10 assets per call, and one exchange per 6 hours.
   *
   * Weight 3000 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Small-Liability-Exchange
   */
  exchangeSmallLiability(params: ExchangeSmallLiabilityParams, options?: CallOptions): Promise<ExchangeSmallLiabilityResult>;
  /**
   * Get small liability exchange history (USER_DATA) — `GET /sapi/v1/margin/exchange-small-liability-history`.
   *
   * Lists the small-liability exchanges of the cross-margin account, newest first and page by page: each converted liability and the liability that replaced it.
   *
   * Weight 100 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Get-Small-Liability-Exchange-History
   */
  getSmallLiabilityExchangeHistory(params: GetSmallLiabilityExchangeHistoryParams, options?: CallOptions): Promise<GetSmallLiabilityExchangeHistoryResult>;
  /**
   * Query liquidation loan (USER_DATA) — `GET /sapi/v1/margin/liquidation-loan`.
   *
   * Returns the liquidation loan of the cross-margin account: when a liquidation leaves the account's equity below zero (bankruptcy), Binance records the deficit as a loan, by default in USDC. The answer gives its total, the part repaid (`POST /sapi/v1/margin/liquidation-loan/repay`) and the part still owed.
   *
   * Weight 100 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Liquidation-Loan
   */
  getMarginLiquidationLoan(params?: GetMarginLiquidationLoanParams, options?: CallOptions): Promise<GetMarginLiquidationLoanResult>;
  /**
   * Liquidation loan repay (MARGIN) — `POST /sapi/v1/margin/liquidation-loan/repay`.
   *
   * Pays back part or all of the cross-margin account's liquidation loan from the free balance of the loan's asset. The answer carries the repayment's id and status; `PENDING` repayments complete later, and `GET /sapi/v1/margin/liquidation-loan/repay-history` lists them (failed ones are never listed). After an answer whose execution status is unknown, look there before paying again.
   *
   * Weight 100 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Liquidation-Loan-Repay
   */
  repayMarginLiquidationLoan(params: RepayMarginLiquidationLoanParams, options?: CallOptions): Promise<RepayMarginLiquidationLoanResult>;
  /**
   * Query liquidation loan repay history (USER_DATA) — `GET /sapi/v1/margin/liquidation-loan/repay-history`.
   *
   * Lists the repayments of the cross-margin account's liquidation loan, page by page. Only repayments that succeeded or are still pending are listed.
   *
   * Weight 100 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Liquidation-Loan-Repay-History
   */
  getMarginLiquidationLoanRepayHistory(params?: GetMarginLiquidationLoanRepayHistoryParams, options?: CallOptions): Promise<GetMarginLiquidationLoanRepayHistoryResult>;
  /**
   * Get all margin assets (MARKET_DATA) — `GET /sapi/v1/margin/allAssets`.
   *
   * Lists the assets of cross margin, or one asset with `asset`: whether each can be borrowed and used as collateral, and the smallest loan and repayment. Assets scheduled to leave margin carry `delistTime`, written in **seconds** in Binance's example (the delist schedule writes the same moments in milliseconds).
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Margin-Assets
   */
  getAllMarginAssets(params?: GetAllMarginAssetsParams, options?: CallOptions): Promise<GetAllMarginAssetsResult>;
  /**
   * Get all cross margin pairs (MARKET_DATA) — `GET /sapi/v1/margin/allPairs`.
   *
   * Lists the trading pairs of cross margin, or one pair with `symbol`, and whether each side may trade. Pairs scheduled to leave margin carry `delistTime`, in **seconds** as in Binance's example. The pairs' `id` values exceed 2^53: read them as 64-bit integers.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Cross-Margin-Pairs
   */
  getAllCrossMarginPairs(params?: GetAllCrossMarginPairsParams, options?: CallOptions): Promise<GetAllCrossMarginPairsResult>;
  /**
   * Query margin price index (MARKET_DATA) — `GET /sapi/v1/margin/priceIndex`.
   *
   * Returns the index price of a margin pair: the price Binance values margin accounts at (margin levels, liquidations, the 15 % limit-price band of `GET /sapi/v1/margin/limit-price-pairs`).
   *
   * Weight 10 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Margin-PriceIndex
   */
  getMarginPriceIndex(params: GetMarginPriceIndexParams, options?: CallOptions): Promise<GetMarginPriceIndexResult>;
  /**
   * Query cross margin fee data (USER_DATA) — `GET /sapi/v1/margin/crossMarginData`.
   *
   * Returns the interest rates and borrow limits of cross-margin assets, for the account's own VIP level or the one sent in `vipLevel`, as on Binance's margin-fee page: one row per asset, or only `coin`.
   *
   * Weight 5 (IP); 1 when coin is sent. Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Cross-Margin-Fee-Data
   */
  getCrossMarginFeeData(params?: GetCrossMarginFeeDataParams, options?: CallOptions): Promise<GetCrossMarginFeeDataResult>;
  /**
   * Cross margin collateral ratio (MARKET_DATA) — `GET /sapi/v1/margin/crossMarginCollateralRatio`.
   *
   * Lists how much of each asset's value counts as cross-margin collateral. Assets are grouped; within a group, the part of an asset's USD value in each range counts at that range's discount rate (the last range has no upper end).
   *
   * Weight 100 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data
   */
  getCrossMarginCollateralRatio(params?: GetCrossMarginCollateralRatioParams, options?: CallOptions): Promise<GetCrossMarginCollateralRatioResult>;
  /**
   * Query margin available inventory (USER_DATA) — `GET /sapi/v1/margin/available-inventory`.
   *
   * Returns how much of each asset Binance can still lend, to cross margin (`type=MARGIN`) or to isolated margin (`type=ISOLATED`). A loan larger than the inventory is refused (-3045).
   *
   * Weight 50 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Query-margin-avaliable-inventory
   */
  getMarginAvailableInventory(params: GetMarginAvailableInventoryParams, options?: CallOptions): Promise<GetMarginAvailableInventoryResult>;
  /**
   * Get delist schedule (MARKET_DATA) — `GET /sapi/v1/margin/delist-schedule`.
   *
   * Lists when assets (cross margin) and pairs (isolated margin) are scheduled to leave margin, as groups sharing one `delistTime` in milliseconds.
   *
   * Weight 100 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Delist-Schedule
   */
  getMarginDelistSchedule(params?: GetMarginDelistScheduleParams, options?: CallOptions): Promise<GetMarginDelistScheduleResult>;
  /**
   * Get list schedule (MARKET_DATA) — `GET /sapi/v1/margin/list-schedule`.
   *
   * Lists when assets (cross margin) and pairs (isolated margin) are scheduled to join margin, as groups sharing one `listTime` in milliseconds.
   *
   * Weight 100 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-List-Schedule
   */
  getMarginListSchedule(params?: GetMarginListScheduleParams, options?: CallOptions): Promise<GetMarginListScheduleResult>;
  /**
   * Get limit price pairs (MARKET_DATA) — `GET /sapi/v1/margin/limit-price-pairs`.
   *
   * Lists the cross-margin pairs whose limit orders must be priced within 15 % of the index price (`GET /sapi/v1/margin/priceIndex`). The rule only affects orders that would trade at a worse price than the index: a limit buy more than 15 % above it, or a limit sell more than 15 % below it, is refused with -3064.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Limit-Price-Pairs
   */
  getMarginLimitPricePairs(params?: GetMarginLimitPricePairsParams, options?: CallOptions): Promise<GetMarginLimitPricePairsResult>;
  /**
   * Get margin restricted assets (MARKET_DATA) — `GET /sapi/v1/margin/restricted-asset`.
   *
   * Lists the assets under a margin restriction: those that may not be bought into a new long position on margin (`openLongRestrictedAsset`), and those whose collateral value has reached Binance's cap (`maxCollateralExceededAsset`). Asset codes are not always ASCII (Binance's own example lists `币安人生`).
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Margin-Restricted-Assets
   */
  getMarginRestrictedAssets(params?: GetMarginRestrictedAssetsParams, options?: CallOptions): Promise<GetMarginRestrictedAssetsResult>;
  /**
   * Get margin asset risk-based liquidation ratio (MARKET_DATA) — `GET /sapi/v1/margin/risk-based-liquidation-ratio`.
   *
   * Lists the risk-based liquidation ratio of the assets that have one.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-Margin-Asset-Risk-Based-Liquidation-Ratio
   */
  getMarginRiskBasedLiquidationRatio(params?: GetMarginRiskBasedLiquidationRatioParams, options?: CallOptions): Promise<GetMarginRiskBasedLiquidationRatioResult>;
  /**
   * Query liability coin leverage bracket in cross margin Pro mode (MARKET_DATA) — `GET /sapi/v1/margin/leverageBracket`.
   *
   * Lists the debt brackets of the liability assets in Cross Margin Pro: for each group of assets, the leverage, maximum debt and margin rates of each bracket.
   *
   * Weight 1 (IP). API key only, not signed.
   * @deprecated Cross Margin Pro was sunset on 2026-04-13; Binance's change log of that day says this call is "no longer supported due to the sunset of Cross Margin Pro Mode". There is no replacement.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Liability-Coin-Leverage-Bracket-in-Cross-Margin-Pro-Mode
   */
  getMarginLeverageBracket(params?: GetMarginLeverageBracketParams, options?: CallOptions): Promise<GetMarginLeverageBracketResult>;
  /**
   * Create margin account listenToken (USER_STREAM) — `POST /sapi/v1/userListenToken`.
   *
   * Creates a listen token for the margin **trade** data stream (order updates, balance and account updates) of the cross-margin account, or of one isolated pair with `isIsolated=true` and `symbol`. Subscribe with it on the Spot WebSocket API (`userDataStream.subscribe.listenToken`); the risk data stream keeps using the listen key of `/sapi/v1/margin/listen-key`.
   *
   * Weight 1 (UID). API key only, not signed.
   * Rule (requiredWhen): An isolated-margin token (`isIsolated=true`) needs the pair in `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade-data-stream
   */
  createMarginListenToken(params?: CreateMarginListenTokenParams, options?: CallOptions): Promise<CreateMarginListenTokenResult>;
  /**
   * Start the margin risk data stream (USER_STREAM) — `POST /sapi/v1/margin/listen-key`.
   *
   * Creates the listen key of the margin **risk** data stream, which pushes liability updates and margin calls of the cross-margin account (the stream does not cover isolated margin). Connect to `wss://margin-stream.binance.com/ws/<listenKey>`. Order and balance events are not on this stream: they need a listen token (`POST /sapi/v1/userListenToken`), which this description does not cover.
   *
   * Weight 1 (UID). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Start-User-Data-Stream
   */
  createMarginListenKey(params?: CreateMarginListenKeyParams, options?: CallOptions): Promise<CreateMarginListenKeyResult>;
  /**
   * Keep the margin risk data stream alive (USER_STREAM) — `PUT /sapi/v1/margin/listen-key`.
   *
   * Extends the validity of a risk-stream listen key by 60 minutes from now. Send it well before the hour runs out (every 30 minutes leaves a margin). When Binance answers that the key does not exist, it has expired or been closed: create a new one with `POST` and reconnect.
   *
   * Weight 1 (UID). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Keepalive-User-Data-Stream
   */
  keepAliveMarginListenKey(params: KeepAliveMarginListenKeyParams, options?: CallOptions): Promise<KeepAliveMarginListenKeyResult>;
  /**
   * Close the margin risk data stream (USER_STREAM) — `DELETE /sapi/v1/margin/listen-key`.
   *
   * Closes the account's risk-stream listen key, which ends the stream. Binance documents no parameter: the key is found from the API key's account, which holds at most one active risk-stream key.
   *
   * Weight 3000 (UID). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/risk-data-stream/Close-User-Data-Stream
   */
  closeMarginListenKey(params?: CloseMarginListenKeyParams, options?: CallOptions): Promise<CloseMarginListenKeyResult>;
  /**
   * New margin OTO (TRADE) — `POST /sapi/v1/margin/order/oto`.
   *
   * Places an OTO ("one triggers the other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`. The list holds two orders:
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY. Signed.
   * Rule (requiredWhen): A `LIMIT` working order needs its time in force in `workingTimeInForce`.
   * Rule (requiredWhen): A pending order with a limit price (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`) needs it in `pendingPrice`.
   * Rule (requiredWhen): A `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` pending order needs `pendingTimeInForce`.
   * Rule (atLeastOne): A stop or take-profit pending order needs a trigger: `pendingStopPrice`, `pendingTrailingDelta`, or both.
   * Rule (requires): Since 2026-06-15 (change log of 2026-06-17) a trailing pending order also needs `pendingPrice`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTO
   */
  newMarginOto(params: NewMarginOtoParams, options?: CallOptions): Promise<NewMarginOtoResult>;
  /**
   * New margin OTOCO (TRADE) — `POST /sapi/v1/margin/order/otoco`.
   *
   * Places an OTOCO ("one triggers a one-cancels-the-other") order list on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`. The list holds three orders:
   *
   * Weight 6 (UID); 1500 when sideEffectType is MARGIN_BUY. Signed.
   * Rule (requiredWhen): A `LIMIT` working order needs its time in force in `workingTimeInForce`.
   * Rule (requiredWhen): A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-above leg needs `pendingAbovePrice`.
   * Rule (requiredWhen): A `STOP_LOSS_LIMIT` pending-above leg needs `pendingAboveTimeInForce`.
   * Rule (atLeastOne): A stop pending-above leg needs `pendingAboveStopPrice`, `pendingAboveTrailingDelta`, or both.
   * Rule (requires): Since 2026-06-15 a trailing pending-above leg also needs `pendingAbovePrice`.
   * Rule (requiredWhen): A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowPrice`.
   * Rule (requiredWhen): A `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowTimeInForce`.
   * Rule (atLeastOne): A stop pending-below leg needs `pendingBelowStopPrice`, `pendingBelowTrailingDelta`, or both.
   * Rule (requires): Since 2026-06-15 a trailing pending-below leg also needs `pendingBelowPrice`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Account-New-OTOCO
   */
  newMarginOtoco(params: NewMarginOtocoParams, options?: CallOptions): Promise<NewMarginOtocoResult>;
  /**
   * Query prevented matches (USER_DATA) — `GET /sapi/v1/margin/myPreventedMatches`.
   *
   * Lists the matches that self-trade prevention stopped on one symbol of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Name the match by `preventedMatchId`, or the order whose prevented matches you want by `orderId`.
   * Rule (exclusive): `preventedMatchId` names a single match and cannot be combined with `orderId` or `fromPreventedMatchId`.
   * Rule (requires): `fromPreventedMatchId` pages through the prevented matches of one `orderId`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Margin-Prevented-Matches
   */
  getMarginPreventedMatches(params: GetMarginPreventedMatchesParams, options?: CallOptions): Promise<GetMarginPreventedMatchesResult>;
  /**
   * Query current margin order count usage (TRADE) — `GET /sapi/v1/margin/rateLimit/order`.
   *
   * Returns the account's order-rate limiters (Binance documents 10 000 orders per 10 seconds and 20 000 per day) with the number of orders counted in each current window. The same counts come back in the `X-MBX-ORDER-COUNT-10S` and `X-MBX-ORDER-COUNT-1D` headers of every accepted order.
   *
   * Weight 20 (IP). Signed.
   * Rule (requiredWhen): For an isolated pair (`isIsolated=TRUE`) name the pair in `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Current-Margin-Order-Count-Usage
   */
  getMarginOrderCountUsage(params?: GetMarginOrderCountUsageParams, options?: CallOptions): Promise<GetMarginOrderCountUsageResult>;
  /**
   * Margin manual liquidation (MARGIN) — `POST /sapi/v1/margin/manual-liquidation`.
   *
   * Liquidates the cross-margin account (`type=MARGIN`), or one isolated pair (`type=ISOLATED` with `symbol`), on your own initiative: open orders are cancelled and the account's assets are used to repay its loans. Binance supports it for Cross Margin Classic and Pro; isolated pairs only in restricted regions.
   *
   * Weight 3000 (UID). Signed.
   * Rule (requiredWhen): Liquidating an isolated pair (`type=ISOLATED`) needs the pair in `symbol`.
   * @see https://developers.binance.com/docs/margin_trading/trade/Margin-Manual-Liquidation
   */
  marginManualLiquidation(params: MarginManualLiquidationParams, options?: CallOptions): Promise<MarginManualLiquidationResult>;
  /**
   * Exit special key mode (TRADE) — `POST /sapi/v1/margin/exit-special-key-mode`.
   *
   * Takes a Cross Margin Classic account out of "Special Key Mode", which it entered when its first margin special key (low-latency trading key) was created. In one step Binance deletes every special key of the cross-margin account, puts the pre-trade margin checks (including the open-order-loss calculation) back to standard, and starts a cool-down (24 hours by default) during which no new special key can be created.
   *
   * Weight 10 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Exit-Special-Key-Mode
   */
  exitMarginSpecialKeyMode(params?: ExitMarginSpecialKeyModeParams, options?: CallOptions): Promise<ExitMarginSpecialKeyModeResult>;
  /**
   * Query special key for low-latency trading (TRADE) — `GET /sapi/v1/margin/apiKey`.
   *
   * Returns one margin special key (name, IP restriction, type, permission mode); never its secret. For a key of an isolated pair send the pair in `symbol`.
   *
   * Weight 1 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Special-Key-of-Low-Latency-Trading
   */
  getMarginSpecialKey(params: GetMarginSpecialKeyParams, options?: CallOptions): Promise<GetMarginSpecialKeyResult>;
  /**
   * Create special key for low-latency trading (TRADE) — `POST /sapi/v1/margin/apiKey`.
   *
   * Creates a margin special key: a key for low-latency margin trading, used on the **Spot** REST API (`https://api.binance.com/api/v3/*`) and its user data stream instead of the SAPI. Binance offers it to VIP 4 and above (lower levels ask their VIP manager) for Cross Margin, Isolated Margin, Portfolio Margin Pro and, with an extra agreement, Cross Margin Pro; Portfolio Margin accounts cannot have one (answered with Binance's `UNSUPPORTED_OPERATION`). Creating a cross-margin special key puts the account in "Special Key Mode"; see `POST /sapi/v1/margin/exit-special-key-mode`.
   *
   * Weight 1 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Create-Special-Key-of-Low-Latency-Trading
   */
  createMarginSpecialKey(params: CreateMarginSpecialKeyParams, options?: CallOptions): Promise<CreateMarginSpecialKeyResult>;
  /**
   * Delete special key for low-latency trading (TRADE) — `DELETE /sapi/v1/margin/apiKey`.
   *
   * Deletes margin special keys: the one named by `apiKey`, or, when only `apiName` is sent, every key with that name (`apiName` is ignored when `apiKey` is sent). For keys of an isolated pair send the pair in `symbol`.
   *
   * Weight 1 (UID). Signed.
   * Rule (atLeastOne): Name the key by `apiKey`, or every key of a name by `apiName`; `apiKey` wins when both are sent.
   * @see https://developers.binance.com/docs/margin_trading/trade/Delete-Special-Key-of-Low-Latency-Trading
   */
  deleteMarginSpecialKey(params?: DeleteMarginSpecialKeyParams, options?: CallOptions): Promise<DeleteMarginSpecialKeyResult>;
  /**
   * Edit IP for special key for low-latency trading (TRADE) — `PUT /sapi/v1/margin/apiKey/ip`.
   *
   * Replaces the IP restriction of a margin special key with the addresses in `ip` (comma-separated, at most 30). For a key of an isolated pair send the pair in `symbol`. The API key that calls this endpoint needs "Enable Spot & Margin Trading". `apiKey` is on Binance's page but not in its connector; the spec follows the page.
   *
   * Weight 1 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Edit-ip-for-Special-Key-of-Low-Latency-Trading
   */
  editMarginSpecialKeyIp(params: EditMarginSpecialKeyIpParams, options?: CallOptions): Promise<EditMarginSpecialKeyIpResult>;
  /**
   * Query special key list for low-latency trading (TRADE) — `GET /sapi/v1/margin/api-key-list`.
   *
   * Lists the margin special keys of the cross-margin account, or of an isolated pair with `symbol`; never their secrets.
   *
   * Weight 1 (UID). Signed.
   * @see https://developers.binance.com/docs/margin_trading/trade/Query-Special-Key-List-of-Low-Latency-Trading
   */
  getMarginSpecialKeyList(params?: GetMarginSpecialKeyListParams, options?: CallOptions): Promise<GetMarginSpecialKeyListResult>;
  /**
   * Query enabled isolated-margin account limit (USER_DATA) — `GET /sapi/v1/margin/isolated/accountLimit`.
   *
   * Returns how many isolated-margin accounts are enabled and how many may be enabled at once. Disable an account (`DELETE /sapi/v1/margin/isolated/account`) to make room for another pair.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Enabled-Isolated-Margin-Account-Limit
   */
  getIsolatedMarginAccountLimit(params?: GetIsolatedMarginAccountLimitParams, options?: CallOptions): Promise<GetIsolatedMarginAccountLimitResult>;
  /**
   * Get all isolated-margin symbols (MARKET_DATA) — `GET /sapi/v1/margin/isolated/allPairs`.
   *
   * Lists the pairs that can be traded on isolated margin, or the one named by `symbol`.
   *
   * Weight 10 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Get-All-Isolated-Margin-Symbol
   */
  getAllIsolatedMarginPairs(params?: GetAllIsolatedMarginPairsParams, options?: CallOptions): Promise<GetAllIsolatedMarginPairsResult>;
  /**
   * Query isolated-margin fee data (USER_DATA) — `GET /sapi/v1/margin/isolatedMarginData`.
   *
   * Returns the interest rates and borrow limits of isolated pairs, as on Binance's margin-fee page: for the account's own VIP level, or for the level in `vipLevel`. Without `symbol` every pair is returned, which costs 10 instead of 1.
   *
   * Weight 1 (IP); 10 when symbol is not sent. Signed.
   * @see https://developers.binance.com/docs/margin_trading/account/Query-Isolated-Margin-Fee-Data
   */
  getIsolatedMarginFeeData(params?: GetIsolatedMarginFeeDataParams, options?: CallOptions): Promise<GetIsolatedMarginFeeDataResult>;
  /**
   * Query isolated-margin tier data (USER_DATA) — `GET /sapi/v1/margin/isolatedMarginTier`.
   *
   * Returns the leverage tiers of one isolated pair (all tiers, or the one in `tier`), as on Binance's margin-data page: per tier the leverage, the margin levels for borrowing and liquidation, and how much of each asset can be borrowed.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/margin_trading/market-data/Query-Isolated-Margin-Tier-Data
   */
  getIsolatedMarginTierData(params: GetIsolatedMarginTierDataParams, options?: CallOptions): Promise<GetIsolatedMarginTierDataResult>;
  /**
   * User universal transfer, margin directions (USER_DATA) — `POST /sapi/v1/asset/transfer`.
   *
   * Moves an asset between two wallets of the account. This is how a margin account is funded and emptied: the margin-only transfer endpoints were removed on 2024-03-31 in favour of this one. This description covers the directions that touch a margin wallet (see `type`); the endpoint belongs to Binance's wallet API, which has more.
   *
   * Weight 900 (UID). Signed.
   * Rule (requiredWhen): A transfer out of an isolated account names its pair in `fromSymbol`.
   * Rule (requiredWhen): A transfer into an isolated account names its pair in `toSymbol`.
   * @see https://developers.binance.com/docs/wallet/asset/user-universal-transfer
   */
  newMarginUniversalTransfer(params: NewMarginUniversalTransferParams, options?: CallOptions): Promise<NewMarginUniversalTransferResult>;
}

/** Metadata of every operation, by method name. */
export const marginOperationTable = {
  getMarginOrder: getMarginOrderOperation,
  newMarginOrder: newMarginOrderOperation,
  cancelMarginOrder: cancelMarginOrderOperation,
  getMarginOpenOrders: getMarginOpenOrdersOperation,
  cancelMarginOpenOrders: cancelMarginOpenOrdersOperation,
  getMarginAllOrders: getMarginAllOrdersOperation,
  newMarginOco: newMarginOcoOperation,
  getMarginOco: getMarginOcoOperation,
  cancelMarginOco: cancelMarginOcoOperation,
  getMarginAllOco: getMarginAllOcoOperation,
  getMarginOpenOco: getMarginOpenOcoOperation,
  getMarginTrades: getMarginTradesOperation,
  getMarginBorrowRepayRecords: getMarginBorrowRepayRecordsOperation,
  marginBorrowRepay: marginBorrowRepayOperation,
  getMarginMaxBorrowable: getMarginMaxBorrowableOperation,
  getMarginMaxTransferable: getMarginMaxTransferableOperation,
  getCrossMarginAccount: getCrossMarginAccountOperation,
  getIsolatedMarginAccount: getIsolatedMarginAccountOperation,
  enableIsolatedMarginAccount: enableIsolatedMarginAccountOperation,
  disableIsolatedMarginAccount: disableIsolatedMarginAccountOperation,
  getMarginInterestHistory: getMarginInterestHistoryOperation,
  getMarginForceLiquidationRecords: getMarginForceLiquidationRecordsOperation,
  getMarginTransferHistory: getMarginTransferHistoryOperation,
  getMarginCapitalFlow: getMarginCapitalFlowOperation,
  getMarginTradeCoeff: getMarginTradeCoeffOperation,
  adjustCrossMarginMaxLeverage: adjustCrossMarginMaxLeverageOperation,
  getBnbBurnStatus: getBnbBurnStatusOperation,
  getMarginInterestRateHistory: getMarginInterestRateHistoryOperation,
  getMarginNextHourlyInterestRate: getMarginNextHourlyInterestRateOperation,
  getSmallLiabilityExchangeCoinList: getSmallLiabilityExchangeCoinListOperation,
  exchangeSmallLiability: exchangeSmallLiabilityOperation,
  getSmallLiabilityExchangeHistory: getSmallLiabilityExchangeHistoryOperation,
  getMarginLiquidationLoan: getMarginLiquidationLoanOperation,
  repayMarginLiquidationLoan: repayMarginLiquidationLoanOperation,
  getMarginLiquidationLoanRepayHistory: getMarginLiquidationLoanRepayHistoryOperation,
  getAllMarginAssets: getAllMarginAssetsOperation,
  getAllCrossMarginPairs: getAllCrossMarginPairsOperation,
  getMarginPriceIndex: getMarginPriceIndexOperation,
  getCrossMarginFeeData: getCrossMarginFeeDataOperation,
  getCrossMarginCollateralRatio: getCrossMarginCollateralRatioOperation,
  getMarginAvailableInventory: getMarginAvailableInventoryOperation,
  getMarginDelistSchedule: getMarginDelistScheduleOperation,
  getMarginListSchedule: getMarginListScheduleOperation,
  getMarginLimitPricePairs: getMarginLimitPricePairsOperation,
  getMarginRestrictedAssets: getMarginRestrictedAssetsOperation,
  getMarginRiskBasedLiquidationRatio: getMarginRiskBasedLiquidationRatioOperation,
  getMarginLeverageBracket: getMarginLeverageBracketOperation,
  createMarginListenToken: createMarginListenTokenOperation,
  createMarginListenKey: createMarginListenKeyOperation,
  keepAliveMarginListenKey: keepAliveMarginListenKeyOperation,
  closeMarginListenKey: closeMarginListenKeyOperation,
  newMarginOto: newMarginOtoOperation,
  newMarginOtoco: newMarginOtocoOperation,
  getMarginPreventedMatches: getMarginPreventedMatchesOperation,
  getMarginOrderCountUsage: getMarginOrderCountUsageOperation,
  marginManualLiquidation: marginManualLiquidationOperation,
  exitMarginSpecialKeyMode: exitMarginSpecialKeyModeOperation,
  getMarginSpecialKey: getMarginSpecialKeyOperation,
  createMarginSpecialKey: createMarginSpecialKeyOperation,
  deleteMarginSpecialKey: deleteMarginSpecialKeyOperation,
  editMarginSpecialKeyIp: editMarginSpecialKeyIpOperation,
  getMarginSpecialKeyList: getMarginSpecialKeyListOperation,
  getIsolatedMarginAccountLimit: getIsolatedMarginAccountLimitOperation,
  getAllIsolatedMarginPairs: getAllIsolatedMarginPairsOperation,
  getIsolatedMarginFeeData: getIsolatedMarginFeeDataOperation,
  getIsolatedMarginTierData: getIsolatedMarginTierDataOperation,
  newMarginUniversalTransfer: newMarginUniversalTransferOperation,
} as const;

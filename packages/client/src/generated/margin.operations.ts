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
  getMarginInterestHistory as getMarginInterestHistoryOperation,
  getMarginForceLiquidationRecords as getMarginForceLiquidationRecordsOperation,
  createMarginListenKey as createMarginListenKeyOperation,
  keepAliveMarginListenKey as keepAliveMarginListenKeyOperation,
  closeMarginListenKey as closeMarginListenKeyOperation,
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
  getMarginInterestHistory: getMarginInterestHistoryOperation,
  getMarginForceLiquidationRecords: getMarginForceLiquidationRecordsOperation,
  createMarginListenKey: createMarginListenKeyOperation,
  keepAliveMarginListenKey: keepAliveMarginListenKeyOperation,
  closeMarginListenKey: closeMarginListenKeyOperation,
} as const;

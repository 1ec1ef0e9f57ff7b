/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
import type { operations } from '@marginkit/spec/portfolio-margin';
import {
  getMarginOrder as getMarginOrderOperation,
  newMarginOrder as newMarginOrderOperation,
  cancelMarginOrder as cancelMarginOrderOperation,
  getMarginOpenOrders as getMarginOpenOrdersOperation,
  cancelMarginAllOpenOrders as cancelMarginAllOpenOrdersOperation,
  getMarginAllOrders as getMarginAllOrdersOperation,
  newMarginOco as newMarginOcoOperation,
  getMarginOco as getMarginOcoOperation,
  cancelMarginOco as cancelMarginOcoOperation,
  getMarginAllOco as getMarginAllOcoOperation,
  getMarginOpenOco as getMarginOpenOcoOperation,
  getMarginTrades as getMarginTradesOperation,
  getMarginForceOrders as getMarginForceOrdersOperation,
  marginBorrow as marginBorrowOperation,
  marginRepay as marginRepayOperation,
  getMarginLoanRecords as getMarginLoanRecordsOperation,
  getMarginRepayRecords as getMarginRepayRecordsOperation,
  getMarginMaxBorrowable as getMarginMaxBorrowableOperation,
  getMarginMaxWithdraw as getMarginMaxWithdrawOperation,
  getAccount as getAccountOperation,
  getBalance as getBalanceOperation,
  getMarginInterestHistory as getMarginInterestHistoryOperation,
  getNegativeBalanceInterestHistory as getNegativeBalanceInterestHistoryOperation,
  createListenKey as createListenKeyOperation,
  keepAliveListenKey as keepAliveListenKeyOperation,
  closeListenKey as closeListenKeyOperation,
  ping as pingOperation,
} from '@marginkit/spec/portfolio-margin';
import type { OperationCaller } from '../operation-caller.js';
import type { CallOptions } from '../options.js';
import type { Decoded, OperationParams, ResponseVariant } from '../types.js';

export type GetMarginOrderParams = OperationParams<NonNullable<operations['getMarginOrder']['parameters']['query']>, (typeof getMarginOrderOperation)['params']>;
export type GetMarginOrderResult = Decoded<operations['getMarginOrder']['responses']['200']['content']['application/json'], (typeof getMarginOrderOperation)['response']['fields']>;

/**
 * Query margin order (USER_DATA) — `GET /papi/v1/margin/order`.
 *
 * Looks up one margin order of the Portfolio Margin account, by Binance's `orderId` or by the client id it was placed with. The answer adds `accountId` and the prevented-match fields to the usual order fields.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-Order
 */
export function getMarginOrder(client: OperationCaller, params: GetMarginOrderParams, options?: CallOptions): Promise<GetMarginOrderResult> {
  return client.call(getMarginOrderOperation, params, options) as Promise<GetMarginOrderResult>;
}

export type NewMarginOrderParams = OperationParams<NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOrderOperation)['params']>;
/** The variants of the NewMarginOrder answer (spec `x-binance-response-variants`, by `newOrderRespType`). */
export type NewMarginOrderVariant = 'ACK' | 'RESULT' | 'FULL';
/** The decoded answer; `NewMarginOrderResult<V>` is the answer of variant `V` alone. */
export type NewMarginOrderResult<V extends NewMarginOrderVariant = NewMarginOrderVariant> = ResponseVariant<Decoded<operations['newMarginOrder']['responses']['200']['content']['application/json'], (typeof newMarginOrderOperation)['response']['fields']>, { 'ACK': { shape: 'any'; present: never }; 'RESULT': { shape: 'any'; present: 'price' | 'origQty' | 'executedQty' | 'cummulativeQuoteQty' | 'status' | 'timeInForce' | 'type' | 'side' }; 'FULL': { shape: 'any'; present: 'price' | 'origQty' | 'executedQty' | 'cummulativeQuoteQty' | 'status' | 'timeInForce' | 'type' | 'side' | 'fills' } }, V>;

/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'ACK' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'RESULT' }, options?: CallOptions): Promise<NewMarginOrderResult<'RESULT'>>;
/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType': 'FULL' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'MARKET' | 'LIMIT' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
/**
 * New margin order (TRADE) — `POST /papi/v1/margin/order`.
 *
 * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
 * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
 * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
 * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
 * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
 * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
 * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
 * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
 * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
 * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
 * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
 */
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult>;
export function newMarginOrder(client: OperationCaller, params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult> {
  return client.call(newMarginOrderOperation, params, options) as Promise<NewMarginOrderResult>;
}

export type CancelMarginOrderParams = OperationParams<NonNullable<operations['cancelMarginOrder']['parameters']['query']>, (typeof cancelMarginOrderOperation)['params']>;
export type CancelMarginOrderResult = Decoded<operations['cancelMarginOrder']['responses']['200']['content']['application/json'], (typeof cancelMarginOrderOperation)['response']['fields']>;

/**
 * Cancel margin order (TRADE) — `DELETE /papi/v1/margin/order`.
 *
 * Cancels one open margin order of the Portfolio Margin account, named by `orderId` or by its client id. A borrowing order placed with `autoRepayAtCancel` left at `true` has its loan paid back on cancel.
 *
 * Weight 2 (IP). Signed.
 * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-Order
 */
export function cancelMarginOrder(client: OperationCaller, params: CancelMarginOrderParams, options?: CallOptions): Promise<CancelMarginOrderResult> {
  return client.call(cancelMarginOrderOperation, params, options) as Promise<CancelMarginOrderResult>;
}

export type GetMarginOpenOrdersParams = OperationParams<NonNullable<operations['getMarginOpenOrders']['parameters']['query']>, (typeof getMarginOpenOrdersOperation)['params']>;
export type GetMarginOpenOrdersResult = Decoded<operations['getMarginOpenOrders']['responses']['200']['content']['application/json'], (typeof getMarginOpenOrdersOperation)['response']['fields']>;

/**
 * Query current margin open orders (USER_DATA) — `GET /papi/v1/margin/openOrders`.
 *
 * Lists the margin orders of the Portfolio Margin account that are still open, for one trading pair or, when `symbol` is left out, for every pair.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-Margin-Open-Order
 */
export function getMarginOpenOrders(client: OperationCaller, params?: GetMarginOpenOrdersParams, options?: CallOptions): Promise<GetMarginOpenOrdersResult> {
  return client.call(getMarginOpenOrdersOperation, params, options) as Promise<GetMarginOpenOrdersResult>;
}

export type CancelMarginAllOpenOrdersParams = OperationParams<NonNullable<operations['cancelMarginAllOpenOrders']['parameters']['query']>, (typeof cancelMarginAllOpenOrdersOperation)['params']>;
export type CancelMarginAllOpenOrdersResult = Decoded<operations['cancelMarginAllOpenOrders']['responses']['200']['content']['application/json'], (typeof cancelMarginAllOpenOrdersOperation)['response']['fields']>;

/**
 * Cancel all margin open orders on a symbol (TRADE) — `DELETE /papi/v1/margin/allOpenOrders`.
 *
 * Cancels every open margin order of the Portfolio Margin account on one trading pair, OCO lists included.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-All-Open-Orders-on-a-Symbol
 */
export function cancelMarginAllOpenOrders(client: OperationCaller, params: CancelMarginAllOpenOrdersParams, options?: CallOptions): Promise<CancelMarginAllOpenOrdersResult> {
  return client.call(cancelMarginAllOpenOrdersOperation, params, options) as Promise<CancelMarginAllOpenOrdersResult>;
}

export type GetMarginAllOrdersParams = OperationParams<NonNullable<operations['getMarginAllOrders']['parameters']['query']>, (typeof getMarginAllOrdersOperation)['params']>;
export type GetMarginAllOrdersResult = Decoded<operations['getMarginAllOrders']['responses']['200']['content']['application/json'], (typeof getMarginAllOrdersOperation)['response']['fields']>;

/**
 * Query all margin orders (USER_DATA) — `GET /papi/v1/margin/allOrders`.
 *
 * Lists the margin orders of the Portfolio Margin account on one trading pair, whatever their state: open, filled, cancelled or expired.
 *
 * Weight 100 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Margin-Account-Orders
 */
export function getMarginAllOrders(client: OperationCaller, params: GetMarginAllOrdersParams, options?: CallOptions): Promise<GetMarginAllOrdersResult> {
  return client.call(getMarginAllOrdersOperation, params, options) as Promise<GetMarginAllOrdersResult>;
}

export type NewMarginOcoParams = OperationParams<NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newMarginOcoOperation)['params']>;
export type NewMarginOcoResult = Decoded<operations['newMarginOco']['responses']['200']['content']['application/json'], (typeof newMarginOcoOperation)['response']['fields']>;

/**
 * New margin OCO (TRADE) — `POST /papi/v1/margin/order/oco`.
 *
 * Places an OCO ("one cancels the other") list on the margin side of the Portfolio Margin account: a `LIMIT_MAKER` order and a stop order (`STOP_LOSS`, or `STOP_LOSS_LIMIT` when `stopLimitPrice` is sent) for the same quantity. When one of them fills or triggers, the other is cancelled.
 *
 * Weight 1 (ORDER). Signed.
 * Rule (requires): Sending `stopLimitPrice` turns the stop leg into a `STOP_LOSS_LIMIT` order, which then needs its time in force: `stopLimitTimeInForce` must be sent too, or Binance answers -1102.
 * Rule (forbiddenWhen): `stopLimitTimeInForce` belongs to a stop-limit leg; without `stopLimitPrice` the stop leg is a `STOP_LOSS` order and takes none.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-New-OCO
 */
export function newMarginOco(client: OperationCaller, params: NewMarginOcoParams, options?: CallOptions): Promise<NewMarginOcoResult> {
  return client.call(newMarginOcoOperation, params, options) as Promise<NewMarginOcoResult>;
}

export type GetMarginOcoParams = OperationParams<NonNullable<operations['getMarginOco']['parameters']['query']>, (typeof getMarginOcoOperation)['params']>;
export type GetMarginOcoResult = Decoded<operations['getMarginOco']['responses']['200']['content']['application/json'], (typeof getMarginOcoOperation)['response']['fields']>;

/**
 * Query margin OCO (USER_DATA) — `GET /papi/v1/margin/orderList`.
 *
 * Looks up one OCO list of the Portfolio Margin account, by Binance's `orderListId` or by the client id the list was placed with. The answer gives the list's state and the ids of its two orders; query the orders themselves for their details.
 *
 * Weight 5 (IP). Signed.
 * Rule (atLeastOne): Name the list by `orderListId` or by `origClientOrderId` (the list's client id). Sending neither is rejected with -1102.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-OCO
 */
export function getMarginOco(client: OperationCaller, params?: GetMarginOcoParams, options?: CallOptions): Promise<GetMarginOcoResult> {
  return client.call(getMarginOcoOperation, params, options) as Promise<GetMarginOcoResult>;
}

export type CancelMarginOcoParams = OperationParams<NonNullable<operations['cancelMarginOco']['parameters']['query']>, (typeof cancelMarginOcoOperation)['params']>;
export type CancelMarginOcoResult = Decoded<operations['cancelMarginOco']['responses']['200']['content']['application/json'], (typeof cancelMarginOcoOperation)['response']['fields']>;

/**
 * Cancel margin OCO (TRADE) — `DELETE /papi/v1/margin/orderList`.
 *
 * Cancels a whole OCO list of the Portfolio Margin account, named by `orderListId` or by the list's client id. Cancelling either leg on its own (through `DELETE /papi/v1/margin/order`) also cancels the whole list.
 *
 * Weight 2 (IP). Signed.
 * Rule (atLeastOne): Name the list by `orderListId` or by `listClientOrderId`. Sending neither is rejected with -1102.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-OCO-Orders
 */
export function cancelMarginOco(client: OperationCaller, params: CancelMarginOcoParams, options?: CallOptions): Promise<CancelMarginOcoResult> {
  return client.call(cancelMarginOcoOperation, params, options) as Promise<CancelMarginOcoResult>;
}

export type GetMarginAllOcoParams = OperationParams<NonNullable<operations['getMarginAllOco']['parameters']['query']>, (typeof getMarginAllOcoOperation)['params']>;
export type GetMarginAllOcoResult = Decoded<operations['getMarginAllOco']['responses']['200']['content']['application/json'], (typeof getMarginAllOcoOperation)['response']['fields']>;

/**
 * Query all margin OCO (USER_DATA) — `GET /papi/v1/margin/allOrderList`.
 *
 * Lists the OCO lists of the Portfolio Margin account, in any state. Page forward with `fromId` (list ids from that one on), or pick a time window with `startTime` and `endTime`; the two ways cannot be combined. Without any of them the most recent lists are returned.
 *
 * Weight 100 (IP). Signed.
 * Rule (exclusive): `fromId` pages by list id and cannot be mixed with a time window: when it is sent, neither `startTime` nor `endTime` may be (-1128 otherwise).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-all-OCO
 */
export function getMarginAllOco(client: OperationCaller, params?: GetMarginAllOcoParams, options?: CallOptions): Promise<GetMarginAllOcoResult> {
  return client.call(getMarginAllOcoOperation, params, options) as Promise<GetMarginAllOcoResult>;
}

export type GetMarginOpenOcoParams = OperationParams<NonNullable<operations['getMarginOpenOco']['parameters']['query']>, (typeof getMarginOpenOcoOperation)['params']>;
export type GetMarginOpenOcoResult = Decoded<operations['getMarginOpenOco']['responses']['200']['content']['application/json'], (typeof getMarginOpenOcoOperation)['response']['fields']>;

/**
 * Query open margin OCO (USER_DATA) — `GET /papi/v1/margin/openOrderList`.
 *
 * Lists the OCO lists of the Portfolio Margin account that are still working, across all trading pairs. The call takes no parameters besides the signature fields.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-Open-OCO
 */
export function getMarginOpenOco(client: OperationCaller, params?: GetMarginOpenOcoParams, options?: CallOptions): Promise<GetMarginOpenOcoResult> {
  return client.call(getMarginOpenOcoOperation, params, options) as Promise<GetMarginOpenOcoResult>;
}

export type GetMarginTradesParams = OperationParams<NonNullable<operations['getMarginTrades']['parameters']['query']>, (typeof getMarginTradesOperation)['params']>;
export type GetMarginTradesResult = Decoded<operations['getMarginTrades']['responses']['200']['content']['application/json'], (typeof getMarginTradesOperation)['response']['fields']>;

/**
 * Margin account trade list (USER_DATA) — `GET /papi/v1/margin/myTrades`.
 *
 * Lists the executions of the Portfolio Margin account's margin orders on one trading pair.
 *
 * Weight 5 (IP). Signed.
 * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be later than `endTime`; a wider window is rejected with -1127.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Trade-List
 */
export function getMarginTrades(client: OperationCaller, params: GetMarginTradesParams, options?: CallOptions): Promise<GetMarginTradesResult> {
  return client.call(getMarginTradesOperation, params, options) as Promise<GetMarginTradesResult>;
}

export type GetMarginForceOrdersParams = OperationParams<NonNullable<operations['getMarginForceOrders']['parameters']['query']>, (typeof getMarginForceOrdersOperation)['params']>;
export type GetMarginForceOrdersResult = Decoded<operations['getMarginForceOrders']['responses']['200']['content']['application/json'], (typeof getMarginForceOrdersOperation)['response']['fields']>;

/**
 * Query margin force orders (USER_DATA) — `GET /papi/v1/margin/forceOrders`.
 *
 * Lists the orders Binance placed to liquidate the margin side of the Portfolio Margin account, page by page. `startTime` and `endTime` narrow the list to a time window; `current` and `size` choose the page.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-Margin-Force-Orders
 */
export function getMarginForceOrders(client: OperationCaller, params?: GetMarginForceOrdersParams, options?: CallOptions): Promise<GetMarginForceOrdersResult> {
  return client.call(getMarginForceOrdersOperation, params, options) as Promise<GetMarginForceOrdersResult>;
}

export type MarginBorrowParams = OperationParams<NonNullable<operations['marginBorrow']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof marginBorrowOperation)['params']>;
export type MarginBorrowResult = Decoded<operations['marginBorrow']['responses']['200']['content']['application/json'], (typeof marginBorrowOperation)['response']['fields']>;

/**
 * Margin account borrow (MARGIN) — `POST /papi/v1/marginLoan`.
 *
 * Takes a loan of one asset on the margin side of the Portfolio Margin account. The answer only confirms that the request was recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/marginLoan` to see whether the loan was granted (`CONFIRMED`) or not (`FAILED`).
 *
 * Weight 100 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Borrow
 */
export function marginBorrow(client: OperationCaller, params: MarginBorrowParams, options?: CallOptions): Promise<MarginBorrowResult> {
  return client.call(marginBorrowOperation, params, options) as Promise<MarginBorrowResult>;
}

export type MarginRepayParams = OperationParams<NonNullable<operations['marginRepay']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof marginRepayOperation)['params']>;
export type MarginRepayResult = Decoded<operations['marginRepay']['responses']['200']['content']['application/json'], (typeof marginRepayOperation)['response']['fields']>;

/**
 * Margin account repay (MARGIN) — `POST /papi/v1/repayLoan`.
 *
 * Pays back (part of) a margin loan of one asset on the Portfolio Margin account. The repay records show how the amount was split between interest and principal. The answer only confirms that the request was recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/repayLoan` to follow it.
 *
 * Weight 100 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Repay
 */
export function marginRepay(client: OperationCaller, params: MarginRepayParams, options?: CallOptions): Promise<MarginRepayResult> {
  return client.call(marginRepayOperation, params, options) as Promise<MarginRepayResult>;
}

export type GetMarginLoanRecordsParams = OperationParams<NonNullable<operations['getMarginLoanRecords']['parameters']['query']>, (typeof getMarginLoanRecordsOperation)['params']>;
export type GetMarginLoanRecordsResult = Decoded<operations['getMarginLoanRecords']['responses']['200']['content']['application/json'], (typeof getMarginLoanRecordsOperation)['response']['fields']>;

/**
 * Query margin loan records (USER_DATA) — `GET /papi/v1/margin/marginLoan`.
 *
 * Lists the manual borrowings of one asset on the Portfolio Margin account, newest first, one page at a time.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Send `txId` to fetch one borrowing or `startTime` to list a range; `txId` wins when both are sent.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-Loan-Record
 */
export function getMarginLoanRecords(client: OperationCaller, params: GetMarginLoanRecordsParams, options?: CallOptions): Promise<GetMarginLoanRecordsResult> {
  return client.call(getMarginLoanRecordsOperation, params, options) as Promise<GetMarginLoanRecordsResult>;
}

export type GetMarginRepayRecordsParams = OperationParams<NonNullable<operations['getMarginRepayRecords']['parameters']['query']>, (typeof getMarginRepayRecordsOperation)['params']>;
export type GetMarginRepayRecordsResult = Decoded<operations['getMarginRepayRecords']['responses']['200']['content']['application/json'], (typeof getMarginRepayRecordsOperation)['response']['fields']>;

/**
 * Query margin repay records (USER_DATA) — `GET /papi/v1/margin/repayLoan`.
 *
 * Lists the manual repayments of one asset on the Portfolio Margin account, newest first, one page at a time.
 *
 * Weight 10 (IP). Signed.
 * Rule (atLeastOne): Send `txId` to fetch one repayment or `startTime` to list a range; `txId` wins when both are sent.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-repay-Record
 */
export function getMarginRepayRecords(client: OperationCaller, params: GetMarginRepayRecordsParams, options?: CallOptions): Promise<GetMarginRepayRecordsResult> {
  return client.call(getMarginRepayRecordsOperation, params, options) as Promise<GetMarginRepayRecordsResult>;
}

export type GetMarginMaxBorrowableParams = OperationParams<NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>, (typeof getMarginMaxBorrowableOperation)['params']>;
export type GetMarginMaxBorrowableResult = Decoded<operations['getMarginMaxBorrowable']['responses']['200']['content']['application/json'], (typeof getMarginMaxBorrowableOperation)['response']['fields']>;

/**
 * Query margin max borrow (USER_DATA) — `GET /papi/v1/margin/maxBorrowable`.
 *
 * Tells how much of one asset the Portfolio Margin account could borrow now with `POST /papi/v1/marginLoan`, next to the ceiling that the account's level allows.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Margin-Max-Borrow
 */
export function getMarginMaxBorrowable(client: OperationCaller, params: GetMarginMaxBorrowableParams, options?: CallOptions): Promise<GetMarginMaxBorrowableResult> {
  return client.call(getMarginMaxBorrowableOperation, params, options) as Promise<GetMarginMaxBorrowableResult>;
}

export type GetMarginMaxWithdrawParams = OperationParams<NonNullable<operations['getMarginMaxWithdraw']['parameters']['query']>, (typeof getMarginMaxWithdrawOperation)['params']>;
export type GetMarginMaxWithdrawResult = Decoded<operations['getMarginMaxWithdraw']['responses']['200']['content']['application/json'], (typeof getMarginMaxWithdrawOperation)['response']['fields']>;

/**
 * Query margin max withdraw (USER_DATA) — `GET /papi/v1/margin/maxWithdraw`.
 *
 * Tells how much of one asset can currently be transferred out of the margin side of the Portfolio Margin account (the Portfolio Margin counterpart of SAPI's max transfer-out query).
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-Max-Withdraw
 */
export function getMarginMaxWithdraw(client: OperationCaller, params: GetMarginMaxWithdrawParams, options?: CallOptions): Promise<GetMarginMaxWithdrawResult> {
  return client.call(getMarginMaxWithdrawOperation, params, options) as Promise<GetMarginMaxWithdrawResult>;
}

export type GetAccountParams = OperationParams<NonNullable<operations['getAccount']['parameters']['query']>, (typeof getAccountOperation)['params']>;
export type GetAccountResult = Decoded<operations['getAccount']['responses']['200']['content']['application/json'], (typeof getAccountOperation)['response']['fields']>;

/**
 * Account information (USER_DATA) — `GET /papi/v1/account`.
 *
 * Returns the health of the whole Portfolio Margin account in USD terms: equity with and without collateral rates, initial and maintenance margin, the unified maintenance margin ratio (`uniMMR`) and the resulting `accountStatus`. Per-asset holdings are at `GET /papi/v1/balance`.
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Account-Information
 */
export function getAccount(client: OperationCaller, params?: GetAccountParams, options?: CallOptions): Promise<GetAccountResult> {
  return client.call(getAccountOperation, params, options) as Promise<GetAccountResult>;
}

export type GetBalanceParams = OperationParams<NonNullable<operations['getBalance']['parameters']['query']>, (typeof getBalanceOperation)['params']>;
/** The variants of the GetBalance answer (spec `x-binance-response-variants`, by `asset` being sent or not). */
export type GetBalanceVariant = 'sent' | 'notSent';
/** The decoded answer; `GetBalanceResult<V>` is the answer of variant `V` alone. */
export type GetBalanceResult<V extends GetBalanceVariant = GetBalanceVariant> = ResponseVariant<Decoded<operations['getBalance']['responses']['200']['content']['application/json'], (typeof getBalanceOperation)['response']['fields']>, { 'sent': { shape: 'object'; present: never }; 'notSent': { shape: 'array'; present: never } }, V>;

/**
 * Account balance (USER_DATA) — `GET /papi/v1/balance`.
 *
 * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
 */
export function getBalance(client: OperationCaller, params: GetBalanceParams & { 'asset': NonNullable<GetBalanceParams['asset']> }, options?: CallOptions): Promise<GetBalanceResult<'sent'>>;
/**
 * Account balance (USER_DATA) — `GET /papi/v1/balance`.
 *
 * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
 */
export function getBalance(client: OperationCaller, params?: GetBalanceParams & { 'asset'?: undefined }, options?: CallOptions): Promise<GetBalanceResult<'notSent'>>;
/**
 * Account balance (USER_DATA) — `GET /papi/v1/balance`.
 *
 * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
 */
export function getBalance(client: OperationCaller, params?: GetBalanceParams, options?: CallOptions): Promise<GetBalanceResult>;
export function getBalance(client: OperationCaller, params?: GetBalanceParams, options?: CallOptions): Promise<GetBalanceResult> {
  return client.call(getBalanceOperation, params, options) as Promise<GetBalanceResult>;
}

export type GetMarginInterestHistoryParams = OperationParams<NonNullable<operations['getMarginInterestHistory']['parameters']['query']>, (typeof getMarginInterestHistoryOperation)['params']>;
export type GetMarginInterestHistoryResult = Decoded<operations['getMarginInterestHistory']['responses']['200']['content']['application/json'], (typeof getMarginInterestHistoryOperation)['response']['fields']>;

/**
 * Get margin borrow/loan interest history (USER_DATA) — `GET /papi/v1/margin/marginInterestHistory`.
 *
 * Lists the interest charged on the Portfolio Margin account's margin loans, newest first, one page at a time, optionally for one asset. `type` tells how each charge arose (hourly, on borrowing, converted into BNB, or `PORTFOLIO` for the daily negative-balance interest).
 *
 * Weight 1 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Margin-BorrowLoan-Interest-History
 */
export function getMarginInterestHistory(client: OperationCaller, params?: GetMarginInterestHistoryParams, options?: CallOptions): Promise<GetMarginInterestHistoryResult> {
  return client.call(getMarginInterestHistoryOperation, params, options) as Promise<GetMarginInterestHistoryResult>;
}

export type GetNegativeBalanceInterestHistoryParams = OperationParams<NonNullable<operations['getNegativeBalanceInterestHistory']['parameters']['query']>, (typeof getNegativeBalanceInterestHistoryOperation)['params']>;
export type GetNegativeBalanceInterestHistoryResult = Decoded<operations['getNegativeBalanceInterestHistory']['responses']['200']['content']['application/json'], (typeof getNegativeBalanceInterestHistoryOperation)['response']['fields']>;

/**
 * Query portfolio margin negative balance interest history (USER_DATA) — `GET /papi/v1/portfolio/interest-history`.
 *
 * Lists the daily interest the Portfolio Margin account paid on negative balances, newest first, optionally for one asset. The answer is a plain array (no `rows`/`total` envelope and no page number; `size` caps it).
 *
 * Weight 50 (IP). Signed.
 * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Portfolio-Margin-Negative-Balance-Interest-History
 */
export function getNegativeBalanceInterestHistory(client: OperationCaller, params?: GetNegativeBalanceInterestHistoryParams, options?: CallOptions): Promise<GetNegativeBalanceInterestHistoryResult> {
  return client.call(getNegativeBalanceInterestHistoryOperation, params, options) as Promise<GetNegativeBalanceInterestHistoryResult>;
}

export type CreateListenKeyParams = Record<string, never>;
export type CreateListenKeyResult = Decoded<operations['createListenKey']['responses']['200']['content']['application/json'], (typeof createListenKeyOperation)['response']['fields']>;

/**
 * Start user data stream (USER_STREAM) — `POST /papi/v1/listenKey`.
 *
 * Returns the listen key of the Portfolio Margin user data stream (`wss://fstream.binance.com/pm/ws/<listenKey>`). The key stays valid for 60 minutes. If the account already has an active key, that same key comes back and its validity is extended by 60 minutes, so calling this again is safe.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Start-User-Data-Stream
 */
export function createListenKey(client: OperationCaller, params?: CreateListenKeyParams, options?: CallOptions): Promise<CreateListenKeyResult> {
  return client.call(createListenKeyOperation, params, options) as Promise<CreateListenKeyResult>;
}

export type KeepAliveListenKeyParams = Record<string, never>;
export type KeepAliveListenKeyResult = Decoded<operations['keepAliveListenKey']['responses']['200']['content']['application/json'], (typeof keepAliveListenKeyOperation)['response']['fields']>;

/**
 * Keepalive user data stream (USER_STREAM) — `PUT /papi/v1/listenKey`.
 *
 * Extends the validity of the account's listen key by 60 minutes; without it the stream closes 60 minutes after the key was created or last extended. Unlike SAPI's keep-alive, this call takes **no** `listenKey` parameter: the API key identifies the account and its one key. Binance's page suggests a keep-alive about every 60 minutes; sending one well before the hour runs out (every 30 minutes, say) leaves a margin.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Keepalive-User-Data-Stream
 */
export function keepAliveListenKey(client: OperationCaller, params?: KeepAliveListenKeyParams, options?: CallOptions): Promise<KeepAliveListenKeyResult> {
  return client.call(keepAliveListenKeyOperation, params, options) as Promise<KeepAliveListenKeyResult>;
}

export type CloseListenKeyParams = Record<string, never>;
export type CloseListenKeyResult = Decoded<operations['closeListenKey']['responses']['200']['content']['application/json'], (typeof closeListenKeyOperation)['response']['fields']>;

/**
 * Close user data stream (USER_STREAM) — `DELETE /papi/v1/listenKey`.
 *
 * Invalidates the account's listen key and closes its user data stream. Like the keep-alive, it takes no parameters: the API key identifies the account.
 *
 * Weight 1 (IP). API key only, not signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Close-User-Data-Stream
 */
export function closeListenKey(client: OperationCaller, params?: CloseListenKeyParams, options?: CallOptions): Promise<CloseListenKeyResult> {
  return client.call(closeListenKeyOperation, params, options) as Promise<CloseListenKeyResult>;
}

export type PingParams = Record<string, never>;
export type PingResult = Decoded<operations['ping']['responses']['200']['content']['application/json'], (typeof pingOperation)['response']['fields']>;

/**
 * Test connectivity (NONE) — `GET /papi/v1/ping`.
 *
 * Checks that papi.binance.com can be reached. It needs no API key, takes no parameters and answers an empty object.
 *
 * Weight 1 (IP). No key needed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/market-data
 */
export function ping(client: OperationCaller, params?: PingParams, options?: CallOptions): Promise<PingResult> {
  return client.call(pingOperation, params, options) as Promise<PingResult>;
}

/** The operation-named methods of the portfolio-margin client. */
export interface PortfolioMarginOperations {
  /**
   * Query margin order (USER_DATA) — `GET /papi/v1/margin/order`.
   *
   * Looks up one margin order of the Portfolio Margin account, by Binance's `orderId` or by the client id it was placed with. The answer adds `accountId` and the prevented-match fields to the usual order fields.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-Order
   */
  getMarginOrder(params: GetMarginOrderParams, options?: CallOptions): Promise<GetMarginOrderResult>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'ACK' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'RESULT' }, options?: CallOptions): Promise<NewMarginOrderResult<'RESULT'>>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType': 'FULL' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'MARKET' | 'LIMIT' }, options?: CallOptions): Promise<NewMarginOrderResult<'FULL'>>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams & { 'newOrderRespType'?: undefined } & { 'type': 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT' | 'LIMIT_MAKER' }, options?: CallOptions): Promise<NewMarginOrderResult<'ACK'>>;
  /**
   * New margin order (TRADE) — `POST /papi/v1/margin/order`.
   *
   * Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only: there is no `isIsolated` parameter and no isolated pair to trade.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`.
   * Rule (requiredWhen): Every order type except `MARKET` needs `quantity`.
   * Rule (requiredWhen): `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`.
   * Rule (atLeastOne): A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive).
   * Rule (requiredWhen): Stop-loss and take-profit orders need their trigger price, `stopPrice`.
   * Rule (forbiddenWhen): Only `MARKET` orders take `quoteOrderQty`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`.
   * Rule (forbiddenWhen): `MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`.
   * Rule (forbiddenWhen): Only stop-loss and take-profit orders take `stopPrice`.
   * Rule (forbiddenWhen): Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs.
   * Rule (forbiddenWhen): An iceberg order must rest on the book, so its `timeInForce` is `GTC`.
   * Rule (exclusive): A `MARKET` order gives its size either in the base asset or in the quote asset, not both.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-Margin-Order
   */
  newMarginOrder(params: NewMarginOrderParams, options?: CallOptions): Promise<NewMarginOrderResult>;
  /**
   * Cancel margin order (TRADE) — `DELETE /papi/v1/margin/order`.
   *
   * Cancels one open margin order of the Portfolio Margin account, named by `orderId` or by its client id. A borrowing order placed with `autoRepayAtCancel` left at `true` has its loan paid back on cancel.
   *
   * Weight 2 (IP). Signed.
   * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-Order
   */
  cancelMarginOrder(params: CancelMarginOrderParams, options?: CallOptions): Promise<CancelMarginOrderResult>;
  /**
   * Query current margin open orders (USER_DATA) — `GET /papi/v1/margin/openOrders`.
   *
   * Lists the margin orders of the Portfolio Margin account that are still open, for one trading pair or, when `symbol` is left out, for every pair.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-Margin-Open-Order
   */
  getMarginOpenOrders(params?: GetMarginOpenOrdersParams, options?: CallOptions): Promise<GetMarginOpenOrdersResult>;
  /**
   * Cancel all margin open orders on a symbol (TRADE) — `DELETE /papi/v1/margin/allOpenOrders`.
   *
   * Cancels every open margin order of the Portfolio Margin account on one trading pair, OCO lists included.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-All-Open-Orders-on-a-Symbol
   */
  cancelMarginAllOpenOrders(params: CancelMarginAllOpenOrdersParams, options?: CallOptions): Promise<CancelMarginAllOpenOrdersResult>;
  /**
   * Query all margin orders (USER_DATA) — `GET /papi/v1/margin/allOrders`.
   *
   * Lists the margin orders of the Portfolio Margin account on one trading pair, whatever their state: open, filled, cancelled or expired.
   *
   * Weight 100 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Margin-Account-Orders
   */
  getMarginAllOrders(params: GetMarginAllOrdersParams, options?: CallOptions): Promise<GetMarginAllOrdersResult>;
  /**
   * New margin OCO (TRADE) — `POST /papi/v1/margin/order/oco`.
   *
   * Places an OCO ("one cancels the other") list on the margin side of the Portfolio Margin account: a `LIMIT_MAKER` order and a stop order (`STOP_LOSS`, or `STOP_LOSS_LIMIT` when `stopLimitPrice` is sent) for the same quantity. When one of them fills or triggers, the other is cancelled.
   *
   * Weight 1 (ORDER). Signed.
   * Rule (requires): Sending `stopLimitPrice` turns the stop leg into a `STOP_LOSS_LIMIT` order, which then needs its time in force: `stopLimitTimeInForce` must be sent too, or Binance answers -1102.
   * Rule (forbiddenWhen): `stopLimitTimeInForce` belongs to a stop-limit leg; without `stopLimitPrice` the stop leg is a `STOP_LOSS` order and takes none.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-New-OCO
   */
  newMarginOco(params: NewMarginOcoParams, options?: CallOptions): Promise<NewMarginOcoResult>;
  /**
   * Query margin OCO (USER_DATA) — `GET /papi/v1/margin/orderList`.
   *
   * Looks up one OCO list of the Portfolio Margin account, by Binance's `orderListId` or by the client id the list was placed with. The answer gives the list's state and the ids of its two orders; query the orders themselves for their details.
   *
   * Weight 5 (IP). Signed.
   * Rule (atLeastOne): Name the list by `orderListId` or by `origClientOrderId` (the list's client id). Sending neither is rejected with -1102.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-OCO
   */
  getMarginOco(params?: GetMarginOcoParams, options?: CallOptions): Promise<GetMarginOcoResult>;
  /**
   * Cancel margin OCO (TRADE) — `DELETE /papi/v1/margin/orderList`.
   *
   * Cancels a whole OCO list of the Portfolio Margin account, named by `orderListId` or by the list's client id. Cancelling either leg on its own (through `DELETE /papi/v1/margin/order`) also cancels the whole list.
   *
   * Weight 2 (IP). Signed.
   * Rule (atLeastOne): Name the list by `orderListId` or by `listClientOrderId`. Sending neither is rejected with -1102.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-Margin-Account-OCO-Orders
   */
  cancelMarginOco(params: CancelMarginOcoParams, options?: CallOptions): Promise<CancelMarginOcoResult>;
  /**
   * Query all margin OCO (USER_DATA) — `GET /papi/v1/margin/allOrderList`.
   *
   * Lists the OCO lists of the Portfolio Margin account, in any state. Page forward with `fromId` (list ids from that one on), or pick a time window with `startTime` and `endTime`; the two ways cannot be combined. Without any of them the most recent lists are returned.
   *
   * Weight 100 (IP). Signed.
   * Rule (exclusive): `fromId` pages by list id and cannot be mixed with a time window: when it is sent, neither `startTime` nor `endTime` may be (-1128 otherwise).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-all-OCO
   */
  getMarginAllOco(params?: GetMarginAllOcoParams, options?: CallOptions): Promise<GetMarginAllOcoResult>;
  /**
   * Query open margin OCO (USER_DATA) — `GET /papi/v1/margin/openOrderList`.
   *
   * Lists the OCO lists of the Portfolio Margin account that are still working, across all trading pairs. The call takes no parameters besides the signature fields.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Margin-Account-Open-OCO
   */
  getMarginOpenOco(params?: GetMarginOpenOcoParams, options?: CallOptions): Promise<GetMarginOpenOcoResult>;
  /**
   * Margin account trade list (USER_DATA) — `GET /papi/v1/margin/myTrades`.
   *
   * Lists the executions of the Portfolio Margin account's margin orders on one trading pair.
   *
   * Weight 5 (IP). Signed.
   * Rule (maxInterval): When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be later than `endTime`; a wider window is rejected with -1127.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Trade-List
   */
  getMarginTrades(params: GetMarginTradesParams, options?: CallOptions): Promise<GetMarginTradesResult>;
  /**
   * Query margin force orders (USER_DATA) — `GET /papi/v1/margin/forceOrders`.
   *
   * Lists the orders Binance placed to liquidate the margin side of the Portfolio Margin account, page by page. `startTime` and `endTime` narrow the list to a time window; `current` and `size` choose the page.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-Margin-Force-Orders
   */
  getMarginForceOrders(params?: GetMarginForceOrdersParams, options?: CallOptions): Promise<GetMarginForceOrdersResult>;
  /**
   * Margin account borrow (MARGIN) — `POST /papi/v1/marginLoan`.
   *
   * Takes a loan of one asset on the margin side of the Portfolio Margin account. The answer only confirms that the request was recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/marginLoan` to see whether the loan was granted (`CONFIRMED`) or not (`FAILED`).
   *
   * Weight 100 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Borrow
   */
  marginBorrow(params: MarginBorrowParams, options?: CallOptions): Promise<MarginBorrowResult>;
  /**
   * Margin account repay (MARGIN) — `POST /papi/v1/repayLoan`.
   *
   * Pays back (part of) a margin loan of one asset on the Portfolio Margin account. The repay records show how the amount was split between interest and principal. The answer only confirms that the request was recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/repayLoan` to follow it.
   *
   * Weight 100 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Repay
   */
  marginRepay(params: MarginRepayParams, options?: CallOptions): Promise<MarginRepayResult>;
  /**
   * Query margin loan records (USER_DATA) — `GET /papi/v1/margin/marginLoan`.
   *
   * Lists the manual borrowings of one asset on the Portfolio Margin account, newest first, one page at a time.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Send `txId` to fetch one borrowing or `startTime` to list a range; `txId` wins when both are sent.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-Loan-Record
   */
  getMarginLoanRecords(params: GetMarginLoanRecordsParams, options?: CallOptions): Promise<GetMarginLoanRecordsResult>;
  /**
   * Query margin repay records (USER_DATA) — `GET /papi/v1/margin/repayLoan`.
   *
   * Lists the manual repayments of one asset on the Portfolio Margin account, newest first, one page at a time.
   *
   * Weight 10 (IP). Signed.
   * Rule (atLeastOne): Send `txId` to fetch one repayment or `startTime` to list a range; `txId` wins when both are sent.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-repay-Record
   */
  getMarginRepayRecords(params: GetMarginRepayRecordsParams, options?: CallOptions): Promise<GetMarginRepayRecordsResult>;
  /**
   * Query margin max borrow (USER_DATA) — `GET /papi/v1/margin/maxBorrowable`.
   *
   * Tells how much of one asset the Portfolio Margin account could borrow now with `POST /papi/v1/marginLoan`, next to the ceiling that the account's level allows.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Margin-Max-Borrow
   */
  getMarginMaxBorrowable(params: GetMarginMaxBorrowableParams, options?: CallOptions): Promise<GetMarginMaxBorrowableResult>;
  /**
   * Query margin max withdraw (USER_DATA) — `GET /papi/v1/margin/maxWithdraw`.
   *
   * Tells how much of one asset can currently be transferred out of the margin side of the Portfolio Margin account (the Portfolio Margin counterpart of SAPI's max transfer-out query).
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Margin-Max-Withdraw
   */
  getMarginMaxWithdraw(params: GetMarginMaxWithdrawParams, options?: CallOptions): Promise<GetMarginMaxWithdrawResult>;
  /**
   * Account information (USER_DATA) — `GET /papi/v1/account`.
   *
   * Returns the health of the whole Portfolio Margin account in USD terms: equity with and without collateral rates, initial and maintenance margin, the unified maintenance margin ratio (`uniMMR`) and the resulting `accountStatus`. Per-asset holdings are at `GET /papi/v1/balance`.
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Account-Information
   */
  getAccount(params?: GetAccountParams, options?: CallOptions): Promise<GetAccountResult>;
  /**
   * Account balance (USER_DATA) — `GET /papi/v1/balance`.
   *
   * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
   */
  getBalance(params: GetBalanceParams & { 'asset': NonNullable<GetBalanceParams['asset']> }, options?: CallOptions): Promise<GetBalanceResult<'sent'>>;
  /**
   * Account balance (USER_DATA) — `GET /papi/v1/balance`.
   *
   * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
   */
  getBalance(params?: GetBalanceParams & { 'asset'?: undefined }, options?: CallOptions): Promise<GetBalanceResult<'notSent'>>;
  /**
   * Account balance (USER_DATA) — `GET /papi/v1/balance`.
   *
   * Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account
   */
  getBalance(params?: GetBalanceParams, options?: CallOptions): Promise<GetBalanceResult>;
  /**
   * Get margin borrow/loan interest history (USER_DATA) — `GET /papi/v1/margin/marginInterestHistory`.
   *
   * Lists the interest charged on the Portfolio Margin account's margin loans, newest first, one page at a time, optionally for one asset. `type` tells how each charge arose (hourly, on borrowing, converted into BNB, or `PORTFOLIO` for the daily negative-balance interest).
   *
   * Weight 1 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Margin-BorrowLoan-Interest-History
   */
  getMarginInterestHistory(params?: GetMarginInterestHistoryParams, options?: CallOptions): Promise<GetMarginInterestHistoryResult>;
  /**
   * Query portfolio margin negative balance interest history (USER_DATA) — `GET /papi/v1/portfolio/interest-history`.
   *
   * Lists the daily interest the Portfolio Margin account paid on negative balances, newest first, optionally for one asset. The answer is a plain array (no `rows`/`total` envelope and no page number; `size` caps it).
   *
   * Weight 50 (IP). Signed.
   * Rule (maxInterval): `startTime` and `endTime` may be at most 30 days apart.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-Portfolio-Margin-Negative-Balance-Interest-History
   */
  getNegativeBalanceInterestHistory(params?: GetNegativeBalanceInterestHistoryParams, options?: CallOptions): Promise<GetNegativeBalanceInterestHistoryResult>;
  /**
   * Start user data stream (USER_STREAM) — `POST /papi/v1/listenKey`.
   *
   * Returns the listen key of the Portfolio Margin user data stream (`wss://fstream.binance.com/pm/ws/<listenKey>`). The key stays valid for 60 minutes. If the account already has an active key, that same key comes back and its validity is extended by 60 minutes, so calling this again is safe.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Start-User-Data-Stream
   */
  createListenKey(params?: CreateListenKeyParams, options?: CallOptions): Promise<CreateListenKeyResult>;
  /**
   * Keepalive user data stream (USER_STREAM) — `PUT /papi/v1/listenKey`.
   *
   * Extends the validity of the account's listen key by 60 minutes; without it the stream closes 60 minutes after the key was created or last extended. Unlike SAPI's keep-alive, this call takes **no** `listenKey` parameter: the API key identifies the account and its one key. Binance's page suggests a keep-alive about every 60 minutes; sending one well before the hour runs out (every 30 minutes, say) leaves a margin.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Keepalive-User-Data-Stream
   */
  keepAliveListenKey(params?: KeepAliveListenKeyParams, options?: CallOptions): Promise<KeepAliveListenKeyResult>;
  /**
   * Close user data stream (USER_STREAM) — `DELETE /papi/v1/listenKey`.
   *
   * Invalidates the account's listen key and closes its user data stream. Like the keep-alive, it takes no parameters: the API key identifies the account.
   *
   * Weight 1 (IP). API key only, not signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/user-data-streams/Close-User-Data-Stream
   */
  closeListenKey(params?: CloseListenKeyParams, options?: CallOptions): Promise<CloseListenKeyResult>;
  /**
   * Test connectivity (NONE) — `GET /papi/v1/ping`.
   *
   * Checks that papi.binance.com can be reached. It needs no API key, takes no parameters and answers an empty object.
   *
   * Weight 1 (IP). No key needed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/market-data
   */
  ping(params?: PingParams, options?: CallOptions): Promise<PingResult>;
}

/** Metadata of every operation, by method name. */
export const portfolioMarginOperationTable = {
  getMarginOrder: getMarginOrderOperation,
  newMarginOrder: newMarginOrderOperation,
  cancelMarginOrder: cancelMarginOrderOperation,
  getMarginOpenOrders: getMarginOpenOrdersOperation,
  cancelMarginAllOpenOrders: cancelMarginAllOpenOrdersOperation,
  getMarginAllOrders: getMarginAllOrdersOperation,
  newMarginOco: newMarginOcoOperation,
  getMarginOco: getMarginOcoOperation,
  cancelMarginOco: cancelMarginOcoOperation,
  getMarginAllOco: getMarginAllOcoOperation,
  getMarginOpenOco: getMarginOpenOcoOperation,
  getMarginTrades: getMarginTradesOperation,
  getMarginForceOrders: getMarginForceOrdersOperation,
  marginBorrow: marginBorrowOperation,
  marginRepay: marginRepayOperation,
  getMarginLoanRecords: getMarginLoanRecordsOperation,
  getMarginRepayRecords: getMarginRepayRecordsOperation,
  getMarginMaxBorrowable: getMarginMaxBorrowableOperation,
  getMarginMaxWithdraw: getMarginMaxWithdrawOperation,
  getAccount: getAccountOperation,
  getBalance: getBalanceOperation,
  getMarginInterestHistory: getMarginInterestHistoryOperation,
  getNegativeBalanceInterestHistory: getNegativeBalanceInterestHistoryOperation,
  createListenKey: createListenKeyOperation,
  keepAliveListenKey: keepAliveListenKeyOperation,
  closeListenKey: closeListenKeyOperation,
  ping: pingOperation,
} as const;

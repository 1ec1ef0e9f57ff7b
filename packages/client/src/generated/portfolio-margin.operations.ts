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
  getUmOrder as getUmOrderOperation,
  newUmOrder as newUmOrderOperation,
  modifyUmOrder as modifyUmOrderOperation,
  cancelUmOrder as cancelUmOrderOperation,
  getUmOpenOrder as getUmOpenOrderOperation,
  getUmOpenOrders as getUmOpenOrdersOperation,
  getUmAllOrders as getUmAllOrdersOperation,
  cancelUmAllOpenOrders as cancelUmAllOpenOrdersOperation,
  getUmTrades as getUmTradesOperation,
  getUmOrderAmendments as getUmOrderAmendmentsOperation,
  getUmForceOrders as getUmForceOrdersOperation,
  newUmConditionalOrder as newUmConditionalOrderOperation,
  cancelUmConditionalOrder as cancelUmConditionalOrderOperation,
  getUmOpenConditionalOrder as getUmOpenConditionalOrderOperation,
  getUmOpenConditionalOrders as getUmOpenConditionalOrdersOperation,
  getUmConditionalOrderHistory as getUmConditionalOrderHistoryOperation,
  getUmAllConditionalOrders as getUmAllConditionalOrdersOperation,
  cancelUmAllOpenConditionalOrders as cancelUmAllOpenConditionalOrdersOperation,
  newUmAlgoOrder as newUmAlgoOrderOperation,
  cancelUmAlgoOrder as cancelUmAlgoOrderOperation,
  getUmAlgoOrder as getUmAlgoOrderOperation,
  getUmOpenAlgoOrders as getUmOpenAlgoOrdersOperation,
  getUmAllAlgoOrders as getUmAllAlgoOrdersOperation,
  cancelUmAllOpenAlgoOrders as cancelUmAllOpenAlgoOrdersOperation,
  getUmPositionRisk as getUmPositionRiskOperation,
  changeUmInitialLeverage as changeUmInitialLeverageOperation,
  getUmPositionMode as getUmPositionModeOperation,
  changeUmPositionMode as changeUmPositionModeOperation,
  getUmAdlQuantile as getUmAdlQuantileOperation,
  getCmOrder as getCmOrderOperation,
  newCmOrder as newCmOrderOperation,
  modifyCmOrder as modifyCmOrderOperation,
  cancelCmOrder as cancelCmOrderOperation,
  getCmOpenOrder as getCmOpenOrderOperation,
  getCmOpenOrders as getCmOpenOrdersOperation,
  getCmAllOrders as getCmAllOrdersOperation,
  cancelCmAllOpenOrders as cancelCmAllOpenOrdersOperation,
  getCmTrades as getCmTradesOperation,
  getCmOrderAmendments as getCmOrderAmendmentsOperation,
  getCmForceOrders as getCmForceOrdersOperation,
  newCmConditionalOrder as newCmConditionalOrderOperation,
  cancelCmConditionalOrder as cancelCmConditionalOrderOperation,
  getCmOpenConditionalOrder as getCmOpenConditionalOrderOperation,
  getCmOpenConditionalOrders as getCmOpenConditionalOrdersOperation,
  getCmConditionalOrderHistory as getCmConditionalOrderHistoryOperation,
  getCmAllConditionalOrders as getCmAllConditionalOrdersOperation,
  cancelCmAllOpenConditionalOrders as cancelCmAllOpenConditionalOrdersOperation,
  getCmPositionRisk as getCmPositionRiskOperation,
  changeCmInitialLeverage as changeCmInitialLeverageOperation,
  getCmPositionMode as getCmPositionModeOperation,
  changeCmPositionMode as changeCmPositionModeOperation,
  getCmAdlQuantile as getCmAdlQuantileOperation,
  getUmAccount as getUmAccountOperation,
  getUmAccountV2 as getUmAccountV2Operation,
  getUmAccountConfig as getUmAccountConfigOperation,
  getUmSymbolConfig as getUmSymbolConfigOperation,
  getUmCommissionRate as getUmCommissionRateOperation,
  getUmLeverageBrackets as getUmLeverageBracketsOperation,
  getUmApiTradingStatus as getUmApiTradingStatusOperation,
  getUmFeeBurn as getUmFeeBurnOperation,
  changeUmFeeBurn as changeUmFeeBurnOperation,
  getUmIncome as getUmIncomeOperation,
  getUmIncomeDownloadId as getUmIncomeDownloadIdOperation,
  getUmIncomeDownloadLink as getUmIncomeDownloadLinkOperation,
  getUmOrderDownloadId as getUmOrderDownloadIdOperation,
  getUmOrderDownloadLink as getUmOrderDownloadLinkOperation,
  getUmTradeDownloadId as getUmTradeDownloadIdOperation,
  getUmTradeDownloadLink as getUmTradeDownloadLinkOperation,
  signUmTradFiPerpsContract as signUmTradFiPerpsContractOperation,
  getCmAccount as getCmAccountOperation,
  getCmCommissionRate as getCmCommissionRateOperation,
  getCmLeverageBrackets as getCmLeverageBracketsOperation,
  getCmIncome as getCmIncomeOperation,
  collectFundsByAsset as collectFundsByAssetOperation,
  autoCollectFunds as autoCollectFundsOperation,
  transferBnb as transferBnbOperation,
  repayMarginDebt as repayMarginDebtOperation,
  getNegativeBalanceExchangeRecords as getNegativeBalanceExchangeRecordsOperation,
  getOrderRateLimit as getOrderRateLimitOperation,
  repayFuturesNegativeBalance as repayFuturesNegativeBalanceOperation,
  getAutoRepayFuturesStatus as getAutoRepayFuturesStatusOperation,
  changeAutoRepayFuturesStatus as changeAutoRepayFuturesStatusOperation,
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

export type GetUmOrderParams = OperationParams<NonNullable<operations['getUmOrder']['parameters']['query']>, (typeof getUmOrderOperation)['params']>;
export type GetUmOrderResult = Decoded<operations['getUmOrder']['responses']['200']['content']['application/json'], (typeof getUmOrderOperation)['response']['fields']>;

/**
 * Query UM order (USER_DATA) — `GET /papi/v1/um/order`.
 *
 * Looks up one UM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Order
 */
export function getUmOrder(client: OperationCaller, params: GetUmOrderParams, options?: CallOptions): Promise<GetUmOrderResult> {
  return client.call(getUmOrderOperation, params, options) as Promise<GetUmOrderResult>;
}

export type NewUmOrderParams = OperationParams<NonNullable<operations['newUmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newUmOrderOperation)['params']>;
export type NewUmOrderResult = Decoded<operations['newUmOrder']['responses']['200']['content']['application/json'], (typeof newUmOrderOperation)['response']['fields']>;

/**
 * New UM order (TRADE) — `POST /papi/v1/um/order`.
 *
 * Places a USDⓈ-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in USDⓈ. `quantity` is in the base asset.
 *
 * Weight 1 (ORDER). Signed.
 * Rule (requiredWhen): `LIMIT` orders need `timeInForce` (-1102).
 * Rule (requiredWhen): Both order types need `quantity` (-1102).
 * Rule (forbiddenWhen): `MARKET` orders take no `price` (-1106).
 * Rule (forbiddenWhen): `priceMatch` applies to `LIMIT` orders only (-1106).
 * Rule (atLeastOne): `LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
 * Rule (exclusive): `price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing.
 * Rule (requiredWhen): `GTD` orders need `goodTillDate` (-1102).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade
 */
export function newUmOrder(client: OperationCaller, params: NewUmOrderParams, options?: CallOptions): Promise<NewUmOrderResult> {
  return client.call(newUmOrderOperation, params, options) as Promise<NewUmOrderResult>;
}

export type ModifyUmOrderParams = OperationParams<NonNullable<operations['modifyUmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof modifyUmOrderOperation)['params']>;
export type ModifyUmOrderResult = Decoded<operations['modifyUmOrder']['responses']['200']['content']['application/json'], (typeof modifyUmOrderOperation)['response']['fields']>;

/**
 * Modify UM order (TRADE) — `PUT /papi/v1/um/order`.
 *
 * Changes the price and quantity of an open `LIMIT` UM order; the order loses its place in the queue. Every modification is recorded (`um/orderAmendment`).
 *
 * Weight 1 (ORDER). Signed.
 * Rule (atLeastOne): Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * Rule (exclusive): `priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Modify-UM-Order
 */
export function modifyUmOrder(client: OperationCaller, params: ModifyUmOrderParams, options?: CallOptions): Promise<ModifyUmOrderResult> {
  return client.call(modifyUmOrderOperation, params, options) as Promise<ModifyUmOrderResult>;
}

export type CancelUmOrderParams = OperationParams<NonNullable<operations['cancelUmOrder']['parameters']['query']>, (typeof cancelUmOrderOperation)['params']>;
export type CancelUmOrderResult = Decoded<operations['cancelUmOrder']['responses']['200']['content']['application/json'], (typeof cancelUmOrderOperation)['response']['fields']>;

/**
 * Cancel UM order (TRADE) — `DELETE /papi/v1/um/order`.
 *
 * Cancels one open UM order, named by `orderId` or by its client id, and releases the margin it held.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-UM-Order
 */
export function cancelUmOrder(client: OperationCaller, params: CancelUmOrderParams, options?: CallOptions): Promise<CancelUmOrderResult> {
  return client.call(cancelUmOrderOperation, params, options) as Promise<CancelUmOrderResult>;
}

export type GetUmOpenOrderParams = OperationParams<NonNullable<operations['getUmOpenOrder']['parameters']['query']>, (typeof getUmOpenOrderOperation)['params']>;
export type GetUmOpenOrderResult = Decoded<operations['getUmOpenOrder']['responses']['200']['content']['application/json'], (typeof getUmOpenOrderOperation)['response']['fields']>;

/**
 * Query current UM open order (USER_DATA) — `GET /papi/v1/um/openOrder`.
 *
 * Looks up one UM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-UM-Open-Order
 */
export function getUmOpenOrder(client: OperationCaller, params: GetUmOpenOrderParams, options?: CallOptions): Promise<GetUmOpenOrderResult> {
  return client.call(getUmOpenOrderOperation, params, options) as Promise<GetUmOpenOrderResult>;
}

export type GetUmOpenOrdersParams = OperationParams<NonNullable<operations['getUmOpenOrders']['parameters']['query']>, (typeof getUmOpenOrdersOperation)['params']>;
export type GetUmOpenOrdersResult = Decoded<operations['getUmOpenOrders']['responses']['200']['content']['application/json'], (typeof getUmOpenOrdersOperation)['response']['fields']>;

/**
 * Query all current UM open orders (USER_DATA) — `GET /papi/v1/um/openOrders`.
 *
 * Lists the open UM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-UM-Open-Orders
 */
export function getUmOpenOrders(client: OperationCaller, params?: GetUmOpenOrdersParams, options?: CallOptions): Promise<GetUmOpenOrdersResult> {
  return client.call(getUmOpenOrdersOperation, params, options) as Promise<GetUmOpenOrdersResult>;
}

export type GetUmAllOrdersParams = OperationParams<NonNullable<operations['getUmAllOrders']['parameters']['query']>, (typeof getUmAllOrdersOperation)['params']>;
export type GetUmAllOrdersResult = Decoded<operations['getUmAllOrders']['responses']['200']['content']['application/json'], (typeof getUmAllOrdersOperation)['response']['fields']>;

/**
 * Query all UM orders (USER_DATA) — `GET /papi/v1/um/allOrders`.
 *
 * Lists the UM orders of one symbol, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
 *
 * Weight 5 (IP). Signed.
 * Rule (maxInterval): The window may not exceed 7 days (-1127); without times the last 7 days are listed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-UM-Orders
 */
export function getUmAllOrders(client: OperationCaller, params: GetUmAllOrdersParams, options?: CallOptions): Promise<GetUmAllOrdersResult> {
  return client.call(getUmAllOrdersOperation, params, options) as Promise<GetUmAllOrdersResult>;
}

export type CancelUmAllOpenOrdersParams = OperationParams<NonNullable<operations['cancelUmAllOpenOrders']['parameters']['query']>, (typeof cancelUmAllOpenOrdersOperation)['params']>;
export type CancelUmAllOpenOrdersResult = Decoded<operations['cancelUmAllOpenOrders']['responses']['200']['content']['application/json'], (typeof cancelUmAllOpenOrdersOperation)['response']['fields']>;

/**
 * Cancel all UM open orders (TRADE) — `DELETE /papi/v1/um/allOpenOrders`.
 *
 * Cancels every open UM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-UM-Open-Orders
 */
export function cancelUmAllOpenOrders(client: OperationCaller, params: CancelUmAllOpenOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenOrdersResult> {
  return client.call(cancelUmAllOpenOrdersOperation, params, options) as Promise<CancelUmAllOpenOrdersResult>;
}

export type GetUmTradesParams = OperationParams<NonNullable<operations['getUmTrades']['parameters']['query']>, (typeof getUmTradesOperation)['params']>;
export type GetUmTradesResult = Decoded<operations['getUmTrades']['responses']['200']['content']['application/json'], (typeof getUmTradesOperation)['response']['fields']>;

/**
 * UM account trade list (USER_DATA) — `GET /papi/v1/um/userTrades`.
 *
 * Lists the UM trades of the account on one symbol, with the profit each realized and its commission.
 *
 * Weight 5 (IP). Signed.
 * Rule (exclusive): `fromId` cannot go with `startTime`/`endTime` (-1128).
 * Rule (maxInterval): At most 7 days between the times (-1127); without times the last 7 days.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/UM-Account-Trade-List
 */
export function getUmTrades(client: OperationCaller, params: GetUmTradesParams, options?: CallOptions): Promise<GetUmTradesResult> {
  return client.call(getUmTradesOperation, params, options) as Promise<GetUmTradesResult>;
}

export type GetUmOrderAmendmentsParams = OperationParams<NonNullable<operations['getUmOrderAmendments']['parameters']['query']>, (typeof getUmOrderAmendmentsOperation)['params']>;
export type GetUmOrderAmendmentsResult = Decoded<operations['getUmOrderAmendments']['responses']['200']['content']['application/json'], (typeof getUmOrderAmendmentsOperation)['response']['fields']>;

/**
 * Query UM modify order history (TRADE) — `GET /papi/v1/um/orderAmendment`.
 *
 * Lists the modifications (`PUT /papi/v1/um/order`) of one UM order, newest first.
 *
 * Weight 1 (ORDER). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Modify-Order-History
 */
export function getUmOrderAmendments(client: OperationCaller, params: GetUmOrderAmendmentsParams, options?: CallOptions): Promise<GetUmOrderAmendmentsResult> {
  return client.call(getUmOrderAmendmentsOperation, params, options) as Promise<GetUmOrderAmendmentsResult>;
}

export type GetUmForceOrdersParams = OperationParams<NonNullable<operations['getUmForceOrders']['parameters']['query']>, (typeof getUmForceOrdersOperation)['params']>;
export type GetUmForceOrdersResult = Decoded<operations['getUmForceOrders']['responses']['200']['content']['application/json'], (typeof getUmForceOrdersOperation)['response']['fields']>;

/**
 * Query user's UM force orders (USER_DATA) — `GET /papi/v1/um/forceOrders`.
 *
 * Lists the liquidation and auto-deleveraging orders Binance placed on the UM positions. Without `startTime`, the 7 days before `endTime`.
 *
 * Weight 50 (IP); 20 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-UM-Force-Orders
 */
export function getUmForceOrders(client: OperationCaller, params?: GetUmForceOrdersParams, options?: CallOptions): Promise<GetUmForceOrdersResult> {
  return client.call(getUmForceOrdersOperation, params, options) as Promise<GetUmForceOrdersResult>;
}

export type NewUmConditionalOrderParams = OperationParams<NonNullable<operations['newUmConditionalOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newUmConditionalOrderOperation)['params']>;
export type NewUmConditionalOrderResult = Decoded<operations['newUmConditionalOrder']['responses']['200']['content']['application/json'], (typeof newUmConditionalOrderOperation)['response']['fields']>;

/**
 * New UM conditional order (TRADE) — `POST /papi/v1/um/conditional/order`.
 *
 * Places a UM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`um/order` history) that fills by the usual rules.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): The stop and take-profit types need `stopPrice` (-1102).
 * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `quantity` (-1102).
 * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
 * Rule (forbiddenWhen): `callbackRate` belongs to trailing stops (-1106).
 * Rule (atLeastOne): `STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
 * Rule (exclusive): `price` and `priceMatch` cannot go together (-1128).
 * Rule (requiredWhen): `GTD` needs `goodTillDate` (-1102).
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-UM-Conditional-Order
 */
export function newUmConditionalOrder(client: OperationCaller, params: NewUmConditionalOrderParams, options?: CallOptions): Promise<NewUmConditionalOrderResult> {
  return client.call(newUmConditionalOrderOperation, params, options) as Promise<NewUmConditionalOrderResult>;
}

export type CancelUmConditionalOrderParams = OperationParams<NonNullable<operations['cancelUmConditionalOrder']['parameters']['query']>, (typeof cancelUmConditionalOrderOperation)['params']>;
export type CancelUmConditionalOrderResult = Decoded<operations['cancelUmConditionalOrder']['responses']['200']['content']['application/json'], (typeof cancelUmConditionalOrderOperation)['response']['fields']>;

/**
 * Cancel UM conditional order (TRADE) — `DELETE /papi/v1/um/conditional/order`.
 *
 * Cancels one UM conditional order that has not triggered.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-UM-Conditional-Order
 */
export function cancelUmConditionalOrder(client: OperationCaller, params: CancelUmConditionalOrderParams, options?: CallOptions): Promise<CancelUmConditionalOrderResult> {
  return client.call(cancelUmConditionalOrderOperation, params, options) as Promise<CancelUmConditionalOrderResult>;
}

export type GetUmOpenConditionalOrderParams = OperationParams<NonNullable<operations['getUmOpenConditionalOrder']['parameters']['query']>, (typeof getUmOpenConditionalOrderOperation)['params']>;
export type GetUmOpenConditionalOrderResult = Decoded<operations['getUmOpenConditionalOrder']['responses']['200']['content']['application/json'], (typeof getUmOpenConditionalOrderOperation)['response']['fields']>;

/**
 * Query current UM open conditional order (USER_DATA) — `GET /papi/v1/um/conditional/openOrder`.
 *
 * Looks up one UM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-UM-Open-Conditional-Order
 */
export function getUmOpenConditionalOrder(client: OperationCaller, params: GetUmOpenConditionalOrderParams, options?: CallOptions): Promise<GetUmOpenConditionalOrderResult> {
  return client.call(getUmOpenConditionalOrderOperation, params, options) as Promise<GetUmOpenConditionalOrderResult>;
}

export type GetUmOpenConditionalOrdersParams = OperationParams<NonNullable<operations['getUmOpenConditionalOrders']['parameters']['query']>, (typeof getUmOpenConditionalOrdersOperation)['params']>;
export type GetUmOpenConditionalOrdersResult = Decoded<operations['getUmOpenConditionalOrders']['responses']['200']['content']['application/json'], (typeof getUmOpenConditionalOrdersOperation)['response']['fields']>;

/**
 * Query all current UM open conditional orders (USER_DATA) — `GET /papi/v1/um/conditional/openOrders`.
 *
 * Lists the waiting UM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-UM-Open-Conditional-Orders
 */
export function getUmOpenConditionalOrders(client: OperationCaller, params?: GetUmOpenConditionalOrdersParams, options?: CallOptions): Promise<GetUmOpenConditionalOrdersResult> {
  return client.call(getUmOpenConditionalOrdersOperation, params, options) as Promise<GetUmOpenConditionalOrdersResult>;
}

export type GetUmConditionalOrderHistoryParams = OperationParams<NonNullable<operations['getUmConditionalOrderHistory']['parameters']['query']>, (typeof getUmConditionalOrderHistoryOperation)['params']>;
export type GetUmConditionalOrderHistoryResult = Decoded<operations['getUmConditionalOrderHistory']['responses']['200']['content']['application/json'], (typeof getUmConditionalOrderHistoryOperation)['response']['fields']>;

/**
 * Query UM conditional order history (USER_DATA) — `GET /papi/v1/um/conditional/orderHistory`.
 *
 * Looks up one UM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Conditional-Order-History
 */
export function getUmConditionalOrderHistory(client: OperationCaller, params: GetUmConditionalOrderHistoryParams, options?: CallOptions): Promise<GetUmConditionalOrderHistoryResult> {
  return client.call(getUmConditionalOrderHistoryOperation, params, options) as Promise<GetUmConditionalOrderHistoryResult>;
}

export type GetUmAllConditionalOrdersParams = OperationParams<NonNullable<operations['getUmAllConditionalOrders']['parameters']['query']>, (typeof getUmAllConditionalOrdersOperation)['params']>;
export type GetUmAllConditionalOrdersResult = Decoded<operations['getUmAllConditionalOrders']['responses']['200']['content']['application/json'], (typeof getUmAllConditionalOrdersOperation)['response']['fields']>;

/**
 * Query all UM conditional orders (USER_DATA) — `GET /papi/v1/um/conditional/allOrders`.
 *
 * Lists the UM conditional orders, waiting or not, of one symbol or (weight 40) all.
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * Rule (maxInterval): At most 7 days between the times (-1127); default the last 7 days.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-UM-Conditional-Orders
 */
export function getUmAllConditionalOrders(client: OperationCaller, params?: GetUmAllConditionalOrdersParams, options?: CallOptions): Promise<GetUmAllConditionalOrdersResult> {
  return client.call(getUmAllConditionalOrdersOperation, params, options) as Promise<GetUmAllConditionalOrdersResult>;
}

export type CancelUmAllOpenConditionalOrdersParams = OperationParams<NonNullable<operations['cancelUmAllOpenConditionalOrders']['parameters']['query']>, (typeof cancelUmAllOpenConditionalOrdersOperation)['params']>;
export type CancelUmAllOpenConditionalOrdersResult = Decoded<operations['cancelUmAllOpenConditionalOrders']['responses']['200']['content']['application/json'], (typeof cancelUmAllOpenConditionalOrdersOperation)['response']['fields']>;

/**
 * Cancel all UM open conditional orders (TRADE) — `DELETE /papi/v1/um/conditional/allOpenOrders`.
 *
 * Cancels every waiting UM conditional order of one symbol.
 *
 * Weight 1 (ORDER). Signed.
 * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-UM-Open-Conditional-Orders
 */
export function cancelUmAllOpenConditionalOrders(client: OperationCaller, params: CancelUmAllOpenConditionalOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenConditionalOrdersResult> {
  return client.call(cancelUmAllOpenConditionalOrdersOperation, params, options) as Promise<CancelUmAllOpenConditionalOrdersResult>;
}

export type NewUmAlgoOrderParams = OperationParams<NonNullable<operations['newUmAlgoOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newUmAlgoOrderOperation)['params']>;
export type NewUmAlgoOrderResult = Decoded<operations['newUmAlgoOrder']['responses']['200']['content']['application/json'], (typeof newUmAlgoOrderOperation)['response']['fields']>;

/**
 * New UM algo order (TRADE) — `POST /papi/v1/um/algo/order`.
 *
 * Places a UM conditional order through the Algo Service, which replaced `um/conditional/order`. It waits (`algoStatus` `NEW`) until the latest price (`workingType`) reaches `triggerPrice` — `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above — and is then placed as a regular order (`actualOrderId`). Described from the official connector; no documentation page was available.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): The stop and take-profit types need `triggerPrice` (-1102).
 * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
 * Rule (atLeastOne): `STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
 * Rule (exclusive): `price` and `priceMatch` cannot go together (-1128).
 * Rule (requiredWhen): `GTD` needs `goodTillDate` (-1102).
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#new-um-algo-order
 */
export function newUmAlgoOrder(client: OperationCaller, params: NewUmAlgoOrderParams, options?: CallOptions): Promise<NewUmAlgoOrderResult> {
  return client.call(newUmAlgoOrderOperation, params, options) as Promise<NewUmAlgoOrderResult>;
}

export type CancelUmAlgoOrderParams = OperationParams<NonNullable<operations['cancelUmAlgoOrder']['parameters']['query']>, (typeof cancelUmAlgoOrderOperation)['params']>;
export type CancelUmAlgoOrderResult = Decoded<operations['cancelUmAlgoOrder']['responses']['200']['content']['application/json'], (typeof cancelUmAlgoOrderOperation)['response']['fields']>;

/**
 * Cancel UM algo order (TRADE) — `DELETE /papi/v1/um/algo/order`.
 *
 * Cancels one waiting UM algo order. Described from the official connector.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#cancel-um-algo-order
 */
export function cancelUmAlgoOrder(client: OperationCaller, params?: CancelUmAlgoOrderParams, options?: CallOptions): Promise<CancelUmAlgoOrderResult> {
  return client.call(cancelUmAlgoOrderOperation, params, options) as Promise<CancelUmAlgoOrderResult>;
}

export type GetUmAlgoOrderParams = OperationParams<NonNullable<operations['getUmAlgoOrder']['parameters']['query']>, (typeof getUmAlgoOrderOperation)['params']>;
export type GetUmAlgoOrderResult = Decoded<operations['getUmAlgoOrder']['responses']['200']['content']['application/json'], (typeof getUmAlgoOrderOperation)['response']['fields']>;

/**
 * Query current UM open algo order (USER_DATA) — `GET /papi/v1/um/algo/algoOrder`.
 *
 * Looks up one UM algo order by `algoId` or client id. Described from the official connector.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-current-um-open-algo-order
 */
export function getUmAlgoOrder(client: OperationCaller, params?: GetUmAlgoOrderParams, options?: CallOptions): Promise<GetUmAlgoOrderResult> {
  return client.call(getUmAlgoOrderOperation, params, options) as Promise<GetUmAlgoOrderResult>;
}

export type GetUmOpenAlgoOrdersParams = OperationParams<NonNullable<operations['getUmOpenAlgoOrders']['parameters']['query']>, (typeof getUmOpenAlgoOrdersOperation)['params']>;
export type GetUmOpenAlgoOrdersResult = Decoded<operations['getUmOpenAlgoOrders']['responses']['200']['content']['application/json'], (typeof getUmOpenAlgoOrdersOperation)['response']['fields']>;

/**
 * Query all current UM open algo orders (USER_DATA) — `GET /papi/v1/um/algo/openAlgoOrders`.
 *
 * Lists the waiting UM algo orders, of one symbol or all (weight 40 without `symbol`). Described from the official connector.
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-all-current-um-open-algo-orders
 */
export function getUmOpenAlgoOrders(client: OperationCaller, params?: GetUmOpenAlgoOrdersParams, options?: CallOptions): Promise<GetUmOpenAlgoOrdersResult> {
  return client.call(getUmOpenAlgoOrdersOperation, params, options) as Promise<GetUmOpenAlgoOrdersResult>;
}

export type GetUmAllAlgoOrdersParams = OperationParams<NonNullable<operations['getUmAllAlgoOrders']['parameters']['query']>, (typeof getUmAllAlgoOrdersOperation)['params']>;
export type GetUmAllAlgoOrdersResult = Decoded<operations['getUmAllAlgoOrders']['responses']['200']['content']['application/json'], (typeof getUmAllAlgoOrdersOperation)['response']['fields']>;

/**
 * Query UM algo order history (USER_DATA) — `GET /papi/v1/um/algo/allAlgoOrders`.
 *
 * Lists the UM algo orders of one symbol, waiting or not. With `algoId`, from that id on; otherwise the most recent. Described from the official connector.
 *
 * Weight 5 (IP). Signed.
 * Rule (maxInterval): The period must be less than 7 days (-1127); default the last 7 days.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-um-algo-order-history
 */
export function getUmAllAlgoOrders(client: OperationCaller, params: GetUmAllAlgoOrdersParams, options?: CallOptions): Promise<GetUmAllAlgoOrdersResult> {
  return client.call(getUmAllAlgoOrdersOperation, params, options) as Promise<GetUmAllAlgoOrdersResult>;
}

export type CancelUmAllOpenAlgoOrdersParams = OperationParams<NonNullable<operations['cancelUmAllOpenAlgoOrders']['parameters']['query']>, (typeof cancelUmAllOpenAlgoOrdersOperation)['params']>;
export type CancelUmAllOpenAlgoOrdersResult = Decoded<operations['cancelUmAllOpenAlgoOrders']['responses']['200']['content']['application/json'], (typeof cancelUmAllOpenAlgoOrdersOperation)['response']['fields']>;

/**
 * Cancel all UM algo open orders (TRADE) — `DELETE /papi/v1/um/algo/allOpenOrders`.
 *
 * Cancels every waiting UM algo order of one symbol. Described from the official connector.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#cancel-all-um-algo-open-orders
 */
export function cancelUmAllOpenAlgoOrders(client: OperationCaller, params: CancelUmAllOpenAlgoOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenAlgoOrdersResult> {
  return client.call(cancelUmAllOpenAlgoOrdersOperation, params, options) as Promise<CancelUmAllOpenAlgoOrdersResult>;
}

export type GetUmPositionRiskParams = OperationParams<NonNullable<operations['getUmPositionRisk']['parameters']['query']>, (typeof getUmPositionRiskOperation)['params']>;
export type GetUmPositionRiskResult = Decoded<operations['getUmPositionRisk']['responses']['200']['content']['application/json'], (typeof getUmPositionRiskOperation)['response']['fields']>;

/**
 * Query UM position information (USER_DATA) — `GET /papi/v1/um/positionRisk`.
 *
 * The UM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-UM-Position-Information
 */
export function getUmPositionRisk(client: OperationCaller, params?: GetUmPositionRiskParams, options?: CallOptions): Promise<GetUmPositionRiskResult> {
  return client.call(getUmPositionRiskOperation, params, options) as Promise<GetUmPositionRiskResult>;
}

export type ChangeUmInitialLeverageParams = OperationParams<NonNullable<operations['changeUmInitialLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeUmInitialLeverageOperation)['params']>;
export type ChangeUmInitialLeverageResult = Decoded<operations['changeUmInitialLeverage']['responses']['200']['content']['application/json'], (typeof changeUmInitialLeverageOperation)['response']['fields']>;

/**
 * Change UM initial leverage (TRADE) — `POST /papi/v1/um/leverage`.
 *
 * Sets the initial leverage of one UM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-UM-Initial-Leverage
 */
export function changeUmInitialLeverage(client: OperationCaller, params: ChangeUmInitialLeverageParams, options?: CallOptions): Promise<ChangeUmInitialLeverageResult> {
  return client.call(changeUmInitialLeverageOperation, params, options) as Promise<ChangeUmInitialLeverageResult>;
}

export type GetUmPositionModeParams = OperationParams<NonNullable<operations['getUmPositionMode']['parameters']['query']>, (typeof getUmPositionModeOperation)['params']>;
export type GetUmPositionModeResult = Decoded<operations['getUmPositionMode']['responses']['200']['content']['application/json'], (typeof getUmPositionModeOperation)['response']['fields']>;

/**
 * Get UM current position mode (USER_DATA) — `GET /papi/v1/um/positionSide/dual`.
 *
 * Whether the UM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Current-Position-Mode
 */
export function getUmPositionMode(client: OperationCaller, params?: GetUmPositionModeParams, options?: CallOptions): Promise<GetUmPositionModeResult> {
  return client.call(getUmPositionModeOperation, params, options) as Promise<GetUmPositionModeResult>;
}

export type ChangeUmPositionModeParams = OperationParams<NonNullable<operations['changeUmPositionMode']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeUmPositionModeOperation)['params']>;
export type ChangeUmPositionModeResult = Decoded<operations['changeUmPositionMode']['responses']['200']['content']['application/json'], (typeof changeUmPositionModeOperation)['response']['fields']>;

/**
 * Change UM position mode (TRADE) — `POST /papi/v1/um/positionSide/dual`.
 *
 * Switches every UM symbol between hedge mode and one-way mode. Refused while any UM position is open (-4068) or any UM order is open (-4067), and when the account is already in that mode (-4059).
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-UM-Position-Mode
 */
export function changeUmPositionMode(client: OperationCaller, params: ChangeUmPositionModeParams, options?: CallOptions): Promise<ChangeUmPositionModeResult> {
  return client.call(changeUmPositionModeOperation, params, options) as Promise<ChangeUmPositionModeResult>;
}

export type GetUmAdlQuantileParams = OperationParams<NonNullable<operations['getUmAdlQuantile']['parameters']['query']>, (typeof getUmAdlQuantileOperation)['params']>;
export type GetUmAdlQuantileResult = Decoded<operations['getUmAdlQuantile']['responses']['200']['content']['application/json'], (typeof getUmAdlQuantileOperation)['response']['fields']>;

/**
 * UM position ADL quantile estimation (USER_DATA) — `GET /papi/v1/um/adlQuantile`.
 *
 * Estimated auto-deleveraging queue position (0 to 4) of the UM positions; Binance updates it every 30 seconds.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/UM-Position-ADL-Quantile-Estimation
 */
export function getUmAdlQuantile(client: OperationCaller, params?: GetUmAdlQuantileParams, options?: CallOptions): Promise<GetUmAdlQuantileResult> {
  return client.call(getUmAdlQuantileOperation, params, options) as Promise<GetUmAdlQuantileResult>;
}

export type GetCmOrderParams = OperationParams<NonNullable<operations['getCmOrder']['parameters']['query']>, (typeof getCmOrderOperation)['params']>;
export type GetCmOrderResult = Decoded<operations['getCmOrder']['responses']['200']['content']['application/json'], (typeof getCmOrderOperation)['response']['fields']>;

/**
 * Query CM order (USER_DATA) — `GET /papi/v1/cm/order`.
 *
 * Looks up one CM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Order
 */
export function getCmOrder(client: OperationCaller, params: GetCmOrderParams, options?: CallOptions): Promise<GetCmOrderResult> {
  return client.call(getCmOrderOperation, params, options) as Promise<GetCmOrderResult>;
}

export type NewCmOrderParams = OperationParams<NonNullable<operations['newCmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newCmOrderOperation)['params']>;
export type NewCmOrderResult = Decoded<operations['newCmOrder']['responses']['200']['content']['application/json'], (typeof newCmOrderOperation)['response']['fields']>;

/**
 * New CM order (TRADE) — `POST /papi/v1/cm/order`.
 *
 * Places a COIN-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in the coin. `quantity` is in contracts; each contract is worth a fixed USD amount (100 USD for BTC, 10 USD for the others), so the position's value and profit are in the coin.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): `LIMIT` orders need `timeInForce` (-1102).
 * Rule (requiredWhen): Both order types need `quantity` (-1102).
 * Rule (forbiddenWhen): `MARKET` orders take no `price` (-1106).
 * Rule (forbiddenWhen): `priceMatch` applies to `LIMIT` orders only (-1106).
 * Rule (atLeastOne): `LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
 * Rule (exclusive): `price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-CM-Order
 */
export function newCmOrder(client: OperationCaller, params: NewCmOrderParams, options?: CallOptions): Promise<NewCmOrderResult> {
  return client.call(newCmOrderOperation, params, options) as Promise<NewCmOrderResult>;
}

export type ModifyCmOrderParams = OperationParams<NonNullable<operations['modifyCmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof modifyCmOrderOperation)['params']>;
export type ModifyCmOrderResult = Decoded<operations['modifyCmOrder']['responses']['200']['content']['application/json'], (typeof modifyCmOrderOperation)['response']['fields']>;

/**
 * Modify CM order (TRADE) — `PUT /papi/v1/cm/order`.
 *
 * Changes the price and quantity of an open `LIMIT` CM order; the order loses its place in the queue. Every modification is recorded (`cm/orderAmendment`).
 *
 * Weight 1 (ORDER). Signed.
 * Rule (atLeastOne): Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * Rule (exclusive): `priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Modify-CM-Order
 */
export function modifyCmOrder(client: OperationCaller, params: ModifyCmOrderParams, options?: CallOptions): Promise<ModifyCmOrderResult> {
  return client.call(modifyCmOrderOperation, params, options) as Promise<ModifyCmOrderResult>;
}

export type CancelCmOrderParams = OperationParams<NonNullable<operations['cancelCmOrder']['parameters']['query']>, (typeof cancelCmOrderOperation)['params']>;
export type CancelCmOrderResult = Decoded<operations['cancelCmOrder']['responses']['200']['content']['application/json'], (typeof cancelCmOrderOperation)['response']['fields']>;

/**
 * Cancel CM order (TRADE) — `DELETE /papi/v1/cm/order`.
 *
 * Cancels one open CM order, named by `orderId` or by its client id, and releases the margin it held.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-CM-Order
 */
export function cancelCmOrder(client: OperationCaller, params: CancelCmOrderParams, options?: CallOptions): Promise<CancelCmOrderResult> {
  return client.call(cancelCmOrderOperation, params, options) as Promise<CancelCmOrderResult>;
}

export type GetCmOpenOrderParams = OperationParams<NonNullable<operations['getCmOpenOrder']['parameters']['query']>, (typeof getCmOpenOrderOperation)['params']>;
export type GetCmOpenOrderResult = Decoded<operations['getCmOpenOrder']['responses']['200']['content']['application/json'], (typeof getCmOpenOrderOperation)['response']['fields']>;

/**
 * Query current CM open order (USER_DATA) — `GET /papi/v1/cm/openOrder`.
 *
 * Looks up one CM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-CM-Open-Order
 */
export function getCmOpenOrder(client: OperationCaller, params: GetCmOpenOrderParams, options?: CallOptions): Promise<GetCmOpenOrderResult> {
  return client.call(getCmOpenOrderOperation, params, options) as Promise<GetCmOpenOrderResult>;
}

export type GetCmOpenOrdersParams = OperationParams<NonNullable<operations['getCmOpenOrders']['parameters']['query']>, (typeof getCmOpenOrdersOperation)['params']>;
export type GetCmOpenOrdersResult = Decoded<operations['getCmOpenOrders']['responses']['200']['content']['application/json'], (typeof getCmOpenOrdersOperation)['response']['fields']>;

/**
 * Query all current CM open orders (USER_DATA) — `GET /papi/v1/cm/openOrders`.
 *
 * Lists the open CM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-CM-Open-Orders
 */
export function getCmOpenOrders(client: OperationCaller, params?: GetCmOpenOrdersParams, options?: CallOptions): Promise<GetCmOpenOrdersResult> {
  return client.call(getCmOpenOrdersOperation, params, options) as Promise<GetCmOpenOrdersResult>;
}

export type GetCmAllOrdersParams = OperationParams<NonNullable<operations['getCmAllOrders']['parameters']['query']>, (typeof getCmAllOrdersOperation)['params']>;
export type GetCmAllOrdersResult = Decoded<operations['getCmAllOrders']['responses']['200']['content']['application/json'], (typeof getCmAllOrdersOperation)['response']['fields']>;

/**
 * Query all CM orders (USER_DATA) — `GET /papi/v1/cm/allOrders`.
 *
 * Lists the CM orders of one symbol or pair, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
 *
 * Weight 20 (IP); 40 when pair is sent. Signed.
 * Rule (atLeastOne): Send `symbol` or `pair` (-1102). The page marks `symbol` mandatory and then says either may be sent; the official connector makes both optional, as here.
 * Rule (exclusive): `symbol` and `pair` cannot be sent together (-1128).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-CM-Orders
 */
export function getCmAllOrders(client: OperationCaller, params?: GetCmAllOrdersParams, options?: CallOptions): Promise<GetCmAllOrdersResult> {
  return client.call(getCmAllOrdersOperation, params, options) as Promise<GetCmAllOrdersResult>;
}

export type CancelCmAllOpenOrdersParams = OperationParams<NonNullable<operations['cancelCmAllOpenOrders']['parameters']['query']>, (typeof cancelCmAllOpenOrdersOperation)['params']>;
export type CancelCmAllOpenOrdersResult = Decoded<operations['cancelCmAllOpenOrders']['responses']['200']['content']['application/json'], (typeof cancelCmAllOpenOrdersOperation)['response']['fields']>;

/**
 * Cancel all CM open orders (TRADE) — `DELETE /papi/v1/cm/allOpenOrders`.
 *
 * Cancels every open CM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-CM-Open-Orders
 */
export function cancelCmAllOpenOrders(client: OperationCaller, params: CancelCmAllOpenOrdersParams, options?: CallOptions): Promise<CancelCmAllOpenOrdersResult> {
  return client.call(cancelCmAllOpenOrdersOperation, params, options) as Promise<CancelCmAllOpenOrdersResult>;
}

export type GetCmTradesParams = OperationParams<NonNullable<operations['getCmTrades']['parameters']['query']>, (typeof getCmTradesOperation)['params']>;
export type GetCmTradesResult = Decoded<operations['getCmTrades']['responses']['200']['content']['application/json'], (typeof getCmTradesOperation)['response']['fields']>;

/**
 * CM account trade list (USER_DATA) — `GET /papi/v1/cm/userTrades`.
 *
 * Lists the CM trades of the account, with the profit each realized and its commission. `qty` is in contracts, `baseQty` its value in the coin.
 *
 * Weight 20 (IP); 40 when pair is sent. Signed.
 * Rule (exclusive): `fromId` cannot go with `startTime`/`endTime` or `pair` (-1128).
 * Rule (maxInterval): At most 24 hours between the times (-1127); without times the last 24 hours.
 * Rule (atLeastOne): Send `symbol` or `pair` (-1102).
 * Rule (exclusive): `symbol` and `pair` cannot be sent together (-1128).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/CM-Account-Trade-List
 */
export function getCmTrades(client: OperationCaller, params?: GetCmTradesParams, options?: CallOptions): Promise<GetCmTradesResult> {
  return client.call(getCmTradesOperation, params, options) as Promise<GetCmTradesResult>;
}

export type GetCmOrderAmendmentsParams = OperationParams<NonNullable<operations['getCmOrderAmendments']['parameters']['query']>, (typeof getCmOrderAmendmentsOperation)['params']>;
export type GetCmOrderAmendmentsResult = Decoded<operations['getCmOrderAmendments']['responses']['200']['content']['application/json'], (typeof getCmOrderAmendmentsOperation)['response']['fields']>;

/**
 * Query CM modify order history (TRADE) — `GET /papi/v1/cm/orderAmendment`.
 *
 * Lists the modifications (`PUT /papi/v1/cm/order`) of one CM order, newest first.
 *
 * Weight 1 (ORDER). Signed.
 * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Modify-Order-History
 */
export function getCmOrderAmendments(client: OperationCaller, params: GetCmOrderAmendmentsParams, options?: CallOptions): Promise<GetCmOrderAmendmentsResult> {
  return client.call(getCmOrderAmendmentsOperation, params, options) as Promise<GetCmOrderAmendmentsResult>;
}

export type GetCmForceOrdersParams = OperationParams<NonNullable<operations['getCmForceOrders']['parameters']['query']>, (typeof getCmForceOrdersOperation)['params']>;
export type GetCmForceOrdersResult = Decoded<operations['getCmForceOrders']['responses']['200']['content']['application/json'], (typeof getCmForceOrdersOperation)['response']['fields']>;

/**
 * Query user's CM force orders (USER_DATA) — `GET /papi/v1/cm/forceOrders`.
 *
 * Lists the liquidation and auto-deleveraging orders Binance placed on the CM positions. Without `startTime`, the 7 days before `endTime`.
 *
 * Weight 50 (IP); 20 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-CM-Force-Orders
 */
export function getCmForceOrders(client: OperationCaller, params?: GetCmForceOrdersParams, options?: CallOptions): Promise<GetCmForceOrdersResult> {
  return client.call(getCmForceOrdersOperation, params, options) as Promise<GetCmForceOrdersResult>;
}

export type NewCmConditionalOrderParams = OperationParams<NonNullable<operations['newCmConditionalOrder']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof newCmConditionalOrderOperation)['params']>;
export type NewCmConditionalOrderResult = Decoded<operations['newCmConditionalOrder']['responses']['200']['content']['application/json'], (typeof newCmConditionalOrderOperation)['response']['fields']>;

/**
 * New CM conditional order (TRADE) — `POST /papi/v1/cm/conditional/order`.
 *
 * Places a CM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`cm/order` history) that fills by the usual rules.
 *
 * Weight 1 (IP). Signed.
 * Rule (requiredWhen): The stop and take-profit types need `stopPrice` (-1102).
 * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `quantity` (-1102).
 * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
 * Rule (forbiddenWhen): `callbackRate` belongs to trailing stops (-1106).
 * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `price` (-1102).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-CM-Conditional-Order
 */
export function newCmConditionalOrder(client: OperationCaller, params: NewCmConditionalOrderParams, options?: CallOptions): Promise<NewCmConditionalOrderResult> {
  return client.call(newCmConditionalOrderOperation, params, options) as Promise<NewCmConditionalOrderResult>;
}

export type CancelCmConditionalOrderParams = OperationParams<NonNullable<operations['cancelCmConditionalOrder']['parameters']['query']>, (typeof cancelCmConditionalOrderOperation)['params']>;
export type CancelCmConditionalOrderResult = Decoded<operations['cancelCmConditionalOrder']['responses']['200']['content']['application/json'], (typeof cancelCmConditionalOrderOperation)['response']['fields']>;

/**
 * Cancel CM conditional order (TRADE) — `DELETE /papi/v1/cm/conditional/order`.
 *
 * Cancels one CM conditional order that has not triggered.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-CM-Conditional-Order
 */
export function cancelCmConditionalOrder(client: OperationCaller, params: CancelCmConditionalOrderParams, options?: CallOptions): Promise<CancelCmConditionalOrderResult> {
  return client.call(cancelCmConditionalOrderOperation, params, options) as Promise<CancelCmConditionalOrderResult>;
}

export type GetCmOpenConditionalOrderParams = OperationParams<NonNullable<operations['getCmOpenConditionalOrder']['parameters']['query']>, (typeof getCmOpenConditionalOrderOperation)['params']>;
export type GetCmOpenConditionalOrderResult = Decoded<operations['getCmOpenConditionalOrder']['responses']['200']['content']['application/json'], (typeof getCmOpenConditionalOrderOperation)['response']['fields']>;

/**
 * Query current CM open conditional order (USER_DATA) — `GET /papi/v1/cm/conditional/openOrder`.
 *
 * Looks up one CM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-CM-Open-Conditional-Order
 */
export function getCmOpenConditionalOrder(client: OperationCaller, params: GetCmOpenConditionalOrderParams, options?: CallOptions): Promise<GetCmOpenConditionalOrderResult> {
  return client.call(getCmOpenConditionalOrderOperation, params, options) as Promise<GetCmOpenConditionalOrderResult>;
}

export type GetCmOpenConditionalOrdersParams = OperationParams<NonNullable<operations['getCmOpenConditionalOrders']['parameters']['query']>, (typeof getCmOpenConditionalOrdersOperation)['params']>;
export type GetCmOpenConditionalOrdersResult = Decoded<operations['getCmOpenConditionalOrders']['responses']['200']['content']['application/json'], (typeof getCmOpenConditionalOrdersOperation)['response']['fields']>;

/**
 * Query all current CM open conditional orders (USER_DATA) — `GET /papi/v1/cm/conditional/openOrders`.
 *
 * Lists the waiting CM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-CM-Open-Conditional-Orders
 */
export function getCmOpenConditionalOrders(client: OperationCaller, params?: GetCmOpenConditionalOrdersParams, options?: CallOptions): Promise<GetCmOpenConditionalOrdersResult> {
  return client.call(getCmOpenConditionalOrdersOperation, params, options) as Promise<GetCmOpenConditionalOrdersResult>;
}

export type GetCmConditionalOrderHistoryParams = OperationParams<NonNullable<operations['getCmConditionalOrderHistory']['parameters']['query']>, (typeof getCmConditionalOrderHistoryOperation)['params']>;
export type GetCmConditionalOrderHistoryResult = Decoded<operations['getCmConditionalOrderHistory']['responses']['200']['content']['application/json'], (typeof getCmConditionalOrderHistoryOperation)['response']['fields']>;

/**
 * Query CM conditional order history (USER_DATA) — `GET /papi/v1/cm/conditional/orderHistory`.
 *
 * Looks up one CM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
 *
 * Weight 1 (IP). Signed.
 * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Conditional-Order-History
 */
export function getCmConditionalOrderHistory(client: OperationCaller, params: GetCmConditionalOrderHistoryParams, options?: CallOptions): Promise<GetCmConditionalOrderHistoryResult> {
  return client.call(getCmConditionalOrderHistoryOperation, params, options) as Promise<GetCmConditionalOrderHistoryResult>;
}

export type GetCmAllConditionalOrdersParams = OperationParams<NonNullable<operations['getCmAllConditionalOrders']['parameters']['query']>, (typeof getCmAllConditionalOrdersOperation)['params']>;
export type GetCmAllConditionalOrdersResult = Decoded<operations['getCmAllConditionalOrders']['responses']['200']['content']['application/json'], (typeof getCmAllConditionalOrdersOperation)['response']['fields']>;

/**
 * Query all CM conditional orders (USER_DATA) — `GET /papi/v1/cm/conditional/allOrders`.
 *
 * Lists the CM conditional orders, waiting or not, of one symbol or (weight 40) all.
 *
 * Weight 40 (IP); 1 when symbol is sent. Signed.
 * Rule (maxInterval): At most 7 days between the times (-1127); default the last 7 days.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-CM-Conditional-Orders
 */
export function getCmAllConditionalOrders(client: OperationCaller, params?: GetCmAllConditionalOrdersParams, options?: CallOptions): Promise<GetCmAllConditionalOrdersResult> {
  return client.call(getCmAllConditionalOrdersOperation, params, options) as Promise<GetCmAllConditionalOrdersResult>;
}

export type CancelCmAllOpenConditionalOrdersParams = OperationParams<NonNullable<operations['cancelCmAllOpenConditionalOrders']['parameters']['query']>, (typeof cancelCmAllOpenConditionalOrdersOperation)['params']>;
export type CancelCmAllOpenConditionalOrdersResult = Decoded<operations['cancelCmAllOpenConditionalOrders']['responses']['200']['content']['application/json'], (typeof cancelCmAllOpenConditionalOrdersOperation)['response']['fields']>;

/**
 * Cancel all CM open conditional orders (TRADE) — `DELETE /papi/v1/cm/conditional/allOpenOrders`.
 *
 * Cancels every waiting CM conditional order of one symbol.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-CM-Open-Conditional-Orders
 */
export function cancelCmAllOpenConditionalOrders(client: OperationCaller, params: CancelCmAllOpenConditionalOrdersParams, options?: CallOptions): Promise<CancelCmAllOpenConditionalOrdersResult> {
  return client.call(cancelCmAllOpenConditionalOrdersOperation, params, options) as Promise<CancelCmAllOpenConditionalOrdersResult>;
}

export type GetCmPositionRiskParams = OperationParams<NonNullable<operations['getCmPositionRisk']['parameters']['query']>, (typeof getCmPositionRiskOperation)['params']>;
export type GetCmPositionRiskResult = Decoded<operations['getCmPositionRisk']['responses']['200']['content']['application/json'], (typeof getCmPositionRiskOperation)['response']['fields']>;

/**
 * Query CM position information (USER_DATA) — `GET /papi/v1/cm/positionRisk`.
 *
 * The CM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
 *
 * Weight 1 (IP). Signed.
 * Rule (exclusive): Send `marginAsset` or `pair`, not both (-1128).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-CM-Position-Information
 */
export function getCmPositionRisk(client: OperationCaller, params?: GetCmPositionRiskParams, options?: CallOptions): Promise<GetCmPositionRiskResult> {
  return client.call(getCmPositionRiskOperation, params, options) as Promise<GetCmPositionRiskResult>;
}

export type ChangeCmInitialLeverageParams = OperationParams<NonNullable<operations['changeCmInitialLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeCmInitialLeverageOperation)['params']>;
export type ChangeCmInitialLeverageResult = Decoded<operations['changeCmInitialLeverage']['responses']['200']['content']['application/json'], (typeof changeCmInitialLeverageOperation)['response']['fields']>;

/**
 * Change CM initial leverage (TRADE) — `POST /papi/v1/cm/leverage`.
 *
 * Sets the initial leverage of one CM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-CM-Initial-Leverage
 */
export function changeCmInitialLeverage(client: OperationCaller, params: ChangeCmInitialLeverageParams, options?: CallOptions): Promise<ChangeCmInitialLeverageResult> {
  return client.call(changeCmInitialLeverageOperation, params, options) as Promise<ChangeCmInitialLeverageResult>;
}

export type GetCmPositionModeParams = OperationParams<NonNullable<operations['getCmPositionMode']['parameters']['query']>, (typeof getCmPositionModeOperation)['params']>;
export type GetCmPositionModeResult = Decoded<operations['getCmPositionMode']['responses']['200']['content']['application/json'], (typeof getCmPositionModeOperation)['response']['fields']>;

/**
 * Get CM current position mode (USER_DATA) — `GET /papi/v1/cm/positionSide/dual`.
 *
 * Whether the CM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Current-Position-Mode
 */
export function getCmPositionMode(client: OperationCaller, params?: GetCmPositionModeParams, options?: CallOptions): Promise<GetCmPositionModeResult> {
  return client.call(getCmPositionModeOperation, params, options) as Promise<GetCmPositionModeResult>;
}

export type ChangeCmPositionModeParams = OperationParams<NonNullable<operations['changeCmPositionMode']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeCmPositionModeOperation)['params']>;
export type ChangeCmPositionModeResult = Decoded<operations['changeCmPositionMode']['responses']['200']['content']['application/json'], (typeof changeCmPositionModeOperation)['response']['fields']>;

/**
 * Change CM position mode (TRADE) — `POST /papi/v1/cm/positionSide/dual`.
 *
 * Switches every CM symbol between hedge mode and one-way mode. Refused while any CM position is open (-4068) or any CM order is open (-4067), and when the account is already in that mode (-4059).
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-CM-Position-Mode
 */
export function changeCmPositionMode(client: OperationCaller, params: ChangeCmPositionModeParams, options?: CallOptions): Promise<ChangeCmPositionModeResult> {
  return client.call(changeCmPositionModeOperation, params, options) as Promise<ChangeCmPositionModeResult>;
}

export type GetCmAdlQuantileParams = OperationParams<NonNullable<operations['getCmAdlQuantile']['parameters']['query']>, (typeof getCmAdlQuantileOperation)['params']>;
export type GetCmAdlQuantileResult = Decoded<operations['getCmAdlQuantile']['responses']['200']['content']['application/json'], (typeof getCmAdlQuantileOperation)['response']['fields']>;

/**
 * CM position ADL quantile estimation (USER_DATA) — `GET /papi/v1/cm/adlQuantile`.
 *
 * Estimated auto-deleveraging queue position (0 to 4) of the CM positions; Binance updates it every 30 seconds.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/CM-Position-ADL-Quantile-Estimation
 */
export function getCmAdlQuantile(client: OperationCaller, params?: GetCmAdlQuantileParams, options?: CallOptions): Promise<GetCmAdlQuantileResult> {
  return client.call(getCmAdlQuantileOperation, params, options) as Promise<GetCmAdlQuantileResult>;
}

export type GetUmAccountParams = OperationParams<NonNullable<operations['getUmAccount']['parameters']['query']>, (typeof getUmAccountOperation)['params']>;
export type GetUmAccountResult = Decoded<operations['getUmAccount']['responses']['200']['content']['application/json'], (typeof getUmAccountOperation)['response']['fields']>;

/**
 * Get UM account detail (USER_DATA) — `GET /papi/v1/um/account`.
 *
 * The UM side of the unified account: per margin asset (USDT, USDC) the UM wallet balance, the unrealized profit and the margin the positions and open orders need, and a row for every UM symbol's position (`BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode), open or not. `GET /papi/v2/um/account` is the lighter version that lists only symbols with a position or an open order.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Account-Detail
 */
export function getUmAccount(client: OperationCaller, params?: GetUmAccountParams, options?: CallOptions): Promise<GetUmAccountResult> {
  return client.call(getUmAccountOperation, params, options) as Promise<GetUmAccountResult>;
}

export type GetUmAccountV2Params = OperationParams<NonNullable<operations['getUmAccountV2']['parameters']['query']>, (typeof getUmAccountV2Operation)['params']>;
export type GetUmAccountV2Result = Decoded<operations['getUmAccountV2']['responses']['200']['content']['application/json'], (typeof getUmAccountV2Operation)['response']['fields']>;

/**
 * Get UM account detail V2 (USER_DATA) — `GET /papi/v2/um/account`.
 *
 * Version 2 of `GET /papi/v1/um/account` (added 2024-08-23): the same UM assets, and a lighter position row (size, side, margin, unrealized profit and signed notional) for the symbols with a position or an open order only, instead of every UM symbol.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Account-Detail-V2
 */
export function getUmAccountV2(client: OperationCaller, params?: GetUmAccountV2Params, options?: CallOptions): Promise<GetUmAccountV2Result> {
  return client.call(getUmAccountV2Operation, params, options) as Promise<GetUmAccountV2Result>;
}

export type GetUmAccountConfigParams = OperationParams<NonNullable<operations['getUmAccountConfig']['parameters']['query']>, (typeof getUmAccountConfigOperation)['params']>;
export type GetUmAccountConfigResult = Decoded<operations['getUmAccountConfig']['responses']['200']['content']['application/json'], (typeof getUmAccountConfigOperation)['response']['fields']>;

/**
 * UM futures account configuration (USER_DATA) — `GET /papi/v1/um/accountConfig`.
 *
 * The UM futures configuration of the account (added 2024-08-23) — commission tier, whether it may trade, deposit and withdraw, and its position mode.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Account-Config
 */
export function getUmAccountConfig(client: OperationCaller, params?: GetUmAccountConfigParams, options?: CallOptions): Promise<GetUmAccountConfigResult> {
  return client.call(getUmAccountConfigOperation, params, options) as Promise<GetUmAccountConfigResult>;
}

export type GetUmSymbolConfigParams = OperationParams<NonNullable<operations['getUmSymbolConfig']['parameters']['query']>, (typeof getUmSymbolConfigOperation)['params']>;
export type GetUmSymbolConfigResult = Decoded<operations['getUmSymbolConfig']['responses']['200']['content']['application/json'], (typeof getUmSymbolConfigOperation)['response']['fields']>;

/**
 * UM futures symbol configuration (USER_DATA) — `GET /papi/v1/um/symbolConfig`.
 *
 * The account's configuration of each UM symbol, or of one (added 2024-08-23) — margin type, initial leverage and the largest notional it allows.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Symbol-Config
 */
export function getUmSymbolConfig(client: OperationCaller, params?: GetUmSymbolConfigParams, options?: CallOptions): Promise<GetUmSymbolConfigResult> {
  return client.call(getUmSymbolConfigOperation, params, options) as Promise<GetUmSymbolConfigResult>;
}

export type GetUmCommissionRateParams = OperationParams<NonNullable<operations['getUmCommissionRate']['parameters']['query']>, (typeof getUmCommissionRateOperation)['params']>;
export type GetUmCommissionRateResult = Decoded<operations['getUmCommissionRate']['responses']['200']['content']['application/json'], (typeof getUmCommissionRateOperation)['response']['fields']>;

/**
 * Get user commission rate for UM (USER_DATA) — `GET /papi/v1/um/commissionRate`.
 *
 * The maker and taker commission rates the account pays on one UM symbol, as fractions of the fill's value (charged in the symbol's margin asset, or in BNB at a discount while `POST /papi/v1/um/feeBurn` is on).
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-User-Commission-Rate-for-UM
 */
export function getUmCommissionRate(client: OperationCaller, params: GetUmCommissionRateParams, options?: CallOptions): Promise<GetUmCommissionRateResult> {
  return client.call(getUmCommissionRateOperation, params, options) as Promise<GetUmCommissionRateResult>;
}

export type GetUmLeverageBracketsParams = OperationParams<NonNullable<operations['getUmLeverageBrackets']['parameters']['query']>, (typeof getUmLeverageBracketsOperation)['params']>;
export type GetUmLeverageBracketsResult = Decoded<operations['getUmLeverageBrackets']['responses']['200']['content']['application/json'], (typeof getUmLeverageBracketsOperation)['response']['fields']>;

/**
 * UM notional and leverage brackets (USER_DATA) — `GET /papi/v1/um/leverageBracket`.
 *
 * The notional brackets of every UM symbol, or of one: for each bracket the highest initial leverage, the notional range and the maintenance margin rate. They bound `POST /papi/v1/um/leverage` (a leverage above the bracket the position's notional falls in answers -4028) and set the maintenance margin of `GET /papi/v1/account`.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/UM-Notional-and-Leverage-Brackets
 */
export function getUmLeverageBrackets(client: OperationCaller, params?: GetUmLeverageBracketsParams, options?: CallOptions): Promise<GetUmLeverageBracketsResult> {
  return client.call(getUmLeverageBracketsOperation, params, options) as Promise<GetUmLeverageBracketsResult>;
}

export type GetUmApiTradingStatusParams = OperationParams<NonNullable<operations['getUmApiTradingStatus']['parameters']['query']>, (typeof getUmApiTradingStatusOperation)['params']>;
export type GetUmApiTradingStatusResult = Decoded<operations['getUmApiTradingStatus']['responses']['200']['content']['application/json'], (typeof getUmApiTradingStatusOperation)['response']['fields']>;

/**
 * Portfolio Margin UM trading quantitative rules indicators (USER_DATA) — `GET /papi/v1/um/apiTradingStatus`.
 *
 * The account's UM quantitative trading rule indicators — unfilled ratio (UFR), IOC/FOK expiration ratio (IFER), GTC cancellation ratio (GCR) and dust ratio (DR) per symbol, and too-many-violations (TMV) under `ACCOUNT` — each with its trigger value and whether it locks trading. `indicators` is empty when there is nothing to report.
 *
 * Weight 10 (IP); 1 when symbol is sent. Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Portfolio-Margin-UM-Trading-Quantitative-Rules-Indicators
 */
export function getUmApiTradingStatus(client: OperationCaller, params?: GetUmApiTradingStatusParams, options?: CallOptions): Promise<GetUmApiTradingStatusResult> {
  return client.call(getUmApiTradingStatusOperation, params, options) as Promise<GetUmApiTradingStatusResult>;
}

export type GetUmFeeBurnParams = OperationParams<NonNullable<operations['getUmFeeBurn']['parameters']['query']>, (typeof getUmFeeBurnOperation)['params']>;
export type GetUmFeeBurnResult = Decoded<operations['getUmFeeBurn']['responses']['200']['content']['application/json'], (typeof getUmFeeBurnOperation)['response']['fields']>;

/**
 * Get UM futures BNB burn status (USER_DATA) — `GET /papi/v1/um/feeBurn`.
 *
 * Whether UM commissions are paid in BNB at a discount ("Fee Discount On") on every UM symbol. Off unless turned on with `POST /papi/v1/um/feeBurn`.
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Get-UM-Futures-BNB-Burn-Status
 */
export function getUmFeeBurn(client: OperationCaller, params?: GetUmFeeBurnParams, options?: CallOptions): Promise<GetUmFeeBurnResult> {
  return client.call(getUmFeeBurnOperation, params, options) as Promise<GetUmFeeBurnResult>;
}

export type ChangeUmFeeBurnParams = OperationParams<NonNullable<operations['changeUmFeeBurn']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeUmFeeBurnOperation)['params']>;
export type ChangeUmFeeBurnResult = Decoded<operations['changeUmFeeBurn']['responses']['200']['content']['application/json'], (typeof changeUmFeeBurnOperation)['response']['fields']>;

/**
 * Toggle BNB burn on UM futures trade (TRADE) — `POST /papi/v1/um/feeBurn`.
 *
 * Turns the UM BNB fee discount on or off on every UM symbol. While it is on, each UM fill's commission is charged in BNB from the UM wallet — converted at the BNB price, less the discount — when the UM wallet holds enough BNB, and in the margin asset otherwise. BNB reaches the UM wallet only through `POST /papi/v1/bnb-transfer` (the fund collections leave it alone).
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Toggle-BNB-Burn-On-UM-Futures-Trade
 */
export function changeUmFeeBurn(client: OperationCaller, params: ChangeUmFeeBurnParams, options?: CallOptions): Promise<ChangeUmFeeBurnResult> {
  return client.call(changeUmFeeBurnOperation, params, options) as Promise<ChangeUmFeeBurnResult>;
}

export type GetUmIncomeParams = OperationParams<NonNullable<operations['getUmIncome']['parameters']['query']>, (typeof getUmIncomeOperation)['params']>;
export type GetUmIncomeResult = Decoded<operations['getUmIncome']['responses']['200']['content']['application/json'], (typeof getUmIncomeOperation)['response']['fields']>;

/**
 * Get UM income history (USER_DATA) — `GET /papi/v1/um/income`.
 *
 * The movements of the UM futures wallets — realized profit, commission, funding fees, transfers — oldest first. Without `startTime` and `endTime` the last 7 days; history reaches back three months. `tranId` is unique within one `incomeType` only, and both `tranId` and `tradeId` are digit strings on the wire.
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Income-History
 */
export function getUmIncome(client: OperationCaller, params?: GetUmIncomeParams, options?: CallOptions): Promise<GetUmIncomeResult> {
  return client.call(getUmIncomeOperation, params, options) as Promise<GetUmIncomeResult>;
}

export type GetUmIncomeDownloadIdParams = OperationParams<NonNullable<operations['getUmIncomeDownloadId']['parameters']['query']>, (typeof getUmIncomeDownloadIdOperation)['params']>;
export type GetUmIncomeDownloadIdResult = Decoded<operations['getUmIncomeDownloadId']['responses']['200']['content']['application/json'], (typeof getUmIncomeDownloadIdOperation)['response']['fields']>;

/**
 * Get download id for UM futures transaction (income) history (USER_DATA) — `GET /papi/v1/um/income/asyn`.
 *
 * Asks for a CSV file of the account's UM futures transaction (income) history between `startTime` and `endTime` (at most one year apart) — the UM income rows of `GET /papi/v1/um/income` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/income/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
 *
 * Weight 1500 (IP). Signed.
 * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Transaction-History
 */
export function getUmIncomeDownloadId(client: OperationCaller, params: GetUmIncomeDownloadIdParams, options?: CallOptions): Promise<GetUmIncomeDownloadIdResult> {
  return client.call(getUmIncomeDownloadIdOperation, params, options) as Promise<GetUmIncomeDownloadIdResult>;
}

export type GetUmIncomeDownloadLinkParams = OperationParams<NonNullable<operations['getUmIncomeDownloadLink']['parameters']['query']>, (typeof getUmIncomeDownloadLinkOperation)['params']>;
export type GetUmIncomeDownloadLinkResult = Decoded<operations['getUmIncomeDownloadLink']['responses']['200']['content']['application/json'], (typeof getUmIncomeDownloadLinkOperation)['response']['fields']>;

/**
 * Get UM futures income download link by id (USER_DATA) — `GET /papi/v1/um/income/asyn/id`.
 *
 * The state of a UM futures transaction (income) history download requested with `GET /papi/v1/um/income/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Transaction-Download-Link-by-Id
 */
export function getUmIncomeDownloadLink(client: OperationCaller, params: GetUmIncomeDownloadLinkParams, options?: CallOptions): Promise<GetUmIncomeDownloadLinkResult> {
  return client.call(getUmIncomeDownloadLinkOperation, params, options) as Promise<GetUmIncomeDownloadLinkResult>;
}

export type GetUmOrderDownloadIdParams = OperationParams<NonNullable<operations['getUmOrderDownloadId']['parameters']['query']>, (typeof getUmOrderDownloadIdOperation)['params']>;
export type GetUmOrderDownloadIdResult = Decoded<operations['getUmOrderDownloadId']['responses']['200']['content']['application/json'], (typeof getUmOrderDownloadIdOperation)['response']['fields']>;

/**
 * Get download id for UM futures order history (USER_DATA) — `GET /papi/v1/um/order/asyn`.
 *
 * Asks for a CSV file of the account's UM futures order history between `startTime` and `endTime` (at most one year apart) — the UM orders of `GET /papi/v1/um/allOrders` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/order/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
 *
 * Weight 1500 (IP). Signed.
 * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Order-History
 */
export function getUmOrderDownloadId(client: OperationCaller, params: GetUmOrderDownloadIdParams, options?: CallOptions): Promise<GetUmOrderDownloadIdResult> {
  return client.call(getUmOrderDownloadIdOperation, params, options) as Promise<GetUmOrderDownloadIdResult>;
}

export type GetUmOrderDownloadLinkParams = OperationParams<NonNullable<operations['getUmOrderDownloadLink']['parameters']['query']>, (typeof getUmOrderDownloadLinkOperation)['params']>;
export type GetUmOrderDownloadLinkResult = Decoded<operations['getUmOrderDownloadLink']['responses']['200']['content']['application/json'], (typeof getUmOrderDownloadLinkOperation)['response']['fields']>;

/**
 * Get UM futures order download link by id (USER_DATA) — `GET /papi/v1/um/order/asyn/id`.
 *
 * The state of a UM futures order history download requested with `GET /papi/v1/um/order/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Order-Download-Link-by-Id
 */
export function getUmOrderDownloadLink(client: OperationCaller, params: GetUmOrderDownloadLinkParams, options?: CallOptions): Promise<GetUmOrderDownloadLinkResult> {
  return client.call(getUmOrderDownloadLinkOperation, params, options) as Promise<GetUmOrderDownloadLinkResult>;
}

export type GetUmTradeDownloadIdParams = OperationParams<NonNullable<operations['getUmTradeDownloadId']['parameters']['query']>, (typeof getUmTradeDownloadIdOperation)['params']>;
export type GetUmTradeDownloadIdResult = Decoded<operations['getUmTradeDownloadId']['responses']['200']['content']['application/json'], (typeof getUmTradeDownloadIdOperation)['response']['fields']>;

/**
 * Get download id for UM futures trade history (USER_DATA) — `GET /papi/v1/um/trade/asyn`.
 *
 * Asks for a CSV file of the account's UM futures trade history between `startTime` and `endTime` (at most one year apart) — the UM trades of `GET /papi/v1/um/userTrades` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/trade/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
 *
 * Weight 1500 (IP). Signed.
 * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Trade-History
 */
export function getUmTradeDownloadId(client: OperationCaller, params: GetUmTradeDownloadIdParams, options?: CallOptions): Promise<GetUmTradeDownloadIdResult> {
  return client.call(getUmTradeDownloadIdOperation, params, options) as Promise<GetUmTradeDownloadIdResult>;
}

export type GetUmTradeDownloadLinkParams = OperationParams<NonNullable<operations['getUmTradeDownloadLink']['parameters']['query']>, (typeof getUmTradeDownloadLinkOperation)['params']>;
export type GetUmTradeDownloadLinkResult = Decoded<operations['getUmTradeDownloadLink']['responses']['200']['content']['application/json'], (typeof getUmTradeDownloadLinkOperation)['response']['fields']>;

/**
 * Get UM futures trade download link by id (USER_DATA) — `GET /papi/v1/um/trade/asyn/id`.
 *
 * The state of a UM futures trade history download requested with `GET /papi/v1/um/trade/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
 *
 * Weight 10 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Trade-Download-Link-by-Id
 */
export function getUmTradeDownloadLink(client: OperationCaller, params: GetUmTradeDownloadLinkParams, options?: CallOptions): Promise<GetUmTradeDownloadLinkResult> {
  return client.call(getUmTradeDownloadLinkOperation, params, options) as Promise<GetUmTradeDownloadLinkResult>;
}

export type SignUmTradFiPerpsContractParams = OperationParams<NonNullable<operations['signUmTradFiPerpsContract']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof signUmTradFiPerpsContractOperation)['params']>;
export type SignUmTradFiPerpsContractResult = Decoded<operations['signUmTradFiPerpsContract']['responses']['200']['content']['application/json'], (typeof signUmTradFiPerpsContractOperation)['response']['fields']>;

/**
 * Futures TradFi perps contract (USER_DATA) — `POST /papi/v1/um/stock/contract`.
 *
 * Signs the agreement for UM TradFi perpetuals (perpetual contracts on traditional-finance underlyings) for the account. Binance has no documentation page for this endpoint; its official connector (`futuresTradfiPerpsContract`) is the only source: no parameters besides `timestamp` and `recvWindow`, weight 5, answer `{code: 200, msg: "success"}`. Signing again is harmless and answers the same.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#futures-tradfi-perps-contract
 */
export function signUmTradFiPerpsContract(client: OperationCaller, params?: SignUmTradFiPerpsContractParams, options?: CallOptions): Promise<SignUmTradFiPerpsContractResult> {
  return client.call(signUmTradFiPerpsContractOperation, params, options) as Promise<SignUmTradFiPerpsContractResult>;
}

export type GetCmAccountParams = OperationParams<NonNullable<operations['getCmAccount']['parameters']['query']>, (typeof getCmAccountOperation)['params']>;
export type GetCmAccountResult = Decoded<operations['getCmAccount']['responses']['200']['content']['application/json'], (typeof getCmAccountOperation)['response']['fields']>;

/**
 * Get CM account detail (USER_DATA) — `GET /papi/v1/cm/account`.
 *
 * The CM side of the unified account: per coin (BTC, ETH) the CM wallet balance, the unrealized profit and the margin of the coin-margined positions and open orders, all in the coin, and a row for every CM symbol's position. The wallet balance is the `cmWalletBalance` of `GET /papi/v1/balance` for the same coin.
 *
 * Weight 5 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Account-Detail
 */
export function getCmAccount(client: OperationCaller, params?: GetCmAccountParams, options?: CallOptions): Promise<GetCmAccountResult> {
  return client.call(getCmAccountOperation, params, options) as Promise<GetCmAccountResult>;
}

export type GetCmCommissionRateParams = OperationParams<NonNullable<operations['getCmCommissionRate']['parameters']['query']>, (typeof getCmCommissionRateOperation)['params']>;
export type GetCmCommissionRateResult = Decoded<operations['getCmCommissionRate']['responses']['200']['content']['application/json'], (typeof getCmCommissionRateOperation)['response']['fields']>;

/**
 * Get user commission rate for CM (USER_DATA) — `GET /papi/v1/cm/commissionRate`.
 *
 * The maker and taker commission rates the account pays on one CM symbol, as fractions of the fill's value (charged in the symbol's margin asset).
 *
 * Weight 20 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-User-Commission-Rate-for-CM
 */
export function getCmCommissionRate(client: OperationCaller, params: GetCmCommissionRateParams, options?: CallOptions): Promise<GetCmCommissionRateResult> {
  return client.call(getCmCommissionRateOperation, params, options) as Promise<GetCmCommissionRateResult>;
}

export type GetCmLeverageBracketsParams = OperationParams<NonNullable<operations['getCmLeverageBrackets']['parameters']['query']>, (typeof getCmLeverageBracketsOperation)['params']>;
export type GetCmLeverageBracketsResult = Decoded<operations['getCmLeverageBrackets']['responses']['200']['content']['application/json'], (typeof getCmLeverageBracketsOperation)['response']['fields']>;

/**
 * CM notional and leverage brackets (USER_DATA) — `GET /papi/v1/cm/leverageBracket`.
 *
 * The brackets of every CM symbol, or of one, bounded by the position's value in the coin (`qtyCap`, `qtyFloor`): the highest initial leverage and the maintenance margin rate of each. The figures are bare JSON numbers on the wire.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/CM-Notional-and-Leverage-Brackets
 */
export function getCmLeverageBrackets(client: OperationCaller, params?: GetCmLeverageBracketsParams, options?: CallOptions): Promise<GetCmLeverageBracketsResult> {
  return client.call(getCmLeverageBracketsOperation, params, options) as Promise<GetCmLeverageBracketsResult>;
}

export type GetCmIncomeParams = OperationParams<NonNullable<operations['getCmIncome']['parameters']['query']>, (typeof getCmIncomeOperation)['params']>;
export type GetCmIncomeResult = Decoded<operations['getCmIncome']['responses']['200']['content']['application/json'], (typeof getCmIncomeOperation)['response']['fields']>;

/**
 * Get CM income history (USER_DATA) — `GET /papi/v1/cm/income`.
 *
 * The movements of the CM futures wallets (in the coin), oldest first. At most 200 days between `startTime` and `endTime`; without them the last 200 days. `tranId` is unique within one `incomeType` only; `tranId` and `tradeId` are digit strings on the wire.
 *
 * Weight 30 (IP). Signed.
 * Rule (maxInterval): At most 200 days between `startTime` and `endTime` (-1127); without them the last 200 days.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Income-History
 */
export function getCmIncome(client: OperationCaller, params?: GetCmIncomeParams, options?: CallOptions): Promise<GetCmIncomeResult> {
  return client.call(getCmIncomeOperation, params, options) as Promise<GetCmIncomeResult>;
}

export type CollectFundsByAssetParams = OperationParams<NonNullable<operations['collectFundsByAsset']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof collectFundsByAssetOperation)['params']>;
export type CollectFundsByAssetResult = Decoded<operations['collectFundsByAsset']['responses']['200']['content']['application/json'], (typeof collectFundsByAssetOperation)['response']['fields']>;

/**
 * Fund collection by asset (TRADE) — `POST /papi/v1/asset-collection`.
 *
 * Moves one asset's UM and CM futures wallet balances into the margin wallet (its free balance), where it can repay loans or be transferred out. Only positive futures balances move; equity and `uniMMR` do not change (the account is unified). BNB cannot be collected this way (-3005): move it with `POST /papi/v1/bnb-transfer`. Each move appears as a `TRANSFER` row in `GET /papi/v1/um/income` or `GET /papi/v1/cm/income`.
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Fund-Collection-by-Asset
 */
export function collectFundsByAsset(client: OperationCaller, params: CollectFundsByAssetParams, options?: CallOptions): Promise<CollectFundsByAssetResult> {
  return client.call(collectFundsByAssetOperation, params, options) as Promise<CollectFundsByAssetResult>;
}

export type AutoCollectFundsParams = OperationParams<NonNullable<operations['autoCollectFunds']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof autoCollectFundsOperation)['params']>;
export type AutoCollectFundsResult = Decoded<operations['autoCollectFunds']['responses']['200']['content']['application/json'], (typeof autoCollectFundsOperation)['response']['fields']>;

/**
 * Fund auto-collection (TRADE) — `POST /papi/v1/auto-collection`.
 *
 * Moves every asset's positive UM and CM futures wallet balance — except BNB, which stays in the UM wallet — into the margin wallet, as `POST /papi/v1/asset-collection` does for one asset. Binance allows it 500 times per hour, in a rolling window.
 *
 * Weight 750 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Fund-Auto-collection
 */
export function autoCollectFunds(client: OperationCaller, params?: AutoCollectFundsParams, options?: CallOptions): Promise<AutoCollectFundsResult> {
  return client.call(autoCollectFundsOperation, params, options) as Promise<AutoCollectFundsResult>;
}

export type TransferBnbParams = OperationParams<NonNullable<operations['transferBnb']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof transferBnbOperation)['params']>;
export type TransferBnbResult = Decoded<operations['transferBnb']['responses']['200']['content']['application/json'], (typeof transferBnbOperation)['response']['fields']>;

/**
 * BNB transfer (TRADE) — `POST /papi/v1/bnb-transfer`.
 *
 * Moves BNB between the margin wallet and the UM futures wallet: `TO_UM` from the margin wallet's free BNB into the UM wallet (where the UM BNB fee discount of `POST /papi/v1/um/feeBurn` pays commissions from), `FROM_UM` back. More than the source holds answers -2018. The move appears as a `TRANSFER` row in `GET /papi/v1/um/income`. Binance allows 10 calls per 10 minutes, in a rolling window.
 *
 * Weight 750 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/BNB-transfer
 */
export function transferBnb(client: OperationCaller, params: TransferBnbParams, options?: CallOptions): Promise<TransferBnbResult> {
  return client.call(transferBnbOperation, params, options) as Promise<TransferBnbResult>;
}

export type RepayMarginDebtParams = OperationParams<NonNullable<operations['repayMarginDebt']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof repayMarginDebtOperation)['params']>;
export type RepayMarginDebtResult = Decoded<operations['repayMarginDebt']['responses']['200']['content']['application/json'], (typeof repayMarginDebtOperation)['response']['fields']>;

/**
 * Margin account repay debt (TRADE) — `POST /papi/v1/margin/repay-debt`.
 *
 * Repays a margin loan (interest first, then principal) with the account's free balances: the loan's own asset first — whether or not it is listed — then the assets of `specifyRepayAssets`, in order, exchanged at the market price. Without `amount` the whole loan is repaid if the assets suffice (-2018 otherwise, and nothing moves); with it, that amount. No loan, or an amount above it, answers -3015; more than 50 000 USD worth in one request -3010; an unknown asset in `specifyRepayAssets` -1108. Each repayment is recorded in `GET /papi/v1/margin/repayLoan`.
 *
 * Weight 3000 (ORDER). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Repay-Debt
 */
export function repayMarginDebt(client: OperationCaller, params: RepayMarginDebtParams, options?: CallOptions): Promise<RepayMarginDebtResult> {
  return client.call(repayMarginDebtOperation, params, options) as Promise<RepayMarginDebtResult>;
}

export type GetNegativeBalanceExchangeRecordsParams = OperationParams<NonNullable<operations['getNegativeBalanceExchangeRecords']['parameters']['query']>, (typeof getNegativeBalanceExchangeRecordsOperation)['params']>;
export type GetNegativeBalanceExchangeRecordsResult = Decoded<operations['getNegativeBalanceExchangeRecords']['responses']['200']['content']['application/json'], (typeof getNegativeBalanceExchangeRecordsOperation)['response']['fields']>;

/**
 * Query user negative balance auto exchange record (USER_DATA) — `GET /papi/v1/portfolio/negative-balance-exchange-record`.
 *
 * The automatic exchanges Binance made to cover the account's negative balances (when a futures wallet is negative beyond the allowed threshold and is not repaid), newest first. `startTime` and `endTime` are mandatory and at most three months apart.
 *
 * Weight 100 (IP). Signed.
 * Rule (maxInterval): At most three months between `startTime` and `endTime` (modelled as 90 days; -1127).
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-User-Negative-Balance-Auto-Exchange-Record
 */
export function getNegativeBalanceExchangeRecords(client: OperationCaller, params: GetNegativeBalanceExchangeRecordsParams, options?: CallOptions): Promise<GetNegativeBalanceExchangeRecordsResult> {
  return client.call(getNegativeBalanceExchangeRecordsOperation, params, options) as Promise<GetNegativeBalanceExchangeRecordsResult>;
}

export type GetOrderRateLimitParams = OperationParams<NonNullable<operations['getOrderRateLimit']['parameters']['query']>, (typeof getOrderRateLimitOperation)['params']>;
export type GetOrderRateLimitResult = Decoded<operations['getOrderRateLimit']['responses']['200']['content']['application/json'], (typeof getOrderRateLimitOperation)['response']['fields']>;

/**
 * Query user rate limit (USER_DATA) — `GET /papi/v1/rateLimit/order`.
 *
 * The account's order-count limiters: Portfolio Margin allows 1200 orders per minute per account (every order-placing call counts, rejected ones may not). The current usage is also in the `X-MBX-ORDER-COUNT-1M` header of every order answer.
 *
 * Weight 1 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-User-Rate-Limit
 */
export function getOrderRateLimit(client: OperationCaller, params?: GetOrderRateLimitParams, options?: CallOptions): Promise<GetOrderRateLimitResult> {
  return client.call(getOrderRateLimitOperation, params, options) as Promise<GetOrderRateLimitResult>;
}

export type RepayFuturesNegativeBalanceParams = OperationParams<NonNullable<operations['repayFuturesNegativeBalance']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof repayFuturesNegativeBalanceOperation)['params']>;
export type RepayFuturesNegativeBalanceResult = Decoded<operations['repayFuturesNegativeBalance']['responses']['200']['content']['application/json'], (typeof repayFuturesNegativeBalanceOperation)['response']['fields']>;

/**
 * Repay futures negative balance (USER_DATA) — `POST /papi/v1/repay-futures-negative-balance`.
 *
 * Repays the negative UM and CM futures wallet balances (losses and fees beyond the wallet) from the margin wallet's free balance of the same asset, at once, whatever `GET /papi/v1/repay-futures-switch` says, as far as that balance goes. Answers -2018 when a negative balance exists but the margin wallet holds none of its asset to repay it with; with no negative balance it answers success and changes nothing. Each repayment appears as a `TRANSFER` row in the futures income history.
 *
 * Weight 750 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Repay-futures-Negative-Balance
 */
export function repayFuturesNegativeBalance(client: OperationCaller, params?: RepayFuturesNegativeBalanceParams, options?: CallOptions): Promise<RepayFuturesNegativeBalanceResult> {
  return client.call(repayFuturesNegativeBalanceOperation, params, options) as Promise<RepayFuturesNegativeBalanceResult>;
}

export type GetAutoRepayFuturesStatusParams = OperationParams<NonNullable<operations['getAutoRepayFuturesStatus']['parameters']['query']>, (typeof getAutoRepayFuturesStatusOperation)['params']>;
export type GetAutoRepayFuturesStatusResult = Decoded<operations['getAutoRepayFuturesStatus']['responses']['200']['content']['application/json'], (typeof getAutoRepayFuturesStatusOperation)['response']['fields']>;

/**
 * Get auto-repay-futures status (USER_DATA) — `GET /papi/v1/repay-futures-switch`.
 *
 * Whether negative UM/CM futures wallet balances are repaid automatically from the margin wallet (on by default).
 *
 * Weight 30 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Auto-repay-futures-Status
 */
export function getAutoRepayFuturesStatus(client: OperationCaller, params?: GetAutoRepayFuturesStatusParams, options?: CallOptions): Promise<GetAutoRepayFuturesStatusResult> {
  return client.call(getAutoRepayFuturesStatusOperation, params, options) as Promise<GetAutoRepayFuturesStatusResult>;
}

export type ChangeAutoRepayFuturesStatusParams = OperationParams<NonNullable<operations['changeAutoRepayFuturesStatus']['requestBody']>['content']['application/x-www-form-urlencoded'], (typeof changeAutoRepayFuturesStatusOperation)['params']>;
export type ChangeAutoRepayFuturesStatusResult = Decoded<operations['changeAutoRepayFuturesStatus']['responses']['200']['content']['application/json'], (typeof changeAutoRepayFuturesStatusOperation)['response']['fields']>;

/**
 * Change auto-repay-futures status (TRADE) — `POST /papi/v1/repay-futures-switch`.
 *
 * Turns the automatic repayment of negative futures balances on or off. While on (Binance's default), a UM or CM wallet that a fill, commission or funding fee leaves negative is repaid at once from the margin wallet's free balance of the same asset, as far as it goes; while off, negative balances stay until `POST /papi/v1/repay-futures-negative-balance` repays them. Turning it on repays what is negative now.
 *
 * Weight 750 (IP). Signed.
 * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-Auto-repay-futures-Status
 */
export function changeAutoRepayFuturesStatus(client: OperationCaller, params: ChangeAutoRepayFuturesStatusParams, options?: CallOptions): Promise<ChangeAutoRepayFuturesStatusResult> {
  return client.call(changeAutoRepayFuturesStatusOperation, params, options) as Promise<ChangeAutoRepayFuturesStatusResult>;
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
  /**
   * Query UM order (USER_DATA) — `GET /papi/v1/um/order`.
   *
   * Looks up one UM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Order
   */
  getUmOrder(params: GetUmOrderParams, options?: CallOptions): Promise<GetUmOrderResult>;
  /**
   * New UM order (TRADE) — `POST /papi/v1/um/order`.
   *
   * Places a USDⓈ-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in USDⓈ. `quantity` is in the base asset.
   *
   * Weight 1 (ORDER). Signed.
   * Rule (requiredWhen): `LIMIT` orders need `timeInForce` (-1102).
   * Rule (requiredWhen): Both order types need `quantity` (-1102).
   * Rule (forbiddenWhen): `MARKET` orders take no `price` (-1106).
   * Rule (forbiddenWhen): `priceMatch` applies to `LIMIT` orders only (-1106).
   * Rule (atLeastOne): `LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
   * Rule (exclusive): `price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing.
   * Rule (requiredWhen): `GTD` orders need `goodTillDate` (-1102).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade
   */
  newUmOrder(params: NewUmOrderParams, options?: CallOptions): Promise<NewUmOrderResult>;
  /**
   * Modify UM order (TRADE) — `PUT /papi/v1/um/order`.
   *
   * Changes the price and quantity of an open `LIMIT` UM order; the order loses its place in the queue. Every modification is recorded (`um/orderAmendment`).
   *
   * Weight 1 (ORDER). Signed.
   * Rule (atLeastOne): Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * Rule (exclusive): `priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Modify-UM-Order
   */
  modifyUmOrder(params: ModifyUmOrderParams, options?: CallOptions): Promise<ModifyUmOrderResult>;
  /**
   * Cancel UM order (TRADE) — `DELETE /papi/v1/um/order`.
   *
   * Cancels one open UM order, named by `orderId` or by its client id, and releases the margin it held.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-UM-Order
   */
  cancelUmOrder(params: CancelUmOrderParams, options?: CallOptions): Promise<CancelUmOrderResult>;
  /**
   * Query current UM open order (USER_DATA) — `GET /papi/v1/um/openOrder`.
   *
   * Looks up one UM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-UM-Open-Order
   */
  getUmOpenOrder(params: GetUmOpenOrderParams, options?: CallOptions): Promise<GetUmOpenOrderResult>;
  /**
   * Query all current UM open orders (USER_DATA) — `GET /papi/v1/um/openOrders`.
   *
   * Lists the open UM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-UM-Open-Orders
   */
  getUmOpenOrders(params?: GetUmOpenOrdersParams, options?: CallOptions): Promise<GetUmOpenOrdersResult>;
  /**
   * Query all UM orders (USER_DATA) — `GET /papi/v1/um/allOrders`.
   *
   * Lists the UM orders of one symbol, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
   *
   * Weight 5 (IP). Signed.
   * Rule (maxInterval): The window may not exceed 7 days (-1127); without times the last 7 days are listed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-UM-Orders
   */
  getUmAllOrders(params: GetUmAllOrdersParams, options?: CallOptions): Promise<GetUmAllOrdersResult>;
  /**
   * Cancel all UM open orders (TRADE) — `DELETE /papi/v1/um/allOpenOrders`.
   *
   * Cancels every open UM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-UM-Open-Orders
   */
  cancelUmAllOpenOrders(params: CancelUmAllOpenOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenOrdersResult>;
  /**
   * UM account trade list (USER_DATA) — `GET /papi/v1/um/userTrades`.
   *
   * Lists the UM trades of the account on one symbol, with the profit each realized and its commission.
   *
   * Weight 5 (IP). Signed.
   * Rule (exclusive): `fromId` cannot go with `startTime`/`endTime` (-1128).
   * Rule (maxInterval): At most 7 days between the times (-1127); without times the last 7 days.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/UM-Account-Trade-List
   */
  getUmTrades(params: GetUmTradesParams, options?: CallOptions): Promise<GetUmTradesResult>;
  /**
   * Query UM modify order history (TRADE) — `GET /papi/v1/um/orderAmendment`.
   *
   * Lists the modifications (`PUT /papi/v1/um/order`) of one UM order, newest first.
   *
   * Weight 1 (ORDER). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Modify-Order-History
   */
  getUmOrderAmendments(params: GetUmOrderAmendmentsParams, options?: CallOptions): Promise<GetUmOrderAmendmentsResult>;
  /**
   * Query user's UM force orders (USER_DATA) — `GET /papi/v1/um/forceOrders`.
   *
   * Lists the liquidation and auto-deleveraging orders Binance placed on the UM positions. Without `startTime`, the 7 days before `endTime`.
   *
   * Weight 50 (IP); 20 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-UM-Force-Orders
   */
  getUmForceOrders(params?: GetUmForceOrdersParams, options?: CallOptions): Promise<GetUmForceOrdersResult>;
  /**
   * New UM conditional order (TRADE) — `POST /papi/v1/um/conditional/order`.
   *
   * Places a UM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`um/order` history) that fills by the usual rules.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): The stop and take-profit types need `stopPrice` (-1102).
   * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `quantity` (-1102).
   * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
   * Rule (forbiddenWhen): `callbackRate` belongs to trailing stops (-1106).
   * Rule (atLeastOne): `STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
   * Rule (exclusive): `price` and `priceMatch` cannot go together (-1128).
   * Rule (requiredWhen): `GTD` needs `goodTillDate` (-1102).
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-UM-Conditional-Order
   */
  newUmConditionalOrder(params: NewUmConditionalOrderParams, options?: CallOptions): Promise<NewUmConditionalOrderResult>;
  /**
   * Cancel UM conditional order (TRADE) — `DELETE /papi/v1/um/conditional/order`.
   *
   * Cancels one UM conditional order that has not triggered.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-UM-Conditional-Order
   */
  cancelUmConditionalOrder(params: CancelUmConditionalOrderParams, options?: CallOptions): Promise<CancelUmConditionalOrderResult>;
  /**
   * Query current UM open conditional order (USER_DATA) — `GET /papi/v1/um/conditional/openOrder`.
   *
   * Looks up one UM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-UM-Open-Conditional-Order
   */
  getUmOpenConditionalOrder(params: GetUmOpenConditionalOrderParams, options?: CallOptions): Promise<GetUmOpenConditionalOrderResult>;
  /**
   * Query all current UM open conditional orders (USER_DATA) — `GET /papi/v1/um/conditional/openOrders`.
   *
   * Lists the waiting UM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-UM-Open-Conditional-Orders
   */
  getUmOpenConditionalOrders(params?: GetUmOpenConditionalOrdersParams, options?: CallOptions): Promise<GetUmOpenConditionalOrdersResult>;
  /**
   * Query UM conditional order history (USER_DATA) — `GET /papi/v1/um/conditional/orderHistory`.
   *
   * Looks up one UM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-UM-Conditional-Order-History
   */
  getUmConditionalOrderHistory(params: GetUmConditionalOrderHistoryParams, options?: CallOptions): Promise<GetUmConditionalOrderHistoryResult>;
  /**
   * Query all UM conditional orders (USER_DATA) — `GET /papi/v1/um/conditional/allOrders`.
   *
   * Lists the UM conditional orders, waiting or not, of one symbol or (weight 40) all.
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * Rule (maxInterval): At most 7 days between the times (-1127); default the last 7 days.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-UM-Conditional-Orders
   */
  getUmAllConditionalOrders(params?: GetUmAllConditionalOrdersParams, options?: CallOptions): Promise<GetUmAllConditionalOrdersResult>;
  /**
   * Cancel all UM open conditional orders (TRADE) — `DELETE /papi/v1/um/conditional/allOpenOrders`.
   *
   * Cancels every waiting UM conditional order of one symbol.
   *
   * Weight 1 (ORDER). Signed.
   * @deprecated Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-UM-Open-Conditional-Orders
   */
  cancelUmAllOpenConditionalOrders(params: CancelUmAllOpenConditionalOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenConditionalOrdersResult>;
  /**
   * New UM algo order (TRADE) — `POST /papi/v1/um/algo/order`.
   *
   * Places a UM conditional order through the Algo Service, which replaced `um/conditional/order`. It waits (`algoStatus` `NEW`) until the latest price (`workingType`) reaches `triggerPrice` — `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above — and is then placed as a regular order (`actualOrderId`). Described from the official connector; no documentation page was available.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): The stop and take-profit types need `triggerPrice` (-1102).
   * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
   * Rule (atLeastOne): `STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
   * Rule (exclusive): `price` and `priceMatch` cannot go together (-1128).
   * Rule (requiredWhen): `GTD` needs `goodTillDate` (-1102).
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#new-um-algo-order
   */
  newUmAlgoOrder(params: NewUmAlgoOrderParams, options?: CallOptions): Promise<NewUmAlgoOrderResult>;
  /**
   * Cancel UM algo order (TRADE) — `DELETE /papi/v1/um/algo/order`.
   *
   * Cancels one waiting UM algo order. Described from the official connector.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#cancel-um-algo-order
   */
  cancelUmAlgoOrder(params?: CancelUmAlgoOrderParams, options?: CallOptions): Promise<CancelUmAlgoOrderResult>;
  /**
   * Query current UM open algo order (USER_DATA) — `GET /papi/v1/um/algo/algoOrder`.
   *
   * Looks up one UM algo order by `algoId` or client id. Described from the official connector.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-current-um-open-algo-order
   */
  getUmAlgoOrder(params?: GetUmAlgoOrderParams, options?: CallOptions): Promise<GetUmAlgoOrderResult>;
  /**
   * Query all current UM open algo orders (USER_DATA) — `GET /papi/v1/um/algo/openAlgoOrders`.
   *
   * Lists the waiting UM algo orders, of one symbol or all (weight 40 without `symbol`). Described from the official connector.
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-all-current-um-open-algo-orders
   */
  getUmOpenAlgoOrders(params?: GetUmOpenAlgoOrdersParams, options?: CallOptions): Promise<GetUmOpenAlgoOrdersResult>;
  /**
   * Query UM algo order history (USER_DATA) — `GET /papi/v1/um/algo/allAlgoOrders`.
   *
   * Lists the UM algo orders of one symbol, waiting or not. With `algoId`, from that id on; otherwise the most recent. Described from the official connector.
   *
   * Weight 5 (IP). Signed.
   * Rule (maxInterval): The period must be less than 7 days (-1127); default the last 7 days.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#query-um-algo-order-history
   */
  getUmAllAlgoOrders(params: GetUmAllAlgoOrdersParams, options?: CallOptions): Promise<GetUmAllAlgoOrdersResult>;
  /**
   * Cancel all UM algo open orders (TRADE) — `DELETE /papi/v1/um/algo/allOpenOrders`.
   *
   * Cancels every waiting UM algo order of one symbol. Described from the official connector.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#cancel-all-um-algo-open-orders
   */
  cancelUmAllOpenAlgoOrders(params: CancelUmAllOpenAlgoOrdersParams, options?: CallOptions): Promise<CancelUmAllOpenAlgoOrdersResult>;
  /**
   * Query UM position information (USER_DATA) — `GET /papi/v1/um/positionRisk`.
   *
   * The UM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-UM-Position-Information
   */
  getUmPositionRisk(params?: GetUmPositionRiskParams, options?: CallOptions): Promise<GetUmPositionRiskResult>;
  /**
   * Change UM initial leverage (TRADE) — `POST /papi/v1/um/leverage`.
   *
   * Sets the initial leverage of one UM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-UM-Initial-Leverage
   */
  changeUmInitialLeverage(params: ChangeUmInitialLeverageParams, options?: CallOptions): Promise<ChangeUmInitialLeverageResult>;
  /**
   * Get UM current position mode (USER_DATA) — `GET /papi/v1/um/positionSide/dual`.
   *
   * Whether the UM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Current-Position-Mode
   */
  getUmPositionMode(params?: GetUmPositionModeParams, options?: CallOptions): Promise<GetUmPositionModeResult>;
  /**
   * Change UM position mode (TRADE) — `POST /papi/v1/um/positionSide/dual`.
   *
   * Switches every UM symbol between hedge mode and one-way mode. Refused while any UM position is open (-4068) or any UM order is open (-4067), and when the account is already in that mode (-4059).
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-UM-Position-Mode
   */
  changeUmPositionMode(params: ChangeUmPositionModeParams, options?: CallOptions): Promise<ChangeUmPositionModeResult>;
  /**
   * UM position ADL quantile estimation (USER_DATA) — `GET /papi/v1/um/adlQuantile`.
   *
   * Estimated auto-deleveraging queue position (0 to 4) of the UM positions; Binance updates it every 30 seconds.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/UM-Position-ADL-Quantile-Estimation
   */
  getUmAdlQuantile(params?: GetUmAdlQuantileParams, options?: CallOptions): Promise<GetUmAdlQuantileResult>;
  /**
   * Query CM order (USER_DATA) — `GET /papi/v1/cm/order`.
   *
   * Looks up one CM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Order
   */
  getCmOrder(params: GetCmOrderParams, options?: CallOptions): Promise<GetCmOrderResult>;
  /**
   * New CM order (TRADE) — `POST /papi/v1/cm/order`.
   *
   * Places a COIN-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in the coin. `quantity` is in contracts; each contract is worth a fixed USD amount (100 USD for BTC, 10 USD for the others), so the position's value and profit are in the coin.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): `LIMIT` orders need `timeInForce` (-1102).
   * Rule (requiredWhen): Both order types need `quantity` (-1102).
   * Rule (forbiddenWhen): `MARKET` orders take no `price` (-1106).
   * Rule (forbiddenWhen): `priceMatch` applies to `LIMIT` orders only (-1106).
   * Rule (atLeastOne): `LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent).
   * Rule (exclusive): `price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-CM-Order
   */
  newCmOrder(params: NewCmOrderParams, options?: CallOptions): Promise<NewCmOrderResult>;
  /**
   * Modify CM order (TRADE) — `PUT /papi/v1/cm/order`.
   *
   * Changes the price and quantity of an open `LIMIT` CM order; the order loses its place in the queue. Every modification is recorded (`cm/orderAmendment`).
   *
   * Weight 1 (ORDER). Signed.
   * Rule (atLeastOne): Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * Rule (exclusive): `priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Modify-CM-Order
   */
  modifyCmOrder(params: ModifyCmOrderParams, options?: CallOptions): Promise<ModifyCmOrderResult>;
  /**
   * Cancel CM order (TRADE) — `DELETE /papi/v1/cm/order`.
   *
   * Cancels one open CM order, named by `orderId` or by its client id, and releases the margin it held.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-CM-Order
   */
  cancelCmOrder(params: CancelCmOrderParams, options?: CallOptions): Promise<CancelCmOrderResult>;
  /**
   * Query current CM open order (USER_DATA) — `GET /papi/v1/cm/openOrder`.
   *
   * Looks up one CM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-CM-Open-Order
   */
  getCmOpenOrder(params: GetCmOpenOrderParams, options?: CallOptions): Promise<GetCmOpenOrderResult>;
  /**
   * Query all current CM open orders (USER_DATA) — `GET /papi/v1/cm/openOrders`.
   *
   * Lists the open CM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-CM-Open-Orders
   */
  getCmOpenOrders(params?: GetCmOpenOrdersParams, options?: CallOptions): Promise<GetCmOpenOrdersResult>;
  /**
   * Query all CM orders (USER_DATA) — `GET /papi/v1/cm/allOrders`.
   *
   * Lists the CM orders of one symbol or pair, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
   *
   * Weight 20 (IP); 40 when pair is sent. Signed.
   * Rule (atLeastOne): Send `symbol` or `pair` (-1102). The page marks `symbol` mandatory and then says either may be sent; the official connector makes both optional, as here.
   * Rule (exclusive): `symbol` and `pair` cannot be sent together (-1128).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-CM-Orders
   */
  getCmAllOrders(params?: GetCmAllOrdersParams, options?: CallOptions): Promise<GetCmAllOrdersResult>;
  /**
   * Cancel all CM open orders (TRADE) — `DELETE /papi/v1/cm/allOpenOrders`.
   *
   * Cancels every open CM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-CM-Open-Orders
   */
  cancelCmAllOpenOrders(params: CancelCmAllOpenOrdersParams, options?: CallOptions): Promise<CancelCmAllOpenOrdersResult>;
  /**
   * CM account trade list (USER_DATA) — `GET /papi/v1/cm/userTrades`.
   *
   * Lists the CM trades of the account, with the profit each realized and its commission. `qty` is in contracts, `baseQty` its value in the coin.
   *
   * Weight 20 (IP); 40 when pair is sent. Signed.
   * Rule (exclusive): `fromId` cannot go with `startTime`/`endTime` or `pair` (-1128).
   * Rule (maxInterval): At most 24 hours between the times (-1127); without times the last 24 hours.
   * Rule (atLeastOne): Send `symbol` or `pair` (-1102).
   * Rule (exclusive): `symbol` and `pair` cannot be sent together (-1128).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/CM-Account-Trade-List
   */
  getCmTrades(params?: GetCmTradesParams, options?: CallOptions): Promise<GetCmTradesResult>;
  /**
   * Query CM modify order history (TRADE) — `GET /papi/v1/cm/orderAmendment`.
   *
   * Lists the modifications (`PUT /papi/v1/cm/order`) of one CM order, newest first.
   *
   * Weight 1 (ORDER). Signed.
   * Rule (atLeastOne): Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Modify-Order-History
   */
  getCmOrderAmendments(params: GetCmOrderAmendmentsParams, options?: CallOptions): Promise<GetCmOrderAmendmentsResult>;
  /**
   * Query user's CM force orders (USER_DATA) — `GET /papi/v1/cm/forceOrders`.
   *
   * Lists the liquidation and auto-deleveraging orders Binance placed on the CM positions. Without `startTime`, the 7 days before `endTime`.
   *
   * Weight 50 (IP); 20 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Users-CM-Force-Orders
   */
  getCmForceOrders(params?: GetCmForceOrdersParams, options?: CallOptions): Promise<GetCmForceOrdersResult>;
  /**
   * New CM conditional order (TRADE) — `POST /papi/v1/cm/conditional/order`.
   *
   * Places a CM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`cm/order` history) that fills by the usual rules.
   *
   * Weight 1 (IP). Signed.
   * Rule (requiredWhen): The stop and take-profit types need `stopPrice` (-1102).
   * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `quantity` (-1102).
   * Rule (requiredWhen): `TRAILING_STOP_MARKET` needs `callbackRate` (-1102).
   * Rule (forbiddenWhen): `callbackRate` belongs to trailing stops (-1106).
   * Rule (requiredWhen): `STOP` and `TAKE_PROFIT` need `price` (-1102).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/New-CM-Conditional-Order
   */
  newCmConditionalOrder(params: NewCmConditionalOrderParams, options?: CallOptions): Promise<NewCmConditionalOrderResult>;
  /**
   * Cancel CM conditional order (TRADE) — `DELETE /papi/v1/cm/conditional/order`.
   *
   * Cancels one CM conditional order that has not triggered.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-CM-Conditional-Order
   */
  cancelCmConditionalOrder(params: CancelCmConditionalOrderParams, options?: CallOptions): Promise<CancelCmConditionalOrderResult>;
  /**
   * Query current CM open conditional order (USER_DATA) — `GET /papi/v1/cm/conditional/openOrder`.
   *
   * Looks up one CM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-Current-CM-Open-Conditional-Order
   */
  getCmOpenConditionalOrder(params: GetCmOpenConditionalOrderParams, options?: CallOptions): Promise<GetCmOpenConditionalOrderResult>;
  /**
   * Query all current CM open conditional orders (USER_DATA) — `GET /papi/v1/cm/conditional/openOrders`.
   *
   * Lists the waiting CM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-Current-CM-Open-Conditional-Orders
   */
  getCmOpenConditionalOrders(params?: GetCmOpenConditionalOrdersParams, options?: CallOptions): Promise<GetCmOpenConditionalOrdersResult>;
  /**
   * Query CM conditional order history (USER_DATA) — `GET /papi/v1/cm/conditional/orderHistory`.
   *
   * Looks up one CM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
   *
   * Weight 1 (IP). Signed.
   * Rule (atLeastOne): Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-CM-Conditional-Order-History
   */
  getCmConditionalOrderHistory(params: GetCmConditionalOrderHistoryParams, options?: CallOptions): Promise<GetCmConditionalOrderHistoryResult>;
  /**
   * Query all CM conditional orders (USER_DATA) — `GET /papi/v1/cm/conditional/allOrders`.
   *
   * Lists the CM conditional orders, waiting or not, of one symbol or (weight 40) all.
   *
   * Weight 40 (IP); 1 when symbol is sent. Signed.
   * Rule (maxInterval): At most 7 days between the times (-1127); default the last 7 days.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Query-All-CM-Conditional-Orders
   */
  getCmAllConditionalOrders(params?: GetCmAllConditionalOrdersParams, options?: CallOptions): Promise<GetCmAllConditionalOrdersResult>;
  /**
   * Cancel all CM open conditional orders (TRADE) — `DELETE /papi/v1/cm/conditional/allOpenOrders`.
   *
   * Cancels every waiting CM conditional order of one symbol.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Cancel-All-CM-Open-Conditional-Orders
   */
  cancelCmAllOpenConditionalOrders(params: CancelCmAllOpenConditionalOrdersParams, options?: CallOptions): Promise<CancelCmAllOpenConditionalOrdersResult>;
  /**
   * Query CM position information (USER_DATA) — `GET /papi/v1/cm/positionRisk`.
   *
   * The CM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
   *
   * Weight 1 (IP). Signed.
   * Rule (exclusive): Send `marginAsset` or `pair`, not both (-1128).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-CM-Position-Information
   */
  getCmPositionRisk(params?: GetCmPositionRiskParams, options?: CallOptions): Promise<GetCmPositionRiskResult>;
  /**
   * Change CM initial leverage (TRADE) — `POST /papi/v1/cm/leverage`.
   *
   * Sets the initial leverage of one CM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-CM-Initial-Leverage
   */
  changeCmInitialLeverage(params: ChangeCmInitialLeverageParams, options?: CallOptions): Promise<ChangeCmInitialLeverageResult>;
  /**
   * Get CM current position mode (USER_DATA) — `GET /papi/v1/cm/positionSide/dual`.
   *
   * Whether the CM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Current-Position-Mode
   */
  getCmPositionMode(params?: GetCmPositionModeParams, options?: CallOptions): Promise<GetCmPositionModeResult>;
  /**
   * Change CM position mode (TRADE) — `POST /papi/v1/cm/positionSide/dual`.
   *
   * Switches every CM symbol between hedge mode and one-way mode. Refused while any CM position is open (-4068) or any CM order is open (-4067), and when the account is already in that mode (-4059).
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-CM-Position-Mode
   */
  changeCmPositionMode(params: ChangeCmPositionModeParams, options?: CallOptions): Promise<ChangeCmPositionModeResult>;
  /**
   * CM position ADL quantile estimation (USER_DATA) — `GET /papi/v1/cm/adlQuantile`.
   *
   * Estimated auto-deleveraging queue position (0 to 4) of the CM positions; Binance updates it every 30 seconds.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/CM-Position-ADL-Quantile-Estimation
   */
  getCmAdlQuantile(params?: GetCmAdlQuantileParams, options?: CallOptions): Promise<GetCmAdlQuantileResult>;
  /**
   * Get UM account detail (USER_DATA) — `GET /papi/v1/um/account`.
   *
   * The UM side of the unified account: per margin asset (USDT, USDC) the UM wallet balance, the unrealized profit and the margin the positions and open orders need, and a row for every UM symbol's position (`BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode), open or not. `GET /papi/v2/um/account` is the lighter version that lists only symbols with a position or an open order.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Account-Detail
   */
  getUmAccount(params?: GetUmAccountParams, options?: CallOptions): Promise<GetUmAccountResult>;
  /**
   * Get UM account detail V2 (USER_DATA) — `GET /papi/v2/um/account`.
   *
   * Version 2 of `GET /papi/v1/um/account` (added 2024-08-23): the same UM assets, and a lighter position row (size, side, margin, unrealized profit and signed notional) for the symbols with a position or an open order only, instead of every UM symbol.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Account-Detail-V2
   */
  getUmAccountV2(params?: GetUmAccountV2Params, options?: CallOptions): Promise<GetUmAccountV2Result>;
  /**
   * UM futures account configuration (USER_DATA) — `GET /papi/v1/um/accountConfig`.
   *
   * The UM futures configuration of the account (added 2024-08-23) — commission tier, whether it may trade, deposit and withdraw, and its position mode.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Account-Config
   */
  getUmAccountConfig(params?: GetUmAccountConfigParams, options?: CallOptions): Promise<GetUmAccountConfigResult>;
  /**
   * UM futures symbol configuration (USER_DATA) — `GET /papi/v1/um/symbolConfig`.
   *
   * The account's configuration of each UM symbol, or of one (added 2024-08-23) — margin type, initial leverage and the largest notional it allows.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Symbol-Config
   */
  getUmSymbolConfig(params?: GetUmSymbolConfigParams, options?: CallOptions): Promise<GetUmSymbolConfigResult>;
  /**
   * Get user commission rate for UM (USER_DATA) — `GET /papi/v1/um/commissionRate`.
   *
   * The maker and taker commission rates the account pays on one UM symbol, as fractions of the fill's value (charged in the symbol's margin asset, or in BNB at a discount while `POST /papi/v1/um/feeBurn` is on).
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-User-Commission-Rate-for-UM
   */
  getUmCommissionRate(params: GetUmCommissionRateParams, options?: CallOptions): Promise<GetUmCommissionRateResult>;
  /**
   * UM notional and leverage brackets (USER_DATA) — `GET /papi/v1/um/leverageBracket`.
   *
   * The notional brackets of every UM symbol, or of one: for each bracket the highest initial leverage, the notional range and the maintenance margin rate. They bound `POST /papi/v1/um/leverage` (a leverage above the bracket the position's notional falls in answers -4028) and set the maintenance margin of `GET /papi/v1/account`.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/UM-Notional-and-Leverage-Brackets
   */
  getUmLeverageBrackets(params?: GetUmLeverageBracketsParams, options?: CallOptions): Promise<GetUmLeverageBracketsResult>;
  /**
   * Portfolio Margin UM trading quantitative rules indicators (USER_DATA) — `GET /papi/v1/um/apiTradingStatus`.
   *
   * The account's UM quantitative trading rule indicators — unfilled ratio (UFR), IOC/FOK expiration ratio (IFER), GTC cancellation ratio (GCR) and dust ratio (DR) per symbol, and too-many-violations (TMV) under `ACCOUNT` — each with its trigger value and whether it locks trading. `indicators` is empty when there is nothing to report.
   *
   * Weight 10 (IP); 1 when symbol is sent. Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Portfolio-Margin-UM-Trading-Quantitative-Rules-Indicators
   */
  getUmApiTradingStatus(params?: GetUmApiTradingStatusParams, options?: CallOptions): Promise<GetUmApiTradingStatusResult>;
  /**
   * Get UM futures BNB burn status (USER_DATA) — `GET /papi/v1/um/feeBurn`.
   *
   * Whether UM commissions are paid in BNB at a discount ("Fee Discount On") on every UM symbol. Off unless turned on with `POST /papi/v1/um/feeBurn`.
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Get-UM-Futures-BNB-Burn-Status
   */
  getUmFeeBurn(params?: GetUmFeeBurnParams, options?: CallOptions): Promise<GetUmFeeBurnResult>;
  /**
   * Toggle BNB burn on UM futures trade (TRADE) — `POST /papi/v1/um/feeBurn`.
   *
   * Turns the UM BNB fee discount on or off on every UM symbol. While it is on, each UM fill's commission is charged in BNB from the UM wallet — converted at the BNB price, less the discount — when the UM wallet holds enough BNB, and in the margin asset otherwise. BNB reaches the UM wallet only through `POST /papi/v1/bnb-transfer` (the fund collections leave it alone).
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Toggle-BNB-Burn-On-UM-Futures-Trade
   */
  changeUmFeeBurn(params: ChangeUmFeeBurnParams, options?: CallOptions): Promise<ChangeUmFeeBurnResult>;
  /**
   * Get UM income history (USER_DATA) — `GET /papi/v1/um/income`.
   *
   * The movements of the UM futures wallets — realized profit, commission, funding fees, transfers — oldest first. Without `startTime` and `endTime` the last 7 days; history reaches back three months. `tranId` is unique within one `incomeType` only, and both `tranId` and `tradeId` are digit strings on the wire.
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Income-History
   */
  getUmIncome(params?: GetUmIncomeParams, options?: CallOptions): Promise<GetUmIncomeResult>;
  /**
   * Get download id for UM futures transaction (income) history (USER_DATA) — `GET /papi/v1/um/income/asyn`.
   *
   * Asks for a CSV file of the account's UM futures transaction (income) history between `startTime` and `endTime` (at most one year apart) — the UM income rows of `GET /papi/v1/um/income` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/income/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
   *
   * Weight 1500 (IP). Signed.
   * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Transaction-History
   */
  getUmIncomeDownloadId(params: GetUmIncomeDownloadIdParams, options?: CallOptions): Promise<GetUmIncomeDownloadIdResult>;
  /**
   * Get UM futures income download link by id (USER_DATA) — `GET /papi/v1/um/income/asyn/id`.
   *
   * The state of a UM futures transaction (income) history download requested with `GET /papi/v1/um/income/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Transaction-Download-Link-by-Id
   */
  getUmIncomeDownloadLink(params: GetUmIncomeDownloadLinkParams, options?: CallOptions): Promise<GetUmIncomeDownloadLinkResult>;
  /**
   * Get download id for UM futures order history (USER_DATA) — `GET /papi/v1/um/order/asyn`.
   *
   * Asks for a CSV file of the account's UM futures order history between `startTime` and `endTime` (at most one year apart) — the UM orders of `GET /papi/v1/um/allOrders` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/order/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
   *
   * Weight 1500 (IP). Signed.
   * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Order-History
   */
  getUmOrderDownloadId(params: GetUmOrderDownloadIdParams, options?: CallOptions): Promise<GetUmOrderDownloadIdResult>;
  /**
   * Get UM futures order download link by id (USER_DATA) — `GET /papi/v1/um/order/asyn/id`.
   *
   * The state of a UM futures order history download requested with `GET /papi/v1/um/order/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Order-Download-Link-by-Id
   */
  getUmOrderDownloadLink(params: GetUmOrderDownloadLinkParams, options?: CallOptions): Promise<GetUmOrderDownloadLinkResult>;
  /**
   * Get download id for UM futures trade history (USER_DATA) — `GET /papi/v1/um/trade/asyn`.
   *
   * Asks for a CSV file of the account's UM futures trade history between `startTime` and `endTime` (at most one year apart) — the UM trades of `GET /papi/v1/um/userTrades` in that window. Binance prepares the file asynchronously: poll `GET /papi/v1/um/trade/asyn/id` with the returned `downloadId` until it answers `completed` with the link, which expires 24 hours later.
   *
   * Weight 1500 (IP). Signed.
   * Rule (maxInterval): At most one year (365 days) between `startTime` and `endTime` (-1127).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Download-Id-For-UM-Futures-Trade-History
   */
  getUmTradeDownloadId(params: GetUmTradeDownloadIdParams, options?: CallOptions): Promise<GetUmTradeDownloadIdResult>;
  /**
   * Get UM futures trade download link by id (USER_DATA) — `GET /papi/v1/um/trade/asyn/id`.
   *
   * The state of a UM futures trade history download requested with `GET /papi/v1/um/trade/asyn`: `processing` (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers -3026.
   *
   * Weight 10 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Futures-Trade-Download-Link-by-Id
   */
  getUmTradeDownloadLink(params: GetUmTradeDownloadLinkParams, options?: CallOptions): Promise<GetUmTradeDownloadLinkResult>;
  /**
   * Futures TradFi perps contract (USER_DATA) — `POST /papi/v1/um/stock/contract`.
   *
   * Signs the agreement for UM TradFi perpetuals (perpetual contracts on traditional-finance underlyings) for the account. Binance has no documentation page for this endpoint; its official connector (`futuresTradfiPerpsContract`) is the only source: no parameters besides `timestamp` and `recvWindow`, weight 5, answer `{code: 200, msg: "success"}`. Signing again is harmless and answers the same.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/en/docs/catalog/advanced-trading-derivatives-trading-portfolio-margin/api/rest-api/trade#futures-tradfi-perps-contract
   */
  signUmTradFiPerpsContract(params?: SignUmTradFiPerpsContractParams, options?: CallOptions): Promise<SignUmTradFiPerpsContractResult>;
  /**
   * Get CM account detail (USER_DATA) — `GET /papi/v1/cm/account`.
   *
   * The CM side of the unified account: per coin (BTC, ETH) the CM wallet balance, the unrealized profit and the margin of the coin-margined positions and open orders, all in the coin, and a row for every CM symbol's position. The wallet balance is the `cmWalletBalance` of `GET /papi/v1/balance` for the same coin.
   *
   * Weight 5 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Account-Detail
   */
  getCmAccount(params?: GetCmAccountParams, options?: CallOptions): Promise<GetCmAccountResult>;
  /**
   * Get user commission rate for CM (USER_DATA) — `GET /papi/v1/cm/commissionRate`.
   *
   * The maker and taker commission rates the account pays on one CM symbol, as fractions of the fill's value (charged in the symbol's margin asset).
   *
   * Weight 20 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-User-Commission-Rate-for-CM
   */
  getCmCommissionRate(params: GetCmCommissionRateParams, options?: CallOptions): Promise<GetCmCommissionRateResult>;
  /**
   * CM notional and leverage brackets (USER_DATA) — `GET /papi/v1/cm/leverageBracket`.
   *
   * The brackets of every CM symbol, or of one, bounded by the position's value in the coin (`qtyCap`, `qtyFloor`): the highest initial leverage and the maintenance margin rate of each. The figures are bare JSON numbers on the wire.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/CM-Notional-and-Leverage-Brackets
   */
  getCmLeverageBrackets(params?: GetCmLeverageBracketsParams, options?: CallOptions): Promise<GetCmLeverageBracketsResult>;
  /**
   * Get CM income history (USER_DATA) — `GET /papi/v1/cm/income`.
   *
   * The movements of the CM futures wallets (in the coin), oldest first. At most 200 days between `startTime` and `endTime`; without them the last 200 days. `tranId` is unique within one `incomeType` only; `tranId` and `tradeId` are digit strings on the wire.
   *
   * Weight 30 (IP). Signed.
   * Rule (maxInterval): At most 200 days between `startTime` and `endTime` (-1127); without them the last 200 days.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-CM-Income-History
   */
  getCmIncome(params?: GetCmIncomeParams, options?: CallOptions): Promise<GetCmIncomeResult>;
  /**
   * Fund collection by asset (TRADE) — `POST /papi/v1/asset-collection`.
   *
   * Moves one asset's UM and CM futures wallet balances into the margin wallet (its free balance), where it can repay loans or be transferred out. Only positive futures balances move; equity and `uniMMR` do not change (the account is unified). BNB cannot be collected this way (-3005): move it with `POST /papi/v1/bnb-transfer`. Each move appears as a `TRANSFER` row in `GET /papi/v1/um/income` or `GET /papi/v1/cm/income`.
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Fund-Collection-by-Asset
   */
  collectFundsByAsset(params: CollectFundsByAssetParams, options?: CallOptions): Promise<CollectFundsByAssetResult>;
  /**
   * Fund auto-collection (TRADE) — `POST /papi/v1/auto-collection`.
   *
   * Moves every asset's positive UM and CM futures wallet balance — except BNB, which stays in the UM wallet — into the margin wallet, as `POST /papi/v1/asset-collection` does for one asset. Binance allows it 500 times per hour, in a rolling window.
   *
   * Weight 750 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Fund-Auto-collection
   */
  autoCollectFunds(params?: AutoCollectFundsParams, options?: CallOptions): Promise<AutoCollectFundsResult>;
  /**
   * BNB transfer (TRADE) — `POST /papi/v1/bnb-transfer`.
   *
   * Moves BNB between the margin wallet and the UM futures wallet: `TO_UM` from the margin wallet's free BNB into the UM wallet (where the UM BNB fee discount of `POST /papi/v1/um/feeBurn` pays commissions from), `FROM_UM` back. More than the source holds answers -2018. The move appears as a `TRANSFER` row in `GET /papi/v1/um/income`. Binance allows 10 calls per 10 minutes, in a rolling window.
   *
   * Weight 750 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/BNB-transfer
   */
  transferBnb(params: TransferBnbParams, options?: CallOptions): Promise<TransferBnbResult>;
  /**
   * Margin account repay debt (TRADE) — `POST /papi/v1/margin/repay-debt`.
   *
   * Repays a margin loan (interest first, then principal) with the account's free balances: the loan's own asset first — whether or not it is listed — then the assets of `specifyRepayAssets`, in order, exchanged at the market price. Without `amount` the whole loan is repaid if the assets suffice (-2018 otherwise, and nothing moves); with it, that amount. No loan, or an amount above it, answers -3015; more than 50 000 USD worth in one request -3010; an unknown asset in `specifyRepayAssets` -1108. Each repayment is recorded in `GET /papi/v1/margin/repayLoan`.
   *
   * Weight 3000 (ORDER). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/trade/Margin-Account-Repay-Debt
   */
  repayMarginDebt(params: RepayMarginDebtParams, options?: CallOptions): Promise<RepayMarginDebtResult>;
  /**
   * Query user negative balance auto exchange record (USER_DATA) — `GET /papi/v1/portfolio/negative-balance-exchange-record`.
   *
   * The automatic exchanges Binance made to cover the account's negative balances (when a futures wallet is negative beyond the allowed threshold and is not repaid), newest first. `startTime` and `endTime` are mandatory and at most three months apart.
   *
   * Weight 100 (IP). Signed.
   * Rule (maxInterval): At most three months between `startTime` and `endTime` (modelled as 90 days; -1127).
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-User-Negative-Balance-Auto-Exchange-Record
   */
  getNegativeBalanceExchangeRecords(params: GetNegativeBalanceExchangeRecordsParams, options?: CallOptions): Promise<GetNegativeBalanceExchangeRecordsResult>;
  /**
   * Query user rate limit (USER_DATA) — `GET /papi/v1/rateLimit/order`.
   *
   * The account's order-count limiters: Portfolio Margin allows 1200 orders per minute per account (every order-placing call counts, rejected ones may not). The current usage is also in the `X-MBX-ORDER-COUNT-1M` header of every order answer.
   *
   * Weight 1 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Query-User-Rate-Limit
   */
  getOrderRateLimit(params?: GetOrderRateLimitParams, options?: CallOptions): Promise<GetOrderRateLimitResult>;
  /**
   * Repay futures negative balance (USER_DATA) — `POST /papi/v1/repay-futures-negative-balance`.
   *
   * Repays the negative UM and CM futures wallet balances (losses and fees beyond the wallet) from the margin wallet's free balance of the same asset, at once, whatever `GET /papi/v1/repay-futures-switch` says, as far as that balance goes. Answers -2018 when a negative balance exists but the margin wallet holds none of its asset to repay it with; with no negative balance it answers success and changes nothing. Each repayment appears as a `TRANSFER` row in the futures income history.
   *
   * Weight 750 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Repay-futures-Negative-Balance
   */
  repayFuturesNegativeBalance(params?: RepayFuturesNegativeBalanceParams, options?: CallOptions): Promise<RepayFuturesNegativeBalanceResult>;
  /**
   * Get auto-repay-futures status (USER_DATA) — `GET /papi/v1/repay-futures-switch`.
   *
   * Whether negative UM/CM futures wallet balances are repaid automatically from the margin wallet (on by default).
   *
   * Weight 30 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-Auto-repay-futures-Status
   */
  getAutoRepayFuturesStatus(params?: GetAutoRepayFuturesStatusParams, options?: CallOptions): Promise<GetAutoRepayFuturesStatusResult>;
  /**
   * Change auto-repay-futures status (TRADE) — `POST /papi/v1/repay-futures-switch`.
   *
   * Turns the automatic repayment of negative futures balances on or off. While on (Binance's default), a UM or CM wallet that a fill, commission or funding fee leaves negative is repaid at once from the margin wallet's free balance of the same asset, as far as it goes; while off, negative balances stay until `POST /papi/v1/repay-futures-negative-balance` repays them. Turning it on repays what is negative now.
   *
   * Weight 750 (IP). Signed.
   * @see https://developers.binance.com/docs/derivatives/portfolio-margin/account/Change-Auto-repay-futures-Status
   */
  changeAutoRepayFuturesStatus(params: ChangeAutoRepayFuturesStatusParams, options?: CallOptions): Promise<ChangeAutoRepayFuturesStatusResult>;
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
  getUmOrder: getUmOrderOperation,
  newUmOrder: newUmOrderOperation,
  modifyUmOrder: modifyUmOrderOperation,
  cancelUmOrder: cancelUmOrderOperation,
  getUmOpenOrder: getUmOpenOrderOperation,
  getUmOpenOrders: getUmOpenOrdersOperation,
  getUmAllOrders: getUmAllOrdersOperation,
  cancelUmAllOpenOrders: cancelUmAllOpenOrdersOperation,
  getUmTrades: getUmTradesOperation,
  getUmOrderAmendments: getUmOrderAmendmentsOperation,
  getUmForceOrders: getUmForceOrdersOperation,
  newUmConditionalOrder: newUmConditionalOrderOperation,
  cancelUmConditionalOrder: cancelUmConditionalOrderOperation,
  getUmOpenConditionalOrder: getUmOpenConditionalOrderOperation,
  getUmOpenConditionalOrders: getUmOpenConditionalOrdersOperation,
  getUmConditionalOrderHistory: getUmConditionalOrderHistoryOperation,
  getUmAllConditionalOrders: getUmAllConditionalOrdersOperation,
  cancelUmAllOpenConditionalOrders: cancelUmAllOpenConditionalOrdersOperation,
  newUmAlgoOrder: newUmAlgoOrderOperation,
  cancelUmAlgoOrder: cancelUmAlgoOrderOperation,
  getUmAlgoOrder: getUmAlgoOrderOperation,
  getUmOpenAlgoOrders: getUmOpenAlgoOrdersOperation,
  getUmAllAlgoOrders: getUmAllAlgoOrdersOperation,
  cancelUmAllOpenAlgoOrders: cancelUmAllOpenAlgoOrdersOperation,
  getUmPositionRisk: getUmPositionRiskOperation,
  changeUmInitialLeverage: changeUmInitialLeverageOperation,
  getUmPositionMode: getUmPositionModeOperation,
  changeUmPositionMode: changeUmPositionModeOperation,
  getUmAdlQuantile: getUmAdlQuantileOperation,
  getCmOrder: getCmOrderOperation,
  newCmOrder: newCmOrderOperation,
  modifyCmOrder: modifyCmOrderOperation,
  cancelCmOrder: cancelCmOrderOperation,
  getCmOpenOrder: getCmOpenOrderOperation,
  getCmOpenOrders: getCmOpenOrdersOperation,
  getCmAllOrders: getCmAllOrdersOperation,
  cancelCmAllOpenOrders: cancelCmAllOpenOrdersOperation,
  getCmTrades: getCmTradesOperation,
  getCmOrderAmendments: getCmOrderAmendmentsOperation,
  getCmForceOrders: getCmForceOrdersOperation,
  newCmConditionalOrder: newCmConditionalOrderOperation,
  cancelCmConditionalOrder: cancelCmConditionalOrderOperation,
  getCmOpenConditionalOrder: getCmOpenConditionalOrderOperation,
  getCmOpenConditionalOrders: getCmOpenConditionalOrdersOperation,
  getCmConditionalOrderHistory: getCmConditionalOrderHistoryOperation,
  getCmAllConditionalOrders: getCmAllConditionalOrdersOperation,
  cancelCmAllOpenConditionalOrders: cancelCmAllOpenConditionalOrdersOperation,
  getCmPositionRisk: getCmPositionRiskOperation,
  changeCmInitialLeverage: changeCmInitialLeverageOperation,
  getCmPositionMode: getCmPositionModeOperation,
  changeCmPositionMode: changeCmPositionModeOperation,
  getCmAdlQuantile: getCmAdlQuantileOperation,
  getUmAccount: getUmAccountOperation,
  getUmAccountV2: getUmAccountV2Operation,
  getUmAccountConfig: getUmAccountConfigOperation,
  getUmSymbolConfig: getUmSymbolConfigOperation,
  getUmCommissionRate: getUmCommissionRateOperation,
  getUmLeverageBrackets: getUmLeverageBracketsOperation,
  getUmApiTradingStatus: getUmApiTradingStatusOperation,
  getUmFeeBurn: getUmFeeBurnOperation,
  changeUmFeeBurn: changeUmFeeBurnOperation,
  getUmIncome: getUmIncomeOperation,
  getUmIncomeDownloadId: getUmIncomeDownloadIdOperation,
  getUmIncomeDownloadLink: getUmIncomeDownloadLinkOperation,
  getUmOrderDownloadId: getUmOrderDownloadIdOperation,
  getUmOrderDownloadLink: getUmOrderDownloadLinkOperation,
  getUmTradeDownloadId: getUmTradeDownloadIdOperation,
  getUmTradeDownloadLink: getUmTradeDownloadLinkOperation,
  signUmTradFiPerpsContract: signUmTradFiPerpsContractOperation,
  getCmAccount: getCmAccountOperation,
  getCmCommissionRate: getCmCommissionRateOperation,
  getCmLeverageBrackets: getCmLeverageBracketsOperation,
  getCmIncome: getCmIncomeOperation,
  collectFundsByAsset: collectFundsByAssetOperation,
  autoCollectFunds: autoCollectFundsOperation,
  transferBnb: transferBnbOperation,
  repayMarginDebt: repayMarginDebtOperation,
  getNegativeBalanceExchangeRecords: getNegativeBalanceExchangeRecordsOperation,
  getOrderRateLimit: getOrderRateLimitOperation,
  repayFuturesNegativeBalance: repayFuturesNegativeBalanceOperation,
  getAutoRepayFuturesStatus: getAutoRepayFuturesStatusOperation,
  changeAutoRepayFuturesStatus: changeAutoRepayFuturesStatusOperation,
} as const;

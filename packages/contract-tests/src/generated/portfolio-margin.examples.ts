/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
// Every documented example, checked against the generated wire type with `satisfies`. The contract tests
// type-check this file; a broken example fails the test run.
import type { operations } from '@marginkit/spec/portfolio-margin';

export const getMarginOrder_200_restingLimit = {
  "clientOrderId": "ZwfQzuDIGpceVhKW5DvCmO",
  "cummulativeQuoteQty": "0.00000000",
  "executedQty": "0.00000000",
  "icebergQty": "0.00000000",
  "isWorking": true,
  "orderId": 213205622n,
  "origQty": "0.30000000",
  "price": "0.00493630",
  "side": "SELL",
  "status": "NEW",
  "stopPrice": "0.00000000",
  "symbol": "BNBBTC",
  "time": 1562133008725,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1562133008725,
  "accountId": 152950866n,
  "selfTradePreventionMode": "EXPIRE_TAKER",
  "preventedMatchId": null,
  "preventedQuantity": null,
} satisfies operations['getMarginOrder']['responses']['200']['content']['application/json'];

export const getMarginOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getMarginOrder']['responses']['400']['content']['application/json'];

export const getMarginOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getMarginOrder']['responses']['400']['content']['application/json'];

export const getMarginOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginOrder']['responses']['401']['content']['application/json'];

export const getMarginOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginOrder']['responses']['401']['content']['application/json'];

export const getMarginOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginOrder']['responses']['418']['content']['application/json'];

export const getMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginOrder']['responses']['429']['content']['application/json'];

export const getMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginOrder']['responses']['429']['content']['application/json'];

export const getMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginOrder']['responses']['5XX']['content']['application/json'];

export const getMarginOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginOrder']['responses']['5XX']['content']['application/json'];

export const getMarginOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginOrder']['responses']['5XX']['content']['application/json'];

export const getMarginOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginOrder']['responses']['5XX']['content']['application/json'];

export const getMarginOrder_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['symbol'];

export const getMarginOrder_param_orderId_example = 213205622n satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['orderId'];

export const getMarginOrder_param_origClientOrderId_example = "ZwfQzuDIGpceVhKW5DvCmO" satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['origClientOrderId'];

export const getMarginOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['recvWindow'];

export const getMarginOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['timestamp'];

export const newMarginOrder_200_full = {
  "symbol": "BTCUSDT",
  "orderId": 28n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "1.00000000",
  "origQty": "10.00000000",
  "executedQty": "10.00000000",
  "cummulativeQuoteQty": "10.00000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "MARKET",
  "side": "SELL",
  "marginBuyBorrowAmount": "5",
  "marginBuyBorrowAsset": "BTC",
  "fills": [
    {
      "price": "4000.00000000",
      "qty": "1.00000000",
      "commission": "4.00000000",
      "commissionAsset": "USDT",
    },
    {
      "price": "3999.00000000",
      "qty": "5.00000000",
      "commission": "19.99500000",
      "commissionAsset": "USDT",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_fullBorrowAsNumber = {
  "symbol": "BTCUSDT",
  "orderId": 28n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "1.00000000",
  "origQty": "10.00000000",
  "executedQty": "10.00000000",
  "cummulativeQuoteQty": "10.00000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "MARKET",
  "side": "SELL",
  "marginBuyBorrowAmount": 5,
  "marginBuyBorrowAsset": "BTC",
  "fills": [
    {
      "price": "4000.00000000",
      "qty": "1.00000000",
      "commission": "4.00000000",
      "commissionAsset": "USDT",
    },
    {
      "price": "3999.00000000",
      "qty": "5.00000000",
      "commission": "19.99500000",
      "commissionAsset": "USDT",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_ack = {
  "symbol": "BTCUSDT",
  "orderId": 28n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_400_mandatoryParamMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'side' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_insufficientBalance = {
  "code": -2010,
  "msg": "Account has insufficient balance for requested action.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_badPrecision = {
  "code": -1111,
  "msg": "Precision is over the maximum defined for this asset.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newMarginOrder']['responses']['401']['content']['application/json'];

export const newMarginOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newMarginOrder']['responses']['401']['content']['application/json'];

export const newMarginOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newMarginOrder']['responses']['418']['content']['application/json'];

export const newMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newMarginOrder']['responses']['429']['content']['application/json'];

export const newMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newMarginOrder']['responses']['429']['content']['application/json'];

export const newMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newMarginOrder']['responses']['5XX']['content']['application/json'];

export const newMarginOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newMarginOrder']['responses']['5XX']['content']['application/json'];

export const newMarginOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newMarginOrder']['responses']['5XX']['content']['application/json'];

export const newMarginOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newMarginOrder']['responses']['5XX']['content']['application/json'];

export const newMarginOrder_body_marketSellMarginBuy = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "type": "MARKET",
  "quantity": "10",
  "sideEffectType": "MARGIN_BUY",
  "newOrderRespType": "FULL",
  "timestamp": 1507725176595,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_limitBuy = {
  "symbol": "BNBBTC",
  "side": "BUY",
  "type": "LIMIT",
  "timeInForce": "GTC",
  "quantity": "0.3",
  "price": "0.0049363",
  "selfTradePreventionMode": "EXPIRE_TAKER",
  "newOrderRespType": "RESULT",
  "recvWindow": 5000,
  "timestamp": 1562133008725,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_marginBuyKeepLoan = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "type": "LIMIT",
  "timeInForce": "GTC",
  "quantity": "0.5",
  "price": "70000",
  "sideEffectType": "AUTO_BORROW_REPAY",
  "autoRepayAtCancel": false,
  "timestamp": 1713873075893,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelMarginOrder_200_canceled = {
  "symbol": "LTCBTC",
  "orderId": 28n,
  "origClientOrderId": "myOrder1",
  "clientOrderId": "cancelMyOrder1",
  "price": "1.00000000",
  "origQty": "10.00000000",
  "executedQty": "8.00000000",
  "cummulativeQuoteQty": "8.00000000",
  "status": "CANCELED",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "side": "SELL",
} satisfies operations['cancelMarginOrder']['responses']['200']['content']['application/json'];

export const cancelMarginOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelMarginOrder']['responses']['400']['content']['application/json'];

export const cancelMarginOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['cancelMarginOrder']['responses']['400']['content']['application/json'];

export const cancelMarginOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelMarginOrder']['responses']['401']['content']['application/json'];

export const cancelMarginOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelMarginOrder']['responses']['401']['content']['application/json'];

export const cancelMarginOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelMarginOrder']['responses']['418']['content']['application/json'];

export const cancelMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelMarginOrder']['responses']['429']['content']['application/json'];

export const cancelMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelMarginOrder']['responses']['429']['content']['application/json'];

export const cancelMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelMarginOrder']['responses']['5XX']['content']['application/json'];

export const cancelMarginOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelMarginOrder']['responses']['5XX']['content']['application/json'];

export const cancelMarginOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelMarginOrder']['responses']['5XX']['content']['application/json'];

export const cancelMarginOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelMarginOrder']['responses']['5XX']['content']['application/json'];

export const cancelMarginOrder_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['symbol'];

export const cancelMarginOrder_param_orderId_example = 28n satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['orderId'];

export const cancelMarginOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['origClientOrderId'];

export const cancelMarginOrder_param_newClientOrderId_example = "cancelMyOrder1" satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['newClientOrderId'];

export const cancelMarginOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['recvWindow'];

export const cancelMarginOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['timestamp'];

export const getMarginOpenOrders_200_oneOpenOrder = [
  {
    "clientOrderId": "qhcZw71gAkCCTv0t0k8LUK",
    "cummulativeQuoteQty": "0.00000000",
    "executedQty": "0.00000000",
    "icebergQty": "0.00000000",
    "isWorking": true,
    "orderId": 211842552n,
    "origQty": "0.30000000",
    "price": "0.00475010",
    "side": "SELL",
    "status": "NEW",
    "stopPrice": "0.00000000",
    "symbol": "BNBBTC",
    "time": 1562040170089,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "updateTime": 1562040170089,
    "accountId": 152950866n,
    "selfTradePreventionMode": "EXPIRE_TAKER",
    "preventedMatchId": null,
    "preventedQuantity": null,
  },
] satisfies operations['getMarginOpenOrders']['responses']['200']['content']['application/json'];

export const getMarginOpenOrders_200_none = [] satisfies operations['getMarginOpenOrders']['responses']['200']['content']['application/json'];

export const getMarginOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginOpenOrders']['responses']['400']['content']['application/json'];

export const getMarginOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginOpenOrders']['responses']['401']['content']['application/json'];

export const getMarginOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginOpenOrders']['responses']['401']['content']['application/json'];

export const getMarginOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginOpenOrders']['responses']['418']['content']['application/json'];

export const getMarginOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginOpenOrders']['responses']['429']['content']['application/json'];

export const getMarginOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginOpenOrders']['responses']['429']['content']['application/json'];

export const getMarginOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOrders_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['symbol'];

export const getMarginOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['recvWindow'];

export const getMarginOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['timestamp'];

export const cancelMarginAllOpenOrders_200_orderAndOco = [
  {
    "symbol": "BTCUSDT",
    "origClientOrderId": "E6APeyTJvkMvLMYMqu1KQ4",
    "orderId": 11n,
    "orderListId": -1n,
    "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
    "price": "0.089853",
    "origQty": "0.178622",
    "executedQty": "0.000000",
    "cummulativeQuoteQty": "0.000000",
    "status": "CANCELED",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "side": "BUY",
  },
  {
    "orderListId": 1929n,
    "contingencyType": "OCO",
    "listStatusType": "ALL_DONE",
    "listOrderStatus": "ALL_DONE",
    "listClientOrderId": "2inzWQdDvZLHbbAmAozX2N",
    "transactionTime": 1585230948299,
    "symbol": "BTCUSDT",
    "orders": [
      {
        "symbol": "BTCUSDT",
        "orderId": 20n,
        "clientOrderId": "CwOOIPHSmYywx6jZX77TdL",
      },
      {
        "symbol": "BTCUSDT",
        "orderId": 21n,
        "clientOrderId": "461cPg51vQjV3zIMOXNz39",
      },
    ],
    "orderReports": [
      {
        "symbol": "BTCUSDT",
        "origClientOrderId": "CwOOIPHSmYywx6jZX77TdL",
        "orderId": 20n,
        "orderListId": 1929n,
        "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
        "price": "0.668611",
        "origQty": "0.690354",
        "executedQty": "0.000000",
        "cummulativeQuoteQty": "0.000000",
        "status": "CANCELED",
        "timeInForce": "GTC",
        "type": "STOP_LOSS_LIMIT",
        "side": "BUY",
        "stopPrice": "0.378131",
        "icebergQty": "0.017083",
      },
      {
        "symbol": "BTCUSDT",
        "origClientOrderId": "461cPg51vQjV3zIMOXNz39",
        "orderId": 21n,
        "orderListId": 1929n,
        "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
        "price": "0.008791",
        "origQty": "0.690354",
        "executedQty": "0.000000",
        "cummulativeQuoteQty": "0.000000",
        "status": "CANCELED",
        "timeInForce": "GTC",
        "type": "LIMIT_MAKER",
        "side": "BUY",
        "icebergQty": "0.639962",
      },
    ],
  },
] satisfies operations['cancelMarginAllOpenOrders']['responses']['200']['content']['application/json'];

export const cancelMarginAllOpenOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelMarginAllOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelMarginAllOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelMarginAllOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelMarginAllOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['418']['content']['application/json'];

export const cancelMarginAllOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelMarginAllOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelMarginAllOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelMarginAllOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelMarginAllOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelMarginAllOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelMarginAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelMarginAllOpenOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelMarginAllOpenOrders']['parameters']['query']>['symbol'];

export const cancelMarginAllOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginAllOpenOrders']['parameters']['query']>['recvWindow'];

export const cancelMarginAllOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginAllOpenOrders']['parameters']['query']>['timestamp'];

export const getMarginAllOrders_200_cancelledTakeProfit = [
  {
    "clientOrderId": "D2KDy4DIeS56PvkM13f8cP",
    "cummulativeQuoteQty": "0.00000000",
    "executedQty": "0.00000000",
    "icebergQty": "0.00000000",
    "isWorking": false,
    "orderId": 41295n,
    "origQty": "5.31000000",
    "price": "0.22500000",
    "side": "SELL",
    "status": "CANCELED",
    "stopPrice": "0.18000000",
    "symbol": "BNBBTC",
    "time": 1565769338806,
    "timeInForce": "GTC",
    "type": "TAKE_PROFIT_LIMIT",
    "updateTime": 1565769342148,
    "accountId": 152950866n,
    "selfTradePreventionMode": "EXPIRE_TAKER",
    "preventedMatchId": null,
    "preventedQuantity": null,
  },
] satisfies operations['getMarginAllOrders']['responses']['200']['content']['application/json'];

export const getMarginAllOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginAllOrders']['responses']['400']['content']['application/json'];

export const getMarginAllOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginAllOrders']['responses']['400']['content']['application/json'];

export const getMarginAllOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginAllOrders']['responses']['401']['content']['application/json'];

export const getMarginAllOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginAllOrders']['responses']['401']['content']['application/json'];

export const getMarginAllOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginAllOrders']['responses']['418']['content']['application/json'];

export const getMarginAllOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginAllOrders']['responses']['429']['content']['application/json'];

export const getMarginAllOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginAllOrders']['responses']['429']['content']['application/json'];

export const getMarginAllOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginAllOrders']['responses']['5XX']['content']['application/json'];

export const getMarginAllOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginAllOrders']['responses']['5XX']['content']['application/json'];

export const getMarginAllOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginAllOrders']['responses']['5XX']['content']['application/json'];

export const getMarginAllOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginAllOrders']['responses']['5XX']['content']['application/json'];

export const getMarginAllOrders_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['symbol'];

export const getMarginAllOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['recvWindow'];

export const getMarginAllOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['timestamp'];

export const newMarginOco_200_placed = {
  "orderListId": 0n,
  "contingencyType": "OCO",
  "listStatusType": "EXEC_STARTED",
  "listOrderStatus": "EXECUTING",
  "listClientOrderId": "JYVpp3F0f5CAG15DhtrqLp",
  "transactionTime": 1563417480525,
  "symbol": "LTCBTC",
  "marginBuyBorrowAmount": "5",
  "marginBuyBorrowAsset": "BTC",
  "orders": [
    {
      "symbol": "LTCBTC",
      "orderId": 2n,
      "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos",
    },
    {
      "symbol": "LTCBTC",
      "orderId": 3n,
      "clientOrderId": "xTXKaGYd4bluPVp78IVRvl",
    },
  ],
  "orderReports": [
    {
      "symbol": "LTCBTC",
      "orderId": 2n,
      "orderListId": 0n,
      "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos",
      "transactTime": 1563417480525,
      "price": "0.000000",
      "origQty": "0.624363",
      "executedQty": "0.000000",
      "cummulativeQuoteQty": "0.000000",
      "status": "NEW",
      "timeInForce": "GTC",
      "type": "STOP_LOSS",
      "side": "BUY",
      "stopPrice": "0.960664",
    },
    {
      "symbol": "LTCBTC",
      "orderId": 3n,
      "orderListId": 0n,
      "clientOrderId": "xTXKaGYd4bluPVp78IVRvl",
      "transactTime": 1563417480525,
      "price": "0.036435",
      "origQty": "0.624363",
      "executedQty": "0.000000",
      "cummulativeQuoteQty": "0.000000",
      "status": "NEW",
      "timeInForce": "GTC",
      "type": "LIMIT_MAKER",
      "side": "BUY",
    },
  ],
} satisfies operations['newMarginOco']['responses']['200']['content']['application/json'];

export const newMarginOco_400_stopLimitTifMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'stopLimitTimeInForce' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_400_fullNotOffered = {
  "code": -1136,
  "msg": "Invalid newOrderRespType.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_400_wrongPriceOrder = {
  "code": -2010,
  "msg": "The relationship of the prices for the orders is not correct.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newMarginOco']['responses']['401']['content']['application/json'];

export const newMarginOco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newMarginOco']['responses']['401']['content']['application/json'];

export const newMarginOco_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newMarginOco']['responses']['418']['content']['application/json'];

export const newMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newMarginOco']['responses']['429']['content']['application/json'];

export const newMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newMarginOco']['responses']['429']['content']['application/json'];

export const newMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newMarginOco']['responses']['5XX']['content']['application/json'];

export const newMarginOco_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newMarginOco']['responses']['5XX']['content']['application/json'];

export const newMarginOco_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newMarginOco']['responses']['5XX']['content']['application/json'];

export const newMarginOco_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newMarginOco']['responses']['5XX']['content']['application/json'];

export const newMarginOco_body_buyWithMarginBuy = {
  "symbol": "LTCBTC",
  "listClientOrderId": "JYVpp3F0f5CAG15DhtrqLp",
  "side": "BUY",
  "quantity": "0.624363",
  "price": "0.036435",
  "stopPrice": "0.960664",
  "sideEffectType": "MARGIN_BUY",
  "newOrderRespType": "RESULT",
  "timestamp": 1563417480525,
} satisfies NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOco_body_sellWithStopLimit = {
  "symbol": "LTCBTC",
  "side": "SELL",
  "quantity": "10",
  "price": "0.06",
  "stopPrice": "0.04",
  "stopLimitPrice": "0.0399",
  "stopLimitTimeInForce": "GTC",
  "newOrderRespType": "ACK",
  "timestamp": 1574040868128,
} satisfies NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginOco_200_executing = {
  "orderListId": 27n,
  "contingencyType": "OCO",
  "listStatusType": "EXEC_STARTED",
  "listOrderStatus": "EXECUTING",
  "listClientOrderId": "h2USkA5YQpaXHPIrkd96xE",
  "transactionTime": 1565245656253,
  "symbol": "LTCBTC",
  "orders": [
    {
      "symbol": "LTCBTC",
      "orderId": 4n,
      "clientOrderId": "qD1gy3kc3Gx0rihm9Y3xwS",
    },
    {
      "symbol": "LTCBTC",
      "orderId": 5n,
      "clientOrderId": "ARzZ9I00CPM8i3NhmU9Ega",
    },
  ],
} satisfies operations['getMarginOco']['responses']['200']['content']['application/json'];

export const getMarginOco_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderListId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getMarginOco']['responses']['400']['content']['application/json'];

export const getMarginOco_400_noSuchList = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getMarginOco']['responses']['400']['content']['application/json'];

export const getMarginOco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginOco']['responses']['401']['content']['application/json'];

export const getMarginOco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginOco']['responses']['401']['content']['application/json'];

export const getMarginOco_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginOco']['responses']['418']['content']['application/json'];

export const getMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginOco']['responses']['429']['content']['application/json'];

export const getMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginOco']['responses']['429']['content']['application/json'];

export const getMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginOco']['responses']['5XX']['content']['application/json'];

export const getMarginOco_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginOco']['responses']['5XX']['content']['application/json'];

export const getMarginOco_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginOco']['responses']['5XX']['content']['application/json'];

export const getMarginOco_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginOco']['responses']['5XX']['content']['application/json'];

export const getMarginOco_param_orderListId_example = 27n satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['orderListId'];

export const getMarginOco_param_origClientOrderId_example = "h2USkA5YQpaXHPIrkd96xE" satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['origClientOrderId'];

export const getMarginOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['recvWindow'];

export const getMarginOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['timestamp'];

export const cancelMarginOco_200_canceled = {
  "orderListId": 0n,
  "contingencyType": "OCO",
  "listStatusType": "ALL_DONE",
  "listOrderStatus": "ALL_DONE",
  "listClientOrderId": "C3wyj4WVEktd7u9aVBRXcN",
  "transactionTime": 1574040868128,
  "symbol": "LTCBTC",
  "orders": [
    {
      "symbol": "LTCBTC",
      "orderId": 2n,
      "clientOrderId": "pO9ufTiFGg3nw2fOdgeOXa",
    },
    {
      "symbol": "LTCBTC",
      "orderId": 3n,
      "clientOrderId": "TXOvglzXuaubXAaENpaRCB",
    },
  ],
  "orderReports": [
    {
      "symbol": "LTCBTC",
      "origClientOrderId": "pO9ufTiFGg3nw2fOdgeOXa",
      "orderId": 2n,
      "orderListId": 0n,
      "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
      "price": "1.00000000",
      "origQty": "10.00000000",
      "executedQty": "0.00000000",
      "cummulativeQuoteQty": "0.00000000",
      "status": "CANCELED",
      "timeInForce": "GTC",
      "type": "STOP_LOSS_LIMIT",
      "side": "SELL",
      "stopPrice": "1.00000000",
    },
    {
      "symbol": "LTCBTC",
      "origClientOrderId": "TXOvglzXuaubXAaENpaRCB",
      "orderId": 3n,
      "orderListId": 0n,
      "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
      "price": "3.00000000",
      "origQty": "10.00000000",
      "executedQty": "0.00000000",
      "cummulativeQuoteQty": "0.00000000",
      "status": "CANCELED",
      "timeInForce": "GTC",
      "type": "LIMIT_MAKER",
      "side": "SELL",
    },
  ],
} satisfies operations['cancelMarginOco']['responses']['200']['content']['application/json'];

export const cancelMarginOco_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderListId' or 'listClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['cancelMarginOco']['responses']['400']['content']['application/json'];

export const cancelMarginOco_400_unknownList = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelMarginOco']['responses']['400']['content']['application/json'];

export const cancelMarginOco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelMarginOco']['responses']['401']['content']['application/json'];

export const cancelMarginOco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelMarginOco']['responses']['401']['content']['application/json'];

export const cancelMarginOco_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelMarginOco']['responses']['418']['content']['application/json'];

export const cancelMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelMarginOco']['responses']['429']['content']['application/json'];

export const cancelMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelMarginOco']['responses']['429']['content']['application/json'];

export const cancelMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelMarginOco']['responses']['5XX']['content']['application/json'];

export const cancelMarginOco_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelMarginOco']['responses']['5XX']['content']['application/json'];

export const cancelMarginOco_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelMarginOco']['responses']['5XX']['content']['application/json'];

export const cancelMarginOco_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelMarginOco']['responses']['5XX']['content']['application/json'];

export const cancelMarginOco_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['symbol'];

export const cancelMarginOco_param_orderListId_example = 1929n satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['orderListId'];

export const cancelMarginOco_param_listClientOrderId_example = "2inzWQdDvZLHbbAmAozX2N" satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['listClientOrderId'];

export const cancelMarginOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['recvWindow'];

export const cancelMarginOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['timestamp'];

export const getMarginAllOco_200_lists = [
  {
    "orderListId": 29n,
    "contingencyType": "OCO",
    "listStatusType": "EXEC_STARTED",
    "listOrderStatus": "EXECUTING",
    "listClientOrderId": "amEEAXryFzFwYF1FeRpUoZ",
    "transactionTime": 1565245913483,
    "symbol": "LTCBTC",
    "orders": [
      {
        "symbol": "LTCBTC",
        "orderId": 4n,
        "clientOrderId": "oD7aesZqjEGlZrbtRpy5zB",
      },
      {
        "symbol": "LTCBTC",
        "orderId": 5n,
        "clientOrderId": "Jr1h6xirOxgeJOUuYQS7V3",
      },
    ],
  },
  {
    "orderListId": 28n,
    "contingencyType": "OCO",
    "listStatusType": "EXEC_STARTED",
    "listOrderStatus": "EXECUTING",
    "listClientOrderId": "hG7hFNxJV6cZy3Ze4AUT4d",
    "transactionTime": 1565245913407,
    "symbol": "LTCBTC",
    "orders": [
      {
        "symbol": "LTCBTC",
        "orderId": 2n,
        "clientOrderId": "j6lFOfbmFMRjTYA7rRJ0LP",
      },
      {
        "symbol": "LTCBTC",
        "orderId": 3n,
        "clientOrderId": "z0KCjOdditiLS5ekAFtK81",
      },
    ],
  },
] satisfies operations['getMarginAllOco']['responses']['200']['content']['application/json'];

export const getMarginAllOco_400_fromIdWithTimes = {
  "code": -1128,
  "msg": "Combination of optional parameters invalid.",
} satisfies operations['getMarginAllOco']['responses']['400']['content']['application/json'];

export const getMarginAllOco_400_startAfterEnd = {
  "code": -1023,
  "msg": "Start time is greater than end time.",
} satisfies operations['getMarginAllOco']['responses']['400']['content']['application/json'];

export const getMarginAllOco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginAllOco']['responses']['401']['content']['application/json'];

export const getMarginAllOco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginAllOco']['responses']['401']['content']['application/json'];

export const getMarginAllOco_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginAllOco']['responses']['418']['content']['application/json'];

export const getMarginAllOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginAllOco']['responses']['429']['content']['application/json'];

export const getMarginAllOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginAllOco']['responses']['429']['content']['application/json'];

export const getMarginAllOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginAllOco']['responses']['5XX']['content']['application/json'];

export const getMarginAllOco_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginAllOco']['responses']['5XX']['content']['application/json'];

export const getMarginAllOco_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginAllOco']['responses']['5XX']['content']['application/json'];

export const getMarginAllOco_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginAllOco']['responses']['5XX']['content']['application/json'];

export const getMarginAllOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['recvWindow'];

export const getMarginAllOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['timestamp'];

export const getMarginOpenOco_200_oneOpenList = [
  {
    "orderListId": 31n,
    "contingencyType": "OCO",
    "listStatusType": "EXEC_STARTED",
    "listOrderStatus": "EXECUTING",
    "listClientOrderId": "wuB13fmulKj3YjdqWEcsnp",
    "transactionTime": 1565246080644,
    "symbol": "LTCBTC",
    "orders": [
      {
        "symbol": "LTCBTC",
        "orderId": 4n,
        "clientOrderId": "r3EH2N76dHfLoSZWIUw1bT",
      },
      {
        "symbol": "LTCBTC",
        "orderId": 5n,
        "clientOrderId": "Cv1SnyPD3qhqpbjpYEHbd2",
      },
    ],
  },
] satisfies operations['getMarginOpenOco']['responses']['200']['content']['application/json'];

export const getMarginOpenOco_200_none = [] satisfies operations['getMarginOpenOco']['responses']['200']['content']['application/json'];

export const getMarginOpenOco_400_staleTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getMarginOpenOco']['responses']['400']['content']['application/json'];

export const getMarginOpenOco_400_unknownParam = {
  "code": -1103,
  "msg": "An unknown parameter was sent.",
} satisfies operations['getMarginOpenOco']['responses']['400']['content']['application/json'];

export const getMarginOpenOco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginOpenOco']['responses']['401']['content']['application/json'];

export const getMarginOpenOco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginOpenOco']['responses']['401']['content']['application/json'];

export const getMarginOpenOco_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginOpenOco']['responses']['418']['content']['application/json'];

export const getMarginOpenOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginOpenOco']['responses']['429']['content']['application/json'];

export const getMarginOpenOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginOpenOco']['responses']['429']['content']['application/json'];

export const getMarginOpenOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginOpenOco']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOco_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginOpenOco']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOco_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginOpenOco']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOco_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginOpenOco']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOpenOco']['parameters']['query']>['recvWindow'];

export const getMarginOpenOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOpenOco']['parameters']['query']>['timestamp'];

export const getMarginTrades_200_oneTrade = [
  {
    "commission": "0.00006000",
    "commissionAsset": "BTC",
    "id": 34n,
    "isBestMatch": true,
    "isBuyer": false,
    "isMaker": false,
    "orderId": 39324n,
    "price": "0.02000000",
    "qty": "3.00000000",
    "symbol": "BNBBTC",
    "time": 1561973357171,
  },
] satisfies operations['getMarginTrades']['responses']['200']['content']['application/json'];

export const getMarginTrades_400_windowTooWide = {
  "code": -1127,
  "msg": "More than 24 hours between startTime and endTime.",
} satisfies operations['getMarginTrades']['responses']['400']['content']['application/json'];

export const getMarginTrades_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginTrades']['responses']['400']['content']['application/json'];

export const getMarginTrades_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginTrades']['responses']['401']['content']['application/json'];

export const getMarginTrades_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginTrades']['responses']['401']['content']['application/json'];

export const getMarginTrades_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginTrades']['responses']['418']['content']['application/json'];

export const getMarginTrades_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginTrades']['responses']['429']['content']['application/json'];

export const getMarginTrades_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginTrades']['responses']['429']['content']['application/json'];

export const getMarginTrades_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginTrades']['responses']['5XX']['content']['application/json'];

export const getMarginTrades_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginTrades']['responses']['5XX']['content']['application/json'];

export const getMarginTrades_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginTrades']['responses']['5XX']['content']['application/json'];

export const getMarginTrades_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginTrades']['responses']['5XX']['content']['application/json'];

export const getMarginTrades_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['symbol'];

export const getMarginTrades_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['recvWindow'];

export const getMarginTrades_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['timestamp'];

export const getMarginForceOrders_200_onePage = {
  "rows": [
    {
      "avgPrice": "0.00388359",
      "executedQty": "31.39000000",
      "orderId": 180015097n,
      "price": "0.00388110",
      "qty": "31.39000000",
      "side": "SELL",
      "symbol": "BNBBTC",
      "timeInForce": "GTC",
      "updatedTime": 1558941374745,
    },
  ],
  "total": 1,
} satisfies operations['getMarginForceOrders']['responses']['200']['content']['application/json'];

export const getMarginForceOrders_200_empty = {
  "rows": [],
  "total": 0,
} satisfies operations['getMarginForceOrders']['responses']['200']['content']['application/json'];

export const getMarginForceOrders_400_startAfterEnd = {
  "code": -1023,
  "msg": "Start time is greater than end time.",
} satisfies operations['getMarginForceOrders']['responses']['400']['content']['application/json'];

export const getMarginForceOrders_400_pageTooLarge = {
  "code": -1130,
  "msg": "Data sent for parameter 'size' is not valid.",
} satisfies operations['getMarginForceOrders']['responses']['400']['content']['application/json'];

export const getMarginForceOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginForceOrders']['responses']['401']['content']['application/json'];

export const getMarginForceOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginForceOrders']['responses']['401']['content']['application/json'];

export const getMarginForceOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginForceOrders']['responses']['418']['content']['application/json'];

export const getMarginForceOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginForceOrders']['responses']['429']['content']['application/json'];

export const getMarginForceOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginForceOrders']['responses']['429']['content']['application/json'];

export const getMarginForceOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginForceOrders']['responses']['5XX']['content']['application/json'];

export const getMarginForceOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginForceOrders']['responses']['5XX']['content']['application/json'];

export const getMarginForceOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginForceOrders']['responses']['5XX']['content']['application/json'];

export const getMarginForceOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginForceOrders']['responses']['5XX']['content']['application/json'];

export const getMarginForceOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginForceOrders']['parameters']['query']>['recvWindow'];

export const getMarginForceOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginForceOrders']['parameters']['query']>['timestamp'];

export const marginBorrow_200_recorded = {
  "tranId": 100000001n,
} satisfies operations['marginBorrow']['responses']['200']['content']['application/json'];

export const marginBorrow_400_pendingTransaction = {
  "code": -51007,
  "msg": "You have pending borrow or repayment, please try again later",
} satisfies operations['marginBorrow']['responses']['400']['content']['application/json'];

export const marginBorrow_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['marginBorrow']['responses']['400']['content']['application/json'];

export const marginBorrow_400_amountMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'amount' was not sent, was empty/null, or malformed.",
} satisfies operations['marginBorrow']['responses']['400']['content']['application/json'];

export const marginBorrow_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['marginBorrow']['responses']['401']['content']['application/json'];

export const marginBorrow_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['marginBorrow']['responses']['401']['content']['application/json'];

export const marginBorrow_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['marginBorrow']['responses']['418']['content']['application/json'];

export const marginBorrow_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['marginBorrow']['responses']['429']['content']['application/json'];

export const marginBorrow_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['marginBorrow']['responses']['429']['content']['application/json'];

export const marginBorrow_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['marginBorrow']['responses']['5XX']['content']['application/json'];

export const marginBorrow_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['marginBorrow']['responses']['5XX']['content']['application/json'];

export const marginBorrow_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['marginBorrow']['responses']['5XX']['content']['application/json'];

export const marginBorrow_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['marginBorrow']['responses']['5XX']['content']['application/json'];

export const marginBorrow_body_borrowUsdt = {
  "asset": "USDT",
  "amount": "100",
  "recvWindow": 5000,
  "timestamp": 1713873075893,
} satisfies NonNullable<operations['marginBorrow']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const marginRepay_200_recorded = {
  "tranId": 100000001n,
} satisfies operations['marginRepay']['responses']['200']['content']['application/json'];

export const marginRepay_400_insufficientBalance = {
  "code": -2018,
  "msg": "Balance is insufficient.",
} satisfies operations['marginRepay']['responses']['400']['content']['application/json'];

export const marginRepay_400_pendingTransaction = {
  "code": -51007,
  "msg": "You have pending borrow or repayment, please try again later",
} satisfies operations['marginRepay']['responses']['400']['content']['application/json'];

export const marginRepay_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['marginRepay']['responses']['400']['content']['application/json'];

export const marginRepay_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['marginRepay']['responses']['401']['content']['application/json'];

export const marginRepay_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['marginRepay']['responses']['401']['content']['application/json'];

export const marginRepay_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['marginRepay']['responses']['418']['content']['application/json'];

export const marginRepay_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['marginRepay']['responses']['429']['content']['application/json'];

export const marginRepay_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['marginRepay']['responses']['429']['content']['application/json'];

export const marginRepay_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['marginRepay']['responses']['5XX']['content']['application/json'];

export const marginRepay_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['marginRepay']['responses']['5XX']['content']['application/json'];

export const marginRepay_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['marginRepay']['responses']['5XX']['content']['application/json'];

export const marginRepay_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['marginRepay']['responses']['5XX']['content']['application/json'];

export const marginRepay_body_repayBnb = {
  "asset": "BNB",
  "amount": "14",
  "timestamp": 1563438204000,
} satisfies NonNullable<operations['marginRepay']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginLoanRecords_200_oneLoan = {
  "rows": [
    {
      "txId": 12807067523n,
      "asset": "BNB",
      "principal": "0.84624403",
      "timestamp": 1555056425000,
      "status": "CONFIRMED",
    },
  ],
  "total": 1,
} satisfies operations['getMarginLoanRecords']['responses']['200']['content']['application/json'];

export const getMarginLoanRecords_400_neitherTxIdNorStartTime = {
  "code": -1102,
  "msg": "Param 'txId' or 'startTime' must be sent, but both were empty/null!",
} satisfies operations['getMarginLoanRecords']['responses']['400']['content']['application/json'];

export const getMarginLoanRecords_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginLoanRecords']['responses']['400']['content']['application/json'];

export const getMarginLoanRecords_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getMarginLoanRecords']['responses']['400']['content']['application/json'];

export const getMarginLoanRecords_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginLoanRecords']['responses']['401']['content']['application/json'];

export const getMarginLoanRecords_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginLoanRecords']['responses']['401']['content']['application/json'];

export const getMarginLoanRecords_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginLoanRecords']['responses']['418']['content']['application/json'];

export const getMarginLoanRecords_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginLoanRecords']['responses']['429']['content']['application/json'];

export const getMarginLoanRecords_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginLoanRecords']['responses']['429']['content']['application/json'];

export const getMarginLoanRecords_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginLoanRecords']['responses']['5XX']['content']['application/json'];

export const getMarginLoanRecords_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginLoanRecords']['responses']['5XX']['content']['application/json'];

export const getMarginLoanRecords_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginLoanRecords']['responses']['5XX']['content']['application/json'];

export const getMarginLoanRecords_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginLoanRecords']['responses']['5XX']['content']['application/json'];

export const getMarginLoanRecords_param_asset_example = "BNB" satisfies NonNullable<operations['getMarginLoanRecords']['parameters']['query']>['asset'];

export const getMarginLoanRecords_param_txId_example = 12807067523n satisfies NonNullable<operations['getMarginLoanRecords']['parameters']['query']>['txId'];

export const getMarginLoanRecords_param_startTime_example = 1555000000000 satisfies NonNullable<operations['getMarginLoanRecords']['parameters']['query']>['startTime'];

export const getMarginLoanRecords_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginLoanRecords']['parameters']['query']>['recvWindow'];

export const getMarginLoanRecords_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginLoanRecords']['parameters']['query']>['timestamp'];

export const getMarginRepayRecords_200_oneRepayment = {
  "rows": [
    {
      "amount": "14.00000000",
      "asset": "BNB",
      "interest": "0.01866667",
      "principal": "13.98133333",
      "status": "CONFIRMED",
      "timestamp": 1563438204000,
      "txId": 2970933056n,
    },
  ],
  "total": 1,
} satisfies operations['getMarginRepayRecords']['responses']['200']['content']['application/json'];

export const getMarginRepayRecords_400_neitherTxIdNorStartTime = {
  "code": -1102,
  "msg": "Param 'txId' or 'startTime' must be sent, but both were empty/null!",
} satisfies operations['getMarginRepayRecords']['responses']['400']['content']['application/json'];

export const getMarginRepayRecords_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginRepayRecords']['responses']['400']['content']['application/json'];

export const getMarginRepayRecords_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getMarginRepayRecords']['responses']['400']['content']['application/json'];

export const getMarginRepayRecords_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginRepayRecords']['responses']['401']['content']['application/json'];

export const getMarginRepayRecords_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginRepayRecords']['responses']['401']['content']['application/json'];

export const getMarginRepayRecords_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginRepayRecords']['responses']['418']['content']['application/json'];

export const getMarginRepayRecords_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginRepayRecords']['responses']['429']['content']['application/json'];

export const getMarginRepayRecords_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginRepayRecords']['responses']['429']['content']['application/json'];

export const getMarginRepayRecords_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginRepayRecords']['responses']['5XX']['content']['application/json'];

export const getMarginRepayRecords_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginRepayRecords']['responses']['5XX']['content']['application/json'];

export const getMarginRepayRecords_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginRepayRecords']['responses']['5XX']['content']['application/json'];

export const getMarginRepayRecords_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginRepayRecords']['responses']['5XX']['content']['application/json'];

export const getMarginRepayRecords_param_asset_example = "BNB" satisfies NonNullable<operations['getMarginRepayRecords']['parameters']['query']>['asset'];

export const getMarginRepayRecords_param_txId_example = 2970933056n satisfies NonNullable<operations['getMarginRepayRecords']['parameters']['query']>['txId'];

export const getMarginRepayRecords_param_startTime_example = 1563000000000 satisfies NonNullable<operations['getMarginRepayRecords']['parameters']['query']>['startTime'];

export const getMarginRepayRecords_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginRepayRecords']['parameters']['query']>['recvWindow'];

export const getMarginRepayRecords_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginRepayRecords']['parameters']['query']>['timestamp'];

export const getMarginMaxBorrowable_200_maxBorrowable = {
  "amount": "1.69248805",
  "borrowLimit": "60",
} satisfies operations['getMarginMaxBorrowable']['responses']['200']['content']['application/json'];

export const getMarginMaxBorrowable_400_assetMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'asset' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginMaxBorrowable']['responses']['400']['content']['application/json'];

export const getMarginMaxBorrowable_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getMarginMaxBorrowable']['responses']['400']['content']['application/json'];

export const getMarginMaxBorrowable_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginMaxBorrowable']['responses']['401']['content']['application/json'];

export const getMarginMaxBorrowable_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginMaxBorrowable']['responses']['401']['content']['application/json'];

export const getMarginMaxBorrowable_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginMaxBorrowable']['responses']['418']['content']['application/json'];

export const getMarginMaxBorrowable_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginMaxBorrowable']['responses']['429']['content']['application/json'];

export const getMarginMaxBorrowable_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginMaxBorrowable']['responses']['429']['content']['application/json'];

export const getMarginMaxBorrowable_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginMaxBorrowable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxBorrowable_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginMaxBorrowable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxBorrowable_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginMaxBorrowable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxBorrowable_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginMaxBorrowable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxBorrowable_param_asset_example = "BNB" satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['asset'];

export const getMarginMaxBorrowable_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['recvWindow'];

export const getMarginMaxBorrowable_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['timestamp'];

export const getMarginMaxWithdraw_200_maxWithdraw = {
  "amount": "60",
} satisfies operations['getMarginMaxWithdraw']['responses']['200']['content']['application/json'];

export const getMarginMaxWithdraw_400_assetMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'asset' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginMaxWithdraw']['responses']['400']['content']['application/json'];

export const getMarginMaxWithdraw_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getMarginMaxWithdraw']['responses']['400']['content']['application/json'];

export const getMarginMaxWithdraw_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginMaxWithdraw']['responses']['401']['content']['application/json'];

export const getMarginMaxWithdraw_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginMaxWithdraw']['responses']['401']['content']['application/json'];

export const getMarginMaxWithdraw_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginMaxWithdraw']['responses']['418']['content']['application/json'];

export const getMarginMaxWithdraw_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginMaxWithdraw']['responses']['429']['content']['application/json'];

export const getMarginMaxWithdraw_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginMaxWithdraw']['responses']['429']['content']['application/json'];

export const getMarginMaxWithdraw_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginMaxWithdraw']['responses']['5XX']['content']['application/json'];

export const getMarginMaxWithdraw_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginMaxWithdraw']['responses']['5XX']['content']['application/json'];

export const getMarginMaxWithdraw_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginMaxWithdraw']['responses']['5XX']['content']['application/json'];

export const getMarginMaxWithdraw_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginMaxWithdraw']['responses']['5XX']['content']['application/json'];

export const getMarginMaxWithdraw_param_asset_example = "USDT" satisfies NonNullable<operations['getMarginMaxWithdraw']['parameters']['query']>['asset'];

export const getMarginMaxWithdraw_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginMaxWithdraw']['parameters']['query']>['recvWindow'];

export const getMarginMaxWithdraw_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginMaxWithdraw']['parameters']['query']>['timestamp'];

export const getAccount_200_normal = {
  "uniMMR": "5167.92171923",
  "accountEquity": "122607.35137903",
  "actualEquity": "73.47428058",
  "accountInitialMargin": "23.72469206",
  "accountMaintMargin": "23.72469206",
  "accountStatus": "NORMAL",
  "virtualMaxWithdrawAmount": "1627523.32459208",
  "totalAvailableBalance": "",
  "totalMarginOpenLoss": "",
  "updateTime": 1657707212154,
} satisfies operations['getAccount']['responses']['200']['content']['application/json'];

export const getAccount_400_outsideRecvWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getAccount']['responses']['400']['content']['application/json'];

export const getAccount_400_badSignature = {
  "code": -1022,
  "msg": "Signature for this request is not valid.",
} satisfies operations['getAccount']['responses']['400']['content']['application/json'];

export const getAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getAccount']['responses']['401']['content']['application/json'];

export const getAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getAccount']['responses']['401']['content']['application/json'];

export const getAccount_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getAccount']['responses']['418']['content']['application/json'];

export const getAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getAccount']['responses']['429']['content']['application/json'];

export const getAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getAccount']['responses']['429']['content']['application/json'];

export const getAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getAccount']['responses']['5XX']['content']['application/json'];

export const getAccount_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getAccount']['responses']['5XX']['content']['application/json'];

export const getAccount_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getAccount']['responses']['5XX']['content']['application/json'];

export const getAccount_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getAccount']['responses']['5XX']['content']['application/json'];

export const getAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['getAccount']['parameters']['query']>['recvWindow'];

export const getAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getAccount']['parameters']['query']>['timestamp'];

export const getBalance_200_allAssets = [
  {
    "asset": "USDT",
    "totalWalletBalance": "122607.35137903",
    "crossMarginAsset": "92.27530794",
    "crossMarginBorrowed": "10.00000000",
    "crossMarginFree": "100.00000000",
    "crossMarginInterest": "0.72469206",
    "crossMarginLocked": "3.00000000",
    "umWalletBalance": "0.00000000",
    "umUnrealizedPNL": "23.72469206",
    "cmWalletBalance": "23.72469206",
    "cmUnrealizedPNL": "",
    "updateTime": 1617939110373,
    "negativeBalance": "0",
  },
] satisfies operations['getBalance']['responses']['200']['content']['application/json'];

export const getBalance_200_oneAsset = {
  "asset": "USDT",
  "totalWalletBalance": "122607.35137903",
  "crossMarginBorrowed": "10.00000000",
  "crossMarginFree": "100.00000000",
  "crossMarginInterest": "0.72469206",
  "crossMarginLocked": "3.00000000",
  "umWalletBalance": "0.00000000",
  "umUnrealizedPNL": "23.72469206",
  "cmWalletBalance": "23.72469206",
  "cmUnrealizedPNL": "",
  "updateTime": 1617939110373,
  "negativeBalance": "0",
} satisfies operations['getBalance']['responses']['200']['content']['application/json'];

export const getBalance_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getBalance']['responses']['400']['content']['application/json'];

export const getBalance_400_outsideRecvWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getBalance']['responses']['400']['content']['application/json'];

export const getBalance_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getBalance']['responses']['401']['content']['application/json'];

export const getBalance_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getBalance']['responses']['401']['content']['application/json'];

export const getBalance_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getBalance']['responses']['418']['content']['application/json'];

export const getBalance_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getBalance']['responses']['429']['content']['application/json'];

export const getBalance_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getBalance']['responses']['429']['content']['application/json'];

export const getBalance_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getBalance']['responses']['5XX']['content']['application/json'];

export const getBalance_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getBalance']['responses']['5XX']['content']['application/json'];

export const getBalance_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getBalance']['responses']['5XX']['content']['application/json'];

export const getBalance_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getBalance']['responses']['5XX']['content']['application/json'];

export const getBalance_param_asset_example = "USDT" satisfies NonNullable<operations['getBalance']['parameters']['query']>['asset'];

export const getBalance_param_recvWindow_example = 5000 satisfies NonNullable<operations['getBalance']['parameters']['query']>['recvWindow'];

export const getBalance_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getBalance']['parameters']['query']>['timestamp'];

export const getMarginInterestHistory_200_onBorrow = {
  "rows": [
    {
      "txId": 1352286576452864727n,
      "interestAccuredTime": 1672160400000,
      "asset": "USDT",
      "rawAsset": "USDT",
      "principal": "45.3313",
      "interest": "0.00024995",
      "interestRate": "0.00013233",
      "type": "ON_BORROW",
    },
  ],
  "total": 1,
} satisfies operations['getMarginInterestHistory']['responses']['200']['content']['application/json'];

export const getMarginInterestHistory_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginInterestHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestHistory_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getMarginInterestHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginInterestHistory']['responses']['401']['content']['application/json'];

export const getMarginInterestHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginInterestHistory']['responses']['401']['content']['application/json'];

export const getMarginInterestHistory_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getMarginInterestHistory']['responses']['418']['content']['application/json'];

export const getMarginInterestHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getMarginInterestHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getMarginInterestHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getMarginInterestHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestHistory_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getMarginInterestHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestHistory_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getMarginInterestHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestHistory_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getMarginInterestHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestHistory_param_asset_example = "USDT" satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['asset'];

export const getMarginInterestHistory_param_startTime_example = 1672100000000 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['startTime'];

export const getMarginInterestHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['recvWindow'];

export const getMarginInterestHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['timestamp'];

export const getNegativeBalanceInterestHistory_200_oneDay = [
  {
    "asset": "USDT",
    "interest": "24.4440",
    "interestAccuredTime": 1670227200000,
    "interestRate": "0.0001164",
    "principal": "210000",
  },
] satisfies operations['getNegativeBalanceInterestHistory']['responses']['200']['content']['application/json'];

export const getNegativeBalanceInterestHistory_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['400']['content']['application/json'];

export const getNegativeBalanceInterestHistory_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['400']['content']['application/json'];

export const getNegativeBalanceInterestHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['401']['content']['application/json'];

export const getNegativeBalanceInterestHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['401']['content']['application/json'];

export const getNegativeBalanceInterestHistory_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['418']['content']['application/json'];

export const getNegativeBalanceInterestHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['429']['content']['application/json'];

export const getNegativeBalanceInterestHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['429']['content']['application/json'];

export const getNegativeBalanceInterestHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceInterestHistory_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceInterestHistory_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceInterestHistory_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getNegativeBalanceInterestHistory']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceInterestHistory_param_asset_example = "USDT" satisfies NonNullable<operations['getNegativeBalanceInterestHistory']['parameters']['query']>['asset'];

export const getNegativeBalanceInterestHistory_param_startTime_example = 1670140800000 satisfies NonNullable<operations['getNegativeBalanceInterestHistory']['parameters']['query']>['startTime'];

export const getNegativeBalanceInterestHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getNegativeBalanceInterestHistory']['parameters']['query']>['recvWindow'];

export const getNegativeBalanceInterestHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getNegativeBalanceInterestHistory']['parameters']['query']>['timestamp'];

export const createListenKey_200_listenKey = {
  "listenKey": "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1",
} satisfies operations['createListenKey']['responses']['200']['content']['application/json'];

export const createListenKey_400_unknown = {
  "code": -1000,
  "msg": "An unknown error occured while processing the request.",
} satisfies operations['createListenKey']['responses']['400']['content']['application/json'];

export const createListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['createListenKey']['responses']['401']['content']['application/json'];

export const createListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['createListenKey']['responses']['401']['content']['application/json'];

export const createListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['createListenKey']['responses']['418']['content']['application/json'];

export const createListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['createListenKey']['responses']['429']['content']['application/json'];

export const createListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['createListenKey']['responses']['429']['content']['application/json'];

export const createListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['createListenKey']['responses']['5XX']['content']['application/json'];

export const createListenKey_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['createListenKey']['responses']['5XX']['content']['application/json'];

export const createListenKey_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['createListenKey']['responses']['5XX']['content']['application/json'];

export const createListenKey_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['createListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveListenKey_200_extended = {} satisfies operations['keepAliveListenKey']['responses']['200']['content']['application/json'];

export const keepAliveListenKey_400_listenKeyNotFound = {
  "code": -1125,
  "msg": "This listenKey does not exist. Please use `POST /papi/v1/listenKey` to recreate `listenKey`",
} satisfies operations['keepAliveListenKey']['responses']['400']['content']['application/json'];

export const keepAliveListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['keepAliveListenKey']['responses']['401']['content']['application/json'];

export const keepAliveListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['keepAliveListenKey']['responses']['401']['content']['application/json'];

export const keepAliveListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['keepAliveListenKey']['responses']['418']['content']['application/json'];

export const keepAliveListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['keepAliveListenKey']['responses']['429']['content']['application/json'];

export const keepAliveListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['keepAliveListenKey']['responses']['429']['content']['application/json'];

export const keepAliveListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['keepAliveListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveListenKey_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['keepAliveListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveListenKey_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['keepAliveListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveListenKey_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['keepAliveListenKey']['responses']['5XX']['content']['application/json'];

export const closeListenKey_200_closed = {} satisfies operations['closeListenKey']['responses']['200']['content']['application/json'];

export const closeListenKey_400_listenKeyNotFound = {
  "code": -1125,
  "msg": "This listenKey does not exist. Please use `POST /papi/v1/listenKey` to recreate `listenKey`",
} satisfies operations['closeListenKey']['responses']['400']['content']['application/json'];

export const closeListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['closeListenKey']['responses']['401']['content']['application/json'];

export const closeListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['closeListenKey']['responses']['401']['content']['application/json'];

export const closeListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['closeListenKey']['responses']['418']['content']['application/json'];

export const closeListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['closeListenKey']['responses']['429']['content']['application/json'];

export const closeListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['closeListenKey']['responses']['429']['content']['application/json'];

export const closeListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['closeListenKey']['responses']['5XX']['content']['application/json'];

export const closeListenKey_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['closeListenKey']['responses']['5XX']['content']['application/json'];

export const closeListenKey_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['closeListenKey']['responses']['5XX']['content']['application/json'];

export const closeListenKey_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['closeListenKey']['responses']['5XX']['content']['application/json'];

export const ping_200_pong = {} satisfies operations['ping']['responses']['200']['content']['application/json'];

export const ping_400_unknown = {
  "code": -1000,
  "msg": "An unknown error occured while processing the request.",
} satisfies operations['ping']['responses']['400']['content']['application/json'];

export const ping_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['ping']['responses']['418']['content']['application/json'];

export const ping_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['ping']['responses']['429']['content']['application/json'];

export const ping_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['ping']['responses']['429']['content']['application/json'];

export const ping_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['ping']['responses']['5XX']['content']['application/json'];

export const ping_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['ping']['responses']['5XX']['content']['application/json'];

export const ping_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['ping']['responses']['5XX']['content']['application/json'];

export const ping_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['ping']['responses']['5XX']['content']['application/json'];

export const getUmOrder_200_open = {
  "avgPrice": "0.00000",
  "clientOrderId": "abc",
  "cumQuote": "0",
  "executedQty": "0",
  "orderId": 1917641n,
  "origQty": "0.40",
  "origType": "LIMIT",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "NEW",
  "symbol": "BTCUSDT",
  "time": 1579276756075,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1579276756075,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['getUmOrder']['responses']['200']['content']['application/json'];

export const getUmOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getUmOrder']['responses']['400']['content']['application/json'];

export const getUmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getUmOrder']['responses']['400']['content']['application/json'];

export const getUmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOrder']['responses']['401']['content']['application/json'];

export const getUmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOrder']['responses']['401']['content']['application/json'];

export const getUmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOrder']['responses']['418']['content']['application/json'];

export const getUmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOrder']['responses']['429']['content']['application/json'];

export const getUmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOrder']['responses']['429']['content']['application/json'];

export const getUmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOrder']['responses']['5XX']['content']['application/json'];

export const getUmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOrder']['responses']['5XX']['content']['application/json'];

export const getUmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOrder']['responses']['5XX']['content']['application/json'];

export const getUmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOrder']['responses']['5XX']['content']['application/json'];

export const getUmOrder_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOrder']['parameters']['query']>['symbol'];

export const getUmOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getUmOrder']['parameters']['query']>['origClientOrderId'];

export const getUmOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOrder']['parameters']['query']>['recvWindow'];

export const getUmOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOrder']['parameters']['query']>['timestamp'];

export const newUmOrder_200_accepted = {
  "clientOrderId": "testOrder",
  "cumQty": "0",
  "cumQuote": "0",
  "executedQty": "0",
  "orderId": 22542179n,
  "avgPrice": "0.00000",
  "origQty": "10",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "NEW",
  "symbol": "BTCUSDT",
  "timeInForce": "GTC",
  "type": "MARKET",
  "updateTime": 1566818724722,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['newUmOrder']['responses']['200']['content']['application/json'];

export const newUmOrder_400_typeMissingTif = {
  "code": -1102,
  "msg": "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_400_margin = {
  "code": -2019,
  "msg": "Margin is insufficient.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_400_reduceOnly = {
  "code": -2022,
  "msg": "ReduceOnly Order is rejected.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_400_positionSide = {
  "code": -4061,
  "msg": "Order's position side does not match user's setting.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_400_tick = {
  "code": -4014,
  "msg": "Price not increased by tick size.",
} satisfies operations['newUmOrder']['responses']['400']['content']['application/json'];

export const newUmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newUmOrder']['responses']['401']['content']['application/json'];

export const newUmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newUmOrder']['responses']['401']['content']['application/json'];

export const newUmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newUmOrder']['responses']['418']['content']['application/json'];

export const newUmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newUmOrder']['responses']['429']['content']['application/json'];

export const newUmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newUmOrder']['responses']['429']['content']['application/json'];

export const newUmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newUmOrder']['responses']['5XX']['content']['application/json'];

export const newUmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newUmOrder']['responses']['5XX']['content']['application/json'];

export const newUmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newUmOrder']['responses']['5XX']['content']['application/json'];

export const newUmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newUmOrder']['responses']['5XX']['content']['application/json'];

export const newUmOrder_body_limitBuy = {
  "symbol": "BTCUSDT",
  "side": "BUY",
  "type": "LIMIT",
  "timeInForce": "GTC",
  "quantity": "0.01",
  "price": "35000",
  "newClientOrderId": "docsLimitBuy",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newUmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newUmOrder_body_marketSell = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "type": "MARKET",
  "quantity": "0.01",
  "newOrderRespType": "RESULT",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newUmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const modifyUmOrder_200_modified = {
  "orderId": 20072994037n,
  "symbol": "BTCUSDT",
  "status": "NEW",
  "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
  "price": "30005",
  "avgPrice": "0.0",
  "origQty": "1",
  "executedQty": "0",
  "cumQty": "0",
  "cumQuote": "0",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "LONG",
  "origType": "LIMIT",
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "updateTime": 1629182711600,
  "priceMatch": "NONE",
} satisfies operations['modifyUmOrder']['responses']['200']['content']['application/json'];

export const modifyUmOrder_400_unknownOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['modifyUmOrder']['responses']['400']['content']['application/json'];

export const modifyUmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['modifyUmOrder']['responses']['400']['content']['application/json'];

export const modifyUmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['modifyUmOrder']['responses']['401']['content']['application/json'];

export const modifyUmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['modifyUmOrder']['responses']['401']['content']['application/json'];

export const modifyUmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['modifyUmOrder']['responses']['418']['content']['application/json'];

export const modifyUmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['modifyUmOrder']['responses']['429']['content']['application/json'];

export const modifyUmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['modifyUmOrder']['responses']['429']['content']['application/json'];

export const modifyUmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['modifyUmOrder']['responses']['5XX']['content']['application/json'];

export const modifyUmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['modifyUmOrder']['responses']['5XX']['content']['application/json'];

export const modifyUmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['modifyUmOrder']['responses']['5XX']['content']['application/json'];

export const modifyUmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['modifyUmOrder']['responses']['5XX']['content']['application/json'];

export const modifyUmOrder_body_reprice = {
  "origClientOrderId": "myOrder1",
  "symbol": "BTCUSDT",
  "side": "BUY",
  "quantity": "0.01",
  "price": "30500",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['modifyUmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelUmOrder_200_canceled = {
  "avgPrice": "0.00000",
  "clientOrderId": "myOrder1",
  "cumQty": "0",
  "cumQuote": "0",
  "executedQty": "0",
  "orderId": 4611875134427365377n,
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "CANCELED",
  "symbol": "BTCUSDT",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1571110484038,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['cancelUmOrder']['responses']['200']['content']['application/json'];

export const cancelUmOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelUmOrder']['responses']['400']['content']['application/json'];

export const cancelUmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['cancelUmOrder']['responses']['400']['content']['application/json'];

export const cancelUmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmOrder']['responses']['401']['content']['application/json'];

export const cancelUmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmOrder']['responses']['401']['content']['application/json'];

export const cancelUmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmOrder']['responses']['418']['content']['application/json'];

export const cancelUmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmOrder']['responses']['429']['content']['application/json'];

export const cancelUmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmOrder']['responses']['429']['content']['application/json'];

export const cancelUmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmOrder_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelUmOrder']['parameters']['query']>['symbol'];

export const cancelUmOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['cancelUmOrder']['parameters']['query']>['origClientOrderId'];

export const cancelUmOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmOrder']['parameters']['query']>['recvWindow'];

export const cancelUmOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmOrder']['parameters']['query']>['timestamp'];

export const getUmOpenOrder_200_open = {
  "avgPrice": "0.00000",
  "clientOrderId": "abc",
  "cumQuote": "0",
  "executedQty": "0",
  "orderId": 1917641n,
  "origQty": "0.40",
  "origType": "LIMIT",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "NEW",
  "symbol": "BTCUSDT",
  "time": 1579276756075,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1579276756075,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['getUmOpenOrder']['responses']['200']['content']['application/json'];

export const getUmOpenOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getUmOpenOrder']['responses']['400']['content']['application/json'];

export const getUmOpenOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getUmOpenOrder']['responses']['400']['content']['application/json'];

export const getUmOpenOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOpenOrder']['responses']['401']['content']['application/json'];

export const getUmOpenOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOpenOrder']['responses']['401']['content']['application/json'];

export const getUmOpenOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOpenOrder']['responses']['418']['content']['application/json'];

export const getUmOpenOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOpenOrder']['responses']['429']['content']['application/json'];

export const getUmOpenOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOpenOrder']['responses']['429']['content']['application/json'];

export const getUmOpenOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrder_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOpenOrder']['parameters']['query']>['symbol'];

export const getUmOpenOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getUmOpenOrder']['parameters']['query']>['origClientOrderId'];

export const getUmOpenOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOpenOrder']['parameters']['query']>['recvWindow'];

export const getUmOpenOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOpenOrder']['parameters']['query']>['timestamp'];

export const getUmOpenOrders_200_open = [
  {
    "avgPrice": "0.00000",
    "clientOrderId": "abc",
    "cumQuote": "0",
    "executedQty": "0",
    "orderId": 1917641n,
    "origQty": "0.40",
    "origType": "LIMIT",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "status": "NEW",
    "symbol": "BTCUSDT",
    "time": 1579276756075,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "updateTime": 1579276756075,
    "selfTradePreventionMode": "NONE",
    "goodTillDate": 0,
    "priceMatch": "NONE",
  },
] satisfies operations['getUmOpenOrders']['responses']['200']['content']['application/json'];

export const getUmOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmOpenOrders']['responses']['400']['content']['application/json'];

export const getUmOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOpenOrders']['responses']['401']['content']['application/json'];

export const getUmOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOpenOrders']['responses']['401']['content']['application/json'];

export const getUmOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOpenOrders']['responses']['418']['content']['application/json'];

export const getUmOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOpenOrders']['responses']['429']['content']['application/json'];

export const getUmOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOpenOrders']['responses']['429']['content']['application/json'];

export const getUmOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOpenOrders']['parameters']['query']>['symbol'];

export const getUmOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOpenOrders']['parameters']['query']>['recvWindow'];

export const getUmOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOpenOrders']['parameters']['query']>['timestamp'];

export const getUmAllOrders_200_all = [
  {
    "avgPrice": "0.00000",
    "clientOrderId": "abc",
    "cumQuote": "0",
    "executedQty": "0",
    "orderId": 1917641n,
    "origQty": "0.40",
    "origType": "LIMIT",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "status": "NEW",
    "symbol": "BTCUSDT",
    "time": 1579276756075,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "updateTime": 1579276756075,
    "selfTradePreventionMode": "NONE",
    "goodTillDate": 0,
    "priceMatch": "NONE",
  },
] satisfies operations['getUmAllOrders']['responses']['200']['content']['application/json'];

export const getUmAllOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmAllOrders']['responses']['400']['content']['application/json'];

export const getUmAllOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAllOrders']['responses']['401']['content']['application/json'];

export const getUmAllOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAllOrders']['responses']['401']['content']['application/json'];

export const getUmAllOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAllOrders']['responses']['418']['content']['application/json'];

export const getUmAllOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAllOrders']['responses']['429']['content']['application/json'];

export const getUmAllOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAllOrders']['responses']['429']['content']['application/json'];

export const getUmAllOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAllOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAllOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAllOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAllOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmAllOrders']['parameters']['query']>['symbol'];

export const getUmAllOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAllOrders']['parameters']['query']>['recvWindow'];

export const getUmAllOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAllOrders']['parameters']['query']>['timestamp'];

export const cancelUmAllOpenOrders_200_done = {
  "code": 200,
  "msg": "The operation of cancel all open order is done.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['200']['content']['application/json'];

export const cancelUmAllOpenOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelUmAllOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelUmAllOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['418']['content']['application/json'];

export const cancelUmAllOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelUmAllOpenOrders']['parameters']['query']>['symbol'];

export const cancelUmAllOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmAllOpenOrders']['parameters']['query']>['recvWindow'];

export const cancelUmAllOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmAllOpenOrders']['parameters']['query']>['timestamp'];

export const getUmTrades_200_trades = [
  {
    "symbol": "BTCUSDT",
    "id": 67880589n,
    "orderId": 270093109n,
    "side": "SELL",
    "price": "28511.00",
    "qty": "0.010",
    "realizedPnl": "2.58500000",
    "quoteQty": "285.11000",
    "commission": "-0.11404400",
    "commissionAsset": "USDT",
    "time": 1680688557875,
    "buyer": false,
    "maker": false,
    "positionSide": "BOTH",
  },
] satisfies operations['getUmTrades']['responses']['200']['content']['application/json'];

export const getUmTrades_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmTrades']['responses']['400']['content']['application/json'];

export const getUmTrades_400_badCombo = {
  "code": -1128,
  "msg": "Combination of optional parameters invalid.",
} satisfies operations['getUmTrades']['responses']['400']['content']['application/json'];

export const getUmTrades_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmTrades']['responses']['401']['content']['application/json'];

export const getUmTrades_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmTrades']['responses']['401']['content']['application/json'];

export const getUmTrades_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmTrades']['responses']['418']['content']['application/json'];

export const getUmTrades_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmTrades']['responses']['429']['content']['application/json'];

export const getUmTrades_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmTrades']['responses']['429']['content']['application/json'];

export const getUmTrades_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmTrades']['responses']['5XX']['content']['application/json'];

export const getUmTrades_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmTrades']['responses']['5XX']['content']['application/json'];

export const getUmTrades_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmTrades']['responses']['5XX']['content']['application/json'];

export const getUmTrades_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmTrades']['responses']['5XX']['content']['application/json'];

export const getUmTrades_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmTrades']['parameters']['query']>['symbol'];

export const getUmTrades_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmTrades']['parameters']['query']>['recvWindow'];

export const getUmTrades_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmTrades']['parameters']['query']>['timestamp'];

export const getUmOrderAmendments_200_history = [
  {
    "amendmentId": 5363n,
    "symbol": "BTCUSDT",
    "pair": "BTCUSDT",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629184560899,
    "amendment": {
      "price": {
        "before": "30004",
        "after": "30003.2",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 3,
    },
    "priceMatch": "NONE",
  },
  {
    "amendmentId": 5361n,
    "symbol": "BTCUSDT",
    "pair": "BTCUSDT",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629184533946,
    "amendment": {
      "price": {
        "before": "30005",
        "after": "30004",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 2,
    },
    "priceMatch": "NONE",
  },
  {
    "amendmentId": 5325n,
    "symbol": "BTCUSDT",
    "pair": "BTCUSDT",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629182711787,
    "amendment": {
      "price": {
        "before": "30002",
        "after": "30005",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 1,
    },
    "priceMatch": "NONE",
  },
] satisfies operations['getUmOrderAmendments']['responses']['200']['content']['application/json'];

export const getUmOrderAmendments_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getUmOrderAmendments']['responses']['400']['content']['application/json'];

export const getUmOrderAmendments_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmOrderAmendments']['responses']['400']['content']['application/json'];

export const getUmOrderAmendments_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOrderAmendments']['responses']['401']['content']['application/json'];

export const getUmOrderAmendments_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOrderAmendments']['responses']['401']['content']['application/json'];

export const getUmOrderAmendments_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOrderAmendments']['responses']['418']['content']['application/json'];

export const getUmOrderAmendments_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOrderAmendments']['responses']['429']['content']['application/json'];

export const getUmOrderAmendments_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOrderAmendments']['responses']['429']['content']['application/json'];

export const getUmOrderAmendments_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getUmOrderAmendments_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getUmOrderAmendments_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getUmOrderAmendments_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getUmOrderAmendments_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOrderAmendments']['parameters']['query']>['symbol'];

export const getUmOrderAmendments_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getUmOrderAmendments']['parameters']['query']>['origClientOrderId'];

export const getUmOrderAmendments_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOrderAmendments']['parameters']['query']>['recvWindow'];

export const getUmOrderAmendments_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOrderAmendments']['parameters']['query']>['timestamp'];

export const getUmForceOrders_200_forced = [
  {
    "orderId": 6071832819n,
    "symbol": "BTCUSDT",
    "status": "FILLED",
    "clientOrderId": "autoclose-1596107620040000020",
    "price": "10871.09",
    "avgPrice": "10913.21000",
    "origQty": "0.001",
    "executedQty": "0.001",
    "cumQuote": "10.91321",
    "timeInForce": "IOC",
    "type": "LIMIT",
    "reduceOnly": false,
    "side": "SELL",
    "positionSide": "BOTH",
    "origType": "LIMIT",
    "time": 1596107620044,
    "updateTime": 1596107620087,
  },
] satisfies operations['getUmForceOrders']['responses']['200']['content']['application/json'];

export const getUmForceOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmForceOrders']['responses']['400']['content']['application/json'];

export const getUmForceOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmForceOrders']['responses']['401']['content']['application/json'];

export const getUmForceOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmForceOrders']['responses']['401']['content']['application/json'];

export const getUmForceOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmForceOrders']['responses']['418']['content']['application/json'];

export const getUmForceOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmForceOrders']['responses']['429']['content']['application/json'];

export const getUmForceOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmForceOrders']['responses']['429']['content']['application/json'];

export const getUmForceOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmForceOrders']['responses']['5XX']['content']['application/json'];

export const getUmForceOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmForceOrders']['responses']['5XX']['content']['application/json'];

export const getUmForceOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmForceOrders']['responses']['5XX']['content']['application/json'];

export const getUmForceOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmForceOrders']['responses']['5XX']['content']['application/json'];

export const getUmForceOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmForceOrders']['parameters']['query']>['symbol'];

export const getUmForceOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmForceOrders']['parameters']['query']>['recvWindow'];

export const getUmForceOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmForceOrders']['parameters']['query']>['timestamp'];

export const newUmConditionalOrder_200_placed = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "NEW",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSDT",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['newUmConditionalOrder']['responses']['200']['content']['application/json'];

export const newUmConditionalOrder_400_stopMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'stopPrice' was not sent, was empty/null, or malformed.",
} satisfies operations['newUmConditionalOrder']['responses']['400']['content']['application/json'];

export const newUmConditionalOrder_400_wouldTrigger = {
  "code": -2021,
  "msg": "Order would immediately trigger.",
} satisfies operations['newUmConditionalOrder']['responses']['400']['content']['application/json'];

export const newUmConditionalOrder_400_positionSide = {
  "code": -4061,
  "msg": "Order's position side does not match user's setting.",
} satisfies operations['newUmConditionalOrder']['responses']['400']['content']['application/json'];

export const newUmConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newUmConditionalOrder']['responses']['401']['content']['application/json'];

export const newUmConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newUmConditionalOrder']['responses']['401']['content']['application/json'];

export const newUmConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newUmConditionalOrder']['responses']['418']['content']['application/json'];

export const newUmConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newUmConditionalOrder']['responses']['429']['content']['application/json'];

export const newUmConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newUmConditionalOrder']['responses']['429']['content']['application/json'];

export const newUmConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newUmConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newUmConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newUmConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newUmConditionalOrder_body_takeProfit = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "strategyType": "TAKE_PROFIT_MARKET",
  "stopPrice": "45000",
  "quantity": "0.01",
  "workingType": "MARK_PRICE",
  "newClientStrategyId": "docsTakeProfit",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newUmConditionalOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelUmConditionalOrder_200_canceled = {
  "newClientStrategyId": "myOrder1",
  "strategyId": 123445n,
  "strategyStatus": "CANCELED",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "11",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSDT",
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "workingType": "CONTRACT_PRICE",
  "priceProtect": false,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['cancelUmConditionalOrder']['responses']['200']['content']['application/json'];

export const cancelUmConditionalOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelUmConditionalOrder']['responses']['400']['content']['application/json'];

export const cancelUmConditionalOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'strategyId' or 'newClientStrategyId' must be sent, but both were empty/null!",
} satisfies operations['cancelUmConditionalOrder']['responses']['400']['content']['application/json'];

export const cancelUmConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmConditionalOrder']['responses']['401']['content']['application/json'];

export const cancelUmConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmConditionalOrder']['responses']['401']['content']['application/json'];

export const cancelUmConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmConditionalOrder']['responses']['418']['content']['application/json'];

export const cancelUmConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmConditionalOrder']['responses']['429']['content']['application/json'];

export const cancelUmConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmConditionalOrder']['responses']['429']['content']['application/json'];

export const cancelUmConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmConditionalOrder_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelUmConditionalOrder']['parameters']['query']>['symbol'];

export const cancelUmConditionalOrder_param_newClientStrategyId_example = "abc" satisfies NonNullable<operations['cancelUmConditionalOrder']['parameters']['query']>['newClientStrategyId'];

export const cancelUmConditionalOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmConditionalOrder']['parameters']['query']>['recvWindow'];

export const cancelUmConditionalOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmConditionalOrder']['parameters']['query']>['timestamp'];

export const getUmOpenConditionalOrder_200_open = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "NEW",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSDT",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
  "priceMatch": "NONE",
} satisfies operations['getUmOpenConditionalOrder']['responses']['200']['content']['application/json'];

export const getUmOpenConditionalOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['400']['content']['application/json'];

export const getUmOpenConditionalOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'strategyId' or 'newClientStrategyId' must be sent, but both were empty/null!",
} satisfies operations['getUmOpenConditionalOrder']['responses']['400']['content']['application/json'];

export const getUmOpenConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['401']['content']['application/json'];

export const getUmOpenConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['401']['content']['application/json'];

export const getUmOpenConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['418']['content']['application/json'];

export const getUmOpenConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['429']['content']['application/json'];

export const getUmOpenConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['429']['content']['application/json'];

export const getUmOpenConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrder_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOpenConditionalOrder']['parameters']['query']>['symbol'];

export const getUmOpenConditionalOrder_param_newClientStrategyId_example = "abc" satisfies NonNullable<operations['getUmOpenConditionalOrder']['parameters']['query']>['newClientStrategyId'];

export const getUmOpenConditionalOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOpenConditionalOrder']['parameters']['query']>['recvWindow'];

export const getUmOpenConditionalOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOpenConditionalOrder']['parameters']['query']>['timestamp'];

export const getUmOpenConditionalOrders_200_open = [
  {
    "newClientStrategyId": "abc",
    "strategyId": 123445n,
    "strategyStatus": "NEW",
    "strategyType": "TRAILING_STOP_MARKET",
    "origQty": "0.40",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "stopPrice": "9300",
    "symbol": "BTCUSDT",
    "bookTime": 1566818724710,
    "updateTime": 1566818724722,
    "timeInForce": "GTC",
    "activatePrice": "9020",
    "priceRate": "0.3",
    "selfTradePreventionMode": "NONE",
    "goodTillDate": 0,
    "priceMatch": "NONE",
  },
] satisfies operations['getUmOpenConditionalOrders']['responses']['200']['content']['application/json'];

export const getUmOpenConditionalOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['400']['content']['application/json'];

export const getUmOpenConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const getUmOpenConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const getUmOpenConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['418']['content']['application/json'];

export const getUmOpenConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const getUmOpenConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const getUmOpenConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenConditionalOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOpenConditionalOrders']['parameters']['query']>['symbol'];

export const getUmOpenConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOpenConditionalOrders']['parameters']['query']>['recvWindow'];

export const getUmOpenConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOpenConditionalOrders']['parameters']['query']>['timestamp'];

export const getUmConditionalOrderHistory_200_triggered = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "TRIGGERED",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSDT",
  "orderId": 12132343435n,
  "status": "NEW",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "triggerTime": 1566818724750,
  "timeInForce": "GTC",
  "type": "MARKET",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "workingType": "CONTRACT_PRICE",
  "priceProtect": false,
  "selfTradePreventionMode": "NONE",
  "goodTillDate": 0,
} satisfies operations['getUmConditionalOrderHistory']['responses']['200']['content']['application/json'];

export const getUmConditionalOrderHistory_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['400']['content']['application/json'];

export const getUmConditionalOrderHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['401']['content']['application/json'];

export const getUmConditionalOrderHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['401']['content']['application/json'];

export const getUmConditionalOrderHistory_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['418']['content']['application/json'];

export const getUmConditionalOrderHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['429']['content']['application/json'];

export const getUmConditionalOrderHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['429']['content']['application/json'];

export const getUmConditionalOrderHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getUmConditionalOrderHistory_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getUmConditionalOrderHistory_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getUmConditionalOrderHistory_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getUmConditionalOrderHistory_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmConditionalOrderHistory']['parameters']['query']>['symbol'];

export const getUmConditionalOrderHistory_param_newClientStrategyId_example = "oldStrategy" satisfies NonNullable<operations['getUmConditionalOrderHistory']['parameters']['query']>['newClientStrategyId'];

export const getUmConditionalOrderHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmConditionalOrderHistory']['parameters']['query']>['recvWindow'];

export const getUmConditionalOrderHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmConditionalOrderHistory']['parameters']['query']>['timestamp'];

export const getUmAllConditionalOrders_200_all = [
  {
    "newClientStrategyId": "abc",
    "strategyId": 123445n,
    "strategyStatus": "TRIGGERED",
    "strategyType": "TRAILING_STOP_MARKET",
    "origQty": "0.40",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "stopPrice": "9300",
    "symbol": "BTCUSDT",
    "orderId": 12132343435n,
    "status": "NEW",
    "bookTime": 1566818724710,
    "updateTime": 1566818724722,
    "triggerTime": 1566818724750,
    "timeInForce": "GTC",
    "type": "MARKET",
    "activatePrice": "9020",
    "priceRate": "0.3",
    "selfTradePreventionMode": "NONE",
    "goodTillDate": 0,
    "priceMatch": "NONE",
  },
] satisfies operations['getUmAllConditionalOrders']['responses']['200']['content']['application/json'];

export const getUmAllConditionalOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmAllConditionalOrders']['responses']['400']['content']['application/json'];

export const getUmAllConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAllConditionalOrders']['responses']['401']['content']['application/json'];

export const getUmAllConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAllConditionalOrders']['responses']['401']['content']['application/json'];

export const getUmAllConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAllConditionalOrders']['responses']['418']['content']['application/json'];

export const getUmAllConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAllConditionalOrders']['responses']['429']['content']['application/json'];

export const getUmAllConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAllConditionalOrders']['responses']['429']['content']['application/json'];

export const getUmAllConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllConditionalOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmAllConditionalOrders']['parameters']['query']>['symbol'];

export const getUmAllConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAllConditionalOrders']['parameters']['query']>['recvWindow'];

export const getUmAllConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAllConditionalOrders']['parameters']['query']>['timestamp'];

export const cancelUmAllOpenConditionalOrders_200_done = {
  "code": 200,
  "msg": "The operation of cancel all conditional open order is done.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['200']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['400']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['418']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenConditionalOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelUmAllOpenConditionalOrders']['parameters']['query']>['symbol'];

export const cancelUmAllOpenConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmAllOpenConditionalOrders']['parameters']['query']>['recvWindow'];

export const cancelUmAllOpenConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmAllOpenConditionalOrders']['parameters']['query']>['timestamp'];

export const newUmAlgoOrder_200_placed = {
  "algoId": 2146760n,
  "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
  "algoType": "CONDITIONAL",
  "orderType": "TAKE_PROFIT",
  "symbol": "BNBUSDT",
  "side": "SELL",
  "positionSide": "BOTH",
  "timeInForce": "GTC",
  "quantity": "0.01",
  "algoStatus": "NEW",
  "triggerPrice": "750.000",
  "price": "750.000",
  "selfTradePreventionMode": "EXPIRE_MAKER",
  "workingType": "CONTRACT_PRICE",
  "priceMatch": "NONE",
  "priceProtect": false,
  "reduceOnly": false,
  "activatePrice": "",
  "callbackRate": "",
  "createTime": 1750485492076,
  "updateTime": 1750485492076,
  "triggerTime": 0,
  "goodTillDate": 0,
} satisfies operations['newUmAlgoOrder']['responses']['200']['content']['application/json'];

export const newUmAlgoOrder_400_triggerMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'triggerPrice' was not sent, was empty/null, or malformed.",
} satisfies operations['newUmAlgoOrder']['responses']['400']['content']['application/json'];

export const newUmAlgoOrder_400_wouldTrigger = {
  "code": -2021,
  "msg": "Order would immediately trigger.",
} satisfies operations['newUmAlgoOrder']['responses']['400']['content']['application/json'];

export const newUmAlgoOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newUmAlgoOrder']['responses']['401']['content']['application/json'];

export const newUmAlgoOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newUmAlgoOrder']['responses']['401']['content']['application/json'];

export const newUmAlgoOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newUmAlgoOrder']['responses']['418']['content']['application/json'];

export const newUmAlgoOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newUmAlgoOrder']['responses']['429']['content']['application/json'];

export const newUmAlgoOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newUmAlgoOrder']['responses']['429']['content']['application/json'];

export const newUmAlgoOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const newUmAlgoOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const newUmAlgoOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const newUmAlgoOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const newUmAlgoOrder_body_takeProfit = {
  "algoType": "CONDITIONAL",
  "symbol": "BTCUSDT",
  "side": "SELL",
  "type": "TAKE_PROFIT_MARKET",
  "quantity": "0.01",
  "triggerPrice": "45000",
  "workingType": "MARK_PRICE",
  "clientAlgoId": "docsAlgo1",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newUmAlgoOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelUmAlgoOrder_200_done = {
  "complete": true,
} satisfies operations['cancelUmAlgoOrder']['responses']['200']['content']['application/json'];

export const cancelUmAlgoOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelUmAlgoOrder']['responses']['400']['content']['application/json'];

export const cancelUmAlgoOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'algoId' or 'clientAlgoId' must be sent, but both were empty/null!",
} satisfies operations['cancelUmAlgoOrder']['responses']['400']['content']['application/json'];

export const cancelUmAlgoOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmAlgoOrder']['responses']['401']['content']['application/json'];

export const cancelUmAlgoOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmAlgoOrder']['responses']['401']['content']['application/json'];

export const cancelUmAlgoOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmAlgoOrder']['responses']['418']['content']['application/json'];

export const cancelUmAlgoOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmAlgoOrder']['responses']['429']['content']['application/json'];

export const cancelUmAlgoOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmAlgoOrder']['responses']['429']['content']['application/json'];

export const cancelUmAlgoOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmAlgoOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmAlgoOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmAlgoOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const cancelUmAlgoOrder_param_clientAlgoId_example = "myAlgo1" satisfies NonNullable<operations['cancelUmAlgoOrder']['parameters']['query']>['clientAlgoId'];

export const cancelUmAlgoOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmAlgoOrder']['parameters']['query']>['recvWindow'];

export const cancelUmAlgoOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmAlgoOrder']['parameters']['query']>['timestamp'];

export const getUmAlgoOrder_200_order = {
  "algoId": 2146760n,
  "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
  "algoType": "CONDITIONAL",
  "orderType": "TAKE_PROFIT",
  "symbol": "BNBUSDT",
  "side": "SELL",
  "positionSide": "BOTH",
  "timeInForce": "GTC",
  "quantity": "0.01",
  "algoStatus": "CANCELED",
  "actualOrderId": "",
  "actualPrice": "0.00000",
  "triggerPrice": "750.000",
  "price": "750.000",
  "selfTradePreventionMode": "EXPIRE_MAKER",
  "workingType": "CONTRACT_PRICE",
  "priceMatch": "NONE",
  "closePosition": false,
  "priceProtect": false,
  "reduceOnly": false,
  "createTime": 1750485492076,
  "updateTime": 1750514545091,
  "triggerTime": 0,
  "goodTillDate": 0,
} satisfies operations['getUmAlgoOrder']['responses']['200']['content']['application/json'];

export const getUmAlgoOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getUmAlgoOrder']['responses']['400']['content']['application/json'];

export const getUmAlgoOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'algoId' or 'clientAlgoId' must be sent, but both were empty/null!",
} satisfies operations['getUmAlgoOrder']['responses']['400']['content']['application/json'];

export const getUmAlgoOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAlgoOrder']['responses']['401']['content']['application/json'];

export const getUmAlgoOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAlgoOrder']['responses']['401']['content']['application/json'];

export const getUmAlgoOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAlgoOrder']['responses']['418']['content']['application/json'];

export const getUmAlgoOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAlgoOrder']['responses']['429']['content']['application/json'];

export const getUmAlgoOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAlgoOrder']['responses']['429']['content']['application/json'];

export const getUmAlgoOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const getUmAlgoOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const getUmAlgoOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const getUmAlgoOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAlgoOrder']['responses']['5XX']['content']['application/json'];

export const getUmAlgoOrder_param_clientAlgoId_example = "myAlgo1" satisfies NonNullable<operations['getUmAlgoOrder']['parameters']['query']>['clientAlgoId'];

export const getUmAlgoOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAlgoOrder']['parameters']['query']>['recvWindow'];

export const getUmAlgoOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAlgoOrder']['parameters']['query']>['timestamp'];

export const getUmOpenAlgoOrders_200_open = [
  {
    "algoId": 2146760n,
    "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
    "algoType": "CONDITIONAL",
    "orderType": "TAKE_PROFIT",
    "symbol": "BNBUSDT",
    "side": "SELL",
    "positionSide": "BOTH",
    "timeInForce": "GTC",
    "quantity": "0.01",
    "algoStatus": "NEW",
    "triggerPrice": "750.000",
    "price": "750.000",
    "selfTradePreventionMode": "NONE",
    "workingType": "CONTRACT_PRICE",
    "priceMatch": "NONE",
    "closePosition": false,
    "priceProtect": false,
    "reduceOnly": false,
    "createTime": 1750485492076,
    "updateTime": 1750485492076,
    "triggerTime": 0,
    "goodTillDate": 0,
  },
] satisfies operations['getUmOpenAlgoOrders']['responses']['200']['content']['application/json'];

export const getUmOpenAlgoOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['400']['content']['application/json'];

export const getUmOpenAlgoOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['401']['content']['application/json'];

export const getUmOpenAlgoOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['401']['content']['application/json'];

export const getUmOpenAlgoOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['418']['content']['application/json'];

export const getUmOpenAlgoOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['429']['content']['application/json'];

export const getUmOpenAlgoOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['429']['content']['application/json'];

export const getUmOpenAlgoOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenAlgoOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenAlgoOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenAlgoOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmOpenAlgoOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmOpenAlgoOrders']['parameters']['query']>['symbol'];

export const getUmOpenAlgoOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOpenAlgoOrders']['parameters']['query']>['recvWindow'];

export const getUmOpenAlgoOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOpenAlgoOrders']['parameters']['query']>['timestamp'];

export const getUmAllAlgoOrders_200_history = [
  {
    "algoId": 2146760n,
    "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
    "algoType": "CONDITIONAL",
    "orderType": "TAKE_PROFIT",
    "symbol": "BNBUSDT",
    "side": "SELL",
    "positionSide": "BOTH",
    "timeInForce": "GTC",
    "quantity": "0.01",
    "algoStatus": "CANCELED",
    "actualOrderId": "",
    "actualPrice": "0.00000",
    "triggerPrice": "750.000",
    "price": "750.000",
    "selfTradePreventionMode": "EXPIRE_MAKER",
    "workingType": "CONTRACT_PRICE",
    "priceMatch": "NONE",
    "closePosition": false,
    "priceProtect": false,
    "reduceOnly": false,
    "createTime": 1750485492076,
    "updateTime": 1750514545091,
    "triggerTime": 0,
    "goodTillDate": 0,
  },
] satisfies operations['getUmAllAlgoOrders']['responses']['200']['content']['application/json'];

export const getUmAllAlgoOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getUmAllAlgoOrders']['responses']['400']['content']['application/json'];

export const getUmAllAlgoOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAllAlgoOrders']['responses']['401']['content']['application/json'];

export const getUmAllAlgoOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAllAlgoOrders']['responses']['401']['content']['application/json'];

export const getUmAllAlgoOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAllAlgoOrders']['responses']['418']['content']['application/json'];

export const getUmAllAlgoOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAllAlgoOrders']['responses']['429']['content']['application/json'];

export const getUmAllAlgoOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAllAlgoOrders']['responses']['429']['content']['application/json'];

export const getUmAllAlgoOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAllAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllAlgoOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAllAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllAlgoOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAllAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllAlgoOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAllAlgoOrders']['responses']['5XX']['content']['application/json'];

export const getUmAllAlgoOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmAllAlgoOrders']['parameters']['query']>['symbol'];

export const getUmAllAlgoOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAllAlgoOrders']['parameters']['query']>['recvWindow'];

export const getUmAllAlgoOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAllAlgoOrders']['parameters']['query']>['timestamp'];

export const cancelUmAllOpenAlgoOrders_200_done = {
  "code": 200,
  "msg": "The operation of cancel all open order is done.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['200']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['400']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['401']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['418']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['429']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelUmAllOpenAlgoOrders']['responses']['5XX']['content']['application/json'];

export const cancelUmAllOpenAlgoOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelUmAllOpenAlgoOrders']['parameters']['query']>['symbol'];

export const cancelUmAllOpenAlgoOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelUmAllOpenAlgoOrders']['parameters']['query']>['recvWindow'];

export const cancelUmAllOpenAlgoOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelUmAllOpenAlgoOrders']['parameters']['query']>['timestamp'];

export const getUmPositionRisk_200_oneWay = [
  {
    "entryPrice": "0.00000",
    "leverage": "10",
    "markPrice": "6679.50671178",
    "maxNotionalValue": "20000000",
    "positionAmt": "0.000",
    "notional": "0",
    "symbol": "BTCUSDT",
    "unRealizedProfit": "0.00000000",
    "liquidationPrice": "6170.20509059",
    "positionSide": "BOTH",
    "updateTime": 1625474304765,
  },
] satisfies operations['getUmPositionRisk']['responses']['200']['content']['application/json'];

export const getUmPositionRisk_200_hedge = [
  {
    "symbol": "BTCUSDT",
    "positionAmt": "0.001",
    "entryPrice": "22185.2",
    "markPrice": "21123.05052574",
    "unRealizedProfit": "-1.06214947",
    "liquidationPrice": "6170.20509059",
    "leverage": "4",
    "maxNotionalValue": "100000000",
    "positionSide": "LONG",
    "notional": "21.12305052",
    "updateTime": 1655217461579,
  },
  {
    "symbol": "BTCUSDT",
    "positionAmt": "0.000",
    "entryPrice": "0.0",
    "markPrice": "21123.05052574",
    "unRealizedProfit": "0.00000000",
    "liquidationPrice": "6170.20509059",
    "leverage": "4",
    "maxNotionalValue": "100000000",
    "positionSide": "SHORT",
    "notional": "0",
    "updateTime": 0,
  },
] satisfies operations['getUmPositionRisk']['responses']['200']['content']['application/json'];

export const getUmPositionRisk_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmPositionRisk']['responses']['400']['content']['application/json'];

export const getUmPositionRisk_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmPositionRisk']['responses']['401']['content']['application/json'];

export const getUmPositionRisk_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmPositionRisk']['responses']['401']['content']['application/json'];

export const getUmPositionRisk_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmPositionRisk']['responses']['418']['content']['application/json'];

export const getUmPositionRisk_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmPositionRisk']['responses']['429']['content']['application/json'];

export const getUmPositionRisk_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmPositionRisk']['responses']['429']['content']['application/json'];

export const getUmPositionRisk_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getUmPositionRisk_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getUmPositionRisk_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getUmPositionRisk_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getUmPositionRisk_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmPositionRisk']['parameters']['query']>['symbol'];

export const getUmPositionRisk_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmPositionRisk']['parameters']['query']>['recvWindow'];

export const getUmPositionRisk_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmPositionRisk']['parameters']['query']>['timestamp'];

export const changeUmInitialLeverage_200_set = {
  "leverage": 21,
  "maxNotionalValue": "1000000",
  "symbol": "BTCUSDT",
} satisfies operations['changeUmInitialLeverage']['responses']['200']['content']['application/json'];

export const changeUmInitialLeverage_400_badLeverage = {
  "code": -4028,
  "msg": "Leverage 200 is not valid",
} satisfies operations['changeUmInitialLeverage']['responses']['400']['content']['application/json'];

export const changeUmInitialLeverage_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['changeUmInitialLeverage']['responses']['400']['content']['application/json'];

export const changeUmInitialLeverage_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeUmInitialLeverage']['responses']['401']['content']['application/json'];

export const changeUmInitialLeverage_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeUmInitialLeverage']['responses']['401']['content']['application/json'];

export const changeUmInitialLeverage_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeUmInitialLeverage']['responses']['418']['content']['application/json'];

export const changeUmInitialLeverage_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeUmInitialLeverage']['responses']['429']['content']['application/json'];

export const changeUmInitialLeverage_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeUmInitialLeverage']['responses']['429']['content']['application/json'];

export const changeUmInitialLeverage_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeUmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeUmInitialLeverage_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeUmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeUmInitialLeverage_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeUmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeUmInitialLeverage_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeUmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeUmInitialLeverage_body_set = {
  "symbol": "BTCUSDT",
  "leverage": 21,
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeUmInitialLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getUmPositionMode_200_hedge = {
  "dualSidePosition": true,
} satisfies operations['getUmPositionMode']['responses']['200']['content']['application/json'];

export const getUmPositionMode_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getUmPositionMode']['responses']['400']['content']['application/json'];

export const getUmPositionMode_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmPositionMode']['responses']['401']['content']['application/json'];

export const getUmPositionMode_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmPositionMode']['responses']['401']['content']['application/json'];

export const getUmPositionMode_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmPositionMode']['responses']['418']['content']['application/json'];

export const getUmPositionMode_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmPositionMode']['responses']['429']['content']['application/json'];

export const getUmPositionMode_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmPositionMode']['responses']['429']['content']['application/json'];

export const getUmPositionMode_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmPositionMode']['responses']['5XX']['content']['application/json'];

export const getUmPositionMode_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmPositionMode']['responses']['5XX']['content']['application/json'];

export const getUmPositionMode_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmPositionMode']['responses']['5XX']['content']['application/json'];

export const getUmPositionMode_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmPositionMode']['responses']['5XX']['content']['application/json'];

export const getUmPositionMode_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmPositionMode']['parameters']['query']>['recvWindow'];

export const getUmPositionMode_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmPositionMode']['parameters']['query']>['timestamp'];

export const changeUmPositionMode_200_done = {
  "code": 200,
  "msg": "success",
} satisfies operations['changeUmPositionMode']['responses']['200']['content']['application/json'];

export const changeUmPositionMode_400_noChange = {
  "code": -4059,
  "msg": "No need to change position side.",
} satisfies operations['changeUmPositionMode']['responses']['400']['content']['application/json'];

export const changeUmPositionMode_400_openOrders = {
  "code": -4067,
  "msg": "Position side cannot be changed if there exists open orders.",
} satisfies operations['changeUmPositionMode']['responses']['400']['content']['application/json'];

export const changeUmPositionMode_400_positions = {
  "code": -4068,
  "msg": "Position side cannot be changed if there exists position.",
} satisfies operations['changeUmPositionMode']['responses']['400']['content']['application/json'];

export const changeUmPositionMode_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeUmPositionMode']['responses']['401']['content']['application/json'];

export const changeUmPositionMode_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeUmPositionMode']['responses']['401']['content']['application/json'];

export const changeUmPositionMode_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeUmPositionMode']['responses']['418']['content']['application/json'];

export const changeUmPositionMode_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeUmPositionMode']['responses']['429']['content']['application/json'];

export const changeUmPositionMode_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeUmPositionMode']['responses']['429']['content']['application/json'];

export const changeUmPositionMode_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeUmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeUmPositionMode_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeUmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeUmPositionMode_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeUmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeUmPositionMode_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeUmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeUmPositionMode_body_hedge = {
  "dualSidePosition": "true",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeUmPositionMode']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getUmAdlQuantile_200_adl = [
  {
    "symbol": "ETHUSDT",
    "adlQuantile": {
      "LONG": 3,
      "SHORT": 3,
      "HEDGE": 0,
    },
  },
  {
    "symbol": "BTCUSDT",
    "adlQuantile": {
      "LONG": 1,
      "SHORT": 2,
      "BOTH": 0,
    },
  },
] satisfies operations['getUmAdlQuantile']['responses']['200']['content']['application/json'];

export const getUmAdlQuantile_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmAdlQuantile']['responses']['400']['content']['application/json'];

export const getUmAdlQuantile_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAdlQuantile']['responses']['401']['content']['application/json'];

export const getUmAdlQuantile_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAdlQuantile']['responses']['401']['content']['application/json'];

export const getUmAdlQuantile_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAdlQuantile']['responses']['418']['content']['application/json'];

export const getUmAdlQuantile_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAdlQuantile']['responses']['429']['content']['application/json'];

export const getUmAdlQuantile_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAdlQuantile']['responses']['429']['content']['application/json'];

export const getUmAdlQuantile_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getUmAdlQuantile_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getUmAdlQuantile_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getUmAdlQuantile_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getUmAdlQuantile_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmAdlQuantile']['parameters']['query']>['symbol'];

export const getUmAdlQuantile_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAdlQuantile']['parameters']['query']>['recvWindow'];

export const getUmAdlQuantile_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAdlQuantile']['parameters']['query']>['timestamp'];

export const getCmOrder_200_open = {
  "avgPrice": "0.0",
  "clientOrderId": "abc",
  "cumBase": "0",
  "executedQty": "0",
  "orderId": 1917641n,
  "origQty": "0.40",
  "origType": "LIMIT",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "status": "NEW",
  "symbol": "BTCUSD_200925",
  "pair": "BTCUSD",
  "positionSide": "SHORT",
  "time": 1579276756075,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1579276756075,
} satisfies operations['getCmOrder']['responses']['200']['content']['application/json'];

export const getCmOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getCmOrder']['responses']['400']['content']['application/json'];

export const getCmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getCmOrder']['responses']['400']['content']['application/json'];

export const getCmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOrder']['responses']['401']['content']['application/json'];

export const getCmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOrder']['responses']['401']['content']['application/json'];

export const getCmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOrder']['responses']['418']['content']['application/json'];

export const getCmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOrder']['responses']['429']['content']['application/json'];

export const getCmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOrder']['responses']['429']['content']['application/json'];

export const getCmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOrder']['responses']['5XX']['content']['application/json'];

export const getCmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOrder']['responses']['5XX']['content']['application/json'];

export const getCmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOrder']['responses']['5XX']['content']['application/json'];

export const getCmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOrder']['responses']['5XX']['content']['application/json'];

export const getCmOrder_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOrder']['parameters']['query']>['symbol'];

export const getCmOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getCmOrder']['parameters']['query']>['origClientOrderId'];

export const getCmOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOrder']['parameters']['query']>['recvWindow'];

export const getCmOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOrder']['parameters']['query']>['timestamp'];

export const newCmOrder_200_accepted = {
  "clientOrderId": "testOrder",
  "cumQty": "0",
  "cumBase": "0",
  "executedQty": "0",
  "orderId": 22542179n,
  "avgPrice": "0.0",
  "origQty": "10",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "NEW",
  "symbol": "BTCUSD_200925",
  "pair": "BTCUSD",
  "timeInForce": "GTC",
  "type": "MARKET",
  "updateTime": 1566818724722,
} satisfies operations['newCmOrder']['responses']['200']['content']['application/json'];

export const newCmOrder_400_typeMissingTif = {
  "code": -1102,
  "msg": "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_400_margin = {
  "code": -2019,
  "msg": "Margin is insufficient.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_400_reduceOnly = {
  "code": -2022,
  "msg": "ReduceOnly Order is rejected.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_400_positionSide = {
  "code": -4061,
  "msg": "Order's position side does not match user's setting.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_400_tick = {
  "code": -4014,
  "msg": "Price not increased by tick size.",
} satisfies operations['newCmOrder']['responses']['400']['content']['application/json'];

export const newCmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newCmOrder']['responses']['401']['content']['application/json'];

export const newCmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newCmOrder']['responses']['401']['content']['application/json'];

export const newCmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newCmOrder']['responses']['418']['content']['application/json'];

export const newCmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newCmOrder']['responses']['429']['content']['application/json'];

export const newCmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newCmOrder']['responses']['429']['content']['application/json'];

export const newCmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newCmOrder']['responses']['5XX']['content']['application/json'];

export const newCmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newCmOrder']['responses']['5XX']['content']['application/json'];

export const newCmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newCmOrder']['responses']['5XX']['content']['application/json'];

export const newCmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newCmOrder']['responses']['5XX']['content']['application/json'];

export const newCmOrder_body_limitBuy = {
  "symbol": "BTCUSD_PERP",
  "side": "BUY",
  "type": "LIMIT",
  "timeInForce": "GTC",
  "quantity": "1",
  "price": "35000",
  "newClientOrderId": "docsLimitBuy",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newCmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newCmOrder_body_marketSell = {
  "symbol": "BTCUSD_PERP",
  "side": "SELL",
  "type": "MARKET",
  "quantity": "1",
  "newOrderRespType": "RESULT",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newCmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const modifyCmOrder_200_modified = {
  "orderId": 20072994037n,
  "symbol": "BTCUSD_PERP",
  "pair": "BTCUSD",
  "status": "NEW",
  "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
  "modifyId": 1n,
  "price": "30005",
  "origQty": "1",
  "executedQty": "0",
  "cumQty": "0",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "LONG",
  "origType": "LIMIT",
  "updateTime": 1629182711600,
} satisfies operations['modifyCmOrder']['responses']['200']['content']['application/json'];

export const modifyCmOrder_400_unknownOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['modifyCmOrder']['responses']['400']['content']['application/json'];

export const modifyCmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['modifyCmOrder']['responses']['400']['content']['application/json'];

export const modifyCmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['modifyCmOrder']['responses']['401']['content']['application/json'];

export const modifyCmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['modifyCmOrder']['responses']['401']['content']['application/json'];

export const modifyCmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['modifyCmOrder']['responses']['418']['content']['application/json'];

export const modifyCmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['modifyCmOrder']['responses']['429']['content']['application/json'];

export const modifyCmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['modifyCmOrder']['responses']['429']['content']['application/json'];

export const modifyCmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['modifyCmOrder']['responses']['5XX']['content']['application/json'];

export const modifyCmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['modifyCmOrder']['responses']['5XX']['content']['application/json'];

export const modifyCmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['modifyCmOrder']['responses']['5XX']['content']['application/json'];

export const modifyCmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['modifyCmOrder']['responses']['5XX']['content']['application/json'];

export const modifyCmOrder_body_reprice = {
  "origClientOrderId": "myOrder1",
  "symbol": "BTCUSD_PERP",
  "side": "BUY",
  "quantity": "1",
  "price": "30500",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['modifyCmOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelCmOrder_200_canceled = {
  "avgPrice": "0.0",
  "clientOrderId": "myOrder1",
  "cumQty": "0",
  "cumBase": "0",
  "executedQty": "0",
  "orderId": 283194212n,
  "origQty": "2",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "status": "CANCELED",
  "symbol": "BTCUSD_200925",
  "pair": "BTCUSD",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1571110484038,
} satisfies operations['cancelCmOrder']['responses']['200']['content']['application/json'];

export const cancelCmOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelCmOrder']['responses']['400']['content']['application/json'];

export const cancelCmOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['cancelCmOrder']['responses']['400']['content']['application/json'];

export const cancelCmOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelCmOrder']['responses']['401']['content']['application/json'];

export const cancelCmOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelCmOrder']['responses']['401']['content']['application/json'];

export const cancelCmOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelCmOrder']['responses']['418']['content']['application/json'];

export const cancelCmOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelCmOrder']['responses']['429']['content']['application/json'];

export const cancelCmOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelCmOrder']['responses']['429']['content']['application/json'];

export const cancelCmOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelCmOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelCmOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelCmOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelCmOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmOrder_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['cancelCmOrder']['parameters']['query']>['symbol'];

export const cancelCmOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['cancelCmOrder']['parameters']['query']>['origClientOrderId'];

export const cancelCmOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelCmOrder']['parameters']['query']>['recvWindow'];

export const cancelCmOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelCmOrder']['parameters']['query']>['timestamp'];

export const getCmOpenOrder_200_open = {
  "avgPrice": "0.0",
  "clientOrderId": "abc",
  "cumBase": "0",
  "executedQty": "0",
  "orderId": 1917641n,
  "origQty": "0.40",
  "origType": "LIMIT",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "status": "NEW",
  "symbol": "BTCUSD_200925",
  "pair": "BTCUSD",
  "positionSide": "SHORT",
  "time": 1579276756075,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "updateTime": 1579276756075,
} satisfies operations['getCmOpenOrder']['responses']['200']['content']['application/json'];

export const getCmOpenOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getCmOpenOrder']['responses']['400']['content']['application/json'];

export const getCmOpenOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getCmOpenOrder']['responses']['400']['content']['application/json'];

export const getCmOpenOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOpenOrder']['responses']['401']['content']['application/json'];

export const getCmOpenOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOpenOrder']['responses']['401']['content']['application/json'];

export const getCmOpenOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOpenOrder']['responses']['418']['content']['application/json'];

export const getCmOpenOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOpenOrder']['responses']['429']['content']['application/json'];

export const getCmOpenOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOpenOrder']['responses']['429']['content']['application/json'];

export const getCmOpenOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOpenOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrder_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOpenOrder']['parameters']['query']>['symbol'];

export const getCmOpenOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getCmOpenOrder']['parameters']['query']>['origClientOrderId'];

export const getCmOpenOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOpenOrder']['parameters']['query']>['recvWindow'];

export const getCmOpenOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOpenOrder']['parameters']['query']>['timestamp'];

export const getCmOpenOrders_200_open = [
  {
    "avgPrice": "0.0",
    "clientOrderId": "abc",
    "cumBase": "0",
    "executedQty": "0",
    "orderId": 1917641n,
    "origQty": "0.40",
    "origType": "LIMIT",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "status": "NEW",
    "symbol": "BTCUSD_200925",
    "pair": "BTCUSD",
    "positionSide": "SHORT",
    "time": 1579276756075,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "updateTime": 1579276756075,
  },
] satisfies operations['getCmOpenOrders']['responses']['200']['content']['application/json'];

export const getCmOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmOpenOrders']['responses']['400']['content']['application/json'];

export const getCmOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOpenOrders']['responses']['401']['content']['application/json'];

export const getCmOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOpenOrders']['responses']['401']['content']['application/json'];

export const getCmOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOpenOrders']['responses']['418']['content']['application/json'];

export const getCmOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOpenOrders']['responses']['429']['content']['application/json'];

export const getCmOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOpenOrders']['responses']['429']['content']['application/json'];

export const getCmOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOpenOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOpenOrders']['parameters']['query']>['symbol'];

export const getCmOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOpenOrders']['parameters']['query']>['recvWindow'];

export const getCmOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOpenOrders']['parameters']['query']>['timestamp'];

export const getCmAllOrders_200_all = [
  {
    "avgPrice": "0.0",
    "clientOrderId": "abc",
    "cumBase": "0",
    "executedQty": "0",
    "orderId": 1917641n,
    "origQty": "0.40",
    "origType": "LIMIT",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "status": "NEW",
    "symbol": "BTCUSD_200925",
    "pair": "BTCUSD",
    "positionSide": "SHORT",
    "time": 1579276756075,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "updateTime": 1579276756075,
  },
] satisfies operations['getCmAllOrders']['responses']['200']['content']['application/json'];

export const getCmAllOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmAllOrders']['responses']['400']['content']['application/json'];

export const getCmAllOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmAllOrders']['responses']['401']['content']['application/json'];

export const getCmAllOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmAllOrders']['responses']['401']['content']['application/json'];

export const getCmAllOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmAllOrders']['responses']['418']['content']['application/json'];

export const getCmAllOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmAllOrders']['responses']['429']['content']['application/json'];

export const getCmAllOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmAllOrders']['responses']['429']['content']['application/json'];

export const getCmAllOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmAllOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmAllOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmAllOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmAllOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmAllOrders']['parameters']['query']>['symbol'];

export const getCmAllOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmAllOrders']['parameters']['query']>['recvWindow'];

export const getCmAllOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmAllOrders']['parameters']['query']>['timestamp'];

export const cancelCmAllOpenOrders_200_done = {
  "code": 200,
  "msg": "The operation of cancel all open order is done.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['200']['content']['application/json'];

export const cancelCmAllOpenOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelCmAllOpenOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['400']['content']['application/json'];

export const cancelCmAllOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelCmAllOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['401']['content']['application/json'];

export const cancelCmAllOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['418']['content']['application/json'];

export const cancelCmAllOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelCmAllOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['429']['content']['application/json'];

export const cancelCmAllOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelCmAllOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['cancelCmAllOpenOrders']['parameters']['query']>['symbol'];

export const cancelCmAllOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelCmAllOpenOrders']['parameters']['query']>['recvWindow'];

export const cancelCmAllOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelCmAllOpenOrders']['parameters']['query']>['timestamp'];

export const getCmTrades_200_trades = [
  {
    "symbol": "BTCUSD_200626",
    "id": 6n,
    "orderId": 28n,
    "pair": "BTCUSD",
    "side": "SELL",
    "price": "8800",
    "qty": "1",
    "realizedPnl": "0",
    "marginAsset": "BTC",
    "baseQty": "0.01136364",
    "commission": "0.00000454",
    "commissionAsset": "BTC",
    "time": 1590743483586,
    "positionSide": "BOTH",
    "buyer": false,
    "maker": false,
  },
] satisfies operations['getCmTrades']['responses']['200']['content']['application/json'];

export const getCmTrades_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmTrades']['responses']['400']['content']['application/json'];

export const getCmTrades_400_badCombo = {
  "code": -1128,
  "msg": "Combination of optional parameters invalid.",
} satisfies operations['getCmTrades']['responses']['400']['content']['application/json'];

export const getCmTrades_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmTrades']['responses']['401']['content']['application/json'];

export const getCmTrades_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmTrades']['responses']['401']['content']['application/json'];

export const getCmTrades_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmTrades']['responses']['418']['content']['application/json'];

export const getCmTrades_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmTrades']['responses']['429']['content']['application/json'];

export const getCmTrades_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmTrades']['responses']['429']['content']['application/json'];

export const getCmTrades_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmTrades']['responses']['5XX']['content']['application/json'];

export const getCmTrades_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmTrades']['responses']['5XX']['content']['application/json'];

export const getCmTrades_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmTrades']['responses']['5XX']['content']['application/json'];

export const getCmTrades_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmTrades']['responses']['5XX']['content']['application/json'];

export const getCmTrades_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmTrades']['parameters']['query']>['symbol'];

export const getCmTrades_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmTrades']['parameters']['query']>['recvWindow'];

export const getCmTrades_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmTrades']['parameters']['query']>['timestamp'];

export const getCmOrderAmendments_200_history = [
  {
    "amendmentId": 5363n,
    "symbol": "BTCUSD_PERP",
    "pair": "BTCUSD",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629184560899,
    "amendment": {
      "price": {
        "before": "30004",
        "after": "30003.2",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 3,
      "modifyId": 123n,
    },
  },
  {
    "amendmentId": 5361n,
    "symbol": "BTCUSD_PERP",
    "pair": "BTCUSD",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629184533946,
    "amendment": {
      "price": {
        "before": "30005",
        "after": "30004",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 2,
      "modifyId": 123n,
    },
  },
  {
    "amendmentId": 5325n,
    "symbol": "BTCUSD_PERP",
    "pair": "BTCUSD",
    "orderId": 20072994037n,
    "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
    "time": 1629182711787,
    "amendment": {
      "price": {
        "before": "30002",
        "after": "30005",
      },
      "origQty": {
        "before": "1",
        "after": "1",
      },
      "count": 1,
      "modifyId": 123n,
    },
  },
] satisfies operations['getCmOrderAmendments']['responses']['200']['content']['application/json'];

export const getCmOrderAmendments_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
} satisfies operations['getCmOrderAmendments']['responses']['400']['content']['application/json'];

export const getCmOrderAmendments_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmOrderAmendments']['responses']['400']['content']['application/json'];

export const getCmOrderAmendments_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOrderAmendments']['responses']['401']['content']['application/json'];

export const getCmOrderAmendments_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOrderAmendments']['responses']['401']['content']['application/json'];

export const getCmOrderAmendments_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOrderAmendments']['responses']['418']['content']['application/json'];

export const getCmOrderAmendments_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOrderAmendments']['responses']['429']['content']['application/json'];

export const getCmOrderAmendments_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOrderAmendments']['responses']['429']['content']['application/json'];

export const getCmOrderAmendments_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getCmOrderAmendments_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getCmOrderAmendments_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getCmOrderAmendments_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOrderAmendments']['responses']['5XX']['content']['application/json'];

export const getCmOrderAmendments_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOrderAmendments']['parameters']['query']>['symbol'];

export const getCmOrderAmendments_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['getCmOrderAmendments']['parameters']['query']>['origClientOrderId'];

export const getCmOrderAmendments_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOrderAmendments']['parameters']['query']>['recvWindow'];

export const getCmOrderAmendments_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOrderAmendments']['parameters']['query']>['timestamp'];

export const getCmForceOrders_200_forced = [
  {
    "orderId": 165123080n,
    "symbol": "BTCUSD_200925",
    "pair": "BTCUSD",
    "status": "FILLED",
    "clientOrderId": "autoclose-1596542005017000006",
    "price": "11326.9",
    "avgPrice": "11326.9",
    "origQty": "1",
    "executedQty": "1",
    "cumBase": "0.00882854",
    "timeInForce": "IOC",
    "type": "LIMIT",
    "reduceOnly": false,
    "side": "SELL",
    "positionSide": "BOTH",
    "origType": "LIMIT",
    "time": 1596542005019,
    "updateTime": 1596542005050,
  },
] satisfies operations['getCmForceOrders']['responses']['200']['content']['application/json'];

export const getCmForceOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmForceOrders']['responses']['400']['content']['application/json'];

export const getCmForceOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmForceOrders']['responses']['401']['content']['application/json'];

export const getCmForceOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmForceOrders']['responses']['401']['content']['application/json'];

export const getCmForceOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmForceOrders']['responses']['418']['content']['application/json'];

export const getCmForceOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmForceOrders']['responses']['429']['content']['application/json'];

export const getCmForceOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmForceOrders']['responses']['429']['content']['application/json'];

export const getCmForceOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmForceOrders']['responses']['5XX']['content']['application/json'];

export const getCmForceOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmForceOrders']['responses']['5XX']['content']['application/json'];

export const getCmForceOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmForceOrders']['responses']['5XX']['content']['application/json'];

export const getCmForceOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmForceOrders']['responses']['5XX']['content']['application/json'];

export const getCmForceOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmForceOrders']['parameters']['query']>['symbol'];

export const getCmForceOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmForceOrders']['parameters']['query']>['recvWindow'];

export const getCmForceOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmForceOrders']['parameters']['query']>['timestamp'];

export const newCmConditionalOrder_200_placed = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "NEW",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSD",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
} satisfies operations['newCmConditionalOrder']['responses']['200']['content']['application/json'];

export const newCmConditionalOrder_400_stopMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'stopPrice' was not sent, was empty/null, or malformed.",
} satisfies operations['newCmConditionalOrder']['responses']['400']['content']['application/json'];

export const newCmConditionalOrder_400_wouldTrigger = {
  "code": -2021,
  "msg": "Order would immediately trigger.",
} satisfies operations['newCmConditionalOrder']['responses']['400']['content']['application/json'];

export const newCmConditionalOrder_400_positionSide = {
  "code": -4061,
  "msg": "Order's position side does not match user's setting.",
} satisfies operations['newCmConditionalOrder']['responses']['400']['content']['application/json'];

export const newCmConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newCmConditionalOrder']['responses']['401']['content']['application/json'];

export const newCmConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newCmConditionalOrder']['responses']['401']['content']['application/json'];

export const newCmConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['newCmConditionalOrder']['responses']['418']['content']['application/json'];

export const newCmConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['newCmConditionalOrder']['responses']['429']['content']['application/json'];

export const newCmConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['newCmConditionalOrder']['responses']['429']['content']['application/json'];

export const newCmConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['newCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newCmConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['newCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newCmConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['newCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newCmConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['newCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const newCmConditionalOrder_body_takeProfit = {
  "symbol": "BTCUSD_PERP",
  "side": "SELL",
  "strategyType": "TAKE_PROFIT_MARKET",
  "stopPrice": "45000",
  "quantity": "1",
  "workingType": "MARK_PRICE",
  "newClientStrategyId": "docsTakeProfit",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['newCmConditionalOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelCmConditionalOrder_200_canceled = {
  "newClientStrategyId": "myOrder1",
  "strategyId": 123445n,
  "strategyStatus": "CANCELED",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "11",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSD",
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "workingType": "CONTRACT_PRICE",
  "priceProtect": false,
} satisfies operations['cancelCmConditionalOrder']['responses']['200']['content']['application/json'];

export const cancelCmConditionalOrder_400_unknownOrder = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelCmConditionalOrder']['responses']['400']['content']['application/json'];

export const cancelCmConditionalOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'strategyId' or 'newClientStrategyId' must be sent, but both were empty/null!",
} satisfies operations['cancelCmConditionalOrder']['responses']['400']['content']['application/json'];

export const cancelCmConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelCmConditionalOrder']['responses']['401']['content']['application/json'];

export const cancelCmConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelCmConditionalOrder']['responses']['401']['content']['application/json'];

export const cancelCmConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelCmConditionalOrder']['responses']['418']['content']['application/json'];

export const cancelCmConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelCmConditionalOrder']['responses']['429']['content']['application/json'];

export const cancelCmConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelCmConditionalOrder']['responses']['429']['content']['application/json'];

export const cancelCmConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelCmConditionalOrder']['responses']['5XX']['content']['application/json'];

export const cancelCmConditionalOrder_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['cancelCmConditionalOrder']['parameters']['query']>['symbol'];

export const cancelCmConditionalOrder_param_newClientStrategyId_example = "abc" satisfies NonNullable<operations['cancelCmConditionalOrder']['parameters']['query']>['newClientStrategyId'];

export const cancelCmConditionalOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelCmConditionalOrder']['parameters']['query']>['recvWindow'];

export const cancelCmConditionalOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelCmConditionalOrder']['parameters']['query']>['timestamp'];

export const getCmOpenConditionalOrder_200_open = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "NEW",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSD",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "timeInForce": "GTC",
  "activatePrice": "9020",
  "priceRate": "0.3",
} satisfies operations['getCmOpenConditionalOrder']['responses']['200']['content']['application/json'];

export const getCmOpenConditionalOrder_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['400']['content']['application/json'];

export const getCmOpenConditionalOrder_400_neitherIdSent = {
  "code": -1102,
  "msg": "Param 'strategyId' or 'newClientStrategyId' must be sent, but both were empty/null!",
} satisfies operations['getCmOpenConditionalOrder']['responses']['400']['content']['application/json'];

export const getCmOpenConditionalOrder_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['401']['content']['application/json'];

export const getCmOpenConditionalOrder_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['401']['content']['application/json'];

export const getCmOpenConditionalOrder_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['418']['content']['application/json'];

export const getCmOpenConditionalOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['429']['content']['application/json'];

export const getCmOpenConditionalOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['429']['content']['application/json'];

export const getCmOpenConditionalOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrder_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrder_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrder_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOpenConditionalOrder']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrder_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOpenConditionalOrder']['parameters']['query']>['symbol'];

export const getCmOpenConditionalOrder_param_newClientStrategyId_example = "abc" satisfies NonNullable<operations['getCmOpenConditionalOrder']['parameters']['query']>['newClientStrategyId'];

export const getCmOpenConditionalOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOpenConditionalOrder']['parameters']['query']>['recvWindow'];

export const getCmOpenConditionalOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOpenConditionalOrder']['parameters']['query']>['timestamp'];

export const getCmOpenConditionalOrders_200_open = [
  {
    "newClientStrategyId": "abc",
    "strategyId": 123445n,
    "strategyStatus": "NEW",
    "strategyType": "TRAILING_STOP_MARKET",
    "origQty": "0.40",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "stopPrice": "9300",
    "symbol": "BTCUSD",
    "bookTime": 1566818724710,
    "updateTime": 1566818724722,
    "timeInForce": "GTC",
    "activatePrice": "9020",
    "priceRate": "0.3",
  },
] satisfies operations['getCmOpenConditionalOrders']['responses']['200']['content']['application/json'];

export const getCmOpenConditionalOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['400']['content']['application/json'];

export const getCmOpenConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const getCmOpenConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const getCmOpenConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['418']['content']['application/json'];

export const getCmOpenConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const getCmOpenConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const getCmOpenConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmOpenConditionalOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmOpenConditionalOrders']['parameters']['query']>['symbol'];

export const getCmOpenConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmOpenConditionalOrders']['parameters']['query']>['recvWindow'];

export const getCmOpenConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmOpenConditionalOrders']['parameters']['query']>['timestamp'];

export const getCmConditionalOrderHistory_200_triggered = {
  "newClientStrategyId": "abc",
  "strategyId": 123445n,
  "strategyStatus": "TRIGGERED",
  "strategyType": "TRAILING_STOP_MARKET",
  "origQty": "0.40",
  "price": "0",
  "reduceOnly": false,
  "side": "BUY",
  "positionSide": "SHORT",
  "stopPrice": "9300",
  "symbol": "BTCUSD",
  "orderId": 12123343534n,
  "status": "NEW",
  "bookTime": 1566818724710,
  "updateTime": 1566818724722,
  "triggerTime": 1566818724750,
  "timeInForce": "GTC",
  "type": "MARKET",
  "activatePrice": "9020",
  "priceRate": "0.3",
  "workingType": "CONTRACT_PRICE",
  "priceProtect": false,
  "priceMatch": "NONE",
} satisfies operations['getCmConditionalOrderHistory']['responses']['200']['content']['application/json'];

export const getCmConditionalOrderHistory_400_noSuchOrder = {
  "code": -2013,
  "msg": "Order does not exist.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['400']['content']['application/json'];

export const getCmConditionalOrderHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['401']['content']['application/json'];

export const getCmConditionalOrderHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['401']['content']['application/json'];

export const getCmConditionalOrderHistory_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['418']['content']['application/json'];

export const getCmConditionalOrderHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['429']['content']['application/json'];

export const getCmConditionalOrderHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['429']['content']['application/json'];

export const getCmConditionalOrderHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getCmConditionalOrderHistory_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getCmConditionalOrderHistory_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getCmConditionalOrderHistory_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmConditionalOrderHistory']['responses']['5XX']['content']['application/json'];

export const getCmConditionalOrderHistory_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmConditionalOrderHistory']['parameters']['query']>['symbol'];

export const getCmConditionalOrderHistory_param_newClientStrategyId_example = "oldStrategy" satisfies NonNullable<operations['getCmConditionalOrderHistory']['parameters']['query']>['newClientStrategyId'];

export const getCmConditionalOrderHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmConditionalOrderHistory']['parameters']['query']>['recvWindow'];

export const getCmConditionalOrderHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmConditionalOrderHistory']['parameters']['query']>['timestamp'];

export const getCmAllConditionalOrders_200_all = [
  {
    "newClientStrategyId": "abc",
    "strategyId": 123445n,
    "strategyStatus": "TRIGGERED",
    "strategyType": "TRAILING_STOP_MARKET",
    "origQty": "0.40",
    "price": "0",
    "reduceOnly": false,
    "side": "BUY",
    "positionSide": "SHORT",
    "stopPrice": "9300",
    "symbol": "BTCUSD",
    "orderId": 12123343534n,
    "status": "NEW",
    "bookTime": 1566818724710,
    "updateTime": 1566818724722,
    "triggerTime": 1566818724750,
    "timeInForce": "GTC",
    "type": "MARKET",
    "activatePrice": "9020",
    "priceRate": "0.3",
  },
] satisfies operations['getCmAllConditionalOrders']['responses']['200']['content']['application/json'];

export const getCmAllConditionalOrders_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmAllConditionalOrders']['responses']['400']['content']['application/json'];

export const getCmAllConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmAllConditionalOrders']['responses']['401']['content']['application/json'];

export const getCmAllConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmAllConditionalOrders']['responses']['401']['content']['application/json'];

export const getCmAllConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmAllConditionalOrders']['responses']['418']['content']['application/json'];

export const getCmAllConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmAllConditionalOrders']['responses']['429']['content']['application/json'];

export const getCmAllConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmAllConditionalOrders']['responses']['429']['content']['application/json'];

export const getCmAllConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmAllConditionalOrders']['responses']['5XX']['content']['application/json'];

export const getCmAllConditionalOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmAllConditionalOrders']['parameters']['query']>['symbol'];

export const getCmAllConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmAllConditionalOrders']['parameters']['query']>['recvWindow'];

export const getCmAllConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmAllConditionalOrders']['parameters']['query']>['timestamp'];

export const cancelCmAllOpenConditionalOrders_200_done = {
  "code": 200,
  "msg": "The operation of cancel all conditional open order is done.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['200']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['400']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['401']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['418']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['429']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['cancelCmAllOpenConditionalOrders']['responses']['5XX']['content']['application/json'];

export const cancelCmAllOpenConditionalOrders_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['cancelCmAllOpenConditionalOrders']['parameters']['query']>['symbol'];

export const cancelCmAllOpenConditionalOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelCmAllOpenConditionalOrders']['parameters']['query']>['recvWindow'];

export const cancelCmAllOpenConditionalOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelCmAllOpenConditionalOrders']['parameters']['query']>['timestamp'];

export const getCmPositionRisk_200_oneWay = [
  {
    "symbol": "BTCUSD_201225",
    "positionAmt": "0",
    "entryPrice": "0.0",
    "markPrice": "0.00000000",
    "unRealizedProfit": "0.00000000",
    "liquidationPrice": "6170.20509059",
    "leverage": "125",
    "positionSide": "BOTH",
    "updateTime": 0,
    "maxQty": "50",
    "notionalValue": "0.00084827",
  },
] satisfies operations['getCmPositionRisk']['responses']['200']['content']['application/json'];

export const getCmPositionRisk_200_hedge = [
  {
    "symbol": "BTCUSD_201225",
    "positionAmt": "1",
    "entryPrice": "11707.70000003",
    "markPrice": "11788.66626667",
    "unRealizedProfit": "0.00005866",
    "liquidationPrice": "6170.20509059",
    "leverage": "125",
    "positionSide": "LONG",
    "updateTime": 1627026881327,
    "maxQty": "50",
    "notionalValue": "0.00084827",
  },
  {
    "symbol": "BTCUSD_201225",
    "positionAmt": "1",
    "entryPrice": "11707.70000003",
    "markPrice": "11788.66626667",
    "unRealizedProfit": "0.00005866",
    "liquidationPrice": "6170.20509059",
    "leverage": "125",
    "positionSide": "LONG",
    "updateTime": 1627026881327,
    "maxQty": "50",
    "notionalValue": "0.00084827",
  },
] satisfies operations['getCmPositionRisk']['responses']['200']['content']['application/json'];

export const getCmPositionRisk_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmPositionRisk']['responses']['400']['content']['application/json'];

export const getCmPositionRisk_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmPositionRisk']['responses']['401']['content']['application/json'];

export const getCmPositionRisk_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmPositionRisk']['responses']['401']['content']['application/json'];

export const getCmPositionRisk_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmPositionRisk']['responses']['418']['content']['application/json'];

export const getCmPositionRisk_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmPositionRisk']['responses']['429']['content']['application/json'];

export const getCmPositionRisk_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmPositionRisk']['responses']['429']['content']['application/json'];

export const getCmPositionRisk_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getCmPositionRisk_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getCmPositionRisk_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getCmPositionRisk_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmPositionRisk']['responses']['5XX']['content']['application/json'];

export const getCmPositionRisk_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmPositionRisk']['parameters']['query']>['recvWindow'];

export const getCmPositionRisk_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmPositionRisk']['parameters']['query']>['timestamp'];

export const changeCmInitialLeverage_200_set = {
  "leverage": 21,
  "maxQty": "1000",
  "symbol": "BTCUSD_200925",
} satisfies operations['changeCmInitialLeverage']['responses']['200']['content']['application/json'];

export const changeCmInitialLeverage_400_badLeverage = {
  "code": -4028,
  "msg": "Leverage 200 is not valid",
} satisfies operations['changeCmInitialLeverage']['responses']['400']['content']['application/json'];

export const changeCmInitialLeverage_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['changeCmInitialLeverage']['responses']['400']['content']['application/json'];

export const changeCmInitialLeverage_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeCmInitialLeverage']['responses']['401']['content']['application/json'];

export const changeCmInitialLeverage_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeCmInitialLeverage']['responses']['401']['content']['application/json'];

export const changeCmInitialLeverage_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeCmInitialLeverage']['responses']['418']['content']['application/json'];

export const changeCmInitialLeverage_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeCmInitialLeverage']['responses']['429']['content']['application/json'];

export const changeCmInitialLeverage_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeCmInitialLeverage']['responses']['429']['content']['application/json'];

export const changeCmInitialLeverage_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeCmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeCmInitialLeverage_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeCmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeCmInitialLeverage_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeCmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeCmInitialLeverage_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeCmInitialLeverage']['responses']['5XX']['content']['application/json'];

export const changeCmInitialLeverage_body_set = {
  "symbol": "BTCUSD_PERP",
  "leverage": 21,
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeCmInitialLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getCmPositionMode_200_hedge = {
  "dualSidePosition": true,
} satisfies operations['getCmPositionMode']['responses']['200']['content']['application/json'];

export const getCmPositionMode_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getCmPositionMode']['responses']['400']['content']['application/json'];

export const getCmPositionMode_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmPositionMode']['responses']['401']['content']['application/json'];

export const getCmPositionMode_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmPositionMode']['responses']['401']['content']['application/json'];

export const getCmPositionMode_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmPositionMode']['responses']['418']['content']['application/json'];

export const getCmPositionMode_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmPositionMode']['responses']['429']['content']['application/json'];

export const getCmPositionMode_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmPositionMode']['responses']['429']['content']['application/json'];

export const getCmPositionMode_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmPositionMode']['responses']['5XX']['content']['application/json'];

export const getCmPositionMode_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmPositionMode']['responses']['5XX']['content']['application/json'];

export const getCmPositionMode_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmPositionMode']['responses']['5XX']['content']['application/json'];

export const getCmPositionMode_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmPositionMode']['responses']['5XX']['content']['application/json'];

export const getCmPositionMode_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmPositionMode']['parameters']['query']>['recvWindow'];

export const getCmPositionMode_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmPositionMode']['parameters']['query']>['timestamp'];

export const changeCmPositionMode_200_done = {
  "code": 200,
  "msg": "success",
} satisfies operations['changeCmPositionMode']['responses']['200']['content']['application/json'];

export const changeCmPositionMode_400_noChange = {
  "code": -4059,
  "msg": "No need to change position side.",
} satisfies operations['changeCmPositionMode']['responses']['400']['content']['application/json'];

export const changeCmPositionMode_400_openOrders = {
  "code": -4067,
  "msg": "Position side cannot be changed if there exists open orders.",
} satisfies operations['changeCmPositionMode']['responses']['400']['content']['application/json'];

export const changeCmPositionMode_400_positions = {
  "code": -4068,
  "msg": "Position side cannot be changed if there exists position.",
} satisfies operations['changeCmPositionMode']['responses']['400']['content']['application/json'];

export const changeCmPositionMode_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeCmPositionMode']['responses']['401']['content']['application/json'];

export const changeCmPositionMode_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeCmPositionMode']['responses']['401']['content']['application/json'];

export const changeCmPositionMode_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeCmPositionMode']['responses']['418']['content']['application/json'];

export const changeCmPositionMode_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeCmPositionMode']['responses']['429']['content']['application/json'];

export const changeCmPositionMode_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeCmPositionMode']['responses']['429']['content']['application/json'];

export const changeCmPositionMode_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeCmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeCmPositionMode_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeCmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeCmPositionMode_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeCmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeCmPositionMode_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeCmPositionMode']['responses']['5XX']['content']['application/json'];

export const changeCmPositionMode_body_hedge = {
  "dualSidePosition": "true",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeCmPositionMode']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getCmAdlQuantile_200_adl = [
  {
    "symbol": "BTCUSD_200925",
    "adlQuantile": {
      "LONG": 3,
      "SHORT": 3,
      "HEDGE": 0,
    },
  },
  {
    "symbol": "BTCUSD_201225",
    "adlQuantile": {
      "LONG": 1,
      "SHORT": 2,
      "BOTH": 0,
    },
  },
] satisfies operations['getCmAdlQuantile']['responses']['200']['content']['application/json'];

export const getCmAdlQuantile_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmAdlQuantile']['responses']['400']['content']['application/json'];

export const getCmAdlQuantile_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmAdlQuantile']['responses']['401']['content']['application/json'];

export const getCmAdlQuantile_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmAdlQuantile']['responses']['401']['content']['application/json'];

export const getCmAdlQuantile_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmAdlQuantile']['responses']['418']['content']['application/json'];

export const getCmAdlQuantile_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmAdlQuantile']['responses']['429']['content']['application/json'];

export const getCmAdlQuantile_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmAdlQuantile']['responses']['429']['content']['application/json'];

export const getCmAdlQuantile_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getCmAdlQuantile_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getCmAdlQuantile_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getCmAdlQuantile_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmAdlQuantile']['responses']['5XX']['content']['application/json'];

export const getCmAdlQuantile_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmAdlQuantile']['parameters']['query']>['symbol'];

export const getCmAdlQuantile_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmAdlQuantile']['parameters']['query']>['recvWindow'];

export const getCmAdlQuantile_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmAdlQuantile']['parameters']['query']>['timestamp'];

export const getUmAccount_200_oneWay = {
  "assets": [
    {
      "asset": "USDT",
      "crossWalletBalance": "23.72469206",
      "crossUnPnl": "0.00000000",
      "maintMargin": "0.00000000",
      "initialMargin": "0.00000000",
      "positionInitialMargin": "0.00000000",
      "openOrderInitialMargin": "0.00000000",
      "updateTime": 1625474304765,
    },
  ],
  "positions": [
    {
      "symbol": "BTCUSDT",
      "initialMargin": "0",
      "maintMargin": "0",
      "unrealizedProfit": "0.00000000",
      "positionInitialMargin": "0",
      "openOrderInitialMargin": "0",
      "leverage": "100",
      "entryPrice": "0.00000",
      "maxNotional": "250000",
      "bidNotional": "0",
      "askNotional": "0",
      "positionSide": "BOTH",
      "positionAmt": "0",
      "updateTime": 0,
    },
  ],
} satisfies operations['getUmAccount']['responses']['200']['content']['application/json'];

export const getUmAccount_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getUmAccount']['responses']['400']['content']['application/json'];

export const getUmAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAccount']['responses']['401']['content']['application/json'];

export const getUmAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAccount']['responses']['401']['content']['application/json'];

export const getUmAccount_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAccount']['responses']['418']['content']['application/json'];

export const getUmAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAccount']['responses']['429']['content']['application/json'];

export const getUmAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAccount']['responses']['429']['content']['application/json'];

export const getUmAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAccount']['responses']['5XX']['content']['application/json'];

export const getUmAccount_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAccount']['responses']['5XX']['content']['application/json'];

export const getUmAccount_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAccount']['responses']['5XX']['content']['application/json'];

export const getUmAccount_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAccount']['responses']['5XX']['content']['application/json'];

export const getUmAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAccount']['parameters']['query']>['recvWindow'];

export const getUmAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAccount']['parameters']['query']>['timestamp'];

export const getUmAccountV2_200_documented = {
  "assets": [
    {
      "asset": "USDT",
      "crossWalletBalance": "23.72469206",
      "crossUnPnl": "0.00000000",
      "maintMargin": "0.00000000",
      "initialMargin": "0.00000000",
      "positionInitialMargin": "0.00000000",
      "openOrderInitialMargin": "0.00000000",
      "updateTime": 1625474304765,
    },
  ],
  "positions": [
    {
      "symbol": "BTCUSDT",
      "initialMargin": "0",
      "maintMargin": "0",
      "unrealizedProfit": "0.00000000",
      "positionSide": "BOTH",
      "positionAmt": "0",
      "updateTime": 0,
      "notional": "86.98650000",
    },
  ],
} satisfies operations['getUmAccountV2']['responses']['200']['content']['application/json'];

export const getUmAccountV2_400_badSignature = {
  "code": -1022,
  "msg": "Signature for this request is not valid.",
} satisfies operations['getUmAccountV2']['responses']['400']['content']['application/json'];

export const getUmAccountV2_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAccountV2']['responses']['401']['content']['application/json'];

export const getUmAccountV2_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAccountV2']['responses']['401']['content']['application/json'];

export const getUmAccountV2_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAccountV2']['responses']['418']['content']['application/json'];

export const getUmAccountV2_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAccountV2']['responses']['429']['content']['application/json'];

export const getUmAccountV2_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAccountV2']['responses']['429']['content']['application/json'];

export const getUmAccountV2_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAccountV2']['responses']['5XX']['content']['application/json'];

export const getUmAccountV2_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAccountV2']['responses']['5XX']['content']['application/json'];

export const getUmAccountV2_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAccountV2']['responses']['5XX']['content']['application/json'];

export const getUmAccountV2_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAccountV2']['responses']['5XX']['content']['application/json'];

export const getUmAccountV2_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAccountV2']['parameters']['query']>['recvWindow'];

export const getUmAccountV2_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAccountV2']['parameters']['query']>['timestamp'];

export const getUmAccountConfig_200_documented = {
  "feeTier": 0,
  "canTrade": true,
  "canDeposit": true,
  "canWithdraw": true,
  "dualSidePosition": true,
  "updateTime": 1724416653850,
  "multiAssetsMargin": false,
  "tradeGroupId": -1,
} satisfies operations['getUmAccountConfig']['responses']['200']['content']['application/json'];

export const getUmAccountConfig_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getUmAccountConfig']['responses']['400']['content']['application/json'];

export const getUmAccountConfig_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmAccountConfig']['responses']['401']['content']['application/json'];

export const getUmAccountConfig_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmAccountConfig']['responses']['401']['content']['application/json'];

export const getUmAccountConfig_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmAccountConfig']['responses']['418']['content']['application/json'];

export const getUmAccountConfig_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmAccountConfig']['responses']['429']['content']['application/json'];

export const getUmAccountConfig_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmAccountConfig']['responses']['429']['content']['application/json'];

export const getUmAccountConfig_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmAccountConfig']['responses']['5XX']['content']['application/json'];

export const getUmAccountConfig_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmAccountConfig']['responses']['5XX']['content']['application/json'];

export const getUmAccountConfig_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmAccountConfig']['responses']['5XX']['content']['application/json'];

export const getUmAccountConfig_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmAccountConfig']['responses']['5XX']['content']['application/json'];

export const getUmAccountConfig_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmAccountConfig']['parameters']['query']>['recvWindow'];

export const getUmAccountConfig_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmAccountConfig']['parameters']['query']>['timestamp'];

export const getUmSymbolConfig_200_documented = [
  {
    "symbol": "BTCUSDT",
    "marginType": "CROSSED",
    "isAutoAddMargin": "false",
    "leverage": 21,
    "maxNotionalValue": "1000000",
  },
] satisfies operations['getUmSymbolConfig']['responses']['200']['content']['application/json'];

export const getUmSymbolConfig_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmSymbolConfig']['responses']['400']['content']['application/json'];

export const getUmSymbolConfig_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmSymbolConfig']['responses']['401']['content']['application/json'];

export const getUmSymbolConfig_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmSymbolConfig']['responses']['401']['content']['application/json'];

export const getUmSymbolConfig_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmSymbolConfig']['responses']['418']['content']['application/json'];

export const getUmSymbolConfig_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmSymbolConfig']['responses']['429']['content']['application/json'];

export const getUmSymbolConfig_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmSymbolConfig']['responses']['429']['content']['application/json'];

export const getUmSymbolConfig_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmSymbolConfig']['responses']['5XX']['content']['application/json'];

export const getUmSymbolConfig_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmSymbolConfig']['responses']['5XX']['content']['application/json'];

export const getUmSymbolConfig_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmSymbolConfig']['responses']['5XX']['content']['application/json'];

export const getUmSymbolConfig_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmSymbolConfig']['responses']['5XX']['content']['application/json'];

export const getUmSymbolConfig_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmSymbolConfig']['parameters']['query']>['symbol'];

export const getUmSymbolConfig_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmSymbolConfig']['parameters']['query']>['recvWindow'];

export const getUmSymbolConfig_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmSymbolConfig']['parameters']['query']>['timestamp'];

export const getUmCommissionRate_200_documented = {
  "symbol": "BTCUSDT",
  "makerCommissionRate": "0.0002",
  "takerCommissionRate": "0.0004",
} satisfies operations['getUmCommissionRate']['responses']['200']['content']['application/json'];

export const getUmCommissionRate_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmCommissionRate']['responses']['400']['content']['application/json'];

export const getUmCommissionRate_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getUmCommissionRate']['responses']['400']['content']['application/json'];

export const getUmCommissionRate_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmCommissionRate']['responses']['401']['content']['application/json'];

export const getUmCommissionRate_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmCommissionRate']['responses']['401']['content']['application/json'];

export const getUmCommissionRate_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmCommissionRate']['responses']['418']['content']['application/json'];

export const getUmCommissionRate_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmCommissionRate']['responses']['429']['content']['application/json'];

export const getUmCommissionRate_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmCommissionRate']['responses']['429']['content']['application/json'];

export const getUmCommissionRate_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getUmCommissionRate_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getUmCommissionRate_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getUmCommissionRate_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getUmCommissionRate_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmCommissionRate']['parameters']['query']>['symbol'];

export const getUmCommissionRate_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmCommissionRate']['parameters']['query']>['recvWindow'];

export const getUmCommissionRate_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmCommissionRate']['parameters']['query']>['timestamp'];

export const getUmLeverageBrackets_200_documented = [
  {
    "symbol": "ETHUSDT",
    "notionalCoef": "4.0",
    "brackets": [
      {
        "bracket": 1,
        "initialLeverage": 75,
        "notionalCap": 10000,
        "notionalFloor": 0,
        "maintMarginRatio": 0.0065,
        "cum": 0,
      },
    ],
  },
] satisfies operations['getUmLeverageBrackets']['responses']['200']['content']['application/json'];

export const getUmLeverageBrackets_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmLeverageBrackets']['responses']['400']['content']['application/json'];

export const getUmLeverageBrackets_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmLeverageBrackets']['responses']['401']['content']['application/json'];

export const getUmLeverageBrackets_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmLeverageBrackets']['responses']['401']['content']['application/json'];

export const getUmLeverageBrackets_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmLeverageBrackets']['responses']['418']['content']['application/json'];

export const getUmLeverageBrackets_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmLeverageBrackets']['responses']['429']['content']['application/json'];

export const getUmLeverageBrackets_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmLeverageBrackets']['responses']['429']['content']['application/json'];

export const getUmLeverageBrackets_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getUmLeverageBrackets_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getUmLeverageBrackets_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getUmLeverageBrackets_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getUmLeverageBrackets_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmLeverageBrackets']['parameters']['query']>['symbol'];

export const getUmLeverageBrackets_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmLeverageBrackets']['parameters']['query']>['recvWindow'];

export const getUmLeverageBrackets_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmLeverageBrackets']['parameters']['query']>['timestamp'];

export const getUmApiTradingStatus_200_symbolIndicators = {
  "indicators": {
    "BTCUSDT": [
      {
        "isLocked": true,
        "plannedRecoverTime": 1545741270000,
        "indicator": "UFR",
        "value": 0.05,
        "triggerValue": 0.995,
      },
      {
        "isLocked": true,
        "plannedRecoverTime": 1545741270000,
        "indicator": "IFER",
        "value": 0.99,
        "triggerValue": 0.99,
      },
      {
        "isLocked": true,
        "plannedRecoverTime": 1545741270000,
        "indicator": "GCR",
        "value": 0.99,
        "triggerValue": 0.99,
      },
      {
        "isLocked": true,
        "plannedRecoverTime": 1545741270000,
        "indicator": "DR",
        "value": 0.99,
        "triggerValue": 0.99,
      },
    ],
  },
  "updateTime": 1545741270000,
} satisfies operations['getUmApiTradingStatus']['responses']['200']['content']['application/json'];

export const getUmApiTradingStatus_200_accountViolation = {
  "indicators": {
    "ACCOUNT": [
      {
        "indicator": "TMV",
        "value": 10,
        "triggerValue": 1,
        "plannedRecoverTime": 1644919865000,
        "isLocked": true,
      },
    ],
  },
  "updateTime": 1644913304748,
} satisfies operations['getUmApiTradingStatus']['responses']['200']['content']['application/json'];

export const getUmApiTradingStatus_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getUmApiTradingStatus']['responses']['400']['content']['application/json'];

export const getUmApiTradingStatus_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmApiTradingStatus']['responses']['401']['content']['application/json'];

export const getUmApiTradingStatus_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmApiTradingStatus']['responses']['401']['content']['application/json'];

export const getUmApiTradingStatus_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmApiTradingStatus']['responses']['418']['content']['application/json'];

export const getUmApiTradingStatus_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmApiTradingStatus']['responses']['429']['content']['application/json'];

export const getUmApiTradingStatus_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmApiTradingStatus']['responses']['429']['content']['application/json'];

export const getUmApiTradingStatus_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmApiTradingStatus']['responses']['5XX']['content']['application/json'];

export const getUmApiTradingStatus_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmApiTradingStatus']['responses']['5XX']['content']['application/json'];

export const getUmApiTradingStatus_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmApiTradingStatus']['responses']['5XX']['content']['application/json'];

export const getUmApiTradingStatus_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmApiTradingStatus']['responses']['5XX']['content']['application/json'];

export const getUmApiTradingStatus_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmApiTradingStatus']['parameters']['query']>['symbol'];

export const getUmApiTradingStatus_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmApiTradingStatus']['parameters']['query']>['recvWindow'];

export const getUmApiTradingStatus_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmApiTradingStatus']['parameters']['query']>['timestamp'];

export const getUmFeeBurn_200_on = {
  "feeBurn": true,
} satisfies operations['getUmFeeBurn']['responses']['200']['content']['application/json'];

export const getUmFeeBurn_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getUmFeeBurn']['responses']['400']['content']['application/json'];

export const getUmFeeBurn_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmFeeBurn']['responses']['401']['content']['application/json'];

export const getUmFeeBurn_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmFeeBurn']['responses']['401']['content']['application/json'];

export const getUmFeeBurn_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmFeeBurn']['responses']['418']['content']['application/json'];

export const getUmFeeBurn_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmFeeBurn']['responses']['429']['content']['application/json'];

export const getUmFeeBurn_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmFeeBurn']['responses']['429']['content']['application/json'];

export const getUmFeeBurn_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const getUmFeeBurn_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const getUmFeeBurn_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const getUmFeeBurn_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const getUmFeeBurn_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmFeeBurn']['parameters']['query']>['recvWindow'];

export const getUmFeeBurn_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmFeeBurn']['parameters']['query']>['timestamp'];

export const changeUmFeeBurn_200_done = {
  "code": 200,
  "msg": "success",
} satisfies operations['changeUmFeeBurn']['responses']['200']['content']['application/json'];

export const changeUmFeeBurn_400_badValue = {
  "code": -1130,
  "msg": "Data sent for parameter 'feeBurn' is not valid.",
} satisfies operations['changeUmFeeBurn']['responses']['400']['content']['application/json'];

export const changeUmFeeBurn_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeUmFeeBurn']['responses']['401']['content']['application/json'];

export const changeUmFeeBurn_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeUmFeeBurn']['responses']['401']['content']['application/json'];

export const changeUmFeeBurn_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeUmFeeBurn']['responses']['418']['content']['application/json'];

export const changeUmFeeBurn_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeUmFeeBurn']['responses']['429']['content']['application/json'];

export const changeUmFeeBurn_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeUmFeeBurn']['responses']['429']['content']['application/json'];

export const changeUmFeeBurn_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const changeUmFeeBurn_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const changeUmFeeBurn_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const changeUmFeeBurn_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeUmFeeBurn']['responses']['5XX']['content']['application/json'];

export const changeUmFeeBurn_body_on = {
  "feeBurn": "true",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeUmFeeBurn']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getUmIncome_200_documented = [
  {
    "symbol": "",
    "incomeType": "TRANSFER",
    "income": "-0.37500000",
    "asset": "USDT",
    "info": "TRANSFER",
    "time": 1570608000000,
    "tranId": "9689322392",
    "tradeId": "",
  },
  {
    "symbol": "BTCUSDT",
    "incomeType": "COMMISSION",
    "income": "-0.01000000",
    "asset": "USDT",
    "info": "COMMISSION",
    "time": 1570636800000,
    "tranId": "9689322392",
    "tradeId": "2059192",
  },
] satisfies operations['getUmIncome']['responses']['200']['content']['application/json'];

export const getUmIncome_400_badType = {
  "code": -1130,
  "msg": "Data sent for parameter 'incomeType' is not valid.",
} satisfies operations['getUmIncome']['responses']['400']['content']['application/json'];

export const getUmIncome_400_startAfterEnd = {
  "code": -1023,
  "msg": "Start time is greater than end time.",
} satisfies operations['getUmIncome']['responses']['400']['content']['application/json'];

export const getUmIncome_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmIncome']['responses']['401']['content']['application/json'];

export const getUmIncome_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmIncome']['responses']['401']['content']['application/json'];

export const getUmIncome_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmIncome']['responses']['418']['content']['application/json'];

export const getUmIncome_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmIncome']['responses']['429']['content']['application/json'];

export const getUmIncome_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmIncome']['responses']['429']['content']['application/json'];

export const getUmIncome_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmIncome']['responses']['5XX']['content']['application/json'];

export const getUmIncome_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmIncome']['responses']['5XX']['content']['application/json'];

export const getUmIncome_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmIncome']['responses']['5XX']['content']['application/json'];

export const getUmIncome_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmIncome']['responses']['5XX']['content']['application/json'];

export const getUmIncome_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getUmIncome']['parameters']['query']>['symbol'];

export const getUmIncome_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmIncome']['parameters']['query']>['recvWindow'];

export const getUmIncome_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmIncome']['parameters']['query']>['timestamp'];

export const getUmIncomeDownloadId_200_documented = {
  "avgCostTimestampOfLast30d": 7241837,
  "downloadId": "546975389218332672",
} satisfies operations['getUmIncomeDownloadId']['responses']['200']['content']['application/json'];

export const getUmIncomeDownloadId_400_tooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getUmIncomeDownloadId']['responses']['400']['content']['application/json'];

export const getUmIncomeDownloadId_400_endTimeMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'endTime' was not sent, was empty/null, or malformed.",
} satisfies operations['getUmIncomeDownloadId']['responses']['400']['content']['application/json'];

export const getUmIncomeDownloadId_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmIncomeDownloadId']['responses']['401']['content']['application/json'];

export const getUmIncomeDownloadId_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmIncomeDownloadId']['responses']['401']['content']['application/json'];

export const getUmIncomeDownloadId_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmIncomeDownloadId']['responses']['418']['content']['application/json'];

export const getUmIncomeDownloadId_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmIncomeDownloadId']['responses']['429']['content']['application/json'];

export const getUmIncomeDownloadId_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmIncomeDownloadId']['responses']['429']['content']['application/json'];

export const getUmIncomeDownloadId_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmIncomeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadId_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmIncomeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadId_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmIncomeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadId_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmIncomeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadId_param_startTime_example = 1690000000000 satisfies NonNullable<operations['getUmIncomeDownloadId']['parameters']['query']>['startTime'];

export const getUmIncomeDownloadId_param_endTime_example = 1700000000000 satisfies NonNullable<operations['getUmIncomeDownloadId']['parameters']['query']>['endTime'];

export const getUmIncomeDownloadId_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmIncomeDownloadId']['parameters']['query']>['recvWindow'];

export const getUmIncomeDownloadId_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmIncomeDownloadId']['parameters']['query']>['timestamp'];

export const getUmIncomeDownloadLink_200_completed = {
  "downloadId": "545923594199212032",
  "status": "completed",
  "url": "www.binance.com",
  "s3Link": null,
  "notified": true,
  "expirationTimestamp": 1645009771000,
  "isExpired": null,
} satisfies operations['getUmIncomeDownloadLink']['responses']['200']['content']['application/json'];

export const getUmIncomeDownloadLink_200_processing = {
  "downloadId": "545923594199212032",
  "status": "processing",
  "url": "",
  "s3Link": null,
  "notified": false,
  "expirationTimestamp": -1,
  "isExpired": null,
} satisfies operations['getUmIncomeDownloadLink']['responses']['200']['content']['application/json'];

export const getUmIncomeDownloadLink_400_unknownId = {
  "code": -3026,
  "msg": "Your input param is invalid.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['400']['content']['application/json'];

export const getUmIncomeDownloadLink_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['401']['content']['application/json'];

export const getUmIncomeDownloadLink_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['401']['content']['application/json'];

export const getUmIncomeDownloadLink_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['418']['content']['application/json'];

export const getUmIncomeDownloadLink_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['429']['content']['application/json'];

export const getUmIncomeDownloadLink_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['429']['content']['application/json'];

export const getUmIncomeDownloadLink_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadLink_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadLink_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadLink_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmIncomeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmIncomeDownloadLink_param_downloadId_example = "545923594199212032" satisfies NonNullable<operations['getUmIncomeDownloadLink']['parameters']['query']>['downloadId'];

export const getUmIncomeDownloadLink_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmIncomeDownloadLink']['parameters']['query']>['recvWindow'];

export const getUmIncomeDownloadLink_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmIncomeDownloadLink']['parameters']['query']>['timestamp'];

export const getUmOrderDownloadId_200_documented = {
  "avgCostTimestampOfLast30d": 7241837,
  "downloadId": "546975389218332672",
} satisfies operations['getUmOrderDownloadId']['responses']['200']['content']['application/json'];

export const getUmOrderDownloadId_400_tooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getUmOrderDownloadId']['responses']['400']['content']['application/json'];

export const getUmOrderDownloadId_400_endTimeMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'endTime' was not sent, was empty/null, or malformed.",
} satisfies operations['getUmOrderDownloadId']['responses']['400']['content']['application/json'];

export const getUmOrderDownloadId_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOrderDownloadId']['responses']['401']['content']['application/json'];

export const getUmOrderDownloadId_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOrderDownloadId']['responses']['401']['content']['application/json'];

export const getUmOrderDownloadId_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOrderDownloadId']['responses']['418']['content']['application/json'];

export const getUmOrderDownloadId_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOrderDownloadId']['responses']['429']['content']['application/json'];

export const getUmOrderDownloadId_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOrderDownloadId']['responses']['429']['content']['application/json'];

export const getUmOrderDownloadId_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOrderDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadId_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOrderDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadId_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOrderDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadId_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOrderDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadId_param_startTime_example = 1690000000000 satisfies NonNullable<operations['getUmOrderDownloadId']['parameters']['query']>['startTime'];

export const getUmOrderDownloadId_param_endTime_example = 1700000000000 satisfies NonNullable<operations['getUmOrderDownloadId']['parameters']['query']>['endTime'];

export const getUmOrderDownloadId_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOrderDownloadId']['parameters']['query']>['recvWindow'];

export const getUmOrderDownloadId_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOrderDownloadId']['parameters']['query']>['timestamp'];

export const getUmOrderDownloadLink_200_completed = {
  "downloadId": "545923594199212032",
  "status": "completed",
  "url": "www.binance.com",
  "s3Link": null,
  "notified": true,
  "expirationTimestamp": 1645009771000,
  "isExpired": null,
} satisfies operations['getUmOrderDownloadLink']['responses']['200']['content']['application/json'];

export const getUmOrderDownloadLink_200_processing = {
  "downloadId": "545923594199212032",
  "status": "processing",
  "url": "",
  "s3Link": null,
  "notified": false,
  "expirationTimestamp": -1,
  "isExpired": null,
} satisfies operations['getUmOrderDownloadLink']['responses']['200']['content']['application/json'];

export const getUmOrderDownloadLink_400_unknownId = {
  "code": -3026,
  "msg": "Your input param is invalid.",
} satisfies operations['getUmOrderDownloadLink']['responses']['400']['content']['application/json'];

export const getUmOrderDownloadLink_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmOrderDownloadLink']['responses']['401']['content']['application/json'];

export const getUmOrderDownloadLink_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmOrderDownloadLink']['responses']['401']['content']['application/json'];

export const getUmOrderDownloadLink_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmOrderDownloadLink']['responses']['418']['content']['application/json'];

export const getUmOrderDownloadLink_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmOrderDownloadLink']['responses']['429']['content']['application/json'];

export const getUmOrderDownloadLink_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmOrderDownloadLink']['responses']['429']['content']['application/json'];

export const getUmOrderDownloadLink_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmOrderDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadLink_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmOrderDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadLink_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmOrderDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadLink_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmOrderDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmOrderDownloadLink_param_downloadId_example = "545923594199212032" satisfies NonNullable<operations['getUmOrderDownloadLink']['parameters']['query']>['downloadId'];

export const getUmOrderDownloadLink_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmOrderDownloadLink']['parameters']['query']>['recvWindow'];

export const getUmOrderDownloadLink_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmOrderDownloadLink']['parameters']['query']>['timestamp'];

export const getUmTradeDownloadId_200_documented = {
  "avgCostTimestampOfLast30d": 7241837,
  "downloadId": "546975389218332672",
} satisfies operations['getUmTradeDownloadId']['responses']['200']['content']['application/json'];

export const getUmTradeDownloadId_400_tooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getUmTradeDownloadId']['responses']['400']['content']['application/json'];

export const getUmTradeDownloadId_400_endTimeMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'endTime' was not sent, was empty/null, or malformed.",
} satisfies operations['getUmTradeDownloadId']['responses']['400']['content']['application/json'];

export const getUmTradeDownloadId_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmTradeDownloadId']['responses']['401']['content']['application/json'];

export const getUmTradeDownloadId_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmTradeDownloadId']['responses']['401']['content']['application/json'];

export const getUmTradeDownloadId_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmTradeDownloadId']['responses']['418']['content']['application/json'];

export const getUmTradeDownloadId_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmTradeDownloadId']['responses']['429']['content']['application/json'];

export const getUmTradeDownloadId_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmTradeDownloadId']['responses']['429']['content']['application/json'];

export const getUmTradeDownloadId_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmTradeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadId_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmTradeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadId_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmTradeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadId_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmTradeDownloadId']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadId_param_startTime_example = 1690000000000 satisfies NonNullable<operations['getUmTradeDownloadId']['parameters']['query']>['startTime'];

export const getUmTradeDownloadId_param_endTime_example = 1700000000000 satisfies NonNullable<operations['getUmTradeDownloadId']['parameters']['query']>['endTime'];

export const getUmTradeDownloadId_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmTradeDownloadId']['parameters']['query']>['recvWindow'];

export const getUmTradeDownloadId_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmTradeDownloadId']['parameters']['query']>['timestamp'];

export const getUmTradeDownloadLink_200_completed = {
  "downloadId": "545923594199212032",
  "status": "completed",
  "url": "www.binance.com",
  "s3Link": null,
  "notified": true,
  "expirationTimestamp": 1645009771000,
  "isExpired": null,
} satisfies operations['getUmTradeDownloadLink']['responses']['200']['content']['application/json'];

export const getUmTradeDownloadLink_200_processing = {
  "downloadId": "545923594199212032",
  "status": "processing",
  "url": "",
  "s3Link": null,
  "notified": false,
  "expirationTimestamp": -1,
  "isExpired": null,
} satisfies operations['getUmTradeDownloadLink']['responses']['200']['content']['application/json'];

export const getUmTradeDownloadLink_400_unknownId = {
  "code": -3026,
  "msg": "Your input param is invalid.",
} satisfies operations['getUmTradeDownloadLink']['responses']['400']['content']['application/json'];

export const getUmTradeDownloadLink_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getUmTradeDownloadLink']['responses']['401']['content']['application/json'];

export const getUmTradeDownloadLink_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getUmTradeDownloadLink']['responses']['401']['content']['application/json'];

export const getUmTradeDownloadLink_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getUmTradeDownloadLink']['responses']['418']['content']['application/json'];

export const getUmTradeDownloadLink_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getUmTradeDownloadLink']['responses']['429']['content']['application/json'];

export const getUmTradeDownloadLink_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getUmTradeDownloadLink']['responses']['429']['content']['application/json'];

export const getUmTradeDownloadLink_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getUmTradeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadLink_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getUmTradeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadLink_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getUmTradeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadLink_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getUmTradeDownloadLink']['responses']['5XX']['content']['application/json'];

export const getUmTradeDownloadLink_param_downloadId_example = "545923594199212032" satisfies NonNullable<operations['getUmTradeDownloadLink']['parameters']['query']>['downloadId'];

export const getUmTradeDownloadLink_param_recvWindow_example = 5000 satisfies NonNullable<operations['getUmTradeDownloadLink']['parameters']['query']>['recvWindow'];

export const getUmTradeDownloadLink_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getUmTradeDownloadLink']['parameters']['query']>['timestamp'];

export const signUmTradFiPerpsContract_200_signed = {
  "code": 200,
  "msg": "success",
} satisfies operations['signUmTradFiPerpsContract']['responses']['200']['content']['application/json'];

export const signUmTradFiPerpsContract_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['400']['content']['application/json'];

export const signUmTradFiPerpsContract_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['401']['content']['application/json'];

export const signUmTradFiPerpsContract_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['401']['content']['application/json'];

export const signUmTradFiPerpsContract_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['418']['content']['application/json'];

export const signUmTradFiPerpsContract_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['429']['content']['application/json'];

export const signUmTradFiPerpsContract_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['429']['content']['application/json'];

export const signUmTradFiPerpsContract_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['5XX']['content']['application/json'];

export const signUmTradFiPerpsContract_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['5XX']['content']['application/json'];

export const signUmTradFiPerpsContract_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['5XX']['content']['application/json'];

export const signUmTradFiPerpsContract_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['signUmTradFiPerpsContract']['responses']['5XX']['content']['application/json'];

export const signUmTradFiPerpsContract_body_sign = {
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['signUmTradFiPerpsContract']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getCmAccount_200_documented = {
  "assets": [
    {
      "asset": "BTC",
      "crossWalletBalance": "0.00241969",
      "crossUnPnl": "0.00000000",
      "maintMargin": "0.00000000",
      "initialMargin": "0.00000000",
      "positionInitialMargin": "0.00000000",
      "openOrderInitialMargin": "0.00000000",
      "updateTime": 1625474304765,
    },
  ],
  "positions": [
    {
      "symbol": "BTCUSD_201225",
      "positionAmt": "0",
      "initialMargin": "0",
      "maintMargin": "0",
      "unrealizedProfit": "0.00000000",
      "positionInitialMargin": "0",
      "openOrderInitialMargin": "0",
      "leverage": "125",
      "positionSide": "BOTH",
      "entryPrice": "0.0",
      "maxQty": "50",
      "updateTime": 0,
    },
  ],
} satisfies operations['getCmAccount']['responses']['200']['content']['application/json'];

export const getCmAccount_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getCmAccount']['responses']['400']['content']['application/json'];

export const getCmAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmAccount']['responses']['401']['content']['application/json'];

export const getCmAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmAccount']['responses']['401']['content']['application/json'];

export const getCmAccount_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmAccount']['responses']['418']['content']['application/json'];

export const getCmAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmAccount']['responses']['429']['content']['application/json'];

export const getCmAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmAccount']['responses']['429']['content']['application/json'];

export const getCmAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmAccount']['responses']['5XX']['content']['application/json'];

export const getCmAccount_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmAccount']['responses']['5XX']['content']['application/json'];

export const getCmAccount_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmAccount']['responses']['5XX']['content']['application/json'];

export const getCmAccount_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmAccount']['responses']['5XX']['content']['application/json'];

export const getCmAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmAccount']['parameters']['query']>['recvWindow'];

export const getCmAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmAccount']['parameters']['query']>['timestamp'];

export const getCmCommissionRate_200_documented = {
  "symbol": "BTCUSD_PERP",
  "makerCommissionRate": "0.00015",
  "takerCommissionRate": "0.00040",
} satisfies operations['getCmCommissionRate']['responses']['200']['content']['application/json'];

export const getCmCommissionRate_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmCommissionRate']['responses']['400']['content']['application/json'];

export const getCmCommissionRate_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getCmCommissionRate']['responses']['400']['content']['application/json'];

export const getCmCommissionRate_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmCommissionRate']['responses']['401']['content']['application/json'];

export const getCmCommissionRate_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmCommissionRate']['responses']['401']['content']['application/json'];

export const getCmCommissionRate_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmCommissionRate']['responses']['418']['content']['application/json'];

export const getCmCommissionRate_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmCommissionRate']['responses']['429']['content']['application/json'];

export const getCmCommissionRate_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmCommissionRate']['responses']['429']['content']['application/json'];

export const getCmCommissionRate_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getCmCommissionRate_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getCmCommissionRate_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getCmCommissionRate_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmCommissionRate']['responses']['5XX']['content']['application/json'];

export const getCmCommissionRate_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmCommissionRate']['parameters']['query']>['symbol'];

export const getCmCommissionRate_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmCommissionRate']['parameters']['query']>['recvWindow'];

export const getCmCommissionRate_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmCommissionRate']['parameters']['query']>['timestamp'];

export const getCmLeverageBrackets_200_documented = [
  {
    "symbol": "BTCUSD_PERP",
    "brackets": [
      {
        "bracket": 1,
        "initialLeverage": 125,
        "qtyCap": 50,
        "qtyFloor": 0,
        "maintMarginRatio": 0.004,
        "cum": 0,
      },
    ],
  },
] satisfies operations['getCmLeverageBrackets']['responses']['200']['content']['application/json'];

export const getCmLeverageBrackets_400_badSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getCmLeverageBrackets']['responses']['400']['content']['application/json'];

export const getCmLeverageBrackets_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmLeverageBrackets']['responses']['401']['content']['application/json'];

export const getCmLeverageBrackets_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmLeverageBrackets']['responses']['401']['content']['application/json'];

export const getCmLeverageBrackets_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmLeverageBrackets']['responses']['418']['content']['application/json'];

export const getCmLeverageBrackets_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmLeverageBrackets']['responses']['429']['content']['application/json'];

export const getCmLeverageBrackets_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmLeverageBrackets']['responses']['429']['content']['application/json'];

export const getCmLeverageBrackets_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getCmLeverageBrackets_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getCmLeverageBrackets_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getCmLeverageBrackets_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmLeverageBrackets']['responses']['5XX']['content']['application/json'];

export const getCmLeverageBrackets_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmLeverageBrackets']['parameters']['query']>['symbol'];

export const getCmLeverageBrackets_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmLeverageBrackets']['parameters']['query']>['recvWindow'];

export const getCmLeverageBrackets_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmLeverageBrackets']['parameters']['query']>['timestamp'];

export const getCmIncome_200_documented = [
  {
    "symbol": "",
    "incomeType": "TRANSFER",
    "income": "-0.37500000",
    "asset": "BTC",
    "info": "WITHDRAW",
    "time": 1570608000000,
    "tranId": "9689322392",
    "tradeId": "",
  },
  {
    "symbol": "BTCUSD_200925",
    "incomeType": "COMMISSION",
    "income": "-0.01000000",
    "asset": "BTC",
    "info": "",
    "time": 1570636800000,
    "tranId": "9689322392",
    "tradeId": "2059192",
  },
] satisfies operations['getCmIncome']['responses']['200']['content']['application/json'];

export const getCmIncome_400_tooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getCmIncome']['responses']['400']['content']['application/json'];

export const getCmIncome_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCmIncome']['responses']['401']['content']['application/json'];

export const getCmIncome_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCmIncome']['responses']['401']['content']['application/json'];

export const getCmIncome_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getCmIncome']['responses']['418']['content']['application/json'];

export const getCmIncome_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getCmIncome']['responses']['429']['content']['application/json'];

export const getCmIncome_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getCmIncome']['responses']['429']['content']['application/json'];

export const getCmIncome_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getCmIncome']['responses']['5XX']['content']['application/json'];

export const getCmIncome_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getCmIncome']['responses']['5XX']['content']['application/json'];

export const getCmIncome_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getCmIncome']['responses']['5XX']['content']['application/json'];

export const getCmIncome_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getCmIncome']['responses']['5XX']['content']['application/json'];

export const getCmIncome_param_symbol_example = "BTCUSD_PERP" satisfies NonNullable<operations['getCmIncome']['parameters']['query']>['symbol'];

export const getCmIncome_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCmIncome']['parameters']['query']>['recvWindow'];

export const getCmIncome_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCmIncome']['parameters']['query']>['timestamp'];

export const collectFundsByAsset_200_done = {
  "msg": "success",
} satisfies operations['collectFundsByAsset']['responses']['200']['content']['application/json'];

export const collectFundsByAsset_400_bnb = {
  "code": -3005,
  "msg": "Transferring out not allowed.",
} satisfies operations['collectFundsByAsset']['responses']['400']['content']['application/json'];

export const collectFundsByAsset_400_invalidAsset = {
  "code": -1108,
  "msg": "Invalid asset.",
} satisfies operations['collectFundsByAsset']['responses']['400']['content']['application/json'];

export const collectFundsByAsset_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['collectFundsByAsset']['responses']['401']['content']['application/json'];

export const collectFundsByAsset_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['collectFundsByAsset']['responses']['401']['content']['application/json'];

export const collectFundsByAsset_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['collectFundsByAsset']['responses']['418']['content']['application/json'];

export const collectFundsByAsset_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['collectFundsByAsset']['responses']['429']['content']['application/json'];

export const collectFundsByAsset_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['collectFundsByAsset']['responses']['429']['content']['application/json'];

export const collectFundsByAsset_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['collectFundsByAsset']['responses']['5XX']['content']['application/json'];

export const collectFundsByAsset_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['collectFundsByAsset']['responses']['5XX']['content']['application/json'];

export const collectFundsByAsset_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['collectFundsByAsset']['responses']['5XX']['content']['application/json'];

export const collectFundsByAsset_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['collectFundsByAsset']['responses']['5XX']['content']['application/json'];

export const collectFundsByAsset_body_usdt = {
  "asset": "USDT",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['collectFundsByAsset']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const autoCollectFunds_200_done = {
  "msg": "success",
} satisfies operations['autoCollectFunds']['responses']['200']['content']['application/json'];

export const autoCollectFunds_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['autoCollectFunds']['responses']['400']['content']['application/json'];

export const autoCollectFunds_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['autoCollectFunds']['responses']['401']['content']['application/json'];

export const autoCollectFunds_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['autoCollectFunds']['responses']['401']['content']['application/json'];

export const autoCollectFunds_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['autoCollectFunds']['responses']['418']['content']['application/json'];

export const autoCollectFunds_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['autoCollectFunds']['responses']['429']['content']['application/json'];

export const autoCollectFunds_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['autoCollectFunds']['responses']['429']['content']['application/json'];

export const autoCollectFunds_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['autoCollectFunds']['responses']['5XX']['content']['application/json'];

export const autoCollectFunds_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['autoCollectFunds']['responses']['5XX']['content']['application/json'];

export const autoCollectFunds_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['autoCollectFunds']['responses']['5XX']['content']['application/json'];

export const autoCollectFunds_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['autoCollectFunds']['responses']['5XX']['content']['application/json'];

export const autoCollectFunds_body_collect = {
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['autoCollectFunds']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const transferBnb_200_done = {
  "tranId": 100000001n,
} satisfies operations['transferBnb']['responses']['200']['content']['application/json'];

export const transferBnb_400_insufficient = {
  "code": -2018,
  "msg": "Balance is insufficient.",
} satisfies operations['transferBnb']['responses']['400']['content']['application/json'];

export const transferBnb_400_badSide = {
  "code": -1130,
  "msg": "Data sent for parameter 'transferSide' is not valid.",
} satisfies operations['transferBnb']['responses']['400']['content']['application/json'];

export const transferBnb_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['transferBnb']['responses']['401']['content']['application/json'];

export const transferBnb_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['transferBnb']['responses']['401']['content']['application/json'];

export const transferBnb_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['transferBnb']['responses']['418']['content']['application/json'];

export const transferBnb_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['transferBnb']['responses']['429']['content']['application/json'];

export const transferBnb_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['transferBnb']['responses']['429']['content']['application/json'];

export const transferBnb_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['transferBnb']['responses']['5XX']['content']['application/json'];

export const transferBnb_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['transferBnb']['responses']['5XX']['content']['application/json'];

export const transferBnb_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['transferBnb']['responses']['5XX']['content']['application/json'];

export const transferBnb_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['transferBnb']['responses']['5XX']['content']['application/json'];

export const transferBnb_body_toUm = {
  "amount": "1",
  "transferSide": "TO_UM",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['transferBnb']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const repayMarginDebt_200_documented = {
  "amount": "0.10000000",
  "asset": "BNB",
  "specifyRepayAssets": [
    "USDT",
    "BTC",
  ],
  "updateTime": 1636371437000,
  "success": true,
} satisfies operations['repayMarginDebt']['responses']['200']['content']['application/json'];

export const repayMarginDebt_400_insufficient = {
  "code": -2018,
  "msg": "Balance is insufficient.",
} satisfies operations['repayMarginDebt']['responses']['400']['content']['application/json'];

export const repayMarginDebt_400_noLoan = {
  "code": -3015,
  "msg": "Repay amount exceeds borrow amount.",
} satisfies operations['repayMarginDebt']['responses']['400']['content']['application/json'];

export const repayMarginDebt_400_overCap = {
  "code": -3010,
  "msg": "Repay not allowed.",
} satisfies operations['repayMarginDebt']['responses']['400']['content']['application/json'];

export const repayMarginDebt_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['repayMarginDebt']['responses']['401']['content']['application/json'];

export const repayMarginDebt_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['repayMarginDebt']['responses']['401']['content']['application/json'];

export const repayMarginDebt_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['repayMarginDebt']['responses']['418']['content']['application/json'];

export const repayMarginDebt_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['repayMarginDebt']['responses']['429']['content']['application/json'];

export const repayMarginDebt_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['repayMarginDebt']['responses']['429']['content']['application/json'];

export const repayMarginDebt_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['repayMarginDebt']['responses']['5XX']['content']['application/json'];

export const repayMarginDebt_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['repayMarginDebt']['responses']['5XX']['content']['application/json'];

export const repayMarginDebt_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['repayMarginDebt']['responses']['5XX']['content']['application/json'];

export const repayMarginDebt_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['repayMarginDebt']['responses']['5XX']['content']['application/json'];

export const repayMarginDebt_body_bnbWithUsdtBtc = {
  "asset": "BNB",
  "amount": "0.1",
  "specifyRepayAssets": "USDT,BTC",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['repayMarginDebt']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getNegativeBalanceExchangeRecords_200_documented = {
  "total": 2,
  "rows": [
    {
      "startTime": 1736263046841,
      "endTime": 1736263248179,
      "details": [
        {
          "asset": "ETH",
          "negativeBalance": 18,
          "negativeMaxThreshold": 5,
        },
      ],
    },
    {
      "startTime": 1736184913252,
      "endTime": 1736184965474,
      "details": [
        {
          "asset": "BNB",
          "negativeBalance": 1.10264488,
          "negativeMaxThreshold": 0,
        },
      ],
    },
  ],
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['200']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_400_tooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['400']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_400_startMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'startTime' was not sent, was empty/null, or malformed.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['400']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['401']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['401']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['418']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['429']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['429']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getNegativeBalanceExchangeRecords']['responses']['5XX']['content']['application/json'];

export const getNegativeBalanceExchangeRecords_param_startTime_example = 1736000000000 satisfies NonNullable<operations['getNegativeBalanceExchangeRecords']['parameters']['query']>['startTime'];

export const getNegativeBalanceExchangeRecords_param_endTime_example = 1736500000000 satisfies NonNullable<operations['getNegativeBalanceExchangeRecords']['parameters']['query']>['endTime'];

export const getNegativeBalanceExchangeRecords_param_recvWindow_example = 5000 satisfies NonNullable<operations['getNegativeBalanceExchangeRecords']['parameters']['query']>['recvWindow'];

export const getNegativeBalanceExchangeRecords_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getNegativeBalanceExchangeRecords']['parameters']['query']>['timestamp'];

export const getOrderRateLimit_200_documented = [
  {
    "rateLimitType": "ORDERS",
    "interval": "MINUTE",
    "intervalNum": 1,
    "limit": 1200,
  },
] satisfies operations['getOrderRateLimit']['responses']['200']['content']['application/json'];

export const getOrderRateLimit_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getOrderRateLimit']['responses']['400']['content']['application/json'];

export const getOrderRateLimit_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getOrderRateLimit']['responses']['401']['content']['application/json'];

export const getOrderRateLimit_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getOrderRateLimit']['responses']['401']['content']['application/json'];

export const getOrderRateLimit_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getOrderRateLimit']['responses']['418']['content']['application/json'];

export const getOrderRateLimit_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getOrderRateLimit']['responses']['429']['content']['application/json'];

export const getOrderRateLimit_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getOrderRateLimit']['responses']['429']['content']['application/json'];

export const getOrderRateLimit_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getOrderRateLimit']['responses']['5XX']['content']['application/json'];

export const getOrderRateLimit_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getOrderRateLimit']['responses']['5XX']['content']['application/json'];

export const getOrderRateLimit_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getOrderRateLimit']['responses']['5XX']['content']['application/json'];

export const getOrderRateLimit_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getOrderRateLimit']['responses']['5XX']['content']['application/json'];

export const getOrderRateLimit_param_recvWindow_example = 5000 satisfies NonNullable<operations['getOrderRateLimit']['parameters']['query']>['recvWindow'];

export const getOrderRateLimit_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getOrderRateLimit']['parameters']['query']>['timestamp'];

export const repayFuturesNegativeBalance_200_done = {
  "msg": "success",
} satisfies operations['repayFuturesNegativeBalance']['responses']['200']['content']['application/json'];

export const repayFuturesNegativeBalance_400_insufficient = {
  "code": -2018,
  "msg": "Balance is insufficient.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['400']['content']['application/json'];

export const repayFuturesNegativeBalance_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['401']['content']['application/json'];

export const repayFuturesNegativeBalance_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['401']['content']['application/json'];

export const repayFuturesNegativeBalance_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['418']['content']['application/json'];

export const repayFuturesNegativeBalance_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['429']['content']['application/json'];

export const repayFuturesNegativeBalance_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['429']['content']['application/json'];

export const repayFuturesNegativeBalance_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['5XX']['content']['application/json'];

export const repayFuturesNegativeBalance_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['5XX']['content']['application/json'];

export const repayFuturesNegativeBalance_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['5XX']['content']['application/json'];

export const repayFuturesNegativeBalance_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['repayFuturesNegativeBalance']['responses']['5XX']['content']['application/json'];

export const repayFuturesNegativeBalance_body_repay = {
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['repayFuturesNegativeBalance']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getAutoRepayFuturesStatus_200_on = {
  "autoRepay": true,
} satisfies operations['getAutoRepayFuturesStatus']['responses']['200']['content']['application/json'];

export const getAutoRepayFuturesStatus_400_badTimestamp = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['400']['content']['application/json'];

export const getAutoRepayFuturesStatus_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['401']['content']['application/json'];

export const getAutoRepayFuturesStatus_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['401']['content']['application/json'];

export const getAutoRepayFuturesStatus_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['418']['content']['application/json'];

export const getAutoRepayFuturesStatus_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['429']['content']['application/json'];

export const getAutoRepayFuturesStatus_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['429']['content']['application/json'];

export const getAutoRepayFuturesStatus_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const getAutoRepayFuturesStatus_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const getAutoRepayFuturesStatus_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const getAutoRepayFuturesStatus_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['getAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const getAutoRepayFuturesStatus_param_recvWindow_example = 5000 satisfies NonNullable<operations['getAutoRepayFuturesStatus']['parameters']['query']>['recvWindow'];

export const getAutoRepayFuturesStatus_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getAutoRepayFuturesStatus']['parameters']['query']>['timestamp'];

export const changeAutoRepayFuturesStatus_200_done = {
  "msg": "success",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['200']['content']['application/json'];

export const changeAutoRepayFuturesStatus_400_badValue = {
  "code": -1130,
  "msg": "Data sent for parameter 'autoRepay' is not valid.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['400']['content']['application/json'];

export const changeAutoRepayFuturesStatus_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['401']['content']['application/json'];

export const changeAutoRepayFuturesStatus_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['401']['content']['application/json'];

export const changeAutoRepayFuturesStatus_418_banned = {
  "code": -1003,
  "msg": "Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['418']['content']['application/json'];

export const changeAutoRepayFuturesStatus_429_weightExceeded = {
  "code": -1003,
  "msg": "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['429']['content']['application/json'];

export const changeAutoRepayFuturesStatus_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 1200 orders per 1 MINUTE.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['429']['content']['application/json'];

export const changeAutoRepayFuturesStatus_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Unknown error, please check your request or try again later.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const changeAutoRepayFuturesStatus_5XX_serviceUnavailable = {
  "code": -1001,
  "msg": "Service Unavailable.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const changeAutoRepayFuturesStatus_5XX_internalError = {
  "code": -1001,
  "msg": "Internal error; unable to process your request. Please try again.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const changeAutoRepayFuturesStatus_5XX_throttled = {
  "code": -1008,
  "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
} satisfies operations['changeAutoRepayFuturesStatus']['responses']['5XX']['content']['application/json'];

export const changeAutoRepayFuturesStatus_body_off = {
  "autoRepay": "false",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['changeAutoRepayFuturesStatus']['requestBody']>['content']['application/x-www-form-urlencoded'];

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

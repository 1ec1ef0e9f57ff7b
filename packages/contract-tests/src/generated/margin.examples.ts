/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
// Every documented example, checked against the generated wire type with `satisfies`. The contract tests
// type-check this file; a broken example fails the test run.
import type { operations } from '@marginkit/spec/margin';

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
  "isIsolated": true,
  "time": 1562133008725,
  "timeInForce": "GTC",
  "type": "LIMIT",
  "selfTradePreventionMode": "NONE",
  "updateTime": 1562133008725,
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginOrder']['responses']['418']['content']['application/json'];

export const getMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginOrder']['responses']['429']['content']['application/json'];

export const getMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginOrder']['responses']['429']['content']['application/json'];

export const getMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginOrder']['responses']['5XX']['content']['application/json'];

export const getMarginOrder_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['symbol'];

export const getMarginOrder_param_orderId_example = 213205622n satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['orderId'];

export const getMarginOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['recvWindow'];

export const getMarginOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOrder']['parameters']['query']>['timestamp'];

export const newMarginOrder_200_ack = {
  "symbol": "BTCUSDT",
  "orderId": 28n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "isIsolated": true,
  "transactTime": 1507725176595,
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_result = {
  "symbol": "BTCUSDT",
  "orderId": 26769564559n,
  "clientOrderId": "E156O3KP4gOif65bjuUK5V",
  "transactTime": 1713873075893,
  "price": "0",
  "origQty": "0.001",
  "executedQty": "0.001",
  "cummulativeQuoteQty": "65982.53",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "MARKET",
  "side": "SELL",
  "isIsolated": false,
  "selfTradePreventionMode": "EXPIRE_MAKER",
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_full = {
  "symbol": "BTCUSDT",
  "orderId": 26769564559n,
  "clientOrderId": "E156O3KP4gOif65bjuUK5V",
  "transactTime": 1713873075893,
  "price": "0",
  "origQty": "0.001",
  "executedQty": "0.001",
  "cummulativeQuoteQty": "65.98253",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "MARKET",
  "side": "SELL",
  "marginBuyBorrowAmount": 5,
  "marginBuyBorrowAsset": "BTC",
  "isIsolated": false,
  "selfTradePreventionMode": "EXPIRE_MAKER",
  "fills": [
    {
      "price": "65982.53",
      "qty": "0.001",
      "commission": "0.06598253",
      "commissionAsset": "USDT",
      "tradeId": 3570680726n,
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_userA_noSideEffect = {
  "symbol": "BTCUSDC",
  "orderId": 28n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "40000.00000000",
  "origQty": "1.00000000",
  "executedQty": "1.00000000",
  "cummulativeQuoteQty": "1.00000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "side": "SELL",
  "isIsolated": false,
  "selfTradePreventionMode": "NONE",
  "fills": [
    {
      "price": "40000.00000000",
      "qty": "1.00000000",
      "commission": "40.00000000",
      "commissionAsset": "USDC",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_userB_marginBuy = {
  "symbol": "BTCUSDC",
  "orderId": 29n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "40000.00000000",
  "origQty": "0.50000000",
  "executedQty": "0.50000000",
  "cummulativeQuoteQty": "0.50000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "side": "BUY",
  "marginBuyBorrowAmount": 20000,
  "marginBuyBorrowAsset": "USDC",
  "isIsolated": false,
  "selfTradePreventionMode": "NONE",
  "fills": [
    {
      "price": "40000.00000000",
      "qty": "0.50000000",
      "commission": "20.00000000",
      "commissionAsset": "USDC",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_userC_autoRepay = {
  "symbol": "BTCUSDC",
  "orderId": 30n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "40000.00000000",
  "origQty": "1.00000000",
  "executedQty": "1.00000000",
  "cummulativeQuoteQty": "1.00000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "side": "SELL",
  "isIsolated": false,
  "selfTradePreventionMode": "NONE",
  "fills": [
    {
      "price": "40000.00000000",
      "qty": "1.00000000",
      "commission": "40.00000000",
      "commissionAsset": "USDC",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_200_userD_autoBorrowRepay = {
  "symbol": "ETHUSDC",
  "orderId": 31n,
  "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
  "transactTime": 1507725176595,
  "price": "2500.00000000",
  "origQty": "4.00000000",
  "executedQty": "4.00000000",
  "cummulativeQuoteQty": "4.00000000",
  "status": "FILLED",
  "timeInForce": "GTC",
  "type": "LIMIT",
  "side": "SELL",
  "marginBuyBorrowAmount": 4,
  "marginBuyBorrowAsset": "ETH",
  "isIsolated": false,
  "selfTradePreventionMode": "NONE",
  "fills": [
    {
      "price": "2500.00000000",
      "qty": "4.00000000",
      "commission": "10.00000000",
      "commissionAsset": "USDC",
    },
  ],
} satisfies operations['newMarginOrder']['responses']['200']['content']['application/json'];

export const newMarginOrder_400_mandatoryParamMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'side' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_insufficientBalance = {
  "code": -2010,
  "msg": "Account has insufficient balance for requested action.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_priceOutsideLimit = {
  "code": -3064,
  "msg": "Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.",
} satisfies operations['newMarginOrder']['responses']['400']['content']['application/json'];

export const newMarginOrder_400_notMarginAsset = {
  "code": -3067,
  "msg": "This asset is currently not a supported margin asset, please try another asset.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['newMarginOrder']['responses']['418']['content']['application/json'];

export const newMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['newMarginOrder']['responses']['429']['content']['application/json'];

export const newMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['newMarginOrder']['responses']['429']['content']['application/json'];

export const newMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['newMarginOrder']['responses']['5XX']['content']['application/json'];

export const newMarginOrder_body_limitSell = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "type": "LIMIT",
  "timeInForce": "GTC",
  "quantity": "0.001",
  "price": "65982.53",
  "newOrderRespType": "FULL",
  "timestamp": 1713873075893,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_userA_noSideEffect = {
  "symbol": "BTCUSDC",
  "isIsolated": "FALSE",
  "side": "SELL",
  "type": "LIMIT",
  "quantity": "1",
  "price": "40000",
  "sideEffectType": "NO_SIDE_EFFECT",
  "timeInForce": "GTC",
  "selfTradePreventionMode": "NONE",
  "timestamp": 1507725176595,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_userB_marginBuy = {
  "symbol": "BTCUSDC",
  "isIsolated": "FALSE",
  "side": "BUY",
  "type": "LIMIT",
  "quantity": "0.5",
  "price": "40000",
  "sideEffectType": "MARGIN_BUY",
  "timeInForce": "GTC",
  "selfTradePreventionMode": "NONE",
  "autoRepayAtCancel": true,
  "timestamp": 1507725176595,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_userC_autoRepay = {
  "symbol": "BTCUSDC",
  "isIsolated": "FALSE",
  "side": "SELL",
  "type": "LIMIT",
  "quantity": "1",
  "price": "40000",
  "sideEffectType": "AUTO_REPAY",
  "timeInForce": "GTC",
  "selfTradePreventionMode": "NONE",
  "timestamp": 1507725176595,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOrder_body_userD_autoBorrowRepay = {
  "symbol": "ETHUSDC",
  "isIsolated": "FALSE",
  "side": "SELL",
  "type": "LIMIT",
  "quantity": "4",
  "price": "2500",
  "sideEffectType": "AUTO_BORROW_REPAY",
  "timeInForce": "GTC",
  "selfTradePreventionMode": "NONE",
  "autoRepayAtCancel": true,
  "timestamp": 1507725176595,
} satisfies NonNullable<operations['newMarginOrder']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const cancelMarginOrder_200_canceled = {
  "symbol": "LTCBTC",
  "isIsolated": true,
  "orderId": "28",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['cancelMarginOrder']['responses']['418']['content']['application/json'];

export const cancelMarginOrder_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['cancelMarginOrder']['responses']['429']['content']['application/json'];

export const cancelMarginOrder_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['cancelMarginOrder']['responses']['429']['content']['application/json'];

export const cancelMarginOrder_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['cancelMarginOrder']['responses']['5XX']['content']['application/json'];

export const cancelMarginOrder_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['symbol'];

export const cancelMarginOrder_param_origClientOrderId_example = "myOrder1" satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['origClientOrderId'];

export const cancelMarginOrder_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['recvWindow'];

export const cancelMarginOrder_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginOrder']['parameters']['query']>['timestamp'];

export const getMarginOpenOrders_200_isolatedLimitSell = [
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
    "isIsolated": true,
    "time": 1562040170089,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "selfTradePreventionMode": "NONE",
    "updateTime": 1562040170089,
  },
] satisfies operations['getMarginOpenOrders']['responses']['200']['content']['application/json'];

export const getMarginOpenOrders_200_none = [] satisfies operations['getMarginOpenOrders']['responses']['200']['content']['application/json'];

export const getMarginOpenOrders_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginOpenOrders']['responses']['400']['content']['application/json'];

export const getMarginOpenOrders_400_invalidSymbol = {
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginOpenOrders']['responses']['418']['content']['application/json'];

export const getMarginOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginOpenOrders']['responses']['429']['content']['application/json'];

export const getMarginOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginOpenOrders']['responses']['429']['content']['application/json'];

export const getMarginOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOrders_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['symbol'];

export const getMarginOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['recvWindow'];

export const getMarginOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOpenOrders']['parameters']['query']>['timestamp'];

export const cancelMarginOpenOrders_200_twoOrdersAndOneOco = [
  {
    "symbol": "BTCUSDT",
    "isIsolated": true,
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
    "selfTradePreventionMode": "NONE",
  },
  {
    "symbol": "BTCUSDT",
    "isIsolated": false,
    "origClientOrderId": "A3EF2HCwxgZPFMrfwbgrhv",
    "orderId": 13n,
    "orderListId": -1n,
    "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
    "price": "0.090430",
    "origQty": "0.178622",
    "executedQty": "0.000000",
    "cummulativeQuoteQty": "0.000000",
    "status": "CANCELED",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "side": "BUY",
    "selfTradePreventionMode": "NONE",
  },
  {
    "orderListId": 1929n,
    "contingencyType": "OCO",
    "listStatusType": "ALL_DONE",
    "listOrderStatus": "ALL_DONE",
    "listClientOrderId": "2inzWQdDvZLHbbAmAozX2N",
    "transactionTime": 1585230948299,
    "symbol": "BTCUSDT",
    "isIsolated": true,
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
] satisfies operations['cancelMarginOpenOrders']['responses']['200']['content']['application/json'];

export const cancelMarginOpenOrders_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['cancelMarginOpenOrders']['responses']['400']['content']['application/json'];

export const cancelMarginOpenOrders_400_nothingToCancel = {
  "code": -2011,
  "msg": "Unknown order sent.",
} satisfies operations['cancelMarginOpenOrders']['responses']['400']['content']['application/json'];

export const cancelMarginOpenOrders_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['cancelMarginOpenOrders']['responses']['401']['content']['application/json'];

export const cancelMarginOpenOrders_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['cancelMarginOpenOrders']['responses']['401']['content']['application/json'];

export const cancelMarginOpenOrders_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['cancelMarginOpenOrders']['responses']['418']['content']['application/json'];

export const cancelMarginOpenOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['cancelMarginOpenOrders']['responses']['429']['content']['application/json'];

export const cancelMarginOpenOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['cancelMarginOpenOrders']['responses']['429']['content']['application/json'];

export const cancelMarginOpenOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['cancelMarginOpenOrders']['responses']['5XX']['content']['application/json'];

export const cancelMarginOpenOrders_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['cancelMarginOpenOrders']['parameters']['query']>['symbol'];

export const cancelMarginOpenOrders_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginOpenOrders']['parameters']['query']>['recvWindow'];

export const cancelMarginOpenOrders_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginOpenOrders']['parameters']['query']>['timestamp'];

export const getMarginAllOrders_200_twoCancelledOrders = [
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
    "isIsolated": false,
    "time": 1565769338806,
    "timeInForce": "GTC",
    "type": "TAKE_PROFIT_LIMIT",
    "selfTradePreventionMode": "NONE",
    "updateTime": 1565769342148,
  },
  {
    "clientOrderId": "gXYtqhcEAs2Rn9SUD9nRKx",
    "cummulativeQuoteQty": "0.00000000",
    "executedQty": "0.00000000",
    "icebergQty": "1.00000000",
    "isWorking": true,
    "orderId": 41296n,
    "origQty": "6.65000000",
    "price": "0.18000000",
    "side": "SELL",
    "status": "CANCELED",
    "stopPrice": "0.00000000",
    "symbol": "BNBBTC",
    "isIsolated": false,
    "time": 1565769348687,
    "timeInForce": "GTC",
    "type": "LIMIT",
    "selfTradePreventionMode": "NONE",
    "updateTime": 1565769352226,
  },
] satisfies operations['getMarginAllOrders']['responses']['200']['content']['application/json'];

export const getMarginAllOrders_400_rangeTooLong = {
  "code": -1127,
  "msg": "More than 24 hours between startTime and endTime.",
} satisfies operations['getMarginAllOrders']['responses']['400']['content']['application/json'];

export const getMarginAllOrders_400_invalidSymbol = {
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginAllOrders']['responses']['418']['content']['application/json'];

export const getMarginAllOrders_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginAllOrders']['responses']['429']['content']['application/json'];

export const getMarginAllOrders_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginAllOrders']['responses']['429']['content']['application/json'];

export const getMarginAllOrders_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginAllOrders']['responses']['5XX']['content']['application/json'];

export const getMarginAllOrders_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['symbol'];

export const getMarginAllOrders_param_orderId_example = 41295n satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['orderId'];

export const getMarginAllOrders_param_startTime_example = 1565769000000 satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['startTime'];

export const getMarginAllOrders_param_endTime_example = 1565855000000 satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['endTime'];

export const getMarginAllOrders_param_limit_example = 500 satisfies NonNullable<operations['getMarginAllOrders']['parameters']['query']>['limit'];

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
  "isIsolated": false,
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
      "selfTradePreventionMode": "NONE",
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
      "selfTradePreventionMode": "NONE",
    },
  ],
} satisfies operations['newMarginOco']['responses']['200']['content']['application/json'];

export const newMarginOco_400_stopLimitTimeInForceMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'stopLimitTimeInForce' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_400_pricesOutOfOrder = {
  "code": -2010,
  "msg": "The relationship of the prices for the orders is not correct.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_400_insufficientBalance = {
  "code": -2010,
  "msg": "Account has insufficient balance for requested action.",
} satisfies operations['newMarginOco']['responses']['400']['content']['application/json'];

export const newMarginOco_400_priceOutsideLimit = {
  "code": -3064,
  "msg": "Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['newMarginOco']['responses']['418']['content']['application/json'];

export const newMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['newMarginOco']['responses']['429']['content']['application/json'];

export const newMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['newMarginOco']['responses']['429']['content']['application/json'];

export const newMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['newMarginOco']['responses']['5XX']['content']['application/json'];

export const newMarginOco_body_marginBuyStopMarket = {
  "symbol": "LTCBTC",
  "isIsolated": "FALSE",
  "listClientOrderId": "JYVpp3F0f5CAG15DhtrqLp",
  "side": "BUY",
  "quantity": "0.624363",
  "price": "0.036435",
  "stopPrice": "0.960664",
  "sideEffectType": "MARGIN_BUY",
  "selfTradePreventionMode": "NONE",
  "timestamp": 1563417480525,
} satisfies NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOco_body_sellStopLimit = {
  "symbol": "BTCUSDT",
  "side": "SELL",
  "quantity": "0.002",
  "price": "45000",
  "stopPrice": "35000",
  "stopLimitPrice": "34900",
  "stopLimitTimeInForce": "GTC",
  "sideEffectType": "AUTO_REPAY",
  "recvWindow": 5000,
  "timestamp": 1713873075893,
} satisfies NonNullable<operations['newMarginOco']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginOco_200_executing = {
  "orderListId": 27n,
  "contingencyType": "OCO",
  "listStatusType": "EXEC_STARTED",
  "listOrderStatus": "EXECUTING",
  "listClientOrderId": "h2USkA5YQpaXHPIrkd96xE",
  "transactionTime": 1565245656253,
  "symbol": "LTCBTC",
  "isIsolated": false,
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

export const getMarginOco_400_symbolOnCrossMargin = {
  "code": -1106,
  "msg": "Parameter 'symbol' sent when not required.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginOco']['responses']['418']['content']['application/json'];

export const getMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginOco']['responses']['429']['content']['application/json'];

export const getMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginOco']['responses']['429']['content']['application/json'];

export const getMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginOco']['responses']['5XX']['content']['application/json'];

export const getMarginOco_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['symbol'];

export const getMarginOco_param_orderListId_example = 27n satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['orderListId'];

export const getMarginOco_param_origClientOrderId_example = "h2USkA5YQpaXHPIrkd96xE" satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['origClientOrderId'];

export const getMarginOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['recvWindow'];

export const getMarginOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOco']['parameters']['query']>['timestamp'];

export const cancelMarginOco_200_cancelled = {
  "orderListId": 0n,
  "contingencyType": "OCO",
  "listStatusType": "ALL_DONE",
  "listOrderStatus": "ALL_DONE",
  "listClientOrderId": "C3wyj4WVEktd7u9aVBRXcN",
  "transactionTime": 1574040868128,
  "symbol": "LTCBTC",
  "isIsolated": false,
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
      "selfTradePreventionMode": "NONE",
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
      "selfTradePreventionMode": "NONE",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['cancelMarginOco']['responses']['418']['content']['application/json'];

export const cancelMarginOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['cancelMarginOco']['responses']['429']['content']['application/json'];

export const cancelMarginOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['cancelMarginOco']['responses']['429']['content']['application/json'];

export const cancelMarginOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['cancelMarginOco']['responses']['5XX']['content']['application/json'];

export const cancelMarginOco_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['symbol'];

export const cancelMarginOco_param_orderListId_example = 0n satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['orderListId'];

export const cancelMarginOco_param_listClientOrderId_example = "C3wyj4WVEktd7u9aVBRXcN" satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['listClientOrderId'];

export const cancelMarginOco_param_recvWindow_example = 5000 satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['recvWindow'];

export const cancelMarginOco_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['cancelMarginOco']['parameters']['query']>['timestamp'];

export const getMarginAllOco_200_twoLists = [
  {
    "orderListId": 29n,
    "contingencyType": "OCO",
    "listStatusType": "EXEC_STARTED",
    "listOrderStatus": "EXECUTING",
    "listClientOrderId": "amEEAXryFzFwYF1FeRpUoZ",
    "transactionTime": 1565245913483,
    "symbol": "LTCBTC",
    "isIsolated": true,
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

export const getMarginAllOco_400_fromIdWithTimeRange = {
  "code": -1128,
  "msg": "Combination of optional parameters invalid.",
} satisfies operations['getMarginAllOco']['responses']['400']['content']['application/json'];

export const getMarginAllOco_400_symbolOnCrossMargin = {
  "code": -1106,
  "msg": "Parameter 'symbol' sent when not required.",
} satisfies operations['getMarginAllOco']['responses']['400']['content']['application/json'];

export const getMarginAllOco_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginAllOco']['responses']['418']['content']['application/json'];

export const getMarginAllOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginAllOco']['responses']['429']['content']['application/json'];

export const getMarginAllOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginAllOco']['responses']['429']['content']['application/json'];

export const getMarginAllOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginAllOco']['responses']['5XX']['content']['application/json'];

export const getMarginAllOco_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['symbol'];

export const getMarginAllOco_param_fromId_example = 28n satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['fromId'];

export const getMarginAllOco_param_startTime_example = 1565245000000 satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['startTime'];

export const getMarginAllOco_param_endTime_example = 1565246000000 satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['endTime'];

export const getMarginAllOco_param_limit_example = 500 satisfies NonNullable<operations['getMarginAllOco']['parameters']['query']>['limit'];

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
    "isIsolated": false,
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

export const getMarginOpenOco_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginOpenOco']['responses']['400']['content']['application/json'];

export const getMarginOpenOco_400_symbolOnCrossMargin = {
  "code": -1106,
  "msg": "Parameter 'symbol' sent when not required.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginOpenOco']['responses']['418']['content']['application/json'];

export const getMarginOpenOco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginOpenOco']['responses']['429']['content']['application/json'];

export const getMarginOpenOco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginOpenOco']['responses']['429']['content']['application/json'];

export const getMarginOpenOco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginOpenOco']['responses']['5XX']['content']['application/json'];

export const getMarginOpenOco_param_symbol_example = "LTCBTC" satisfies NonNullable<operations['getMarginOpenOco']['parameters']['query']>['symbol'];

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
    "isIsolated": false,
    "time": 1561973357171,
  },
] satisfies operations['getMarginTrades']['responses']['200']['content']['application/json'];

export const getMarginTrades_400_rangeTooLong = {
  "code": -1127,
  "msg": "More than 24 hours between startTime and endTime.",
} satisfies operations['getMarginTrades']['responses']['400']['content']['application/json'];

export const getMarginTrades_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginTrades']['responses']['418']['content']['application/json'];

export const getMarginTrades_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginTrades']['responses']['429']['content']['application/json'];

export const getMarginTrades_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginTrades']['responses']['429']['content']['application/json'];

export const getMarginTrades_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginTrades']['responses']['5XX']['content']['application/json'];

export const getMarginTrades_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['symbol'];

export const getMarginTrades_param_orderId_example = 39324n satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['orderId'];

export const getMarginTrades_param_startTime_example = 1561939200000 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['startTime'];

export const getMarginTrades_param_endTime_example = 1562025599999 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['endTime'];

export const getMarginTrades_param_fromId_example = 34n satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['fromId'];

export const getMarginTrades_param_limit_example = 500 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['limit'];

export const getMarginTrades_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['recvWindow'];

export const getMarginTrades_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginTrades']['parameters']['query']>['timestamp'];

export const getMarginBorrowRepayRecords_200_isolatedRepay = {
  "rows": [
    {
      "type": "AUTO",
      "isolatedSymbol": "BNBUSDT",
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
} satisfies operations['getMarginBorrowRepayRecords']['responses']['200']['content']['application/json'];

export const getMarginBorrowRepayRecords_400_neitherTxIdNorStartTime = {
  "code": -1102,
  "msg": "Param 'txId' or 'startTime' must be sent, but both were empty/null!",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['400']['content']['application/json'];

export const getMarginBorrowRepayRecords_400_typeMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'type' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['400']['content']['application/json'];

export const getMarginBorrowRepayRecords_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['401']['content']['application/json'];

export const getMarginBorrowRepayRecords_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['401']['content']['application/json'];

export const getMarginBorrowRepayRecords_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['418']['content']['application/json'];

export const getMarginBorrowRepayRecords_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['429']['content']['application/json'];

export const getMarginBorrowRepayRecords_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['429']['content']['application/json'];

export const getMarginBorrowRepayRecords_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginBorrowRepayRecords']['responses']['5XX']['content']['application/json'];

export const getMarginBorrowRepayRecords_param_asset_example = "BNB" satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['asset'];

export const getMarginBorrowRepayRecords_param_isolatedSymbol_example = "BNBUSDT" satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['isolatedSymbol'];

export const getMarginBorrowRepayRecords_param_txId_example = 2970933056n satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['txId'];

export const getMarginBorrowRepayRecords_param_startTime_example = 1563000000000 satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['startTime'];

export const getMarginBorrowRepayRecords_param_type_example = "REPAY" satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['type'];

export const getMarginBorrowRepayRecords_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['recvWindow'];

export const getMarginBorrowRepayRecords_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginBorrowRepayRecords']['parameters']['query']>['timestamp'];

export const marginBorrowRepay_200_accepted = {
  "tranId": 100000001n,
} satisfies operations['marginBorrowRepay']['responses']['200']['content']['application/json'];

export const marginBorrowRepay_400_exceedMaxBorrowable = {
  "code": -3006,
  "msg": "Your borrow amount has exceed maximum borrow amount.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_pendingTransaction = {
  "code": -3007,
  "msg": "You have pending transaction, please try again later.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_assetBanBorrow = {
  "code": -3012,
  "msg": "Borrow is banned for this asset.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_repayExceedsLiability = {
  "code": -3015,
  "msg": "Repay amount exceeds borrow amount.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_fewLiabilityLeft = {
  "code": -3024,
  "msg": "The unpaid debt is too small after this repayment.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_insufficientInventory = {
  "code": -3045,
  "msg": "The system does not have enough asset now.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['marginBorrowRepay']['responses']['400']['content']['application/json'];

export const marginBorrowRepay_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['marginBorrowRepay']['responses']['401']['content']['application/json'];

export const marginBorrowRepay_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['marginBorrowRepay']['responses']['401']['content']['application/json'];

export const marginBorrowRepay_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['marginBorrowRepay']['responses']['418']['content']['application/json'];

export const marginBorrowRepay_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['marginBorrowRepay']['responses']['429']['content']['application/json'];

export const marginBorrowRepay_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['marginBorrowRepay']['responses']['429']['content']['application/json'];

export const marginBorrowRepay_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['marginBorrowRepay']['responses']['5XX']['content']['application/json'];

export const marginBorrowRepay_body_crossBorrow = {
  "asset": "BNB",
  "isIsolated": "FALSE",
  "amount": "1.5",
  "type": "BORROW",
  "timestamp": 1563438204000,
} satisfies NonNullable<operations['marginBorrowRepay']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const marginBorrowRepay_body_isolatedRepay = {
  "asset": "BNB",
  "isIsolated": "TRUE",
  "symbol": "BNBUSDT",
  "amount": "14",
  "type": "REPAY",
  "recvWindow": 5000,
  "timestamp": 1563438204000,
} satisfies NonNullable<operations['marginBorrowRepay']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginMaxBorrowable_200_maxBorrowable = {
  "amount": "1.69248805",
  "borrowLimit": "60",
} satisfies operations['getMarginMaxBorrowable']['responses']['200']['content']['application/json'];

export const getMarginMaxBorrowable_400_assetMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'asset' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginMaxBorrowable']['responses']['400']['content']['application/json'];

export const getMarginMaxBorrowable_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getMarginMaxBorrowable']['responses']['400']['content']['application/json'];

export const getMarginMaxBorrowable_400_notMarginPair = {
  "code": -3028,
  "msg": "Not a valid margin pair.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginMaxBorrowable']['responses']['418']['content']['application/json'];

export const getMarginMaxBorrowable_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginMaxBorrowable']['responses']['429']['content']['application/json'];

export const getMarginMaxBorrowable_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginMaxBorrowable']['responses']['429']['content']['application/json'];

export const getMarginMaxBorrowable_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginMaxBorrowable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxBorrowable_param_asset_example = "BTC" satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['asset'];

export const getMarginMaxBorrowable_param_isolatedSymbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['isolatedSymbol'];

export const getMarginMaxBorrowable_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['recvWindow'];

export const getMarginMaxBorrowable_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginMaxBorrowable']['parameters']['query']>['timestamp'];

export const getMarginMaxTransferable_200_maxTransferable = {
  "amount": "3.59498107",
} satisfies operations['getMarginMaxTransferable']['responses']['200']['content']['application/json'];

export const getMarginMaxTransferable_400_assetMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'asset' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginMaxTransferable']['responses']['400']['content']['application/json'];

export const getMarginMaxTransferable_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getMarginMaxTransferable']['responses']['400']['content']['application/json'];

export const getMarginMaxTransferable_400_notMarginPair = {
  "code": -3028,
  "msg": "Not a valid margin pair.",
} satisfies operations['getMarginMaxTransferable']['responses']['400']['content']['application/json'];

export const getMarginMaxTransferable_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginMaxTransferable']['responses']['401']['content']['application/json'];

export const getMarginMaxTransferable_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginMaxTransferable']['responses']['401']['content']['application/json'];

export const getMarginMaxTransferable_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginMaxTransferable']['responses']['418']['content']['application/json'];

export const getMarginMaxTransferable_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginMaxTransferable']['responses']['429']['content']['application/json'];

export const getMarginMaxTransferable_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginMaxTransferable']['responses']['429']['content']['application/json'];

export const getMarginMaxTransferable_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginMaxTransferable']['responses']['5XX']['content']['application/json'];

export const getMarginMaxTransferable_param_asset_example = "BTC" satisfies NonNullable<operations['getMarginMaxTransferable']['parameters']['query']>['asset'];

export const getMarginMaxTransferable_param_isolatedSymbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginMaxTransferable']['parameters']['query']>['isolatedSymbol'];

export const getMarginMaxTransferable_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginMaxTransferable']['parameters']['query']>['recvWindow'];

export const getMarginMaxTransferable_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginMaxTransferable']['parameters']['query']>['timestamp'];

export const getCrossMarginAccount_200_classicAccount = {
  "created": true,
  "borrowEnabled": true,
  "marginLevel": "11.64405625",
  "collateralMarginLevel": "3.2",
  "totalAssetOfBtc": "6.82728457",
  "totalLiabilityOfBtc": "0.58633215",
  "totalNetAssetOfBtc": "6.24095242",
  "TotalCollateralValueInUSDT": "5.82728457",
  "totalOpenOrderLossInUSDT": "582.728457",
  "tradeEnabled": true,
  "transferInEnabled": true,
  "transferOutEnabled": true,
  "accountType": "MARGIN_1",
  "userAssets": [
    {
      "asset": "BTC",
      "borrowed": "0.00000000",
      "free": "0.00499500",
      "interest": "0.00000000",
      "locked": "0.00000000",
      "netAsset": "0.00499500",
    },
    {
      "asset": "BNB",
      "borrowed": "201.66666672",
      "free": "2346.50000000",
      "interest": "0.00000000",
      "locked": "0.00000000",
      "netAsset": "2144.83333328",
    },
    {
      "asset": "ETH",
      "borrowed": "0.00000000",
      "free": "0.00000000",
      "interest": "0.00000000",
      "locked": "0.00000000",
      "netAsset": "0.00000000",
    },
    {
      "asset": "USDT",
      "borrowed": "0.00000000",
      "free": "0.00000000",
      "interest": "0.00000000",
      "locked": "0.00000000",
      "netAsset": "0.00000000",
    },
  ],
} satisfies operations['getCrossMarginAccount']['responses']['200']['content']['application/json'];

export const getCrossMarginAccount_400_timestampOutsideWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getCrossMarginAccount']['responses']['400']['content']['application/json'];

export const getCrossMarginAccount_400_badSignature = {
  "code": -1022,
  "msg": "Signature for this request is not valid.",
} satisfies operations['getCrossMarginAccount']['responses']['400']['content']['application/json'];

export const getCrossMarginAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCrossMarginAccount']['responses']['401']['content']['application/json'];

export const getCrossMarginAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCrossMarginAccount']['responses']['401']['content']['application/json'];

export const getCrossMarginAccount_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getCrossMarginAccount']['responses']['418']['content']['application/json'];

export const getCrossMarginAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getCrossMarginAccount']['responses']['429']['content']['application/json'];

export const getCrossMarginAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getCrossMarginAccount']['responses']['429']['content']['application/json'];

export const getCrossMarginAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getCrossMarginAccount']['responses']['5XX']['content']['application/json'];

export const getCrossMarginAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCrossMarginAccount']['parameters']['query']>['recvWindow'];

export const getCrossMarginAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCrossMarginAccount']['parameters']['query']>['timestamp'];

export const getIsolatedMarginAccount_200_allPairs = {
  "assets": [
    {
      "baseAsset": {
        "asset": "BTC",
        "borrowEnabled": true,
        "borrowed": "0.00000000",
        "free": "0.00000000",
        "interest": "0.00000000",
        "locked": "0.00000000",
        "netAsset": "0.00000000",
        "netAssetOfBtc": "0.00000000",
        "repayEnabled": true,
        "totalAsset": "0.00000000",
      },
      "quoteAsset": {
        "asset": "USDT",
        "borrowEnabled": true,
        "borrowed": "0.00000000",
        "free": "0.00000000",
        "interest": "0.00000000",
        "locked": "0.00000000",
        "netAsset": "0.00000000",
        "netAssetOfBtc": "0.00000000",
        "repayEnabled": true,
        "totalAsset": "0.00000000",
      },
      "symbol": "BTCUSDT",
      "isolatedCreated": true,
      "enabled": true,
      "marginLevel": "0.00000000",
      "marginLevelStatus": "EXCESSIVE",
      "marginRatio": "0.00000000",
      "indexPrice": "10000.00000000",
      "liquidatePrice": "1000.00000000",
      "liquidateRate": "1.00000000",
      "tradeEnabled": true,
    },
  ],
  "totalAssetOfBtc": "0.00000000",
  "totalLiabilityOfBtc": "0.00000000",
  "totalNetAssetOfBtc": "0.00000000",
} satisfies operations['getIsolatedMarginAccount']['responses']['200']['content']['application/json'];

export const getIsolatedMarginAccount_200_selectedPairs = {
  "assets": [
    {
      "baseAsset": {
        "asset": "BTC",
        "borrowEnabled": true,
        "borrowed": "0.00000000",
        "free": "0.00000000",
        "interest": "0.00000000",
        "locked": "0.00000000",
        "netAsset": "0.00000000",
        "netAssetOfBtc": "0.00000000",
        "repayEnabled": true,
        "totalAsset": "0.00000000",
      },
      "quoteAsset": {
        "asset": "USDT",
        "borrowEnabled": true,
        "borrowed": "0.00000000",
        "free": "0.00000000",
        "interest": "0.00000000",
        "locked": "0.00000000",
        "netAsset": "0.00000000",
        "netAssetOfBtc": "0.00000000",
        "repayEnabled": true,
        "totalAsset": "0.00000000",
      },
      "symbol": "BTCUSDT",
      "isolatedCreated": true,
      "enabled": true,
      "marginLevel": "0.00000000",
      "marginLevelStatus": "EXCESSIVE",
      "marginRatio": "0.00000000",
      "indexPrice": "10000.00000000",
      "liquidatePrice": "1000.00000000",
      "liquidateRate": "1.00000000",
      "tradeEnabled": true,
    },
  ],
} satisfies operations['getIsolatedMarginAccount']['responses']['200']['content']['application/json'];

export const getIsolatedMarginAccount_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const getIsolatedMarginAccount_400_invalidSymbols = {
  "code": -1130,
  "msg": "Data sent for parameter 'symbols' is not valid.",
} satisfies operations['getIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const getIsolatedMarginAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const getIsolatedMarginAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const getIsolatedMarginAccount_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getIsolatedMarginAccount']['responses']['418']['content']['application/json'];

export const getIsolatedMarginAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const getIsolatedMarginAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const getIsolatedMarginAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getIsolatedMarginAccount']['responses']['5XX']['content']['application/json'];

export const getIsolatedMarginAccount_param_symbols_example = "BTCUSDT,BNBUSDT,ADAUSDT" satisfies NonNullable<operations['getIsolatedMarginAccount']['parameters']['query']>['symbols'];

export const getIsolatedMarginAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['getIsolatedMarginAccount']['parameters']['query']>['recvWindow'];

export const getIsolatedMarginAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getIsolatedMarginAccount']['parameters']['query']>['timestamp'];

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
      "isolatedSymbol": "BNBUSDT",
    },
  ],
  "total": 1,
} satisfies operations['getMarginInterestHistory']['responses']['200']['content']['application/json'];

export const getMarginInterestHistory_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginInterestHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestHistory_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
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
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginInterestHistory']['responses']['418']['content']['application/json'];

export const getMarginInterestHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginInterestHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginInterestHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginInterestHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestHistory_param_asset_example = "USDT" satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['asset'];

export const getMarginInterestHistory_param_isolatedSymbol_example = "BNBUSDT" satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['isolatedSymbol'];

export const getMarginInterestHistory_param_startTime_example = 1672000000000 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['startTime'];

export const getMarginInterestHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['recvWindow'];

export const getMarginInterestHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginInterestHistory']['parameters']['query']>['timestamp'];

export const getMarginForceLiquidationRecords_200_isolatedLiquidation = {
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
      "isIsolated": true,
      "updatedTime": 1558941374745,
    },
  ],
  "total": 1,
} satisfies operations['getMarginForceLiquidationRecords']['responses']['200']['content']['application/json'];

export const getMarginForceLiquidationRecords_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['400']['content']['application/json'];

export const getMarginForceLiquidationRecords_400_timestampOutsideWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['400']['content']['application/json'];

export const getMarginForceLiquidationRecords_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['401']['content']['application/json'];

export const getMarginForceLiquidationRecords_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['401']['content']['application/json'];

export const getMarginForceLiquidationRecords_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['418']['content']['application/json'];

export const getMarginForceLiquidationRecords_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['429']['content']['application/json'];

export const getMarginForceLiquidationRecords_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['429']['content']['application/json'];

export const getMarginForceLiquidationRecords_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginForceLiquidationRecords']['responses']['5XX']['content']['application/json'];

export const getMarginForceLiquidationRecords_param_startTime_example = 1558900000000 satisfies NonNullable<operations['getMarginForceLiquidationRecords']['parameters']['query']>['startTime'];

export const getMarginForceLiquidationRecords_param_isolatedSymbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginForceLiquidationRecords']['parameters']['query']>['isolatedSymbol'];

export const getMarginForceLiquidationRecords_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginForceLiquidationRecords']['parameters']['query']>['recvWindow'];

export const getMarginForceLiquidationRecords_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginForceLiquidationRecords']['parameters']['query']>['timestamp'];

export const createMarginListenKey_200_listenKey = {
  "listenKey": "T3ee22BIYuWqmvne0HNq2A2WsFlEtLhvWCtItw6ffhhd",
} satisfies operations['createMarginListenKey']['responses']['200']['content']['application/json'];

export const createMarginListenKey_400_noMarginAccount = {
  "code": -3003,
  "msg": "Margin account does not exist.",
} satisfies operations['createMarginListenKey']['responses']['400']['content']['application/json'];

export const createMarginListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['createMarginListenKey']['responses']['401']['content']['application/json'];

export const createMarginListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['createMarginListenKey']['responses']['401']['content']['application/json'];

export const createMarginListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['createMarginListenKey']['responses']['418']['content']['application/json'];

export const createMarginListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['createMarginListenKey']['responses']['429']['content']['application/json'];

export const createMarginListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['createMarginListenKey']['responses']['429']['content']['application/json'];

export const createMarginListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['createMarginListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveMarginListenKey_200_extended = {} satisfies operations['keepAliveMarginListenKey']['responses']['200']['content']['application/json'];

export const keepAliveMarginListenKey_400_unknownListenKey = {
  "code": -1125,
  "msg": "This listenKey does not exist.",
} satisfies operations['keepAliveMarginListenKey']['responses']['400']['content']['application/json'];

export const keepAliveMarginListenKey_400_listenKeyMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'listenKey' was not sent, was empty/null, or malformed.",
} satisfies operations['keepAliveMarginListenKey']['responses']['400']['content']['application/json'];

export const keepAliveMarginListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['keepAliveMarginListenKey']['responses']['401']['content']['application/json'];

export const keepAliveMarginListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['keepAliveMarginListenKey']['responses']['401']['content']['application/json'];

export const keepAliveMarginListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['keepAliveMarginListenKey']['responses']['418']['content']['application/json'];

export const keepAliveMarginListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['keepAliveMarginListenKey']['responses']['429']['content']['application/json'];

export const keepAliveMarginListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['keepAliveMarginListenKey']['responses']['429']['content']['application/json'];

export const keepAliveMarginListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['keepAliveMarginListenKey']['responses']['5XX']['content']['application/json'];

export const keepAliveMarginListenKey_body_keepAlive = {
  "listenKey": "T3ee22BIYuWqmvne0HNq2A2WsFlEtLhvWCtItw6ffhhd",
} satisfies NonNullable<operations['keepAliveMarginListenKey']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const closeMarginListenKey_200_closed = {} satisfies operations['closeMarginListenKey']['responses']['200']['content']['application/json'];

export const closeMarginListenKey_400_listenKeyNotFound = {
  "code": -3038,
  "msg": "Listen key not found.",
} satisfies operations['closeMarginListenKey']['responses']['400']['content']['application/json'];

export const closeMarginListenKey_400_unknownListenKey = {
  "code": -1125,
  "msg": "This listenKey does not exist.",
} satisfies operations['closeMarginListenKey']['responses']['400']['content']['application/json'];

export const closeMarginListenKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['closeMarginListenKey']['responses']['401']['content']['application/json'];

export const closeMarginListenKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['closeMarginListenKey']['responses']['401']['content']['application/json'];

export const closeMarginListenKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['closeMarginListenKey']['responses']['418']['content']['application/json'];

export const closeMarginListenKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['closeMarginListenKey']['responses']['429']['content']['application/json'];

export const closeMarginListenKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['closeMarginListenKey']['responses']['429']['content']['application/json'];

export const closeMarginListenKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['closeMarginListenKey']['responses']['5XX']['content']['application/json'];

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

export const enableIsolatedMarginAccount_200_enabled = {
  "success": true,
  "symbol": "BTCUSDT",
} satisfies operations['enableIsolatedMarginAccount']['responses']['200']['content']['application/json'];

export const enableIsolatedMarginAccount_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const enableIsolatedMarginAccount_400_notAMarginPair = {
  "code": -3028,
  "msg": "Not a valid margin pair.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const enableIsolatedMarginAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const enableIsolatedMarginAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const enableIsolatedMarginAccount_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['418']['content']['application/json'];

export const enableIsolatedMarginAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const enableIsolatedMarginAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const enableIsolatedMarginAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['enableIsolatedMarginAccount']['responses']['5XX']['content']['application/json'];

export const enableIsolatedMarginAccount_body_ltcusdt = {
  "symbol": "LTCUSDT",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['enableIsolatedMarginAccount']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const disableIsolatedMarginAccount_200_disabled = {
  "success": true,
  "symbol": "BTCUSDT",
} satisfies operations['disableIsolatedMarginAccount']['responses']['200']['content']['application/json'];

export const disableIsolatedMarginAccount_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const disableIsolatedMarginAccount_400_stillOwes = {
  "code": -3026,
  "msg": "Your input param is invalid.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['400']['content']['application/json'];

export const disableIsolatedMarginAccount_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const disableIsolatedMarginAccount_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['401']['content']['application/json'];

export const disableIsolatedMarginAccount_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['418']['content']['application/json'];

export const disableIsolatedMarginAccount_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const disableIsolatedMarginAccount_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['429']['content']['application/json'];

export const disableIsolatedMarginAccount_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['disableIsolatedMarginAccount']['responses']['5XX']['content']['application/json'];

export const disableIsolatedMarginAccount_param_symbol_example = "LTCUSDT" satisfies NonNullable<operations['disableIsolatedMarginAccount']['parameters']['query']>['symbol'];

export const disableIsolatedMarginAccount_param_recvWindow_example = 5000 satisfies NonNullable<operations['disableIsolatedMarginAccount']['parameters']['query']>['recvWindow'];

export const disableIsolatedMarginAccount_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['disableIsolatedMarginAccount']['parameters']['query']>['timestamp'];

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

export const getMarginTransferHistory_200_transfers = {
  "rows": [
    {
      "amount": "0.10000000",
      "asset": "BNB",
      "status": "CONFIRMED",
      "timestamp": 1566898617,
      "txId": 5240372201n,
      "type": "ROLL_IN",
      "transFrom": "SPOT",
      "transTo": "ISOLATED_MARGIN",
    },
    {
      "amount": "5.00000000",
      "asset": "USDT",
      "status": "CONFIRMED",
      "timestamp": 1566888436,
      "txId": 5239810406n,
      "type": "ROLL_OUT",
      "transFrom": "ISOLATED_MARGIN",
      "transTo": "ISOLATED_MARGIN",
      "fromSymbol": "BNBUSDT",
      "toSymbol": "BTCUSDT",
    },
    {
      "amount": "1.00000000",
      "asset": "EOS",
      "status": "CONFIRMED",
      "timestamp": 1566888403,
      "txId": 5239808703n,
      "type": "ROLL_IN",
    },
  ],
  "total": 3,
} satisfies operations['getMarginTransferHistory']['responses']['200']['content']['application/json'];

export const getMarginTransferHistory_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginTransferHistory']['responses']['400']['content']['application/json'];

export const getMarginTransferHistory_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginTransferHistory']['responses']['400']['content']['application/json'];

export const getMarginTransferHistory_400_badType = {
  "code": -1130,
  "msg": "Data sent for parameter 'type' is not valid.",
} satisfies operations['getMarginTransferHistory']['responses']['400']['content']['application/json'];

export const getMarginTransferHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginTransferHistory']['responses']['401']['content']['application/json'];

export const getMarginTransferHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginTransferHistory']['responses']['401']['content']['application/json'];

export const getMarginTransferHistory_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginTransferHistory']['responses']['418']['content']['application/json'];

export const getMarginTransferHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginTransferHistory']['responses']['429']['content']['application/json'];

export const getMarginTransferHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginTransferHistory']['responses']['429']['content']['application/json'];

export const getMarginTransferHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginTransferHistory']['responses']['5XX']['content']['application/json'];

export const getMarginTransferHistory_param_asset_example = "BNB" satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['asset'];

export const getMarginTransferHistory_param_type_example = "ROLL_IN" satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['type'];

export const getMarginTransferHistory_param_startTime_example = 1566800000000 satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['startTime'];

export const getMarginTransferHistory_param_isolatedSymbol_example = "BNBUSDT" satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['isolatedSymbol'];

export const getMarginTransferHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['recvWindow'];

export const getMarginTransferHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginTransferHistory']['parameters']['query']>['timestamp'];

export const getMarginCapitalFlow_200_isolatedLoan = [
  {
    "id": 123456n,
    "tranId": 123123n,
    "timestamp": 1691116657000,
    "asset": "USDT",
    "symbol": "BTCUSDT",
    "type": "BORROW",
    "amount": "101",
  },
  {
    "id": 123457n,
    "tranId": 123124n,
    "timestamp": 1691116658000,
    "asset": "BTC",
    "symbol": "BTCUSDT",
    "type": "REPAY",
    "amount": "10",
  },
] satisfies operations['getMarginCapitalFlow']['responses']['200']['content']['application/json'];

export const getMarginCapitalFlow_400_spanOverSevenDays = {
  "code": -4047,
  "msg": "Time interval must be within 0-7 days",
} satisfies operations['getMarginCapitalFlow']['responses']['400']['content']['application/json'];

export const getMarginCapitalFlow_400_olderThanNinetyDays = {
  "code": -4047,
  "msg": "Time interval must be within 0-90 days",
} satisfies operations['getMarginCapitalFlow']['responses']['400']['content']['application/json'];

export const getMarginCapitalFlow_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginCapitalFlow']['responses']['400']['content']['application/json'];

export const getMarginCapitalFlow_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginCapitalFlow']['responses']['401']['content']['application/json'];

export const getMarginCapitalFlow_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginCapitalFlow']['responses']['401']['content']['application/json'];

export const getMarginCapitalFlow_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginCapitalFlow']['responses']['418']['content']['application/json'];

export const getMarginCapitalFlow_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginCapitalFlow']['responses']['429']['content']['application/json'];

export const getMarginCapitalFlow_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginCapitalFlow']['responses']['429']['content']['application/json'];

export const getMarginCapitalFlow_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginCapitalFlow']['responses']['5XX']['content']['application/json'];

export const getMarginCapitalFlow_param_asset_example = "USDT" satisfies NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>['asset'];

export const getMarginCapitalFlow_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>['symbol'];

export const getMarginCapitalFlow_param_type_example = "BORROW" satisfies NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>['type'];

export const getMarginCapitalFlow_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>['recvWindow'];

export const getMarginCapitalFlow_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginCapitalFlow']['parameters']['query']>['timestamp'];

export const getMarginTradeCoeff_200_classic3x = {
  "normalBar": "1.5",
  "marginCallBar": "1.3",
  "forceLiquidationBar": "1.1",
} satisfies operations['getMarginTradeCoeff']['responses']['200']['content']['application/json'];

export const getMarginTradeCoeff_400_timestampOutsideWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getMarginTradeCoeff']['responses']['400']['content']['application/json'];

export const getMarginTradeCoeff_400_noMarginAccount = {
  "code": -3003,
  "msg": "Margin account does not exist.",
} satisfies operations['getMarginTradeCoeff']['responses']['400']['content']['application/json'];

export const getMarginTradeCoeff_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginTradeCoeff']['responses']['401']['content']['application/json'];

export const getMarginTradeCoeff_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginTradeCoeff']['responses']['401']['content']['application/json'];

export const getMarginTradeCoeff_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginTradeCoeff']['responses']['418']['content']['application/json'];

export const getMarginTradeCoeff_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginTradeCoeff']['responses']['429']['content']['application/json'];

export const getMarginTradeCoeff_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginTradeCoeff']['responses']['429']['content']['application/json'];

export const getMarginTradeCoeff_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginTradeCoeff']['responses']['5XX']['content']['application/json'];

export const getMarginTradeCoeff_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginTradeCoeff']['parameters']['query']>['recvWindow'];

export const getMarginTradeCoeff_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginTradeCoeff']['parameters']['query']>['timestamp'];

export const adjustCrossMarginMaxLeverage_200_adjusted = {
  "success": true,
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['200']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_400_unsupportedLeverage = {
  "code": -1130,
  "msg": "Data sent for parameter 'maxLeverage' is not valid.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['400']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_400_marginLevelTooLow = {
  "code": -3023,
  "msg": "You can't transfer out/place order under current margin level.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['400']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['401']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['401']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['418']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['429']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['429']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['adjustCrossMarginMaxLeverage']['responses']['5XX']['content']['application/json'];

export const adjustCrossMarginMaxLeverage_body_fiveTimes = {
  "maxLeverage": 5,
  "timestamp": 1691116657000,
} satisfies NonNullable<operations['adjustCrossMarginMaxLeverage']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getBnbBurnStatus_200_spotOnly = {
  "spotBNBBurn": true,
  "interestBNBBurn": false,
} satisfies operations['getBnbBurnStatus']['responses']['200']['content']['application/json'];

export const getBnbBurnStatus_400_badSignature = {
  "code": -1022,
  "msg": "Signature for this request is not valid.",
} satisfies operations['getBnbBurnStatus']['responses']['400']['content']['application/json'];

export const getBnbBurnStatus_400_recvWindowTooLarge = {
  "code": -1131,
  "msg": "recvWindow must be less than 60000",
} satisfies operations['getBnbBurnStatus']['responses']['400']['content']['application/json'];

export const getBnbBurnStatus_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getBnbBurnStatus']['responses']['401']['content']['application/json'];

export const getBnbBurnStatus_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getBnbBurnStatus']['responses']['401']['content']['application/json'];

export const getBnbBurnStatus_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getBnbBurnStatus']['responses']['418']['content']['application/json'];

export const getBnbBurnStatus_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getBnbBurnStatus']['responses']['429']['content']['application/json'];

export const getBnbBurnStatus_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getBnbBurnStatus']['responses']['429']['content']['application/json'];

export const getBnbBurnStatus_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getBnbBurnStatus']['responses']['5XX']['content']['application/json'];

export const getBnbBurnStatus_param_recvWindow_example = 5000 satisfies NonNullable<operations['getBnbBurnStatus']['parameters']['query']>['recvWindow'];

export const getBnbBurnStatus_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getBnbBurnStatus']['parameters']['query']>['timestamp'];

export const getMarginInterestRateHistory_200_btcRates = [
  {
    "asset": "BTC",
    "dailyInterestRate": "0.00025000",
    "timestamp": 1611544731000,
    "vipLevel": 1,
  },
  {
    "asset": "BTC",
    "dailyInterestRate": "0.00035000",
    "timestamp": 1610248118000,
    "vipLevel": 1,
  },
] satisfies operations['getMarginInterestRateHistory']['responses']['200']['content']['application/json'];

export const getMarginInterestRateHistory_400_assetMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'asset' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginInterestRateHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestRateHistory_400_rangeTooLong = {
  "code": -1127,
  "msg": "Lookup interval is too big.",
} satisfies operations['getMarginInterestRateHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestRateHistory_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getMarginInterestRateHistory']['responses']['400']['content']['application/json'];

export const getMarginInterestRateHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginInterestRateHistory']['responses']['401']['content']['application/json'];

export const getMarginInterestRateHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginInterestRateHistory']['responses']['401']['content']['application/json'];

export const getMarginInterestRateHistory_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginInterestRateHistory']['responses']['418']['content']['application/json'];

export const getMarginInterestRateHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginInterestRateHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestRateHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginInterestRateHistory']['responses']['429']['content']['application/json'];

export const getMarginInterestRateHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginInterestRateHistory']['responses']['5XX']['content']['application/json'];

export const getMarginInterestRateHistory_param_asset_example = "BTC" satisfies NonNullable<operations['getMarginInterestRateHistory']['parameters']['query']>['asset'];

export const getMarginInterestRateHistory_param_vipLevel_example = 1 satisfies NonNullable<operations['getMarginInterestRateHistory']['parameters']['query']>['vipLevel'];

export const getMarginInterestRateHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginInterestRateHistory']['parameters']['query']>['recvWindow'];

export const getMarginInterestRateHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginInterestRateHistory']['parameters']['query']>['timestamp'];

export const getMarginNextHourlyInterestRate_200_btcAndEth = [
  {
    "asset": "BTC",
    "nextHourlyInterestRate": "0.00000571",
  },
  {
    "asset": "ETH",
    "nextHourlyInterestRate": "0.00000578",
  },
] satisfies operations['getMarginNextHourlyInterestRate']['responses']['200']['content']['application/json'];

export const getMarginNextHourlyInterestRate_400_isIsolatedMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'isIsolated' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['400']['content']['application/json'];

export const getMarginNextHourlyInterestRate_400_tooManyAssets = {
  "code": -1130,
  "msg": "Data sent for parameter 'assets' is not valid.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['400']['content']['application/json'];

export const getMarginNextHourlyInterestRate_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['400']['content']['application/json'];

export const getMarginNextHourlyInterestRate_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['401']['content']['application/json'];

export const getMarginNextHourlyInterestRate_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['401']['content']['application/json'];

export const getMarginNextHourlyInterestRate_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['418']['content']['application/json'];

export const getMarginNextHourlyInterestRate_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['429']['content']['application/json'];

export const getMarginNextHourlyInterestRate_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['429']['content']['application/json'];

export const getMarginNextHourlyInterestRate_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginNextHourlyInterestRate']['responses']['5XX']['content']['application/json'];

export const getMarginNextHourlyInterestRate_param_assets_example = "BTC,ETH" satisfies NonNullable<operations['getMarginNextHourlyInterestRate']['parameters']['query']>['assets'];

export const getMarginNextHourlyInterestRate_param_isIsolated_example = "FALSE" satisfies NonNullable<operations['getMarginNextHourlyInterestRate']['parameters']['query']>['isIsolated'];

export const getMarginNextHourlyInterestRate_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginNextHourlyInterestRate']['parameters']['query']>['recvWindow'];

export const getMarginNextHourlyInterestRate_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginNextHourlyInterestRate']['parameters']['query']>['timestamp'];

export const getSmallLiabilityExchangeCoinList_200_smallEthDebt = [
  {
    "asset": "ETH",
    "interest": "0.00083334",
    "principal": "0.001",
    "liabilityAsset": "USDT",
    "liabilityQty": 0.3552,
  },
] satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['200']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_400_timestampOutsideWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['400']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_400_noMarginAccount = {
  "code": -3003,
  "msg": "Margin account does not exist.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['400']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['401']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['401']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['418']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['429']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['429']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getSmallLiabilityExchangeCoinList']['responses']['5XX']['content']['application/json'];

export const getSmallLiabilityExchangeCoinList_param_recvWindow_example = 5000 satisfies NonNullable<operations['getSmallLiabilityExchangeCoinList']['parameters']['query']>['recvWindow'];

export const getSmallLiabilityExchangeCoinList_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getSmallLiabilityExchangeCoinList']['parameters']['query']>['timestamp'];

export const exchangeSmallLiability_200_exchanged = {} satisfies operations['exchangeSmallLiability']['responses']['200']['content']['application/json'];

export const exchangeSmallLiability_400_notSmall = {
  "code": -3026,
  "msg": "Your input param is invalid.",
} satisfies operations['exchangeSmallLiability']['responses']['400']['content']['application/json'];

export const exchangeSmallLiability_400_tooManyAssets = {
  "code": -1130,
  "msg": "Data sent for parameter 'assetNames' is not valid.",
} satisfies operations['exchangeSmallLiability']['responses']['400']['content']['application/json'];

export const exchangeSmallLiability_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['exchangeSmallLiability']['responses']['401']['content']['application/json'];

export const exchangeSmallLiability_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['exchangeSmallLiability']['responses']['401']['content']['application/json'];

export const exchangeSmallLiability_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['exchangeSmallLiability']['responses']['418']['content']['application/json'];

export const exchangeSmallLiability_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['exchangeSmallLiability']['responses']['429']['content']['application/json'];

export const exchangeSmallLiability_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['exchangeSmallLiability']['responses']['429']['content']['application/json'];

export const exchangeSmallLiability_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['exchangeSmallLiability']['responses']['5XX']['content']['application/json'];

export const exchangeSmallLiability_body_ltc = {
  "assetNames": "LTC",
  "timestamp": 1672801339253,
} satisfies NonNullable<operations['exchangeSmallLiability']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getSmallLiabilityExchangeHistory_200_ethToBusd = {
  "total": 1,
  "rows": [
    {
      "asset": "ETH",
      "amount": "0.00083434",
      "targetAsset": "BUSD",
      "targetAmount": "1.37576819",
      "bizType": "EXCHANGE_SMALL_LIABILITY",
      "timestamp": 1672801339253,
    },
  ],
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['200']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_400_currentMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'current' was not sent, was empty/null, or malformed.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['400']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_400_sizeTooLarge = {
  "code": -1130,
  "msg": "Data sent for parameter 'size' is not valid.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['400']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['401']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['401']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['418']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['429']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['429']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getSmallLiabilityExchangeHistory']['responses']['5XX']['content']['application/json'];

export const getSmallLiabilityExchangeHistory_param_current_example = 1 satisfies NonNullable<operations['getSmallLiabilityExchangeHistory']['parameters']['query']>['current'];

export const getSmallLiabilityExchangeHistory_param_size_example = 10 satisfies NonNullable<operations['getSmallLiabilityExchangeHistory']['parameters']['query']>['size'];

export const getSmallLiabilityExchangeHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getSmallLiabilityExchangeHistory']['parameters']['query']>['recvWindow'];

export const getSmallLiabilityExchangeHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getSmallLiabilityExchangeHistory']['parameters']['query']>['timestamp'];

export const getMarginLiquidationLoan_200_partlyRepaid = {
  "asset": "USDC",
  "amount": "1000.00000000",
  "repaidAmount": "300.00000000",
  "remainingAmount": "700.00000000",
} satisfies operations['getMarginLiquidationLoan']['responses']['200']['content']['application/json'];

export const getMarginLiquidationLoan_400_badSignature = {
  "code": -1022,
  "msg": "Signature for this request is not valid.",
} satisfies operations['getMarginLiquidationLoan']['responses']['400']['content']['application/json'];

export const getMarginLiquidationLoan_400_noMarginAccount = {
  "code": -3003,
  "msg": "Margin account does not exist.",
} satisfies operations['getMarginLiquidationLoan']['responses']['400']['content']['application/json'];

export const getMarginLiquidationLoan_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginLiquidationLoan']['responses']['401']['content']['application/json'];

export const getMarginLiquidationLoan_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginLiquidationLoan']['responses']['401']['content']['application/json'];

export const getMarginLiquidationLoan_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginLiquidationLoan']['responses']['418']['content']['application/json'];

export const getMarginLiquidationLoan_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginLiquidationLoan']['responses']['429']['content']['application/json'];

export const getMarginLiquidationLoan_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginLiquidationLoan']['responses']['429']['content']['application/json'];

export const getMarginLiquidationLoan_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginLiquidationLoan']['responses']['5XX']['content']['application/json'];

export const getMarginLiquidationLoan_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginLiquidationLoan']['parameters']['query']>['recvWindow'];

export const getMarginLiquidationLoan_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginLiquidationLoan']['parameters']['query']>['timestamp'];

export const repayMarginLiquidationLoan_200_repaid = {
  "repayId": 12345678n,
  "asset": "USDC",
  "amount": "300.00000000",
  "status": "SUCCESS",
  "createTime": 1714492800000,
} satisfies operations['repayMarginLiquidationLoan']['responses']['200']['content']['application/json'];

export const repayMarginLiquidationLoan_400_exceedsLoan = {
  "code": -3015,
  "msg": "Repay amount exceeds borrow amount.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['400']['content']['application/json'];

export const repayMarginLiquidationLoan_400_balanceNotEnough = {
  "code": -3041,
  "msg": "Balance is not enough",
} satisfies operations['repayMarginLiquidationLoan']['responses']['400']['content']['application/json'];

export const repayMarginLiquidationLoan_400_amountNotPositive = {
  "code": -1130,
  "msg": "Data sent for parameter 'amount' is not valid.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['400']['content']['application/json'];

export const repayMarginLiquidationLoan_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['401']['content']['application/json'];

export const repayMarginLiquidationLoan_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['401']['content']['application/json'];

export const repayMarginLiquidationLoan_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['418']['content']['application/json'];

export const repayMarginLiquidationLoan_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['429']['content']['application/json'];

export const repayMarginLiquidationLoan_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['429']['content']['application/json'];

export const repayMarginLiquidationLoan_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['repayMarginLiquidationLoan']['responses']['5XX']['content']['application/json'];

export const repayMarginLiquidationLoan_body_repay300 = {
  "asset": "USDC",
  "amount": "300",
  "timestamp": 1714492800000,
} satisfies NonNullable<operations['repayMarginLiquidationLoan']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginLiquidationLoanRepayHistory_200_twoRepayments = {
  "total": 2,
  "rows": [
    {
      "repayId": 12345678n,
      "asset": "USDC",
      "amount": "300.00000000",
      "status": "SUCCESS",
      "createTime": 1714492800000,
    },
    {
      "repayId": 12345679n,
      "asset": "USDC",
      "amount": "200.00000000",
      "status": "SUCCESS",
      "createTime": 1714579200000,
    },
  ],
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['200']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_400_badCurrent = {
  "code": -1130,
  "msg": "Data sent for parameter 'current' is not valid.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['400']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_400_timestampOutsideWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['400']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['401']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['401']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['418']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['429']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['429']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginLiquidationLoanRepayHistory']['responses']['5XX']['content']['application/json'];

export const getMarginLiquidationLoanRepayHistory_param_startTime_example = 1714400000000 satisfies NonNullable<operations['getMarginLiquidationLoanRepayHistory']['parameters']['query']>['startTime'];

export const getMarginLiquidationLoanRepayHistory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginLiquidationLoanRepayHistory']['parameters']['query']>['recvWindow'];

export const getMarginLiquidationLoanRepayHistory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginLiquidationLoanRepayHistory']['parameters']['query']>['timestamp'];

export const getAllMarginAssets_200_usdc = [
  {
    "assetFullName": "USD coin",
    "assetName": "USDC",
    "isBorrowable": true,
    "isMortgageable": true,
    "userMinBorrow": "0.00000000",
    "userMinRepay": "0.00000000",
    "delistTime": 1704973040,
  },
] satisfies operations['getAllMarginAssets']['responses']['200']['content']['application/json'];

export const getAllMarginAssets_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getAllMarginAssets']['responses']['400']['content']['application/json'];

export const getAllMarginAssets_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '1' parameter(s) but was sent '2'.",
} satisfies operations['getAllMarginAssets']['responses']['400']['content']['application/json'];

export const getAllMarginAssets_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getAllMarginAssets']['responses']['401']['content']['application/json'];

export const getAllMarginAssets_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getAllMarginAssets']['responses']['401']['content']['application/json'];

export const getAllMarginAssets_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getAllMarginAssets']['responses']['418']['content']['application/json'];

export const getAllMarginAssets_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getAllMarginAssets']['responses']['429']['content']['application/json'];

export const getAllMarginAssets_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getAllMarginAssets']['responses']['429']['content']['application/json'];

export const getAllMarginAssets_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getAllMarginAssets']['responses']['5XX']['content']['application/json'];

export const getAllMarginAssets_param_asset_example = "USDC" satisfies NonNullable<operations['getAllMarginAssets']['parameters']['query']>['asset'];

export const getAllCrossMarginPairs_200_btcPairs = [
  {
    "base": "BNB",
    "id": 351637150141315861n,
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "BNBBTC",
  },
  {
    "base": "TRX",
    "id": 351637923235429141n,
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "TRXBTC",
    "delistTime": 1704973040,
  },
  {
    "base": "XRP",
    "id": 351638112213990165n,
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "XRPBTC",
  },
  {
    "base": "ETH",
    "id": 351638524530850581n,
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "ETHBTC",
  },
] satisfies operations['getAllCrossMarginPairs']['responses']['200']['content']['application/json'];

export const getAllCrossMarginPairs_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getAllCrossMarginPairs']['responses']['400']['content']['application/json'];

export const getAllCrossMarginPairs_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getAllCrossMarginPairs']['responses']['401']['content']['application/json'];

export const getAllCrossMarginPairs_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getAllCrossMarginPairs']['responses']['401']['content']['application/json'];

export const getAllCrossMarginPairs_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getAllCrossMarginPairs']['responses']['418']['content']['application/json'];

export const getAllCrossMarginPairs_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getAllCrossMarginPairs']['responses']['429']['content']['application/json'];

export const getAllCrossMarginPairs_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getAllCrossMarginPairs']['responses']['429']['content']['application/json'];

export const getAllCrossMarginPairs_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getAllCrossMarginPairs']['responses']['5XX']['content']['application/json'];

export const getAllCrossMarginPairs_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getAllCrossMarginPairs']['parameters']['query']>['symbol'];

export const getMarginPriceIndex_200_bnbBtc = {
  "calcTime": 1562046418000,
  "price": "0.00333930",
  "symbol": "BNBBTC",
} satisfies operations['getMarginPriceIndex']['responses']['200']['content']['application/json'];

export const getMarginPriceIndex_400_symbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginPriceIndex']['responses']['400']['content']['application/json'];

export const getMarginPriceIndex_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginPriceIndex']['responses']['400']['content']['application/json'];

export const getMarginPriceIndex_400_noPriceIndex = {
  "code": -3042,
  "msg": "PriceIndex not available for this margin pair.",
} satisfies operations['getMarginPriceIndex']['responses']['400']['content']['application/json'];

export const getMarginPriceIndex_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginPriceIndex']['responses']['401']['content']['application/json'];

export const getMarginPriceIndex_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginPriceIndex']['responses']['401']['content']['application/json'];

export const getMarginPriceIndex_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginPriceIndex']['responses']['418']['content']['application/json'];

export const getMarginPriceIndex_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginPriceIndex']['responses']['429']['content']['application/json'];

export const getMarginPriceIndex_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginPriceIndex']['responses']['429']['content']['application/json'];

export const getMarginPriceIndex_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginPriceIndex']['responses']['5XX']['content']['application/json'];

export const getMarginPriceIndex_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getMarginPriceIndex']['parameters']['query']>['symbol'];

export const getCrossMarginFeeData_200_btcVip0 = [
  {
    "vipLevel": 0,
    "coin": "BTC",
    "transferIn": true,
    "borrowable": true,
    "dailyInterest": "0.00026125",
    "yearlyInterest": "0.0953",
    "borrowLimit": "180",
    "marginablePairs": [
      "BNBBTC",
      "TRXBTC",
      "ETHBTC",
      "BTCUSDT",
    ],
  },
] satisfies operations['getCrossMarginFeeData']['responses']['200']['content']['application/json'];

export const getCrossMarginFeeData_400_notMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['getCrossMarginFeeData']['responses']['400']['content']['application/json'];

export const getCrossMarginFeeData_400_badVipLevel = {
  "code": -1100,
  "msg": "Illegal characters found in parameter 'vipLevel'; legal range is '^[0-9]{1,20}$'.",
} satisfies operations['getCrossMarginFeeData']['responses']['400']['content']['application/json'];

export const getCrossMarginFeeData_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCrossMarginFeeData']['responses']['401']['content']['application/json'];

export const getCrossMarginFeeData_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCrossMarginFeeData']['responses']['401']['content']['application/json'];

export const getCrossMarginFeeData_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getCrossMarginFeeData']['responses']['418']['content']['application/json'];

export const getCrossMarginFeeData_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getCrossMarginFeeData']['responses']['429']['content']['application/json'];

export const getCrossMarginFeeData_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getCrossMarginFeeData']['responses']['429']['content']['application/json'];

export const getCrossMarginFeeData_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getCrossMarginFeeData']['responses']['5XX']['content']['application/json'];

export const getCrossMarginFeeData_param_vipLevel_example = 0 satisfies NonNullable<operations['getCrossMarginFeeData']['parameters']['query']>['vipLevel'];

export const getCrossMarginFeeData_param_coin_example = "BTC" satisfies NonNullable<operations['getCrossMarginFeeData']['parameters']['query']>['coin'];

export const getCrossMarginFeeData_param_recvWindow_example = 5000 satisfies NonNullable<operations['getCrossMarginFeeData']['parameters']['query']>['recvWindow'];

export const getCrossMarginFeeData_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getCrossMarginFeeData']['parameters']['query']>['timestamp'];

export const getCrossMarginCollateralRatio_200_tiered = [
  {
    "collaterals": [
      {
        "minUsdValue": "0",
        "maxUsdValue": "13000000",
        "discountRate": "1",
      },
      {
        "minUsdValue": "13000000",
        "maxUsdValue": "20000000",
        "discountRate": "0.975",
      },
      {
        "minUsdValue": "20000000",
        "discountRate": "0",
      },
    ],
    "assetNames": [
      "BNX",
    ],
  },
  {
    "collaterals": [
      {
        "minUsdValue": "0",
        "discountRate": "1",
      },
    ],
    "assetNames": [
      "BTC",
      "BUSD",
      "ETH",
      "USDT",
    ],
  },
] satisfies operations['getCrossMarginCollateralRatio']['responses']['200']['content']['application/json'];

export const getCrossMarginCollateralRatio_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['400']['content']['application/json'];

export const getCrossMarginCollateralRatio_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['401']['content']['application/json'];

export const getCrossMarginCollateralRatio_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['401']['content']['application/json'];

export const getCrossMarginCollateralRatio_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['418']['content']['application/json'];

export const getCrossMarginCollateralRatio_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['429']['content']['application/json'];

export const getCrossMarginCollateralRatio_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['429']['content']['application/json'];

export const getCrossMarginCollateralRatio_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getCrossMarginCollateralRatio']['responses']['5XX']['content']['application/json'];

export const getMarginAvailableInventory_200_inventory = {
  "assets": {
    "MATIC": "100000000",
    "STPT": "100000000",
    "TVK": "100000000",
    "SHIB": "97409653",
  },
  "updateTime": 1699272487,
} satisfies operations['getMarginAvailableInventory']['responses']['200']['content']['application/json'];

export const getMarginAvailableInventory_400_typeMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'type' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginAvailableInventory']['responses']['400']['content']['application/json'];

export const getMarginAvailableInventory_400_badType = {
  "code": -1130,
  "msg": "Data sent for parameter 'type' is not valid.",
} satisfies operations['getMarginAvailableInventory']['responses']['400']['content']['application/json'];

export const getMarginAvailableInventory_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginAvailableInventory']['responses']['401']['content']['application/json'];

export const getMarginAvailableInventory_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginAvailableInventory']['responses']['401']['content']['application/json'];

export const getMarginAvailableInventory_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginAvailableInventory']['responses']['418']['content']['application/json'];

export const getMarginAvailableInventory_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginAvailableInventory']['responses']['429']['content']['application/json'];

export const getMarginAvailableInventory_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginAvailableInventory']['responses']['429']['content']['application/json'];

export const getMarginAvailableInventory_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginAvailableInventory']['responses']['5XX']['content']['application/json'];

export const getMarginAvailableInventory_param_type_example = "MARGIN" satisfies NonNullable<operations['getMarginAvailableInventory']['parameters']['query']>['type'];

export const getMarginAvailableInventory_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginAvailableInventory']['parameters']['query']>['recvWindow'];

export const getMarginAvailableInventory_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginAvailableInventory']['parameters']['query']>['timestamp'];

export const getMarginDelistSchedule_200_twoDates = [
  {
    "delistTime": 1686161202000,
    "crossMarginAssets": [
      "BTC",
      "USDT",
    ],
    "isolatedMarginSymbols": [
      "ADAUSDT",
      "BNBUSDT",
    ],
  },
  {
    "delistTime": 1686222232000,
    "crossMarginAssets": [
      "ADA",
    ],
    "isolatedMarginSymbols": [],
  },
] satisfies operations['getMarginDelistSchedule']['responses']['200']['content']['application/json'];

export const getMarginDelistSchedule_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginDelistSchedule']['responses']['400']['content']['application/json'];

export const getMarginDelistSchedule_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginDelistSchedule']['responses']['401']['content']['application/json'];

export const getMarginDelistSchedule_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginDelistSchedule']['responses']['401']['content']['application/json'];

export const getMarginDelistSchedule_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginDelistSchedule']['responses']['418']['content']['application/json'];

export const getMarginDelistSchedule_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginDelistSchedule']['responses']['429']['content']['application/json'];

export const getMarginDelistSchedule_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginDelistSchedule']['responses']['429']['content']['application/json'];

export const getMarginDelistSchedule_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginDelistSchedule']['responses']['5XX']['content']['application/json'];

export const getMarginListSchedule_200_twoDates = [
  {
    "listTime": 1686161202000,
    "crossMarginAssets": [
      "BTC",
      "USDT",
    ],
    "isolatedMarginSymbols": [
      "ADAUSDT",
      "BNBUSDT",
    ],
  },
  {
    "listTime": 1686222232000,
    "crossMarginAssets": [
      "ADA",
    ],
    "isolatedMarginSymbols": [],
  },
] satisfies operations['getMarginListSchedule']['responses']['200']['content']['application/json'];

export const getMarginListSchedule_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginListSchedule']['responses']['400']['content']['application/json'];

export const getMarginListSchedule_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginListSchedule']['responses']['401']['content']['application/json'];

export const getMarginListSchedule_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginListSchedule']['responses']['401']['content']['application/json'];

export const getMarginListSchedule_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginListSchedule']['responses']['418']['content']['application/json'];

export const getMarginListSchedule_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginListSchedule']['responses']['429']['content']['application/json'];

export const getMarginListSchedule_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginListSchedule']['responses']['429']['content']['application/json'];

export const getMarginListSchedule_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginListSchedule']['responses']['5XX']['content']['application/json'];

export const getMarginLimitPricePairs_200_pairs = {
  "crossMarginSymbols": [
    "BLURUSDC",
    "SANDBTC",
    "QKCBTC",
    "SEIFDUSD",
    "NEOUSDC",
    "ARBFDUSD",
    "ORDIUSDC",
  ],
} satisfies operations['getMarginLimitPricePairs']['responses']['200']['content']['application/json'];

export const getMarginLimitPricePairs_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginLimitPricePairs']['responses']['400']['content']['application/json'];

export const getMarginLimitPricePairs_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginLimitPricePairs']['responses']['401']['content']['application/json'];

export const getMarginLimitPricePairs_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginLimitPricePairs']['responses']['401']['content']['application/json'];

export const getMarginLimitPricePairs_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginLimitPricePairs']['responses']['418']['content']['application/json'];

export const getMarginLimitPricePairs_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginLimitPricePairs']['responses']['429']['content']['application/json'];

export const getMarginLimitPricePairs_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginLimitPricePairs']['responses']['429']['content']['application/json'];

export const getMarginLimitPricePairs_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginLimitPricePairs']['responses']['5XX']['content']['application/json'];

export const getMarginRestrictedAssets_200_restricted = {
  "openLongRestrictedAsset": [
    "ADA",
    "CHZ",
    "ETH",
    "LTC",
    "XRP",
    "币安人生",
  ],
  "maxCollateralExceededAsset": [
    "ACH",
    "BNB",
    "BTC",
    "USDT",
  ],
} satisfies operations['getMarginRestrictedAssets']['responses']['200']['content']['application/json'];

export const getMarginRestrictedAssets_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginRestrictedAssets']['responses']['400']['content']['application/json'];

export const getMarginRestrictedAssets_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginRestrictedAssets']['responses']['401']['content']['application/json'];

export const getMarginRestrictedAssets_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginRestrictedAssets']['responses']['401']['content']['application/json'];

export const getMarginRestrictedAssets_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginRestrictedAssets']['responses']['418']['content']['application/json'];

export const getMarginRestrictedAssets_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginRestrictedAssets']['responses']['429']['content']['application/json'];

export const getMarginRestrictedAssets_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginRestrictedAssets']['responses']['429']['content']['application/json'];

export const getMarginRestrictedAssets_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginRestrictedAssets']['responses']['5XX']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_200_stablecoins = [
  {
    "asset": "USDC",
    "riskBasedLiquidationRatio": "0.01",
  },
  {
    "asset": "BUSD",
    "riskBasedLiquidationRatio": "0.01",
  },
] satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['200']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['400']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['401']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['401']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['418']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['429']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['429']['content']['application/json'];

export const getMarginRiskBasedLiquidationRatio_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginRiskBasedLiquidationRatio']['responses']['5XX']['content']['application/json'];

export const getMarginLeverageBracket_200_rankOne = [
  {
    "assetNames": [
      "SHIB",
      "FDUSD",
      "BTC",
      "ETH",
      "USDC",
    ],
    "rank": 1,
    "brackets": [
      {
        "leverage": 10,
        "maxDebt": 1000000,
        "maintenanceMarginRate": 0.02,
        "initialMarginRate": 0.1112,
        "fastNum": 0,
      },
      {
        "leverage": 3,
        "maxDebt": 4000000,
        "maintenanceMarginRate": 0.07,
        "initialMarginRate": 0.5,
        "fastNum": 60000,
      },
    ],
  },
] satisfies operations['getMarginLeverageBracket']['responses']['200']['content']['application/json'];

export const getMarginLeverageBracket_400_unknownParameter = {
  "code": -1104,
  "msg": "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.",
} satisfies operations['getMarginLeverageBracket']['responses']['400']['content']['application/json'];

export const getMarginLeverageBracket_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginLeverageBracket']['responses']['401']['content']['application/json'];

export const getMarginLeverageBracket_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginLeverageBracket']['responses']['401']['content']['application/json'];

export const getMarginLeverageBracket_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginLeverageBracket']['responses']['418']['content']['application/json'];

export const getMarginLeverageBracket_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginLeverageBracket']['responses']['429']['content']['application/json'];

export const getMarginLeverageBracket_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginLeverageBracket']['responses']['429']['content']['application/json'];

export const getMarginLeverageBracket_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginLeverageBracket']['responses']['5XX']['content']['application/json'];

export const createMarginListenToken_200_token = {
  "token": "6xXxePXwZRjVSHKhzUCCGnmN3fkvMTXru+pYJS8RwijXk9Vcyr3rkwfVOTcP2OkONqciYA",
  "expirationTime": 1758792204196,
} satisfies operations['createMarginListenToken']['responses']['200']['content']['application/json'];

export const createMarginListenToken_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['createMarginListenToken']['responses']['400']['content']['application/json'];

export const createMarginListenToken_400_validityTooLong = {
  "code": -1130,
  "msg": "Data sent for parameter 'validity' is not valid.",
} satisfies operations['createMarginListenToken']['responses']['400']['content']['application/json'];

export const createMarginListenToken_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['createMarginListenToken']['responses']['400']['content']['application/json'];

export const createMarginListenToken_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['createMarginListenToken']['responses']['401']['content']['application/json'];

export const createMarginListenToken_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['createMarginListenToken']['responses']['401']['content']['application/json'];

export const createMarginListenToken_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['createMarginListenToken']['responses']['418']['content']['application/json'];

export const createMarginListenToken_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['createMarginListenToken']['responses']['429']['content']['application/json'];

export const createMarginListenToken_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['createMarginListenToken']['responses']['429']['content']['application/json'];

export const createMarginListenToken_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['createMarginListenToken']['responses']['5XX']['content']['application/json'];

export const createMarginListenToken_body_cross = {} satisfies NonNullable<operations['createMarginListenToken']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const createMarginListenToken_body_isolatedHour = {
  "symbol": "BNBUSDT",
  "isIsolated": true,
  "validity": 3600000,
} satisfies NonNullable<operations['createMarginListenToken']['requestBody']>['content']['application/x-www-form-urlencoded'];

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

export const newMarginOto_200_placed = {
  "orderListId": 13551n,
  "contingencyType": "OTO",
  "listStatusType": "EXEC_STARTED",
  "listOrderStatus": "EXECUTING",
  "listClientOrderId": "JDuOrsu0Ge8GTyvx8J7VTD",
  "transactionTime": 1725521998054,
  "symbol": "BTCUSDT",
  "isIsolated": false,
  "orders": [
    {
      "symbol": "BTCUSDT",
      "orderId": 29896699n,
      "clientOrderId": "y8RB6tQEMuHUXybqbtzTxk",
    },
    {
      "symbol": "BTCUSDT",
      "orderId": 29896700n,
      "clientOrderId": "dKQEdh5HhXb7Lpp85jz1dQ",
    },
  ],
  "orderReports": [
    {
      "symbol": "BTCUSDT",
      "orderId": 29896699n,
      "orderListId": 13551n,
      "clientOrderId": "y8RB6tQEMuHUXybqbtzTxk",
      "transactTime": 1725521998054,
      "price": "80000.00000000",
      "origQty": "0.02000000",
      "executedQty": "0",
      "cummulativeQuoteQty": "0",
      "status": "NEW",
      "timeInForce": "GTC",
      "type": "LIMIT",
      "side": "SELL",
      "selfTradePreventionMode": "NONE",
    },
    {
      "symbol": "BTCUSDT",
      "orderId": 29896700n,
      "orderListId": 13551n,
      "clientOrderId": "dKQEdh5HhXb7Lpp85jz1dQ",
      "transactTime": 1725521998054,
      "price": "50000.00000000",
      "origQty": "0.02000000",
      "executedQty": "0",
      "cummulativeQuoteQty": "0",
      "status": "PENDING_NEW",
      "timeInForce": "GTC",
      "type": "LIMIT",
      "side": "BUY",
      "selfTradePreventionMode": "NONE",
    },
  ],
} satisfies operations['newMarginOto']['responses']['200']['content']['application/json'];

export const newMarginOto_400_workingTimeInForceMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'workingTimeInForce' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOto']['responses']['400']['content']['application/json'];

export const newMarginOto_400_quantityNotSame = {
  "code": -2017,
  "msg": "Parameter 'pendingQuantity' must be the same as workingQuantity.",
} satisfies operations['newMarginOto']['responses']['400']['content']['application/json'];

export const newMarginOto_400_pendingSideNotOpposite = {
  "code": -2018,
  "msg": "Parameter 'pendingSide' must be the opposite of workingSide.",
} satisfies operations['newMarginOto']['responses']['400']['content']['application/json'];

export const newMarginOto_400_insufficientBalance = {
  "code": -2010,
  "msg": "Account has insufficient balance for requested action.",
} satisfies operations['newMarginOto']['responses']['400']['content']['application/json'];

export const newMarginOto_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newMarginOto']['responses']['401']['content']['application/json'];

export const newMarginOto_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newMarginOto']['responses']['401']['content']['application/json'];

export const newMarginOto_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['newMarginOto']['responses']['418']['content']['application/json'];

export const newMarginOto_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['newMarginOto']['responses']['429']['content']['application/json'];

export const newMarginOto_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['newMarginOto']['responses']['429']['content']['application/json'];

export const newMarginOto_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['newMarginOto']['responses']['5XX']['content']['application/json'];

export const newMarginOto_body_sellThenBuyBack = {
  "symbol": "BTCUSDT",
  "isIsolated": "FALSE",
  "listClientOrderId": "JDuOrsu0Ge8GTyvx8J7VTD",
  "selfTradePreventionMode": "NONE",
  "workingType": "LIMIT",
  "workingSide": "SELL",
  "workingClientOrderId": "y8RB6tQEMuHUXybqbtzTxk",
  "workingPrice": "80000",
  "workingQuantity": "0.02",
  "workingTimeInForce": "GTC",
  "pendingType": "LIMIT",
  "pendingSide": "BUY",
  "pendingClientOrderId": "dKQEdh5HhXb7Lpp85jz1dQ",
  "pendingPrice": "50000",
  "pendingQuantity": "0.02",
  "pendingTimeInForce": "GTC",
  "timestamp": 1725521998054,
} satisfies NonNullable<operations['newMarginOto']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOto_body_borrowToBuyThenTakeProfit = {
  "symbol": "BTCUSDT",
  "sideEffectType": "MARGIN_BUY",
  "autoRepayAtCancel": false,
  "workingType": "LIMIT_MAKER",
  "workingSide": "BUY",
  "workingPrice": "39000",
  "workingQuantity": "0.01",
  "pendingType": "LIMIT_MAKER",
  "pendingSide": "SELL",
  "pendingPrice": "45000",
  "pendingQuantity": "0.01",
  "timestamp": 1725521998054,
} satisfies NonNullable<operations['newMarginOto']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginOtoco_200_placed = {
  "orderListId": 13509n,
  "contingencyType": "OTO",
  "listStatusType": "EXEC_STARTED",
  "listOrderStatus": "EXECUTING",
  "listClientOrderId": "u2AUo48LLef5qVenRtwJZy",
  "transactionTime": 1725521881300,
  "symbol": "BNBUSDT",
  "isIsolated": false,
  "orders": [
    {
      "symbol": "BNBUSDT",
      "orderId": 28282534n,
      "clientOrderId": "IfYDxvrZI4kiyqYpRH13iI",
    },
    {
      "symbol": "BNBUSDT",
      "orderId": 28282535n,
      "clientOrderId": "0HCSsPRxVfW8BkTUy9z4np",
    },
    {
      "symbol": "BNBUSDT",
      "orderId": 28282536n,
      "clientOrderId": "dypsgdxWnLY75kwT930cbD",
    },
  ],
  "orderReports": [
    {
      "symbol": "BNBUSDT",
      "orderId": 28282534n,
      "orderListId": 13509n,
      "clientOrderId": "IfYDxvrZI4kiyqYpRH13iI",
      "transactTime": 1725521881300,
      "price": "300.00000000",
      "origQty": "1.00000000",
      "executedQty": "0",
      "cummulativeQuoteQty": "0",
      "status": "NEW",
      "timeInForce": "GTC",
      "type": "LIMIT",
      "side": "BUY",
      "selfTradePreventionMode": "NONE",
    },
    {
      "symbol": "BNBUSDT",
      "orderId": 28282535n,
      "orderListId": 13509n,
      "clientOrderId": "0HCSsPRxVfW8BkTUy9z4np",
      "transactTime": 1725521881300,
      "price": "0.00000000",
      "origQty": "1.00000000",
      "executedQty": "0",
      "cummulativeQuoteQty": "0",
      "status": "PENDING_NEW",
      "timeInForce": "GTC",
      "type": "STOP_LOSS",
      "side": "SELL",
      "stopPrice": "299.00000000",
      "selfTradePreventionMode": "NONE",
    },
    {
      "symbol": "BNBUSDT",
      "orderId": 28282536n,
      "orderListId": 13509n,
      "clientOrderId": "dypsgdxWnLY75kwT930cbD",
      "transactTime": 1725521881300,
      "price": "301.00000000",
      "origQty": "1.00000000",
      "executedQty": "0",
      "cummulativeQuoteQty": "0",
      "status": "PENDING_NEW",
      "timeInForce": "GTC",
      "type": "LIMIT_MAKER",
      "side": "SELL",
      "selfTradePreventionMode": "NONE",
    },
  ],
} satisfies operations['newMarginOtoco']['responses']['200']['content']['application/json'];

export const newMarginOtoco_400_abovePriceMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'pendingAbovePrice' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginOtoco']['responses']['400']['content']['application/json'];

export const newMarginOtoco_400_pricesOutOfOrder = {
  "code": -2010,
  "msg": "The relationship of the prices for the orders is not correct.",
} satisfies operations['newMarginOtoco']['responses']['400']['content']['application/json'];

export const newMarginOtoco_400_pendingSideNotOpposite = {
  "code": -2018,
  "msg": "Parameter 'pendingSide' must be the opposite of workingSide.",
} satisfies operations['newMarginOtoco']['responses']['400']['content']['application/json'];

export const newMarginOtoco_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newMarginOtoco']['responses']['401']['content']['application/json'];

export const newMarginOtoco_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newMarginOtoco']['responses']['401']['content']['application/json'];

export const newMarginOtoco_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['newMarginOtoco']['responses']['418']['content']['application/json'];

export const newMarginOtoco_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['newMarginOtoco']['responses']['429']['content']['application/json'];

export const newMarginOtoco_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['newMarginOtoco']['responses']['429']['content']['application/json'];

export const newMarginOtoco_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['newMarginOtoco']['responses']['5XX']['content']['application/json'];

export const newMarginOtoco_body_buyWithBracket = {
  "symbol": "BNBUSDT",
  "isIsolated": "FALSE",
  "listClientOrderId": "u2AUo48LLef5qVenRtwJZy",
  "selfTradePreventionMode": "NONE",
  "workingType": "LIMIT",
  "workingSide": "BUY",
  "workingClientOrderId": "IfYDxvrZI4kiyqYpRH13iI",
  "workingPrice": "300",
  "workingQuantity": "1",
  "workingTimeInForce": "GTC",
  "pendingSide": "SELL",
  "pendingQuantity": "1",
  "pendingAboveType": "LIMIT_MAKER",
  "pendingAboveClientOrderId": "dypsgdxWnLY75kwT930cbD",
  "pendingAbovePrice": "301",
  "pendingBelowType": "STOP_LOSS",
  "pendingBelowClientOrderId": "0HCSsPRxVfW8BkTUy9z4np",
  "pendingBelowStopPrice": "299",
  "timestamp": 1725521881300,
} satisfies NonNullable<operations['newMarginOtoco']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginPreventedMatches_200_expireMaker = [
  {
    "symbol": "BTCUSDT",
    "preventedMatchId": 1n,
    "takerOrderId": 5n,
    "makerSymbol": "BTCUSDT",
    "makerOrderId": 3n,
    "tradeGroupId": 1n,
    "selfTradePreventionMode": "EXPIRE_MAKER",
    "price": "1.100000",
    "makerPreventedQuantity": "1.300000",
    "transactTime": 1669101687094,
  },
] satisfies operations['getMarginPreventedMatches']['responses']['200']['content']['application/json'];

export const getMarginPreventedMatches_400_noIdentifier = {
  "code": -1102,
  "msg": "Param 'preventedMatchId' or 'orderId' must be sent, but both were empty/null!",
} satisfies operations['getMarginPreventedMatches']['responses']['400']['content']['application/json'];

export const getMarginPreventedMatches_400_badCombination = {
  "code": -1128,
  "msg": "Combination of optional parameters invalid.",
} satisfies operations['getMarginPreventedMatches']['responses']['400']['content']['application/json'];

export const getMarginPreventedMatches_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginPreventedMatches']['responses']['400']['content']['application/json'];

export const getMarginPreventedMatches_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginPreventedMatches']['responses']['401']['content']['application/json'];

export const getMarginPreventedMatches_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginPreventedMatches']['responses']['401']['content']['application/json'];

export const getMarginPreventedMatches_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginPreventedMatches']['responses']['418']['content']['application/json'];

export const getMarginPreventedMatches_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginPreventedMatches']['responses']['429']['content']['application/json'];

export const getMarginPreventedMatches_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginPreventedMatches']['responses']['429']['content']['application/json'];

export const getMarginPreventedMatches_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginPreventedMatches']['responses']['5XX']['content']['application/json'];

export const getMarginPreventedMatches_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>['symbol'];

export const getMarginPreventedMatches_param_preventedMatchId_example = 1n satisfies NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>['preventedMatchId'];

export const getMarginPreventedMatches_param_orderId_example = 5n satisfies NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>['orderId'];

export const getMarginPreventedMatches_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>['recvWindow'];

export const getMarginPreventedMatches_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginPreventedMatches']['parameters']['query']>['timestamp'];

export const getMarginOrderCountUsage_200_idle = [
  {
    "rateLimitType": "ORDERS",
    "interval": "SECOND",
    "intervalNum": 10,
    "limit": 10000,
    "count": 0,
  },
  {
    "rateLimitType": "ORDERS",
    "interval": "DAY",
    "intervalNum": 1,
    "limit": 20000,
    "count": 0,
  },
] satisfies operations['getMarginOrderCountUsage']['responses']['200']['content']['application/json'];

export const getMarginOrderCountUsage_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['getMarginOrderCountUsage']['responses']['400']['content']['application/json'];

export const getMarginOrderCountUsage_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginOrderCountUsage']['responses']['400']['content']['application/json'];

export const getMarginOrderCountUsage_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginOrderCountUsage']['responses']['401']['content']['application/json'];

export const getMarginOrderCountUsage_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginOrderCountUsage']['responses']['401']['content']['application/json'];

export const getMarginOrderCountUsage_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginOrderCountUsage']['responses']['418']['content']['application/json'];

export const getMarginOrderCountUsage_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginOrderCountUsage']['responses']['429']['content']['application/json'];

export const getMarginOrderCountUsage_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginOrderCountUsage']['responses']['429']['content']['application/json'];

export const getMarginOrderCountUsage_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginOrderCountUsage']['responses']['5XX']['content']['application/json'];

export const getMarginOrderCountUsage_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginOrderCountUsage']['parameters']['query']>['symbol'];

export const getMarginOrderCountUsage_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginOrderCountUsage']['parameters']['query']>['recvWindow'];

export const getMarginOrderCountUsage_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginOrderCountUsage']['parameters']['query']>['timestamp'];

export const marginManualLiquidation_200_oneLoan = {
  "asset": "ETH",
  "interest": "0.00083334",
  "principal": "0.001",
  "liabilityAsset": "USDT",
  "liabilityQty": 0.3552,
} satisfies operations['marginManualLiquidation']['responses']['200']['content']['application/json'];

export const marginManualLiquidation_400_isolatedWithoutSymbol = {
  "code": -1102,
  "msg": "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
} satisfies operations['marginManualLiquidation']['responses']['400']['content']['application/json'];

export const marginManualLiquidation_400_notAMarginPair = {
  "code": -3028,
  "msg": "Not a valid margin pair.",
} satisfies operations['marginManualLiquidation']['responses']['400']['content']['application/json'];

export const marginManualLiquidation_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['marginManualLiquidation']['responses']['401']['content']['application/json'];

export const marginManualLiquidation_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['marginManualLiquidation']['responses']['401']['content']['application/json'];

export const marginManualLiquidation_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['marginManualLiquidation']['responses']['418']['content']['application/json'];

export const marginManualLiquidation_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['marginManualLiquidation']['responses']['429']['content']['application/json'];

export const marginManualLiquidation_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['marginManualLiquidation']['responses']['429']['content']['application/json'];

export const marginManualLiquidation_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['marginManualLiquidation']['responses']['5XX']['content']['application/json'];

export const marginManualLiquidation_body_isolatedPair = {
  "type": "ISOLATED",
  "symbol": "LTCUSDT",
  "timestamp": 1700000000000,
} satisfies NonNullable<operations['marginManualLiquidation']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const exitMarginSpecialKeyMode_200_done = {} satisfies operations['exitMarginSpecialKeyMode']['responses']['200']['content']['application/json'];

export const exitMarginSpecialKeyMode_400_outstandingLiability = {
  "code": -1020,
  "msg": "This operation is not supported.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['400']['content']['application/json'];

export const exitMarginSpecialKeyMode_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['401']['content']['application/json'];

export const exitMarginSpecialKeyMode_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['401']['content']['application/json'];

export const exitMarginSpecialKeyMode_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['418']['content']['application/json'];

export const exitMarginSpecialKeyMode_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['429']['content']['application/json'];

export const exitMarginSpecialKeyMode_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['429']['content']['application/json'];

export const exitMarginSpecialKeyMode_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['exitMarginSpecialKeyMode']['responses']['5XX']['content']['application/json'];

export const exitMarginSpecialKeyMode_body_exit = {
  "timestamp": 1776844800000,
} satisfies NonNullable<operations['exitMarginSpecialKeyMode']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginSpecialKey_200_rsaKey = {
  "apiKey": "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx",
  "ip": "0.0.0.0,192.168.0.1,192.168.0.2",
  "apiName": "testName",
  "type": "RSA",
  "permissionMode": "TRADE",
} satisfies operations['getMarginSpecialKey']['responses']['200']['content']['application/json'];

export const getMarginSpecialKey_400_unknownKey = {
  "code": -1130,
  "msg": "Data sent for parameter 'apiKey' is not valid.",
} satisfies operations['getMarginSpecialKey']['responses']['400']['content']['application/json'];

export const getMarginSpecialKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginSpecialKey']['responses']['401']['content']['application/json'];

export const getMarginSpecialKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginSpecialKey']['responses']['401']['content']['application/json'];

export const getMarginSpecialKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginSpecialKey']['responses']['418']['content']['application/json'];

export const getMarginSpecialKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginSpecialKey']['responses']['429']['content']['application/json'];

export const getMarginSpecialKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginSpecialKey']['responses']['429']['content']['application/json'];

export const getMarginSpecialKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginSpecialKey']['responses']['5XX']['content']['application/json'];

export const getMarginSpecialKey_param_apiKey_example = "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx" satisfies NonNullable<operations['getMarginSpecialKey']['parameters']['query']>['apiKey'];

export const getMarginSpecialKey_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginSpecialKey']['parameters']['query']>['symbol'];

export const getMarginSpecialKey_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginSpecialKey']['parameters']['query']>['recvWindow'];

export const getMarginSpecialKey_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginSpecialKey']['parameters']['query']>['timestamp'];

export const createMarginSpecialKey_200_hmac = {
  "apiKey": "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx",
  "secretKey": "87ssWB7azoy6ACRfyp6OVOL5U3rtZptX31QWw2kWjl1jHEYRbyM1pd6qykRBQw8p",
  "type": "HMAC_SHA256",
} satisfies operations['createMarginSpecialKey']['responses']['200']['content']['application/json'];

export const createMarginSpecialKey_400_unsupportedProduct = {
  "code": -1020,
  "msg": "This operation is not supported.",
} satisfies operations['createMarginSpecialKey']['responses']['400']['content']['application/json'];

export const createMarginSpecialKey_400_badPublicKey = {
  "code": -1130,
  "msg": "Data sent for parameter 'publicKey' is not valid.",
} satisfies operations['createMarginSpecialKey']['responses']['400']['content']['application/json'];

export const createMarginSpecialKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['createMarginSpecialKey']['responses']['401']['content']['application/json'];

export const createMarginSpecialKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['createMarginSpecialKey']['responses']['401']['content']['application/json'];

export const createMarginSpecialKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['createMarginSpecialKey']['responses']['418']['content']['application/json'];

export const createMarginSpecialKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['createMarginSpecialKey']['responses']['429']['content']['application/json'];

export const createMarginSpecialKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['createMarginSpecialKey']['responses']['429']['content']['application/json'];

export const createMarginSpecialKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['createMarginSpecialKey']['responses']['5XX']['content']['application/json'];

export const createMarginSpecialKey_body_hmacKey = {
  "apiName": "testName",
  "ip": "192.168.0.1,192.168.0.2",
  "timestamp": 1726700000000,
} satisfies NonNullable<operations['createMarginSpecialKey']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const createMarginSpecialKey_body_ed25519ReadOnly = {
  "apiName": "monitor",
  "symbol": "BTCUSDT",
  "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAsX088aMXqfg9gFINVxwLZG6AwuVLHB2Lz8vdMR5UAtA=\n-----END PUBLIC KEY-----\n",
  "permissionMode": "READ",
  "timestamp": 1726700000000,
} satisfies NonNullable<operations['createMarginSpecialKey']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const deleteMarginSpecialKey_200_deleted = {} satisfies operations['deleteMarginSpecialKey']['responses']['200']['content']['application/json'];

export const deleteMarginSpecialKey_400_neitherKeyNorName = {
  "code": -1102,
  "msg": "Param 'apiKey' or 'apiName' must be sent, but both were empty/null!",
} satisfies operations['deleteMarginSpecialKey']['responses']['400']['content']['application/json'];

export const deleteMarginSpecialKey_400_unknownKey = {
  "code": -1130,
  "msg": "Data sent for parameter 'apiKey' is not valid.",
} satisfies operations['deleteMarginSpecialKey']['responses']['400']['content']['application/json'];

export const deleteMarginSpecialKey_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['deleteMarginSpecialKey']['responses']['401']['content']['application/json'];

export const deleteMarginSpecialKey_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['deleteMarginSpecialKey']['responses']['401']['content']['application/json'];

export const deleteMarginSpecialKey_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['deleteMarginSpecialKey']['responses']['418']['content']['application/json'];

export const deleteMarginSpecialKey_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['deleteMarginSpecialKey']['responses']['429']['content']['application/json'];

export const deleteMarginSpecialKey_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['deleteMarginSpecialKey']['responses']['429']['content']['application/json'];

export const deleteMarginSpecialKey_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['deleteMarginSpecialKey']['responses']['5XX']['content']['application/json'];

export const deleteMarginSpecialKey_param_apiName_example = "retired" satisfies NonNullable<operations['deleteMarginSpecialKey']['parameters']['query']>['apiName'];

export const deleteMarginSpecialKey_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['deleteMarginSpecialKey']['parameters']['query']>['symbol'];

export const deleteMarginSpecialKey_param_recvWindow_example = 5000 satisfies NonNullable<operations['deleteMarginSpecialKey']['parameters']['query']>['recvWindow'];

export const deleteMarginSpecialKey_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['deleteMarginSpecialKey']['parameters']['query']>['timestamp'];

export const editMarginSpecialKeyIp_200_done = {} satisfies operations['editMarginSpecialKeyIp']['responses']['200']['content']['application/json'];

export const editMarginSpecialKeyIp_400_badAddress = {
  "code": -1130,
  "msg": "Data sent for parameter 'ip' is not valid.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['400']['content']['application/json'];

export const editMarginSpecialKeyIp_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['401']['content']['application/json'];

export const editMarginSpecialKeyIp_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['401']['content']['application/json'];

export const editMarginSpecialKeyIp_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['418']['content']['application/json'];

export const editMarginSpecialKeyIp_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['429']['content']['application/json'];

export const editMarginSpecialKeyIp_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['429']['content']['application/json'];

export const editMarginSpecialKeyIp_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['editMarginSpecialKeyIp']['responses']['5XX']['content']['application/json'];

export const editMarginSpecialKeyIp_body_threeAddresses = {
  "apiKey": "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx",
  "symbol": "BTCUSDT",
  "ip": "192.168.0.1,192.168.0.2,192.168.0.3",
  "timestamp": 1726700000000,
} satisfies NonNullable<operations['editMarginSpecialKeyIp']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const getMarginSpecialKeyList_200_twoKeys = [
  {
    "apiName": "testName1",
    "apiKey": "znpOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoG",
    "ip": "192.168.0.1,192.168.0.2",
    "type": "RSA",
    "permissionMode": "TRADE",
  },
  {
    "apiName": "testName2",
    "apiKey": "znpOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoG",
    "ip": "192.168.0.1,192.168.0.2",
    "type": "Ed25519",
    "permissionMode": "READ",
  },
] satisfies operations['getMarginSpecialKeyList']['responses']['200']['content']['application/json'];

export const getMarginSpecialKeyList_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getMarginSpecialKeyList']['responses']['400']['content']['application/json'];

export const getMarginSpecialKeyList_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getMarginSpecialKeyList']['responses']['401']['content']['application/json'];

export const getMarginSpecialKeyList_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getMarginSpecialKeyList']['responses']['401']['content']['application/json'];

export const getMarginSpecialKeyList_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getMarginSpecialKeyList']['responses']['418']['content']['application/json'];

export const getMarginSpecialKeyList_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getMarginSpecialKeyList']['responses']['429']['content']['application/json'];

export const getMarginSpecialKeyList_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getMarginSpecialKeyList']['responses']['429']['content']['application/json'];

export const getMarginSpecialKeyList_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getMarginSpecialKeyList']['responses']['5XX']['content']['application/json'];

export const getMarginSpecialKeyList_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getMarginSpecialKeyList']['parameters']['query']>['symbol'];

export const getMarginSpecialKeyList_param_recvWindow_example = 5000 satisfies NonNullable<operations['getMarginSpecialKeyList']['parameters']['query']>['recvWindow'];

export const getMarginSpecialKeyList_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getMarginSpecialKeyList']['parameters']['query']>['timestamp'];

export const getIsolatedMarginAccountLimit_200_fiveOfTwenty = {
  "enabledAccount": 5,
  "maxAccount": 20,
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['200']['content']['application/json'];

export const getIsolatedMarginAccountLimit_400_outsideRecvWindow = {
  "code": -1021,
  "msg": "Timestamp for this request is outside of the recvWindow.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['400']['content']['application/json'];

export const getIsolatedMarginAccountLimit_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['401']['content']['application/json'];

export const getIsolatedMarginAccountLimit_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['401']['content']['application/json'];

export const getIsolatedMarginAccountLimit_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['418']['content']['application/json'];

export const getIsolatedMarginAccountLimit_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['429']['content']['application/json'];

export const getIsolatedMarginAccountLimit_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['429']['content']['application/json'];

export const getIsolatedMarginAccountLimit_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getIsolatedMarginAccountLimit']['responses']['5XX']['content']['application/json'];

export const getIsolatedMarginAccountLimit_param_recvWindow_example = 5000 satisfies NonNullable<operations['getIsolatedMarginAccountLimit']['parameters']['query']>['recvWindow'];

export const getIsolatedMarginAccountLimit_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getIsolatedMarginAccountLimit']['parameters']['query']>['timestamp'];

export const getAllIsolatedMarginPairs_200_twoPairs = [
  {
    "base": "BNB",
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "BNBBTC",
  },
  {
    "base": "TRX",
    "isBuyAllowed": true,
    "isMarginTrade": true,
    "isSellAllowed": true,
    "quote": "BTC",
    "symbol": "TRXBTC",
  },
] satisfies operations['getAllIsolatedMarginPairs']['responses']['200']['content']['application/json'];

export const getAllIsolatedMarginPairs_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['400']['content']['application/json'];

export const getAllIsolatedMarginPairs_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['401']['content']['application/json'];

export const getAllIsolatedMarginPairs_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['401']['content']['application/json'];

export const getAllIsolatedMarginPairs_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['418']['content']['application/json'];

export const getAllIsolatedMarginPairs_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['429']['content']['application/json'];

export const getAllIsolatedMarginPairs_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['429']['content']['application/json'];

export const getAllIsolatedMarginPairs_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getAllIsolatedMarginPairs']['responses']['5XX']['content']['application/json'];

export const getAllIsolatedMarginPairs_param_symbol_example = "BNBBTC" satisfies NonNullable<operations['getAllIsolatedMarginPairs']['parameters']['query']>['symbol'];

export const getIsolatedMarginFeeData_200_btcusdt = [
  {
    "vipLevel": 0,
    "symbol": "BTCUSDT",
    "leverage": "10",
    "data": [
      {
        "coin": "BTC",
        "dailyInterest": "0.00026125",
        "borrowLimit": "270",
      },
      {
        "coin": "USDT",
        "dailyInterest": "0.000475",
        "borrowLimit": "2100000",
      },
    ],
  },
] satisfies operations['getIsolatedMarginFeeData']['responses']['200']['content']['application/json'];

export const getIsolatedMarginFeeData_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['400']['content']['application/json'];

export const getIsolatedMarginFeeData_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['401']['content']['application/json'];

export const getIsolatedMarginFeeData_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['401']['content']['application/json'];

export const getIsolatedMarginFeeData_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['418']['content']['application/json'];

export const getIsolatedMarginFeeData_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['429']['content']['application/json'];

export const getIsolatedMarginFeeData_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['429']['content']['application/json'];

export const getIsolatedMarginFeeData_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getIsolatedMarginFeeData']['responses']['5XX']['content']['application/json'];

export const getIsolatedMarginFeeData_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getIsolatedMarginFeeData']['parameters']['query']>['symbol'];

export const getIsolatedMarginFeeData_param_recvWindow_example = 5000 satisfies NonNullable<operations['getIsolatedMarginFeeData']['parameters']['query']>['recvWindow'];

export const getIsolatedMarginFeeData_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getIsolatedMarginFeeData']['parameters']['query']>['timestamp'];

export const getIsolatedMarginTierData_200_firstTier = [
  {
    "symbol": "BTCUSDT",
    "tier": 1,
    "effectiveMultiple": "10",
    "initialRiskRatio": "1.111",
    "liquidationRiskRatio": "1.05",
    "baseAssetMaxBorrowable": "9",
    "quoteAssetMaxBorrowable": "70000",
  },
] satisfies operations['getIsolatedMarginTierData']['responses']['200']['content']['application/json'];

export const getIsolatedMarginTierData_400_invalidSymbol = {
  "code": -1121,
  "msg": "Invalid symbol.",
} satisfies operations['getIsolatedMarginTierData']['responses']['400']['content']['application/json'];

export const getIsolatedMarginTierData_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['getIsolatedMarginTierData']['responses']['401']['content']['application/json'];

export const getIsolatedMarginTierData_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['getIsolatedMarginTierData']['responses']['401']['content']['application/json'];

export const getIsolatedMarginTierData_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['getIsolatedMarginTierData']['responses']['418']['content']['application/json'];

export const getIsolatedMarginTierData_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['getIsolatedMarginTierData']['responses']['429']['content']['application/json'];

export const getIsolatedMarginTierData_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['getIsolatedMarginTierData']['responses']['429']['content']['application/json'];

export const getIsolatedMarginTierData_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['getIsolatedMarginTierData']['responses']['5XX']['content']['application/json'];

export const getIsolatedMarginTierData_param_symbol_example = "BTCUSDT" satisfies NonNullable<operations['getIsolatedMarginTierData']['parameters']['query']>['symbol'];

export const getIsolatedMarginTierData_param_recvWindow_example = 5000 satisfies NonNullable<operations['getIsolatedMarginTierData']['parameters']['query']>['recvWindow'];

export const getIsolatedMarginTierData_param_timestamp_example = 1507725176595 satisfies NonNullable<operations['getIsolatedMarginTierData']['parameters']['query']>['timestamp'];

export const newMarginUniversalTransfer_200_done = {
  "tranId": 13526853623n,
} satisfies operations['newMarginUniversalTransfer']['responses']['200']['content']['application/json'];

export const newMarginUniversalTransfer_400_exceedsMaxTransferOut = {
  "code": -3020,
  "msg": "Transfer out amount exceeds max amount.",
} satisfies operations['newMarginUniversalTransfer']['responses']['400']['content']['application/json'];

export const newMarginUniversalTransfer_400_toSymbolMissing = {
  "code": -1102,
  "msg": "Mandatory parameter 'toSymbol' was not sent, was empty/null, or malformed.",
} satisfies operations['newMarginUniversalTransfer']['responses']['400']['content']['application/json'];

export const newMarginUniversalTransfer_400_notAMarginAsset = {
  "code": -3027,
  "msg": "Not a valid margin asset.",
} satisfies operations['newMarginUniversalTransfer']['responses']['400']['content']['application/json'];

export const newMarginUniversalTransfer_401_badApiKeyFormat = {
  "code": -2014,
  "msg": "API-key format invalid.",
} satisfies operations['newMarginUniversalTransfer']['responses']['401']['content']['application/json'];

export const newMarginUniversalTransfer_401_rejectedApiKey = {
  "code": -2015,
  "msg": "Invalid API-key, IP, or permissions for action.",
} satisfies operations['newMarginUniversalTransfer']['responses']['401']['content']['application/json'];

export const newMarginUniversalTransfer_418_banned = {
  "code": -1003,
  "msg": "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.",
} satisfies operations['newMarginUniversalTransfer']['responses']['418']['content']['application/json'];

export const newMarginUniversalTransfer_429_weightExceeded = {
  "code": -1003,
  "msg": "Too much request weight used; current limit is 12000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
} satisfies operations['newMarginUniversalTransfer']['responses']['429']['content']['application/json'];

export const newMarginUniversalTransfer_429_tooManyOrders = {
  "code": -1015,
  "msg": "Too many new orders; current limit is 10000 orders per 10 SECOND.",
} satisfies operations['newMarginUniversalTransfer']['responses']['429']['content']['application/json'];

export const newMarginUniversalTransfer_5XX_executionUnknown = {
  "code": -1007,
  "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
} satisfies operations['newMarginUniversalTransfer']['responses']['5XX']['content']['application/json'];

export const newMarginUniversalTransfer_body_fundCrossMargin = {
  "type": "MAIN_MARGIN",
  "asset": "USDT",
  "amount": "1000",
  "timestamp": 1750000000000,
} satisfies NonNullable<operations['newMarginUniversalTransfer']['requestBody']>['content']['application/x-www-form-urlencoded'];

export const newMarginUniversalTransfer_body_fundIsolatedPair = {
  "type": "MARGIN_ISOLATEDMARGIN",
  "asset": "USDT",
  "amount": "500",
  "toSymbol": "BTCUSDT",
  "timestamp": 1750000000000,
} satisfies NonNullable<operations['newMarginUniversalTransfer']['requestBody']>['content']['application/x-www-form-urlencoded'];

/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
import type { ErrorCodeMeta, ExecutionStatusMeta, OperationMeta, RateLimitMeta, TimingMeta } from '../meta-types.js';

/** How the portfolio-margin API reads `timestamp` and `recvWindow` (spec `x-binance-timing`). */
export const portfolioMarginTiming = {
  "timestampUnits": [
    "MILLISECOND"
  ],
  "aheadToleranceMs": 1000,
  "recvWindowDefault": 5000,
  "recvWindowMax": 60000,
  "recvWindowFractionDigits": 0,
  "recvWindowTooLargeCode": -1130,
  "outsideWindowCode": -1021,
  "description": "`timestamp` in milliseconds only; `recvWindow` a whole number of milliseconds (the pages type it LONG), default 5000, at most 60000. The Portfolio Margin error-code page has no -1131, so a larger `recvWindow` is answered with its generic -1130 INVALID_PARAMETER (\"Data sent for parameter 'recvWindow' is not valid.\"): an inference from the catalogue, not a documented example. A request is rejected with -1021 when its timestamp is one second or more ahead of the server clock or older than `recvWindow`; a microsecond timestamp reads as a time far in the future and is rejected the same way.",
  "source": "https://developers.binance.com/docs/derivatives/portfolio-margin/general-info"
} as const satisfies TimingMeta;

/** GET /papi/v1/margin/order: Query margin order (USER_DATA) */
export const getMarginOrder = {
  "api": "portfolioMargin",
  "operationId": "getMarginOrder",
  "method": "GET",
  "path": "/papi/v1/margin/order",
  "summary": "Query margin order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "accountId": "int64",
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "preventedMatchId": "int64",
      "preventedQuantity": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "accountId",
      "orderId",
      "preventedMatchId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/margin/order: New margin order (TRADE) */
export const newMarginOrder = {
  "api": "portfolioMargin",
  "operationId": "newMarginOrder",
  "method": "POST",
  "path": "/papi/v1/margin/order",
  "summary": "New margin order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT",
        "MARKET",
        "STOP_LOSS",
        "STOP_LOSS_LIMIT",
        "TAKE_PROFIT",
        "TAKE_PROFIT_LIMIT",
        "LIMIT_MAKER"
      ]
    },
    "quantity": {
      "kind": "decimal"
    },
    "quoteOrderQty": {
      "kind": "decimal"
    },
    "price": {
      "kind": "decimal"
    },
    "stopPrice": {
      "kind": "decimal"
    },
    "newClientOrderId": {
      "kind": "string"
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT",
        "FULL"
      ]
    },
    "icebergQty": {
      "kind": "decimal"
    },
    "sideEffectType": {
      "kind": "enum",
      "values": [
        "NO_SIDE_EFFECT",
        "MARGIN_BUY",
        "AUTO_REPAY",
        "AUTO_BORROW_REPAY"
      ],
      "default": "NO_SIDE_EFFECT"
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "selfTradePreventionMode": {
      "kind": "enum",
      "values": [
        "EXPIRE_TAKER",
        "EXPIRE_MAKER",
        "EXPIRE_BOTH",
        "NONE"
      ]
    },
    "autoRepayAtCancel": {
      "kind": "boolean",
      "default": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "timeInForce",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT_LIMIT"
        ]
      },
      "description": "`LIMIT`, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` orders need `timeInForce`."
    },
    {
      "kind": "requiredWhen",
      "param": "quantity",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "STOP_LOSS",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT",
          "TAKE_PROFIT_LIMIT",
          "LIMIT_MAKER"
        ]
      },
      "description": "Every order type except `MARKET` needs `quantity`."
    },
    {
      "kind": "requiredWhen",
      "param": "price",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT_LIMIT",
          "LIMIT_MAKER"
        ]
      },
      "description": "`LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders need a limit `price`."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "quantity",
        "quoteOrderQty"
      ],
      "when": {
        "param": "type",
        "in": [
          "MARKET"
        ]
      },
      "description": "A `MARKET` order needs `quantity` (base asset) or `quoteOrderQty` (quote asset to spend or receive)."
    },
    {
      "kind": "requiredWhen",
      "param": "stopPrice",
      "when": {
        "param": "type",
        "in": [
          "STOP_LOSS",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT",
          "TAKE_PROFIT_LIMIT"
        ]
      },
      "description": "Stop-loss and take-profit orders need their trigger price, `stopPrice`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "quoteOrderQty",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "STOP_LOSS",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT",
          "TAKE_PROFIT_LIMIT",
          "LIMIT_MAKER"
        ]
      },
      "description": "Only `MARKET` orders take `quoteOrderQty`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "timeInForce",
      "when": {
        "param": "type",
        "in": [
          "MARKET",
          "STOP_LOSS",
          "TAKE_PROFIT",
          "LIMIT_MAKER"
        ]
      },
      "description": "`MARKET`, `STOP_LOSS`, `TAKE_PROFIT` and `LIMIT_MAKER` orders take no `timeInForce`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "price",
      "when": {
        "param": "type",
        "in": [
          "MARKET",
          "STOP_LOSS",
          "TAKE_PROFIT"
        ]
      },
      "description": "`MARKET`, `STOP_LOSS` and `TAKE_PROFIT` orders execute at market and take no `price`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "stopPrice",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "MARKET",
          "LIMIT_MAKER"
        ]
      },
      "description": "Only stop-loss and take-profit orders take `stopPrice`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "icebergQty",
      "when": {
        "param": "type",
        "in": [
          "MARKET",
          "STOP_LOSS",
          "TAKE_PROFIT"
        ]
      },
      "description": "Only `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` and `LIMIT_MAKER` orders can be icebergs."
    },
    {
      "kind": "forbiddenWhen",
      "param": "icebergQty",
      "when": {
        "param": "timeInForce",
        "in": [
          "IOC",
          "FOK"
        ]
      },
      "description": "An iceberg order must rest on the book, so its `timeInForce` is `GTC`."
    },
    {
      "kind": "exclusive",
      "param": "quantity",
      "excludes": [
        "quoteOrderQty"
      ],
      "description": "A `MARKET` order gives its size either in the base asset or in the quote asset, not both."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "fills": {
        "commission": "decimal",
        "price": "decimal",
        "qty": "decimal",
        "tradeId": "int64"
      },
      "marginBuyBorrowAmount": "lenientDecimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "marginBuyBorrowAmount",
      "orderId",
      "tradeId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "newClientOrderId",
  "timing": portfolioMarginTiming,
  "responseVariants": {
    "param": "newOrderRespType",
    "by": "value",
    "default": [
      {
        "when": {
          "param": "type",
          "in": [
            "MARKET",
            "LIMIT"
          ]
        },
        "variant": "FULL"
      },
      {
        "variant": "ACK"
      }
    ],
    "variants": {
      "ACK": {},
      "RESULT": {
        "present": [
          "price",
          "origQty",
          "executedQty",
          "cummulativeQuoteQty",
          "status",
          "timeInForce",
          "type",
          "side"
        ]
      },
      "FULL": {
        "present": [
          "price",
          "origQty",
          "executedQty",
          "cummulativeQuoteQty",
          "status",
          "timeInForce",
          "type",
          "side",
          "fills"
        ]
      }
    }
  }
} as const satisfies OperationMeta;

/** DELETE /papi/v1/margin/order: Cancel margin order (TRADE) */
export const cancelMarginOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelMarginOrder",
  "method": "DELETE",
  "path": "/papi/v1/margin/order",
  "summary": "Cancel margin order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 2
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "newClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "orderListId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/openOrders: Query current margin open orders (USER_DATA) */
export const getMarginOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "getMarginOpenOrders",
  "method": "GET",
  "path": "/papi/v1/margin/openOrders",
  "summary": "Query current margin open orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5,
    "note": "Without `symbol`, the weight equals the number of symbols currently trading on the exchange, which the client cannot know in advance."
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "accountId": "int64",
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "preventedMatchId": "int64",
      "preventedQuantity": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "accountId",
      "orderId",
      "preventedMatchId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/margin/allOpenOrders: Cancel all margin open orders on a symbol (TRADE) */
export const cancelMarginAllOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelMarginAllOpenOrders",
  "method": "DELETE",
  "path": "/papi/v1/margin/allOpenOrders",
  "summary": "Cancel all margin open orders on a symbol (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "orderListId": "int64",
      "orderReports": {
        "cummulativeQuoteQty": "decimal",
        "executedQty": "decimal",
        "icebergQty": "decimal",
        "orderId": "int64",
        "orderListId": "int64",
        "origQty": "decimal",
        "price": "decimal",
        "stopPrice": "decimal"
      },
      "orders": {
        "orderId": "int64"
      },
      "origQty": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/allOrders: Query all margin orders (USER_DATA) */
export const getMarginAllOrders = {
  "api": "portfolioMargin",
  "operationId": "getMarginAllOrders",
  "method": "GET",
  "path": "/papi/v1/margin/allOrders",
  "summary": "Query all margin orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 500
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "accountId": "int64",
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "preventedMatchId": "int64",
      "preventedQuantity": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "accountId",
      "orderId",
      "preventedMatchId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/margin/order/oco: New margin OCO (TRADE) */
export const newMarginOco = {
  "api": "portfolioMargin",
  "operationId": "newMarginOco",
  "method": "POST",
  "path": "/papi/v1/margin/order/oco",
  "summary": "New margin OCO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 1,
    "note": "Binance labels this weight \"(Order)\". Separately, an OCO list counts as two orders against the account's order limit of 1200 per minute."
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "listClientOrderId": {
      "kind": "string"
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "quantity": {
      "kind": "decimal",
      "required": true
    },
    "limitClientOrderId": {
      "kind": "string"
    },
    "price": {
      "kind": "decimal",
      "required": true
    },
    "limitIcebergQty": {
      "kind": "decimal"
    },
    "stopClientOrderId": {
      "kind": "string"
    },
    "stopPrice": {
      "kind": "decimal",
      "required": true
    },
    "stopLimitPrice": {
      "kind": "decimal"
    },
    "stopIcebergQty": {
      "kind": "decimal"
    },
    "stopLimitTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT"
      ]
    },
    "sideEffectType": {
      "kind": "enum",
      "values": [
        "NO_SIDE_EFFECT",
        "MARGIN_BUY",
        "AUTO_REPAY"
      ],
      "default": "NO_SIDE_EFFECT"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requires",
      "param": "stopLimitPrice",
      "requires": [
        "stopLimitTimeInForce"
      ],
      "description": "Sending `stopLimitPrice` turns the stop leg into a `STOP_LOSS_LIMIT` order, which then needs its time in force: `stopLimitTimeInForce` must be sent too, or Binance answers -1102."
    },
    {
      "kind": "forbiddenWhen",
      "param": "stopLimitTimeInForce",
      "when": {
        "param": "stopLimitPrice",
        "absent": true
      },
      "description": "`stopLimitTimeInForce` belongs to a stop-limit leg; without `stopLimitPrice` the stop leg is a `STOP_LOSS` order and takes none."
    }
  ],
  "response": {
    "fields": {
      "marginBuyBorrowAmount": "lenientDecimal",
      "orderListId": "int64",
      "orderReports": {
        "cummulativeQuoteQty": "decimal",
        "executedQty": "decimal",
        "icebergQty": "decimal",
        "orderId": "int64",
        "orderListId": "int64",
        "origQty": "decimal",
        "price": "decimal",
        "stopPrice": "decimal"
      },
      "orders": {
        "orderId": "int64"
      }
    },
    "losslessKeys": [
      "marginBuyBorrowAmount",
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": true,
  "orderCount": 2,
  "endpointLimits": [],
  "clientIdParam": "listClientOrderId",
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/orderList: Query margin OCO (USER_DATA) */
export const getMarginOco = {
  "api": "portfolioMargin",
  "operationId": "getMarginOco",
  "method": "GET",
  "path": "/papi/v1/margin/orderList",
  "summary": "Query margin OCO (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "orderListId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderListId",
        "origClientOrderId"
      ],
      "description": "Name the list by `orderListId` or by `origClientOrderId` (the list's client id). Sending neither is rejected with -1102."
    }
  ],
  "response": {
    "fields": {
      "orderListId": "int64",
      "orders": {
        "orderId": "int64"
      }
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/margin/orderList: Cancel margin OCO (TRADE) */
export const cancelMarginOco = {
  "api": "portfolioMargin",
  "operationId": "cancelMarginOco",
  "method": "DELETE",
  "path": "/papi/v1/margin/orderList",
  "summary": "Cancel margin OCO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 2
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderListId": {
      "kind": "int64",
      "minimum": 0
    },
    "listClientOrderId": {
      "kind": "string"
    },
    "newClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderListId",
        "listClientOrderId"
      ],
      "description": "Name the list by `orderListId` or by `listClientOrderId`. Sending neither is rejected with -1102."
    }
  ],
  "response": {
    "fields": {
      "orderListId": "int64",
      "orderReports": {
        "cummulativeQuoteQty": "decimal",
        "executedQty": "decimal",
        "icebergQty": "decimal",
        "orderId": "int64",
        "orderListId": "int64",
        "origQty": "decimal",
        "price": "decimal",
        "stopPrice": "decimal"
      },
      "orders": {
        "orderId": "int64"
      }
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/allOrderList: Query all margin OCO (USER_DATA) */
export const getMarginAllOco = {
  "api": "portfolioMargin",
  "operationId": "getMarginAllOco",
  "method": "GET",
  "path": "/papi/v1/margin/allOrderList",
  "summary": "Query all margin OCO (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "fromId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 500
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "exclusive",
      "param": "fromId",
      "excludes": [
        "startTime",
        "endTime"
      ],
      "description": "`fromId` pages by list id and cannot be mixed with a time window: when it is sent, neither `startTime` nor `endTime` may be (-1128 otherwise)."
    }
  ],
  "response": {
    "fields": {
      "orderListId": "int64",
      "orders": {
        "orderId": "int64"
      }
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/openOrderList: Query open margin OCO (USER_DATA) */
export const getMarginOpenOco = {
  "api": "portfolioMargin",
  "operationId": "getMarginOpenOco",
  "method": "GET",
  "path": "/papi/v1/margin/openOrderList",
  "summary": "Query open margin OCO (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "orderListId": "int64",
      "orders": {
        "orderId": "int64"
      }
    },
    "losslessKeys": [
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/myTrades: Margin account trade list (USER_DATA) */
export const getMarginTrades = {
  "api": "portfolioMargin",
  "operationId": "getMarginTrades",
  "method": "GET",
  "path": "/papi/v1/margin/myTrades",
  "summary": "Margin account trade list (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "fromId": {
      "kind": "int64",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 86400000,
      "exclusive": true,
      "description": "When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be later than `endTime`; a wider window is rejected with -1127."
    }
  ],
  "response": {
    "fields": {
      "commission": "decimal",
      "id": "int64",
      "orderId": "int64",
      "price": "decimal",
      "qty": "decimal"
    },
    "losslessKeys": [
      "id",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/forceOrders: Query margin force orders (USER_DATA) */
export const getMarginForceOrders = {
  "api": "portfolioMargin",
  "operationId": "getMarginForceOrders",
  "method": "GET",
  "path": "/papi/v1/margin/forceOrders",
  "summary": "Query margin force orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "current": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "size": {
      "kind": "integer",
      "default": 10,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "rows": {
        "avgPrice": "decimal",
        "executedQty": "decimal",
        "orderId": "int64",
        "price": "decimal",
        "qty": "decimal"
      }
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/marginLoan: Margin account borrow (MARGIN) */
export const marginBorrow = {
  "api": "portfolioMargin",
  "operationId": "marginBorrow",
  "method": "POST",
  "path": "/papi/v1/marginLoan",
  "summary": "Margin account borrow (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "body",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "amount": {
      "kind": "decimal",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "tranId": "int64"
    },
    "losslessKeys": [
      "tranId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/repayLoan: Margin account repay (MARGIN) */
export const marginRepay = {
  "api": "portfolioMargin",
  "operationId": "marginRepay",
  "method": "POST",
  "path": "/papi/v1/repayLoan",
  "summary": "Margin account repay (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "body",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "amount": {
      "kind": "decimal",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "tranId": "int64"
    },
    "losslessKeys": [
      "tranId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/marginLoan: Query margin loan records (USER_DATA) */
export const getMarginLoanRecords = {
  "api": "portfolioMargin",
  "operationId": "getMarginLoanRecords",
  "method": "GET",
  "path": "/papi/v1/margin/marginLoan",
  "summary": "Query margin loan records (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "txId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "current": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "size": {
      "kind": "integer",
      "default": 10,
      "minimum": 1,
      "maximum": 100
    },
    "archived": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "txId",
        "startTime"
      ],
      "precedence": "txId",
      "description": "Send `txId` to fetch one borrowing or `startTime` to list a range; `txId` wins when both are sent."
    },
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 2592000000,
      "description": "`startTime` and `endTime` may be at most 30 days apart."
    }
  ],
  "response": {
    "fields": {
      "rows": {
        "principal": "decimal",
        "txId": "int64"
      }
    },
    "losslessKeys": [
      "txId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/repayLoan: Query margin repay records (USER_DATA) */
export const getMarginRepayRecords = {
  "api": "portfolioMargin",
  "operationId": "getMarginRepayRecords",
  "method": "GET",
  "path": "/papi/v1/margin/repayLoan",
  "summary": "Query margin repay records (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "txId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "current": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "size": {
      "kind": "integer",
      "default": 10,
      "minimum": 1,
      "maximum": 100
    },
    "archived": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "txId",
        "startTime"
      ],
      "precedence": "txId",
      "description": "Send `txId` to fetch one repayment or `startTime` to list a range; `txId` wins when both are sent."
    },
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 2592000000,
      "description": "`startTime` and `endTime` may be at most 30 days apart."
    }
  ],
  "response": {
    "fields": {
      "rows": {
        "amount": "decimal",
        "interest": "decimal",
        "principal": "decimal",
        "txId": "int64"
      }
    },
    "losslessKeys": [
      "txId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/maxBorrowable: Query margin max borrow (USER_DATA) */
export const getMarginMaxBorrowable = {
  "api": "portfolioMargin",
  "operationId": "getMarginMaxBorrowable",
  "method": "GET",
  "path": "/papi/v1/margin/maxBorrowable",
  "summary": "Query margin max borrow (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "amount": "decimal",
      "borrowLimit": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/maxWithdraw: Query margin max withdraw (USER_DATA) */
export const getMarginMaxWithdraw = {
  "api": "portfolioMargin",
  "operationId": "getMarginMaxWithdraw",
  "method": "GET",
  "path": "/papi/v1/margin/maxWithdraw",
  "summary": "Query margin max withdraw (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "amount": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/account: Account information (USER_DATA) */
export const getAccount = {
  "api": "portfolioMargin",
  "operationId": "getAccount",
  "method": "GET",
  "path": "/papi/v1/account",
  "summary": "Account information (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "accountEquity": "decimal",
      "accountInitialMargin": "decimal",
      "accountMaintMargin": "decimal",
      "actualEquity": "decimal",
      "totalAvailableBalance": "decimalOrEmpty",
      "totalMarginOpenLoss": "decimalOrEmpty",
      "uniMMR": "decimal",
      "virtualMaxWithdrawAmount": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/balance: Account balance (USER_DATA) */
export const getBalance = {
  "api": "portfolioMargin",
  "operationId": "getBalance",
  "method": "GET",
  "path": "/papi/v1/balance",
  "summary": "Account balance (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "cmUnrealizedPNL": "decimalOrEmpty",
      "cmWalletBalance": "decimal",
      "crossMarginAsset": "decimal",
      "crossMarginBorrowed": "decimal",
      "crossMarginFree": "decimal",
      "crossMarginInterest": "decimal",
      "crossMarginLocked": "decimal",
      "negativeBalance": "decimal",
      "totalWalletBalance": "decimal",
      "umUnrealizedPNL": "decimal",
      "umWalletBalance": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming,
  "responseVariants": {
    "param": "asset",
    "by": "presence",
    "variants": {
      "sent": {
        "shape": "object"
      },
      "notSent": {
        "shape": "array"
      }
    }
  }
} as const satisfies OperationMeta;

/** GET /papi/v1/margin/marginInterestHistory: Get margin borrow/loan interest history (USER_DATA) */
export const getMarginInterestHistory = {
  "api": "portfolioMargin",
  "operationId": "getMarginInterestHistory",
  "method": "GET",
  "path": "/papi/v1/margin/marginInterestHistory",
  "summary": "Get margin borrow/loan interest history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string"
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "current": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "size": {
      "kind": "integer",
      "default": 10,
      "minimum": 1,
      "maximum": 100
    },
    "archived": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 2592000000,
      "description": "`startTime` and `endTime` may be at most 30 days apart."
    }
  ],
  "response": {
    "fields": {
      "rows": {
        "interest": "decimal",
        "interestRate": "decimal",
        "principal": "decimal",
        "txId": "int64"
      }
    },
    "losslessKeys": [
      "txId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/portfolio/interest-history: Query portfolio margin negative balance interest history (USER_DATA) */
export const getNegativeBalanceInterestHistory = {
  "api": "portfolioMargin",
  "operationId": "getNegativeBalanceInterestHistory",
  "method": "GET",
  "path": "/papi/v1/portfolio/interest-history",
  "summary": "Query portfolio margin negative balance interest history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 50
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string"
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "size": {
      "kind": "integer",
      "default": 10,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 2592000000,
      "description": "`startTime` and `endTime` may be at most 30 days apart."
    }
  ],
  "response": {
    "fields": {
      "interest": "decimal",
      "interestRate": "decimal",
      "principal": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/listenKey: Start user data stream (USER_STREAM) */
export const createListenKey = {
  "api": "portfolioMargin",
  "operationId": "createListenKey",
  "method": "POST",
  "path": "/papi/v1/listenKey",
  "summary": "Start user data stream (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {},
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** PUT /papi/v1/listenKey: Keepalive user data stream (USER_STREAM) */
export const keepAliveListenKey = {
  "api": "portfolioMargin",
  "operationId": "keepAliveListenKey",
  "method": "PUT",
  "path": "/papi/v1/listenKey",
  "summary": "Keepalive user data stream (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {},
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** DELETE /papi/v1/listenKey: Close user data stream (USER_STREAM) */
export const closeListenKey = {
  "api": "portfolioMargin",
  "operationId": "closeListenKey",
  "method": "DELETE",
  "path": "/papi/v1/listenKey",
  "summary": "Close user data stream (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {},
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /papi/v1/ping: Test connectivity (NONE) */
export const ping = {
  "api": "portfolioMargin",
  "operationId": "ping",
  "method": "GET",
  "path": "/papi/v1/ping",
  "summary": "Test connectivity (NONE)",
  "security": "NONE",
  "signed": false,
  "apiKey": false,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {},
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /papi/v1/um/order: Query UM order (USER_DATA) */
export const getUmOrder = {
  "api": "portfolioMargin",
  "operationId": "getUmOrder",
  "method": "GET",
  "path": "/papi/v1/um/order",
  "summary": "Query UM order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/order: New UM order (TRADE) */
export const newUmOrder = {
  "api": "portfolioMargin",
  "operationId": "newUmOrder",
  "method": "POST",
  "path": "/papi/v1/um/order",
  "summary": "New UM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "positionSide": {
      "kind": "enum",
      "values": [
        "BOTH",
        "LONG",
        "SHORT"
      ]
    },
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT",
        "MARKET"
      ]
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK",
        "GTX",
        "GTD"
      ]
    },
    "quantity": {
      "kind": "decimal"
    },
    "reduceOnly": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "price": {
      "kind": "decimal"
    },
    "newClientOrderId": {
      "kind": "string"
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT"
      ],
      "default": "ACK"
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "selfTradePreventionMode": {
      "kind": "enum",
      "values": [
        "NONE",
        "EXPIRE_TAKER",
        "EXPIRE_MAKER",
        "EXPIRE_BOTH"
      ]
    },
    "goodTillDate": {
      "kind": "integer",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "timeInForce",
      "when": {
        "param": "type",
        "in": [
          "LIMIT"
        ]
      },
      "description": "`LIMIT` orders need `timeInForce` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "quantity",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "MARKET"
        ]
      },
      "description": "Both order types need `quantity` (-1102)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "price",
      "when": {
        "param": "type",
        "in": [
          "MARKET"
        ]
      },
      "description": "`MARKET` orders take no `price` (-1106)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "priceMatch",
      "when": {
        "param": "type",
        "in": [
          "MARKET"
        ]
      },
      "description": "`priceMatch` applies to `LIMIT` orders only (-1106)."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "price",
        "priceMatch"
      ],
      "when": {
        "param": "type",
        "in": [
          "LIMIT"
        ]
      },
      "description": "`LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent)."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing."
    },
    {
      "kind": "requiredWhen",
      "param": "goodTillDate",
      "when": {
        "param": "timeInForce",
        "in": [
          "GTD"
        ]
      },
      "description": "`GTD` orders need `goodTillDate` (-1102)."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "newClientOrderId",
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** PUT /papi/v1/um/order: Modify UM order (TRADE) */
export const modifyUmOrder = {
  "api": "portfolioMargin",
  "operationId": "modifyUmOrder",
  "method": "PUT",
  "path": "/papi/v1/um/order",
  "summary": "Modify UM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "quantity": {
      "kind": "decimal",
      "required": true
    },
    "price": {
      "kind": "decimal",
      "required": true
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "modifyId": {
      "kind": "int64",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/order: Cancel UM order (TRADE) */
export const cancelUmOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelUmOrder",
  "method": "DELETE",
  "path": "/papi/v1/um/order",
  "summary": "Cancel UM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/openOrder: Query current UM open order (USER_DATA) */
export const getUmOpenOrder = {
  "api": "portfolioMargin",
  "operationId": "getUmOpenOrder",
  "method": "GET",
  "path": "/papi/v1/um/openOrder",
  "summary": "Query current UM open order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/openOrders: Query all current UM open orders (USER_DATA) */
export const getUmOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmOpenOrders",
  "method": "GET",
  "path": "/papi/v1/um/openOrders",
  "summary": "Query all current UM open orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/allOrders: Query all UM orders (USER_DATA) */
export const getUmAllOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmAllOrders",
  "method": "GET",
  "path": "/papi/v1/um/allOrders",
  "summary": "Query all UM orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 604800000,
      "description": "The window may not exceed 7 days (-1127); without times the last 7 days are listed."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/allOpenOrders: Cancel all UM open orders (TRADE) */
export const cancelUmAllOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelUmAllOpenOrders",
  "method": "DELETE",
  "path": "/papi/v1/um/allOpenOrders",
  "summary": "Cancel all UM open orders (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/userTrades: UM account trade list (USER_DATA) */
export const getUmTrades = {
  "api": "portfolioMargin",
  "operationId": "getUmTrades",
  "method": "GET",
  "path": "/papi/v1/um/userTrades",
  "summary": "UM account trade list (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "fromId": {
      "kind": "int64",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "exclusive",
      "param": "fromId",
      "excludes": [
        "startTime",
        "endTime"
      ],
      "description": "`fromId` cannot go with `startTime`/`endTime` (-1128)."
    },
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 604800000,
      "description": "At most 7 days between the times (-1127); without times the last 7 days."
    }
  ],
  "response": {
    "fields": {
      "commission": "decimal",
      "id": "int64",
      "orderId": "int64",
      "price": "decimal",
      "qty": "decimal",
      "quoteQty": "decimal",
      "realizedPnl": "decimal"
    },
    "losslessKeys": [
      "id",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/orderAmendment: Query UM modify order history (TRADE) */
export const getUmOrderAmendments = {
  "api": "portfolioMargin",
  "operationId": "getUmOrderAmendments",
  "method": "GET",
  "path": "/papi/v1/um/orderAmendment",
  "summary": "Query UM modify order history (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "amendment": {
        "modifyId": "int64",
        "origQty": {
          "after": "decimal",
          "before": "decimal"
        },
        "price": {
          "after": "decimal",
          "before": "decimal"
        }
      },
      "amendmentId": "int64",
      "orderId": "int64"
    },
    "losslessKeys": [
      "amendmentId",
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/forceOrders: Query user's UM force orders (USER_DATA) */
export const getUmForceOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmForceOrders",
  "method": "GET",
  "path": "/papi/v1/um/forceOrders",
  "summary": "Query user's UM force orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 50,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 20
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "autoCloseType": {
      "kind": "enum",
      "values": [
        "LIQUIDATION",
        "ADL"
      ]
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 50,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumQty": "decimal",
      "cumQuote": "decimal",
      "executedQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/conditional/order: New UM conditional order (TRADE) */
export const newUmConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "newUmConditionalOrder",
  "method": "POST",
  "path": "/papi/v1/um/conditional/order",
  "summary": "New UM conditional order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "positionSide": {
      "kind": "enum",
      "values": [
        "BOTH",
        "LONG",
        "SHORT"
      ]
    },
    "strategyType": {
      "kind": "enum",
      "required": true,
      "values": [
        "STOP",
        "STOP_MARKET",
        "TAKE_PROFIT",
        "TAKE_PROFIT_MARKET",
        "TRAILING_STOP_MARKET"
      ]
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK",
        "GTX",
        "GTD"
      ]
    },
    "quantity": {
      "kind": "decimal"
    },
    "reduceOnly": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "price": {
      "kind": "decimal"
    },
    "workingType": {
      "kind": "enum",
      "values": [
        "MARK_PRICE",
        "CONTRACT_PRICE"
      ],
      "default": "CONTRACT_PRICE"
    },
    "priceProtect": {
      "kind": "booleanString",
      "values": [
        "TRUE",
        "FALSE"
      ],
      "spelling": [
        "TRUE",
        "FALSE"
      ],
      "default": "FALSE"
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "stopPrice": {
      "kind": "decimal"
    },
    "activationPrice": {
      "kind": "decimal"
    },
    "callbackRate": {
      "kind": "decimal"
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "selfTradePreventionMode": {
      "kind": "enum",
      "values": [
        "NONE",
        "EXPIRE_TAKER",
        "EXPIRE_MAKER",
        "EXPIRE_BOTH"
      ]
    },
    "goodTillDate": {
      "kind": "integer",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "stopPrice",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "STOP_MARKET",
          "TAKE_PROFIT",
          "TAKE_PROFIT_MARKET"
        ]
      },
      "description": "The stop and take-profit types need `stopPrice` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "quantity",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "TAKE_PROFIT"
        ]
      },
      "description": "`STOP` and `TAKE_PROFIT` need `quantity` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "callbackRate",
      "when": {
        "param": "strategyType",
        "in": [
          "TRAILING_STOP_MARKET"
        ]
      },
      "description": "`TRAILING_STOP_MARKET` needs `callbackRate` (-1102)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "callbackRate",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "STOP_MARKET",
          "TAKE_PROFIT",
          "TAKE_PROFIT_MARKET"
        ]
      },
      "description": "`callbackRate` belongs to trailing stops (-1106)."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "price",
        "priceMatch"
      ],
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "TAKE_PROFIT"
        ]
      },
      "description": "`STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent)."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`price` and `priceMatch` cannot go together (-1128)."
    },
    {
      "kind": "requiredWhen",
      "param": "goodTillDate",
      "when": {
        "param": "timeInForce",
        "in": [
          "GTD"
        ]
      },
      "description": "`GTD` needs `goodTillDate` (-1102)."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "newClientStrategyId",
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "POST /papi/v1/um/algo/order",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/conditional/order: Cancel UM conditional order (TRADE) */
export const cancelUmConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelUmConditionalOrder",
  "method": "DELETE",
  "path": "/papi/v1/um/conditional/order",
  "summary": "Cancel UM conditional order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "DELETE /papi/v1/um/algo/order",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/conditional/openOrder: Query current UM open conditional order (USER_DATA) */
export const getUmOpenConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "getUmOpenConditionalOrder",
  "method": "GET",
  "path": "/papi/v1/um/conditional/openOrder",
  "summary": "Query current UM open conditional order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "GET /papi/v1/um/algo/algoOrder",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/conditional/openOrders: Query all current UM open conditional orders (USER_DATA) */
export const getUmOpenConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmOpenConditionalOrders",
  "method": "GET",
  "path": "/papi/v1/um/conditional/openOrders",
  "summary": "Query all current UM open conditional orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "GET /papi/v1/um/algo/openAlgoOrders",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/conditional/orderHistory: Query UM conditional order history (USER_DATA) */
export const getUmConditionalOrderHistory = {
  "api": "portfolioMargin",
  "operationId": "getUmConditionalOrderHistory",
  "method": "GET",
  "path": "/papi/v1/um/conditional/orderHistory",
  "summary": "Query UM conditional order history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "GET /papi/v1/um/algo/allAlgoOrders",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/conditional/allOrders: Query all UM conditional orders (USER_DATA) */
export const getUmAllConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmAllConditionalOrders",
  "method": "GET",
  "path": "/papi/v1/um/conditional/allOrders",
  "summary": "Query all UM conditional orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 604800000,
      "description": "At most 7 days between the times (-1127); default the last 7 days."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "GET /papi/v1/um/algo/allAlgoOrders",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/conditional/allOpenOrders: Cancel all UM open conditional orders (TRADE) */
export const cancelUmAllOpenConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelUmAllOpenConditionalOrders",
  "method": "DELETE",
  "path": "/papi/v1/um/conditional/allOpenOrders",
  "summary": "Cancel all UM open conditional orders (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-28",
    "sunset": "2026-04-28T00:00:00Z",
    "replacement": "DELETE /papi/v1/um/algo/allOpenOrders",
    "note": "Binance moved UM conditional orders to the Algo Service; its (legacy) page says this endpoint answers HTTP 404 from 2026-04-28. The date of the announcement itself is not on the pages read, so `announced` repeats the 404 date. Field renames: strategyId→algoId, newClientStrategyId→clientAlgoId, strategyStatus→algoStatus, stopPrice→triggerPrice, activationPrice→activatePrice."
  },
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/algo/order: New UM algo order (TRADE) */
export const newUmAlgoOrder = {
  "api": "portfolioMargin",
  "operationId": "newUmAlgoOrder",
  "method": "POST",
  "path": "/papi/v1/um/algo/order",
  "summary": "New UM algo order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "algoType": {
      "kind": "enum",
      "required": true,
      "values": [
        "CONDITIONAL"
      ]
    },
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "positionSide": {
      "kind": "enum",
      "values": [
        "BOTH",
        "LONG",
        "SHORT"
      ]
    },
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "STOP",
        "STOP_MARKET",
        "TAKE_PROFIT",
        "TAKE_PROFIT_MARKET",
        "TRAILING_STOP_MARKET"
      ]
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK",
        "GTX",
        "GTD"
      ]
    },
    "quantity": {
      "kind": "decimal",
      "required": true
    },
    "price": {
      "kind": "decimal"
    },
    "triggerPrice": {
      "kind": "decimal"
    },
    "workingType": {
      "kind": "enum",
      "values": [
        "MARK_PRICE",
        "CONTRACT_PRICE"
      ],
      "default": "CONTRACT_PRICE"
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "priceProtect": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "reduceOnly": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "activatePrice": {
      "kind": "decimal"
    },
    "callbackRate": {
      "kind": "decimal"
    },
    "clientAlgoId": {
      "kind": "string"
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT"
      ],
      "default": "ACK"
    },
    "selfTradePreventionMode": {
      "kind": "enum",
      "values": [
        "NONE",
        "EXPIRE_TAKER",
        "EXPIRE_MAKER",
        "EXPIRE_BOTH"
      ]
    },
    "goodTillDate": {
      "kind": "integer",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "triggerPrice",
      "when": {
        "param": "type",
        "in": [
          "STOP",
          "STOP_MARKET",
          "TAKE_PROFIT",
          "TAKE_PROFIT_MARKET"
        ]
      },
      "description": "The stop and take-profit types need `triggerPrice` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "callbackRate",
      "when": {
        "param": "type",
        "in": [
          "TRAILING_STOP_MARKET"
        ]
      },
      "description": "`TRAILING_STOP_MARKET` needs `callbackRate` (-1102)."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "price",
        "priceMatch"
      ],
      "when": {
        "param": "type",
        "in": [
          "STOP",
          "TAKE_PROFIT"
        ]
      },
      "description": "`STOP` and `TAKE_PROFIT` orders need `price` or `priceMatch` (-1102 when neither is sent)."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`price` and `priceMatch` cannot go together (-1128)."
    },
    {
      "kind": "requiredWhen",
      "param": "goodTillDate",
      "when": {
        "param": "timeInForce",
        "in": [
          "GTD"
        ]
      },
      "description": "`GTD` needs `goodTillDate` (-1102)."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimalOrEmpty",
      "actualPrice": "decimal",
      "algoId": "int64",
      "callbackRate": "decimalOrEmpty",
      "price": "decimal",
      "quantity": "decimal",
      "triggerPrice": "decimal"
    },
    "losslessKeys": [
      "algoId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "clientAlgoId",
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/algo/order: Cancel UM algo order (TRADE) */
export const cancelUmAlgoOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelUmAlgoOrder",
  "method": "DELETE",
  "path": "/papi/v1/um/algo/order",
  "summary": "Cancel UM algo order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "algoId": {
      "kind": "int64",
      "minimum": 0
    },
    "clientAlgoId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "algoId",
        "clientAlgoId"
      ],
      "precedence": "algoId",
      "description": "Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/algo/algoOrder: Query current UM open algo order (USER_DATA) */
export const getUmAlgoOrder = {
  "api": "portfolioMargin",
  "operationId": "getUmAlgoOrder",
  "method": "GET",
  "path": "/papi/v1/um/algo/algoOrder",
  "summary": "Query current UM open algo order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "algoId": {
      "kind": "int64",
      "minimum": 0
    },
    "clientAlgoId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "algoId",
        "clientAlgoId"
      ],
      "precedence": "algoId",
      "description": "Name the algo order by `algoId` or by `clientAlgoId`. Sending neither is rejected with -1102; when both are sent, `algoId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimalOrEmpty",
      "actualPrice": "decimal",
      "algoId": "int64",
      "callbackRate": "decimalOrEmpty",
      "price": "decimal",
      "quantity": "decimal",
      "triggerPrice": "decimal"
    },
    "losslessKeys": [
      "algoId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/algo/openAlgoOrders: Query all current UM open algo orders (USER_DATA) */
export const getUmOpenAlgoOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmOpenAlgoOrders",
  "method": "GET",
  "path": "/papi/v1/um/algo/openAlgoOrders",
  "summary": "Query all current UM open algo orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "algoType": {
      "kind": "enum",
      "values": [
        "CONDITIONAL"
      ]
    },
    "symbol": {
      "kind": "string"
    },
    "algoId": {
      "kind": "int64",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "activatePrice": "decimalOrEmpty",
      "actualPrice": "decimal",
      "algoId": "int64",
      "callbackRate": "decimalOrEmpty",
      "price": "decimal",
      "quantity": "decimal",
      "triggerPrice": "decimal"
    },
    "losslessKeys": [
      "algoId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/algo/allAlgoOrders: Query UM algo order history (USER_DATA) */
export const getUmAllAlgoOrders = {
  "api": "portfolioMargin",
  "operationId": "getUmAllAlgoOrders",
  "method": "GET",
  "path": "/papi/v1/um/algo/allAlgoOrders",
  "summary": "Query UM algo order history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "algoId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 604799999,
      "description": "The period must be less than 7 days (-1127); default the last 7 days."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimalOrEmpty",
      "actualPrice": "decimal",
      "algoId": "int64",
      "callbackRate": "decimalOrEmpty",
      "price": "decimal",
      "quantity": "decimal",
      "triggerPrice": "decimal"
    },
    "losslessKeys": [
      "algoId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/um/algo/allOpenOrders: Cancel all UM algo open orders (TRADE) */
export const cancelUmAllOpenAlgoOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelUmAllOpenAlgoOrders",
  "method": "DELETE",
  "path": "/papi/v1/um/algo/allOpenOrders",
  "summary": "Cancel all UM algo open orders (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/positionRisk: Query UM position information (USER_DATA) */
export const getUmPositionRisk = {
  "api": "portfolioMargin",
  "operationId": "getUmPositionRisk",
  "method": "GET",
  "path": "/papi/v1/um/positionRisk",
  "summary": "Query UM position information (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "entryPrice": "decimal",
      "leverage": "decimal",
      "liquidationPrice": "decimal",
      "markPrice": "decimal",
      "maxNotionalValue": "decimal",
      "notional": "decimal",
      "positionAmt": "decimal",
      "unRealizedProfit": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/leverage: Change UM initial leverage (TRADE) */
export const changeUmInitialLeverage = {
  "api": "portfolioMargin",
  "operationId": "changeUmInitialLeverage",
  "method": "POST",
  "path": "/papi/v1/um/leverage",
  "summary": "Change UM initial leverage (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "leverage": {
      "kind": "integer",
      "required": true,
      "minimum": 1,
      "maximum": 125
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "maxNotionalValue": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/positionSide/dual: Get UM current position mode (USER_DATA) */
export const getUmPositionMode = {
  "api": "portfolioMargin",
  "operationId": "getUmPositionMode",
  "method": "GET",
  "path": "/papi/v1/um/positionSide/dual",
  "summary": "Get UM current position mode (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/positionSide/dual: Change UM position mode (TRADE) */
export const changeUmPositionMode = {
  "api": "portfolioMargin",
  "operationId": "changeUmPositionMode",
  "method": "POST",
  "path": "/papi/v1/um/positionSide/dual",
  "summary": "Change UM position mode (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "dualSidePosition": {
      "kind": "booleanString",
      "required": true,
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/adlQuantile: UM position ADL quantile estimation (USER_DATA) */
export const getUmAdlQuantile = {
  "api": "portfolioMargin",
  "operationId": "getUmAdlQuantile",
  "method": "GET",
  "path": "/papi/v1/um/adlQuantile",
  "summary": "UM position ADL quantile estimation (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/order: Query CM order (USER_DATA) */
export const getCmOrder = {
  "api": "portfolioMargin",
  "operationId": "getCmOrder",
  "method": "GET",
  "path": "/papi/v1/cm/order",
  "summary": "Query CM order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/cm/order: New CM order (TRADE) */
export const newCmOrder = {
  "api": "portfolioMargin",
  "operationId": "newCmOrder",
  "method": "POST",
  "path": "/papi/v1/cm/order",
  "summary": "New CM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "positionSide": {
      "kind": "enum",
      "values": [
        "BOTH",
        "LONG",
        "SHORT"
      ]
    },
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT",
        "MARKET"
      ]
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK",
        "GTX"
      ]
    },
    "quantity": {
      "kind": "decimal"
    },
    "reduceOnly": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "price": {
      "kind": "decimal"
    },
    "newClientOrderId": {
      "kind": "string"
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT"
      ],
      "default": "ACK"
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "timeInForce",
      "when": {
        "param": "type",
        "in": [
          "LIMIT"
        ]
      },
      "description": "`LIMIT` orders need `timeInForce` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "quantity",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "MARKET"
        ]
      },
      "description": "Both order types need `quantity` (-1102)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "price",
      "when": {
        "param": "type",
        "in": [
          "MARKET"
        ]
      },
      "description": "`MARKET` orders take no `price` (-1106)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "priceMatch",
      "when": {
        "param": "type",
        "in": [
          "MARKET"
        ]
      },
      "description": "`priceMatch` applies to `LIMIT` orders only (-1106)."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "price",
        "priceMatch"
      ],
      "when": {
        "param": "type",
        "in": [
          "LIMIT"
        ]
      },
      "description": "`LIMIT` orders need `price` or `priceMatch` (-1102 when neither is sent)."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`price` and `priceMatch` cannot be sent together (-1128). A `LIMIT` order needs one of them; the mock answers -1102 when both are missing."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "newClientOrderId",
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** PUT /papi/v1/cm/order: Modify CM order (TRADE) */
export const modifyCmOrder = {
  "api": "portfolioMargin",
  "operationId": "modifyCmOrder",
  "method": "PUT",
  "path": "/papi/v1/cm/order",
  "summary": "Modify CM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "quantity": {
      "kind": "decimal",
      "required": true
    },
    "price": {
      "kind": "decimal",
      "required": true
    },
    "priceMatch": {
      "kind": "enum",
      "values": [
        "OPPONENT",
        "OPPONENT_5",
        "OPPONENT_10",
        "OPPONENT_20",
        "QUEUE",
        "QUEUE_5",
        "QUEUE_10",
        "QUEUE_20"
      ]
    },
    "modifyId": {
      "kind": "int64",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order to modify by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    },
    {
      "kind": "exclusive",
      "param": "price",
      "excludes": [
        "priceMatch"
      ],
      "description": "`priceMatch` cannot be sent together with `price` (-1128), as the page says; since `price` is mandatory here, a modification always names its price."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/cm/order: Cancel CM order (TRADE) */
export const cancelCmOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelCmOrder",
  "method": "DELETE",
  "path": "/papi/v1/cm/order",
  "summary": "Cancel CM order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order to cancel by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/openOrder: Query current CM open order (USER_DATA) */
export const getCmOpenOrder = {
  "api": "portfolioMargin",
  "operationId": "getCmOpenOrder",
  "method": "GET",
  "path": "/papi/v1/cm/openOrder",
  "summary": "Query current CM open order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/openOrders: Query all current CM open orders (USER_DATA) */
export const getCmOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "getCmOpenOrders",
  "method": "GET",
  "path": "/papi/v1/cm/openOrders",
  "summary": "Query all current CM open orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "pair": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/allOrders: Query all CM orders (USER_DATA) */
export const getCmAllOrders = {
  "api": "portfolioMargin",
  "operationId": "getCmAllOrders",
  "method": "GET",
  "path": "/papi/v1/cm/allOrders",
  "summary": "Query all CM orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20,
    "conditions": [
      {
        "param": "pair",
        "present": true,
        "value": 40
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "pair": {
      "kind": "string"
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 50,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "symbol",
        "pair"
      ],
      "description": "Send `symbol` or `pair` (-1102). The page marks `symbol` mandatory and then says either may be sent; the official connector makes both optional, as here."
    },
    {
      "kind": "exclusive",
      "param": "symbol",
      "excludes": [
        "pair"
      ],
      "description": "`symbol` and `pair` cannot be sent together (-1128)."
    }
  ],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/cm/allOpenOrders: Cancel all CM open orders (TRADE) */
export const cancelCmAllOpenOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelCmAllOpenOrders",
  "method": "DELETE",
  "path": "/papi/v1/cm/allOpenOrders",
  "summary": "Cancel all CM open orders (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/userTrades: CM account trade list (USER_DATA) */
export const getCmTrades = {
  "api": "portfolioMargin",
  "operationId": "getCmTrades",
  "method": "GET",
  "path": "/papi/v1/cm/userTrades",
  "summary": "CM account trade list (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20,
    "conditions": [
      {
        "param": "pair",
        "present": true,
        "value": 40
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "pair": {
      "kind": "string"
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "fromId": {
      "kind": "int64",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 50,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "exclusive",
      "param": "fromId",
      "excludes": [
        "startTime",
        "endTime",
        "pair"
      ],
      "description": "`fromId` cannot go with `startTime`/`endTime` or `pair` (-1128)."
    },
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 86400000,
      "description": "At most 24 hours between the times (-1127); without times the last 24 hours."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "symbol",
        "pair"
      ],
      "description": "Send `symbol` or `pair` (-1102)."
    },
    {
      "kind": "exclusive",
      "param": "symbol",
      "excludes": [
        "pair"
      ],
      "description": "`symbol` and `pair` cannot be sent together (-1128)."
    }
  ],
  "response": {
    "fields": {
      "baseQty": "decimal",
      "commission": "decimal",
      "id": "int64",
      "orderId": "int64",
      "price": "decimal",
      "qty": "decimal",
      "realizedPnl": "decimal"
    },
    "losslessKeys": [
      "id",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/orderAmendment: Query CM modify order history (TRADE) */
export const getCmOrderAmendments = {
  "api": "portfolioMargin",
  "operationId": "getCmOrderAmendments",
  "method": "GET",
  "path": "/papi/v1/cm/orderAmendment",
  "summary": "Query CM modify order history (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "ORDER",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 50,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "orderId",
        "origClientOrderId"
      ],
      "precedence": "orderId",
      "description": "Name the order by `orderId` or by `origClientOrderId`. Sending neither is rejected with -1102; when both are sent, `orderId` decides."
    }
  ],
  "response": {
    "fields": {
      "amendment": {
        "modifyId": "int64",
        "origQty": {
          "after": "decimal",
          "before": "decimal"
        },
        "price": {
          "after": "decimal",
          "before": "decimal"
        }
      },
      "amendmentId": "int64",
      "orderId": "int64"
    },
    "losslessKeys": [
      "amendmentId",
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/forceOrders: Query user's CM force orders (USER_DATA) */
export const getCmForceOrders = {
  "api": "portfolioMargin",
  "operationId": "getCmForceOrders",
  "method": "GET",
  "path": "/papi/v1/cm/forceOrders",
  "summary": "Query user's CM force orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 50,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 20
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "autoCloseType": {
      "kind": "enum",
      "values": [
        "LIQUIDATION",
        "ADL"
      ]
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 50,
      "minimum": 1,
      "maximum": 100
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "avgPrice": "decimal",
      "cumBase": "decimal",
      "cumQty": "decimal",
      "executedQty": "decimal",
      "modifyId": "int64",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal"
    },
    "losslessKeys": [
      "modifyId",
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/cm/conditional/order: New CM conditional order (TRADE) */
export const newCmConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "newCmConditionalOrder",
  "method": "POST",
  "path": "/papi/v1/cm/conditional/order",
  "summary": "New CM conditional order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "side": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "positionSide": {
      "kind": "enum",
      "values": [
        "BOTH",
        "LONG",
        "SHORT"
      ]
    },
    "strategyType": {
      "kind": "enum",
      "required": true,
      "values": [
        "STOP",
        "STOP_MARKET",
        "TAKE_PROFIT",
        "TAKE_PROFIT_MARKET",
        "TRAILING_STOP_MARKET"
      ]
    },
    "timeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK",
        "GTX"
      ]
    },
    "quantity": {
      "kind": "decimal"
    },
    "reduceOnly": {
      "kind": "booleanString",
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ],
      "default": "false"
    },
    "price": {
      "kind": "decimal"
    },
    "workingType": {
      "kind": "enum",
      "values": [
        "MARK_PRICE",
        "CONTRACT_PRICE"
      ],
      "default": "CONTRACT_PRICE"
    },
    "priceProtect": {
      "kind": "booleanString",
      "values": [
        "TRUE",
        "FALSE"
      ],
      "spelling": [
        "TRUE",
        "FALSE"
      ],
      "default": "FALSE"
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "stopPrice": {
      "kind": "decimal"
    },
    "activationPrice": {
      "kind": "decimal"
    },
    "callbackRate": {
      "kind": "decimal"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "stopPrice",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "STOP_MARKET",
          "TAKE_PROFIT",
          "TAKE_PROFIT_MARKET"
        ]
      },
      "description": "The stop and take-profit types need `stopPrice` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "quantity",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "TAKE_PROFIT"
        ]
      },
      "description": "`STOP` and `TAKE_PROFIT` need `quantity` (-1102)."
    },
    {
      "kind": "requiredWhen",
      "param": "callbackRate",
      "when": {
        "param": "strategyType",
        "in": [
          "TRAILING_STOP_MARKET"
        ]
      },
      "description": "`TRAILING_STOP_MARKET` needs `callbackRate` (-1102)."
    },
    {
      "kind": "forbiddenWhen",
      "param": "callbackRate",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "STOP_MARKET",
          "TAKE_PROFIT",
          "TAKE_PROFIT_MARKET"
        ]
      },
      "description": "`callbackRate` belongs to trailing stops (-1106)."
    },
    {
      "kind": "requiredWhen",
      "param": "price",
      "when": {
        "param": "strategyType",
        "in": [
          "STOP",
          "TAKE_PROFIT"
        ]
      },
      "description": "`STOP` and `TAKE_PROFIT` need `price` (-1102)."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": true,
  "orderCount": 1,
  "endpointLimits": [],
  "clientIdParam": "newClientStrategyId",
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/cm/conditional/order: Cancel CM conditional order (TRADE) */
export const cancelCmConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "cancelCmConditionalOrder",
  "method": "DELETE",
  "path": "/papi/v1/cm/conditional/order",
  "summary": "Cancel CM conditional order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/conditional/openOrder: Query current CM open conditional order (USER_DATA) */
export const getCmOpenConditionalOrder = {
  "api": "portfolioMargin",
  "operationId": "getCmOpenConditionalOrder",
  "method": "GET",
  "path": "/papi/v1/cm/conditional/openOrder",
  "summary": "Query current CM open conditional order (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/conditional/openOrders: Query all current CM open conditional orders (USER_DATA) */
export const getCmOpenConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "getCmOpenConditionalOrders",
  "method": "GET",
  "path": "/papi/v1/cm/conditional/openOrders",
  "summary": "Query all current CM open conditional orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/conditional/orderHistory: Query CM conditional order history (USER_DATA) */
export const getCmConditionalOrderHistory = {
  "api": "portfolioMargin",
  "operationId": "getCmConditionalOrderHistory",
  "method": "GET",
  "path": "/papi/v1/cm/conditional/orderHistory",
  "summary": "Query CM conditional order history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "newClientStrategyId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "atLeastOne",
      "params": [
        "strategyId",
        "newClientStrategyId"
      ],
      "precedence": "strategyId",
      "description": "Name the conditional order by `strategyId` or by `newClientStrategyId`. Sending neither is rejected with -1102; when both are sent, `strategyId` decides."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/conditional/allOrders: Query all CM conditional orders (USER_DATA) */
export const getCmAllConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "getCmAllConditionalOrders",
  "method": "GET",
  "path": "/papi/v1/cm/conditional/allOrders",
  "summary": "Query all CM conditional orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 40,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "strategyId": {
      "kind": "int64",
      "minimum": 0
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "limit": {
      "kind": "integer",
      "default": 500,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 604800000,
      "description": "At most 7 days between the times (-1127); default the last 7 days."
    }
  ],
  "response": {
    "fields": {
      "activatePrice": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "priceRate": "decimal",
      "stopPrice": "decimal",
      "strategyId": "int64"
    },
    "losslessKeys": [
      "orderId",
      "strategyId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** DELETE /papi/v1/cm/conditional/allOpenOrders: Cancel all CM open conditional orders (TRADE) */
export const cancelCmAllOpenConditionalOrders = {
  "api": "portfolioMargin",
  "operationId": "cancelCmAllOpenConditionalOrders",
  "method": "DELETE",
  "path": "/papi/v1/cm/conditional/allOpenOrders",
  "summary": "Cancel all CM open conditional orders (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/positionRisk: Query CM position information (USER_DATA) */
export const getCmPositionRisk = {
  "api": "portfolioMargin",
  "operationId": "getCmPositionRisk",
  "method": "GET",
  "path": "/papi/v1/cm/positionRisk",
  "summary": "Query CM position information (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "marginAsset": {
      "kind": "string"
    },
    "pair": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "exclusive",
      "param": "marginAsset",
      "excludes": [
        "pair"
      ],
      "description": "Send `marginAsset` or `pair`, not both (-1128)."
    }
  ],
  "response": {
    "fields": {
      "entryPrice": "decimal",
      "leverage": "decimal",
      "liquidationPrice": "decimal",
      "markPrice": "decimal",
      "maxQty": "decimal",
      "notionalValue": "decimal",
      "positionAmt": "decimal",
      "unRealizedProfit": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/cm/leverage: Change CM initial leverage (TRADE) */
export const changeCmInitialLeverage = {
  "api": "portfolioMargin",
  "operationId": "changeCmInitialLeverage",
  "method": "POST",
  "path": "/papi/v1/cm/leverage",
  "summary": "Change CM initial leverage (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "leverage": {
      "kind": "integer",
      "required": true,
      "minimum": 1,
      "maximum": 125
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "maxQty": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/positionSide/dual: Get CM current position mode (USER_DATA) */
export const getCmPositionMode = {
  "api": "portfolioMargin",
  "operationId": "getCmPositionMode",
  "method": "GET",
  "path": "/papi/v1/cm/positionSide/dual",
  "summary": "Get CM current position mode (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/cm/positionSide/dual: Change CM position mode (TRADE) */
export const changeCmPositionMode = {
  "api": "portfolioMargin",
  "operationId": "changeCmPositionMode",
  "method": "POST",
  "path": "/papi/v1/cm/positionSide/dual",
  "summary": "Change CM position mode (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "dualSidePosition": {
      "kind": "booleanString",
      "required": true,
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/adlQuantile: CM position ADL quantile estimation (USER_DATA) */
export const getCmAdlQuantile = {
  "api": "portfolioMargin",
  "operationId": "getCmAdlQuantile",
  "method": "GET",
  "path": "/papi/v1/cm/adlQuantile",
  "summary": "CM position ADL quantile estimation (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/account: Get UM account detail (USER_DATA) */
export const getUmAccount = {
  "api": "portfolioMargin",
  "operationId": "getUmAccount",
  "method": "GET",
  "path": "/papi/v1/um/account",
  "summary": "Get UM account detail (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "assets": {
        "crossUnPnl": "decimal",
        "crossWalletBalance": "decimal",
        "initialMargin": "decimal",
        "maintMargin": "decimal",
        "openOrderInitialMargin": "decimal",
        "positionInitialMargin": "decimal"
      },
      "positions": {
        "askNotional": "decimal",
        "bidNotional": "decimal",
        "entryPrice": "decimal",
        "initialMargin": "decimal",
        "leverage": "decimal",
        "maintMargin": "decimal",
        "maxNotional": "decimal",
        "openOrderInitialMargin": "decimal",
        "positionAmt": "decimal",
        "positionInitialMargin": "decimal",
        "unrealizedProfit": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v2/um/account: Get UM account detail V2 (USER_DATA) */
export const getUmAccountV2 = {
  "api": "portfolioMargin",
  "operationId": "getUmAccountV2",
  "method": "GET",
  "path": "/papi/v2/um/account",
  "summary": "Get UM account detail V2 (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "assets": {
        "crossUnPnl": "decimal",
        "crossWalletBalance": "decimal",
        "initialMargin": "decimal",
        "maintMargin": "decimal",
        "openOrderInitialMargin": "decimal",
        "positionInitialMargin": "decimal"
      },
      "positions": {
        "initialMargin": "decimal",
        "maintMargin": "decimal",
        "notional": "decimal",
        "positionAmt": "decimal",
        "unrealizedProfit": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/accountConfig: UM futures account configuration (USER_DATA) */
export const getUmAccountConfig = {
  "api": "portfolioMargin",
  "operationId": "getUmAccountConfig",
  "method": "GET",
  "path": "/papi/v1/um/accountConfig",
  "summary": "UM futures account configuration (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/symbolConfig: UM futures symbol configuration (USER_DATA) */
export const getUmSymbolConfig = {
  "api": "portfolioMargin",
  "operationId": "getUmSymbolConfig",
  "method": "GET",
  "path": "/papi/v1/um/symbolConfig",
  "summary": "UM futures symbol configuration (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "maxNotionalValue": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/commissionRate: Get user commission rate for UM (USER_DATA) */
export const getUmCommissionRate = {
  "api": "portfolioMargin",
  "operationId": "getUmCommissionRate",
  "method": "GET",
  "path": "/papi/v1/um/commissionRate",
  "summary": "Get user commission rate for UM (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "makerCommissionRate": "decimal",
      "takerCommissionRate": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/leverageBracket: UM notional and leverage brackets (USER_DATA) */
export const getUmLeverageBrackets = {
  "api": "portfolioMargin",
  "operationId": "getUmLeverageBrackets",
  "method": "GET",
  "path": "/papi/v1/um/leverageBracket",
  "summary": "UM notional and leverage brackets (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "brackets": {
        "cum": "lenientDecimal",
        "maintMarginRatio": "lenientDecimal",
        "notionalCap": "lenientDecimal",
        "notionalFloor": "lenientDecimal"
      },
      "notionalCoef": "decimal"
    },
    "losslessKeys": [
      "cum",
      "maintMarginRatio",
      "notionalCap",
      "notionalFloor"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/apiTradingStatus: Portfolio Margin UM trading quantitative rules indicators (USER_DATA) */
export const getUmApiTradingStatus = {
  "api": "portfolioMargin",
  "operationId": "getUmApiTradingStatus",
  "method": "GET",
  "path": "/papi/v1/um/apiTradingStatus",
  "summary": "Portfolio Margin UM trading quantitative rules indicators (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10,
    "conditions": [
      {
        "param": "symbol",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "indicators": {
        "*": {
          "triggerValue": "lenientDecimal",
          "value": "lenientDecimal"
        }
      }
    },
    "losslessKeys": [
      "triggerValue",
      "value"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/feeBurn: Get UM futures BNB burn status (USER_DATA) */
export const getUmFeeBurn = {
  "api": "portfolioMargin",
  "operationId": "getUmFeeBurn",
  "method": "GET",
  "path": "/papi/v1/um/feeBurn",
  "summary": "Get UM futures BNB burn status (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/feeBurn: Toggle BNB burn on UM futures trade (TRADE) */
export const changeUmFeeBurn = {
  "api": "portfolioMargin",
  "operationId": "changeUmFeeBurn",
  "method": "POST",
  "path": "/papi/v1/um/feeBurn",
  "summary": "Toggle BNB burn on UM futures trade (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "feeBurn": {
      "kind": "booleanString",
      "required": true,
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/income: Get UM income history (USER_DATA) */
export const getUmIncome = {
  "api": "portfolioMargin",
  "operationId": "getUmIncome",
  "method": "GET",
  "path": "/papi/v1/um/income",
  "summary": "Get UM income history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "incomeType": {
      "kind": "enum",
      "values": [
        "TRANSFER",
        "WELCOME_BONUS",
        "REALIZED_PNL",
        "FUNDING_FEE",
        "COMMISSION",
        "INSURANCE_CLEAR",
        "REFERRAL_KICKBACK",
        "COMMISSION_REBATE",
        "API_REBATE",
        "CONTEST_REWARD",
        "CROSS_COLLATERAL_TRANSFER",
        "OPTIONS_PREMIUM_FEE",
        "OPTIONS_SETTLE_PROFIT",
        "INTERNAL_TRANSFER",
        "AUTO_EXCHANGE",
        "DELIVERED_SETTELMENT",
        "COIN_SWAP_DEPOSIT",
        "COIN_SWAP_WITHDRAW",
        "POSITION_LIMIT_INCREASE_FEE"
      ]
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "page": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "limit": {
      "kind": "integer",
      "default": 100,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "income": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/income/asyn: Get download id for UM futures transaction (income) history (USER_DATA) */
export const getUmIncomeDownloadId = {
  "api": "portfolioMargin",
  "operationId": "getUmIncomeDownloadId",
  "method": "GET",
  "path": "/papi/v1/um/income/asyn",
  "summary": "Get download id for UM futures transaction (income) history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1500
  },
  "paramsIn": "query",
  "params": {
    "startTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 31536000000,
      "description": "At most one year (365 days) between `startTime` and `endTime` (-1127)."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "account",
      "interval": "DAY",
      "intervalNum": 30,
      "limit": 5,
      "description": "\"Request Limitation is 5 times per month, shared by front end download page and rest api\" (the page). Modelled as 5 requests per 30 days."
    }
  ],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/income/asyn/id: Get UM futures income download link by id (USER_DATA) */
export const getUmIncomeDownloadLink = {
  "api": "portfolioMargin",
  "operationId": "getUmIncomeDownloadLink",
  "method": "GET",
  "path": "/papi/v1/um/income/asyn/id",
  "summary": "Get UM futures income download link by id (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "downloadId": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/order/asyn: Get download id for UM futures order history (USER_DATA) */
export const getUmOrderDownloadId = {
  "api": "portfolioMargin",
  "operationId": "getUmOrderDownloadId",
  "method": "GET",
  "path": "/papi/v1/um/order/asyn",
  "summary": "Get download id for UM futures order history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1500
  },
  "paramsIn": "query",
  "params": {
    "startTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 31536000000,
      "description": "At most one year (365 days) between `startTime` and `endTime` (-1127)."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "account",
      "interval": "DAY",
      "intervalNum": 30,
      "limit": 10,
      "description": "\"Request Limitation is 10 times per month, shared by front end download page and rest api\" (the page). Modelled as 10 requests per 30 days."
    }
  ],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/order/asyn/id: Get UM futures order download link by id (USER_DATA) */
export const getUmOrderDownloadLink = {
  "api": "portfolioMargin",
  "operationId": "getUmOrderDownloadLink",
  "method": "GET",
  "path": "/papi/v1/um/order/asyn/id",
  "summary": "Get UM futures order download link by id (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "downloadId": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/trade/asyn: Get download id for UM futures trade history (USER_DATA) */
export const getUmTradeDownloadId = {
  "api": "portfolioMargin",
  "operationId": "getUmTradeDownloadId",
  "method": "GET",
  "path": "/papi/v1/um/trade/asyn",
  "summary": "Get download id for UM futures trade history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1500
  },
  "paramsIn": "query",
  "params": {
    "startTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 31536000000,
      "description": "At most one year (365 days) between `startTime` and `endTime` (-1127)."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "account",
      "interval": "DAY",
      "intervalNum": 30,
      "limit": 5,
      "description": "\"Request Limitation is 5 times per month, shared by front end download page and rest api\" (the page). Modelled as 5 requests per 30 days."
    }
  ],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/um/trade/asyn/id: Get UM futures trade download link by id (USER_DATA) */
export const getUmTradeDownloadLink = {
  "api": "portfolioMargin",
  "operationId": "getUmTradeDownloadLink",
  "method": "GET",
  "path": "/papi/v1/um/trade/asyn/id",
  "summary": "Get UM futures trade download link by id (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "downloadId": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/um/stock/contract: Futures TradFi perps contract (USER_DATA) */
export const signUmTradFiPerpsContract = {
  "api": "portfolioMargin",
  "operationId": "signUmTradFiPerpsContract",
  "method": "POST",
  "path": "/papi/v1/um/stock/contract",
  "summary": "Futures TradFi perps contract (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "body",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/account: Get CM account detail (USER_DATA) */
export const getCmAccount = {
  "api": "portfolioMargin",
  "operationId": "getCmAccount",
  "method": "GET",
  "path": "/papi/v1/cm/account",
  "summary": "Get CM account detail (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "assets": {
        "crossUnPnl": "decimal",
        "crossWalletBalance": "decimal",
        "initialMargin": "decimal",
        "maintMargin": "decimal",
        "openOrderInitialMargin": "decimal",
        "positionInitialMargin": "decimal"
      },
      "positions": {
        "entryPrice": "decimal",
        "initialMargin": "decimal",
        "leverage": "decimal",
        "maintMargin": "decimal",
        "maxQty": "decimal",
        "openOrderInitialMargin": "decimal",
        "positionAmt": "decimal",
        "positionInitialMargin": "decimal",
        "unrealizedProfit": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/commissionRate: Get user commission rate for CM (USER_DATA) */
export const getCmCommissionRate = {
  "api": "portfolioMargin",
  "operationId": "getCmCommissionRate",
  "method": "GET",
  "path": "/papi/v1/cm/commissionRate",
  "summary": "Get user commission rate for CM (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "makerCommissionRate": "decimal",
      "takerCommissionRate": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/leverageBracket: CM notional and leverage brackets (USER_DATA) */
export const getCmLeverageBrackets = {
  "api": "portfolioMargin",
  "operationId": "getCmLeverageBrackets",
  "method": "GET",
  "path": "/papi/v1/cm/leverageBracket",
  "summary": "CM notional and leverage brackets (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "brackets": {
        "cum": "lenientDecimal",
        "maintMarginRatio": "lenientDecimal",
        "qtyCap": "lenientDecimal",
        "qtyFloor": "lenientDecimal"
      }
    },
    "losslessKeys": [
      "cum",
      "maintMarginRatio",
      "qtyCap",
      "qtyFloor"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/cm/income: Get CM income history (USER_DATA) */
export const getCmIncome = {
  "api": "portfolioMargin",
  "operationId": "getCmIncome",
  "method": "GET",
  "path": "/papi/v1/cm/income",
  "summary": "Get CM income history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "incomeType": {
      "kind": "enum",
      "values": [
        "TRANSFER",
        "WELCOME_BONUS",
        "FUNDING_FEE",
        "REALIZED_PNL",
        "COMMISSION",
        "INSURANCE_CLEAR",
        "DELIVERED_SETTELMENT"
      ]
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "page": {
      "kind": "integer",
      "default": 1,
      "minimum": 1
    },
    "limit": {
      "kind": "integer",
      "default": 100,
      "minimum": 1,
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 17280000000,
      "description": "At most 200 days between `startTime` and `endTime` (-1127); without them the last 200 days."
    }
  ],
  "response": {
    "fields": {
      "income": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/asset-collection: Fund collection by asset (TRADE) */
export const collectFundsByAsset = {
  "api": "portfolioMargin",
  "operationId": "collectFundsByAsset",
  "method": "POST",
  "path": "/papi/v1/asset-collection",
  "summary": "Fund collection by asset (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "body",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/auto-collection: Fund auto-collection (TRADE) */
export const autoCollectFunds = {
  "api": "portfolioMargin",
  "operationId": "autoCollectFunds",
  "method": "POST",
  "path": "/papi/v1/auto-collection",
  "summary": "Fund auto-collection (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 750
  },
  "paramsIn": "body",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "account",
      "interval": "HOUR",
      "intervalNum": 1,
      "limit": 500,
      "description": "\"You can only use this function 500 times per hour in a rolling manner.\" (the page)"
    }
  ],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/bnb-transfer: BNB transfer (TRADE) */
export const transferBnb = {
  "api": "portfolioMargin",
  "operationId": "transferBnb",
  "method": "POST",
  "path": "/papi/v1/bnb-transfer",
  "summary": "BNB transfer (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 750
  },
  "paramsIn": "body",
  "params": {
    "amount": {
      "kind": "decimal",
      "required": true
    },
    "transferSide": {
      "kind": "enum",
      "required": true,
      "values": [
        "TO_UM",
        "FROM_UM"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "tranId": "int64"
    },
    "losslessKeys": [
      "tranId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "account",
      "interval": "MINUTE",
      "intervalNum": 10,
      "limit": 10,
      "description": "\"The endpoint can only be called 10 times per 10 minutes in a rolling manner\" (the page)."
    }
  ],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/margin/repay-debt: Margin account repay debt (TRADE) */
export const repayMarginDebt = {
  "api": "portfolioMargin",
  "operationId": "repayMarginDebt",
  "method": "POST",
  "path": "/papi/v1/margin/repay-debt",
  "summary": "Margin account repay debt (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "ORDER",
    "value": 3000
  },
  "paramsIn": "body",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "amount": {
      "kind": "decimal"
    },
    "specifyRepayAssets": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "amount": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/portfolio/negative-balance-exchange-record: Query user negative balance auto exchange record (USER_DATA) */
export const getNegativeBalanceExchangeRecords = {
  "api": "portfolioMargin",
  "operationId": "getNegativeBalanceExchangeRecords",
  "method": "GET",
  "path": "/papi/v1/portfolio/negative-balance-exchange-record",
  "summary": "Query user negative balance auto exchange record (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "startTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [
    {
      "kind": "maxInterval",
      "from": "startTime",
      "to": "endTime",
      "ms": 7776000000,
      "description": "At most three months between `startTime` and `endTime` (modelled as 90 days; -1127)."
    }
  ],
  "response": {
    "fields": {
      "rows": {
        "details": {
          "negativeBalance": "lenientDecimal",
          "negativeMaxThreshold": "lenientDecimal"
        }
      }
    },
    "losslessKeys": [
      "negativeBalance",
      "negativeMaxThreshold"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/rateLimit/order: Query user rate limit (USER_DATA) */
export const getOrderRateLimit = {
  "api": "portfolioMargin",
  "operationId": "getOrderRateLimit",
  "method": "GET",
  "path": "/papi/v1/rateLimit/order",
  "summary": "Query user rate limit (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/repay-futures-negative-balance: Repay futures negative balance (USER_DATA) */
export const repayFuturesNegativeBalance = {
  "api": "portfolioMargin",
  "operationId": "repayFuturesNegativeBalance",
  "method": "POST",
  "path": "/papi/v1/repay-futures-negative-balance",
  "summary": "Repay futures negative balance (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 750
  },
  "paramsIn": "body",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** GET /papi/v1/repay-futures-switch: Get auto-repay-futures status (USER_DATA) */
export const getAutoRepayFuturesStatus = {
  "api": "portfolioMargin",
  "operationId": "getAutoRepayFuturesStatus",
  "method": "GET",
  "path": "/papi/v1/repay-futures-switch",
  "summary": "Get auto-repay-futures status (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 30
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** POST /papi/v1/repay-futures-switch: Change auto-repay-futures status (TRADE) */
export const changeAutoRepayFuturesStatus = {
  "api": "portfolioMargin",
  "operationId": "changeAutoRepayFuturesStatus",
  "method": "POST",
  "path": "/papi/v1/repay-futures-switch",
  "summary": "Change auto-repay-futures status (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "IP",
    "value": 750
  },
  "paramsIn": "body",
  "params": {
    "autoRepay": {
      "kind": "booleanString",
      "required": true,
      "values": [
        "true",
        "false"
      ],
      "spelling": [
        "true",
        "false"
      ]
    },
    "recvWindow": {
      "kind": "integer",
      "default": 5000,
      "minimum": 1,
      "maximum": 60000
    },
    "timestamp": {
      "kind": "timestamp",
      "required": true,
      "minimum": 0
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": portfolioMarginTiming
} as const satisfies OperationMeta;

/** Every operation of the portfolio-margin API, by operationId. Importing this keeps all of them in a bundle. */
export const portfolioMarginOperations = {
  getMarginOrder,
  newMarginOrder,
  cancelMarginOrder,
  getMarginOpenOrders,
  cancelMarginAllOpenOrders,
  getMarginAllOrders,
  newMarginOco,
  getMarginOco,
  cancelMarginOco,
  getMarginAllOco,
  getMarginOpenOco,
  getMarginTrades,
  getMarginForceOrders,
  marginBorrow,
  marginRepay,
  getMarginLoanRecords,
  getMarginRepayRecords,
  getMarginMaxBorrowable,
  getMarginMaxWithdraw,
  getAccount,
  getBalance,
  getMarginInterestHistory,
  getNegativeBalanceInterestHistory,
  createListenKey,
  keepAliveListenKey,
  closeListenKey,
  ping,
  getUmOrder,
  newUmOrder,
  modifyUmOrder,
  cancelUmOrder,
  getUmOpenOrder,
  getUmOpenOrders,
  getUmAllOrders,
  cancelUmAllOpenOrders,
  getUmTrades,
  getUmOrderAmendments,
  getUmForceOrders,
  newUmConditionalOrder,
  cancelUmConditionalOrder,
  getUmOpenConditionalOrder,
  getUmOpenConditionalOrders,
  getUmConditionalOrderHistory,
  getUmAllConditionalOrders,
  cancelUmAllOpenConditionalOrders,
  newUmAlgoOrder,
  cancelUmAlgoOrder,
  getUmAlgoOrder,
  getUmOpenAlgoOrders,
  getUmAllAlgoOrders,
  cancelUmAllOpenAlgoOrders,
  getUmPositionRisk,
  changeUmInitialLeverage,
  getUmPositionMode,
  changeUmPositionMode,
  getUmAdlQuantile,
  getCmOrder,
  newCmOrder,
  modifyCmOrder,
  cancelCmOrder,
  getCmOpenOrder,
  getCmOpenOrders,
  getCmAllOrders,
  cancelCmAllOpenOrders,
  getCmTrades,
  getCmOrderAmendments,
  getCmForceOrders,
  newCmConditionalOrder,
  cancelCmConditionalOrder,
  getCmOpenConditionalOrder,
  getCmOpenConditionalOrders,
  getCmConditionalOrderHistory,
  getCmAllConditionalOrders,
  cancelCmAllOpenConditionalOrders,
  getCmPositionRisk,
  changeCmInitialLeverage,
  getCmPositionMode,
  changeCmPositionMode,
  getCmAdlQuantile,
  getUmAccount,
  getUmAccountV2,
  getUmAccountConfig,
  getUmSymbolConfig,
  getUmCommissionRate,
  getUmLeverageBrackets,
  getUmApiTradingStatus,
  getUmFeeBurn,
  changeUmFeeBurn,
  getUmIncome,
  getUmIncomeDownloadId,
  getUmIncomeDownloadLink,
  getUmOrderDownloadId,
  getUmOrderDownloadLink,
  getUmTradeDownloadId,
  getUmTradeDownloadLink,
  signUmTradFiPerpsContract,
  getCmAccount,
  getCmCommissionRate,
  getCmLeverageBrackets,
  getCmIncome,
  collectFundsByAsset,
  autoCollectFunds,
  transferBnb,
  repayMarginDebt,
  getNegativeBalanceExchangeRecords,
  getOrderRateLimit,
  repayFuturesNegativeBalance,
  getAutoRepayFuturesStatus,
  changeAutoRepayFuturesStatus,
} as const;

export type PortfolioMarginOperationId = keyof typeof portfolioMarginOperations;

/** The portfolio-margin API's limiters (spec `x-binance-rate-limits`). */
export const portfolioMarginRateLimits = [
  {
    "rateLimitType": "REQUEST_WEIGHT",
    "bucket": "IP",
    "scope": "ip",
    "interval": "MINUTE",
    "intervalNum": 1,
    "limit": 6000,
    "header": "X-MBX-USED-WEIGHT-1M"
  },
  {
    "rateLimitType": "ORDERS",
    "bucket": "ORDER",
    "scope": "account",
    "interval": "MINUTE",
    "intervalNum": 1,
    "limit": 1200,
    "header": "X-MBX-ORDER-COUNT-1M"
  }
] as const satisfies readonly RateLimitMeta[];

/** Which failed answers of the portfolio-margin API prove a request was not processed (spec `x-binance-execution-status`). */
export const portfolioMarginExecutionStatus = {
  "unknownCodes": [
    -1006,
    -1007
  ],
  "notProcessed": [
    {
      "status": 503,
      "msg": "Service Unavailable.",
      "description": "The service is unavailable at the moment; Binance calls this a 100% failure and advises retrying with exponential back-off.",
      "source": "https://developers.binance.com/docs/derivatives/portfolio-margin/general-info"
    },
    {
      "status": 503,
      "msg": "Internal error; unable to process your request. Please try again.",
      "description": "A failed operation that may be resent.",
      "source": "https://developers.binance.com/docs/derivatives/portfolio-margin/general-info"
    },
    {
      "status": 503,
      "code": -1008,
      "msg": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.",
      "description": "The node exceeded its concurrency and throttled the request (a 100% failure); retry with back-off and less concurrency.",
      "source": "https://developers.binance.com/docs/derivatives/portfolio-margin/general-info"
    }
  ]
} as const satisfies ExecutionStatusMeta;

/** Error codes the portfolio-margin API documents, with Binance's name and one documented message. */
export const portfolioMarginErrorCodes = {
  "-1000": {
    "name": "UNKNOWN",
    "message": "An unknown error occured while processing the request."
  },
  "-1001": {
    "name": "DISCONNECTED",
    "message": "Internal error; unable to process your request. Please try again."
  },
  "-1002": {
    "name": "UNAUTHORIZED",
    "message": "You are not authorized to execute this request."
  },
  "-1003": {
    "name": "TOO_MANY_REQUESTS",
    "message": "Too many requests; current limit is %s requests per minute. Please use the websocket for live updates to avoid polling the API."
  },
  "-1004": {
    "name": "DUPLICATE_IP",
    "message": "This IP is already on the white list"
  },
  "-1005": {
    "name": "NO_SUCH_IP",
    "message": "No such IP has been white listed"
  },
  "-1006": {
    "name": "UNEXPECTED_RESP",
    "message": "An unexpected response was received from the message bus. Execution status unknown."
  },
  "-1007": {
    "name": "TIMEOUT",
    "message": "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
  },
  "-1008": {
    "name": "REQUEST_THROTTLED",
    "binanceName": "Request Throttled",
    "message": "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."
  },
  "-1010": {
    "name": "ERROR_MSG_RECEIVED",
    "message": "ERROR_MSG_RECEIVED."
  },
  "-1011": {
    "name": "NON_WHITE_LIST",
    "message": "This IP cannot access this route."
  },
  "-1013": {
    "name": "INVALID_MESSAGE",
    "message": "INVALID_MESSAGE."
  },
  "-1014": {
    "name": "UNKNOWN_ORDER_COMPOSITION",
    "message": "Unsupported order combination."
  },
  "-1015": {
    "name": "TOO_MANY_ORDERS",
    "message": "Too many new orders."
  },
  "-1016": {
    "name": "SERVICE_SHUTTING_DOWN",
    "message": "This service is no longer available."
  },
  "-1020": {
    "name": "UNSUPPORTED_OPERATION",
    "message": "This operation is not supported."
  },
  "-1021": {
    "name": "INVALID_TIMESTAMP",
    "message": "Timestamp for this request is outside of the recvWindow."
  },
  "-1022": {
    "name": "INVALID_SIGNATURE",
    "message": "Signature for this request is not valid."
  },
  "-1023": {
    "name": "START_TIME_GREATER_THAN_END_TIME",
    "message": "Start time is greater than end time."
  },
  "-1100": {
    "name": "ILLEGAL_CHARS",
    "message": "Illegal characters found in a parameter."
  },
  "-1101": {
    "name": "TOO_MANY_PARAMETERS",
    "message": "Too many parameters sent for this endpoint."
  },
  "-1102": {
    "name": "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
    "message": "A mandatory parameter was not sent, was empty/null, or malformed."
  },
  "-1103": {
    "name": "UNKNOWN_PARAM",
    "message": "An unknown parameter was sent."
  },
  "-1104": {
    "name": "UNREAD_PARAMETERS",
    "message": "Not all sent parameters were read."
  },
  "-1105": {
    "name": "PARAM_EMPTY",
    "message": "A parameter was empty."
  },
  "-1106": {
    "name": "PARAM_NOT_REQUIRED",
    "message": "A parameter was sent when not required."
  },
  "-1108": {
    "name": "BAD_ASSET",
    "message": "Invalid asset."
  },
  "-1109": {
    "name": "BAD_ACCOUNT",
    "message": "Invalid account."
  },
  "-1110": {
    "name": "BAD_INSTRUMENT_TYPE",
    "message": "Invalid symbolType."
  },
  "-1111": {
    "name": "BAD_PRECISION",
    "message": "Precision is over the maximum defined for this asset."
  },
  "-1112": {
    "name": "NO_DEPTH",
    "message": "No orders on book for symbol."
  },
  "-1113": {
    "name": "WITHDRAW_NOT_NEGATIVE",
    "message": "Withdrawal amount must be negative."
  },
  "-1114": {
    "name": "TIF_NOT_REQUIRED",
    "message": "TimeInForce parameter sent when not required."
  },
  "-1115": {
    "name": "INVALID_TIF",
    "message": "Invalid timeInForce."
  },
  "-1116": {
    "name": "INVALID_ORDER_TYPE",
    "message": "Invalid orderType."
  },
  "-1117": {
    "name": "INVALID_SIDE",
    "message": "Invalid side."
  },
  "-1118": {
    "name": "EMPTY_NEW_CL_ORD_ID",
    "message": "New client order ID was empty."
  },
  "-1119": {
    "name": "EMPTY_ORG_CL_ORD_ID",
    "message": "Original client order ID was empty."
  },
  "-1120": {
    "name": "BAD_INTERVAL",
    "message": "Invalid interval."
  },
  "-1121": {
    "name": "BAD_SYMBOL",
    "message": "Invalid symbol."
  },
  "-1125": {
    "name": "INVALID_LISTEN_KEY",
    "message": "This listenKey does not exist. Please use 'POST /papi/v1/listenKey' to recreate 'listenKey'"
  },
  "-1127": {
    "name": "MORE_THAN_XX_HOURS",
    "message": "Lookup interval is too big."
  },
  "-1128": {
    "name": "OPTIONAL_PARAMS_BAD_COMBO",
    "message": "Combination of optional parameters invalid."
  },
  "-1130": {
    "name": "INVALID_PARAMETER",
    "message": "Invalid data sent for a parameter."
  },
  "-1136": {
    "name": "INVALID_NEW_ORDER_RESP_TYPE",
    "message": "Invalid newOrderRespType."
  },
  "-2010": {
    "name": "NEW_ORDER_REJECTED",
    "message": "NEW_ORDER_REJECTED"
  },
  "-2011": {
    "name": "CANCEL_REJECTED",
    "message": "CANCEL_REJECTED"
  },
  "-2013": {
    "name": "NO_SUCH_ORDER",
    "message": "Order does not exist."
  },
  "-2014": {
    "name": "BAD_API_KEY_FMT",
    "message": "API-key format invalid."
  },
  "-2015": {
    "name": "REJECTED_MBX_KEY",
    "message": "Invalid API-key, IP, or permissions for action."
  },
  "-2016": {
    "name": "NO_TRADING_WINDOW",
    "message": "No trading window could be found for the symbol. Try ticker/24hrs instead."
  },
  "-2018": {
    "name": "BALANCE_NOT_SUFFICIENT",
    "message": "Balance is insufficient."
  },
  "-2019": {
    "name": "MARGIN_NOT_SUFFICIEN",
    "message": "Margin is insufficient."
  },
  "-2020": {
    "name": "UNABLE_TO_FILL",
    "message": "Unable to fill."
  },
  "-2021": {
    "name": "ORDER_WOULD_IMMEDIATELY_TRIGGER",
    "message": "Order would immediately trigger."
  },
  "-2022": {
    "name": "REDUCE_ONLY_REJECT",
    "message": "ReduceOnly Order is rejected."
  },
  "-2023": {
    "name": "USER_IN_LIQUIDATION",
    "message": "User in liquidation mode now."
  },
  "-2024": {
    "name": "POSITION_NOT_SUFFICIENT",
    "message": "Position is not sufficient."
  },
  "-2025": {
    "name": "MAX_OPEN_ORDER_EXCEEDED",
    "message": "Reach max open order limit."
  },
  "-2026": {
    "name": "REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED",
    "message": "This OrderType is not supported when reduceOnly."
  },
  "-2027": {
    "name": "MAX_LEVERAGE_RATIO",
    "message": "Exceeded the maximum allowable position at current leverage."
  },
  "-2028": {
    "name": "MIN_LEVERAGE_RATIO",
    "message": "Leverage is smaller than permitted: insufficient margin balance."
  },
  "-3000": {
    "name": "INNER_FAILURE",
    "message": "Internal server error."
  },
  "-3001": {
    "name": "NEED_ENABLE_2FA",
    "message": "Please enable 2FA first."
  },
  "-3002": {
    "name": "ASSET_DEFICIENCY",
    "message": "We don't have this asset."
  },
  "-3003": {
    "name": "NO_OPENED_MARGIN_ACCOUNT",
    "message": "Margin account does not exist."
  },
  "-3004": {
    "name": "TRADE_NOT_ALLOWED",
    "message": "Trade not allowed."
  },
  "-3005": {
    "name": "TRANSFER_OUT_NOT_ALLOWED",
    "message": "Transferring out not allowed."
  },
  "-3006": {
    "name": "EXCEED_MAX_BORROWABLE",
    "message": "Your borrow amount has exceed maximum borrow amount."
  },
  "-3007": {
    "name": "HAS_PENDING_TRANSACTION_3007",
    "binanceName": "HAS_PENDING_TRANSACTION",
    "message": "You have pending transaction, please try again later."
  },
  "-3008": {
    "name": "BORROW_NOT_ALLOWED",
    "message": "Borrow not allowed."
  },
  "-3009": {
    "name": "ASSET_NOT_MORTGAGEABLE",
    "message": "This asset are not allowed to transfer into margin account currently."
  },
  "-3010": {
    "name": "REPAY_NOT_ALLOWED",
    "message": "Repay not allowed."
  },
  "-3011": {
    "name": "BAD_DATE_RANGE",
    "message": "Your input date is invalid."
  },
  "-3012": {
    "name": "ASSET_ADMIN_BAN_BORROW",
    "message": "Borrow is banned for this asset."
  },
  "-3013": {
    "name": "LT_MIN_BORROWABLE",
    "message": "Borrow amount less than minimum borrow amount."
  },
  "-3014": {
    "name": "ACCOUNT_BAN_BORROW",
    "message": "Borrow is banned for this account."
  },
  "-3015": {
    "name": "REPAY_EXCEED_LIABILITY",
    "message": "Repay amount exceeds borrow amount."
  },
  "-3016": {
    "name": "LT_MIN_REPAY",
    "message": "Repay amount less than minimum repay amount."
  },
  "-3017": {
    "name": "ASSET_ADMIN_BAN_MORTGAGE",
    "message": "This asset are not allowed to transfer into margin account currently."
  },
  "-3018": {
    "name": "ACCOUNT_BAN_MORTGAGE",
    "message": "Transferring in has been banned for this account."
  },
  "-3019": {
    "name": "ACCOUNT_BAN_ROLLOUT",
    "message": "Transferring out has been banned for this account."
  },
  "-3020": {
    "name": "EXCEED_MAX_ROLLOUT",
    "message": "Transfer out amount exceeds max amount."
  },
  "-3021": {
    "name": "PAIR_ADMIN_BAN_TRADE",
    "message": "Margin account are not allowed to trade this trading pair."
  },
  "-3022": {
    "name": "ACCOUNT_BAN_TRADE",
    "message": "You account's trading is banned."
  },
  "-3023": {
    "name": "WARNING_MARGIN_LEVEL",
    "message": "You can't transfer out/place order under current margin level."
  },
  "-3024": {
    "name": "FEW_LIABILITY_LEFT",
    "message": "The unpaid debt is too small after this repayment."
  },
  "-3025": {
    "name": "INVALID_EFFECTIVE_TIME",
    "message": "Your input date is invalid."
  },
  "-3026": {
    "name": "VALIDATION_FAILED",
    "message": "Your input param is invalid."
  },
  "-3027": {
    "name": "NOT_VALID_MARGIN_ASSET",
    "message": "Not a valid margin asset."
  },
  "-3028": {
    "name": "NOT_VALID_MARGIN_PAIR",
    "message": "Not a valid margin pair."
  },
  "-3029": {
    "name": "TRANSFER_FAILED",
    "message": "Transfer failed."
  },
  "-3036": {
    "name": "ACCOUNT_BAN_REPAY",
    "message": "This account is not allowed to repay."
  },
  "-3037": {
    "name": "PNL_CLEARING",
    "message": "PNL is clearing. Wait a second."
  },
  "-3038": {
    "name": "LISTEN_KEY_NOT_FOUND",
    "message": "Listen key not found."
  },
  "-3041": {
    "name": "BALANCE_NOT_CLEARED",
    "message": "Balance is not enough"
  },
  "-3042": {
    "name": "PRICE_INDEX_NOT_FOUND",
    "message": "PriceIndex not available for this margin pair."
  },
  "-3043": {
    "name": "TRANSFER_IN_NOT_ALLOWED",
    "message": "Transferring in not allowed."
  },
  "-3044": {
    "name": "SYSTEM_BUSY",
    "message": "System busy."
  },
  "-3045": {
    "name": "SYSTEM",
    "binanceName": "SYSTEM / INSUFFICIENT_INVENTORY",
    "message": "The system doesn't have enough asset now."
  },
  "-3064": {
    "name": "EXCEED_PRICE_LIMIT",
    "message": "Limit price needs to be within (-15%,15%) of current index price for this margin trading pair. This rule only impact limit sell price lower than index price and limit buy price higher than index price."
  },
  "-3065": {
    "name": "PREPAREDELIST_CANT_TRANSFER_IN",
    "message": "%s has been scheduled for delisting. You may only transfer up to %s %s, which is the amount of liabilities less any collateral already available."
  },
  "-3067": {
    "name": "ASSET_BAN_TRADE",
    "message": "This asset is currently not a supported margin asset, please try another asset."
  },
  "-3999": {
    "name": "NOT_WHITELIST_USER",
    "message": "This function is only available for invited users."
  },
  "-4000": {
    "name": "INVALID_ORDER_STATUS",
    "message": "Invalid order status."
  },
  "-4001": {
    "name": "PRICE_LESS_THAN_ZERO",
    "message": "Price less than 0."
  },
  "-4002": {
    "name": "PRICE_GREATER_THAN_MAX_PRICE",
    "message": "Price greater than max price."
  },
  "-4003": {
    "name": "QTY_LESS_THAN_ZERO",
    "message": "Quantity less than zero."
  },
  "-4004": {
    "name": "QTY_LESS_THAN_MIN_QTY",
    "message": "Quantity less than min quantity."
  },
  "-4005": {
    "name": "QTY_GREATER_THAN_MAX_QTY",
    "message": "Quantity greater than max quantity."
  },
  "-4006": {
    "name": "STOP_PRICE_LESS_THAN_ZERO",
    "message": "Stop price less than zero."
  },
  "-4007": {
    "name": "STOP_PRICE_GREATER_THAN_MAX_PRICE",
    "message": "Stop price greater than max price."
  },
  "-4008": {
    "name": "TICK_SIZE_LESS_THAN_ZERO",
    "message": "Tick size less than zero."
  },
  "-4009": {
    "name": "MAX_PRICE_LESS_THAN_MIN_PRICE",
    "message": "Max price less than min price."
  },
  "-4010": {
    "name": "MAX_QTY_LESS_THAN_MIN_QTY",
    "message": "Max qty less than min qty."
  },
  "-4011": {
    "name": "STEP_SIZE_LESS_THAN_ZERO",
    "message": "Step size less than zero."
  },
  "-4012": {
    "name": "MAX_NUM_ORDERS_LESS_THAN_ZERO",
    "message": "Max mum orders less than zero."
  },
  "-4013": {
    "name": "PRICE_LESS_THAN_MIN_PRICE",
    "message": "Price less than min price."
  },
  "-4014": {
    "name": "PRICE_NOT_INCREASED_BY_TICK_SIZE",
    "message": "Price not increased by tick size."
  },
  "-4015": {
    "name": "INVALID_CL_ORD_ID_LEN",
    "message": "Client order id is not valid."
  },
  "-4016": {
    "name": "PRICE_HIGHTER_THAN_MULTIPLIER_UP",
    "message": "Price is higher than mark price multiplier cap."
  },
  "-4017": {
    "name": "MULTIPLIER_UP_LESS_THAN_ZERO",
    "message": "Multiplier up less than zero."
  },
  "-4018": {
    "name": "MULTIPLIER_DOWN_LESS_THAN_ZERO",
    "message": "Multiplier down less than zero."
  },
  "-4019": {
    "name": "COMPOSITE_SCALE_OVERFLOW",
    "message": "Composite scale too large."
  },
  "-4020": {
    "name": "TARGET_STRATEGY_INVALID",
    "message": "Target strategy invalid for orderType '%s',reduceOnly '%b'."
  },
  "-4021": {
    "name": "INVALID_DEPTH_LIMIT",
    "message": "Invalid depth limit."
  },
  "-4022": {
    "name": "WRONG_MARKET_STATUS",
    "message": "market status sent is not valid."
  },
  "-4023": {
    "name": "QTY_NOT_INCREASED_BY_STEP_SIZE",
    "message": "Qty not increased by step size."
  },
  "-4024": {
    "name": "PRICE_LOWER_THAN_MULTIPLIER_DOWN",
    "message": "Price is lower than mark price multiplier floor."
  },
  "-4025": {
    "name": "MULTIPLIER_DECIMAL_LESS_THAN_ZERO",
    "message": "Multiplier decimal less than zero."
  },
  "-4026": {
    "name": "COMMISSION_INVALID",
    "message": "Commission invalid."
  },
  "-4027": {
    "name": "INVALID_ACCOUNT_TYPE",
    "message": "Invalid account type."
  },
  "-4028": {
    "name": "INVALID_LEVERAGE",
    "message": "Invalid leverage"
  },
  "-4029": {
    "name": "INVALID_TICK_SIZE_PRECISION",
    "message": "Tick size precision is invalid."
  },
  "-4030": {
    "name": "INVALID_STEP_SIZE_PRECISION",
    "message": "Step size precision is invalid."
  },
  "-4031": {
    "name": "INVALID_WORKING_TYPE",
    "message": "Invalid parameter working type"
  },
  "-4032": {
    "name": "EXCEED_MAX_CANCEL_ORDER_SIZE",
    "message": "Exceed maximum cancel order size."
  },
  "-4033": {
    "name": "INSURANCE_ACCOUNT_NOT_FOUND",
    "message": "Insurance account not found."
  },
  "-4044": {
    "name": "INVALID_BALANCE_TYPE",
    "message": "Balance Type is invalid."
  },
  "-4045": {
    "name": "MAX_STOP_ORDER_EXCEEDED",
    "message": "Reach max stop order limit."
  },
  "-4046": {
    "name": "NO_NEED_TO_CHANGE_MARGIN_TYPE",
    "message": "No need to change margin type."
  },
  "-4047": {
    "name": "THERE_EXISTS_OPEN_ORDERS",
    "message": "Margin type cannot be changed if there exists open orders."
  },
  "-4048": {
    "name": "THERE_EXISTS_QUANTITY",
    "message": "Margin type cannot be changed if there exists position."
  },
  "-4049": {
    "name": "ADD_ISOLATED_MARGIN_REJECT",
    "message": "Add margin only support for isolated position."
  },
  "-4050": {
    "name": "CROSS_BALANCE_INSUFFICIENT",
    "message": "Cross balance insufficient."
  },
  "-4051": {
    "name": "ISOLATED_BALANCE_INSUFFICIENT",
    "message": "Isolated balance insufficient."
  },
  "-4052": {
    "name": "NO_NEED_TO_CHANGE_AUTO_ADD_MARGIN",
    "message": "No need to change auto add margin."
  },
  "-4053": {
    "name": "AUTO_ADD_CROSSED_MARGIN_REJECT",
    "message": "Auto add margin only support for isolated position."
  },
  "-4054": {
    "name": "ADD_ISOLATED_MARGIN_NO_POSITION_REJECT",
    "message": "Cannot add position margin: position is 0."
  },
  "-4055": {
    "name": "AMOUNT_MUST_BE_POSITIVE",
    "message": "Amount must be positive."
  },
  "-4056": {
    "name": "INVALID_API_KEY_TYPE",
    "message": "Invalid api key type."
  },
  "-4057": {
    "name": "INVALID_RSA_PUBLIC_KEY",
    "message": "Invalid api public key"
  },
  "-4058": {
    "name": "MAX_PRICE_TOO_LARGE",
    "message": "maxPrice and priceDecimal too large,please check."
  },
  "-4059": {
    "name": "NO_NEED_TO_CHANGE_POSITION_SIDE",
    "message": "No need to change position side."
  },
  "-4060": {
    "name": "INVALID_POSITION_SIDE",
    "message": "Invalid position side."
  },
  "-4061": {
    "name": "POSITION_SIDE_NOT_MATCH",
    "message": "Order's position side does not match user's setting."
  },
  "-4062": {
    "name": "REDUCE_ONLY_CONFLICT",
    "message": "Invalid or improper reduceOnly value."
  },
  "-4063": {
    "name": "INVALID_OPTIONS_REQUEST_TYPE",
    "message": "Invalid options request type"
  },
  "-4064": {
    "name": "INVALID_OPTIONS_TIME_FRAME",
    "message": "Invalid options time frame"
  },
  "-4065": {
    "name": "INVALID_OPTIONS_AMOUNT",
    "message": "Invalid options amount"
  },
  "-4066": {
    "name": "INVALID_OPTIONS_EVENT_TYPE",
    "message": "Invalid options event type"
  },
  "-4067": {
    "name": "POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS",
    "message": "Position side cannot be changed if there exists open orders."
  },
  "-4068": {
    "name": "POSITION_SIDE_CHANGE_EXISTS_QUANTITY",
    "message": "Position side cannot be changed if there exists position."
  },
  "-4069": {
    "name": "INVALID_OPTIONS_PREMIUM_FEE",
    "message": "Invalid options premium fee"
  },
  "-4070": {
    "name": "INVALID_CL_OPTIONS_ID_LEN",
    "message": "Client options id is not valid."
  },
  "-4071": {
    "name": "INVALID_OPTIONS_DIRECTION",
    "message": "Invalid options direction"
  },
  "-4072": {
    "name": "OPTIONS_PREMIUM_NOT_UPDATE",
    "message": "premium fee is not updated, reject order"
  },
  "-4073": {
    "name": "OPTIONS_PREMIUM_INPUT_LESS_THAN_ZERO",
    "message": "input premium fee is less than 0, reject order"
  },
  "-4074": {
    "name": "OPTIONS_AMOUNT_BIGGER_THAN_UPPER",
    "message": "Order amount is bigger than upper boundary or less than 0, reject order"
  },
  "-4075": {
    "name": "OPTIONS_PREMIUM_OUTPUT_ZERO",
    "message": "output premium fee is less than 0, reject order"
  },
  "-4076": {
    "name": "OPTIONS_PREMIUM_TOO_DIFF",
    "message": "original fee is too much higher than last fee"
  },
  "-4077": {
    "name": "OPTIONS_PREMIUM_REACH_LIMIT",
    "message": "place order amount has reached to limit, reject order"
  },
  "-4078": {
    "name": "OPTIONS_COMMON_ERROR",
    "message": "options internal error"
  },
  "-4079": {
    "name": "INVALID_OPTIONS_ID",
    "message": "invalid options id"
  },
  "-4080": {
    "name": "OPTIONS_USER_NOT_FOUND",
    "message": "user not found"
  },
  "-4081": {
    "name": "OPTIONS_NOT_FOUND",
    "message": "options not found"
  },
  "-4082": {
    "name": "INVALID_BATCH_PLACE_ORDER_SIZE",
    "message": "Invalid number of batch place orders."
  },
  "-4083": {
    "name": "PLACE_BATCH_ORDERS_FAIL",
    "message": "Fail to place batch orders."
  },
  "-4084": {
    "name": "UPCOMING_METHOD",
    "message": "Method is not allowed currently. Upcoming soon."
  },
  "-4085": {
    "name": "INVALID_NOTIONAL_LIMIT_COEF",
    "message": "Invalid notional limit coefficient"
  },
  "-4086": {
    "name": "INVALID_PRICE_SPREAD_THRESHOLD",
    "message": "Invalid price spread threshold"
  },
  "-4087": {
    "name": "REDUCE_ONLY_ORDER_PERMISSION",
    "message": "User can only place reduce only order"
  },
  "-4088": {
    "name": "NO_PLACE_ORDER_PERMISSION",
    "message": "User can not place order currently"
  },
  "-4104": {
    "name": "INVALID_CONTRACT_TYPE",
    "message": "Invalid contract type"
  },
  "-4114": {
    "name": "INVALID_CLIENT_TRAN_ID_LEN",
    "message": "clientTranId is not valid"
  },
  "-4115": {
    "name": "DUPLICATED_CLIENT_TRAN_ID",
    "message": "clientTranId is duplicated"
  },
  "-4118": {
    "name": "REDUCE_ONLY_MARGIN_CHECK_FAILED",
    "message": "ReduceOnly Order Failed. Please check your existing position and open orders"
  },
  "-4131": {
    "name": "MARKET_ORDER_REJECT",
    "message": "The counterparty's best price does not meet the PERCENT_PRICE filter limit"
  },
  "-4135": {
    "name": "INVALID_ACTIVATION_PRICE",
    "message": "Invalid activation price"
  },
  "-4137": {
    "name": "QUANTITY_EXISTS_WITH_CLOSE_POSITION",
    "message": "Quantity must be zero with closePosition equals true"
  },
  "-4138": {
    "name": "REDUCE_ONLY_MUST_BE_TRUE",
    "message": "Reduce only must be true with closePosition equals true"
  },
  "-4139": {
    "name": "ORDER_TYPE_CANNOT_BE_MKT",
    "message": "Order type can not be market if it's unable to cancel"
  },
  "-4140": {
    "name": "INVALID_OPENING_POSITION_STATUS",
    "message": "Invalid symbol status for opening position"
  },
  "-4141": {
    "name": "SYMBOL_ALREADY_CLOSED",
    "message": "Symbol is closed"
  },
  "-4142": {
    "name": "STRATEGY_INVALID_TRIGGER_PRICE",
    "message": "REJECT: take profit or stop order will be triggered immediately"
  },
  "-4144": {
    "name": "INVALID_PAIR",
    "message": "Invalid pair"
  },
  "-4161": {
    "name": "ISOLATED_LEVERAGE_REJECT_WITH_POSITION",
    "message": "Leverage reduction is not supported in Isolated Margin Mode with open positions"
  },
  "-4164": {
    "name": "MIN_NOTIONAL",
    "message": "Order's notional must be no smaller than 5.0 (unless you choose reduce only)"
  },
  "-4165": {
    "name": "INVALID_TIME_INTERVAL",
    "message": "Invalid time interval"
  },
  "-4183": {
    "name": "PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP",
    "message": "Price is higher than stop price multiplier cap."
  },
  "-4184": {
    "name": "PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN",
    "message": "Price is lower than stop price multiplier floor."
  },
  "-4197": {
    "name": "SAME_ORDER_4197",
    "binanceName": "SAME_ORDER",
    "message": "No need to modify the order."
  },
  "-5021": {
    "name": "FOK_ORDER_REJECT",
    "message": "Due to the order could not be filled immediately, the FOK order has been rejected."
  },
  "-5022": {
    "name": "GTX_ORDER_REJECT",
    "message": "Due to the order could not be executed as maker, the Post Only order will be rejected."
  },
  "-5027": {
    "name": "SAME_ORDER",
    "message": "No need to modify the order."
  },
  "-5028": {
    "name": "ME_RECVWINDOW_REJECT",
    "message": "The requested timestamp is outside the recvWindow of the matching engine"
  },
  "-5041": {
    "name": "TOO_MANY_REQUESTS_IN_QUEUE",
    "message": "Time out for too many requests from this account queueing at the same time."
  },
  "-51007": {
    "name": "HAS_PENDING_TRANSACTION",
    "message": "You have pending borrow or repayment, please try again later"
  },
  "-51078": {
    "name": "NET_ASSET_MUST_LTE_RATIO",
    "message": "Fail to retrieve margin assets."
  }
} as const satisfies Record<number, ErrorCodeMeta>;

export type PortfolioMarginErrorCode =
  | -1000
  | -1001
  | -1002
  | -1003
  | -1004
  | -1005
  | -1006
  | -1007
  | -1008
  | -1010
  | -1011
  | -1013
  | -1014
  | -1015
  | -1016
  | -1020
  | -1021
  | -1022
  | -1023
  | -1100
  | -1101
  | -1102
  | -1103
  | -1104
  | -1105
  | -1106
  | -1108
  | -1109
  | -1110
  | -1111
  | -1112
  | -1113
  | -1114
  | -1115
  | -1116
  | -1117
  | -1118
  | -1119
  | -1120
  | -1121
  | -1125
  | -1127
  | -1128
  | -1130
  | -1136
  | -2010
  | -2011
  | -2013
  | -2014
  | -2015
  | -2016
  | -2018
  | -2019
  | -2020
  | -2021
  | -2022
  | -2023
  | -2024
  | -2025
  | -2026
  | -2027
  | -2028
  | -3000
  | -3001
  | -3002
  | -3003
  | -3004
  | -3005
  | -3006
  | -3007
  | -3008
  | -3009
  | -3010
  | -3011
  | -3012
  | -3013
  | -3014
  | -3015
  | -3016
  | -3017
  | -3018
  | -3019
  | -3020
  | -3021
  | -3022
  | -3023
  | -3024
  | -3025
  | -3026
  | -3027
  | -3028
  | -3029
  | -3036
  | -3037
  | -3038
  | -3041
  | -3042
  | -3043
  | -3044
  | -3045
  | -3064
  | -3065
  | -3067
  | -3999
  | -4000
  | -4001
  | -4002
  | -4003
  | -4004
  | -4005
  | -4006
  | -4007
  | -4008
  | -4009
  | -4010
  | -4011
  | -4012
  | -4013
  | -4014
  | -4015
  | -4016
  | -4017
  | -4018
  | -4019
  | -4020
  | -4021
  | -4022
  | -4023
  | -4024
  | -4025
  | -4026
  | -4027
  | -4028
  | -4029
  | -4030
  | -4031
  | -4032
  | -4033
  | -4044
  | -4045
  | -4046
  | -4047
  | -4048
  | -4049
  | -4050
  | -4051
  | -4052
  | -4053
  | -4054
  | -4055
  | -4056
  | -4057
  | -4058
  | -4059
  | -4060
  | -4061
  | -4062
  | -4063
  | -4064
  | -4065
  | -4066
  | -4067
  | -4068
  | -4069
  | -4070
  | -4071
  | -4072
  | -4073
  | -4074
  | -4075
  | -4076
  | -4077
  | -4078
  | -4079
  | -4080
  | -4081
  | -4082
  | -4083
  | -4084
  | -4085
  | -4086
  | -4087
  | -4088
  | -4104
  | -4114
  | -4115
  | -4118
  | -4131
  | -4135
  | -4137
  | -4138
  | -4139
  | -4140
  | -4141
  | -4142
  | -4144
  | -4161
  | -4164
  | -4165
  | -4183
  | -4184
  | -4197
  | -5021
  | -5022
  | -5027
  | -5028
  | -5041
  | -51007
  | -51078;

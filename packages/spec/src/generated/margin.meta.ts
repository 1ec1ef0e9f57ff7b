/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
import type { ErrorCodeMeta, ExecutionStatusMeta, OperationMeta, RateLimitMeta, TimingMeta } from '../meta-types.js';

/** How the margin API reads `timestamp` and `recvWindow` (spec `x-binance-timing`). */
export const marginTiming = {
  "timestampUnits": [
    "MILLISECOND",
    "MICROSECOND"
  ],
  "aheadToleranceMs": 1000,
  "recvWindowDefault": 5000,
  "recvWindowMax": 60000,
  "recvWindowFractionDigits": 3,
  "recvWindowTooLargeCode": -1131,
  "outsideWindowCode": -1021,
  "description": "`timestamp` in milliseconds or microseconds (16 digits); `recvWindow` in milliseconds with up to three decimals, default 5000, at most 60000 (-1131 BAD_RECV_WINDOW above). A request is rejected with -1021 when its timestamp is one second or more ahead of the server clock or older than `recvWindow`.",
  "source": "https://developers.binance.com/docs/margin_trading/general-info"
} as const satisfies TimingMeta;

/** GET /sapi/v1/margin/order: Query margin order (USER_DATA) */
export const getMarginOrder = {
  "api": "margin",
  "operationId": "getMarginOrder",
  "method": "GET",
  "path": "/sapi/v1/margin/order",
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
    "isIsolated": {
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
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "description": "Identify the order by `orderId` or by `origClientOrderId`."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/order: New margin order (TRADE) */
export const newMarginOrder = {
  "api": "margin",
  "operationId": "newMarginOrder",
  "method": "POST",
  "path": "/sapi/v1/margin/order",
  "summary": "New margin order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 6,
    "conditions": [
      {
        "param": "sideEffectType",
        "in": [
          "MARGIN_BUY",
          "AUTO_BORROW_REPAY"
        ],
        "value": 1500
      }
    ]
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
    "icebergQty": {
      "kind": "decimal"
    },
    "newOrderRespType": {
      "kind": "enum",
      "values": [
        "ACK",
        "RESULT",
        "FULL"
      ]
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
    "trailingDelta": {
      "kind": "integer",
      "minimum": 1
    },
    "autoRepayAtCancel": {
      "kind": "boolean",
      "default": true
    },
    "recvWindow": {
      "kind": "number",
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
      "kind": "atLeastOne",
      "params": [
        "stopPrice",
        "trailingDelta"
      ],
      "when": {
        "param": "type",
        "in": [
          "STOP_LOSS",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT",
          "TAKE_PROFIT_LIMIT"
        ]
      },
      "description": "Stop-loss and take-profit orders need a trigger: a fixed `stopPrice`, a `trailingDelta`, or both."
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
      "param": "trailingDelta",
      "when": {
        "param": "type",
        "in": [
          "LIMIT",
          "MARKET",
          "LIMIT_MAKER"
        ]
      },
      "description": "Only stop-loss and take-profit orders take `trailingDelta`."
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
  "timing": marginTiming,
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
          "side",
          "selfTradePreventionMode"
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
          "selfTradePreventionMode",
          "fills"
        ]
      }
    }
  }
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/order: Cancel margin order (TRADE) */
export const cancelMarginOrder = {
  "api": "margin",
  "operationId": "cancelMarginOrder",
  "method": "DELETE",
  "path": "/sapi/v1/margin/order",
  "summary": "Cancel margin order (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
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
    "isIsolated": {
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
      "kind": "number",
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
      "description": "Identify the order by `orderId` or by `origClientOrderId`."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "lenientInt64",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/openOrders: Query margin open orders (USER_DATA) */
export const getMarginOpenOrders = {
  "api": "margin",
  "operationId": "getMarginOpenOrders",
  "method": "GET",
  "path": "/sapi/v1/margin/openOrders",
  "summary": "Query margin open orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10,
    "note": "Without `symbol` the call covers every pair, and its weight becomes the number of symbols currently trading on the exchange (one unit per symbol) instead of 10."
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "isIsolated": {
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
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/openOrders: Cancel all margin open orders on a symbol (TRADE) */
export const cancelMarginOpenOrders = {
  "api": "margin",
  "operationId": "cancelMarginOpenOrders",
  "method": "DELETE",
  "path": "/sapi/v1/margin/openOrders",
  "summary": "Cancel all margin open orders on a symbol (TRADE)",
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
    "isIsolated": {
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
    "recvWindow": {
      "kind": "number",
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
      "marginBuyBorrowAmount": "lenientDecimal",
      "orderId": "lenientInt64",
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
      "marginBuyBorrowAmount",
      "orderId",
      "orderListId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/allOrders: Query all margin orders (USER_DATA) */
export const getMarginAllOrders = {
  "api": "margin",
  "operationId": "getMarginAllOrders",
  "method": "GET",
  "path": "/sapi/v1/margin/allOrders",
  "summary": "Query all margin orders (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 200
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
      "kind": "number",
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
      "description": "When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`."
    }
  ],
  "response": {
    "fields": {
      "cummulativeQuoteQty": "decimal",
      "executedQty": "decimal",
      "icebergQty": "decimal",
      "orderId": "int64",
      "origQty": "decimal",
      "price": "decimal",
      "stopPrice": "decimal"
    },
    "losslessKeys": [
      "orderId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [
    {
      "rateLimitType": "RAW_REQUESTS",
      "scope": "ip",
      "interval": "MINUTE",
      "intervalNum": 1,
      "limit": 60,
      "description": "Binance's page adds \"Request Limit: 60 times/min per IP\" to the 200 IP weight: at most 60 calls a minute from one IP, whatever weight is left."
    }
  ],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/order/oco: New margin OCO (TRADE) */
export const newMarginOco = {
  "api": "margin",
  "operationId": "newMarginOco",
  "method": "POST",
  "path": "/sapi/v1/margin/order/oco",
  "summary": "New margin OCO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 6,
    "conditions": [
      {
        "param": "sideEffectType",
        "in": [
          "MARGIN_BUY",
          "AUTO_BORROW_REPAY"
        ],
        "value": 1500
      }
    ]
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
        "RESULT",
        "FULL"
      ]
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
      "kind": "number",
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
      "description": "Sending `stopLimitPrice` turns the stop leg into a stop-limit order, which also needs its time in force in `stopLimitTimeInForce`."
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/orderList: Query margin OCO (USER_DATA) */
export const getMarginOco = {
  "api": "margin",
  "operationId": "getMarginOco",
  "method": "GET",
  "path": "/sapi/v1/margin/orderList",
  "summary": "Query margin OCO (USER_DATA)",
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
    "isIsolated": {
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
    "symbol": {
      "kind": "string"
    },
    "orderListId": {
      "kind": "int64",
      "minimum": 0
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "precedence": "orderListId",
      "description": "Identify the list by `orderListId` or by its client id in `origClientOrderId`."
    },
    {
      "kind": "requiredWhen",
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "FALSE"
        ]
      },
      "description": "A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`."
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
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/orderList: Cancel margin OCO (TRADE) */
export const cancelMarginOco = {
  "api": "margin",
  "operationId": "cancelMarginOco",
  "method": "DELETE",
  "path": "/sapi/v1/margin/orderList",
  "summary": "Cancel margin OCO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
      "kind": "number",
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
      "precedence": "orderListId",
      "description": "Identify the list by `orderListId` or by its client id in `listClientOrderId`."
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
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/allOrderList: Query all margin OCOs (USER_DATA) */
export const getMarginAllOco = {
  "api": "margin",
  "operationId": "getMarginAllOco",
  "method": "GET",
  "path": "/sapi/v1/margin/allOrderList",
  "summary": "Query all margin OCOs (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 200
  },
  "paramsIn": "query",
  "params": {
    "isIsolated": {
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
    "symbol": {
      "kind": "string"
    },
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
      "maximum": 1000
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "FALSE"
        ]
      },
      "description": "A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`."
    },
    {
      "kind": "exclusive",
      "param": "fromId",
      "excludes": [
        "startTime",
        "endTime"
      ],
      "description": "Paging by id (`fromId`) cannot be combined with a time range (`startTime`, `endTime`)."
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
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/openOrderList: Query margin open OCOs (USER_DATA) */
export const getMarginOpenOco = {
  "api": "margin",
  "operationId": "getMarginOpenOco",
  "method": "GET",
  "path": "/sapi/v1/margin/openOrderList",
  "summary": "Query margin open OCOs (USER_DATA)",
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
    "isIsolated": {
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
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "An isolated-margin query (`isIsolated=TRUE`) must name its pair in `symbol`."
    },
    {
      "kind": "forbiddenWhen",
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "FALSE"
        ]
      },
      "description": "A cross-margin query (`isIsolated` absent or `FALSE`) must not send `symbol`."
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
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/myTrades: Query margin trade list (USER_DATA) */
export const getMarginTrades = {
  "api": "margin",
  "operationId": "getMarginTrades",
  "method": "GET",
  "path": "/sapi/v1/margin/myTrades",
  "summary": "Query margin trade list (USER_DATA)",
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
    "isIsolated": {
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
      "kind": "number",
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
      "description": "When both `startTime` and `endTime` are sent they must be less than 24 hours apart, and `startTime` may not be after `endTime`."
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/borrow-repay: Query borrow/repay records (USER_DATA) */
export const getMarginBorrowRepayRecords = {
  "api": "margin",
  "operationId": "getMarginBorrowRepayRecords",
  "method": "GET",
  "path": "/sapi/v1/margin/borrow-repay",
  "summary": "Query borrow/repay records (USER_DATA)",
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
      "kind": "string"
    },
    "isolatedSymbol": {
      "kind": "string"
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
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "BORROW",
        "REPAY"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "description": "Send `txId` or `startTime`; `txId` takes precedence when both are sent."
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/borrow-repay: Borrow or repay a margin loan (MARGIN) */
export const marginBorrowRepay = {
  "api": "margin",
  "operationId": "marginBorrowRepay",
  "method": "POST",
  "path": "/sapi/v1/margin/borrow-repay",
  "summary": "Borrow or repay a margin loan (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 1500
  },
  "paramsIn": "body",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
      "kind": "booleanString",
      "required": true,
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
    "symbol": {
      "kind": "string"
    },
    "amount": {
      "kind": "decimal",
      "required": true
    },
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "BORROW",
        "REPAY"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "An isolated-margin loan (`isIsolated=TRUE`) needs the pair it belongs to in `symbol`."
    }
  ],
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/maxBorrowable: Query max borrowable amount (USER_DATA) */
export const getMarginMaxBorrowable = {
  "api": "margin",
  "operationId": "getMarginMaxBorrowable",
  "method": "GET",
  "path": "/sapi/v1/margin/maxBorrowable",
  "summary": "Query max borrowable amount (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 750
  },
  "paramsIn": "query",
  "params": {
    "asset": {
      "kind": "string",
      "required": true
    },
    "isolatedSymbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/maxTransferable: Query max transfer-out amount (USER_DATA) */
export const getMarginMaxTransferable = {
  "api": "margin",
  "operationId": "getMarginMaxTransferable",
  "method": "GET",
  "path": "/sapi/v1/margin/maxTransferable",
  "summary": "Query max transfer-out amount (USER_DATA)",
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
      "kind": "string",
      "required": true
    },
    "isolatedSymbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/account: Query cross-margin account details (USER_DATA) */
export const getCrossMarginAccount = {
  "api": "margin",
  "operationId": "getCrossMarginAccount",
  "method": "GET",
  "path": "/sapi/v1/margin/account",
  "summary": "Query cross-margin account details (USER_DATA)",
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
    "recvWindow": {
      "kind": "number",
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
      "TotalCollateralValueInUSDT": "decimal",
      "collateralMarginLevel": "decimal",
      "marginLevel": "decimal",
      "totalAssetOfBtc": "decimal",
      "totalLiabilityOfBtc": "decimal",
      "totalNetAssetOfBtc": "decimal",
      "totalOpenOrderLossInUSDT": "decimal",
      "userAssets": {
        "borrowed": "decimal",
        "free": "decimal",
        "interest": "decimal",
        "locked": "decimal",
        "netAsset": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/isolated/account: Query isolated-margin account info (USER_DATA) */
export const getIsolatedMarginAccount = {
  "api": "margin",
  "operationId": "getIsolatedMarginAccount",
  "method": "GET",
  "path": "/sapi/v1/margin/isolated/account",
  "summary": "Query isolated-margin account info (USER_DATA)",
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
    "symbols": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
        "baseAsset": {
          "borrowed": "decimal",
          "free": "decimal",
          "interest": "decimal",
          "locked": "decimal",
          "netAsset": "decimal",
          "netAssetOfBtc": "decimal",
          "totalAsset": "decimal"
        },
        "indexPrice": "decimal",
        "liquidatePrice": "decimal",
        "liquidateRate": "decimal",
        "marginLevel": "decimal",
        "marginRatio": "decimal",
        "quoteAsset": {
          "borrowed": "decimal",
          "free": "decimal",
          "interest": "decimal",
          "locked": "decimal",
          "netAsset": "decimal",
          "netAssetOfBtc": "decimal",
          "totalAsset": "decimal"
        }
      },
      "totalAssetOfBtc": "decimal",
      "totalLiabilityOfBtc": "decimal",
      "totalNetAssetOfBtc": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/isolated/account: Enable isolated-margin account (TRADE) */
export const enableIsolatedMarginAccount = {
  "api": "margin",
  "operationId": "enableIsolatedMarginAccount",
  "method": "POST",
  "path": "/sapi/v1/margin/isolated/account",
  "summary": "Enable isolated-margin account (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 300
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/isolated/account: Disable isolated-margin account (TRADE) */
export const disableIsolatedMarginAccount = {
  "api": "margin",
  "operationId": "disableIsolatedMarginAccount",
  "method": "DELETE",
  "path": "/sapi/v1/margin/isolated/account",
  "summary": "Disable isolated-margin account (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 300
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/interestHistory: Get interest history (USER_DATA) */
export const getMarginInterestHistory = {
  "api": "margin",
  "operationId": "getMarginInterestHistory",
  "method": "GET",
  "path": "/sapi/v1/margin/interestHistory",
  "summary": "Get interest history (USER_DATA)",
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
    "isolatedSymbol": {
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
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/forceLiquidationRec: Get force liquidation records (USER_DATA) */
export const getMarginForceLiquidationRecords = {
  "api": "margin",
  "operationId": "getMarginForceLiquidationRecords",
  "method": "GET",
  "path": "/sapi/v1/margin/forceLiquidationRec",
  "summary": "Get force liquidation records (USER_DATA)",
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
    "isolatedSymbol": {
      "kind": "string"
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
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/transfer: Get cross margin transfer history (USER_DATA) */
export const getMarginTransferHistory = {
  "api": "margin",
  "operationId": "getMarginTransferHistory",
  "method": "GET",
  "path": "/sapi/v1/margin/transfer",
  "summary": "Get cross margin transfer history (USER_DATA)",
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
    "type": {
      "kind": "enum",
      "values": [
        "ROLL_IN",
        "ROLL_OUT"
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
    "isolatedSymbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
        "amount": "decimal",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/capital-flow: Query cross or isolated margin capital flow (USER_DATA) */
export const getMarginCapitalFlow = {
  "api": "margin",
  "operationId": "getMarginCapitalFlow",
  "method": "GET",
  "path": "/sapi/v1/margin/capital-flow",
  "summary": "Query cross or isolated margin capital flow (USER_DATA)",
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
    "asset": {
      "kind": "string"
    },
    "symbol": {
      "kind": "string"
    },
    "type": {
      "kind": "enum",
      "values": [
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT"
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
      "kind": "number",
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
      "description": "`startTime` and `endTime` may be at most 7 days apart (Binance's change log of 2026-01-16, effective 2026-02-02).",
      "error": {
        "code": -4047,
        "msg": "Time interval must be within 0-7 days"
      }
    }
  ],
  "response": {
    "fields": {
      "amount": "decimal",
      "id": "int64",
      "tranId": "int64"
    },
    "losslessKeys": [
      "id",
      "tranId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/tradeCoeff: Get summary of margin account (USER_DATA) */
export const getMarginTradeCoeff = {
  "api": "margin",
  "operationId": "getMarginTradeCoeff",
  "method": "GET",
  "path": "/sapi/v1/margin/tradeCoeff",
  "summary": "Get summary of margin account (USER_DATA)",
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
    "recvWindow": {
      "kind": "number",
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
      "forceLiquidationBar": "decimal",
      "marginCallBar": "decimal",
      "normalBar": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/max-leverage: Adjust cross margin max leverage (USER_DATA) */
export const adjustCrossMarginMaxLeverage = {
  "api": "margin",
  "operationId": "adjustCrossMarginMaxLeverage",
  "method": "POST",
  "path": "/sapi/v1/margin/max-leverage",
  "summary": "Adjust cross margin max leverage (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 3000
  },
  "paramsIn": "body",
  "params": {
    "maxLeverage": {
      "kind": "integer",
      "required": true,
      "values": [
        "3",
        "5"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "scope": "ip",
      "interval": "MINUTE",
      "intervalNum": 1,
      "limit": 1,
      "description": "\"Request Limit: 1 times/min per IP\" on Binance's page."
    }
  ],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/bnbBurn: Get BNB burn status (USER_DATA) */
export const getBnbBurnStatus = {
  "api": "margin",
  "operationId": "getBnbBurnStatus",
  "method": "GET",
  "path": "/sapi/v1/bnbBurn",
  "summary": "Get BNB burn status (USER_DATA)",
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
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/interestRateHistory: Query margin interest rate history (USER_DATA) */
export const getMarginInterestRateHistory = {
  "api": "margin",
  "operationId": "getMarginInterestRateHistory",
  "method": "GET",
  "path": "/sapi/v1/margin/interestRateHistory",
  "summary": "Query margin interest rate history (USER_DATA)",
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
      "kind": "string",
      "required": true
    },
    "vipLevel": {
      "kind": "integer",
      "minimum": 0,
      "maximum": 9
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "number",
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
      "description": "`startTime` and `endTime` may be at most 30 days (\"1 month\") apart."
    }
  ],
  "response": {
    "fields": {
      "dailyInterestRate": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/next-hourly-interest-rate: Get future hourly interest rate (USER_DATA) */
export const getMarginNextHourlyInterestRate = {
  "api": "margin",
  "operationId": "getMarginNextHourlyInterestRate",
  "method": "GET",
  "path": "/sapi/v1/margin/next-hourly-interest-rate",
  "summary": "Get future hourly interest rate (USER_DATA)",
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
    "assets": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
      "kind": "booleanString",
      "required": true,
      "values": [
        "TRUE",
        "FALSE"
      ],
      "spelling": [
        "TRUE",
        "FALSE"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "nextHourlyInterestRate": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/exchange-small-liability: Get small liability exchange coin list (USER_DATA) */
export const getSmallLiabilityExchangeCoinList = {
  "api": "margin",
  "operationId": "getSmallLiabilityExchangeCoinList",
  "method": "GET",
  "path": "/sapi/v1/margin/exchange-small-liability",
  "summary": "Get small liability exchange coin list (USER_DATA)",
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
    "recvWindow": {
      "kind": "number",
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
      "interest": "decimal",
      "liabilityQty": "lenientDecimal",
      "principal": "decimal"
    },
    "losslessKeys": [
      "liabilityQty"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/exchange-small-liability: Small liability exchange (MARGIN) */
export const exchangeSmallLiability = {
  "api": "margin",
  "operationId": "exchangeSmallLiability",
  "method": "POST",
  "path": "/sapi/v1/margin/exchange-small-liability",
  "summary": "Small liability exchange (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 3000
  },
  "paramsIn": "body",
  "params": {
    "assetNames": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/exchange-small-liability-history: Get small liability exchange history (USER_DATA) */
export const getSmallLiabilityExchangeHistory = {
  "api": "margin",
  "operationId": "getSmallLiabilityExchangeHistory",
  "method": "GET",
  "path": "/sapi/v1/margin/exchange-small-liability-history",
  "summary": "Get small liability exchange history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "current": {
      "kind": "integer",
      "required": true,
      "minimum": 1
    },
    "size": {
      "kind": "integer",
      "required": true,
      "minimum": 1,
      "maximum": 100
    },
    "startTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "endTime": {
      "kind": "timestamp",
      "minimum": 0
    },
    "recvWindow": {
      "kind": "number",
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
        "amount": "decimal",
        "targetAmount": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/liquidation-loan: Query liquidation loan (USER_DATA) */
export const getMarginLiquidationLoan = {
  "api": "margin",
  "operationId": "getMarginLiquidationLoan",
  "method": "GET",
  "path": "/sapi/v1/margin/liquidation-loan",
  "summary": "Query liquidation loan (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "number",
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
      "remainingAmount": "decimal",
      "repaidAmount": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/liquidation-loan/repay: Liquidation loan repay (MARGIN) */
export const repayMarginLiquidationLoan = {
  "api": "margin",
  "operationId": "repayMarginLiquidationLoan",
  "method": "POST",
  "path": "/sapi/v1/margin/liquidation-loan/repay",
  "summary": "Liquidation loan repay (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
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
      "kind": "number",
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
      "repayId": "int64"
    },
    "losslessKeys": [
      "repayId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/liquidation-loan/repay-history: Query liquidation loan repay history (USER_DATA) */
export const getMarginLiquidationLoanRepayHistory = {
  "api": "margin",
  "operationId": "getMarginLiquidationLoanRepayHistory",
  "method": "GET",
  "path": "/sapi/v1/margin/liquidation-loan/repay-history",
  "summary": "Query liquidation loan repay history (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 100
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
      "default": 50,
      "minimum": 1
    },
    "recvWindow": {
      "kind": "number",
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
        "amount": "decimal",
        "repayId": "int64"
      }
    },
    "losslessKeys": [
      "repayId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/allAssets: Get all margin assets (MARKET_DATA) */
export const getAllMarginAssets = {
  "api": "margin",
  "operationId": "getAllMarginAssets",
  "method": "GET",
  "path": "/sapi/v1/margin/allAssets",
  "summary": "Get all margin assets (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
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
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "userMinBorrow": "decimal",
      "userMinRepay": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/allPairs: Get all cross margin pairs (MARKET_DATA) */
export const getAllCrossMarginPairs = {
  "api": "margin",
  "operationId": "getAllCrossMarginPairs",
  "method": "GET",
  "path": "/sapi/v1/margin/allPairs",
  "summary": "Get all cross margin pairs (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
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
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "id": "int64"
    },
    "losslessKeys": [
      "id"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/priceIndex: Query margin price index (MARKET_DATA) */
export const getMarginPriceIndex = {
  "api": "margin",
  "operationId": "getMarginPriceIndex",
  "method": "GET",
  "path": "/sapi/v1/margin/priceIndex",
  "summary": "Query margin price index (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
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
    }
  },
  "rules": [],
  "response": {
    "fields": {
      "price": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/crossMarginData: Query cross margin fee data (USER_DATA) */
export const getCrossMarginFeeData = {
  "api": "margin",
  "operationId": "getCrossMarginFeeData",
  "method": "GET",
  "path": "/sapi/v1/margin/crossMarginData",
  "summary": "Query cross margin fee data (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 5,
    "conditions": [
      {
        "param": "coin",
        "present": true,
        "value": 1
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "vipLevel": {
      "kind": "integer",
      "minimum": 0,
      "maximum": 9
    },
    "coin": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "borrowLimit": "decimal",
      "dailyInterest": "decimal",
      "yearlyInterest": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/crossMarginCollateralRatio: Cross margin collateral ratio (MARKET_DATA) */
export const getCrossMarginCollateralRatio = {
  "api": "margin",
  "operationId": "getCrossMarginCollateralRatio",
  "method": "GET",
  "path": "/sapi/v1/margin/crossMarginCollateralRatio",
  "summary": "Cross margin collateral ratio (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "query",
  "params": {},
  "rules": [],
  "response": {
    "fields": {
      "collaterals": {
        "discountRate": "decimal",
        "maxUsdValue": "decimal",
        "minUsdValue": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/available-inventory: Query margin available inventory (USER_DATA) */
export const getMarginAvailableInventory = {
  "api": "margin",
  "operationId": "getMarginAvailableInventory",
  "method": "GET",
  "path": "/sapi/v1/margin/available-inventory",
  "summary": "Query margin available inventory (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 50
  },
  "paramsIn": "query",
  "params": {
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "MARGIN",
        "ISOLATED"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
        "*": "decimal"
      }
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/delist-schedule: Get delist schedule (MARKET_DATA) */
export const getMarginDelistSchedule = {
  "api": "margin",
  "operationId": "getMarginDelistSchedule",
  "method": "GET",
  "path": "/sapi/v1/margin/delist-schedule",
  "summary": "Get delist schedule (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
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

/** GET /sapi/v1/margin/list-schedule: Get list schedule (MARKET_DATA) */
export const getMarginListSchedule = {
  "api": "margin",
  "operationId": "getMarginListSchedule",
  "method": "GET",
  "path": "/sapi/v1/margin/list-schedule",
  "summary": "Get list schedule (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 100
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

/** GET /sapi/v1/margin/limit-price-pairs: Get limit price pairs (MARKET_DATA) */
export const getMarginLimitPricePairs = {
  "api": "margin",
  "operationId": "getMarginLimitPricePairs",
  "method": "GET",
  "path": "/sapi/v1/margin/limit-price-pairs",
  "summary": "Get limit price pairs (MARKET_DATA)",
  "security": "MARKET_DATA",
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

/** GET /sapi/v1/margin/restricted-asset: Get margin restricted assets (MARKET_DATA) */
export const getMarginRestrictedAssets = {
  "api": "margin",
  "operationId": "getMarginRestrictedAssets",
  "method": "GET",
  "path": "/sapi/v1/margin/restricted-asset",
  "summary": "Get margin restricted assets (MARKET_DATA)",
  "security": "MARKET_DATA",
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

/** GET /sapi/v1/margin/risk-based-liquidation-ratio: Get margin asset risk-based liquidation ratio (MARKET_DATA) */
export const getMarginRiskBasedLiquidationRatio = {
  "api": "margin",
  "operationId": "getMarginRiskBasedLiquidationRatio",
  "method": "GET",
  "path": "/sapi/v1/margin/risk-based-liquidation-ratio",
  "summary": "Get margin asset risk-based liquidation ratio (MARKET_DATA)",
  "security": "MARKET_DATA",
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
    "fields": {
      "riskBasedLiquidationRatio": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/leverageBracket: Query liability coin leverage bracket in cross margin Pro mode (MARKET_DATA) */
export const getMarginLeverageBracket = {
  "api": "margin",
  "operationId": "getMarginLeverageBracket",
  "method": "GET",
  "path": "/sapi/v1/margin/leverageBracket",
  "summary": "Query liability coin leverage bracket in cross margin Pro mode (MARKET_DATA)",
  "security": "MARKET_DATA",
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
    "fields": {
      "brackets": {
        "fastNum": "lenientDecimal",
        "initialMarginRate": "lenientDecimal",
        "maintenanceMarginRate": "lenientDecimal",
        "maxDebt": "lenientDecimal"
      }
    },
    "losslessKeys": [
      "fastNum",
      "initialMarginRate",
      "maintenanceMarginRate",
      "maxDebt"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "deprecated": {
    "announced": "2026-04-13",
    "sunset": "2026-04-13",
    "note": "Cross Margin Pro was sunset on 2026-04-13; Binance's change log of that day says this call is \"no longer supported due to the sunset of Cross Margin Pro Mode\". There is no replacement."
  }
} as const satisfies OperationMeta;

/** POST /sapi/v1/userListenToken: Create margin account listenToken (USER_STREAM) */
export const createMarginListenToken = {
  "api": "margin",
  "operationId": "createMarginListenToken",
  "method": "POST",
  "path": "/sapi/v1/userListenToken",
  "summary": "Create margin account listenToken (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "isIsolated": {
      "kind": "boolean",
      "default": false
    },
    "validity": {
      "kind": "integer",
      "default": 86400000,
      "minimum": 1,
      "maximum": 86400000
    }
  },
  "rules": [
    {
      "kind": "requiredWhen",
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "true",
          "TRUE"
        ]
      },
      "description": "An isolated-margin token (`isIsolated=true`) needs the pair in `symbol`."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/listen-key: Start the margin risk data stream (USER_STREAM) */
export const createMarginListenKey = {
  "api": "margin",
  "operationId": "createMarginListenKey",
  "method": "POST",
  "path": "/sapi/v1/margin/listen-key",
  "summary": "Start the margin risk data stream (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
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

/** PUT /sapi/v1/margin/listen-key: Keep the margin risk data stream alive (USER_STREAM) */
export const keepAliveMarginListenKey = {
  "api": "margin",
  "operationId": "keepAliveMarginListenKey",
  "method": "PUT",
  "path": "/sapi/v1/margin/listen-key",
  "summary": "Keep the margin risk data stream alive (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "listenKey": {
      "kind": "string",
      "required": true
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/listen-key: Close the margin risk data stream (USER_STREAM) */
export const closeMarginListenKey = {
  "api": "margin",
  "operationId": "closeMarginListenKey",
  "method": "DELETE",
  "path": "/sapi/v1/margin/listen-key",
  "summary": "Close the margin risk data stream (USER_STREAM)",
  "security": "USER_STREAM",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 3000
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

/** POST /sapi/v1/margin/order/oto: New margin OTO (TRADE) */
export const newMarginOto = {
  "api": "margin",
  "operationId": "newMarginOto",
  "method": "POST",
  "path": "/sapi/v1/margin/order/oto",
  "summary": "New margin OTO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 6,
    "conditions": [
      {
        "param": "sideEffectType",
        "in": [
          "MARGIN_BUY"
        ],
        "value": 1500
      }
    ]
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
    "listClientOrderId": {
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
    "sideEffectType": {
      "kind": "enum",
      "values": [
        "NO_SIDE_EFFECT",
        "MARGIN_BUY"
      ],
      "default": "NO_SIDE_EFFECT"
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
    "workingType": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT",
        "LIMIT_MAKER"
      ]
    },
    "workingSide": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "workingClientOrderId": {
      "kind": "string"
    },
    "workingPrice": {
      "kind": "decimal",
      "required": true
    },
    "workingQuantity": {
      "kind": "decimal",
      "required": true
    },
    "workingIcebergQty": {
      "kind": "decimal"
    },
    "workingTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "pendingType": {
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
    "pendingSide": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "pendingClientOrderId": {
      "kind": "string"
    },
    "pendingPrice": {
      "kind": "decimal"
    },
    "pendingStopPrice": {
      "kind": "decimal"
    },
    "pendingTrailingDelta": {
      "kind": "integer",
      "minimum": 1
    },
    "pendingQuantity": {
      "kind": "decimal",
      "required": true
    },
    "pendingIcebergQty": {
      "kind": "decimal"
    },
    "pendingTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "workingTimeInForce",
      "when": {
        "param": "workingType",
        "in": [
          "LIMIT"
        ]
      },
      "description": "A `LIMIT` working order needs its time in force in `workingTimeInForce`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingPrice",
      "when": {
        "param": "pendingType",
        "in": [
          "LIMIT",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT_LIMIT",
          "LIMIT_MAKER"
        ]
      },
      "description": "A pending order with a limit price (`LIMIT`, `LIMIT_MAKER`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT`) needs it in `pendingPrice`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingTimeInForce",
      "when": {
        "param": "pendingType",
        "in": [
          "LIMIT",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT_LIMIT"
        ]
      },
      "description": "A `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` pending order needs `pendingTimeInForce`."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "pendingStopPrice",
        "pendingTrailingDelta"
      ],
      "when": {
        "param": "pendingType",
        "in": [
          "STOP_LOSS",
          "STOP_LOSS_LIMIT",
          "TAKE_PROFIT",
          "TAKE_PROFIT_LIMIT"
        ]
      },
      "description": "A stop or take-profit pending order needs a trigger: `pendingStopPrice`, `pendingTrailingDelta`, or both."
    },
    {
      "kind": "requires",
      "param": "pendingTrailingDelta",
      "requires": [
        "pendingPrice"
      ],
      "description": "Since 2026-06-15 (change log of 2026-06-17) a trailing pending order also needs `pendingPrice`."
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/order/otoco: New margin OTOCO (TRADE) */
export const newMarginOtoco = {
  "api": "margin",
  "operationId": "newMarginOtoco",
  "method": "POST",
  "path": "/sapi/v1/margin/order/otoco",
  "summary": "New margin OTOCO (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 6,
    "conditions": [
      {
        "param": "sideEffectType",
        "in": [
          "MARGIN_BUY"
        ],
        "value": 1500
      }
    ]
  },
  "paramsIn": "body",
  "params": {
    "symbol": {
      "kind": "string",
      "required": true
    },
    "isIsolated": {
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
    "sideEffectType": {
      "kind": "enum",
      "values": [
        "NO_SIDE_EFFECT",
        "MARGIN_BUY"
      ],
      "default": "NO_SIDE_EFFECT"
    },
    "autoRepayAtCancel": {
      "kind": "boolean",
      "default": true
    },
    "listClientOrderId": {
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
    "selfTradePreventionMode": {
      "kind": "enum",
      "values": [
        "EXPIRE_TAKER",
        "EXPIRE_MAKER",
        "EXPIRE_BOTH",
        "NONE"
      ]
    },
    "workingType": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT",
        "LIMIT_MAKER"
      ]
    },
    "workingSide": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "workingClientOrderId": {
      "kind": "string"
    },
    "workingPrice": {
      "kind": "decimal",
      "required": true
    },
    "workingQuantity": {
      "kind": "decimal",
      "required": true
    },
    "workingIcebergQty": {
      "kind": "decimal"
    },
    "workingTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "pendingSide": {
      "kind": "enum",
      "required": true,
      "values": [
        "BUY",
        "SELL"
      ]
    },
    "pendingQuantity": {
      "kind": "decimal",
      "required": true
    },
    "pendingAboveType": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT_MAKER",
        "STOP_LOSS",
        "STOP_LOSS_LIMIT"
      ]
    },
    "pendingAboveClientOrderId": {
      "kind": "string"
    },
    "pendingAbovePrice": {
      "kind": "decimal"
    },
    "pendingAboveStopPrice": {
      "kind": "decimal"
    },
    "pendingAboveTrailingDelta": {
      "kind": "integer",
      "minimum": 1
    },
    "pendingAboveIcebergQty": {
      "kind": "decimal"
    },
    "pendingAboveTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "pendingBelowType": {
      "kind": "enum",
      "required": true,
      "values": [
        "LIMIT_MAKER",
        "STOP_LOSS",
        "STOP_LOSS_LIMIT"
      ]
    },
    "pendingBelowClientOrderId": {
      "kind": "string"
    },
    "pendingBelowPrice": {
      "kind": "decimal"
    },
    "pendingBelowStopPrice": {
      "kind": "decimal"
    },
    "pendingBelowTrailingDelta": {
      "kind": "integer",
      "minimum": 1
    },
    "pendingBelowIcebergQty": {
      "kind": "decimal"
    },
    "pendingBelowTimeInForce": {
      "kind": "enum",
      "values": [
        "GTC",
        "IOC",
        "FOK"
      ]
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "workingTimeInForce",
      "when": {
        "param": "workingType",
        "in": [
          "LIMIT"
        ]
      },
      "description": "A `LIMIT` working order needs its time in force in `workingTimeInForce`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingAbovePrice",
      "when": {
        "param": "pendingAboveType",
        "in": [
          "LIMIT_MAKER",
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-above leg needs `pendingAbovePrice`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingAboveTimeInForce",
      "when": {
        "param": "pendingAboveType",
        "in": [
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A `STOP_LOSS_LIMIT` pending-above leg needs `pendingAboveTimeInForce`."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "pendingAboveStopPrice",
        "pendingAboveTrailingDelta"
      ],
      "when": {
        "param": "pendingAboveType",
        "in": [
          "STOP_LOSS",
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A stop pending-above leg needs `pendingAboveStopPrice`, `pendingAboveTrailingDelta`, or both."
    },
    {
      "kind": "requires",
      "param": "pendingAboveTrailingDelta",
      "requires": [
        "pendingAbovePrice"
      ],
      "description": "Since 2026-06-15 a trailing pending-above leg also needs `pendingAbovePrice`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingBelowPrice",
      "when": {
        "param": "pendingBelowType",
        "in": [
          "LIMIT_MAKER",
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A `LIMIT_MAKER` or `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowPrice`."
    },
    {
      "kind": "requiredWhen",
      "param": "pendingBelowTimeInForce",
      "when": {
        "param": "pendingBelowType",
        "in": [
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A `STOP_LOSS_LIMIT` pending-below leg needs `pendingBelowTimeInForce`."
    },
    {
      "kind": "atLeastOne",
      "params": [
        "pendingBelowStopPrice",
        "pendingBelowTrailingDelta"
      ],
      "when": {
        "param": "pendingBelowType",
        "in": [
          "STOP_LOSS",
          "STOP_LOSS_LIMIT"
        ]
      },
      "description": "A stop pending-below leg needs `pendingBelowStopPrice`, `pendingBelowTrailingDelta`, or both."
    },
    {
      "kind": "requires",
      "param": "pendingBelowTrailingDelta",
      "requires": [
        "pendingBelowPrice"
      ],
      "description": "Since 2026-06-15 a trailing pending-below leg also needs `pendingBelowPrice`."
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
  "orderCount": 3,
  "endpointLimits": [],
  "clientIdParam": "listClientOrderId",
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/myPreventedMatches: Query prevented matches (USER_DATA) */
export const getMarginPreventedMatches = {
  "api": "margin",
  "operationId": "getMarginPreventedMatches",
  "method": "GET",
  "path": "/sapi/v1/margin/myPreventedMatches",
  "summary": "Query prevented matches (USER_DATA)",
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
    "preventedMatchId": {
      "kind": "int64",
      "minimum": 0
    },
    "orderId": {
      "kind": "int64",
      "minimum": 0
    },
    "fromPreventedMatchId": {
      "kind": "int64",
      "minimum": 0
    },
    "isIsolated": {
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
    "recvWindow": {
      "kind": "number",
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
        "preventedMatchId",
        "orderId"
      ],
      "precedence": "preventedMatchId",
      "description": "Name the match by `preventedMatchId`, or the order whose prevented matches you want by `orderId`."
    },
    {
      "kind": "exclusive",
      "param": "preventedMatchId",
      "excludes": [
        "orderId",
        "fromPreventedMatchId"
      ],
      "description": "`preventedMatchId` names a single match and cannot be combined with `orderId` or `fromPreventedMatchId`."
    },
    {
      "kind": "requires",
      "param": "fromPreventedMatchId",
      "requires": [
        "orderId"
      ],
      "description": "`fromPreventedMatchId` pages through the prevented matches of one `orderId`."
    }
  ],
  "response": {
    "fields": {
      "makerOrderId": "int64",
      "makerPreventedQuantity": "decimal",
      "preventedMatchId": "int64",
      "price": "decimal",
      "takerOrderId": "int64",
      "takerPreventedQuantity": "decimal",
      "tradeGroupId": "int64"
    },
    "losslessKeys": [
      "makerOrderId",
      "preventedMatchId",
      "takerOrderId",
      "tradeGroupId"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/rateLimit/order: Query current margin order count usage (TRADE) */
export const getMarginOrderCountUsage = {
  "api": "margin",
  "operationId": "getMarginOrderCountUsage",
  "method": "GET",
  "path": "/sapi/v1/margin/rateLimit/order",
  "summary": "Query current margin order count usage (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "isIsolated": {
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
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "isIsolated",
        "in": [
          "TRUE"
        ]
      },
      "description": "For an isolated pair (`isIsolated=TRUE`) name the pair in `symbol`."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/manual-liquidation: Margin manual liquidation (MARGIN) */
export const marginManualLiquidation = {
  "api": "margin",
  "operationId": "marginManualLiquidation",
  "method": "POST",
  "path": "/sapi/v1/margin/manual-liquidation",
  "summary": "Margin manual liquidation (MARGIN)",
  "security": "MARGIN",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 3000
  },
  "paramsIn": "body",
  "params": {
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "MARGIN",
        "ISOLATED"
      ]
    },
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "symbol",
      "when": {
        "param": "type",
        "in": [
          "ISOLATED"
        ]
      },
      "description": "Liquidating an isolated pair (`type=ISOLATED`) needs the pair in `symbol`."
    }
  ],
  "response": {
    "fields": {
      "interest": "decimal",
      "liabilityQty": "lenientDecimal",
      "principal": "decimal"
    },
    "losslessKeys": [
      "liabilityQty"
    ]
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/exit-special-key-mode: Exit special key mode (TRADE) */
export const exitMarginSpecialKeyMode = {
  "api": "margin",
  "operationId": "exitMarginSpecialKeyMode",
  "method": "POST",
  "path": "/sapi/v1/margin/exit-special-key-mode",
  "summary": "Exit special key mode (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 10
  },
  "paramsIn": "body",
  "params": {
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/apiKey: Query special key for low-latency trading (TRADE) */
export const getMarginSpecialKey = {
  "api": "margin",
  "operationId": "getMarginSpecialKey",
  "method": "GET",
  "path": "/sapi/v1/margin/apiKey",
  "summary": "Query special key for low-latency trading (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "apiKey": {
      "kind": "string",
      "required": true
    },
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/margin/apiKey: Create special key for low-latency trading (TRADE) */
export const createMarginSpecialKey = {
  "api": "margin",
  "operationId": "createMarginSpecialKey",
  "method": "POST",
  "path": "/sapi/v1/margin/apiKey",
  "summary": "Create special key for low-latency trading (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "apiName": {
      "kind": "string",
      "required": true
    },
    "symbol": {
      "kind": "string"
    },
    "ip": {
      "kind": "string"
    },
    "publicKey": {
      "kind": "string"
    },
    "permissionMode": {
      "kind": "enum",
      "values": [
        "TRADE",
        "READ"
      ],
      "default": "TRADE"
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** DELETE /sapi/v1/margin/apiKey: Delete special key for low-latency trading (TRADE) */
export const deleteMarginSpecialKey = {
  "api": "margin",
  "operationId": "deleteMarginSpecialKey",
  "method": "DELETE",
  "path": "/sapi/v1/margin/apiKey",
  "summary": "Delete special key for low-latency trading (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "apiKey": {
      "kind": "string"
    },
    "apiName": {
      "kind": "string"
    },
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
        "apiKey",
        "apiName"
      ],
      "precedence": "apiKey",
      "description": "Name the key by `apiKey`, or every key of a name by `apiName`; `apiKey` wins when both are sent."
    }
  ],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** PUT /sapi/v1/margin/apiKey/ip: Edit IP for special key for low-latency trading (TRADE) */
export const editMarginSpecialKeyIp = {
  "api": "margin",
  "operationId": "editMarginSpecialKeyIp",
  "method": "PUT",
  "path": "/sapi/v1/margin/apiKey/ip",
  "summary": "Edit IP for special key for low-latency trading (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "body",
  "params": {
    "apiKey": {
      "kind": "string",
      "required": true
    },
    "symbol": {
      "kind": "string"
    },
    "ip": {
      "kind": "string",
      "required": true
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/api-key-list: Query special key list for low-latency trading (TRADE) */
export const getMarginSpecialKeyList = {
  "api": "margin",
  "operationId": "getMarginSpecialKeyList",
  "method": "GET",
  "path": "/sapi/v1/margin/api-key-list",
  "summary": "Query special key list for low-latency trading (TRADE)",
  "security": "TRADE",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "UID",
    "value": 1
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/isolated/accountLimit: Query enabled isolated-margin account limit (USER_DATA) */
export const getIsolatedMarginAccountLimit = {
  "api": "margin",
  "operationId": "getIsolatedMarginAccountLimit",
  "method": "GET",
  "path": "/sapi/v1/margin/isolated/accountLimit",
  "summary": "Query enabled isolated-margin account limit (USER_DATA)",
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
      "kind": "number",
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/isolated/allPairs: Get all isolated-margin symbols (MARKET_DATA) */
export const getAllIsolatedMarginPairs = {
  "api": "margin",
  "operationId": "getAllIsolatedMarginPairs",
  "method": "GET",
  "path": "/sapi/v1/margin/isolated/allPairs",
  "summary": "Get all isolated-margin symbols (MARKET_DATA)",
  "security": "MARKET_DATA",
  "signed": false,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 10
  },
  "paramsIn": "query",
  "params": {
    "symbol": {
      "kind": "string"
    }
  },
  "rules": [],
  "response": {
    "fields": {},
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": []
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/isolatedMarginData: Query isolated-margin fee data (USER_DATA) */
export const getIsolatedMarginFeeData = {
  "api": "margin",
  "operationId": "getIsolatedMarginFeeData",
  "method": "GET",
  "path": "/sapi/v1/margin/isolatedMarginData",
  "summary": "Query isolated-margin fee data (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": true,
  "weight": {
    "bucket": "IP",
    "value": 1,
    "conditions": [
      {
        "param": "symbol",
        "absent": true,
        "value": 10
      }
    ]
  },
  "paramsIn": "query",
  "params": {
    "vipLevel": {
      "kind": "integer",
      "minimum": 0,
      "maximum": 9
    },
    "symbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "data": {
        "borrowLimit": "decimal",
        "dailyInterest": "decimal"
      },
      "leverage": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** GET /sapi/v1/margin/isolatedMarginTier: Query isolated-margin tier data (USER_DATA) */
export const getIsolatedMarginTierData = {
  "api": "margin",
  "operationId": "getIsolatedMarginTierData",
  "method": "GET",
  "path": "/sapi/v1/margin/isolatedMarginTier",
  "summary": "Query isolated-margin tier data (USER_DATA)",
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
    "tier": {
      "kind": "integer",
      "minimum": 1
    },
    "recvWindow": {
      "kind": "number",
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
      "baseAssetMaxBorrowable": "decimal",
      "effectiveMultiple": "decimal",
      "initialRiskRatio": "decimal",
      "liquidationRiskRatio": "decimal",
      "quoteAssetMaxBorrowable": "decimal"
    },
    "losslessKeys": []
  },
  "placesOrders": false,
  "orderCount": 0,
  "endpointLimits": [],
  "timing": marginTiming
} as const satisfies OperationMeta;

/** POST /sapi/v1/asset/transfer: User universal transfer, margin directions (USER_DATA) */
export const newMarginUniversalTransfer = {
  "api": "margin",
  "operationId": "newMarginUniversalTransfer",
  "method": "POST",
  "path": "/sapi/v1/asset/transfer",
  "summary": "User universal transfer, margin directions (USER_DATA)",
  "security": "USER_DATA",
  "signed": true,
  "apiKey": true,
  "idempotent": false,
  "weight": {
    "bucket": "UID",
    "value": 900
  },
  "paramsIn": "body",
  "params": {
    "type": {
      "kind": "enum",
      "required": true,
      "values": [
        "MAIN_MARGIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MARGIN",
        "FUNDING_MARGIN",
        "OPTION_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "MARGIN_FUNDING",
        "MARGIN_OPTION",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_MARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN"
      ]
    },
    "asset": {
      "kind": "string",
      "required": true
    },
    "amount": {
      "kind": "decimal",
      "required": true
    },
    "fromSymbol": {
      "kind": "string"
    },
    "toSymbol": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
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
      "param": "fromSymbol",
      "when": {
        "param": "type",
        "in": [
          "ISOLATEDMARGIN_MARGIN",
          "ISOLATEDMARGIN_ISOLATEDMARGIN"
        ]
      },
      "description": "A transfer out of an isolated account names its pair in `fromSymbol`."
    },
    {
      "kind": "requiredWhen",
      "param": "toSymbol",
      "when": {
        "param": "type",
        "in": [
          "MARGIN_ISOLATEDMARGIN",
          "ISOLATEDMARGIN_ISOLATEDMARGIN"
        ]
      },
      "description": "A transfer into an isolated account names its pair in `toSymbol`."
    }
  ],
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
  "timing": marginTiming
} as const satisfies OperationMeta;

/** Every operation of the margin API, by operationId. Importing this keeps all of them in a bundle. */
export const marginOperations = {
  getMarginOrder,
  newMarginOrder,
  cancelMarginOrder,
  getMarginOpenOrders,
  cancelMarginOpenOrders,
  getMarginAllOrders,
  newMarginOco,
  getMarginOco,
  cancelMarginOco,
  getMarginAllOco,
  getMarginOpenOco,
  getMarginTrades,
  getMarginBorrowRepayRecords,
  marginBorrowRepay,
  getMarginMaxBorrowable,
  getMarginMaxTransferable,
  getCrossMarginAccount,
  getIsolatedMarginAccount,
  enableIsolatedMarginAccount,
  disableIsolatedMarginAccount,
  getMarginInterestHistory,
  getMarginForceLiquidationRecords,
  getMarginTransferHistory,
  getMarginCapitalFlow,
  getMarginTradeCoeff,
  adjustCrossMarginMaxLeverage,
  getBnbBurnStatus,
  getMarginInterestRateHistory,
  getMarginNextHourlyInterestRate,
  getSmallLiabilityExchangeCoinList,
  exchangeSmallLiability,
  getSmallLiabilityExchangeHistory,
  getMarginLiquidationLoan,
  repayMarginLiquidationLoan,
  getMarginLiquidationLoanRepayHistory,
  getAllMarginAssets,
  getAllCrossMarginPairs,
  getMarginPriceIndex,
  getCrossMarginFeeData,
  getCrossMarginCollateralRatio,
  getMarginAvailableInventory,
  getMarginDelistSchedule,
  getMarginListSchedule,
  getMarginLimitPricePairs,
  getMarginRestrictedAssets,
  getMarginRiskBasedLiquidationRatio,
  getMarginLeverageBracket,
  createMarginListenToken,
  createMarginListenKey,
  keepAliveMarginListenKey,
  closeMarginListenKey,
  newMarginOto,
  newMarginOtoco,
  getMarginPreventedMatches,
  getMarginOrderCountUsage,
  marginManualLiquidation,
  exitMarginSpecialKeyMode,
  getMarginSpecialKey,
  createMarginSpecialKey,
  deleteMarginSpecialKey,
  editMarginSpecialKeyIp,
  getMarginSpecialKeyList,
  getIsolatedMarginAccountLimit,
  getAllIsolatedMarginPairs,
  getIsolatedMarginFeeData,
  getIsolatedMarginTierData,
  newMarginUniversalTransfer,
} as const;

export type MarginOperationId = keyof typeof marginOperations;

/** The margin API's limiters (spec `x-binance-rate-limits`). */
export const marginRateLimits = [
  {
    "rateLimitType": "REQUEST_WEIGHT",
    "bucket": "IP",
    "scope": "endpoint",
    "interval": "MINUTE",
    "intervalNum": 1,
    "limit": 12000,
    "header": "X-SAPI-USED-IP-WEIGHT-1M"
  },
  {
    "rateLimitType": "REQUEST_WEIGHT",
    "bucket": "UID",
    "scope": "endpoint",
    "interval": "MINUTE",
    "intervalNum": 1,
    "limit": 180000,
    "header": "X-SAPI-USED-UID-WEIGHT-1M"
  },
  {
    "rateLimitType": "ORDERS",
    "bucket": "UID",
    "scope": "account",
    "interval": "SECOND",
    "intervalNum": 10,
    "limit": 10000,
    "header": "X-MBX-ORDER-COUNT-10S"
  },
  {
    "rateLimitType": "ORDERS",
    "bucket": "UID",
    "scope": "account",
    "interval": "DAY",
    "intervalNum": 1,
    "limit": 20000,
    "header": "X-MBX-ORDER-COUNT-1D"
  }
] as const satisfies readonly RateLimitMeta[];

/** Which failed answers of the margin API prove a request was not processed (spec `x-binance-execution-status`). */
export const marginExecutionStatus = {
  "unknownCodes": [
    -1006,
    -1007
  ],
  "notProcessed": []
} as const satisfies ExecutionStatusMeta;

/** Error codes the margin API documents, with Binance's name and one documented message. */
export const marginErrorCodes = {
  "-1000": {
    "name": "UNKNOWN",
    "message": "An unknown error occurred while processing the request."
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
    "message": "Too many requests queued."
  },
  "-1004": {
    "name": "SERVER_BUSY",
    "message": "Server is busy, please wait and try again"
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
    "name": "SERVER_BUSY_1008",
    "binanceName": "SERVER_BUSY",
    "message": "Spot server is currently overloaded with other requests. Please try again in a few minutes."
  },
  "-1010": {
    "name": "ERROR_MSG_RECEIVED",
    "message": "ERROR_MSG_RECEIVED"
  },
  "-1013": {
    "name": "INVALID_MESSAGE",
    "message": "Filter failure: %s"
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
  "-1099": {
    "name": "NOT_FOUND_AUTHENTICATED_OR_AUTHORIZED",
    "binanceName": "Not found, authenticated, or authorized",
    "message": "This replaces error code -1999"
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
  "-1109": {
    "name": "AT_LEAST_ONE_PARAM",
    "message": "At least one of '%s' and '%s' was not sent."
  },
  "-1110": {
    "name": "OTO_BOTH_OCO",
    "message": "Both OCO orders cannot be contingent."
  },
  "-1111": {
    "name": "BAD_PRECISION",
    "message": "Precision is over the maximum defined for this asset."
  },
  "-1112": {
    "name": "NO_DEPTH",
    "message": "No orders on book for symbol."
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
  "-1122": {
    "name": "OTO_AT_LEAST_NOE_OCO",
    "message": "At least one OCO order must be contingent."
  },
  "-1123": {
    "name": "ICEBERG_QTY_EXCEEDS_QTY",
    "message": "IcebergQty exceeds QTY."
  },
  "-1124": {
    "name": "ICEBERG_WITHOUT_GTC",
    "message": "Parameter '%s' is not supported if '%s' is not GTC."
  },
  "-1125": {
    "name": "INVALID_LISTEN_KEY",
    "message": "This listenKey does not exist."
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
  "-1131": {
    "name": "BAD_RECV_WINDOW",
    "message": "recvWindow must be less than 60000"
  },
  "-1134": {
    "name": "BAD_STRATEGY_TYPE",
    "message": "`strategyType` was less than 1000000."
  },
  "-1145": {
    "name": "INVALID_CANCEL_RESTRICTIONS",
    "message": "`cancelRestrictions` has to be either `ONLY_NEW` or `ONLY_PARTIALLY_FILLED`."
  },
  "-1151": {
    "name": "DUPLICATE_SYMBOLS",
    "message": "Symbol is present multiple times in the list."
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
  "-2017": {
    "name": "OTO_QUANTITY_NOT_SAME",
    "message": "Parameter 'pendingQuantity' must be the same as workingQuantity."
  },
  "-2018": {
    "name": "OTO_PENDING_SIDE_ERROR",
    "message": "Parameter 'pendingSide' must be the opposite of workingSide."
  },
  "-2021": {
    "name": "ORDER_CANCEL_REPLACE_PARTIALLY_FAILED",
    "binanceName": "Order cancel-replace partially failed",
    "message": "This code is sent when either the cancellation of the order failed or the new order placement failed but not both."
  },
  "-2022": {
    "name": "ORDER_CANCEL_REPLACE_FAILED",
    "binanceName": "Order cancel-replace failed.",
    "message": "This code is sent when both the cancellation of the order failed and the new order placement failed."
  },
  "-2026": {
    "name": "ORDER_ARCHIVED",
    "message": "Order was canceled or expired with no executed qty over 90 days ago and has been archived."
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
    "name": "HAS_PENDING_TRANSACTION",
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
  "-4001": {
    "name": "CAPITAL_INVALID",
    "message": "Invalid operation."
  },
  "-4002": {
    "name": "CAPITAL_IG",
    "message": "Invalid get."
  },
  "-4003": {
    "name": "CAPITAL_IEV",
    "message": "Your input email is invalid."
  },
  "-4004": {
    "name": "CAPITAL_UA",
    "message": "You don't login or auth."
  },
  "-4005": {
    "name": "CAPAITAL_TOO_MANY_REQUEST",
    "message": "Too many new requests."
  },
  "-4006": {
    "name": "CAPITAL_ONLY_SUPPORT_PRIMARY_ACCOUNT",
    "message": "Support main account only."
  },
  "-4007": {
    "name": "CAPITAL_ADDRESS_VERIFICATION_NOT_PASS",
    "message": "Address validation is not passed."
  },
  "-4008": {
    "name": "CAPITAL_ADDRESS_TAG_VERIFICATION_NOT_PASS",
    "message": "Address tag validation is not passed."
  },
  "-4010": {
    "name": "CAPITAL_WHITELIST_EMAIL_CONFIRM",
    "message": "White list mail has been confirmed."
  },
  "-4011": {
    "name": "CAPITAL_WHITELIST_EMAIL_EXPIRED",
    "message": "White list mail is invalid."
  },
  "-4012": {
    "name": "CAPITAL_WHITELIST_CLOSE",
    "message": "White list is not opened."
  },
  "-4013": {
    "name": "CAPITAL_WITHDRAW_2FA_VERIFY",
    "message": "2FA is not opened."
  },
  "-4014": {
    "name": "CAPITAL_WITHDRAW_LOGIN_DELAY",
    "message": "Withdraw is not allowed within 2 min login."
  },
  "-4015": {
    "name": "CAPITAL_WITHDRAW_RESTRICTED_MINUTE",
    "message": "Withdraw is limited."
  },
  "-4016": {
    "name": "CAPITAL_WITHDRAW_RESTRICTED_PASSWORD",
    "message": "Within 24 hours after password modification, withdrawal is prohibited."
  },
  "-4017": {
    "name": "CAPITAL_WITHDRAW_RESTRICTED_UNBIND_2FA",
    "message": "Within 24 hours after the release of 2FA, withdrawal is prohibited."
  },
  "-4018": {
    "name": "CAPITAL_WITHDRAW_ASSET_NOT_EXIST",
    "message": "We don't have this asset."
  },
  "-4019": {
    "name": "CAPITAL_WITHDRAW_ASSET_PROHIBIT",
    "message": "Current asset is not open for withdrawal."
  },
  "-4021": {
    "name": "CAPITAL_WITHDRAW_AMOUNT_MULTIPLE",
    "message": "Asset withdrawal must be an %s multiple of %s."
  },
  "-4022": {
    "name": "CAPITAL_WITHDRAW_MIN_AMOUNT",
    "message": "Not less than the minimum pick-up quantity %s."
  },
  "-4023": {
    "name": "CAPITAL_WITHDRAW_MAX_AMOUNT",
    "message": "Within 24 hours, the withdrawal exceeds the maximum amount."
  },
  "-4024": {
    "name": "CAPITAL_WITHDRAW_USER_NO_ASSET",
    "message": "You don't have this asset."
  },
  "-4025": {
    "name": "CAPITAL_WITHDRAW_USER_ASSET_LESS_THAN_ZERO",
    "message": "The number of hold asset is less than zero."
  },
  "-4026": {
    "name": "CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH",
    "message": "You have insufficient balance."
  },
  "-4027": {
    "name": "CAPITAL_WITHDRAW_GET_TRAN_ID_FAILURE",
    "message": "Failed to obtain tranId."
  },
  "-4028": {
    "name": "CAPITAL_WITHDRAW_MORE_THAN_FEE",
    "message": "The amount of withdrawal must be greater than the Commission."
  },
  "-4029": {
    "name": "CAPITAL_WITHDRAW_NOT_EXIST",
    "message": "The withdrawal record does not exist."
  },
  "-4030": {
    "name": "CAPITAL_WITHDRAW_CONFIRM_SUCCESS",
    "message": "Confirmation of successful asset withdrawal."
  },
  "-4031": {
    "name": "CAPITAL_WITHDRAW_CANCEL_FAILURE",
    "message": "Cancellation failed."
  },
  "-4032": {
    "name": "CAPITAL_WITHDRAW_CHECKSUM_VERIFY_FAILURE",
    "message": "Withdraw verification exception."
  },
  "-4033": {
    "name": "CAPITAL_WITHDRAW_ILLEGAL_ADDRESS",
    "message": "Illegal address."
  },
  "-4034": {
    "name": "CAPITAL_WITHDRAW_ADDRESS_CHEAT",
    "message": "The address is suspected of fake."
  },
  "-4035": {
    "name": "CAPITAL_WITHDRAW_NOT_WHITE_ADDRESS",
    "message": "This address is not on the whitelist. Please join and try again."
  },
  "-4036": {
    "name": "CAPITAL_WITHDRAW_NEW_ADDRESS",
    "message": "The new address needs to be withdrawn in {0} hours."
  },
  "-4037": {
    "name": "CAPITAL_WITHDRAW_RESEND_EMAIL_FAIL",
    "message": "Re-sending Mail failed."
  },
  "-4038": {
    "name": "CAPITAL_WITHDRAW_RESEND_EMAIL_TIME_OUT",
    "message": "Please try again in 5 minutes."
  },
  "-4039": {
    "name": "CAPITAL_USER_EMPTY",
    "message": "The user does not exist."
  },
  "-4040": {
    "name": "CAPITAL_NO_CHARGE",
    "message": "This address not charged."
  },
  "-4041": {
    "name": "CAPITAL_MINUTE_TOO_SMALL",
    "message": "Please try again in one minute."
  },
  "-4042": {
    "name": "CAPITAL_CHARGE_NOT_RESET",
    "message": "This asset cannot get deposit address again."
  },
  "-4043": {
    "name": "CAPITAL_ADDRESS_TOO_MUCH",
    "message": "More than 100 recharge addresses were used in 24 hours."
  },
  "-4044": {
    "name": "CAPITAL_BLACKLIST_COUNTRY_GET_ADDRESS",
    "message": "This is a blacklist country."
  },
  "-4045": {
    "name": "CAPITAL_GET_ASSET_ERROR",
    "message": "Failure to acquire assets."
  },
  "-4046": {
    "name": "CAPITAL_AGREEMENT_NOT_CONFIRMED",
    "message": "Agreement not confirmed."
  },
  "-4047": {
    "name": "CAPITAL_DATE_INTERVAL_LIMIT",
    "message": "Time interval must be within 0-90 days"
  },
  "-4060": {
    "name": "CAPITAL_WITHDRAW_USER_ASSET_LOCK_DEPOSIT",
    "message": "As your deposit has not reached the required block confirmations, we have temporarily locked {0} asset"
  },
  "-5001": {
    "name": "ASSET_DRIBBLET_CONVERT_SWITCH_OFF",
    "message": "Don't allow transfer to micro assets."
  },
  "-5002": {
    "name": "ASSET_ASSET_NOT_ENOUGH",
    "message": "You have insufficient balance."
  },
  "-5003": {
    "name": "ASSET_USER_HAVE_NO_ASSET",
    "message": "You don't have this asset."
  },
  "-5004": {
    "name": "USER_OUT_OF_TRANSFER_FLOAT",
    "message": "The residual balances have exceeded 0.001BTC, Please re-choose."
  },
  "-5005": {
    "name": "USER_ASSET_AMOUNT_IS_TOO_LOW",
    "message": "The residual balances of the BTC is too low"
  },
  "-5006": {
    "name": "USER_CAN_NOT_REQUEST_IN_24_HOURS",
    "message": "Only transfer once in 24 hours."
  },
  "-5007": {
    "name": "AMOUNT_OVER_ZERO",
    "message": "Quantity must be greater than zero."
  },
  "-5008": {
    "name": "ASSET_WITHDRAW_WITHDRAWING_NOT_ENOUGH",
    "message": "Insufficient amount of returnable assets."
  },
  "-5009": {
    "name": "PRODUCT_NOT_EXIST",
    "message": "Product does not exist."
  },
  "-5010": {
    "name": "TRANSFER_FAIL",
    "message": "Asset transfer fail."
  },
  "-5011": {
    "name": "FUTURE_ACCT_NOT_EXIST",
    "message": "future account not exists."
  },
  "-5012": {
    "name": "TRANSFER_PENDING",
    "binanceName": "TRANSFER_PENDING / FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST",
    "message": "Asset transfer is in pending."
  },
  "-5021": {
    "name": "PARENT_SUB_HAVE_NO_RELATION",
    "message": "This parent sub have no relation"
  },
  "-6001": {
    "name": "DAILY_PRODUCT_NOT_EXIST",
    "message": "Daily product not exists."
  },
  "-6003": {
    "name": "DAILY_PRODUCT_NOT_ACCESSIBLE",
    "message": "Product not exist or you don't have permission"
  },
  "-6004": {
    "name": "DAILY_PRODUCT_NOT_PURCHASABLE",
    "message": "Product not in purchase status"
  },
  "-6005": {
    "name": "DAILY_LOWER_THAN_MIN_PURCHASE_LIMIT",
    "message": "Smaller than min purchase limit"
  },
  "-6006": {
    "name": "DAILY_REDEEM_AMOUNT_ERROR",
    "message": "Redeem amount error"
  },
  "-6007": {
    "name": "DAILY_REDEEM_TIME_ERROR",
    "message": "Not in redeem time"
  },
  "-6008": {
    "name": "DAILY_PRODUCT_NOT_REDEEMABLE",
    "message": "Product not in redeem status"
  },
  "-6009": {
    "name": "REQUEST_FREQUENCY_TOO_HIGH",
    "message": "Request frequency too high"
  },
  "-6011": {
    "name": "EXCEEDED_USER_PURCHASE_LIMIT",
    "message": "Exceeding the maximum num allowed to purchase per user"
  },
  "-6012": {
    "name": "BALANCE_NOT_ENOUGH",
    "message": "Balance not enough"
  },
  "-6013": {
    "name": "PURCHASING_FAILED",
    "message": "Purchasing failed"
  },
  "-6014": {
    "name": "UPDATE_FAILED",
    "message": "Exceed up-limit allowed to purchased"
  },
  "-6015": {
    "name": "EMPTY_REQUEST_BODY",
    "message": "Empty request body"
  },
  "-6016": {
    "name": "PARAMS_ERR",
    "message": "Parameter err"
  },
  "-6017": {
    "name": "NOT_IN_WHITELIST",
    "message": "Not in whitelist"
  },
  "-6018": {
    "name": "ASSET_NOT_ENOUGH",
    "message": "Asset not enough"
  },
  "-6019": {
    "name": "PENDING",
    "message": "Need confirm"
  },
  "-6020": {
    "name": "PROJECT_NOT_EXISTS",
    "message": "Project not exists"
  },
  "-7001": {
    "name": "FUTURES_BAD_DATE_RANGE",
    "message": "Date range is not supported."
  },
  "-7002": {
    "name": "FUTURES_BAD_TYPE",
    "message": "Data request type is not supported."
  },
  "-10001": {
    "name": "SYSTEM_MAINTENANCE",
    "message": "The system is under maintenance, please try again later."
  },
  "-10002": {
    "name": "INVALID_INPUT",
    "message": "Invalid input parameters."
  },
  "-10005": {
    "name": "NO_RECORDS",
    "message": "No records found."
  },
  "-10007": {
    "name": "COIN_NOT_LOANABLE",
    "message": "This coin is not loanable."
  },
  "-10008": {
    "name": "COIN_NOT_LOANABLE_10008",
    "binanceName": "COIN_NOT_LOANABLE",
    "message": "This coin is not loanable"
  },
  "-10009": {
    "name": "COIN_NOT_COLLATERAL",
    "message": "This coin can not be used as collateral."
  },
  "-10010": {
    "name": "COIN_NOT_COLLATERAL_10010",
    "binanceName": "COIN_NOT_COLLATERAL",
    "message": "This coin can not be used as collateral."
  },
  "-10011": {
    "name": "INSUFFICIENT_ASSET",
    "message": "Insufficient spot assets."
  },
  "-10012": {
    "name": "INVALID_AMOUNT",
    "message": "Invalid repayment amount."
  },
  "-10013": {
    "name": "INSUFFICIENT_AMOUNT",
    "message": "Insufficient collateral amount."
  },
  "-10015": {
    "name": "DEDUCTION_FAILED",
    "message": "Collateral deduction failed."
  },
  "-10016": {
    "name": "LOAN_FAILED",
    "message": "Failed to provide loan."
  },
  "-10017": {
    "name": "REPAY_EXCEED_DEBT",
    "message": "Repayment amount exceeds debt."
  },
  "-10018": {
    "name": "INVALID_AMOUNT_10018",
    "binanceName": "INVALID_AMOUNT",
    "message": "Invalid repayment amount."
  },
  "-10019": {
    "name": "CONFIG_NOT_EXIST",
    "message": "Configuration does not exists."
  },
  "-10020": {
    "name": "UID_NOT_EXIST",
    "message": "User ID does not exist."
  },
  "-10021": {
    "name": "ORDER_NOT_EXIST",
    "message": "Order does not exist."
  },
  "-10022": {
    "name": "INVALID_AMOUNT_10022",
    "binanceName": "INVALID_AMOUNT",
    "message": "Invalid adjustment amount."
  },
  "-10023": {
    "name": "ADJUST_LTV_FAILED",
    "message": "Failed to adjust LTV."
  },
  "-10024": {
    "name": "ADJUST_LTV_NOT_SUPPORTED",
    "message": "LTV adjustment not supported."
  },
  "-10025": {
    "name": "REPAY_FAILED",
    "message": "Repayment failed."
  },
  "-10026": {
    "name": "INVALID_PARAMETER_10026",
    "binanceName": "INVALID_PARAMETER",
    "message": "Invalid parameter."
  },
  "-10028": {
    "name": "INVALID_PARAMETER_10028",
    "binanceName": "INVALID_PARAMETER",
    "message": "Invalid parameter."
  },
  "-10029": {
    "name": "AMOUNT_TOO_SMALL",
    "message": "Loan amount is too small."
  },
  "-10030": {
    "name": "AMOUNT_TOO_LARGE",
    "message": "Loan amount is too much."
  },
  "-10031": {
    "name": "QUOTA_REACHED",
    "message": "Individual loan quota reached."
  },
  "-10032": {
    "name": "REPAY_NOT_AVAILABLE",
    "message": "Repayment is temporarily unavailable."
  },
  "-10034": {
    "name": "REPAY_NOT_AVAILABLE_10034",
    "binanceName": "REPAY_NOT_AVAILABLE",
    "message": "Repay with collateral is not available currently, please try to repay with borrowed coin."
  },
  "-10039": {
    "name": "AMOUNT_TOO_SMALL_10039",
    "binanceName": "AMOUNT_TOO_SMALL",
    "message": "Repayment amount is too small."
  },
  "-10040": {
    "name": "AMOUNT_TOO_LARGE_10040",
    "binanceName": "AMOUNT_TOO_LARGE",
    "message": "Repayment amount is too large."
  },
  "-10041": {
    "name": "INSUFFICIENT_AMOUNT_10041",
    "binanceName": "INSUFFICIENT_AMOUNT",
    "message": "Due to high demand, there are currently insufficient loanable assets for {0}. Please adjust your borrow amount or try again tomorrow."
  },
  "-10042": {
    "name": "ASSET_NOT_SUPPORTED",
    "message": "asset %s is not supported"
  },
  "-10043": {
    "name": "ASSET_NOT_SUPPORTED_10043",
    "binanceName": "ASSET_NOT_SUPPORTED",
    "message": "{0} borrowing is currently not supported."
  },
  "-10044": {
    "name": "QUOTA_REACHED_10044",
    "binanceName": "QUOTA_REACHED",
    "message": "Collateral amount has reached the limit. Please reduce your collateral amount or try with other collaterals."
  },
  "-10045": {
    "name": "COLLTERAL_REPAY_NOT_SUPPORTED",
    "message": "The loan coin does not support collateral repayment. Please try again later."
  },
  "-10046": {
    "name": "EXCEED_MAX_ADJUSTMENT",
    "message": "Collateral Adjustment exceeds the maximum limit. Please try again."
  },
  "-10047": {
    "name": "REGION_NOT_SUPPORTED",
    "message": "This coin is currently not supported in your location due to local regulations."
  },
  "-11001": {
    "name": "ISOLATED_MARGIN_ACCOUNT_DOES_NOT_EXIST",
    "message": "Isolated margin account does not exist."
  },
  "-12014": {
    "name": "TOO_MANY_REQUESTS_12014",
    "binanceName": "TOO MANY REQUESTS",
    "message": "More than 1 request in 2 seconds"
  },
  "-13000": {
    "name": "BLVT_FORBID_REDEEM",
    "message": "Redeption of the token is forbiden now"
  },
  "-13001": {
    "name": "BLVT_EXCEED_DAILY_LIMIT",
    "message": "Exceeds individual 24h redemption limit of the token"
  },
  "-13002": {
    "name": "BLVT_EXCEED_TOKEN_DAILY_LIMIT",
    "message": "Exceeds total 24h redemption limit of the token"
  },
  "-13003": {
    "name": "BLVT_FORBID_PURCHASE",
    "message": "Subscription of the token is forbiden now"
  },
  "-13004": {
    "name": "BLVT_EXCEED_DAILY_PURCHASE_LIMIT",
    "message": "Exceeds individual 24h subscription limit of the token"
  },
  "-13005": {
    "name": "BLVT_EXCEED_TOKEN_DAILY_PURCHASE_LIMIT",
    "message": "Exceeds total 24h subscription limit of the token"
  },
  "-13006": {
    "name": "BLVT_PURCHASE_LESS_MIN_AMOUNT",
    "message": "Subscription amount is too small"
  },
  "-13007": {
    "name": "BLVT_PURCHASE_AGREEMENT_NOT_SIGN",
    "message": "The Agreement is not signed"
  },
  "-18002": {
    "name": "BINANCE_CODE_DAILY_AMOUNT_LIMIT",
    "message": "The total amount of codes you created has exceeded the 24-hour limit, please try again after UTC 0"
  },
  "-18003": {
    "name": "BINANCE_CODE_DAILY_COUNT_LIMIT",
    "message": "Too many codes created in 24 hours, please try again after UTC 0"
  },
  "-18004": {
    "name": "BINANCE_CODE_REDEEM_ATTEMPTS_LIMIT",
    "message": "Too many invalid redeem attempts in 24 hours, please try again after UTC 0"
  },
  "-18005": {
    "name": "BINANCE_CODE_VERIFY_ATTEMPTS_LIMIT",
    "message": "Too many invalid verify attempts, please try later"
  },
  "-18006": {
    "name": "BINANCE_CODE_AMOUNT_TOO_SMALL",
    "message": "The amount is too small, please re-enter"
  },
  "-18007": {
    "name": "BINANCE_CODE_TOKEN_NOT_SUPPORTED",
    "message": "This token is not currently supported, please re-enter"
  },
  "-20121": {
    "name": "ALGO_INVALID_SYMBOL",
    "message": "Invalid symbol."
  },
  "-20124": {
    "name": "ALGO_INVALID_ALGO_ID",
    "message": "Invalid algo id or it has been completed."
  },
  "-20130": {
    "name": "ALGO_INVALID_PARAMETER",
    "message": "Invalid data sent for a parameter."
  },
  "-20132": {
    "name": "ALGO_DUPLICATE_CLIENT_ALGO_ID",
    "message": "The client algo id is duplicated."
  },
  "-20194": {
    "name": "ALGO_DURATION_TOO_SHORT",
    "message": "Duration is too short to execute all required quantity."
  },
  "-20195": {
    "name": "ALGO_TOTAL_SIZE_TOO_SMALL",
    "message": "The total size is too small."
  },
  "-20196": {
    "name": "ALGO_TOTAL_SIZE_TOO_LARGE",
    "message": "The total size is too large."
  },
  "-20198": {
    "name": "ALGO_MAX_OPEN_ORDERS",
    "message": "Reach the max open orders allowed."
  },
  "-20204": {
    "name": "FILTER_FAILURE_NOTIONAL",
    "binanceName": "Filter failure: NOTIONAL",
    "message": "The notional of USD is less or more than the limit."
  },
  "-21001": {
    "name": "USER_IS_NOT_UNIACCOUNT",
    "message": "Request ID is not a Portfolio Margin Account."
  },
  "-21002": {
    "name": "UNI_ACCOUNT_CANT_TRANSFER_FUTURE",
    "message": "Portfolio Margin Account doesn't support transfer from margin to futures."
  },
  "-21003": {
    "name": "NET_ASSET_MUST_LTE_RATIO",
    "message": "Fail to retrieve margin assets."
  },
  "-21004": {
    "name": "USER_NO_LIABILITY",
    "message": "User doesn’t have portfolio margin bankruptcy loan"
  },
  "-21005": {
    "name": "NO_ENOUGH_ASSET",
    "message": "User’s spot wallet doesn’t have enough BUSD to repay portfolio margin bankruptcy loan"
  },
  "-21006": {
    "name": "HAD_IN_PROCESS_REPAY",
    "message": "User had portfolio margin bankruptcy loan repayment in process"
  },
  "-21007": {
    "name": "IN_FORCE_LIQUIDATION",
    "message": "User failed to repay portfolio margin bankruptcy loan since liquidation was in process"
  }
} as const satisfies Record<number, ErrorCodeMeta>;

export type MarginErrorCode =
  | -1000
  | -1001
  | -1002
  | -1003
  | -1004
  | -1006
  | -1007
  | -1008
  | -1010
  | -1013
  | -1014
  | -1015
  | -1016
  | -1020
  | -1021
  | -1022
  | -1099
  | -1100
  | -1101
  | -1102
  | -1103
  | -1104
  | -1105
  | -1106
  | -1109
  | -1110
  | -1111
  | -1112
  | -1114
  | -1115
  | -1116
  | -1117
  | -1118
  | -1119
  | -1120
  | -1121
  | -1122
  | -1123
  | -1124
  | -1125
  | -1127
  | -1128
  | -1130
  | -1131
  | -1134
  | -1145
  | -1151
  | -2010
  | -2011
  | -2013
  | -2014
  | -2015
  | -2016
  | -2017
  | -2018
  | -2021
  | -2022
  | -2026
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
  | -4001
  | -4002
  | -4003
  | -4004
  | -4005
  | -4006
  | -4007
  | -4008
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
  | -4034
  | -4035
  | -4036
  | -4037
  | -4038
  | -4039
  | -4040
  | -4041
  | -4042
  | -4043
  | -4044
  | -4045
  | -4046
  | -4047
  | -4060
  | -5001
  | -5002
  | -5003
  | -5004
  | -5005
  | -5006
  | -5007
  | -5008
  | -5009
  | -5010
  | -5011
  | -5012
  | -5021
  | -6001
  | -6003
  | -6004
  | -6005
  | -6006
  | -6007
  | -6008
  | -6009
  | -6011
  | -6012
  | -6013
  | -6014
  | -6015
  | -6016
  | -6017
  | -6018
  | -6019
  | -6020
  | -7001
  | -7002
  | -10001
  | -10002
  | -10005
  | -10007
  | -10008
  | -10009
  | -10010
  | -10011
  | -10012
  | -10013
  | -10015
  | -10016
  | -10017
  | -10018
  | -10019
  | -10020
  | -10021
  | -10022
  | -10023
  | -10024
  | -10025
  | -10026
  | -10028
  | -10029
  | -10030
  | -10031
  | -10032
  | -10034
  | -10039
  | -10040
  | -10041
  | -10042
  | -10043
  | -10044
  | -10045
  | -10046
  | -10047
  | -11001
  | -12014
  | -13000
  | -13001
  | -13002
  | -13003
  | -13004
  | -13005
  | -13006
  | -13007
  | -18002
  | -18003
  | -18004
  | -18005
  | -18006
  | -18007
  | -20121
  | -20124
  | -20130
  | -20132
  | -20194
  | -20195
  | -20196
  | -20198
  | -20204
  | -21001
  | -21002
  | -21003
  | -21004
  | -21005
  | -21006
  | -21007;

/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */
import type { ErrorCodeMeta, OperationMeta, RateLimitMeta } from '../meta-types.js';

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
      "kind": "int64"
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
      "kind": "int64"
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "int64"
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": true
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
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "orderListId": {
      "kind": "int64"
    },
    "origClientOrderId": {
      "kind": "string"
    },
    "recvWindow": {
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "int64"
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
  "placesOrders": false
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
  "weight": {
    "bucket": "IP",
    "value": 100
  },
  "paramsIn": "query",
  "params": {
    "fromId": {
      "kind": "int64"
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
  "placesOrders": false
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
  "weight": {
    "bucket": "IP",
    "value": 5
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "int64"
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
      "kind": "int64"
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
      "description": "When both `startTime` and `endTime` are sent they may be at most 24 hours apart, and `startTime` may not be later than `endTime`; a wider window is rejected with -1127."
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "int64"
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "int64"
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
  "weight": {
    "bucket": "IP",
    "value": 20
  },
  "paramsIn": "query",
  "params": {
    "recvWindow": {
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
      "kind": "number",
      "default": 5000,
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
  "placesOrders": false
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
  "placesOrders": false
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
  "placesOrders": false
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
  "placesOrders": false
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
  "placesOrders": false
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
    "name": "Request Throttled",
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
  "-4000": {
    "name": "INVALID_ORDER_STATUS",
    "message": "invalid order status"
  },
  "-4001": {
    "name": "PRICE_LESS_THAN_ZERO",
    "message": "price less than zero"
  },
  "-4002": {
    "name": "PRICE_GREATER_THAN_MAX_PRICE",
    "message": "price greater than max price"
  },
  "-4003": {
    "name": "QTY_LESS_THAN_ZERO",
    "message": "qty less than zero"
  },
  "-4004": {
    "name": "QTY_LESS_THAN_MIN_QTY",
    "message": "qty less than min qty"
  },
  "-4005": {
    "name": "QTY_GREATER_THAN_MAX_QTY",
    "message": "qty greater than max qty"
  },
  "-4006": {
    "name": "STOP_PRICE_LESS_THAN_ZERO",
    "message": "stop price less than zero"
  },
  "-4007": {
    "name": "STOP_PRICE_GREATER_THAN_MAX_PRICE",
    "message": "stop price greater than max price"
  },
  "-4008": {
    "name": "TICK_SIZE_LESS_THAN_ZERO",
    "message": "tick size less than zero"
  },
  "-4009": {
    "name": "MAX_PRICE_LESS_THAN_MIN_PRICE",
    "message": "max price less than min price"
  },
  "-4010": {
    "name": "MAX_QTY_LESS_THAN_MIN_QTY",
    "message": "max qty less than min qty"
  },
  "-4011": {
    "name": "STEP_SIZE_LESS_THAN_ZERO",
    "message": "step size less than zero"
  },
  "-4012": {
    "name": "MAX_NUM_ORDERS_LESS_THAN_ZERO",
    "message": "max num orders less than zero"
  },
  "-4013": {
    "name": "PRICE_LESS_THAN_MIN_PRICE",
    "message": "price less than min price"
  },
  "-4014": {
    "name": "PRICE_NOT_INCREASED_BY_TICK_SIZE",
    "message": "price not increased by tick size"
  },
  "-4015": {
    "name": "INVALID_CL_ORD_ID_LEN",
    "message": "invalid cl ord id len"
  },
  "-4016": {
    "name": "PRICE_HIGHTER_THAN_MULTIPLIER_UP",
    "message": "price highter than multiplier up"
  },
  "-4017": {
    "name": "MULTIPLIER_UP_LESS_THAN_ZERO",
    "message": "multiplier up less than zero"
  },
  "-4018": {
    "name": "MULTIPLIER_DOWN_LESS_THAN_ZERO",
    "message": "multiplier down less than zero"
  },
  "-4019": {
    "name": "COMPOSITE_SCALE_OVERFLOW",
    "message": "composite scale overflow"
  },
  "-4020": {
    "name": "TARGET_STRATEGY_INVALID",
    "message": "target strategy invalid"
  },
  "-4021": {
    "name": "INVALID_DEPTH_LIMIT",
    "message": "invalid depth limit"
  },
  "-4022": {
    "name": "WRONG_MARKET_STATUS",
    "message": "wrong market status"
  },
  "-4023": {
    "name": "QTY_NOT_INCREASED_BY_STEP_SIZE",
    "message": "qty not increased by step size"
  },
  "-4024": {
    "name": "PRICE_LOWER_THAN_MULTIPLIER_DOWN",
    "message": "price lower than multiplier down"
  },
  "-4025": {
    "name": "MULTIPLIER_DECIMAL_LESS_THAN_ZERO",
    "message": "multiplier decimal less than zero"
  },
  "-4026": {
    "name": "COMMISSION_INVALID",
    "message": "commission invalid"
  },
  "-4027": {
    "name": "INVALID_ACCOUNT_TYPE",
    "message": "invalid account type"
  },
  "-4028": {
    "name": "INVALID_LEVERAGE",
    "message": "invalid leverage"
  },
  "-4029": {
    "name": "INVALID_TICK_SIZE_PRECISION",
    "message": "invalid tick size precision"
  },
  "-4030": {
    "name": "INVALID_STEP_SIZE_PRECISION",
    "message": "invalid step size precision"
  },
  "-4031": {
    "name": "INVALID_WORKING_TYPE",
    "message": "invalid working type"
  },
  "-4032": {
    "name": "EXCEED_MAX_CANCEL_ORDER_SIZE",
    "message": "exceed max cancel order size"
  },
  "-4033": {
    "name": "INSURANCE_ACCOUNT_NOT_FOUND",
    "message": "insurance account not found"
  },
  "-4044": {
    "name": "INVALID_BALANCE_TYPE",
    "message": "invalid balance type"
  },
  "-4045": {
    "name": "MAX_STOP_ORDER_EXCEEDED",
    "message": "max stop order exceeded"
  },
  "-4046": {
    "name": "NO_NEED_TO_CHANGE_MARGIN_TYPE",
    "message": "no need to change margin type"
  },
  "-4047": {
    "name": "THERE_EXISTS_OPEN_ORDERS",
    "message": "there exists open orders"
  },
  "-4048": {
    "name": "THERE_EXISTS_QUANTITY",
    "message": "there exists quantity"
  },
  "-4049": {
    "name": "ADD_ISOLATED_MARGIN_REJECT",
    "message": "add isolated margin reject"
  },
  "-4050": {
    "name": "CROSS_BALANCE_INSUFFICIENT",
    "message": "cross balance insufficient"
  },
  "-4051": {
    "name": "ISOLATED_BALANCE_INSUFFICIENT",
    "message": "isolated balance insufficient"
  },
  "-4052": {
    "name": "NO_NEED_TO_CHANGE_AUTO_ADD_MARGIN",
    "message": "no need to change auto add margin"
  },
  "-4053": {
    "name": "AUTO_ADD_CROSSED_MARGIN_REJECT",
    "message": "auto add crossed margin reject"
  },
  "-4054": {
    "name": "ADD_ISOLATED_MARGIN_NO_POSITION_REJECT",
    "message": "add isolated margin no position reject"
  },
  "-4055": {
    "name": "AMOUNT_MUST_BE_POSITIVE",
    "message": "amount must be positive"
  },
  "-4056": {
    "name": "INVALID_API_KEY_TYPE",
    "message": "invalid api key type"
  },
  "-4057": {
    "name": "INVALID_RSA_PUBLIC_KEY",
    "message": "invalid rsa public key"
  },
  "-4058": {
    "name": "MAX_PRICE_TOO_LARGE",
    "message": "max price too large"
  },
  "-4059": {
    "name": "NO_NEED_TO_CHANGE_POSITION_SIDE",
    "message": "no need to change position side"
  },
  "-4060": {
    "name": "INVALID_POSITION_SIDE",
    "message": "invalid position side"
  },
  "-4061": {
    "name": "POSITION_SIDE_NOT_MATCH",
    "message": "position side not match"
  },
  "-4062": {
    "name": "REDUCE_ONLY_CONFLICT",
    "message": "reduce only conflict"
  },
  "-4063": {
    "name": "INVALID_OPTIONS_REQUEST_TYPE",
    "message": "invalid options request type"
  },
  "-4064": {
    "name": "INVALID_OPTIONS_TIME_FRAME",
    "message": "invalid options time frame"
  },
  "-4065": {
    "name": "INVALID_OPTIONS_AMOUNT",
    "message": "invalid options amount"
  },
  "-4066": {
    "name": "INVALID_OPTIONS_EVENT_TYPE",
    "message": "invalid options event type"
  },
  "-4067": {
    "name": "POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS",
    "message": "position side change exists open orders"
  },
  "-4068": {
    "name": "POSITION_SIDE_CHANGE_EXISTS_QUANTITY",
    "message": "position side change exists quantity"
  },
  "-4069": {
    "name": "INVALID_OPTIONS_PREMIUM_FEE",
    "message": "invalid options premium fee"
  },
  "-4070": {
    "name": "INVALID_CL_OPTIONS_ID_LEN",
    "message": "invalid cl options id len"
  },
  "-4071": {
    "name": "INVALID_OPTIONS_DIRECTION",
    "message": "invalid options direction"
  },
  "-4072": {
    "name": "OPTIONS_PREMIUM_NOT_UPDATE",
    "message": "options premium not update"
  },
  "-4073": {
    "name": "OPTIONS_PREMIUM_INPUT_LESS_THAN_ZERO",
    "message": "options premium input less than zero"
  },
  "-4074": {
    "name": "OPTIONS_AMOUNT_BIGGER_THAN_UPPER",
    "message": "options amount bigger than upper"
  },
  "-4075": {
    "name": "OPTIONS_PREMIUM_OUTPUT_ZERO",
    "message": "options premium output zero"
  },
  "-4076": {
    "name": "OPTIONS_PREMIUM_TOO_DIFF",
    "message": "options premium too diff"
  },
  "-4077": {
    "name": "OPTIONS_PREMIUM_REACH_LIMIT",
    "message": "options premium reach limit"
  },
  "-4078": {
    "name": "OPTIONS_COMMON_ERROR",
    "message": "options common error"
  },
  "-4079": {
    "name": "INVALID_OPTIONS_ID",
    "message": "invalid options id"
  },
  "-4080": {
    "name": "OPTIONS_USER_NOT_FOUND",
    "message": "options user not found"
  },
  "-4081": {
    "name": "OPTIONS_NOT_FOUND",
    "message": "options not found"
  },
  "-4082": {
    "name": "INVALID_BATCH_PLACE_ORDER_SIZE",
    "message": "invalid batch place order size"
  },
  "-4083": {
    "name": "PLACE_BATCH_ORDERS_FAIL",
    "message": "place batch orders fail"
  },
  "-4084": {
    "name": "UPCOMING_METHOD",
    "message": "upcoming method"
  },
  "-4085": {
    "name": "INVALID_NOTIONAL_LIMIT_COEF",
    "message": "invalid notional limit coef"
  },
  "-4086": {
    "name": "INVALID_PRICE_SPREAD_THRESHOLD",
    "message": "invalid price spread threshold"
  },
  "-4087": {
    "name": "REDUCE_ONLY_ORDER_PERMISSION",
    "message": "reduce only order permission"
  },
  "-4088": {
    "name": "NO_PLACE_ORDER_PERMISSION",
    "message": "no place order permission"
  },
  "-4104": {
    "name": "INVALID_CONTRACT_TYPE",
    "message": "invalid contract type"
  },
  "-4114": {
    "name": "INVALID_CLIENT_TRAN_ID_LEN",
    "message": "invalid client tran id len"
  },
  "-4115": {
    "name": "DUPLICATED_CLIENT_TRAN_ID",
    "message": "duplicated client tran id"
  },
  "-4118": {
    "name": "REDUCE_ONLY_MARGIN_CHECK_FAILED",
    "message": "reduce only margin check failed"
  },
  "-4131": {
    "name": "MARKET_ORDER_REJECT",
    "message": "market order reject"
  },
  "-4135": {
    "name": "INVALID_ACTIVATION_PRICE",
    "message": "invalid activation price"
  },
  "-4137": {
    "name": "QUANTITY_EXISTS_WITH_CLOSE_POSITION",
    "message": "quantity exists with close position"
  },
  "-4138": {
    "name": "REDUCE_ONLY_MUST_BE_TRUE",
    "message": "reduce only must be true"
  },
  "-4139": {
    "name": "ORDER_TYPE_CANNOT_BE_MKT",
    "message": "order type cannot be mkt"
  },
  "-4140": {
    "name": "INVALID_OPENING_POSITION_STATUS",
    "message": "invalid opening position status"
  },
  "-4141": {
    "name": "SYMBOL_ALREADY_CLOSED",
    "message": "symbol already closed"
  },
  "-4142": {
    "name": "STRATEGY_INVALID_TRIGGER_PRICE",
    "message": "strategy invalid trigger price"
  },
  "-4144": {
    "name": "INVALID_PAIR",
    "message": "invalid pair"
  },
  "-4161": {
    "name": "ISOLATED_LEVERAGE_REJECT_WITH_POSITION",
    "message": "isolated leverage reject with position"
  },
  "-4164": {
    "name": "MIN_NOTIONAL",
    "message": "min notional"
  },
  "-4165": {
    "name": "INVALID_TIME_INTERVAL",
    "message": "invalid time interval"
  },
  "-4183": {
    "name": "PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP",
    "message": "price highter than stop multiplier up"
  },
  "-4184": {
    "name": "PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN",
    "message": "price lower than stop multiplier down"
  },
  "-5021": {
    "name": "FOK_ORDER_REJECT",
    "message": "Due to the order could not be filled immediately, the FOK order has been rejected."
  },
  "-5022": {
    "name": "GTX_ORDER_REJECT",
    "message": "Due to the order could not be executed as maker, the Post Only order will be rejected."
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
  | -5021
  | -5022
  | -5028
  | -5041
  | -51007
  | -51078;

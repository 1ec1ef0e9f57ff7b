/**
 * Shapes of the per-operation metadata generated from the spec's `x-binance-*` extensions and schemas
 * (see `spec/README.md`). The client, the mock and the docs read these; none of them retypes the facts.
 */

export type ApiId = 'margin' | 'portfolioMargin';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type SecurityType = 'NONE' | 'TRADE' | 'MARGIN' | 'USER_DATA' | 'USER_STREAM' | 'MARKET_DATA';
export type WeightBucket = 'IP' | 'UID' | 'ORDER';

/** A test on one parameter, used by conditional weights and by parameter rules. */
export type ParamCondition =
  | { readonly param: string; readonly in: readonly string[] }
  | { readonly param: string; readonly absent: true }
  | { readonly param: string; readonly present: true };

export type WeightCondition = ParamCondition & { readonly value: number };

export interface WeightMeta {
  readonly bucket: WeightBucket;
  readonly value: number;
  readonly conditions?: readonly WeightCondition[];
  readonly note?: string;
}

/**
 * A rule about parameters that JSON Schema's `required` cannot express (spec `x-binance-param-rules`). Broken, it is
 * answered with its `error` when the spec gives one, else with -1102 (`atLeastOne`, `requiredWhen`, `requires`),
 * -1106 (`forbiddenWhen`), -1128 (`exclusive`) or -1127 (`maxInterval`). `atLeastOne` with `when` applies only while the condition holds (MARKET needs `quantity`
 * or `quoteOrderQty`); `maxInterval` with `exclusive` requires `to - from < ms` ("less than"), else `<= ms`.
 */
export type ParamRule = (
  | { readonly kind: 'atLeastOne'; readonly params: readonly string[]; readonly precedence?: string; readonly when?: ParamCondition; readonly description: string }
  | { readonly kind: 'requiredWhen'; readonly param: string; readonly when: ParamCondition; readonly description: string }
  | { readonly kind: 'forbiddenWhen'; readonly param: string; readonly when: ParamCondition; readonly description: string }
  | { readonly kind: 'requires'; readonly param: string; readonly requires: readonly string[]; readonly description: string }
  | { readonly kind: 'exclusive'; readonly param: string; readonly excludes: readonly string[]; readonly description: string }
  | { readonly kind: 'maxInterval'; readonly from: string; readonly to: string; readonly ms: number; readonly exclusive?: true; readonly description: string }
) & {
  /**
   * The answer Binance documents for this rule when it is not the kind's usual code (capital flow's 7-day span:
   * -4047 "Time interval must be within 0-7 days"); the mock answers it and the client refuses with its code.
   */
  readonly error?: RuleError;
};

/** A Binance error answer: its code and message. */
export interface RuleError {
  readonly code: number;
  readonly msg: string;
}

/**
 * How a request parameter travels as text. `decimal` takes exact decimal strings (never a JS number);
 * `int64` takes bigint or digit strings; `booleanString` is a string enum that spells true/false in the
 * API's own casing (`TRUE`/`FALSE` or `true`/`false`).
 */
export type ParamKind = 'string' | 'decimal' | 'int64' | 'integer' | 'number' | 'timestamp' | 'boolean' | 'enum' | 'booleanString';

export interface ParamMeta {
  readonly kind: ParamKind;
  readonly required?: true;
  readonly values?: readonly string[];
  /** For `booleanString`: the spelling of true and of false. */
  readonly spelling?: readonly [trueValue: string, falseValue: string];
  readonly default?: string | number | boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/**
 * How a response field is decoded from its wire form.
 * `decimal`: a decimal string. `decimalOrEmpty`: a decimal string or `""` (decoded to null).
 * `lenientDecimal`: a decimal sent as a string or a bare JSON number. `int64`: a JSON integer that may exceed 2^53.
 * `lenientInt64`: an int64 sent as a JSON integer or a digit string.
 */
export type FieldCodec = 'decimal' | 'decimalOrEmpty' | 'lenientDecimal' | 'int64' | 'lenientInt64';

/**
 * A tree naming the decoded fields of a response. Arrays are transparent: a map applies to every element of an
 * array found where an object is expected. The key `*` applies to every other key of an object that is a map
 * (`additionalProperties`, e.g. asset → amount).
 */
export interface FieldMap {
  readonly [key: string]: FieldCodec | FieldMap;
}

export interface ResponseMeta {
  readonly fields: FieldMap;
  /** Keys whose values are JSON numbers that must be read from the raw text (int64 ids and lenient decimals). */
  readonly losslessKeys: readonly string[];
}

/** One variant of an operation's 2xx answer (spec `x-binance-response-variants`). */
export interface ResponseVariantMeta {
  /** For an answer whose schema is `oneOf` an object and an array: which of the two this variant is. */
  readonly shape?: 'object' | 'array';
  /** Properties of the answer always present in this variant, beyond the schema's `required` ones. */
  readonly present?: readonly string[];
}

/**
 * Which shape of its 2xx answer a request gets (spec `x-binance-response-variants`): chosen by the value of one
 * parameter (`newOrderRespType`: `ACK`, `RESULT`, `FULL`) or by whether it is sent (`asset`: one object or an
 * array). The client types each answer by the variant its parameters ask for; the mock answers it.
 */
export interface ResponseVariantsMeta {
  /** The parameter that chooses. */
  readonly param: string;
  /** `value`: one variant per value of `param`; `presence`: the variants `sent` and `notSent`. */
  readonly by: 'value' | 'presence';
  /** For `by: value`: the variant when `param` is not sent; the first rule whose `when` holds (or has none) wins. */
  readonly default?: readonly { readonly when?: ParamCondition; readonly variant: string }[];
  readonly variants: { readonly [variant: string]: ResponseVariantMeta };
}

export interface DeprecationMeta {
  readonly announced: string;
  readonly sunset?: string;
  readonly replacement?: string;
  readonly note: string;
}

/** One answer Binance documents as proving that a failed request was not processed. */
export interface NotProcessedAnswerMeta {
  /** HTTP status of the answer (503). */
  readonly status: number;
  /** The exact `msg` of Binance's `{code,msg}` envelope. */
  readonly msg: string;
  /** The envelope's `code`, when Binance documents one. */
  readonly code?: number;
  readonly description: string;
  /** The Binance page that documents the answer. */
  readonly source: string;
}

/**
 * Spec `x-binance-execution-status` (one per API): which failed answers prove a request was not processed.
 * A 4xx with Binance's envelope and a code outside `unknownCodes` was rejected; 429 and 418 were not processed;
 * a 5xx was not processed only when it matches a `notProcessed` entry exactly; everything else (other 5xx, any
 * `unknownCodes` answer, a timeout after the request was written, a connection lost mid-answer, an unusable 2xx)
 * leaves the execution status unknown.
 */
export interface ExecutionStatusMeta {
  readonly unknownCodes: readonly number[];
  readonly notProcessed: readonly NotProcessedAnswerMeta[];
}

export interface OperationMeta {
  readonly api: ApiId;
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly security: SecurityType;
  /** Whether `timestamp` and `signature` are required. */
  readonly signed: boolean;
  /** Whether the `X-MBX-APIKEY` header is required. */
  readonly apiKey: boolean;
  /**
   * Spec `x-binance-idempotent`: sending the request twice has the same effect on the account as sending it once,
   * so it may be resent after an unknown outcome (reads, listen-key management, ping). `false` for calls that place,
   * amend or cancel orders, move funds, borrow, repay or change a setting: those are sent again only when the answer
   * proves they were not processed (see `ExecutionStatusMeta`).
   */
  readonly idempotent: boolean;
  /**
   * The parameter that names what a non-idempotent `POST` creates with the caller's own id (`newClientOrderId`,
   * `listClientOrderId`, `newClientStrategyId`), so that it can be looked up after an unknown outcome. Derived by
   * the naming rule in `spec/README.md`; absent when the operation takes none.
   */
  readonly clientIdParam?: string;
  readonly weight: WeightMeta;
  /** Where parameters go: the query string (GET, DELETE) or a form body (POST, PUT). */
  readonly paramsIn: 'query' | 'body';
  readonly params: { readonly [name: string]: ParamMeta };
  readonly rules: readonly ParamRule[];
  readonly response: ResponseMeta;
  /** Whether this call places orders (it counts against the order-rate limit): `orderCount > 0`. */
  readonly placesOrders: boolean;
  /**
   * How many orders the call counts as against the API's `ORDERS` limiters (spec `x-binance-order-count`): a plain
   * order 1, an OCO list 2, OTO 2, OTOCO 3; 0 for calls that place no order.
   */
  readonly orderCount: number;
  /** Limits of this endpoint beyond the API-wide ones (spec `x-binance-endpoint-limits`); empty for most. */
  readonly endpointLimits: readonly EndpointLimitMeta[];
  readonly deprecated?: DeprecationMeta;
  /** The API's timing rules (spec `x-binance-timing`), on signed operations only: they are the ones that take `timestamp` and `recvWindow`. */
  readonly timing?: TimingMeta;
  /** How the answer's shape depends on a parameter (spec `x-binance-response-variants`), where it does. */
  readonly responseVariants?: ResponseVariantsMeta;
}

/**
 * How an API reads `timestamp` and `recvWindow` (spec `x-binance-timing` on the document). Binance accepts a
 * signed request when `timestamp < serverTime + aheadToleranceMs` and `serverTime - timestamp <= recvWindow`,
 * and answers `outsideWindowCode` (-1021) otherwise.
 */
export interface TimingMeta {
  /** Units `timestamp` may be sent in. With `MICROSECOND`, a value of 16 or more digits is read as microseconds. */
  readonly timestampUnits: readonly ('MILLISECOND' | 'MICROSECOND')[];
  /** How far ahead of the server clock a timestamp may be, exclusive (ms). */
  readonly aheadToleranceMs: number;
  /** `recvWindow` when none is sent (ms). */
  readonly recvWindowDefault: number;
  /** Largest accepted `recvWindow` (ms, inclusive). */
  readonly recvWindowMax: number;
  /** Decimal places `recvWindow` may carry: 3 on SAPI (microseconds), 0 on PAPI (a LONG). */
  readonly recvWindowFractionDigits: number;
  /** The code Binance answers for a `recvWindow` above `recvWindowMax`: -1131 on SAPI, -1130 on PAPI. */
  readonly recvWindowTooLargeCode: number;
  /** The code for a timestamp outside the window or ahead of the server (-1021). */
  readonly outsideWindowCode: number;
  readonly description: string;
  /** The Binance page the rules come from. */
  readonly source: string;
}

/** One limiter of an API (spec `x-binance-rate-limits`), in Binance's `rateLimits` vocabulary. */
export interface RateLimitMeta {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS';
  readonly bucket: WeightBucket;
  /** `endpoint`: each endpoint has its own limit (SAPI); `ip`: one limit for all endpoints per IP; `account`: per account. */
  readonly scope: 'endpoint' | 'ip' | 'account';
  readonly interval: 'SECOND' | 'MINUTE' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  /** The answer header that reports the usage. */
  readonly header: string;
}

/**
 * A limit of one endpoint beyond the API-wide limiters (spec `x-binance-endpoint-limits`), e.g. SAPI
 * `GET /sapi/v1/margin/allOrders`: 60 requests per minute per IP. `RAW_REQUESTS` counts calls, `REQUEST_WEIGHT`
 * the call's weight, `ORDERS` its `orderCount`; `scope` says whose calls share the counter.
 */
export interface EndpointLimitMeta {
  readonly rateLimitType: 'RAW_REQUESTS' | 'REQUEST_WEIGHT' | 'ORDERS';
  readonly scope: 'ip' | 'account';
  readonly interval: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  /** The limit in Binance's words, and where it is stated. */
  readonly description: string;
}

/** One code of an API's error catalogue (spec `<Prefix>ErrorCode`). */
export interface ErrorCodeMeta {
  /** A unique UPPER_SNAKE identifier (`x-enum-varnames`): Binance's name where it is one. */
  readonly name: string;
  /** Binance's own wording of the name (`x-binance-error-names`), when it differs from `name`. */
  readonly binanceName?: string;
  /** One documented message; Binance's messages for a code vary. */
  readonly message: string;
}

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

export type ParamRule =
  | { readonly kind: 'atLeastOne'; readonly params: readonly string[]; readonly precedence?: string; readonly description: string }
  | { readonly kind: 'requiredWhen'; readonly param: string; readonly when: ParamCondition; readonly description: string }
  | { readonly kind: 'forbiddenWhen'; readonly param: string; readonly when: ParamCondition; readonly description: string }
  | { readonly kind: 'requires'; readonly param: string; readonly requires: readonly string[]; readonly description: string }
  | { readonly kind: 'exclusive'; readonly param: string; readonly excludes: readonly string[]; readonly description: string }
  | { readonly kind: 'maxInterval'; readonly from: string; readonly to: string; readonly ms: number; readonly description: string };

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
 * array found where an object is expected.
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
  readonly weight: WeightMeta;
  /** Where parameters go: the query string (GET, DELETE) or a form body (POST, PUT). */
  readonly paramsIn: 'query' | 'body';
  readonly params: { readonly [name: string]: ParamMeta };
  readonly rules: readonly ParamRule[];
  readonly response: ResponseMeta;
  /** Whether this call places orders (it counts against the order-rate limit). */
  readonly placesOrders: boolean;
  readonly deprecated?: DeprecationMeta;
  /** How the answer's shape depends on a parameter (spec `x-binance-response-variants`), where it does. */
  readonly responseVariants?: ResponseVariantsMeta;
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

export interface ErrorCodeMeta {
  readonly name: string;
  readonly message: string;
}

import type { FieldMap, ParamMeta } from '@marginkit/spec';
import type { Decimal } from 'decimal.js';

/** A decimal parameter: canonical decimal text (`'0.001'`) or a `Decimal`. Never a JS number. */
export type DecimalInput = string | Decimal;

type DecodedCodec<Wire, Codec> = Codec extends 'decimal' | 'lenientDecimal'
  ? Decimal | (null extends Wire ? null : never)
  : Codec extends 'decimalOrEmpty'
    ? Decimal | null
    : Codec extends 'int64' | 'lenientInt64'
      ? bigint | (null extends Wire ? null : never)
      : Codec extends FieldMap
        ? Decoded<Wire, Codec>
        : Wire;

/**
 * The decoded form of a wire type, driven by the operation's generated field map: decimal fields become
 * `Decimal` (`""` becomes `null`), int64 and number-or-string ids become `bigint`. Other fields keep their type.
 */
export type Decoded<Wire, Map> = Wire extends readonly (infer Item)[]
  ? Decoded<Item, Map>[]
  : Wire extends object
    ? { [K in keyof Wire]: K extends keyof Map ? DecodedCodec<Wire[K], Map[K]> : '*' extends keyof Map ? DecodedCodec<Wire[K], Map['*']> : Wire[K] }
    : Wire;

type ParamInput<Wire, Meta> = Meta extends { kind: 'decimal' }
  ? DecimalInput
  : Meta extends { kind: 'int64' }
    ? bigint | string
    : Meta extends { kind: 'booleanString' }
      ? Wire | boolean
      : Wire;

/** Parameters the client adds itself. */
type SigningKeys = 'timestamp' | 'signature';

/**
 * What an operation-named method takes: the wire parameters without `timestamp`/`signature` (added by the
 * client), with decimals as `DecimalInput`, ids as `bigint | string`, and true/false string enums also as booleans.
 */
export type OperationParams<Wire, Params extends { readonly [name: string]: ParamMeta }> = {
  [K in keyof Wire as K extends SigningKeys ? never : K]: K extends keyof Params ? ParamInput<Wire[K], Params[K]> : Wire[K];
};

/** Removes `timestamp` and `signature` from required keys: the client fills them in. */
type Relax<T> = T extends object ? Omit<T, SigningKeys> & { timestamp?: number } : T;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type RelaxParameters<P> = P extends { query?: infer Q }
  ? Omit<P, 'query'> & ([RequiredKeys<Relax<Q>>] extends [never] ? { query?: Relax<Q> } : { query: Relax<Q> })
  : P;

type RelaxBody<B> = B extends { content: infer C }
  ? Omit<B, 'content'> & { content: { [T in keyof C]: Relax<C[T]> } }
  : B;

type RelaxOperation<Op> = Op extends { parameters: infer P }
  ? Omit<Op, 'parameters' | 'requestBody'> & { parameters: RelaxParameters<P> } & (Op extends { requestBody?: infer B }
        ? undefined extends Op['requestBody' & keyof Op]
          ? { requestBody?: RelaxBody<Exclude<B, undefined>> }
          : { requestBody: RelaxBody<B> }
        : {})
  : Op;

/** The openapi-fetch `paths` type with signing parameters made optional. */
export type ClientPaths<Paths> = {
  [P in keyof Paths]: { [M in keyof Paths[P]]: Paths[P][M] extends object ? RelaxOperation<Paths[P][M]> : Paths[P][M] };
};

/** One variant of an answer (spec `x-binance-response-variants`): its shape and the properties always present. */
export interface VariantShape {
  /** `object` or `array`: which member of a `oneOf` answer this variant is; `any`: the answer as typed. */
  readonly shape: 'object' | 'array' | 'any';
  /** Properties always present in this variant (`never` when none beyond the schema's required ones). */
  readonly present: PropertyKey;
}

type Flatten<T> = { [K in keyof T]: T[K] } & {};

type WithPresent<T, K extends PropertyKey> = [K] extends [never]
  ? T
  : T extends readonly unknown[]
    ? T
    : Flatten<Omit<T, K> & { [P in K & keyof T]-?: Exclude<T[P], undefined> }>;

type ShapeOf<T, Shape> = Shape extends 'array' ? Extract<T, readonly unknown[]> : Shape extends 'object' ? Exclude<T, readonly unknown[]> : T;

/**
 * The answer of variant `V` of an operation: `newMarginOrder` with `newOrderRespType: 'FULL'` answers with
 * `fills`, `status` and the other FULL fields present (not optional). A union of variants gives the union of
 * their answers, so an operation called without knowing the variant keeps every variant-dependent field optional.
 */
export type ResponseVariant<T, Variants extends { readonly [name: string]: VariantShape }, V extends keyof Variants> = V extends unknown
  ? WithPresent<ShapeOf<T, Variants[V]['shape']>, Variants[V]['present']>
  : never;

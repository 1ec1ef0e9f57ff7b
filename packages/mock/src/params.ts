/**
 * Reading and validating request parameters the way Binance does: from the query string and an
 * `application/x-www-form-urlencoded` body (the query wins when both carry one), checked against the spec's
 * request schema with a validator precompiled by Ajv (`src/generated/validators.ts`), then against the
 * `x-binance-param-rules` of the metadata.
 */
import type { OperationMeta, ParamCondition, ParamMeta, ParamRule } from '@marginkit/spec';
import { ApiError, E } from './errors.js';
import { requestValidators } from './generated/validators.js';
import { requestSchema, specDocuments, type SpecOperation } from './spec.js';

/** One raw `key=value` pair as it appeared on the wire. */
export interface RawPair {
  readonly key: string;
  readonly value: string;
  /** Length of the pair's raw (still percent-encoded) text, `key=value`. */
  readonly rawLength: number;
}

function decode(text: string): string {
  if (text.indexOf('%') < 0 && text.indexOf('+') < 0) return text;
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/** Splits a query string or form body into pairs. Throws -1100 on a broken percent-escape. */
export function splitPairs(text: string): RawPair[] {
  const out: RawPair[] = [];
  if (!text) return out;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end > start) {
      let eq = text.indexOf('=', start);
      if (eq < 0 || eq > end) eq = end;
      const rawKey = text.slice(start, eq);
      const rawValue = eq < end ? text.slice(eq + 1, end) : '';
      let key: string;
      let value: string;
      try {
        key = decode(rawKey);
        value = decode(rawValue);
      } catch {
        throw E.illegalChars(rawKey, '%XX percent-encoded UTF-8');
      }
      out.push({ key, value, rawLength: end - start });
    }
    start = end + 1;
  }
  return out;
}

/**
 * Merges query and body pairs into one map (query wins). A key repeated within one source is -1101.
 * `signature` is kept out of the map; it is handled by the authentication step.
 */
export function mergeParams(query: readonly RawPair[], body: readonly RawPair[]): Map<string, string> {
  const params = new Map<string, string>();
  let signatures = 0;
  for (const pair of query) {
    if (pair.key === 'signature') {
      if (++signatures > 1) throw E.duplicateParam();
    } else if (params.has(pair.key)) {
      throw E.duplicateParam();
    } else {
      params.set(pair.key, pair.value);
    }
  }
  if (body.length === 0) return params;
  const seen = new Set<string>();
  for (const pair of body) {
    if (seen.has(pair.key)) throw E.duplicateParam();
    seen.add(pair.key);
    if (pair.key !== 'signature' && !params.has(pair.key)) params.set(pair.key, pair.value);
  }
  return params;
}

const INTEGER_TEXT = /^-?[0-9]{1,20}$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The exact bounds of an int64 parameter: the spec's minimum/maximum (read losslessly), within the int64 range. */
interface Int64Bounds {
  readonly min: bigint;
  readonly max: bigint;
}
const NUMBER_TEXT = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const BOOLEAN_TEXT = /^(true|false)$/i;
const INTEGER_RANGE = '^[0-9]{1,20}$';

/**
 * Turns parameter text into the JSON value its schema expects; text that cannot convert stays text (and fails
 * the schema's type in the spec's parameter order). An int64 is compared on its digits with its exact bounds,
 * which a JavaScript number would round.
 */
function coerce(meta: ParamMeta, text: string, bounds: Int64Bounds | undefined): unknown {
  switch (meta.kind) {
    case 'int64': {
      if (!INTEGER_TEXT.test(text)) return text;
      const value = BigInt(text);
      return value >= (bounds?.min ?? INT64_MIN) && value <= (bounds?.max ?? INT64_MAX) ? Number(text) : text;
    }
    case 'integer':
    case 'timestamp':
      // Binance reads these as Java LONG (or INT, which the spec bounds): beyond LONG the text cannot be read, and
      // a JavaScript number would round it to a value the spec's bounds then accept (-1100 instead).
      return INTEGER_TEXT.test(text) && fitsLong(text) ? Number(text) : text;
    case 'number':
      return NUMBER_TEXT.test(text) ? Number(text) : text;
    case 'boolean':
      return BOOLEAN_TEXT.test(text) ? text.toLowerCase() === 'true' : text;
    default:
      return text;
  }
}

function fitsLong(text: string): boolean {
  // Up to 18 digits always fit; only longer text needs the exact comparison.
  if (text.length < 19) return true;
  const value = BigInt(text);
  return value >= INT64_MIN && value <= INT64_MAX;
}

/** Signing parameters that Binance ignores on operations that are not signed. */
const IGNORED_WHEN_UNSIGNED = new Set(['timestamp', 'recvWindow']);

/** An Ajv validate function (standalone code). */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
}

export interface CompiledParams {
  readonly names: readonly string[];
  readonly required: readonly string[];
  readonly validate: ValidateFunction;
  /** The `pattern` of each string and decimal parameter that has one, for the -1100 message. */
  readonly patterns: Readonly<Record<string, string>>;
  /** String parameters whose schema is a shared named one (`SymbolParam`, ...): Binance names their legal range (-1100). */
  readonly ranged: ReadonlySet<string>;
  /** The exact bounds of each int64 parameter. */
  readonly int64: Readonly<Record<string, Int64Bounds>>;
}

function bigBound(value: unknown, fallback: bigint): bigint {
  return typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value)) ? BigInt(value) : fallback;
}

/** The precompiled parameter validator of one operation, with what the error messages need. */
export function compileParams(op: SpecOperation): CompiledParams {
  const { properties } = requestSchema(op);
  const names = Object.keys(op.meta.params);
  const validate = (requestValidators as Record<string, ValidateFunction>)[`${op.meta.api}.${op.meta.operationId}`];
  if (!validate) throw new Error(`no precompiled validator for ${op.meta.api}.${op.meta.operationId}: run pnpm generate`);
  const components = specDocuments()[op.meta.api].components.schemas;
  const patterns: Record<string, string> = {};
  const int64: Record<string, Int64Bounds> = {};
  const ranged = new Set<string>();
  for (const [name, prop] of Object.entries<any>(properties)) {
    const target = prop?.$ref ? components[prop.$ref.split('/').pop()] : prop;
    if (target?.pattern) patterns[name] = target.pattern;
    if (prop?.$ref && target?.type === 'string' && target.pattern) ranged.add(name);
    if (target?.format === 'int64') int64[name] = { min: bigBound(target.minimum, INT64_MIN), max: bigBound(target.maximum, INT64_MAX) };
  }
  return { names, required: names.filter((n) => op.meta.params[n]?.required), validate, patterns, int64, ranged };
}

/** The value of a parameter after its schema default, as text. */
export function valueOf(meta: OperationMeta, params: ReadonlyMap<string, string>, name: string): string | undefined {
  const sent = params.get(name);
  if (sent !== undefined) return sent;
  const def = meta.params[name]?.default;
  return def === undefined ? undefined : String(def);
}

export function holds(meta: OperationMeta, params: ReadonlyMap<string, string>, cond: ParamCondition): boolean {
  if ('in' in cond) {
    const value = valueOf(meta, params, cond.param);
    return value !== undefined && cond.in.includes(value);
  }
  if ('absent' in cond) return !params.has(cond.param);
  return params.has(cond.param);
}

function enumError(meta: OperationMeta, name: string): ApiError {
  switch (name) {
    case 'side':
      return E.invalidSide();
    case 'type':
      // -1116 is about order types; elsewhere (borrow-repay's BORROW/REPAY, a transfer direction) a plain parameter (-1130).
      return meta.params.type?.values?.includes('LIMIT') ? E.invalidOrderType() : E.invalidParam(name);
    case 'timeInForce':
    case 'stopLimitTimeInForce':
      return E.invalidTif();
    case 'newOrderRespType':
      return meta.api === 'portfolioMargin' ? E.invalidRespType() : E.invalidParam(name);
    default:
      return E.invalidParam(name);
  }
}

/**
 * Validates the merged parameters of a request. Order of checks: unknown parameters (-1104), empty values
 * (-1102 for a mandatory one, -1105 otherwise), missing mandatory ones (-1102, in the spec's order), the schema
 * (types -1100, enums -1115/-1116/-1117/-1136/-1130, ranges -1130), then the parameter rules. `recvWindow` of a
 * signed operation is left to the timing step (`checkTiming`), which reads it by the API's rules.
 */
export function validateParams(meta: OperationMeta, compiled: CompiledParams, params: Map<string, string>): void {
  let unknown = 0;
  for (const key of params.keys()) {
    if (meta.params[key]) continue;
    if (!meta.signed && IGNORED_WHEN_UNSIGNED.has(key)) {
      params.delete(key);
      continue;
    }
    unknown++;
  }
  if (unknown > 0) throw E.unreadParams(params.size - unknown, params.size);

  for (const [key, value] of params) {
    if (value !== '') continue;
    throw meta.params[key]?.required ? E.mandatory(key) : E.emptyParam(key);
  }
  for (const name of compiled.required) if (!params.has(name)) throw E.mandatory(name);

  const object: Record<string, unknown> = {};
  for (const [key, value] of params) {
    // The timing step has read recvWindow by the API's x-binance-timing rules already.
    if (key === 'recvWindow' && meta.timing) continue;
    object[key] = coerce(meta.params[key]!, value, compiled.int64[key]);
  }
  if (!compiled.validate(object)) {
    const errors = compiled.validate.errors ?? [];
    // Report the parameter that comes first in the spec's order.
    let best: { index: number; error: (typeof errors)[number]; name: string } | undefined;
    for (const error of errors) {
      const name = error.instancePath.split('/')[1] ?? (error.params.missingProperty as string | undefined) ?? '';
      const index = compiled.names.indexOf(name);
      if (!best || index < best.index) best = { index, error, name };
    }
    if (best) throw schemaError(meta, compiled, best.name, best.error.keyword);
    throw E.invalidParam('?');
  }

  for (const rule of meta.rules) {
    try {
      checkRule(meta, rule, params);
    } catch (error) {
      // A rule whose answer Binance documents otherwise (spec `error`) is answered with that.
      if (rule.error && error instanceof ApiError) throw new ApiError(400, rule.error.code, rule.error.msg);
      throw error;
    }
  }
  if (meta.api === 'portfolioMargin') {
    const from = params.get('startTime');
    const to = params.get('endTime');
    if (from !== undefined && to !== undefined && Number(from) > Number(to)) throw E.startAfterEnd();
  }
}

/** Throws the kind's Binance error when the rule is broken. */
function checkRule(meta: OperationMeta, rule: ParamRule, params: ReadonlyMap<string, string>): void {
  switch (rule.kind) {
    case 'atLeastOne':
      if (!rule.params.some((p) => params.has(p)) && (!rule.when || holds(meta, params, rule.when))) {
        throw E.eitherOr(rule.params[0]!, rule.params[1] ?? rule.params[0]!);
      }
      break;
    case 'requiredWhen':
      if (!params.has(rule.param) && holds(meta, params, rule.when)) throw E.mandatory(rule.param);
      break;
    case 'forbiddenWhen':
      if (params.has(rule.param) && holds(meta, params, rule.when)) throw E.notRequired(rule.param);
      break;
    case 'requires':
      if (params.has(rule.param)) for (const r of rule.requires) if (!params.has(r)) throw E.mandatory(r);
      break;
    case 'exclusive':
      if (params.has(rule.param) && rule.excludes.some((p) => params.has(p))) throw E.badCombo();
      break;
    case 'maxInterval': {
      const from = params.get(rule.from);
      const to = params.get(rule.to);
      if (from === undefined || to === undefined) break;
      const span = Number(to) - Number(from);
      if (span < 0 && meta.api === 'portfolioMargin') throw E.startAfterEnd();
      if (span < 0 || span > rule.ms || (rule.exclusive && span === rule.ms)) {
        const hours = rule.ms / 3_600_000;
        throw hours <= 24 ? E.intervalTooBig(hours) : E.lookupTooBig();
      }
      break;
    }
  }
}

function schemaError(meta: OperationMeta, compiled: CompiledParams, name: string, keyword: string): ApiError {
  const param = meta.params[name];
  if (!param) return E.unreadParams(0, 1);
  if (keyword === 'enum' || keyword === 'const') return enumError(meta, name);
  if (param.kind === 'int64' && (keyword === 'minimum' || keyword === 'maximum')) return E.illegalChars(name, INTEGER_RANGE);
  // A string of a shared constrained schema (symbol, asset, client order id): Binance names the legal range.
  if (param.kind === 'string' && (keyword === 'pattern' || keyword === 'maxLength' || keyword === 'minLength') && compiled.ranged.has(name)) {
    return E.illegalChars(name, compiled.patterns[name]!);
  }
  if (keyword === 'type' || keyword === 'pattern' || keyword === 'format') {
    if (param.kind === 'decimal') return E.illegalChars(name, compiled.patterns[name] ?? '^[0-9]{1,20}(\\.[0-9]{1,20})?$');
    if (param.kind === 'boolean') return E.invalidParam(name);
    if (param.kind !== 'string' && param.kind !== 'enum' && param.kind !== 'booleanString') {
      return E.illegalChars(name, param.kind === 'number' ? '^[0-9]{1,20}(\\.[0-9]{1,3})?$' : INTEGER_RANGE);
    }
  }
  return E.invalidParam(name);
}

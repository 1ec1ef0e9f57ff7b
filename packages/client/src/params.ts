import type { OperationMeta, ParamCondition, ParamMeta, ParamRule, TimingMeta } from '@marginkit/spec';
import { plainNumber } from '@marginkit/core';
import { Decimal } from 'decimal.js';
import { ParameterError, operationRef } from './errors.js';

/** Binance's accepted text for a request decimal: up to 20 integer and 20 fraction digits, no sign, no exponent. */
const DECIMAL_PARAM = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const INTEGER_TEXT = /^-?[0-9]+$/;
// Characters encodeURIComponent leaves alone; most values (symbols, digits, enums) need no encoding at all.
const URI_SAFE = /^[A-Za-z0-9_.!~*'()-]*$/;

/** Parameters the client always fills in itself. */
const SIGNING_PARAMS = new Set(['timestamp', 'signature']);

interface Plan {
  readonly required: readonly string[];
  readonly rules: readonly ParamRule[];
}

const plans = new WeakMap<OperationMeta, Plan>();

function planOf(meta: OperationMeta): Plan {
  let plan = plans.get(meta);
  if (!plan) {
    const required = Object.keys(meta.params).filter((name) => meta.params[name]?.required && !SIGNING_PARAMS.has(name));
    plan = { required, rules: meta.rules };
    plans.set(meta, plan);
  }
  return plan;
}

function fail(meta: OperationMeta, params: readonly string[], code: number, message: string): never {
  throw new ParameterError(operationRef(meta), params, code, message);
}

/** Decimal text for the wire: never through a float, never with an exponent. */
export function decimalToWire(meta: OperationMeta, name: string, value: unknown): string {
  if (typeof value === 'string') {
    if (DECIMAL_PARAM.test(value)) return value;
    fail(meta, [name], -1100, `parameter '${name}' must be a non-negative decimal without exponent (at most 20 integer and 20 fraction digits), got '${value}'`);
  }
  if (Decimal.isDecimal(value)) {
    const decimal = value as Decimal;
    // A negative zero (arithmetic can make one) is zero: toFixed writes it "0".
    if (!decimal.isFinite() || (decimal.isNegative() && !decimal.isZero())) fail(meta, [name], -1100, `parameter '${name}' must be a finite, non-negative decimal, got ${decimal.toString()}`);
    const text = decimal.toFixed();
    if (!DECIMAL_PARAM.test(text)) fail(meta, [name], -1100, `parameter '${name}' has more than 20 integer or fraction digits: ${text}`);
    return text;
  }
  if (typeof value === 'number') {
    fail(meta, [name], -1100, `parameter '${name}' is a decimal: pass a string such as '0.001' or a Decimal, not the JS number ${value} (floats cannot hold most decimals exactly)`);
  }
  return fail(meta, [name], -1100, `parameter '${name}' must be a decimal string or a Decimal, got ${typeof value}`);
}

const DIGIT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/**
 * Why a `recvWindow` breaks the API's timing rules (spec `x-binance-timing`), with the code Binance answers, or
 * undefined when it is fine. SAPI takes up to three decimals and answers -1131 above 60000; PAPI takes whole
 * milliseconds and answers -1130.
 */
export function recvWindowProblem(timing: TimingMeta, value: unknown): { readonly code: number; readonly message: string } | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? plainNumber(value) : typeof value === 'string' ? value : undefined;
  const digits = timing.recvWindowFractionDigits;
  const shape = digits > 0 ? new RegExp(`^[0-9]{1,20}(\\.[0-9]{1,${digits}})?$`) : /^[0-9]{1,20}$/;
  if (text === undefined || !shape.test(text)) {
    const rule = digits > 0 ? `a number of milliseconds with at most ${DIGIT_WORDS[digits] ?? digits} decimals` : 'a whole number of milliseconds on this API';
    return { code: -1100, message: `recvWindow must be ${rule}, got ${text ?? typeof value}` };
  }
  const ms = Number(text);
  if (ms <= 0 || ms > timing.recvWindowMax) {
    const code = ms > timing.recvWindowMax ? timing.recvWindowTooLargeCode : -1130;
    return { code, message: `recvWindow must be above 0 and at most ${timing.recvWindowMax} ms (Binance answers ${code} otherwise), got ${text}` };
  }
  return undefined;
}

function paramToWire(meta: OperationMeta, name: string, param: ParamMeta, value: unknown): string {
  if (name === 'recvWindow' && meta.timing) {
    const problem = recvWindowProblem(meta.timing, value);
    if (problem) fail(meta, [name], problem.code, problem.message);
    return typeof value === 'number' ? plainNumber(value) : String(value);
  }
  switch (param.kind) {
    case 'decimal':
      return decimalToWire(meta, name, value);
    case 'int64':
      if (typeof value === 'bigint') return int64InRange(meta, name, param, value, value.toString());
      if (typeof value === 'string' && INTEGER_TEXT.test(value)) return int64InRange(meta, name, param, BigInt(value), value);
      if (typeof value === 'number') {
        return fail(meta, [name], -1100, `parameter '${name}' is a 64-bit id: pass a bigint (${Number.isSafeInteger(value) ? `${value}n` : 'e.g. 123n'}) or a digit string, not a JS number`);
      }
      return fail(meta, [name], -1100, `parameter '${name}' must be a bigint or a string of digits`);
    case 'integer':
    case 'timestamp':
      if (typeof value === 'number' && Number.isInteger(value)) {
        // String() of a number from 1e21 up has an exponent, and any number beyond 2^53 may already be rounded.
        if (!Number.isSafeInteger(value)) {
          fail(meta, [name], -1100, `parameter '${name}' is a JS number beyond 2^53 (${plainNumber(value).slice(0, 40)}), which cannot be trusted to the digit: pass a bigint or a digit string`);
        }
        return inRange(meta, name, param, value, String(value));
      }
      if (typeof value === 'bigint') return bigInRange(meta, name, param, value, value.toString());
      if (typeof value === 'string' && INTEGER_TEXT.test(value)) return bigInRange(meta, name, param, BigInt(value), value);
      return fail(meta, [name], -1100, `parameter '${name}' must be an integer, got ${JSON.stringify(String(value))}`);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return inRange(meta, name, param, value, plainNumber(value));
      if (typeof value === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(value)) return inRange(meta, name, param, Number(value), value);
      return fail(meta, [name], -1100, `parameter '${name}' must be a number, got ${JSON.stringify(String(value))}`);
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value;
      return fail(meta, [name], -1130, `parameter '${name}' must be true or false`);
    case 'booleanString': {
      const [trueText, falseText] = param.spelling ?? ['true', 'false'];
      if (typeof value === 'boolean') return value ? trueText : falseText;
      if (value === trueText || value === falseText) return value;
      return fail(meta, [name], -1130, `parameter '${name}' must be '${trueText}', '${falseText}' or a boolean, got ${JSON.stringify(value)}`);
    }
    case 'enum':
      // Binance adds enum values over time; the types restrict them, the wire does not.
      if (typeof value === 'string' && value !== '') return value;
      return fail(meta, [name], -1130, `parameter '${name}' must be one of ${param.values?.join(', ')}`);
    case 'string':
      if (typeof value === 'string' && value !== '') return value;
      return fail(meta, [name], value === '' ? -1105 : -1130, `parameter '${name}' must be a non-empty string`);
  }
}

function inRange(meta: OperationMeta, name: string, param: ParamMeta, value: number, text: string): string {
  if (param.maximum !== undefined && value > param.maximum) {
    fail(meta, [name], -1130, `parameter '${name}' may not exceed ${param.maximum}, got ${text}`);
  }
  if (param.minimum !== undefined && value < param.minimum) fail(meta, [name], -1130, `parameter '${name}' may not be below ${param.minimum}, got ${text}`);
  return text;
}

/** `inRange` for integers given as bigint or digits, which may lie beyond what a JS number holds. */
function bigInRange(meta: OperationMeta, name: string, param: ParamMeta, value: bigint, text: string): string {
  if (param.maximum !== undefined && value > BigInt(Math.floor(param.maximum))) fail(meta, [name], -1130, `parameter '${name}' may not exceed ${param.maximum}, got ${text.slice(0, 40)}`);
  if (param.minimum !== undefined && value < BigInt(Math.ceil(param.minimum))) fail(meta, [name], -1130, `parameter '${name}' may not be below ${param.minimum}, got ${text.slice(0, 40)}`);
  return text;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A bound of an int64 parameter: the spec's, when a JS number holds it exactly, within the signed 64-bit range. */
function int64Bound(bound: number | undefined, fallback: bigint): bigint {
  if (bound === undefined || !Number.isSafeInteger(bound)) return fallback;
  const big = BigInt(bound);
  return big < INT64_MIN ? INT64_MIN : big > INT64_MAX ? INT64_MAX : big;
}

/** An int64 id within the spec's bounds and the signed 64-bit range; Binance (and the mock) answer -1100 otherwise. */
function int64InRange(meta: OperationMeta, name: string, param: ParamMeta, value: bigint, text: string): string {
  const min = int64Bound(param.minimum, INT64_MIN);
  const max = int64Bound(param.maximum, INT64_MAX);
  if (value < min || value > max) fail(meta, [name], -1100, `parameter '${name}' must be an integer from ${min} to ${max}, got ${text.slice(0, 40)}`);
  return text;
}

/** The parameter's metadata; refuses (-1104) a name the operation does not take and the signing parameters. */
function knownParam(meta: OperationMeta, name: string): ParamMeta {
  const param = meta.params[name];
  if (!param || SIGNING_PARAMS.has(name)) {
    fail(meta, [name], -1104, SIGNING_PARAMS.has(name) ? `'${name}' is added by the client; do not pass it` : `unknown parameter '${name}'; this operation takes ${Object.keys(meta.params).filter((p) => !SIGNING_PARAMS.has(p)).join(', ') || 'no parameters'}`);
  }
  return param;
}

function encodeComponent(text: string): string {
  return URI_SAFE.test(text) ? text : encodeURIComponent(text);
}

function sent(params: Record<string, unknown>, name: string): boolean {
  const v = params[name];
  return v !== undefined && v !== null;
}

function holds(meta: OperationMeta, params: Record<string, unknown>, condition: ParamCondition): boolean {
  if ('absent' in condition) return !sent(params, condition.param);
  if ('present' in condition) return sent(params, condition.param);
  const param = meta.params[condition.param];
  let value = params[condition.param];
  if (value === undefined || value === null) value = param?.default;
  if (value === undefined) return false;
  if (typeof value === 'boolean' && param?.kind === 'booleanString' && param.spelling) value = value ? param.spelling[0] : param.spelling[1];
  return condition.in.includes(String(value));
}

function describe(condition: ParamCondition): string {
  if ('absent' in condition) return `'${condition.param}' is not sent`;
  if ('present' in condition) return `'${condition.param}' is sent`;
  return `'${condition.param}' is ${condition.in.map((v) => `'${v}'`).join(' or ')}`;
}

function asMillis(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && INTEGER_TEXT.test(value)) return Number(value);
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/**
 * Checks the operation's parameter rules (spec `x-binance-param-rules`), in the spec's order, and refuses with the
 * code Binance would answer: a LIMIT order without `price` never leaves the client.
 */
export function checkRules(meta: OperationMeta, params: Record<string, unknown>, rules: readonly ParamRule[]): void {
  for (const rule of rules) {
    try {
      checkRule(meta, params, rule);
    } catch (error) {
      // A rule whose answer Binance documents otherwise (spec `error`) is refused with that code.
      if (rule.error && error instanceof ParameterError) throw new ParameterError(error.operation, error.parameters, rule.error.code, `${error.message.slice(error.message.indexOf(': ') + 2)}; Binance answers ${rule.error.code} "${rule.error.msg}"`);
      throw error;
    }
  }
}

function checkRule(meta: OperationMeta, params: Record<string, unknown>, rule: ParamRule): void {
  switch (rule.kind) {
    case 'atLeastOne':
      if (!rule.params.some((p) => sent(params, p)) && (!rule.when || holds(meta, params, rule.when))) {
        const condition = rule.when ? ` when ${describe(rule.when)}` : '';
        fail(meta, rule.params, -1102, `send ${rule.params.map((p) => `'${p}'`).join(' or ')}${condition} (${rule.description})`);
      }
      break;
    case 'requiredWhen':
      if (!sent(params, rule.param) && holds(meta, params, rule.when)) {
        fail(meta, [rule.param], -1102, `'${rule.param}' is required when ${describe(rule.when)} (${rule.description})`);
      }
      break;
    case 'forbiddenWhen':
      if (sent(params, rule.param) && holds(meta, params, rule.when)) {
        fail(meta, [rule.param], -1106, `'${rule.param}' must not be sent when ${describe(rule.when)} (${rule.description})`);
      }
      break;
    case 'requires':
      if (sent(params, rule.param)) {
        const missing = rule.requires.filter((p) => !sent(params, p));
        if (missing.length) fail(meta, [rule.param, ...missing], -1102, `'${rule.param}' also needs ${missing.map((p) => `'${p}'`).join(', ')} (${rule.description})`);
      }
      break;
    case 'exclusive':
      if (sent(params, rule.param)) {
        const clash = rule.excludes.filter((p) => sent(params, p));
        if (clash.length) fail(meta, [rule.param, ...clash], -1128, `'${rule.param}' cannot be combined with ${clash.map((p) => `'${p}'`).join(', ')} (${rule.description})`);
      }
      break;
    case 'ordered': {
      const from = asMillis(params[rule.from]);
      const to = asMillis(params[rule.to]);
      if (from !== undefined && to !== undefined && from > to) fail(meta, [rule.from, rule.to], -1023, `'${rule.from}' is after '${rule.to}' (${rule.description})`);
      break;
    }
    case 'maxInterval': {
      const from = asMillis(params[rule.from]);
      const to = asMillis(params[rule.to]);
      if (from !== undefined && to !== undefined) {
        // PAPI answers a window that ends before it starts -1023 START_TIME_GREATER_THAN_END_TIME (so does the
        // mock); SAPI answers it like a window too wide, -1127.
        if (from > to) fail(meta, [rule.from, rule.to], meta.api === 'portfolioMargin' ? -1023 : -1127, `'${rule.from}' is after '${rule.to}'`);
        const tooFar = rule.exclusive ? to - from >= rule.ms : to - from > rule.ms;
        if (tooFar) {
          const limit = `${rule.exclusive ? 'less than' : 'at most'} ${rule.ms / 3_600_000} hours`;
          fail(meta, [rule.from, rule.to], -1127, `'${rule.from}' and '${rule.to}' must be ${limit} apart (${rule.description})`);
        }
      }
      break;
    }
  }
}

/**
 * Turns an operation's parameters into `application/x-www-form-urlencoded` text (without timestamp and
 * signature), checking kinds, required parameters and rules first. Parameters keep the caller's order.
 */
export function encodeParams(meta: OperationMeta, params: Record<string, unknown> | undefined): string {
  const plan = planOf(meta);
  const input = params ?? {};
  for (const name of plan.required) {
    const value = input[name];
    if (value === undefined || value === null) fail(meta, [name], -1102, `mandatory parameter '${name}' is missing`);
  }
  if (plan.rules.length) checkRules(meta, input, plan.rules);
  let text = '';
  for (const name in input) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    const wire = paramToWire(meta, name, knownParam(meta, name), value);
    text += `${text ? '&' : ''}${name}=${encodeComponent(wire)}`;
  }
  return text;
}

/**
 * Checks parameters that arrive already encoded (the path API's) as `encodeParams` checks its input, with the same
 * codes: mandatory parameters, rules, then each value (unknown names, id ranges, decimal text, enums, recvWindow).
 * Whichever API a caller uses, the client refuses the same calls.
 */
export function checkEncodedParams(meta: OperationMeta, params: Readonly<Record<string, string>>): void {
  const plan = planOf(meta);
  for (const name of plan.required) {
    if (params[name] === undefined) fail(meta, [name], -1102, `mandatory parameter '${name}' is missing`);
  }
  if (plan.rules.length) checkRules(meta, params, plan.rules);
  for (const name in params) paramToWire(meta, name, knownParam(meta, name), params[name]);
}

/** The request weight of a call: the first matching conditional weight, else the base value. */
export function weightOf(meta: OperationMeta, params: Record<string, unknown> | undefined): number {
  const conditions = meta.weight.conditions;
  if (conditions) {
    const input = params ?? {};
    for (const condition of conditions) if (holds(meta, input, condition)) return condition.value;
  }
  return meta.weight.value;
}

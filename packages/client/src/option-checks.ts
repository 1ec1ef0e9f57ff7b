/**
 * Checks of the client's numeric options, made when they are given: a value that cannot work is a
 * ConfigurationError naming the option, never a call that misbehaves later.
 */
import { ConfigurationError } from './errors.js';

/** The longest delay `setTimeout` holds (2^31 - 1 ms): a longer one fires after 1 ms, with only a warning. */
export const MAX_TIMER_MS = 2_147_483_647;

function refuse(name: string, rule: string, value: unknown): never {
  throw new ConfigurationError(`${name} must be ${rule}, got ${typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value) ?? typeof value}`);
}

/** A timeout in milliseconds, from 1 to MAX_TIMER_MS. */
export function checkTimeout(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 1 && value <= MAX_TIMER_MS)) refuse(name, `a number of milliseconds from 1 to ${MAX_TIMER_MS}`, value);
  return value;
}

/** A delay in milliseconds a timer waits: 0 to MAX_TIMER_MS. */
export function checkDelay(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= MAX_TIMER_MS)) refuse(name, `a number of milliseconds from 0 to ${MAX_TIMER_MS}`, value);
  return value;
}

/** A whole number from `min` up (a count of retries, sockets or bytes). */
export function checkCount(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) refuse(name, `a whole number from ${min} up`, value);
  return value;
}

/** A positive duration that is only compared, never handed to a timer (Infinity allowed). */
export function checkPeriod(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0)) refuse(name, 'a positive number of milliseconds', value);
  return value;
}

interface NumericOptions {
  readonly timeout?: number | undefined;
  readonly maxResponseBytes?: number | undefined;
  readonly maxSockets?: number | undefined;
  readonly retry?: false | { readonly retries?: number | undefined; readonly minDelayMs?: number | undefined; readonly maxDelayMs?: number | undefined; readonly maxRetryAfterMs?: number | undefined } | undefined;
  readonly rateLimit?: { readonly maxWaitMs?: number | undefined } | undefined;
  readonly timeSync?: boolean | { readonly intervalMs?: number | undefined } | undefined;
}

/** Checks every numeric client option that is given (undefined keeps the default). */
export function checkNumericOptions(options: NumericOptions): void {
  if (options.timeout !== undefined) checkTimeout('timeout', options.timeout);
  if (options.maxResponseBytes !== undefined) checkCount('maxResponseBytes', options.maxResponseBytes, 1);
  if (options.maxSockets !== undefined) checkCount('maxSockets', options.maxSockets, 1);
  if (options.retry) {
    const { retries, minDelayMs, maxDelayMs, maxRetryAfterMs } = options.retry;
    if (retries !== undefined) checkCount('retry.retries', retries, 0);
    if (minDelayMs !== undefined) checkDelay('retry.minDelayMs', minDelayMs);
    if (maxDelayMs !== undefined) checkDelay('retry.maxDelayMs', maxDelayMs);
    if (maxRetryAfterMs !== undefined) checkDelay('retry.maxRetryAfterMs', maxRetryAfterMs);
  }
  if (options.rateLimit?.maxWaitMs !== undefined) checkDelay('rateLimit.maxWaitMs', options.rateLimit.maxWaitMs);
  if (typeof options.timeSync === 'object' && options.timeSync.intervalMs !== undefined) checkPeriod('timeSync.intervalMs', options.timeSync.intervalMs);
}

/** `defaults` with the given values laid over them; an explicit `undefined` keeps the default. */
export function withDefaults<T extends object>(defaults: Required<T>, given: T | undefined): Required<T> {
  const out = { ...defaults };
  for (const key in given) if (given[key] !== undefined) (out as T)[key] = given[key];
  return out;
}

type Hook = ((event: never) => void) | undefined;

/**
 * The caller's hooks, each guarded so that an exception it throws is dropped: hooks log and measure, and a broken
 * logger must not turn a placed order into an "unknown" one or send a read again.
 */
export function guardedHooks<Hooks extends { readonly [name: string]: Hook }>(hooks: Hooks): Hooks {
  const guarded: Record<string, Hook> = {};
  for (const name of Object.keys(hooks)) {
    const hook = hooks[name];
    if (typeof hook !== 'function') continue;
    guarded[name] = (event: never) => {
      try {
        hook.call(hooks, event);
      } catch {
        // dropped on purpose (see above)
      }
    };
  }
  return guarded as Hooks;
}

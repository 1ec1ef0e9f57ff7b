import type { OperationMeta, RateLimitMeta, WeightBucket } from '@marginkit/spec';

/** What Binance last reported about your usage, read from its response headers. */
export interface RateLimitSnapshot {
  /** `X-MBX-USED-WEIGHT-<interval>`: weight used by this IP, by interval (`'1M'`). */
  readonly usedWeight: Readonly<Record<string, number>>;
  /** `X-MBX-ORDER-COUNT-<interval>`: orders placed by this account, by interval (`'10S'`, `'1D'`, `'1M'`). */
  readonly orderCount: Readonly<Record<string, number>>;
  /** `X-SAPI-USED-IP-WEIGHT-1M` and `X-SAPI-USED-UID-WEIGHT-1M` of the last SAPI answer, by endpoint path. */
  readonly sapiEndpoints: Readonly<Record<string, { readonly ipWeight1m?: number; readonly uidWeight1m?: number }>>;
  /**
   * Epoch milliseconds before which Binance asked not to call again (from `Retry-After` on 429/418), for every
   * operation of the API: an IP ban (418) and, on PAPI, a 429 (one IP limit over all endpoints).
   */
  readonly retryAfterUntil?: number;
  /**
   * The same for one endpoint (`'POST /sapi/v1/margin/max-leverage'`): a SAPI 429, since each SAPI endpoint has
   * its own IP and UID limits ("Each endpoint with IP limits has an independent 12000 per minute limit", and the
   * endpoint limits of `x-binance-endpoint-limits`), so the other endpoints may still be called.
   */
  readonly endpointRetryAfterUntil?: Readonly<Record<string, number>>;
  /** Epoch milliseconds of the answer these numbers come from. */
  readonly updatedAt?: number;
}

export interface RateLimitOptions {
  /**
   * Track each call's weight, order count and endpoint limits (all from the spec) and wait for the next window
   * instead of crossing a limit. Default `false`: usage is still recorded and `Retry-After` is still honoured.
   */
  readonly enabled?: boolean;
  /**
   * Replaced limits. Defaults come from the spec's `x-binance-rate-limits`: `ip` and `uid` are the per-minute
   * weight limits (Margin 12000 IP and 180000 UID per endpoint, Portfolio Margin 6000 IP); `orders` is the API's
   * shortest order window (Margin 10000 per 10 s, Portfolio Margin 1200 per minute).
   */
  readonly limits?: { readonly ip?: number; readonly uid?: number; readonly orders?: number };
  /** Longest the client waits for a window or a `Retry-After` before throwing `RateLimitError` (default 60000 ms). */
  readonly maxWaitMs?: number;
}

const INTERVAL_MS: Readonly<Record<string, number>> = { SECOND: 1000, MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 };
const INTERVAL_LETTER: Readonly<Record<string, string>> = { SECOND: 'S', MINUTE: 'M', HOUR: 'H', DAY: 'D' };
const MINUTE = 60_000;

// Counts and delay-seconds are digits only (RFC 9110 §10.2.3 delay-seconds = 1*DIGIT); 15 keep it a safe integer.
const DIGITS = /^\s*\d{1,15}\s*$/;
// An HTTP-date in any of its three RFC 9110 §5.6.7 forms opens with a day name; Date.parse alone reads "1" as 2001.
const HTTP_DATE = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /;

/** A usage count from a header: digits only, else undefined (an empty, signed or exponent value says nothing). */
function headerNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text !== undefined && DIGITS.test(text) ? Number(text) : undefined;
}

/**
 * The seconds a `Retry-After` header asks for: delay-seconds, or the time from `nowMs` until an HTTP-date (RFC 9110
 * §10.2.3, at least 0); undefined for anything else, which must be read neither as "now" nor as a wait.
 */
export function retryAfterSeconds(value: string | string[] | undefined, nowMs: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  if (DIGITS.test(text)) return Number(text);
  if (!HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** Milliseconds of a `X-MBX-ORDER-COUNT-<n><letter>` interval such as `10S` or `1D`. */
function headerIntervalMs(interval: string): number | undefined {
  const match = /^(\d+)([SMHD])$/.exec(interval);
  if (!match) return undefined;
  const unit = Object.keys(INTERVAL_LETTER).find((k) => INTERVAL_LETTER[k] === match[2])!;
  return Number(match[1]) * INTERVAL_MS[unit]!;
}

/** `METHOD /path`: the endpoint a SAPI limit belongs to. */
function endpointOf(meta: OperationMeta): string {
  return `${meta.method} ${meta.path}`;
}

export type WaitDecision = { readonly waitMs: number } | { readonly refuse: true; readonly retryAfter: number };

/** One counter a call is charged to: a fixed window of `size` ms, aligned to the epoch as Binance's are. */
interface Charge {
  readonly key: string;
  readonly size: number;
  readonly limit: number;
  readonly amount: number;
}

interface WeightLimiter {
  readonly bucket: WeightBucket;
  readonly perEndpoint: boolean;
  readonly size: number;
  readonly limit: number;
}

/**
 * Rate-limit state of one client. Binance's headers are the truth; between answers the limiter adds what it sent
 * to fixed windows, one counter per limiter of the spec: request weight (SAPI per endpoint and per IP or UID,
 * PAPI per IP over all endpoints), orders (each call's `orderCount` against every `ORDERS` limiter of the API:
 * SAPI 10 s and 1 day, PAPI 1 minute) and the endpoint's own limits (`endpointLimits`, e.g. 60 requests a minute
 * on SAPI `allOrders`).
 */
export class RateLimiter {
  private usedWeight: Record<string, number> = {};
  private orderCount: Record<string, number> = {};
  private sapiEndpoints: Record<string, { ipWeight1m?: number; uidWeight1m?: number }> = {};
  private retryAfterUntil: number | undefined;
  private endpointRetryAfterUntil: Record<string, number> = {};
  private updatedAt: number | undefined;
  private readonly counters = new Map<string, { start: number; used: number }>();
  private readonly weightLimiters: readonly WeightLimiter[];
  private readonly orderLimiters: readonly { readonly size: number; readonly limit: number }[];
  /** SAPI counts weight per endpoint; PAPI over all endpoints. */
  private readonly perEndpoint: boolean;
  readonly enabled: boolean;
  readonly maxWaitMs: number;

  /** @param apiLimits the API's limiters from the spec (`marginRateLimits` / `portfolioMarginRateLimits`). */
  constructor(apiLimits: readonly RateLimitMeta[], options: RateLimitOptions = {}) {
    this.enabled = options.enabled ?? false;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.perEndpoint = apiLimits.some((l) => l.rateLimitType === 'REQUEST_WEIGHT' && l.scope === 'endpoint');
    const override = options.limits ?? {};
    const isMinute = (l: RateLimitMeta) => l.interval === 'MINUTE' && l.intervalNum === 1;
    this.weightLimiters = apiLimits
      .filter((l) => l.rateLimitType === 'REQUEST_WEIGHT')
      .map((l) => {
        const replaced = isMinute(l) ? (l.bucket === 'IP' ? override.ip : l.bucket === 'UID' ? override.uid : undefined) : undefined;
        return { bucket: l.bucket, perEndpoint: l.scope === 'endpoint', size: l.intervalNum * INTERVAL_MS[l.interval]!, limit: replaced ?? l.limit };
      });
    const orders = apiLimits.filter((l) => l.rateLimitType === 'ORDERS');
    // `limits.orders` replaces the API's shortest order window (SAPI 10 s, PAPI 1 minute).
    const shortest = orders.reduce<RateLimitMeta | undefined>((a, l) => (!a || l.intervalNum * INTERVAL_MS[l.interval]! < a.intervalNum * INTERVAL_MS[a.interval]! ? l : a), undefined);
    this.orderLimiters = orders.map((l) => ({ size: l.intervalNum * INTERVAL_MS[l.interval]!, limit: l === shortest && override.orders !== undefined ? override.orders : l.limit }));
  }

  snapshot(): RateLimitSnapshot {
    return {
      usedWeight: { ...this.usedWeight },
      orderCount: { ...this.orderCount },
      sapiEndpoints: { ...this.sapiEndpoints },
      ...(this.retryAfterUntil !== undefined ? { retryAfterUntil: this.retryAfterUntil } : {}),
      ...(Object.keys(this.endpointRetryAfterUntil).length > 0 ? { endpointRetryAfterUntil: { ...this.endpointRetryAfterUntil } } : {}),
      ...(this.updatedAt !== undefined ? { updatedAt: this.updatedAt } : {}),
    };
  }

  private weightKey(meta: OperationMeta, limiter: WeightLimiter): string {
    return limiter.perEndpoint ? `w ${limiter.bucket} ${limiter.size} ${meta.path}` : `w ${limiter.bucket} ${limiter.size}`;
  }

  /** Every counter a call of `weight` is charged to. */
  private charges(meta: OperationMeta, weight: number): Charge[] {
    const out: Charge[] = [];
    // "Request Weight(Order)" (PAPI's ORDER bucket) counts against the IP weight limiter, like any other weight.
    const bucket = meta.weight.bucket === 'ORDER' ? 'IP' : meta.weight.bucket;
    for (const limiter of this.weightLimiters) {
      if (limiter.bucket === bucket) out.push({ key: this.weightKey(meta, limiter), size: limiter.size, limit: limiter.limit, amount: weight });
    }
    if (meta.orderCount > 0) {
      for (const limiter of this.orderLimiters) out.push({ key: `o ${limiter.size}`, size: limiter.size, limit: limiter.limit, amount: meta.orderCount });
    }
    meta.endpointLimits.forEach((limit, i) => {
      const amount = limit.rateLimitType === 'RAW_REQUESTS' ? 1 : limit.rateLimitType === 'REQUEST_WEIGHT' ? weight : meta.orderCount;
      if (amount > 0) out.push({ key: `e ${meta.method} ${meta.path} ${i}`, size: limit.intervalNum * INTERVAL_MS[limit.interval]!, limit: limit.limit, amount });
    });
    return out;
  }

  private counter(key: string, size: number, now: number): { start: number; used: number } {
    const start = now - (now % size);
    let counter = this.counters.get(key);
    if (!counter) this.counters.set(key, (counter = { start, used: 0 }));
    else if (counter.start !== start) {
      counter.start = start;
      counter.used = 0;
    }
    return counter;
  }

  /** Decides whether a call of `weight` may go now, must wait, or must not be sent at all. */
  decide(meta: OperationMeta, weight: number, now: number): WaitDecision {
    const until = Math.max(this.retryAfterUntil ?? 0, this.endpointRetryAfterUntil[endpointOf(meta)] ?? 0);
    if (now < until) {
      const waitMs = until - now;
      if (this.enabled && waitMs <= this.maxWaitMs) return { waitMs };
      return { refuse: true, retryAfter: Math.ceil(waitMs / 1000) };
    }
    if (!this.enabled) return { waitMs: 0 };
    let waitMs = 0;
    for (const charge of this.charges(meta, weight)) {
      const counter = this.counter(charge.key, charge.size, now);
      if (counter.used + charge.amount > charge.limit) waitMs = Math.max(waitMs, counter.start + charge.size - now);
    }
    if (waitMs === 0) return { waitMs: 0 };
    if (waitMs <= this.maxWaitMs) return { waitMs };
    return { refuse: true, retryAfter: Math.ceil(waitMs / 1000) };
  }

  /** Records a call that is being sent. */
  spend(meta: OperationMeta, weight: number, now: number): void {
    if (!this.enabled) return;
    for (const charge of this.charges(meta, weight)) this.counter(charge.key, charge.size, now).used += charge.amount;
  }

  /** Sets a counter to what Binance reported for the current window. */
  private report(key: string, size: number, value: number, now: number): void {
    if (this.enabled) this.counter(key, size, now).used = value;
  }

  /** Reads the usage headers of an answer (any status). */
  record(meta: OperationMeta, status: number, headers: Readonly<Record<string, string | string[] | undefined>>, now: number): void {
    let seen = false;
    for (const name in headers) {
      if (name.charCodeAt(0) !== 120 /* x */) continue;
      const value = headerNumber(headers[name]);
      if (value === undefined) continue;
      if (name.startsWith('x-mbx-used-weight-')) {
        const interval = name.slice('x-mbx-used-weight-'.length).toUpperCase();
        this.usedWeight[interval] = value;
        if (interval === '1M' && !this.perEndpoint) this.report(`w IP ${MINUTE}`, MINUTE, value, now);
        seen = true;
      } else if (name.startsWith('x-mbx-order-count-')) {
        const interval = name.slice('x-mbx-order-count-'.length).toUpperCase();
        this.orderCount[interval] = value;
        const size = headerIntervalMs(interval);
        if (size !== undefined && this.orderLimiters.some((l) => l.size === size)) this.report(`o ${size}`, size, value, now);
        seen = true;
      } else if (name === 'x-sapi-used-ip-weight-1m' || name === 'x-sapi-used-uid-weight-1m') {
        const ip = name === 'x-sapi-used-ip-weight-1m';
        const entry = (this.sapiEndpoints[meta.path] ??= {});
        if (ip) entry.ipWeight1m = value;
        else entry.uidWeight1m = value;
        this.report(`w ${ip ? 'IP' : 'UID'} ${MINUTE} ${meta.path}`, MINUTE, value, now);
        seen = true;
      }
    }
    if (status === 429 || status === 418) {
      const retryAfter = retryAfterSeconds(headers['retry-after'], now);
      if (retryAfter !== undefined) {
        const until = now + retryAfter * 1000;
        if (status === 429 && this.perEndpoint) {
          for (const key in this.endpointRetryAfterUntil) if (this.endpointRetryAfterUntil[key]! <= now) delete this.endpointRetryAfterUntil[key];
          this.endpointRetryAfterUntil[endpointOf(meta)] = until;
        } else this.retryAfterUntil = until;
      }
      seen = true;
    }
    if (seen) this.updatedAt = now;
  }
}

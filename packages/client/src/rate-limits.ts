import type { OperationMeta, RateLimitMeta, WeightBucket } from '@marginkit/spec';

/** What Binance last reported about your usage, read from its response headers. */
export interface RateLimitSnapshot {
  /** `X-MBX-USED-WEIGHT-<interval>`: weight used by this IP, by interval (`'1M'`). */
  readonly usedWeight: Readonly<Record<string, number>>;
  /** `X-MBX-ORDER-COUNT-<interval>`: orders placed by this account, by interval (`'10S'`, `'1D'`, `'1M'`). */
  readonly orderCount: Readonly<Record<string, number>>;
  /** `X-SAPI-USED-IP-WEIGHT-1M` and `X-SAPI-USED-UID-WEIGHT-1M` of the last SAPI answer, by endpoint path. */
  readonly sapiEndpoints: Readonly<Record<string, { readonly ipWeight1m?: number; readonly uidWeight1m?: number }>>;
  /** Epoch milliseconds before which Binance asked not to call again (from `Retry-After` on 429/418). */
  readonly retryAfterUntil?: number;
  /** Epoch milliseconds of the answer these numbers come from. */
  readonly updatedAt?: number;
}

export interface RateLimitOptions {
  /**
   * Track each call's weight (from the spec) and wait for the next one-minute window instead of crossing a
   * limit. Default `false`: usage is still recorded and `Retry-After` is still honoured.
   */
  readonly enabled?: boolean;
  /**
   * Limits per minute. Defaults come from the spec's `x-binance-rate-limits`: Margin 12000 IP and 180000 UID
   * weight per endpoint; Portfolio Margin 6000 IP weight and 1200 orders.
   */
  readonly limits?: { readonly ip?: number; readonly uid?: number; readonly orders?: number };
  /** Longest the client waits for a window or a `Retry-After` before throwing `RateLimitError` (default 60000 ms). */
  readonly maxWaitMs?: number;
}

/** The per-minute limit of a kind in the API's limiter list (none: no limit). */
function perMinute(limits: readonly RateLimitMeta[], type: RateLimitMeta['rateLimitType'], bucket?: WeightBucket): number {
  const found = limits.find((l) => l.rateLimitType === type && (!bucket || l.bucket === bucket) && l.interval === 'MINUTE' && l.intervalNum === 1);
  return found?.limit ?? Number.POSITIVE_INFINITY;
}

const MINUTE = 60_000;

function headerNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export type WaitDecision = { readonly waitMs: number } | { readonly refuse: true; readonly retryAfter: number };

/**
 * Rate-limit state of one client. Binance's headers are the truth; between answers the limiter adds the weight
 * of what it sent, per one-minute window, per limiter key (SAPI limits are per endpoint and per IP or UID;
 * PAPI limits are per IP, with order placements counted separately). The limits come from the spec.
 */
export class RateLimiter {
  private usedWeight: Record<string, number> = {};
  private orderCount: Record<string, number> = {};
  private sapiEndpoints: Record<string, { ipWeight1m?: number; uidWeight1m?: number }> = {};
  private retryAfterUntil: number | undefined;
  private updatedAt: number | undefined;
  private window = 0;
  private readonly spent = new Map<string, number>();
  private readonly limits: { ip: number; uid: number; orders: number };
  /** SAPI counts weight per endpoint; PAPI over all endpoints. */
  private readonly perEndpoint: boolean;
  readonly enabled: boolean;
  readonly maxWaitMs: number;

  /** @param apiLimits the API's limiters from the spec (`marginRateLimits` / `portfolioMarginRateLimits`). */
  constructor(apiLimits: readonly RateLimitMeta[], options: RateLimitOptions = {}) {
    this.enabled = options.enabled ?? false;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.perEndpoint = apiLimits.some((l) => l.rateLimitType === 'REQUEST_WEIGHT' && l.scope === 'endpoint');
    this.limits = {
      ip: perMinute(apiLimits, 'REQUEST_WEIGHT', 'IP'),
      uid: perMinute(apiLimits, 'REQUEST_WEIGHT', 'UID'),
      orders: perMinute(apiLimits, 'ORDERS'),
      ...options.limits,
    };
  }

  snapshot(): RateLimitSnapshot {
    return {
      usedWeight: { ...this.usedWeight },
      orderCount: { ...this.orderCount },
      sapiEndpoints: { ...this.sapiEndpoints },
      ...(this.retryAfterUntil !== undefined ? { retryAfterUntil: this.retryAfterUntil } : {}),
      ...(this.updatedAt !== undefined ? { updatedAt: this.updatedAt } : {}),
    };
  }

  private keyOf(meta: OperationMeta, bucket: WeightBucket): { key: string; limit: number } {
    if (bucket === 'ORDER') return { key: 'orders', limit: this.limits.orders };
    if (this.perEndpoint) {
      return bucket === 'UID' ? { key: `uid ${meta.path}`, limit: this.limits.uid } : { key: `ip ${meta.path}`, limit: this.limits.ip };
    }
    return bucket === 'UID' ? { key: 'uid', limit: this.limits.uid } : { key: 'ip', limit: this.limits.ip };
  }

  private roll(now: number): void {
    const window = Math.floor(now / MINUTE);
    if (window !== this.window) {
      this.window = window;
      this.spent.clear();
    }
  }

  /** Decides whether a call of `weight` may go now, must wait, or must not be sent at all. */
  decide(meta: OperationMeta, weight: number, now: number): WaitDecision {
    if (this.retryAfterUntil !== undefined && now < this.retryAfterUntil) {
      const waitMs = this.retryAfterUntil - now;
      if (this.enabled && waitMs <= this.maxWaitMs) return { waitMs };
      return { refuse: true, retryAfter: Math.ceil(waitMs / 1000) };
    }
    if (!this.enabled) return { waitMs: 0 };
    this.roll(now);
    const { key, limit } = this.keyOf(meta, meta.weight.bucket);
    if ((this.spent.get(key) ?? 0) + weight <= limit) return { waitMs: 0 };
    const waitMs = (this.window + 1) * MINUTE - now;
    if (waitMs <= this.maxWaitMs) return { waitMs };
    return { refuse: true, retryAfter: Math.ceil(waitMs / 1000) };
  }

  /** Records a call that is being sent. */
  spend(meta: OperationMeta, weight: number, now: number): void {
    if (!this.enabled) return;
    this.roll(now);
    const { key } = this.keyOf(meta, meta.weight.bucket);
    this.spent.set(key, (this.spent.get(key) ?? 0) + weight);
    if (meta.placesOrders && meta.weight.bucket !== 'ORDER') this.spent.set('orders', (this.spent.get('orders') ?? 0) + 1);
  }

  /** Reads the usage headers of an answer (any status). */
  record(meta: OperationMeta, status: number, headers: Readonly<Record<string, string | string[] | undefined>>, now: number): void {
    this.roll(now);
    let seen = false;
    for (const name in headers) {
      if (name.charCodeAt(0) !== 120 /* x */) continue;
      const value = headerNumber(headers[name]);
      if (value === undefined) continue;
      if (name.startsWith('x-mbx-used-weight-')) {
        const interval = name.slice('x-mbx-used-weight-'.length).toUpperCase();
        this.usedWeight[interval] = value;
        if (interval === '1M' && this.enabled && !this.perEndpoint) this.spent.set('ip', value);
        seen = true;
      } else if (name.startsWith('x-mbx-order-count-')) {
        const interval = name.slice('x-mbx-order-count-'.length).toUpperCase();
        this.orderCount[interval] = value;
        if (interval === '1M' && this.enabled) this.spent.set('orders', value);
        seen = true;
      } else if (name === 'x-sapi-used-ip-weight-1m' || name === 'x-sapi-used-uid-weight-1m') {
        const ip = name === 'x-sapi-used-ip-weight-1m';
        const entry = (this.sapiEndpoints[meta.path] ??= {});
        if (ip) entry.ipWeight1m = value;
        else entry.uidWeight1m = value;
        if (this.enabled) this.spent.set(`${ip ? 'ip' : 'uid'} ${meta.path}`, value);
        seen = true;
      }
    }
    if (status === 429 || status === 418) {
      const retryAfter = headerNumber(headers['retry-after']);
      if (retryAfter !== undefined) this.retryAfterUntil = now + retryAfter * 1000;
      seen = true;
    }
    if (seen) this.updatedAt = now;
  }
}

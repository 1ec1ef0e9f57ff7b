/**
 * Request-weight and order-count limiters with Binance's fixed windows, headers, 429s and 418 bans.
 *
 * - SAPI: every endpoint has its own IP limiter (12000/min, `X-SAPI-USED-IP-WEIGHT-1M`) or UID limiter
 *   (180000/min, `X-SAPI-USED-UID-WEIGHT-1M`), as its `x-binance-weight.bucket` says.
 * - PAPI: one IP limiter over all endpoints (6000/min, `X-MBX-USED-WEIGHT-1M`); `ORDER`-bucket weights count there too.
 * - Orders: SAPI `X-MBX-ORDER-COUNT-10S` / `-1D`, PAPI `X-MBX-ORDER-COUNT-1M`, per account, on successful orders;
 *   each call counts as its `orderCount` (spec `x-binance-order-count`: an OCO list is 2).
 * - Endpoint limits (spec `x-binance-endpoint-limits`, e.g. SAPI `allOrders` 60 requests a minute per IP): 429
 *   -1003 with `Retry-After` when crossed; `ORDERS` ones answer -1015 like the API-wide order limits.
 * - A weight limit crossed answers 429 (-1003, `Retry-After`); a client that sends more than `banAfter` requests
 *   in a window after its first 429 is banned (418, -1003, `Retry-After`), 2 minutes first, doubling for repeat
 *   offenders up to 3 days. Order-count 429s (-1015) carry no `Retry-After`, as on Binance.
 */
import type { EndpointLimitMeta, OperationMeta } from '@marginkit/spec';
import { DEFAULT_RATE_LIMITS, type RateLimitConfig } from './config.js';
import { ApiError } from './errors.js';

const MINUTE = 60_000;
const INTERVAL_MS: Readonly<Record<EndpointLimitMeta['interval'], number>> = { SECOND: 1000, MINUTE, HOUR: 3_600_000, DAY: 86_400_000 };
const MAX_BAN_MS = 3 * 24 * 3_600_000;

interface Window {
  start: number;
  used: number;
}

/** Windows kept before the ones of past intervals are dropped: keys come from client addresses. */
const PRUNE_AT = 10_000;

class Counter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly size: number) {}

  private window(key: string, now: number): Window {
    const start = now - (now % this.size);
    let w = this.windows.get(key);
    if (!w) {
      if (this.windows.size >= PRUNE_AT) this.prune(start);
      w = { start, used: 0 };
      this.windows.set(key, w);
    } else if (w.start !== start) {
      w.start = start;
      w.used = 0;
    }
    return w;
  }

  add(key: string, now: number, amount: number): number {
    const w = this.window(key, now);
    w.used += amount;
    return w.used;
  }

  peek(key: string, now: number): number {
    return this.window(key, now).used;
  }

  /** Forgets the windows of past intervals: they count nothing any more. */
  private prune(currentStart: number): void {
    for (const [key, w] of this.windows) if (w.start !== currentStart) this.windows.delete(key);
  }

  retryAfterSeconds(now: number): number {
    return Math.max(1, Math.ceil((this.size - (now % this.size)) / 1000));
  }

  clear(): void {
    this.windows.clear();
  }
}

interface Offender {
  windowStart: number;
  after429: number;
  bans: number;
  bannedUntil: number;
}

export class Limits {
  readonly config: Required<RateLimitConfig>;
  private readonly minute = new Counter(MINUTE);
  private readonly tenSeconds = new Counter(10_000);
  private readonly day = new Counter(24 * 3_600_000);
  /** Endpoint-limit counters, by window size. */
  private readonly endpointCounters = new Map<number, Counter>();
  private readonly offenders = new Map<string, Offender>();

  constructor(config: RateLimitConfig = {}) {
    this.config = { ...DEFAULT_RATE_LIMITS, ...config };
  }

  reset(): void {
    this.minute.clear();
    this.tenSeconds.clear();
    this.day.clear();
    this.endpointCounters.clear();
    this.offenders.clear();
  }

  /** Answers 418 while the IP is banned. */
  checkBan(ip: string, now: number): void {
    if (!this.config.enabled) return;
    const o = this.offenders.get(ip);
    if (o && o.bannedUntil > now) throw this.banned(o.bannedUntil, now);
  }

  private banned(until: number, now: number): ApiError {
    return new ApiError(
      418,
      -1003,
      `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`,
      { 'Retry-After': String(Math.max(1, Math.ceil((until - now) / 1000))) },
    );
  }

  /**
   * Counts a request's weight and returns the headers to send. Throws 429 when the limit is crossed, and 418
   * when the client keeps going after 429s.
   */
  countWeight(meta: OperationMeta, weight: number, ip: string, uid: string | undefined, now: number): Record<string, string> {
    let key: string;
    let limit: number;
    let header: string;
    if (meta.api === 'portfolioMargin') {
      key = `papi|${ip}`;
      limit = this.config.papiIpWeightPerMinute;
      header = 'X-MBX-USED-WEIGHT-1M';
    } else if (meta.weight.bucket === 'UID' && uid !== undefined) {
      key = `sapi-uid|${uid}|${meta.method} ${meta.path}`;
      limit = this.config.sapiUidWeightPerMinute;
      header = 'X-SAPI-USED-UID-WEIGHT-1M';
    } else {
      key = `sapi-ip|${ip}|${meta.method} ${meta.path}`;
      limit = this.config.sapiIpWeightPerMinute;
      header = 'X-SAPI-USED-IP-WEIGHT-1M';
    }
    const used = this.minute.add(key, now, weight);
    const headers = { [header]: String(used) };
    if (!this.config.enabled || used <= limit) return headers;

    const windowStart = now - (now % MINUTE);
    let o = this.offenders.get(ip);
    if (!o) {
      if (this.offenders.size >= PRUNE_AT) {
        // Offenders no longer banned and not over a limit in this window start afresh.
        for (const [key, old] of this.offenders) if (old.bannedUntil <= now && old.windowStart !== windowStart) this.offenders.delete(key);
      }
      o = { windowStart, after429: 0, bans: 0, bannedUntil: 0 };
      this.offenders.set(ip, o);
    }
    if (o.windowStart !== windowStart) {
      o.windowStart = windowStart;
      o.after429 = 0;
    }
    o.after429++;
    if (o.after429 > this.config.banAfter + 1) {
      const length = Math.min(MAX_BAN_MS, this.config.banSeconds * 1000 * 2 ** o.bans);
      o.bans++;
      o.bannedUntil = now + length;
      o.after429 = 0;
      const error = this.banned(o.bannedUntil, now);
      Object.assign(error.headers, headers);
      throw error;
    }
    const msg =
      meta.api === 'portfolioMargin'
        ? `Too many requests; current limit is ${limit} requests per minute. Please use the websocket for live updates to avoid polling the API.`
        : `Too much request weight used; current limit is ${limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.`;
    throw new ApiError(429, -1003, msg, { ...headers, 'Retry-After': String(this.minute.retryAfterSeconds(now)) });
  }

  private endpointCounter(limit: EndpointLimitMeta): { counter: Counter; size: number } {
    const size = limit.intervalNum * INTERVAL_MS[limit.interval];
    let counter = this.endpointCounters.get(size);
    if (!counter) this.endpointCounters.set(size, (counter = new Counter(size)));
    return { counter, size };
  }

  private endpointKey(meta: OperationMeta, limit: EndpointLimitMeta, index: number, ip: string, uid: string | undefined): string {
    return `endpoint|${meta.method} ${meta.path}|${index}|${limit.scope === 'account' && uid !== undefined ? `uid ${uid}` : `ip ${ip}`}`;
  }

  /**
   * Counts a request against the endpoint's own `RAW_REQUESTS` and `REQUEST_WEIGHT` limits; throws 429 (-1003,
   * `Retry-After`) when one is crossed. Binance documents the code, not the text for these limits; the message
   * follows its "current limit is" wording.
   */
  countEndpoint(meta: OperationMeta, weight: number, ip: string, uid: string | undefined, now: number): void {
    meta.endpointLimits.forEach((limit, index) => {
      if (limit.rateLimitType === 'ORDERS') return;
      const { counter } = this.endpointCounter(limit);
      const used = counter.add(this.endpointKey(meta, limit, index, ip, uid), now, limit.rateLimitType === 'RAW_REQUESTS' ? 1 : weight);
      if (!this.config.enabled || used <= limit.limit) return;
      const unit = limit.rateLimitType === 'RAW_REQUESTS' ? 'requests' : 'request weight';
      throw new ApiError(429, -1003, `Too many requests; current limit is ${limit.limit} ${unit} per ${limit.intervalNum} ${limit.interval} for this endpoint.`, {
        'Retry-After': String(counter.retryAfterSeconds(now)),
      });
    });
  }

  /** Throws -1015 when placing the call's orders (`orderCount`) would cross an order-count limit. */
  checkOrders(meta: OperationMeta, uid: string, now: number): void {
    if (!this.config.enabled) return;
    const count = meta.orderCount;
    meta.endpointLimits.forEach((limit, index) => {
      if (limit.rateLimitType !== 'ORDERS') return;
      const { counter } = this.endpointCounter(limit);
      if (counter.peek(this.endpointKey(meta, limit, index, uid, uid), now) + count > limit.limit) {
        throw new ApiError(429, -1015, `Too many new orders; current limit is ${limit.limit} orders per ${limit.intervalNum} ${limit.interval}.`);
      }
    });
    if (meta.api === 'portfolioMargin') {
      if (this.minute.peek(`orders|papi|${uid}`, now) + count > this.config.papiOrdersPerMinute) {
        throw new ApiError(429, -1015, `Too many new orders; current limit is ${this.config.papiOrdersPerMinute} orders per 1 MINUTE.`);
      }
      return;
    }
    if (this.tenSeconds.peek(`orders|sapi|${uid}`, now) + count > this.config.sapiOrdersPer10Seconds) {
      throw new ApiError(429, -1015, `Too many new orders; current limit is ${this.config.sapiOrdersPer10Seconds} orders per 10 SECOND.`);
    }
    if (this.day.peek(`orders|sapi|${uid}`, now) + count > this.config.sapiOrdersPerDay) {
      throw new ApiError(429, -1015, `Too many new orders; current limit is ${this.config.sapiOrdersPerDay} orders per 1 DAY.`);
    }
  }

  /** The orders an account has placed in the current SAPI windows (`GET /sapi/v1/margin/rateLimit/order`). */
  sapiOrderUsage(uid: string, now: number): { tenSeconds: number; day: number } {
    return { tenSeconds: this.tenSeconds.peek(`orders|sapi|${uid}`, now), day: this.day.peek(`orders|sapi|${uid}`, now) };
  }

  /** The orders an account has placed in the current PAPI window (`GET /papi/v1/rateLimit/order`). */
  papiOrderUsage(uid: string, now: number): { minute: number } {
    return { minute: this.minute.peek(`orders|papi|${uid}`, now) };
  }

  /** Counts accepted orders (`orderCount` each call) and returns the order-count headers. */
  countOrders(meta: OperationMeta, uid: string, now: number): Record<string, string> {
    const count = meta.orderCount;
    meta.endpointLimits.forEach((limit, index) => {
      if (limit.rateLimitType === 'ORDERS') this.endpointCounter(limit).counter.add(this.endpointKey(meta, limit, index, uid, uid), now, count);
    });
    if (meta.api === 'portfolioMargin') {
      return { 'X-MBX-ORDER-COUNT-1M': String(this.minute.add(`orders|papi|${uid}`, now, count)) };
    }
    return {
      'X-MBX-ORDER-COUNT-10S': String(this.tenSeconds.add(`orders|sapi|${uid}`, now, count)),
      'X-MBX-ORDER-COUNT-1D': String(this.day.add(`orders|sapi|${uid}`, now, count)),
    };
  }
}

/**
 * The client's limiter takes every number from the spec: each call's weight and order count
 * (`x-binance-order-count`), the API's limiters (`x-binance-rate-limits`) and the endpoint's own limits
 * (`x-binance-endpoint-limits`). Time is passed in, so nothing here depends on the wall clock.
 */
import type { OperationMeta } from '@marginkit/spec';
import { adjustCrossMarginMaxLeverage, getMarginAllOrders, getMarginOpenOrders, getMarginTradeCoeff, marginRateLimits, newMarginOco as sapiOco, newMarginOrder as sapiOrder } from '@marginkit/spec/margin';
import { getAccount as papiAccount, newMarginOco as papiOco, newMarginOrder as papiOrder, portfolioMarginRateLimits } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/rate-limits.js';

const T = 1_700_000_020_000; // 40 s into a minute, 0 s into a 10-second window

/** Sends calls through the limiter while it lets them go without waiting; returns how many went. */
function sendWhileAllowed(limiter: RateLimiter, meta: OperationMeta, weight: number, now: number, max: number): number {
  for (let sent = 0; sent < max; sent++) {
    const decision = limiter.decide(meta, weight, now);
    if (!('waitMs' in decision) || decision.waitMs > 0) return sent;
    limiter.spend(meta, weight, now);
  }
  return max;
}

describe('order counts from x-binance-order-count', () => {
  it('the generated metadata carries them', () => {
    expect([sapiOrder.orderCount, sapiOco.orderCount, papiOrder.orderCount, papiOco.orderCount, getMarginAllOrders.orderCount]).toEqual([1, 2, 1, 2, 0]);
    expect([sapiOco.placesOrders, getMarginAllOrders.placesOrders]).toEqual([true, false]);
  });

  it('PAPI: an OCO list counts as two orders against 1200 a minute', () => {
    const limiter = new RateLimiter(portfolioMarginRateLimits, { enabled: true, maxWaitMs: 0 });
    expect(sendWhileAllowed(limiter, papiOco, 1, T, 1000)).toBe(600);
    expect(limiter.decide(papiOrder, 1, T)).toEqual({ refuse: true, retryAfter: 20 });
    // The next minute window starts empty.
    expect(limiter.decide(papiOco, 1, T + 20_000)).toEqual({ waitMs: 0 });
  });

  it('SAPI: orders count against the 10-second and the daily window, and the shorter one can be replaced', () => {
    const limiter = new RateLimiter(marginRateLimits, { enabled: true, maxWaitMs: 60_000, limits: { orders: 5 } });
    expect(sendWhileAllowed(limiter, sapiOco, 6, T, 100)).toBe(2); // 4 orders; a third list would make 6
    expect(limiter.decide(sapiOrder, 6, T)).toEqual({ waitMs: 0 }); // a single order fits the fifth slot
    limiter.spend(sapiOrder, 6, T);
    expect(limiter.decide(sapiOrder, 6, T + 1_000)).toEqual({ waitMs: 9_000 });
    expect(limiter.decide(sapiOrder, 6, T + 10_000)).toEqual({ waitMs: 0 });
  });

  it('SAPI: the daily order window (20000) binds when the 10-second one is raised', () => {
    const limiter = new RateLimiter(marginRateLimits, { enabled: true, maxWaitMs: 0, limits: { orders: 1_000_000, uid: Number.MAX_SAFE_INTEGER } });
    expect(sendWhileAllowed(limiter, sapiOco, 6, T, 20_000)).toBe(10_000);
    const refused = limiter.decide(sapiOrder, 6, T);
    expect('refuse' in refused && refused.retryAfter).toBe(Math.ceil((86_400_000 - (T % 86_400_000)) / 1000));
  });

  it('order-count headers from Binance replace the local count of their window', () => {
    const limiter = new RateLimiter(portfolioMarginRateLimits, { enabled: true, maxWaitMs: 0 });
    limiter.record(papiOrder, 200, { 'x-mbx-order-count-1m': '1199' }, T);
    expect(limiter.decide(papiOrder, 1, T)).toEqual({ waitMs: 0 });
    expect('refuse' in limiter.decide(papiOco, 1, T)).toBe(true);
  });
});

describe('endpoint limits from x-binance-endpoint-limits', () => {
  it('SAPI allOrders: 60 requests a minute per IP, although its 200 weight would allow more', () => {
    expect(getMarginAllOrders.endpointLimits).toEqual([expect.objectContaining({ rateLimitType: 'RAW_REQUESTS', scope: 'ip', interval: 'MINUTE', intervalNum: 1, limit: 60 })]);
    const limiter = new RateLimiter(marginRateLimits, { enabled: true, maxWaitMs: 0, limits: { ip: 1_000_000 } });
    expect(sendWhileAllowed(limiter, getMarginAllOrders, 200, T, 100)).toBe(60);
    expect(limiter.decide(getMarginAllOrders, 200, T)).toEqual({ refuse: true, retryAfter: 20 });
    // Other endpoints are not affected.
    expect(limiter.decide(getMarginOpenOrders, 10, T)).toEqual({ waitMs: 0 });
  });

  it('waits for the window when allowed to', () => {
    const limiter = new RateLimiter(marginRateLimits, { enabled: true, maxWaitMs: 30_000, limits: { ip: 1_000_000 } });
    sendWhileAllowed(limiter, getMarginAllOrders, 200, T, 60);
    expect(limiter.decide(getMarginAllOrders, 200, T + 5_000)).toEqual({ waitMs: 15_000 });
  });

  it('nothing is counted with the limiter off', () => {
    const limiter = new RateLimiter(marginRateLimits, {});
    expect(sendWhileAllowed(limiter, getMarginAllOrders, 200, T, 100)).toBe(100);
  });
});

describe('Retry-After: whose calls back off', () => {
  const tooMany = { 'retry-after': '60' };

  it('SAPI 429: only the endpoint that was refused waits (each SAPI endpoint has its own limits), limiter on or off', () => {
    for (const options of [{}, { enabled: true, maxWaitMs: 0 }]) {
      const limiter = new RateLimiter(marginRateLimits, options);
      // `POST /sapi/v1/margin/max-leverage` allows one call a minute per IP: the second answers 429 with Retry-After.
      limiter.record(adjustCrossMarginMaxLeverage, 429, tooMany, T);
      expect(limiter.decide(adjustCrossMarginMaxLeverage, 3000, T + 1_000)).toEqual({ refuse: true, retryAfter: 59 });
      expect(limiter.decide(getMarginTradeCoeff, 10, T + 1_000)).toEqual({ waitMs: 0 });
      expect(limiter.decide(sapiOrder, 6, T + 1_000)).toEqual({ waitMs: 0 });
      expect(limiter.snapshot().endpointRetryAfterUntil).toEqual({ 'POST /sapi/v1/margin/max-leverage': T + 60_000 });
      expect(limiter.snapshot().retryAfterUntil).toBeUndefined();
      expect(limiter.decide(adjustCrossMarginMaxLeverage, 3000, T + 60_000)).toEqual({ waitMs: 0 });
    }
  });

  it('SAPI 418 (IP ban) and PAPI 429 (one IP limit over all endpoints): every call waits', () => {
    const sapi = new RateLimiter(marginRateLimits, {});
    sapi.record(adjustCrossMarginMaxLeverage, 418, { 'retry-after': '120' }, T);
    expect(sapi.decide(getMarginTradeCoeff, 10, T)).toEqual({ refuse: true, retryAfter: 120 });
    const papi = new RateLimiter(portfolioMarginRateLimits, {});
    papi.record(papiOrder, 429, tooMany, T);
    expect(papi.decide(papiAccount, 20, T)).toEqual({ refuse: true, retryAfter: 60 });
  });
});

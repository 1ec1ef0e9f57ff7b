/**
 * Rate-limit headers and enforcement (429, then 418), order counts, and fault/latency injection.
 */
import { describe, expect, it, vi } from 'vitest';
import { TestClient, admin, mockFetch } from './helpers.js';

describe('weight headers from the spec', () => {
  const fetch = mockFetch();
  const c = new TestClient(fetch);

  it('SAPI IP-bucket endpoint: X-SAPI-USED-IP-WEIGHT-1M counts per endpoint', async () => {
    const a = await c.get('/sapi/v1/margin/account');
    expect(a.headers.get('X-SAPI-USED-IP-WEIGHT-1M')).toBe('10');
    expect(a.headers.get('X-MBX-USED-WEIGHT-1M')).toBeNull();
    const b = await c.get('/sapi/v1/margin/account');
    expect(b.headers.get('X-SAPI-USED-IP-WEIGHT-1M')).toBe('20');
    const other = await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' });
    expect(other.headers.get('X-SAPI-USED-IP-WEIGHT-1M')).toBe('200');
  });

  it('SAPI UID-bucket endpoint, with the conditional weight of borrowing orders', async () => {
    const plain = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    expect(plain.headers.get('X-SAPI-USED-UID-WEIGHT-1M')).toBe('6');
    const borrowing = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.001', sideEffectType: 'MARGIN_BUY' });
    expect(borrowing.headers.get('X-SAPI-USED-UID-WEIGHT-1M')).toBe('1506');
    expect(borrowing.headers.get('X-MBX-ORDER-COUNT-10S')).toBe('2');
    expect(borrowing.headers.get('X-MBX-ORDER-COUNT-1D')).toBe('2');
  });

  it('PAPI: one X-MBX-USED-WEIGHT-1M over all endpoints, and X-MBX-ORDER-COUNT-1M', async () => {
    const a = await c.get('/papi/v1/account');
    expect(a.headers.get('X-MBX-USED-WEIGHT-1M')).toBe('20');
    const o = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    expect(o.headers.get('X-MBX-USED-WEIGHT-1M')).toBe('21');
    expect(o.headers.get('X-MBX-ORDER-COUNT-1M')).toBe('1');
    const oco = await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000' });
    expect(oco.status).toBe(200);
    expect(oco.headers.get('X-MBX-ORDER-COUNT-1M')).toBe('3');
  });

  it('a rejected order carries no order-count header', async () => {
    const res = await c.post('/papi/v1/margin/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1000' });
    expect(res.status).toBe(400);
    expect(res.headers.get('X-MBX-ORDER-COUNT-1M')).toBeNull();
    expect(res.headers.get('X-MBX-USED-WEIGHT-1M')).toBe('23');
  });

  it('open orders without a symbol weigh one unit per trading symbol', async () => {
    const res = await c.get('/sapi/v1/margin/openOrders');
    expect(res.headers.get('X-SAPI-USED-IP-WEIGHT-1M')).toBe(String(Object.keys(fetch.mock.prices()).length));
  });
});

describe('limits enforced: 429 with Retry-After, then 418', () => {
  it('crossing the PAPI IP limit, then keeping going, gets the IP banned', async () => {
    const fetch = mockFetch({ rateLimits: { papiIpWeightPerMinute: 60, banAfter: 2, banSeconds: 120 } });
    const c = new TestClient(fetch);
    for (let i = 0; i < 3; i++) expect((await c.get('/papi/v1/account')).status).toBe(200);
    const first429 = await c.get('/papi/v1/account');
    expect(first429.status).toBe(429);
    expect(first429.body).toEqual({
      code: -1003,
      msg: 'Too many requests; current limit is 60 requests per minute. Please use the websocket for live updates to avoid polling the API.',
    });
    expect(first429.headers.get('Retry-After')).toBe('40'); // T0 is 20 s into its minute
    expect((await c.get('/papi/v1/account')).status).toBe(429);
    expect((await c.get('/papi/v1/account')).status).toBe(429);
    const banned = await c.get('/papi/v1/account');
    expect(banned.status).toBe(418);
    const until = fetch.mock.now() + 120_000;
    expect(banned.body).toEqual({
      code: -1003,
      msg: `Way too much request weight used; IP banned until ${until}. Please use WebSocket Streams for live updates to avoid bans.`,
    });
    expect(banned.headers.get('Retry-After')).toBe('120');
    // The ban covers every route, also after the weight window has passed.
    fetch.mock.advanceClock(60_000);
    const stillBanned = await c.get('/sapi/v1/margin/account');
    expect([stillBanned.status, stillBanned.headers.get('Retry-After')]).toEqual([418, '60']);
    fetch.mock.advanceClock(60_000);
    expect((await c.get('/papi/v1/account')).status).toBe(200);
  });

  it('SAPI: the limit is per endpoint, with the SAPI message', async () => {
    const fetch = mockFetch({ rateLimits: { sapiIpWeightPerMinute: 15 } });
    const c = new TestClient(fetch);
    expect((await c.get('/sapi/v1/margin/account')).status).toBe(200);
    const over = await c.get('/sapi/v1/margin/account');
    expect(over.status).toBe(429);
    expect(over.body.msg).toBe(
      'Too much request weight used; current limit is 15 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
    );
    expect((await c.get('/sapi/v1/margin/interestHistory')).status).toBe(200);
    fetch.mock.advanceClock(60_000);
    expect((await c.get('/sapi/v1/margin/account')).status).toBe(200);
  });

  it('-1015: order-count limit, without Retry-After', async () => {
    const fetch = mockFetch({ rateLimits: { papiOrdersPerMinute: 2 } });
    const c = new TestClient(fetch);
    const buy = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' };
    expect((await c.post('/papi/v1/margin/order', buy)).status).toBe(200);
    expect((await c.post('/papi/v1/margin/order', buy)).status).toBe(200);
    const over = await c.post('/papi/v1/margin/order', buy);
    expect([over.status, over.body]).toEqual([429, { code: -1015, msg: 'Too many new orders; current limit is 2 orders per 1 MINUTE.' }]);
    expect(over.headers.get('Retry-After')).toBeNull();
  });

  it('with enforcement off, headers still count and nothing is refused', async () => {
    const fetch = mockFetch({ rateLimits: { enabled: false, papiIpWeightPerMinute: 1 } });
    const c = new TestClient(fetch);
    for (let i = 1; i <= 5; i++) {
      const res = await c.get('/papi/v1/account');
      expect([res.status, res.headers.get('X-MBX-USED-WEIGHT-1M')]).toEqual([200, String(20 * i)]);
    }
  });
});

describe('fault and latency injection', () => {
  const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01', newClientOrderId: 'faulty-1' };

  it('unknown (503 -1007, PAPI message): the order was placed', async () => {
    const fetch = mockFetch({ faults: [{ route: 'POST /papi/v1/margin/order', kind: 'unknown', times: 1 }] });
    const c = new TestClient(fetch);
    const res = await c.post('/papi/v1/margin/order', order);
    expect([res.status, res.body]).toEqual([503, { code: -1007, msg: 'Unknown error, please check your request or try again later.' }]);
    const query = await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' });
    expect([query.status, query.body.status]).toEqual([200, 'FILLED']);
    expect((await c.post('/papi/v1/margin/order', { ...order, newClientOrderId: 'faulty-2' })).status).toBe(200);
  });

  it('unknown (503 -1007, SAPI message) via the admin API, by operationId', async () => {
    const fetch = mockFetch();
    const c = new TestClient(fetch);
    const added = await admin(fetch, 'POST', '/__mock/faults', { route: 'margin.marginBorrowRepay', kind: 'unknown' });
    expect(added.status).toBe(200);
    const res = await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '10', type: 'BORROW' });
    expect([res.status, res.body]).toEqual([
      503,
      { code: -1007, msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.' },
    ]);
    expect((fetch.mock.account('marginkit-demo-key')!.margin as any).USDT.borrowed).toBe('10.00000000');
    expect((await admin(fetch, 'DELETE', '/__mock/faults')).body).toEqual({ faults: [] });
  });

  it('unavailable (503 -1001 Service Unavailable.): nothing was applied', async () => {
    const fetch = mockFetch({ faults: [{ route: '*', kind: 'unavailable', times: 2 }] });
    const c = new TestClient(fetch);
    const res = await c.post('/papi/v1/margin/order', order);
    expect([res.status, res.body]).toEqual([503, { code: -1001, msg: 'Service Unavailable.' }]);
    const query = await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' });
    expect(query.status).toBe(503);
    const after = await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' });
    expect([after.status, after.body.code]).toEqual([400, -2013]);
  });

  // Every shape Binance documents for a failed call, with the request applied or not as Binance documents it.
  const shapes: [kind: string, api: 'sapi' | 'papi', status: number, body: unknown, applied: boolean][] = [
    ['unknown', 'sapi', 503, { code: -1007, msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.' }, true],
    ['unknown', 'papi', 503, { code: -1007, msg: 'Unknown error, please check your request or try again later.' }, true],
    ['unexpected', 'sapi', 503, { code: -1006, msg: 'An unexpected response was received from the message bus. Execution status unknown.' }, true],
    ['unexpected', 'papi', 503, { code: -1006, msg: 'An unexpected response was received from the message bus. Execution status unknown.' }, true],
    ['unavailable', 'sapi', 503, { code: -1001, msg: 'Service Unavailable.' }, false],
    ['unavailable', 'papi', 503, { code: -1001, msg: 'Service Unavailable.' }, false],
    ['internalError', 'sapi', 503, { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, false],
    ['internalError', 'papi', 503, { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, false],
    ['throttled', 'sapi', 503, { code: -1008, msg: 'Spot server is currently overloaded with other requests. Please try again in a few minutes.' }, false],
    ['throttled', 'papi', 503, { code: -1008, msg: 'Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.' }, false],
  ];
  for (const [kind, api, status, body, applied] of shapes) {
    it(`${kind} on ${api.toUpperCase()}: ${status} ${JSON.stringify(body)}, ${applied ? 'applied' : 'not applied'}`, async () => {
      const fetch = mockFetch({ faults: [{ route: '*', kind: kind as never, times: 1 }] });
      const c = new TestClient(fetch);
      const path = `/${api}/v1/margin/order`;
      const symbol = api === 'sapi' ? 'BTCUSDC' : 'BTCUSDT';
      const res = await c.post(path, { ...order, symbol, newClientOrderId: `shape-${kind}` });
      expect([res.status, res.body]).toEqual([status, body]);
      const query = await c.get(path, { symbol, origClientOrderId: `shape-${kind}` });
      expect(query.status).toBe(applied ? 200 : 400);
    });
  }

  it('an unknown-status fault with applied: false answers the same but leaves the account as it was', async () => {
    const fetch = mockFetch({ faults: [{ route: 'portfolioMargin.newMarginOrder', kind: 'unknown', applied: false, times: 1 }] });
    const c = new TestClient(fetch);
    expect((await c.post('/papi/v1/margin/order', order)).body.code).toBe(-1007);
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' })).body.code).toBe(-2013);
  });

  it('gateway: a 502 HTML page without a Binance body, status configurable', async () => {
    const fetch = mockFetch({ faults: [{ route: '*', kind: 'gateway', times: 1 }, { route: '*', kind: 'gateway', status: 504, applied: false, times: 1 }] });
    const c = new TestClient(fetch);
    const res = await c.post('/papi/v1/margin/order', order);
    expect([res.status, res.headers.get('content-type')]).toEqual([502, 'text/html']);
    expect(res.text).toContain('502 Bad Gateway');
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' })).status).toBe(504);
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' })).status).toBe(200);
  });

  it('disconnect: createMockFetch rejects like fetch on a dropped connection, after applying the request', async () => {
    const fetch = mockFetch({ faults: [{ route: 'POST /papi/v1/margin/order', kind: 'disconnect', times: 1 }] });
    const c = new TestClient(fetch);
    await expect(c.post('/papi/v1/margin/order', order)).rejects.toThrow(TypeError);
    expect((await c.get('/papi/v1/margin/order', { symbol: 'BTCUSDT', origClientOrderId: 'faulty-1' })).body.status).toBe('FILLED');
  });

  it('latency: the answer waits for the mock\'s timer; other routes do not (fake timers, no wall clock)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const fetch = mockFetch({ faults: [{ route: 'GET /papi/v1/ping', kind: 'latency', latencyMs: 120 }] });
      const events: string[] = [];
      const slow = fetch('http://x/papi/v1/ping').then((res) => {
        events.push(`ping ${res.status}`);
      });
      await vi.advanceTimersByTimeAsync(119);
      expect(events).toEqual([]);
      // Another route is answered at once, while the delayed one is still waiting.
      events.push(`time ${(await fetch('http://x/api/v3/time')).status}`);
      await vi.advanceTimersByTimeAsync(1);
      await slow;
      expect(events).toEqual(['time 200', 'ping 200']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the admin API rejects a malformed fault', async () => {
    const fetch = mockFetch();
    const res = await admin(fetch, 'POST', '/__mock/faults', { route: '*', kind: 'explode' });
    expect([res.status, res.body.code]).toEqual([400, -1130]);
  });
});

/**
 * Order counts (`x-binance-order-count`) and per-endpoint limits (`x-binance-endpoint-limits`) come from the
 * generated metadata, not from operation names.
 */
import { getMarginAllOrders, newMarginOco } from '@marginkit/spec/margin';
import { describe, expect, it } from 'vitest';
import { TestClient, mockFetch } from './helpers.js';

const ocoParams = { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.001', price: '42000', stopPrice: '38000' };

describe('order counts', () => {
  it('a SAPI OCO list counts as the spec says (2) in both order windows', async () => {
    expect(newMarginOco.orderCount).toBe(2);
    const c = new TestClient(mockFetch());
    const oco = await c.post('/sapi/v1/margin/order/oco', ocoParams);
    expect(oco.status).toBe(200);
    expect([oco.headers.get('X-MBX-ORDER-COUNT-10S'), oco.headers.get('X-MBX-ORDER-COUNT-1D')]).toEqual(['2', '2']);
  });

  it('-1015 when the list would cross the limit although a single order still fits', async () => {
    const c = new TestClient(mockFetch({ rateLimits: { sapiOrdersPer10Seconds: 3 } }));
    expect((await c.post('/sapi/v1/margin/order/oco', ocoParams)).status).toBe(200);
    const refused = await c.post('/sapi/v1/margin/order/oco', ocoParams);
    expect([refused.status, refused.body]).toEqual([429, { code: -1015, msg: 'Too many new orders; current limit is 3 orders per 10 SECOND.' }]);
    const single = await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    expect([single.status, single.headers.get('X-MBX-ORDER-COUNT-10S')]).toEqual([200, '3']);
  });
});

describe('endpoint limits', () => {
  it('SAPI allOrders: the 61st call within a minute from one IP answers 429 -1003 with Retry-After', async () => {
    expect(getMarginAllOrders.endpointLimits.map((l) => [l.rateLimitType, l.limit, l.interval])).toEqual([['RAW_REQUESTS', 60, 'MINUTE']]);
    const fetch = mockFetch({ rateLimits: { sapiIpWeightPerMinute: 1_000_000 } });
    const c = new TestClient(fetch);
    for (let i = 0; i < 60; i++) expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' })).status).toBe(200);
    const refused = await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' });
    expect([refused.status, refused.body]).toEqual([
      429,
      { code: -1003, msg: 'Too many requests; current limit is 60 requests per 1 MINUTE for this endpoint.' },
    ]);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another endpoint is not affected; the next minute starts afresh.
    expect((await c.get('/sapi/v1/margin/openOrders', { symbol: 'BTCUSDC' })).status).toBe(200);
    fetch.mock.advanceClock(60_000);
    expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' })).status).toBe(200);
  });

  it('not enforced when the rate limits are off', async () => {
    const c = new TestClient(mockFetch({ rateLimits: { enabled: false } }));
    for (let i = 0; i < 61; i++) expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' })).status).toBe(200);
  });
});

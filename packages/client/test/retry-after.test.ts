import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitError, createMarginClient, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// Retry-After is delay-seconds (digits) or an HTTP-date (RFC 9110 §10.2.3). Anything else says nothing: it must
// neither be read as "retry now" (an empty or negative value resent an order at once, twice) nor as a wait.

const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'retry-key-0123456789', apiSecret: 'retry-secret-0123456789', baseUrl: server.url, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const tooMany = (retryAfter: string) => (_r: unknown, res: import('node:http').ServerResponse) => json(res, 429, '{"code":-1015,"msg":"Too many new orders."}', { 'retry-after': retryAfter });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('Retry-After that is not delay-seconds or an HTTP-date is ignored', () => {
  it.each([['-5'], [''], ['1e3'], ['0x10'], ['2.5'], ['soon']])('429 with Retry-After %j: a RateLimitError without retryAfter, the order sent once', async (value) => {
    server.script([tooMany(value)], (_r, res) => json(res, 200, '{"orderId":1}'));
    const client = createMarginClient(options());
    const error = (await failure(client.newMarginOrder(orderBody))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect([error.retryAfter, error.executionStatus, error.local]).toEqual([undefined, 'not-executed', false]);
    expect(server.seen).toHaveLength(1);
    // Nor does it hold back the next call.
    expect(client.rateLimits().endpointRetryAfterUntil ?? {}).toEqual({});
    expect(client.rateLimits().retryAfterUntil).toBeUndefined();
  });

  it('an HTTP-date is read as the seconds until then: the order is not resent and the endpoint waits', async () => {
    server.script([(r, res) => tooMany(new Date(Date.now() + 120_000).toUTCString())(r, res)]);
    const client = createMarginClient(options());
    const error = (await failure(client.newMarginOrder(orderBody))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThan(100);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
    const refused = (await failure(client.newMarginOrder(orderBody))) as RateLimitError;
    expect(refused.local).toBe(true);
    expect(server.seen).toHaveLength(1);
  });

  it('delay-seconds digits still work: Retry-After 0 resends the order once', async () => {
    server.script([tooMany('0')], (_r, res) => json(res, 200, '{"orderId":2}'));
    expect((await createMarginClient(options()).newMarginOrder(orderBody)).orderId).toBe(2n);
    expect(server.seen).toHaveLength(2);
  });
});

describe('usage headers that are not digit counts are ignored', () => {
  it.each([['-1'], [''], ['1e308'], ['abc']])('X-MBX-USED-WEIGHT-1M %j leaves the usage unknown', async (value) => {
    server.script([(_r, res) => json(res, 200, '{"tradeEnabled":true}', { 'x-mbx-used-weight-1m': value })]);
    const client = createMarginClient(options());
    await client.getCrossMarginAccount();
    expect(client.rateLimits().usedWeight).toEqual({});
  });
});

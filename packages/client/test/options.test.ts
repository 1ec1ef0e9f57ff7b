import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createMarginClient, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// Numeric options are checked when given. A timeout setTimeout cannot hold (Infinity, 2^31 ms or more, a negative
// number) fired after 1 ms: every order went out and came back "unknown". A retry count of Infinity retried a read
// for ever, a maxResponseBytes of 0 refused every answer, a maxSockets of -1 failed every send.

const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'options-key-0123456789', apiSecret: 'options-secret-0123456789', baseUrl: server.url, ...extra });
const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const thrown = (make: () => unknown) => {
  try {
    make();
  } catch (e) {
    return e;
  }
  return undefined;
};

const badTimeouts = [Infinity, 2 ** 31, 3e9, -1, 0, Number.NaN, '100'] as const;

describe('timeout', () => {
  it.each(badTimeouts)('the client option %s is refused at construction', (timeout) => {
    const error = thrown(() => createMarginClient(options({ timeout: timeout as number }))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/timeout must be .*2147483647/);
  });

  it.each(badTimeouts)('a per-call %s is refused and nothing is sent', async (timeout) => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    const error = await createMarginClient(options()).newMarginOrder(orderBody, { timeout: timeout as number }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });

  it('the largest timeout setTimeout holds is taken, and an order under it succeeds', async () => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    expect((await createMarginClient(options({ timeout: 2 ** 31 - 1 })).newMarginOrder(orderBody, { timeout: 2 ** 31 - 1 })).orderId).toBe(1n);
  });
});

describe('retry, maxResponseBytes, maxSockets', () => {
  it.each([
    ['retry.retries', { retry: { retries: Infinity } }],
    ['retry.retries', { retry: { retries: -1 } }],
    ['retry.retries', { retry: { retries: 1.5 } }],
    ['retry.minDelayMs', { retry: { minDelayMs: -5 } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: Number.NaN } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: -1 } }],
    ['maxResponseBytes', { maxResponseBytes: 0 }],
    ['maxResponseBytes', { maxResponseBytes: Number.NaN }],
    ['maxSockets', { maxSockets: -1 }],
    ['maxSockets', { maxSockets: 1.5 }],
    ['timeSync.intervalMs', { timeSync: { intervalMs: -1 } }],
    ['rateLimit.maxWaitMs', { rateLimit: { maxWaitMs: Infinity } }],
  ] as Array<[string, Partial<ClientOptions>]>)('%s %j is refused at construction, naming the option', (name, extra) => {
    const error = thrown(() => createMarginClient(options(extra))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(name);
  });

  it('an explicit undefined keeps the default: retry { retries: undefined } still stops after 2 retries', async () => {
    server.script([], (_r, res) => json(res, 503, '<html>down</html>', { 'content-type': 'text/html' }));
    const error = await createMarginClient(options({ retry: { retries: undefined, minDelayMs: 1, maxDelayMs: 1 } })).getCrossMarginAccount().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(server.seen).toHaveLength(3);
  });

  it('the defaults and ordinary values are taken', () => {
    expect(() => createMarginClient(options({ retry: { retries: 0, minDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 }, maxResponseBytes: 1, maxSockets: 1, timeSync: { intervalMs: 60_000 } }))).not.toThrow();
  });
});

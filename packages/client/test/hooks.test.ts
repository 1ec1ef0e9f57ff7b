import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinanceApiError, createMarginClient, type ClientHooks, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// Hooks are for logging and metrics. One that throws (a logger that is down, a bug in a metrics callback) must not
// change what a call does or what its caller sees: a placed order reported "unknown, connection lost", an order
// never sent reported as possibly placed, a read sent three times.

const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
const options = (hooks: ClientHooks): ClientOptions => ({ apiKey: 'hooks-key-0123456789', apiSecret: 'hooks-secret-0123456789', baseUrl: server.url, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 }, hooks });
const boom = () => {
  throw new Error('logger is down');
};

describe('a hook that throws changes nothing', () => {
  it.each([['onRequest'], ['onResponse']] as const)('%s throws: the order is placed once and resolves', async (name) => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":42}'));
    const placed = await createMarginClient(options({ [name]: boom })).newMarginOrder(orderBody);
    expect(placed.orderId).toBe(42n);
    expect(server.seen).toHaveLength(1);
  });

  it('onError throws: the caller still gets the Binance rejection', async () => {
    server.script([], (_r, res) => json(res, 400, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}'));
    const error = await createMarginClient(options({ onError: boom })).newMarginOrder(orderBody).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BinanceApiError);
    expect((error as BinanceApiError).code).toBe(-2010);
  });

  it('onRetry throws: the read is still retried as configured', async () => {
    server.script([(_r, res) => json(res, 503, '<html>down</html>', { 'content-type': 'text/html' })], (_r, res) => json(res, 200, '{"tradeEnabled":true}'));
    const account = await createMarginClient(options({ onRetry: boom })).getCrossMarginAccount();
    expect(account.tradeEnabled).toBe(true);
    expect(server.seen).toHaveLength(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinanceApiError, ExecutionStatusUnknownError, createMarginClient, createPortfolioMarginClient, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// Binance's error envelope is `{"code": <negative integer>, "msg": <text>}`: every code of both catalogues is
// negative. JSON that merely looks like it — a gateway's `{"code":403,...}`, an envelope with more fields, an
// error envelope inside a 2xx — proves nothing about the call and must not be read as Binance's verdict.

const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'envelope-key-0123456789', apiSecret: 'envelope-secret-0123456789', baseUrl: server.url, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const newOrders = () => server.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/margin/order'));
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('a 2xx carrying a Binance error envelope is no success', () => {
  it.each([
    ['200', 200, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}', -2010],
    ['201', 201, '{"code":-1100,"msg":"Illegal characters found in parameter \'price\'."}', -1100],
    ['200, msg first', 200, '{"msg":"Account has insufficient balance for requested action.","code":-2010}', -2010],
  ])('%s on an order: unknown outcome (it is neither an order nor a 4xx rejection), not resent', async (_name, status, body, code) => {
    server.script([(_r, res) => json(res, status, body)]);
    const error = (await failure(createMarginClient(options()).newMarginOrder(orderBody))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect([error.reason, error.status, error.code]).toEqual(['invalid-answer', status, code]);
    expect(newOrders()).toHaveLength(1);
  });

  it('on a read: retried, then a BinanceApiError with the code', async () => {
    server.script([], (_r, res) => json(res, 200, '{"code":-3003,"msg":"Margin account does not exist."}'));
    const error = (await failure(createMarginClient(options()).getCrossMarginAccount())) as BinanceApiError;
    expect(error).toBeInstanceOf(BinanceApiError);
    expect([error.status, error.code, error.msg]).toEqual([200, -3003, 'Margin account does not exist.']);
    expect(server.seen).toHaveLength(3);
    server.script([], (_r, res) => json(res, 200, '{}'));
  });

  it('the path API throws it too, rather than handing it back as `data`', async () => {
    server.script([(_r, res) => json(res, 200, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}')]);
    const error = (await failure(createMarginClient(options()).POST('/sapi/v1/margin/order', { body: orderBody }))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect(error.code).toBe(-2010);
  });

  it('a positive acknowledgement code in a 2xx (cancel-all answers code 200) stays data', async () => {
    server.script([(_r, res) => json(res, 200, '{"code":200,"msg":"The operation of cancel all open order is done."}')]);
    expect(await createMarginClient(options()).getCrossMarginAccount()).toEqual({ code: 200, msg: 'The operation of cancel all open order is done.' });
  });
});

describe('JSON that only looks like Binance\'s envelope proves nothing', () => {
  it.each([
    ['a gateway 403 with a positive code', 403, '{"code":403,"msg":"Forbidden"}'],
    ['a 400 with code 0', 400, '{"code":0,"msg":"error"}'],
    ['a 404 with a string code', 404, '{"code":"-2010","msg":"Not found"}'],
  ])('%s leaves an order unknown instead of "rejected"', async (_name, status, body) => {
    server.script([(_r, res) => json(res, status, body)]);
    const error = (await failure(createMarginClient(options()).newMarginOrder(orderBody))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect([error.reason, error.status, error.code]).toEqual(['invalid-answer', status, undefined]);
    expect(newOrders()).toHaveLength(1);
  });

  it.each([
    ['an extra field', '{"code":-1001,"msg":"Service Unavailable.","retryable":true}'],
    ['the documented message nested in more data', '{"code":-1001,"msg":"Service Unavailable.","data":{}}'],
  ])('a PAPI 503 with the documented message and %s is not the documented answer: unknown, not resent', async (_name, body) => {
    server.script([(_r, res) => json(res, 503, body)]);
    const error = (await failure(createPortfolioMarginClient(options()).newMarginOrder(orderBody))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect([error.reason, error.status, error.code]).toEqual(['server-error', 503, -1001]);
    expect(newOrders()).toHaveLength(1);
  });

  it('the exact documented PAPI 503 envelope is still proof: the order is resent with the same client id', async () => {
    server.script([(_r, res) => json(res, 503, '{"code":-1001,"msg":"Service Unavailable."}'), (_r, res) => json(res, 200, '{"orderId":7}')]);
    expect((await createPortfolioMarginClient(options()).newMarginOrder(orderBody)).orderId).toBe(7n);
    expect(newOrders()).toHaveLength(2);
    expect(newOrders()[1]!.params.newClientOrderId).toBe(newOrders()[0]!.params.newClientOrderId);
  });
});

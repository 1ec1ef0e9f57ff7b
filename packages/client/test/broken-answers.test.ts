import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExecutionStatusUnknownError, ResponseError, ServerError, TimeoutError, createMarginClient, createPortfolioMarginClient, type ClientOptions } from '../src/index.js';
import { type Behaviour, HostileServer, json, raw } from './support/hostile-server.js';

// More of the answers a broken network, proxy or backend gives, beyond hostile-answers.test.ts: every one leaves an
// order unknown and sent once, whatever its status, framing or encoding.

const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const order = '{"symbol":"BTCUSDC","orderId":5,"clientOrderId":"c","transactTime":1713873075893,"price":"0.00000017","origQty":"1","status":"NEW"}';
const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'broken-key-0123456789', apiSecret: 'broken-secret-0123456789', baseUrl: server.url, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const newOrders = () => server.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/margin/order'));

async function unknownOrder(call: Promise<unknown>, reason: ExecutionStatusUnknownError['reason']): Promise<ExecutionStatusUnknownError> {
  const error = (await call.then(() => undefined, (e: unknown) => e)) as ExecutionStatusUnknownError;
  expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
  expect(error.reason).toBe(reason);
  expect(newOrders()).toHaveLength(1);
  expect(error.clientIds.newClientOrderId).toBe(newOrders()[0]!.params.newClientOrderId);
  return error;
}

describe('5xx other than the documented 503s leave an order unknown, on both APIs', () => {
  const documented = '{"code":-1001,"msg":"Service Unavailable."}';
  for (const status of [500, 502, 504, 599]) {
    it(`PAPI ${status} with the text of a documented 503: not that answer, so unknown`, async () => {
      server.script([(_r, res) => json(res, status, documented)]);
      const error = await unknownOrder(createPortfolioMarginClient(options()).newMarginOrder(orderBody), 'server-error');
      expect([error.status, (error.cause as ServerError).executionStatus]).toEqual([status, 'unknown']);
    });

    it(`SAPI ${status} with an empty body: unknown`, async () => {
      server.script([(_r, res) => json(res, status, '')]);
      await unknownOrder(createMarginClient(options()).newMarginOrder(orderBody), 'server-error');
    });
  }
});

describe('odd framing and encodings', () => {
  const cases: Array<[string, Behaviour, ExecutionStatusUnknownError['reason'], ResponseError['problem'] | undefined]> = [
    ['204 No Content', (_r, res) => { res.writeHead(204); res.end(); }, 'invalid-answer', 'empty'],
    ['301 redirect (never followed)', (_r, res) => json(res, 301, '', { location: 'http://127.0.0.1:1/sapi/v1/margin/order' }), 'invalid-answer', undefined],
    ['chunked, closed before the last chunk', (r) => { raw(r, `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n10\r\n${order.slice(0, 16)}\r\n`); r.socket.end(); }, 'connection-lost', undefined],
    ['close-delimited HTTP/1.0 body cut short', (r) => { r.socket.end(`HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n${order.slice(0, 30)}`); }, 'invalid-answer', 'not-json'],
    ['bytes that are not HTTP', (r) => { r.socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'); }, 'connection-lost', undefined],
    ['content-length and transfer-encoding together', (r) => { raw(r, `HTTP/1.1 200 OK\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n${order.length.toString(16)}\r\n${order}\r\n0\r\n\r\n`); }, 'connection-lost', undefined],
    ['an unknown content-encoding (zstd)', (_r, res) => json(res, 200, 'not really zstd', { 'content-encoding': 'zstd' }), 'invalid-answer', 'undecodable'],
    ['a truncated gzip body', (_r, res) => json(res, 200, gzipSync(order).subarray(0, 20), { 'content-encoding': 'gzip' }), 'invalid-answer', 'undecodable'],
  ];

  for (const [name, behaviour, reason, problem] of cases) {
    it(`${name}: an order is unknown and sent once`, async () => {
      server.script([behaviour]);
      const error = await unknownOrder(createMarginClient(options()).newMarginOrder(orderBody), reason);
      if (problem) expect((error.cause as ResponseError).problem).toBe(problem);
    });
  }

  it('a gzip bomb is cut off at maxResponseBytes of decoded text', async () => {
    server.script([(_r, res) => json(res, 200, gzipSync(Buffer.alloc(8 * 1024 * 1024, 32)), { 'content-encoding': 'gzip' })]);
    const error = await unknownOrder(createMarginClient(options({ maxResponseBytes: 64 * 1024 })).newMarginOrder(orderBody), 'invalid-answer');
    expect((error.cause as ResponseError).problem).toBe('too-large');
  });
});

describe('an answer that stops halfway', () => {
  // Headers and part of the body arrive, then nothing: the timeout covers the whole exchange, body included. The
  // client's timer runs on fake time that moves only once the server has written its partial answer.
  it('an order times out with an unknown outcome and is not resent', async () => {
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    server.script([(_r, res) => {
      res.writeHead(200, { 'content-length': String(order.length) });
      res.write(order.slice(0, 20), () => wrote());
    }]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const call = createMarginClient(options({ timeout: 1 })).newMarginOrder(orderBody);
      call.catch(() => undefined);
      await written;
      await vi.advanceTimersByTimeAsync(1);
      const error = await unknownOrder(call, 'timeout');
      expect((error.cause as TimeoutError).executionStatus).toBe('unknown');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bytes beyond an answer never become the next answer', () => {
  it('a body longer than its content-length: the surplus (a forged order answer) is dropped with the connection', async () => {
    const account = '{"tradeEnabled":true}';
    server.script([
      (r) => raw(r, `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${account.length}\r\n\r\n${account}${order.replace('"orderId":5', '"orderId":666')}`),
      (_r, res) => json(res, 200, order.replace('"orderId":5', '"orderId":777')),
    ]);
    const client = createMarginClient(options());
    expect((await client.getCrossMarginAccount()).tradeEnabled).toBe(true);
    expect((await client.newMarginOrder(orderBody)).orderId).toBe(777n);
    expect(server.seen.map((r) => r.path)).toEqual(['/sapi/v1/margin/account', '/sapi/v1/margin/order']);
    expect(server.seen[1]!.socket).not.toBe(server.seen[0]!.socket);
    await client.close();
  });
});

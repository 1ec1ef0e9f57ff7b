import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BinanceApiError,
  ExecutionStatusUnknownError,
  IpBannedError,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
  createMarginClient,
  createPortfolioMarginClient,
  type ClientOptions,
} from '../src/index.js';
import { type Behaviour, closed, HostileServer, json, raw, rawAnswer } from './support/hostile-server.js';

// Each case scripts what a broken network, proxy or backend answers and checks three things: the error class, the
// execution status, and how many requests reached the server (an order must never arrive twice).

const API_KEY = 'hostile-api-key-0123456789';
const SECRET = 'hostile-secret-do-not-leak-0123456789';
const order = (orderId: number) => `{"symbol":"BTCUSDC","orderId":${orderId},"clientOrderId":"c","transactTime":1713873075893,"price":"0.00000017","origQty":"1","status":"NEW"}`;
const account = '{"borrowEnabled":true,"marginLevel":"11.64405625","totalAssetOfBtc":"6.82728457","totalLiabilityOfBtc":"0.58633215","totalNetAssetOfBtc":"6.24095242","tradeEnabled":true,"transferEnabled":true,"userAssets":[]}';
const orderParams = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const CLIENT_ID = /^mk[A-Za-z0-9]{20}$/;

const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: server.url, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const margin = (extra?: Partial<ClientOptions>) => createMarginClient(options(extra));
const portfolio = (extra?: Partial<ClientOptions>) => createPortfolioMarginClient(options(extra));
const failure = <T>(promise: Promise<T>) => promise.then(
  (value) => {
    throw new Error(`expected a rejection, got ${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? String(v) : v))?.slice(0, 120)}`);
  },
  (error: unknown) => error,
);
const newOrders = () => server.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/margin/order'));

/** An order call whose outcome must be unknown: one request reached the server, and the error names the client id sent. */
async function expectUnknownOrder(call: Promise<unknown>, reason: ExecutionStatusUnknownError['reason']): Promise<ExecutionStatusUnknownError> {
  const error = (await failure(call)) as ExecutionStatusUnknownError;
  expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
  expect(error.executionStatus).toBe('unknown');
  expect(error.reason).toBe(reason);
  expect(newOrders()).toHaveLength(1);
  const sentId = newOrders()[0]!.params.newClientOrderId;
  expect(sentId).toMatch(CLIENT_ID);
  expect(error.clientIds).toEqual({ newClientOrderId: sentId });
  expect(error.message).toContain('newMarginOrder');
  for (const secret of [SECRET, API_KEY]) expect(`${error.message} ${String(error.stack)}`).not.toContain(secret);
  return error;
}

describe('a response is never attributed to the wrong request', () => {
  it('drops a connection that sent bytes after its answer; the next order gets its own answer', async () => {
    server.script([
      // The read's answer and a forged order answer arrive in one packet, before the order is sent.
      (r) => raw(r, rawAnswer(200, account) + rawAnswer(200, order(666))),
      (_r, res) => json(res, 200, order(777)),
    ]);
    const client = margin();
    expect((await client.getCrossMarginAccount()).marginLevel.toFixed()).toBe('11.64405625');
    const placed = await client.newMarginOrder(orderParams);
    expect(placed.orderId).toBe(777n);
    expect(server.seen.map((r) => r.path)).toEqual(['/sapi/v1/margin/account', '/sapi/v1/margin/order']);
    expect(server.seen[1]!.socket).not.toBe(server.seen[0]!.socket);
    await client.close();
  });

  it('drops a connection that sends bytes while idle', async () => {
    let idleSocket: SeenRequest['socket'] | undefined;
    server.script([
      (r, res) => {
        idleSocket = r.socket;
        json(res, 200, account);
      },
      (_r, res) => json(res, 200, order(778)),
    ]);
    const client = margin();
    await client.getCrossMarginAccount();
    idleSocket!.write(rawAnswer(200, order(666)));
    await closed(idleSocket!);
    expect((await client.newMarginOrder(orderParams)).orderId).toBe(778n);
    expect(server.seen).toHaveLength(2);
    await client.close();
  });
});

type SeenRequest = import('./support/hostile-server.js').SeenRequest;

describe('503 answers: an order is resent only when the answer proves it was not processed', () => {
  const shapes: Array<[string, Behaviour]> = [
    ['-1008 "Server is currently overloaded"', (_r, res) => json(res, 503, '{"code":-1008,"msg":"Server is currently overloaded with other requests. Please try again in a few minutes."}')],
    ['-1001 with the "Unknown error" message', (_r, res) => json(res, 503, '{"code":-1001,"msg":"Unknown error, please check your request or try again later."}')],
    ['a proxy\'s HTML page containing "Service Unavailable"', (_r, res) => json(res, 503, '<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable.</h1></body></html>', { 'content-type': 'text/html' })],
  ];

  for (const [name, behaviour] of shapes) {
    it(`SAPI: ${name} leaves the order unknown and is not resent`, async () => {
      server.script([behaviour]);
      const error = await expectUnknownOrder(margin().newMarginOrder(orderParams), 'server-error');
      expect(error.status).toBe(503);
      expect(error.cause).toBeInstanceOf(ServerError);
    });

    it(`PAPI: ${name} leaves the order unknown and is not resent`, async () => {
      server.script([behaviour]);
      await expectUnknownOrder(portfolio().newMarginOrder(orderParams), 'server-error');
    });
  }

  it('SAPI documents no not-processed answer: even PAPI\'s throttle text leaves a margin order unknown', async () => {
    server.script([(_r, res) => json(res, 503, '{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}')]);
    await expectUnknownOrder(margin().newMarginOrder(orderParams), 'server-error');
  });

  it.each([
    ['Service Unavailable.', '{"code":-1001,"msg":"Service Unavailable."}'],
    ['Internal error', '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}'],
    ['-1008 throttled', '{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}'],
  ])('PAPI: the documented 503 "%s" proves the order was not processed: it is resent with the same client id', async (_name, body) => {
    server.script([(_r, res) => json(res, 503, body), (_r, res) => json(res, 200, order(42))]);
    const placed = await portfolio().newMarginOrder(orderParams);
    expect(placed.orderId).toBe(42n);
    expect(newOrders()).toHaveLength(2);
    expect(newOrders()[0]!.params.newClientOrderId).toMatch(CLIENT_ID);
    expect(newOrders()[1]!.params.newClientOrderId).toBe(newOrders()[0]!.params.newClientOrderId);
  });

  it('PAPI: a documented 503 with retries turned off is a ServerError that did not execute', async () => {
    server.script([(_r, res) => json(res, 503, '{"code":-1001,"msg":"Service Unavailable."}')]);
    const error = (await failure(portfolio({ retry: false }).newMarginOrder(orderParams))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect([error.status, error.executionStatus]).toEqual([503, 'not-executed']);
    expect(newOrders()).toHaveLength(1);
  });

  it('an unknown-status code (-1007) leaves the order unknown even on a 4xx', async () => {
    server.script([(_r, res) => json(res, 400, '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}')]);
    const error = await expectUnknownOrder(margin().newMarginOrder(orderParams), 'unknown-code');
    expect([error.status, error.code]).toEqual([400, -1007]);
  });

  it.each([
    // Each API's newMarginOrder is overloaded by its response variants, so the call is made per API.
    ['SAPI 200', 200, (): Promise<unknown> => margin().newMarginOrder(orderParams)],
    ['PAPI 200', 200, (): Promise<unknown> => portfolio().newMarginOrder(orderParams)],
    ['SAPI 202', 202, (): Promise<unknown> => margin().newMarginOrder(orderParams)],
  ])('an unknown-status code in a 2xx body (%s) leaves the order unknown instead of resolving as placed', async (_name, status, placeOrder) => {
    server.script([(_r, res) => json(res, status, '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}')]);
    const error = await expectUnknownOrder(placeOrder(), 'unknown-code');
    expect([error.status, error.code]).toEqual([status, -1007]);
  });

  it('an unknown-status code (-1006) in a 200 body on a read: retried, then a BinanceApiError whose outcome is unknown', async () => {
    server.script([], (_r, res) => json(res, 200, '{"code":-1006,"msg":"An unexpected response was received from the message bus. Execution status unknown."}'));
    const error = (await failure(margin().getCrossMarginAccount())) as BinanceApiError;
    expect(error).toBeInstanceOf(BinanceApiError);
    expect([error.status, error.code, error.executionStatus]).toEqual([200, -1006, 'unknown']);
    expect(server.seen).toHaveLength(3);
  });

  it('the path API throws on an unknown-status code in a 2xx body rather than returning it as data', async () => {
    server.script([(_r, res) => json(res, 200, '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}')]);
    const error = (await failure(margin().POST('/sapi/v1/margin/order', { body: orderParams }))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect([error.reason, error.code]).toEqual(['unknown-code', -1007]);
    expect(newOrders()).toHaveLength(1);
  });

  it('a 2xx envelope with a code that does not leave the outcome unknown is data, as Binance sends some acknowledgements', async () => {
    server.script([(_r, res) => json(res, 200, '{"code":200,"msg":"The operation of cancel all open order is done."}')]);
    const answer = (await margin().getCrossMarginAccount()) as unknown as { code: number };
    expect(answer.code).toBe(200);
  });

  it('a 4xx without Binance\'s envelope (a WAF page) leaves the order unknown', async () => {
    server.script([(_r, res) => json(res, 403, '<html><body>Request blocked. signature=abcdef0123</body></html>', { 'content-type': 'text/html' })]);
    const error = await expectUnknownOrder(margin().newMarginOrder(orderParams), 'invalid-answer');
    expect(error.message).toContain('HTTP 403');
    expect(error.message).toContain('Request blocked');
    expect(error.message).not.toContain('abcdef0123');
  });

  it('reads are retried after an unknown 5xx, and the final error keeps the status', async () => {
    server.script([], (_r, res) => json(res, 502, '<html>bad gateway</html>', { 'content-type': 'text/html' }));
    const error = (await failure(margin().getCrossMarginAccount())) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect([error.status, error.code, error.executionStatus]).toEqual([502, undefined, 'unknown']);
    expect(error.message).toContain('bad gateway');
    expect(server.seen).toHaveLength(3);
  });
});

describe('odd 2xx bodies become typed errors naming the operation, the status and an excerpt', () => {
  const bodies: Array<[string, number, string, Record<string, string>, ResponseError['problem']]> = [
    ['an HTML page', 200, '<!doctype html><html><body><p>Please enable cookies.</p></body></html>', { 'content-type': 'text/html' }, 'not-json'],
    ['an empty body', 200, '', {}, 'empty'],
    ['a 202 with an empty body', 202, '', {}, 'empty'],
    ['invalid JSON', 200, '{"symbol":"BTCUSDC","orderId":', {}, 'not-json'],
    ['JSON that is not an object', 200, 'null', {}, 'not-an-object'],
  ];

  for (const [name, status, body, headers, problem] of bodies) {
    it(`${name} on an order: unknown outcome, not resent`, async () => {
      server.script([(_r, res) => json(res, status, body, headers)]);
      const error = await expectUnknownOrder(margin().newMarginOrder(orderParams), 'invalid-answer');
      expect(error.status).toBe(status);
      expect(error.cause).toBeInstanceOf(ResponseError);
      expect((error.cause as ResponseError).problem).toBe(problem);
      expect(error.message).toContain(`HTTP ${status}`);
    });
  }

  it('an HTML page on a read: retried, then a ResponseError with an excerpt', async () => {
    server.script([], (_r, res) => json(res, 200, '<html><title>Captive portal</title><body>Log in to continue</body></html>', { 'content-type': 'text/html' }));
    const error = (await failure(margin().getCrossMarginAccount())) as ResponseError;
    expect(error).toBeInstanceOf(ResponseError);
    expect([error.status, error.problem, error.executionStatus]).toEqual([200, 'not-json', 'unknown']);
    expect(error.excerpt).toBe('Captive portal Log in to continue');
    expect(error.message).toBe('getCrossMarginAccount (GET /sapi/v1/margin/account) answered HTTP 200 with a body that is not JSON: "Captive portal Log in to continue"');
    expect(server.seen).toHaveLength(3);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes a %s-encoded answer, 2xx and 4xx alike', async (encoding, compress) => {
    server.script([
      (_r, res) => json(res, 200, compress(Buffer.from(order(91))), { 'content-encoding': encoding }),
      (_r, res) => json(res, 400, compress(Buffer.from('{"code":-2010,"msg":"Account has insufficient balance for requested action."}')), { 'content-encoding': encoding }),
    ]);
    const client = margin();
    expect((await client.newMarginOrder(orderParams)).orderId).toBe(91n);
    const rejected = (await failure(client.newMarginOrder(orderParams))) as BinanceApiError;
    expect(rejected).toBeInstanceOf(BinanceApiError);
    expect([rejected.status, rejected.code, rejected.executionStatus]).toEqual([400, -2010, 'not-executed']);
    expect(newOrders()).toHaveLength(2);
  });

  it('a body that claims gzip but is not: unknown outcome, and no binary text reaches the message', async () => {
    server.script([(_r, res) => json(res, 200, Buffer.from([0x1f, 0x8b, 0x08, 0, 0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]), { 'content-encoding': 'gzip' })]);
    const error = await expectUnknownOrder(margin().newMarginOrder(orderParams), 'invalid-answer');
    expect((error.cause as ResponseError).problem).toBe('undecodable');
    expect(error.message).not.toMatch(/[\u0000-\u0008\ufffd]/);
  });

  it('an answer larger than maxResponseBytes is refused without buffering it all', async () => {
    server.script([(_r, res) => json(res, 200, `{"pad":"${'x'.repeat(64 * 1024)}"}`)]);
    const error = await expectUnknownOrder(margin({ maxResponseBytes: 1024 }).newMarginOrder(orderParams), 'invalid-answer');
    expect((error.cause as ResponseError).problem).toBe('too-large');
  });
});

describe('connections that break: the outcome of an order is unknown, reads are retried', () => {
  const truncated: Behaviour = (r) => {
    raw(r, `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n${order(5).slice(0, 40)}`);
    r.socket.end();
  };
  const resetMidBody: Behaviour = (r) => {
    raw(r, `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n10\r\n${order(5).slice(0, 16)}\r\n`);
    setImmediate(() => r.socket.resetAndDestroy());
  };

  it.each([
    ['truncated (content-length not reached)', truncated],
    ['reset mid-body', resetMidBody],
  ])('%s on an order', async (_name, behaviour) => {
    server.script([behaviour]);
    await expectUnknownOrder(margin().newMarginOrder(orderParams), 'connection-lost');
  });

  it.each([
    ['truncated (content-length not reached)', truncated],
    ['reset mid-body', resetMidBody],
  ])('%s on a read: retried on a fresh connection', async (_name, behaviour) => {
    server.script([behaviour, behaviour], (_r, res) => json(res, 200, account));
    expect((await margin().getCrossMarginAccount()).tradeEnabled).toBe(true);
    expect(server.seen).toHaveLength(3);
  });

  // The server never answers. The client's timer runs on fake time, which only moves once the server has seen the
  // request: however busy the machine, the request is written before the timeout fires, so the counts are exact.
  it('timeout after the request was written: an order is unknown and not resent', async () => {
    let arrived!: () => void;
    const seen = new Promise<void>((resolve) => (arrived = resolve));
    server.script([() => arrived()]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const call = margin({ timeout: 1 }).newMarginOrder(orderParams);
      call.catch(() => undefined); // examined below, once time has moved
      await seen;
      await vi.advanceTimersByTimeAsync(1);
      const error = await expectUnknownOrder(call, 'timeout');
      expect(error.cause).toBeInstanceOf(TimeoutError);
      expect((error.cause as TimeoutError).executionStatus).toBe('unknown');
    } finally {
      vi.useRealTimers();
    }
  });

  it('timeout after the request was written: a read is retried, then a TimeoutError', async () => {
    const arrivals: Array<() => void> = [];
    const arrival = (n: number) => new Promise<void>((resolve) => (arrivals[n] = resolve));
    const first = arrival(0);
    const second = arrival(1);
    server.script([], (_r, _res, index) => arrivals[index]?.());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const call = failure(margin({ timeout: 1, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 } }).getCrossMarginAccount());
      await first;
      await vi.advanceTimersByTimeAsync(1); // the first attempt times out; the back-off (at most 2 ms) starts
      await vi.advanceTimersByTimeAsync(2);
      await second;
      await vi.advanceTimersByTimeAsync(1);
      const error = (await call) as TimeoutError;
      expect(error).toBeInstanceOf(TimeoutError);
      expect([error.timeoutMs, error.executionStatus]).toEqual([1, 'unknown']);
      expect(server.seen).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a timeout while the request waits for a connection: never written, so not executed', async () => {
    let held!: (socket: SeenRequest['socket']) => void;
    const holdingSocket = new Promise<SeenRequest['socket']>((resolve) => (held = resolve));
    server.script([(r) => held(r.socket)]);
    const client = margin({ maxSockets: 1, retry: false });
    // The only connection is busy with a call the server never answers, so the order waits in the queue.
    const holding = client.getCrossMarginAccount(undefined, { timeout: 60_000 }).catch((e: unknown) => e);
    const socket = await holdingSocket;
    const error = (await failure(client.newMarginOrder(orderParams, { timeout: 30 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.executionStatus).toBe('not-executed');
    expect(newOrders()).toHaveLength(0);
    socket.destroy();
    await holding;
    await client.close();
  });

  it('a keep-alive connection the server dropped while idle is not reused for the next order', async () => {
    server.script([
      (r, res) => {
        json(res, 200, account);
        res.on('finish', () => r.socket.destroy());
      },
      (_r, res) => json(res, 200, account),
      (_r, res) => json(res, 200, order(8)),
    ]);
    const client = margin();
    await client.getCrossMarginAccount();
    await closed(server.seen[0]!.socket);
    await client.getCrossMarginAccount();
    expect((await client.newMarginOrder(orderParams)).orderId).toBe(8n);
    expect(server.seen.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
    await client.close();
  });
});

describe('429 and 418 were not processed', () => {
  it('429 with Retry-After: 0 resends an order once, after the wait', async () => {
    server.script([(_r, res) => json(res, 429, '{"code":-1015,"msg":"Too many new orders."}', { 'retry-after': '0' }), (_r, res) => json(res, 200, order(9))]);
    expect((await margin().newMarginOrder(orderParams)).orderId).toBe(9n);
    expect(newOrders()).toHaveLength(2);
  });

  it('429 with a long Retry-After: RateLimitError, not executed, and the next call to that endpoint is refused without reaching Binance', async () => {
    // SAPI limits are per endpoint (each endpoint has its own IP and UID limits), so another endpoint still goes out.
    server.script([(_r, res) => json(res, 429, '{"code":-1003,"msg":"Too much request weight used."}', { 'retry-after': '30' }), (_r, res) => json(res, 200, account)]);
    const client = margin();
    const error = (await failure(client.newMarginOrder(orderParams))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect([error.status, error.retryAfter, error.executionStatus, error.local]).toEqual([429, 30, 'not-executed', false]);
    const refused = (await failure(client.newMarginOrder(orderParams))) as RateLimitError;
    expect([refused.local, refused.executionStatus]).toEqual([true, 'not-executed']);
    expect(server.seen).toHaveLength(1);
    expect((await client.getCrossMarginAccount()).tradeEnabled).toBe(true);
    expect(server.seen).toHaveLength(2);
  });

  it('429 with an HTML body is still a rate limit', async () => {
    server.script([(_r, res) => json(res, 429, '<html>slow down</html>', { 'retry-after': '30', 'content-type': 'text/html' })]);
    const error = (await failure(margin().newMarginOrder(orderParams))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.executionStatus).toBe('not-executed');
  });

  it('418: IpBannedError, not executed, never retried', async () => {
    server.script([(_r, res) => json(res, 418, '{"code":-1003,"msg":"Way too much request weight used; IP banned until 1700000000000."}', { 'retry-after': '120' })]);
    const error = (await failure(margin().getCrossMarginAccount())) as IpBannedError;
    expect(error).toBeInstanceOf(IpBannedError);
    expect([error.retryAfter, error.executionStatus]).toEqual([120, 'not-executed']);
    expect(server.seen).toHaveLength(1);
  });
});

/**
 * Hostile and careless HTTP against the running mock (node:http): every malformed, oversized or stalled request
 * is refused the way node:http refuses it (400, 413, 408, 431, connection closed) with a Binance-style body, and
 * the mock keeps serving other clients meanwhile. Assertions are on status codes and the order of events, never
 * on durations: each exchange waits for the server to answer and close, however busy the machine is.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockCore, createMockServer, type MockResponse, type MockServer } from '../src/index.js';
import { MAX_WAITING_ANSWERS, createHttpServer, httpLimits, type HttpLimits } from '../src/http.js';

const servers: MockServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(http: Partial<HttpLimits> = {}): Promise<MockServer> {
  const server = await createMockServer({ port: 0, http });
  servers.push(server);
  return server;
}

interface Connection {
  readonly socket: net.Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves with everything received once the server closes the connection. */
  readonly closed: Promise<string>;
  /** Resolves once the received text matches. */
  until(pattern: RegExp): Promise<string>;
  write(data: string | Buffer): Promise<void>;
}

function connect(server: MockServer): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let text = '';
    const waiters: { pattern: RegExp; resolve: (t: string) => void }[] = [];
    const closed = new Promise<string>((done) => socket.on('close', () => done(text)));
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      for (const w of [...waiters]) {
        if (w.pattern.test(text)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(text);
        }
      }
    });
    // A write the server refuses to read any more can fail with EPIPE/ECONNRESET: the answer is what counts.
    socket.on('error', () => {});
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closed,
        until: (pattern) =>
          pattern.test(text)
            ? Promise.resolve(text)
            : new Promise((res, rej) => {
                waiters.push({ pattern, resolve: res });
                closed.then((t) => (pattern.test(t) ? res(t) : rej(new Error(`closed without ${pattern}: ${JSON.stringify(t.slice(0, 300))}`))));
              }),
        write: (data) => new Promise<void>((res) => (socket.destroyed ? res() : socket.write(data, () => res()))),
      }),
    );
    socket.once('error', reject);
  });
}

/** Sends `data` on a new connection and returns everything received until the server closes it. */
async function exchange(server: MockServer, ...pieces: (string | Buffer)[]): Promise<string> {
  const c = await connect(server);
  for (const piece of pieces) await c.write(piece);
  return c.closed;
}

function status(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1]);
}

function body(answer: string): any {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

/** A refusal: status, `Connection: close`, and Binance's -1000 body naming the reason. */
function expectRefusal(answer: string, code: number, reason: RegExp): void {
  expect(status(answer), answer.slice(0, 200)).toBe(code);
  expect(answer).toMatch(/\r\nConnection: close\r\n/i);
  const b = body(answer);
  expect(b.code).toBe(-1000);
  expect(b.msg).toMatch(/^An unknown error occurred while processing the request\.\[/);
  expect(b.msg).toMatch(reason);
}

const PING = 'GET /papi/v1/ping HTTP/1.1\r\nHost: mock\r\n\r\n';

async function ping(server: MockServer): Promise<number> {
  const res = await fetch(`${server.url}/papi/v1/ping`);
  await res.text();
  return res.status;
}

describe('framing refused like node:http (400) with a Binance body', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await start();
  });

  const cases: [string, string | Buffer][] = [
    ['Content-Length and Transfer-Encoding together (request smuggling)', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['two different Content-Lengths', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
    ['an unknown transfer coding', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: gzip\r\n\r\nabc'],
    ['a transfer coding the mock does not decode before chunked', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n'],
    ['a hexadecimal Content-Length', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: 0x3\r\n\r\nabc'],
    ['a signed Content-Length', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: +3\r\n\r\nabc'],
    ['a negative Content-Length', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: -3\r\n\r\nabc'],
    ['a malformed chunk size', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'],
    ['a negative chunk size', 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: chunked\r\n\r\n-3\r\nabc\r\n0\r\n\r\n'],
    ['a folded header line', 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nX-MBX-APIKEY: a\r\n b\r\n\r\n'],
    ['a header line without a colon', 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nX-MBX-APIKEY\r\n\r\n'],
    ['a NUL byte in a header', 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nX-MBX-APIKEY: a\0b\r\n\r\n'],
    ['a NUL byte in the target', 'GET /papi/v1/ping\0 HTTP/1.1\r\nHost: m\r\n\r\n'],
    ['a missing Host header (HTTP/1.1)', 'GET /papi/v1/ping HTTP/1.1\r\n\r\n'],
    ['two Host headers (RFC 9112 §3.2: 400)', 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nHost: evil\r\n\r\n'],
    ['two Host headers in different case', 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nhOST: m\r\n\r\n'],
    ['two Host headers on HTTP/1.0', 'GET /papi/v1/ping HTTP/1.0\r\nHost: m\r\nHost: evil\r\n\r\n'],
    ['bare LF line ends', 'GET /papi/v1/ping HTTP/1.1\nHost: m\n\n'],
    ['a TLS handshake on the plain port', Buffer.from('16030100a5010000a10303' + '00'.repeat(40), 'hex')],
    ['a request line that is not HTTP', 'NONSENSE\r\n\r\n'],
  ];
  for (const [name, data] of cases) {
    it(`${name}: 400 and closed`, async () => {
      expectRefusal(await exchange(server, data), 400, /malformed HTTP request/);
    });
  }

  // node:http alone answered 417 with no body and kept the connection, and closed a CONNECT without a byte.
  it('an Expect other than 100-continue: 417 with a Binance body, closed', async () => {
    const answer = await exchange(server, 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nExpect: 200-ok\r\nContent-Length: 0\r\n\r\n');
    expectRefusal(answer, 417, /unsupported Expect '200-ok'/);
  });

  it('a CONNECT request (the mock is no proxy): 405 with a Binance body, closed', async () => {
    const answer = await exchange(server, 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n');
    expectRefusal(answer, 405, /CONNECT is not supported/);
  });

  it('an HTTP/1.0 request without Host is served (Host is an HTTP/1.1 requirement)', async () => {
    const answer = await exchange(server, 'GET /papi/v1/ping HTTP/1.0\r\n\r\n');
    expect(status(answer)).toBe(200);
    expect(body(answer)).toEqual({});
  });

  it('keeps serving: after all of the above a normal request succeeds', async () => {
    expect(await ping(server)).toBe(200);
  });
});

describe('sizes: 431 and 413 before the bytes are held', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await start({ maxHeaderSize: 4096, maxBodyBytes: 8192 });
  });

  it('a request head above maxHeaderSize: 431', async () => {
    const answer = await exchange(server, `GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nX-Pad: ${'a'.repeat(5000)}\r\n\r\n`);
    expectRefusal(answer, 431, /request head larger than 4096 bytes/);
  });

  it('a request target above maxHeaderSize: 431', async () => {
    expectRefusal(await exchange(server, `GET /papi/v1/ping?${'x'.repeat(5000)} HTTP/1.1\r\nHost: m\r\n\r\n`), 431, /head larger/);
  });

  it('a head that never ends, sent in pieces: 431 once the limit is crossed, nothing more is read', async () => {
    const c = await connect(server);
    await c.write('GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\n');
    // Bounded: at most 64 pieces of 1 KiB (the limit is 4 KiB).
    for (let i = 0; i < 64 && !c.socket.destroyed && c.received() === ''; i++) await c.write(`X-Pad-${i}: ${'a'.repeat(1000)}\r\n`);
    expectRefusal(await c.closed, 431, /head larger/);
  });

  it('a declared Content-Length above maxBodyBytes: 413 before any body byte is sent', async () => {
    const c = await connect(server);
    await c.write('POST /papi/v1/margin/order HTTP/1.1\r\nHost: m\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 67108864\r\n\r\n');
    expectRefusal(await c.closed, 413, /request body larger than 8192 bytes/);
  });

  it('Expect: 100-continue with a body too large: 413 without 100 Continue', async () => {
    const answer = await exchange(server, 'POST /papi/v1/margin/order HTTP/1.1\r\nHost: m\r\nExpect: 100-continue\r\nContent-Length: 100000\r\n\r\n');
    expect(answer).not.toContain('100 Continue');
    expectRefusal(answer, 413, /body larger/);
  });

  it('a declared huge chunk streamed slowly: 413 once maxBodyBytes is crossed, while other clients are served', async () => {
    const c = await connect(server);
    await c.write('POST /papi/v1/margin/order HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: chunked\r\n\r\n4000000\r\n');
    await c.write('a'.repeat(4096));
    // The attacker's request is open and incomplete: others are served meanwhile.
    expect(await ping(server)).toBe(200);
    expect(c.received()).toBe('');
    // Bounded: at most 64 more pieces of 4 KiB (the limit is 8 KiB).
    for (let i = 0; i < 64 && !c.socket.destroyed && c.received() === ''; i++) await c.write('a'.repeat(4096));
    expectRefusal(await c.closed, 413, /body larger than 8192 bytes/);
  });

  it('many chunks adding up beyond maxBodyBytes: 413', async () => {
    const chunk = `400\r\n${'b'.repeat(1024)}\r\n`;
    const c = await connect(server);
    await c.write('POST /papi/v1/margin/order HTTP/1.1\r\nHost: m\r\nTransfer-Encoding: chunked\r\n\r\n');
    for (let i = 0; i < 64 && !c.socket.destroyed && c.received() === ''; i++) await c.write(chunk);
    expectRefusal(await c.closed, 413, /body larger/);
  });

  it('a body within the limit is read whole (chunked, in pieces) and reaches the pipeline', async () => {
    const answer = await exchange(
      server,
      'POST /papi/v1/margin/order HTTP/1.1\r\nHost: m\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n',
      '7\r\nsymbol=\r\n',
      '7\r\nBTCUSDT\r\n0\r\n\r\n',
    );
    // No API key: the pipeline read the request and answered Binance's -2014.
    expect(status(answer)).toBe(401);
    expect(body(answer)).toEqual({ code: -2014, msg: 'API-key format invalid.' });
  });
});

describe('deadlines: 408 for a stalled head or body', () => {
  it('a head that stops arriving is answered 408 and closed', async () => {
    const server = await start({ headersTimeout: 300, requestTimeout: 600 });
    const answer = await exchange(server, 'GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\n');
    expectRefusal(answer, 408, /not received in time/);
    expect(await ping(server)).toBe(200);
  });

  it('a body that stops arriving is answered 408', async () => {
    const server = await start({ headersTimeout: 300, requestTimeout: 600 });
    const answer = await exchange(server, 'POST /papi/v1/ping HTTP/1.1\r\nHost: m\r\nContent-Length: 100\r\n\r\nabc');
    expectRefusal(answer, 408, /not received in time/);
  });
});

describe('connections', () => {
  it('many stalled connections do not keep other clients from being served', async () => {
    // Long deadlines: the stalled heads stay open for the whole test.
    const server = await start({ headersTimeout: 600_000, requestTimeout: 600_000 });
    const stalled = await Promise.all(Array.from({ length: 50 }, () => connect(server)));
    await Promise.all(stalled.map((c, i) => c.write(`GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nX-Slow: ${i}`)));
    for (let i = 0; i < 5; i++) expect(await ping(server)).toBe(200);
    for (const c of stalled) expect(c.received()).toBe('');
    for (const c of stalled) c.socket.destroy();
  });

  it('answers pipelined requests in order on one connection', async () => {
    const server = await start();
    const c = await connect(server);
    await c.write(`GET /api/v3/time HTTP/1.1\r\nHost: m\r\n\r\n${PING}GET /nowhere HTTP/1.1\r\nHost: m\r\nConnection: close\r\n\r\n`);
    const answer = await c.closed;
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 200, 404]);
    expect(answer.indexOf('serverTime')).toBeLessThan(answer.indexOf('{}'));
    expect(answer.indexOf('{}')).toBeLessThan(answer.indexOf('-1099'));
  });

  it('a bad request pipelined after a good one: the good one is answered, then 400 and close', async () => {
    const server = await start();
    const answer = await exchange(server, `${PING}GET /x HTTP/1.1\r\nHost: m\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 400]);
  });

  it('an injected disconnect fault closes the connection without a byte of answer', async () => {
    const server = await createMockServer({ port: 0, faults: [{ route: 'GET /papi/v1/ping', kind: 'disconnect', times: 1 }] });
    servers.push(server);
    expect(await exchange(server, PING)).toBe('');
    expect(await ping(server)).toBe(200);
  });

  it('beyond maxConnections a new connection is closed at once; once one closes, others are accepted again', async () => {
    const server = await start({ maxConnections: 2 });
    const held = [await connect(server), await connect(server)];
    await held[0]!.write('GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\n\r\n');
    await held[0]!.until(/\{\}$/);
    const third = await connect(server);
    await third.write(PING);
    expect(await third.closed).toBe('');
    held[1]!.socket.destroy();
    await held[1]!.closed;
    // The server counts the closed connection once it has seen the close; retry (bounded) until it has.
    let served = '';
    for (let i = 0; i < 50 && !served; i++) {
      const again = await connect(server);
      await again.write(`GET /papi/v1/ping HTTP/1.1\r\nHost: m\r\nConnection: close\r\n\r\n`);
      served = await again.closed;
    }
    expect(status(served)).toBe(200);
    held[0]!.socket.destroy();
  });
});

describe('pipelining while answers wait', () => {
  // node:http alone keeps parsing a connection's pipelined requests while their answers wait (it stops only once
  // its socket buffer is full): a client pipelining without reading filled the kernel's buffers and then had every
  // further answer queued in the heap (4 such connections held 190 MB after a full GC).
  it('the mock stops reading a connection while more than MAX_WAITING_ANSWERS wait, and reads on, in order, once they are answered', async () => {
    // A core whose answers wait until released: answers wait without depending on the kernel's buffers or timers.
    let released = false;
    const waiting: (() => void)[] = [];
    const answer: MockResponse = { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":1}' };
    const core = {
      handle: () => (released ? answer : new Promise<MockResponse>((resolve) => waiting.push(() => resolve(answer)))),
      logRefusal: () => {},
    } as unknown as MockCore;
    const { server, close } = createHttpServer(core, httpLimits());
    let parsed = 0;
    let serverSocket: (net.Socket & { _paused?: boolean }) | undefined;
    server.on('connection', (s: net.Socket) => (serverSocket = s));
    server.on('request', () => parsed++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    const REQUESTS = 20_000;
    client.write('GET /api/v3/time HTTP/1.1\r\nHost: m\r\n\r\n'.repeat(REQUESTS));
    let text = '';
    client.on('data', (d: Buffer) => (text += d.toString('latin1')));
    // Wait (by event order, not by time) until the server has parsed everything or stopped reading.
    for (let i = 0; i < 100_000 && parsed < REQUESTS && !serverSocket?._paused; i++) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    const parsedWhilePaused = parsed;
    expect(serverSocket?._paused).toBe(true);
    // At most one read of 64 KiB beyond the limit is parsed (node finishes the read it is in).
    expect(parsedWhilePaused).toBeLessThanOrEqual(MAX_WAITING_ANSWERS + 65_536 / 'GET /api/v3/time HTTP/1.1\r\nHost: m\r\n\r\n'.length + 1);
    expect(text).toBe('');
    // Answer: the connection is read again, and every request is answered in order.
    released = true;
    for (const release of waiting.splice(0)) release();
    const all = new Promise<void>((resolve) => {
      const check = () => {
        if ((text.match(/\{"ok":1\}/g) ?? []).length === REQUESTS) resolve();
      };
      client.on('data', check);
      check();
    });
    await all;
    expect(parsed).toBe(REQUESTS);
    expect(text.split('HTTP/1.1 200 OK').length - 1).toBe(REQUESTS);
    client.destroy();
    await close();
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttp1Server, type Handler } from '../src/http1-server.js';
import type { MockRequest } from '../src/pipeline.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** Starts the server with a handler that echoes what it parsed. */
async function start(handler?: Handler): Promise<{ port: number; seen: MockRequest[] }> {
  const seen: MockRequest[] = [];
  const echo: Handler = (request) => {
    seen.push(request);
    return { status: 200, headers: { 'Content-Type': 'application/json', Date: 'Sat, 21 Nov 2026 08:00:00 GMT' }, body: JSON.stringify({ method: request.method, url: request.url, body: request.body, key: request.header('x-mbx-apikey') ?? null }) };
  };
  const { server, close } = createHttp1Server(handler ?? echo);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(close);
  return { port: (server.address() as net.AddressInfo).port, seen };
}

/** Sends raw bytes (optionally in pieces) and collects everything until the server closes or `until` matches. */
function exchange(port: number, pieces: string[], until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`timed out; got ${JSON.stringify(received)}`));
    }, 3000);
    socket.on('data', (d) => {
      received += d.toString('utf8');
      if (until.test(received)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', reject);
    pieces.forEach((piece, i) => setTimeout(() => socket.write(piece), i * 10));
  });
}

describe('the mock HTTP/1.1 server', () => {
  it('answers a request split across packets with one well-formed response', async () => {
    const { port } = await start();
    const answer = await exchange(port, ['POST /sapi/v1/margin/order HTTP/1.1\r\nHost: x\r\nX-MBX-APIKEY: k\r\nContent-', 'Length: 6\r\n\r\nab', 'c=ü'], /\}$/);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Type: application\/json\r\nDate: Sat, 21 Nov 2026 08:00:00 GMT\r\nContent-Length: \d+\r\n\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ method: 'POST', url: '/sapi/v1/margin/order', body: 'abc=ü', key: 'k' });
  });

  it('reads chunked bodies and answers pipelined requests in order on one connection', async () => {
    const { port, seen } = await start();
    const answer = await exchange(
      port,
      ['POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nq=1\r\n2;ext\r\n&r\r\n0\r\n\r\nGET /b?x=1 HTTP/1.1\r\nHost: x\r\n\r\n'],
      /"url":"\/b\?x=1".*\}$/s,
    );
    expect(seen.map((r) => [r.method, r.url, r.body])).toEqual([['POST', '/a', 'q=1&r'], ['GET', '/b?x=1', '']]);
    expect(answer.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
  });

  it('waits for async answers before answering the next pipelined request', async () => {
    let n = 0;
    const { port } = await start(async (request) => {
      const delay = ++n === 1 ? 30 : 0;
      await new Promise((r) => setTimeout(r, delay));
      return { status: 200, headers: {}, body: request.url };
    });
    const answer = await exchange(port, ['GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n'], /\/second$/);
    expect(answer.indexOf('/first')).toBeLessThan(answer.indexOf('/second'));
  });

  it('closes after Connection: close and HTTP/1.0, and sends no body for HEAD', async () => {
    const { port } = await start();
    const closed = await exchange(port, ['GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], /$^/);
    expect(closed).toMatch(/Connection: close\r\n\r\n\{/);
    const old = await exchange(port, ['GET /y HTTP/1.0\r\n\r\n'], /$^/);
    expect(old).toMatch(/^HTTP\/1\.1 200 OK/);
    const head = await exchange(port, ['HEAD /z HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], /$^/);
    expect(head).toMatch(/Content-Length: [1-9]\d*\r\nConnection: close\r\n\r\n$/);
  });

  it('answers malformed and oversized requests with a Binance-style error and closes', async () => {
    const { port } = await start();
    expect(await exchange(port, ['NONSENSE\r\n\r\n'], /$^/)).toMatch(/^HTTP\/1\.1 400 Bad Request[\s\S]*Connection: close[\s\S]*"code":-1000/);
    expect(await exchange(port, ['POST /a HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n'], /$^/)).toMatch(/^HTTP\/1\.1 413 [\s\S]*"code":-1101/);
  });

  it('works with curl, including Expect: 100-continue on a large form body', async () => {
    const { port, seen } = await start();
    const big = `data=${'x'.repeat(5000)}`;
    // curl runs asynchronously: the server answering it lives in this process.
    const { stdout: out } = await promisify(execFile)('curl', ['-s', '--max-time', '5', '-H', 'X-MBX-APIKEY: k', '-H', 'Expect: 100-continue', '--data', big, `http://127.0.0.1:${port}/papi/v1/margin/order?a=1`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ method: 'POST', url: '/papi/v1/margin/order?a=1', key: 'k' });
    expect(seen[0]!.body).toBe(big);
  });
});

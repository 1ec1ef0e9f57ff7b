import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttp1Transport } from '../src/platform/http1.js';
import { TransportFailure } from '../src/transport.js';

/** A raw TCP server that answers each request with scripted bytes, optionally split into delayed pieces. */
async function rawServer(script: (request: string, socket: net.Socket, index: number) => void) {
  let index = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let pending = '';
    socket.on('data', (chunk) => {
      pending += chunk.toString('latin1');
      const headEnd = pending.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(pending.slice(0, headEnd))?.[1] ?? 0);
      if (pending.length < headEnd + 4 + length) return;
      const request = pending.slice(0, headEnd + 4 + length);
      pending = pending.slice(request.length);
      script(request, socket, index++);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    url,
    connections: () => sockets.size,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const get = (url: string, extra: Partial<Parameters<ReturnType<typeof createHttp1Transport>>[0]> = {}) => ({ method: 'GET' as const, url: `${url}/papi/v1/ping?x=1`, headers: { 'X-MBX-APIKEY': 'k' }, ...extra });

describe('the HTTP/1.1 transport', () => {
  it('sends a well-formed request and reads a content-length answer split across packets, with UTF-8 split mid-character', async () => {
    let seen = '';
    const body = Buffer.from('{"msg":"ü€"}');
    const server = await rawServer((request, socket) => {
      seen = request;
      const bytes = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-MBX-USED-WEIGHT-1M: 7\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
      const cut = bytes.length - 5;
      socket.write(bytes.subarray(0, 10));
      setTimeout(() => socket.write(bytes.subarray(10, cut)), 5);
      setTimeout(() => socket.write(bytes.subarray(cut)), 10);
    });
    cleanups.push(server.close);
    const transport = createHttp1Transport();
    const response = await transport({ method: 'POST', url: `${server.url}/sapi/v1/margin/order`, headers: { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=ü' });
    expect(seen).toBe(`POST /sapi/v1/margin/order HTTP/1.1\r\nHost: ${server.url.slice(7)}\r\nX-MBX-APIKEY: k\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\n\r\na=\u00c3\u00bc`);
    expect(response).toEqual({ status: 200, headers: { 'content-type': 'application/json', 'x-mbx-used-weight-1m': '7', 'content-length': String(body.length) }, body: '{"msg":"ü€"}' });
  });

  it('reads chunked answers with extensions and trailers, skips 100 Continue, and reuses the connection', async () => {
    const server = await rawServer((_request, socket, index) => {
      socket.write('HTTP/1.1 100 Continue\r\n\r\n');
      socket.write(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n{"a":\r\n`);
      setTimeout(() => socket.write(`${index + 1}`.length.toString(16) + `\r\n${index + 1}\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n`), 5);
    });
    cleanups.push(server.close);
    const transport = createHttp1Transport();
    expect((await transport(get(server.url))).body).toBe('{"a":1}');
    expect((await transport(get(server.url))).body).toBe('{"a":2}');
    expect(server.connections()).toBe(1);
  });

  it('reads a close-delimited answer and honours Connection: close', async () => {
    const server = await rawServer((_request, socket, index) => {
      if (index === 0) socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n\r\n{"code":-1001,"msg":"Service Unavailable."}');
      else socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}');
    });
    cleanups.push(server.close);
    const transport = createHttp1Transport();
    expect(await transport(get(server.url))).toMatchObject({ status: 503, body: '{"code":-1001,"msg":"Service Unavailable."}' });
    expect(await transport(get(server.url))).toMatchObject({ status: 200, body: '{}' });
  });

  it('opens parallel connections for concurrent calls and queues beyond maxSockets', async () => {
    const server = await rawServer((_request, socket) => {
      setTimeout(() => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}'), 20);
    });
    cleanups.push(server.close);
    const transport = createHttp1Transport({ maxSockets: 3 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => transport(get(server.url))));
    expect(answers.map((a) => a.body)).toEqual(Array(10).fill('{}'));
    expect(server.connections()).toBe(3);
  });

  it('times out, closes the connection and reports that the request may have been sent', async () => {
    const server = await rawServer(() => {});
    cleanups.push(server.close);
    const failure = await createHttp1Transport()(get(server.url, { timeoutMs: 30 })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TransportFailure);
    expect([(failure as TransportFailure).kind, (failure as TransportFailure).mayHaveBeenSent]).toEqual(['timeout', true]);
  });

  it('tells a refused connection (not sent) from one dropped mid-answer (maybe sent)', async () => {
    const server = await rawServer((_request, socket) => socket.destroy());
    const transport = createHttp1Transport();
    const dropped = (await transport(get(server.url)).catch((e: unknown) => e)) as TransportFailure;
    expect([dropped.kind, dropped.mayHaveBeenSent]).toEqual(['network', true]);
    await server.close();
    const refused = (await transport(get(server.url)).catch((e: unknown) => e)) as TransportFailure;
    expect([refused.kind, refused.mayHaveBeenSent]).toEqual(['network', false]);
  });

  it('replaces connections the server closed while idle, and ones idle longer than idleTimeoutMs', async () => {
    const server = await rawServer((_request, socket, index) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}');
      if (index === 0) socket.end();
    });
    cleanups.push(server.close);
    const transport = createHttp1Transport({ idleTimeoutMs: 40 });
    await transport(get(server.url));
    // Wait (bounded) until the server's close has reached this side: the idle connection must not be reused.
    for (let i = 0; i < 200 && server.connections() > 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(server.connections()).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect((await transport(get(server.url))).body).toBe('{}');
    await new Promise((r) => setTimeout(r, 60));
    expect((await transport(get(server.url))).body).toBe('{}');
  });

  it('speaks HTTPS with certificate verification', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginkit-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
    const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ path: req.url, key: req.headers['x-mbx-apikey'] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
    const port = (server.address() as net.AddressInfo).port;
    const trusted = createHttp1Transport({ tls: { ca: cert } });
    for (const host of ['localhost', '127.0.0.1']) {
      const answer = await trusted({ method: 'GET', url: `https://${host}:${port}/papi/v1/ping`, headers: { 'X-MBX-APIKEY': 'k' } });
      expect(JSON.parse(answer.body)).toEqual({ path: '/papi/v1/ping', key: 'k' });
    }
    const untrusted = await createHttp1Transport()({ method: 'GET', url: `https://localhost:${port}/`, headers: {} }).catch((e: unknown) => e);
    expect(untrusted).toBeInstanceOf(TransportFailure);
    expect(String((untrusted as TransportFailure).cause)).toMatch(/self[- ]signed|unable to verify/i);
  });
});

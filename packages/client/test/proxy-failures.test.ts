import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, createMarginClient, type ClientOptions } from '../src/index.js';
import { ConnectProxy, HostileServer, json } from './support/hostile-server.js';

// A proxy that refuses the tunnel, asks for credentials, or is not there at all: the request never reached
// Binance, so an order fails "not executed" (and may be sent again), and Binance's server sees nothing. NO_PROXY
// keeps a host away from the env proxy, as Node's fetch does.

const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;
const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'proxy-key-0123456789', apiSecret: 'proxy-secret-0123456789', baseUrl: server.url, retry: false, ...extra });

/** A CONNECT proxy that answers every tunnel request with `answer` and counts them. */
async function refusingProxy(answer: string): Promise<{ url: string; connects: () => number; stop: () => Promise<void> }> {
  let count = 0;
  const proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (_req, socket: net.Socket) => {
    count++;
    socket.end(answer);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    connects: () => count,
    stop: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}

describe('a proxy that does not tunnel: not executed, nothing reached the server', () => {
  it.each([
    ['403 Forbidden', 'HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n'],
    ['407 Proxy Authentication Required', 'HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm="p"\r\ncontent-length: 0\r\n\r\n'],
  ])('the proxy answers CONNECT with %s', async (_name, answer) => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    const proxy = await refusingProxy(answer);
    try {
      const client = createMarginClient(options({ proxy: proxy.url }));
      const error = (await client.newMarginOrder(orderBody).then(() => undefined, (e: unknown) => e)) as NetworkError;
      expect(error).toBeInstanceOf(NetworkError);
      expect(error.executionStatus).toBe('not-executed');
      expect(proxy.connects()).toBe(1);
      expect(server.seen).toHaveLength(0);
      await client.close();
    } finally {
      await proxy.stop();
    }
  });

  it('the proxy is not listening', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    const error = (await createMarginClient(options({ proxy: `http://127.0.0.1:${closedPort}` })).newMarginOrder(orderBody).then(() => undefined, (e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.executionStatus).toBe('not-executed');
    expect(server.seen).toHaveLength(0);
  });
});

describe('NODE_USE_ENV_PROXY honours NO_PROXY', () => {
  const proxy = new ConnectProxy(net);
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());

  it.each([['NO_PROXY'], ['no_proxy']])('a host listed in %s goes direct', async (variable) => {
    server.script([], (_r, res) => json(res, 200, '{"tradeEnabled":true}'));
    proxy.connects.length = 0;
    const names = ['NODE_USE_ENV_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'no_proxy'] as const;
    const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
    for (const n of names) delete process.env[n];
    Object.assign(process.env, { NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxy.url, [variable]: '127.0.0.1' });
    try {
      const client = createMarginClient(options());
      await client.getCrossMarginAccount();
      await client.close();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    expect(proxy.connects).toHaveLength(0);
    expect(server.seen).toHaveLength(1);
  });
});

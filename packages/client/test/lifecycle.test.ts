import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, MockAgent, ProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ConfigurationError,
  ExecutionStatusUnknownError,
  NetworkError,
  ParameterError,
  createMarginClient,
  createPortfolioMarginClient,
  type ClientOptions,
} from '../src/index.js';
import { closed, ConnectProxy, HostileServer, json } from './support/hostile-server.js';

const API_KEY = 'lifecycle-api-key-0123456789';
const SECRET = 'lifecycle-secret-0123456789';
const account = '{"borrowEnabled":true,"marginLevel":"11.64405625","totalAssetOfBtc":"6.82728457","totalLiabilityOfBtc":"0.58633215","totalNetAssetOfBtc":"6.24095242","tradeEnabled":true,"transferEnabled":true,"userAssets":[]}';
const order = (orderId: number) => `{"symbol":"BTCUSDC","orderId":${orderId},"clientOrderId":"c","transactTime":1713873075893,"price":"0.00000017","origQty":"1","status":"NEW"}`;
const orderParams = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;

// keepAliveTimeout far above any test: only the client can end an idle connection here.
const server = new HostileServer({ keepAliveTimeout: 600_000 });
beforeAll(() => server.start());
afterAll(() => server.stop());
const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: server.url, retry: { minDelayMs: 1, maxDelayMs: 2 }, ...extra });
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a rejection'); }, (error: unknown) => error);

describe('lifecycle: close() and process exit', () => {
  it('close() ends the pooled connections; later calls fail with a clear error and send nothing', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options());
    await client.getCrossMarginAccount();
    const socket = server.seen[0]!.socket;
    expect(socket.destroyed).toBe(false);
    await client.close();
    await closed(socket);
    const error = await failure(client.getCrossMarginAccount());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/closed/);
    expect(server.seen).toHaveLength(1);
  });

  it('Symbol.asyncDispose closes the client (await using)', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createPortfolioMarginClient(options());
    await client.ping();
    await client[Symbol.asyncDispose]();
    await closed(server.seen[0]!.socket);
    await expect(client.ping()).rejects.toThrow(/closed/);
  });

  it('close() leaves a dispatcher the caller passed open', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const dispatcher = new Agent();
    const client = createMarginClient(options({ dispatcher }));
    await client.getCrossMarginAccount();
    await client.close();
    expect(dispatcher.closed).toBe(false);
    expect(server.seen[0]!.socket.destroyed).toBe(false);
    await dispatcher.close();
    await closed(server.seen[0]!.socket);
  });

  it('a one-call script exits on its own, without close(), while the server keeps the connection open', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    expect(fs.existsSync(dist), 'the package must be built (pnpm build) for the child-process test').toBe(true);
    const script = `import { createMarginClient } from ${JSON.stringify(dist)};
const client = createMarginClient({ apiKey: 'k', apiSecret: 's', baseUrl: ${JSON.stringify(server.url)} });
const answer = await client.getCrossMarginAccount();
console.log('marginLevel', String(answer.marginLevel));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Only a safety net to end a hung test; the assertion is that the child exits by itself with code 0.
    const safety = setTimeout(() => child.kill('SIGKILL'), 25_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    clearTimeout(safety);
    expect({ code, signal, output: output.trim() }).toEqual({ code: 0, signal: null, output: 'marginLevel 11.64405625' });
    expect(server.seen).toHaveLength(1);
  });
});

describe('proxies, dispatchers and TLS', () => {
  const proxy = new ConnectProxy(net);
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());

  it('`proxy` sends through an HTTP CONNECT proxy, with credentials from the URL', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    proxy.connects.length = 0;
    const client = createMarginClient(options({ proxy: proxy.url.replace('http://', 'http://trader:s3cret@') }));
    expect((await client.getCrossMarginAccount()).tradeEnabled).toBe(true);
    await client.close();
    expect(proxy.connects).toEqual([{ target: server.url.slice('http://'.length), authorization: `Basic ${Buffer.from('trader:s3cret').toString('base64')}` }]);
    expect(server.seen).toHaveLength(1);
  });

  it('`dispatcher` takes any undici dispatcher, e.g. a ProxyAgent', async () => {
    server.script([], (_r, res) => json(res, 200, order(3)));
    proxy.connects.length = 0;
    const dispatcher = new ProxyAgent(proxy.url);
    const placed = await createMarginClient(options({ dispatcher })).newMarginOrder(orderParams);
    expect(placed.orderId).toBe(3n);
    expect(proxy.connects).toHaveLength(1);
    await dispatcher.close();
  });

  it('an undici MockAgent works as dispatcher; a failure it reports counts as possibly sent', async () => {
    const mock = new MockAgent();
    mock.disableNetConnect();
    const pool = mock.get('https://api.binance.com');
    pool.intercept({ path: /^\/sapi\/v1\/margin\/account\?/, method: 'GET' }).reply(200, account, { headers: { 'content-type': 'application/json' } });
    pool.intercept({ path: '/sapi/v1/margin/order', method: 'POST' }).replyWithError(new Error('connection reset'));
    const client = createMarginClient({ apiKey: API_KEY, apiSecret: SECRET, dispatcher: mock });
    expect((await client.getCrossMarginAccount()).marginLevel.toFixed()).toBe('11.64405625');
    const error = (await failure(client.newMarginOrder(orderParams))) as ExecutionStatusUnknownError;
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect(error.reason).toBe('connection-lost');
    await mock.close();
  });

  it('NODE_USE_ENV_PROXY=1 routes through HTTP_PROXY, as Node does for fetch', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    proxy.connects.length = 0;
    const saved = { NODE_USE_ENV_PROXY: process.env.NODE_USE_ENV_PROXY, HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY, no_proxy: process.env.no_proxy };
    Object.assign(process.env, { NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxy.url });
    delete process.env.NO_PROXY;
    delete process.env.no_proxy;
    try {
      const client = createMarginClient(options());
      await client.getCrossMarginAccount();
      await client.close();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    expect(proxy.connects).toHaveLength(1);
  });

  it('refuses options that contradict each other', () => {
    expect(() => createMarginClient(options({ fetch, proxy: 'http://127.0.0.1:1' }))).toThrow(ConfigurationError);
    expect(() => createMarginClient(options({ dispatcher: new Agent(), tls: { ca: 'x' } }))).toThrow(/dispatcher/);
    expect(() => createMarginClient(options({ proxy: 'socks5://127.0.0.1:1' }))).toThrow(/proxy/);
  });

  describe('TLS', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginkit-tls-'));
    let tlsServer: https.Server;
    let cert: Buffer;
    let url = '';
    beforeAll(async () => {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
      cert = fs.readFileSync(path.join(dir, 'cert.pem'));
      tlsServer = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert }, (req, res) => json(res, 200, `{"serverTime":1,"path":${JSON.stringify(req.url)}}`));
      await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
      url = `https://localhost:${(tlsServer.address() as net.AddressInfo).port}`;
    });
    afterAll(async () => {
      tlsServer.closeAllConnections();
      await new Promise((resolve) => tlsServer.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('trusts a private CA given as `tls.ca`, and refuses an unknown certificate before sending anything', async () => {
      const trusted = createPortfolioMarginClient({ baseUrl: url, tls: { ca: cert } });
      expect(await trusted.ping()).toEqual({ serverTime: 1, path: '/papi/v1/ping' });
      await trusted.close();
      const untrusted = (await failure(createPortfolioMarginClient({ baseUrl: url, retry: false }).ping())) as NetworkError;
      expect(untrusted).toBeInstanceOf(NetworkError);
      expect(untrusted.executionStatus).toBe('not-executed');
      expect(String((untrusted.cause as Error)?.message)).toMatch(/self[- ]signed|unable to verify/i);
    });

    it('presents a client certificate (`tls.cert` and `tls.key`) to a server that requires one', async () => {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=trader', '-keyout', path.join(dir, 'client-key.pem'), '-out', path.join(dir, 'client-cert.pem')], { stdio: 'ignore' });
      const clientCert = fs.readFileSync(path.join(dir, 'client-cert.pem'));
      const clientKey = fs.readFileSync(path.join(dir, 'client-key.pem'));
      const mtls = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert, ca: [clientCert], requestCert: true, rejectUnauthorized: true }, (req, res) => {
        const peer = (req.socket as import('node:tls').TLSSocket).getPeerCertificate();
        json(res, 200, `{"subject":${JSON.stringify(peer.subject?.CN ?? '')}}`);
      });
      await new Promise<void>((resolve) => mtls.listen(0, '127.0.0.1', resolve));
      const mtlsUrl = `https://localhost:${(mtls.address() as net.AddressInfo).port}`;
      try {
        const withCert = createPortfolioMarginClient({ baseUrl: mtlsUrl, tls: { ca: cert, cert: clientCert, key: clientKey } });
        expect(await withCert.ping()).toEqual({ subject: 'trader' });
        await withCert.close();
        const without = (await failure(createPortfolioMarginClient({ baseUrl: mtlsUrl, tls: { ca: cert }, retry: false }).ping())) as NetworkError;
        expect(without).toBeInstanceOf(NetworkError);
      } finally {
        mtls.closeAllConnections();
        await new Promise((resolve) => mtls.close(resolve));
      }
    });
  });
});

describe('abort: the call settles when its signal aborts, in that order', () => {
  /** The server records the request and never answers; the test aborts once the server has the request. */
  function holdAndAbort(controller: AbortController): string[] {
    const events: string[] = [];
    server.script([], (r) => {
      events.push(`server received ${r.method} ${r.path}`);
      r.socket.once('close', () => events.push('server saw the connection close'));
      setImmediate(() => {
        events.push('abort');
        controller.abort();
      });
    });
    return events;
  }

  it('an operation method rejects on abort: a read with AbortError, the request having been sent', async () => {
    const controller = new AbortController();
    const events = holdAndAbort(controller);
    const error = (await failure(createMarginClient(options()).getCrossMarginAccount(undefined, { signal: controller.signal }))) as AbortError;
    events.push('rejected');
    expect(error).toBeInstanceOf(AbortError);
    expect(error.executionStatus).toBe('unknown');
    expect(events.slice(0, 3)).toEqual(['server received GET /sapi/v1/margin/account', 'abort', 'rejected']);
    await closed(server.seen[0]!.socket);
    expect(events).toContain('server saw the connection close');
  });

  it('an aborted order after it was sent is an unknown outcome that names its client id', async () => {
    const controller = new AbortController();
    const events = holdAndAbort(controller);
    const error = (await failure(createMarginClient(options()).newMarginOrder(orderParams, { signal: controller.signal }))) as ExecutionStatusUnknownError;
    events.push('rejected');
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect(error.reason).toBe('aborted');
    expect(error.clientIds.newClientOrderId).toBe(server.seen[0]!.params.newClientOrderId);
    expect(events.slice(0, 3)).toEqual(['server received POST /sapi/v1/margin/order', 'abort', 'rejected']);
  });

  it('a signal aborted before the call sends nothing and did not execute', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const error = (await failure(createMarginClient(options()).newMarginOrder(orderParams, { signal: AbortSignal.abort() }))) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.executionStatus).toBe('not-executed');
    expect(server.seen).toHaveLength(0);
  });

  it('abort ends a retry back-off at once instead of waiting it out', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    server.script([], (_r, res) => {
      events.push('server answered 503');
      json(res, 503, '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}');
    });
    const client = createMarginClient(options({ retry: { retries: 5, minDelayMs: 600_000, maxDelayMs: 600_000 }, hooks: { onRetry: () => { events.push('back-off'); controller.abort(); } } }));
    const error = (await failure(client.getCrossMarginAccount(undefined, { signal: controller.signal }))) as AbortError;
    events.push('rejected');
    expect(error).toBeInstanceOf(AbortError);
    expect(events).toEqual(['server answered 503', 'back-off', 'rejected']);
    expect(server.seen).toHaveLength(1);
  });

  it('the path API honours its signal the same way', async () => {
    const controller = new AbortController();
    const events = holdAndAbort(controller);
    const error = await failure(createMarginClient(options()).POST('/sapi/v1/margin/order', { body: orderParams, signal: controller.signal }));
    events.push('rejected');
    expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
    expect(events.slice(0, 3)).toEqual(['server received POST /sapi/v1/margin/order', 'abort', 'rejected']);
  });
});

describe('the path API honours headers, middleware and baseUrl, and refuses what it cannot honour', () => {
  const other = new HostileServer();
  beforeAll(() => other.start());
  afterAll(() => other.stop());

  it.each([
    ['Margin', () => createMarginClient(options()).POST('/sapi/v1/margin/order', { body: { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1' } }), 'price'],
    ['Portfolio Margin', () => createPortfolioMarginClient(options()).POST('/papi/v1/margin/order', { body: { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1' } }), 'price'],
    ['Margin (query)', () => createMarginClient(options()).POST('/sapi/v1/margin/order', { params: { query: { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET' } } } as never), 'quantity'],
    ['Margin (mandatory)', () => createMarginClient(options()).POST('/sapi/v1/margin/order', { body: { side: 'BUY', type: 'MARKET', quantity: '1' } } as never), 'symbol'],
  ])('%s: refuses an order the spec\'s parameter rules refuse (-1102) before sending, as the operation methods do', async (_api, call, missing) => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = (await failure(call())) as ParameterError;
    expect(error).toBeInstanceOf(ParameterError);
    expect([error.code, error.parameters[0]]).toEqual([-1102, missing]);
    expect(server.seen).toHaveLength(0);
  });

  it('sends per-call headers and middleware headers; the client still owns the key and content type', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options({ headers: { 'X-Desk': 'alpha' } }));
    client.use({ onRequest: ({ request }) => { request.headers.set('X-From-Middleware', 'm1'); } });
    const { data } = await client.GET('/sapi/v1/margin/account', { headers: { 'X-Trace': 't-1', 'X-MBX-APIKEY': 'someone-else' } });
    expect(data?.marginLevel).toBe('11.64405625');
    const [seen] = server.seen;
    expect([seen!.headers['x-desk'], seen!.headers['x-trace'], seen!.headers['x-from-middleware'], seen!.headers['x-mbx-apikey']]).toEqual(['alpha', 't-1', 'm1', API_KEY]);
  });

  it('a middleware may return a new Request', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options());
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { 'X-Replaced': 'yes' } }) });
    const { data } = await client.GET('/sapi/v1/margin/account');
    expect(data?.tradeEnabled).toBe(true);
    expect(server.seen[0]!.headers['x-replaced']).toBe('yes');
  });

  it('sends to a per-call baseUrl, path prefix included', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    other.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options());
    await client.GET('/sapi/v1/margin/account', { baseUrl: `${other.url}/gateway` });
    expect(other.seen.map((r) => r.path)).toEqual(['/gateway/sapi/v1/margin/account']);
    expect(server.seen).toHaveLength(0);
  });

  it('hands back a Response whose body methods and stream serve the answer, with lossless data', async () => {
    const body = '{"symbol":"BTCUSDC","orderId":1352286576452864727,"clientOrderId":"c","price":"0.00000017","origQty":"1","executedQty":"0","cummulativeQuoteQty":"0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY","stopPrice":"0","icebergQty":"0","time":1,"updateTime":1,"isWorking":true}';
    server.script([], (_r, res) => json(res, 200, body));
    const { data, response } = await createMarginClient(options()).GET('/sapi/v1/margin/order', { params: { query: { symbol: 'BTCUSDC', orderId: 1n } } });
    expect(data?.orderId).toBe(1352286576452864727n);
    expect(data?.price).toBe('0.00000017');
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/json;charset=UTF-8']);
    expect(await response.clone().text()).toBe(body);
    expect(await new Response(response.body).text()).toBe(body);
  });

  it('operation methods take per-call headers too', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    await createMarginClient(options()).getCrossMarginAccount(undefined, { headers: { 'X-Trace': 't-2' } });
    expect(server.seen[0]!.headers['x-trace']).toBe('t-2');
  });

  it.each([
    ['fetch', { fetch: globalThis.fetch }],
    ['bodySerializer', { bodySerializer: () => 'x' }],
    ['cache', { cache: 'no-store' }],
    ['credentials', { credentials: 'include' }],
  ])('refuses the per-call option %s with a clear error instead of ignoring it', async (name, extra) => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options());
    const error = await failure(client.GET('/sapi/v1/margin/account', extra as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(name);
    expect(server.seen).toHaveLength(0);
  });
});

describe('header values are checked before anything is written', () => {
  it.each([
    ['apiKey', { apiKey: 'key\r\nX-Injected: 1' }],
    ['userAgent', { userAgent: 'bot\nX-Injected: 1' }],
    ['headers', { headers: { 'X-Desk': 'a\r\nX-Injected: 1' } }],
    ['headers', { headers: { 'Bad Name': 'a' } }],
  ])('refuses a line break in %s at construction, without echoing the value', (name, extra) => {
    const error = (() => {
      try {
        createMarginClient(options(extra as Partial<ClientOptions>));
      } catch (e) {
        return e;
      }
      return undefined;
    })() as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(name);
    expect(error.message).not.toContain('X-Injected');
  });

  it.each([
    ['apiKey', 'a control character', { apiKey: 'key\u0001x' }],
    ['apiKey', 'a character beyond U+00FF', { apiKey: 'key\u20ac' }],
    ['apiKey', 'DEL', { apiKey: 'key\u007f' }],
    ['userAgent', 'a control character', { userAgent: 'bot\u001b[31m' }],
    ['headers', 'a character beyond U+00FF', { headers: { 'X-Desk': 'caf\u00e9 \u2603' } }],
    ['headers', 'a vertical tab', { headers: { 'X-Desk': 'a\u000bb' } }],
  ])('refuses %s with %s at construction: a ConfigurationError, not a failed send', (name, _what, extra) => {
    const error = (() => {
      try {
        createMarginClient(options(extra as Partial<ClientOptions>));
      } catch (e) {
        return e;
      }
      return undefined;
    })() as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(name);
  });

  it('refuses a control character or one beyond U+00FF in a per-call header and sends nothing (operation methods and path API)', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const client = createMarginClient(options());
    expect(await failure(client.getCrossMarginAccount(undefined, { headers: { 'X-Trace': 'snow\u2603' } }))).toBeInstanceOf(ConfigurationError);
    expect(await failure(client.getCrossMarginAccount(undefined, { headers: { 'X-Trace': 'bell\u0007' } }))).toBeInstanceOf(ConfigurationError);
    expect(await failure(client.GET('/sapi/v1/margin/account', { headers: { 'X-Trace': 'snow\u2603' } }))).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });

  it('accepts what HTTP allows in a header value: tabs, spaces and Latin-1 text', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    await createMarginClient(options({ headers: { 'X-Desk': 'caf\u00e9\tdesk 7' } })).getCrossMarginAccount();
    expect(Buffer.from(server.seen[0]!.headers['x-desk'] as string, 'latin1').toString('latin1')).toBe('caf\u00e9\tdesk 7');
  });

  it('refuses a line break in a per-call header and sends nothing', async () => {
    server.script([], (_r, res) => json(res, 200, account));
    const error = await failure(createMarginClient(options()).getCrossMarginAccount(undefined, { headers: { 'X-Trace': 'a\r\nX-Injected: 1' } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('client ids: every order call can be looked up after an unknown outcome', () => {
  it.each([
    ['margin newMarginOrder', () => createMarginClient(options()).newMarginOrder(orderParams), '/sapi/v1/margin/order', 'newClientOrderId'],
    ['margin newMarginOco', () => createMarginClient(options()).newMarginOco({ symbol: 'BTCUSDC', side: 'SELL', quantity: '1', price: '2', stopPrice: '1' }), '/sapi/v1/margin/order/oco', 'listClientOrderId'],
    ['portfolio newMarginOrder', () => createPortfolioMarginClient(options()).newMarginOrder(orderParams), '/papi/v1/margin/order', 'newClientOrderId'],
  ] as const)('%s fills in %s when the caller gives none', async (_name, call, route, param) => {
    server.script([], (_r, res) => json(res, 200, order(1)));
    await call().catch(() => undefined);
    const seen = server.seen.find((r) => r.path === route)!;
    expect(seen.params[param]).toMatch(/^mk[A-Za-z0-9]{20}$/);
  });

  it("keeps the caller's own id, and generates a fresh id per call", async () => {
    server.script([], (_r, res) => json(res, 200, order(1)));
    const client = createMarginClient(options());
    await client.newMarginOrder({ ...orderParams, newClientOrderId: 'mine-1' });
    await client.newMarginOrder(orderParams);
    await client.newMarginOrder(orderParams);
    const ids = server.seen.map((r) => r.params.newClientOrderId);
    expect(ids[0]).toBe('mine-1');
    expect(new Set(ids).size).toBe(3);
  });

  it('adds no id to cancels and reads', async () => {
    server.script([], (_r, res) => json(res, 200, '{"symbol":"BTCUSDC","orderId":1,"origClientOrderId":"a","clientOrderId":"b"}'));
    await createMarginClient(options()).cancelMarginOrder({ symbol: 'BTCUSDC', orderId: 1n });
    expect(server.seen[0]!.params.newClientOrderId).toBeUndefined();
  });
});

import { createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { type MockServer, DEMO_ACCOUNT, createMockServer } from '@marginkit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARGIN, PORTFOLIO_MARGIN } from '../src/apis.js';
import { type DocsServer, startDocsServer } from '../src/serve.js';
import { encodeParams, formatJsonText, hmacSha256Hex, isLoopbackHost, signRequest } from '../src/site/signing.js';
import { callMock, resultsDir } from './helpers.js';

/** A raw request, so that paths are sent exactly as written (fetch would normalise `..`). */
function raw(url: string, pathname: string, method = 'GET'): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: target.hostname, port: target.port, path: pathname, method, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

describe('signing for the try-it page', () => {
  it('computes the same HMAC-SHA256 as node:crypto', async () => {
    const payload = 'symbol=BTCUSDT&side=SELL&timestamp=1713873075893';
    expect(await hmacSha256Hex('secret', payload)).toBe(createHmac('sha256', 'secret').update(payload).digest('hex'));
  });

  it('puts GET parameters in the query string and POST parameters in a form body, signature last', async () => {
    const credentials = { apiKey: 'k', apiSecret: 's' };
    const get = await signRequest({ method: 'GET', path: '/sapi/v1/margin/order', paramsIn: 'query', signed: true, apiKey: true, params: [['symbol', 'A,B']] }, 'http://x', credentials, 1000);
    expect(get.url).toBe(`http://x/sapi/v1/margin/order?symbol=A%2CB&timestamp=1000&signature=${createHmac('sha256', 's').update('symbol=A%2CB&timestamp=1000').digest('hex')}`);
    expect(get.headers).toEqual({ 'X-MBX-APIKEY': 'k' });
    const post = await signRequest({ method: 'POST', path: '/p', paramsIn: 'body', signed: true, apiKey: true, params: [['a', '1']] }, '', credentials, 5);
    expect(post.url).toBe('/p');
    expect(post.body).toMatch(/^a=1&timestamp=5&signature=[0-9a-f]{64}$/);
    expect(post.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const ping = await signRequest({ method: 'GET', path: '/papi/v1/ping', paramsIn: 'query', signed: false, apiKey: false, params: [] }, '', credentials);
    expect(ping).toMatchObject({ url: '/papi/v1/ping', headers: {}, payload: undefined });
  });

  it('only talks to loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'docs.localhost', '[::1]', '::1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['api.binance.com', '10.0.0.1', '0.0.0.0', '127.0.0.1.example.com', 'localhost.example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('re-indents JSON responses without rounding big ids', () => {
    expect(formatJsonText('{"txId":1352286576452864727,"a":[],"s":"x,\\"y"}')).toBe('{\n  "txId": 1352286576452864727,\n  "a": [],\n  "s": "x,\\"y"\n}');
    expect(formatJsonText('not json')).toBe('not json');
    expect(encodeParams([['a b', 'c&d']])).toBe('a%20b=c%26d');
  });
});

describe('the docs server', () => {
  let mock: MockServer;
  let docs: DocsServer;
  let bare: DocsServer;
  const root = path.join(resultsDir, 'serve-root');

  beforeAll(async () => {
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(path.join(root, 'sub', 'index.html'), 'sub');
    writeFileSync(path.join(root, 'app.js'), 'export {};');
    writeFileSync(path.join(resultsDir, 'secret.txt'), 'outside the root');
    mock = await createMockServer({ port: 0, host: '127.0.0.1' });
    docs = await startDocsServer({ root, port: 0, mockUrl: mock.url });
    bare = await startDocsServer({ root, port: 0 });
  });
  afterAll(async () => {
    await Promise.all([docs?.close(), bare?.close(), mock?.close()]);
  });

  it('serves files with their content type, and index.html for directories', async () => {
    const home = await raw(docs.url, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<title>home</title>');
    expect((await raw(docs.url, '/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(docs.url, '/sub')).status).toBe(301);
    expect((await raw(docs.url, '/sub/')).body).toBe('sub');
    expect((await raw(docs.url, '/missing.html')).status).toBe(404);
    expect((await raw(docs.url, '/app.js', 'HEAD')).body).toBe('');
    expect((await raw(docs.url, '/app.js', 'POST')).status).toBe(405);
  });

  it('never serves a file outside its root', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt', '/..%2fsecret.txt']) {
      const answer = await raw(docs.url, attempt);
      expect(answer.body, attempt).not.toContain('outside the root');
      expect([403, 404], attempt).toContain(answer.status);
    }
  });

  it('forwards API and admin paths to the mock, signed requests included', async () => {
    const ping = await raw(docs.url, '/papi/v1/ping');
    expect(ping.status).toBe(200);
    expect(JSON.parse(ping.body)).toEqual({});
    // Each forwarded answer names the mock it came from (the try-it page shows it).
    expect(ping.headers['x-marginkit-forwarded-to']).toBe(new URL(mock.url).origin);
    expect(JSON.parse((await raw(docs.url, '/__mock/health')).body)).toMatchObject({ status: 'ok' });
    const order = await callMock(docs.url, MARGIN, 'newMarginOrder', [
      ['symbol', 'BTCUSDT'],
      ['side', 'BUY'],
      ['type', 'LIMIT'],
      ['timeInForce', 'GTC'],
      ['quantity', '0.001'],
      ['price', '30000'],
    ]);
    expect(order.status, order.text).toBe(200);
    expect(order.text).toMatch(/"orderId":\d+/);
    const account = await callMock(docs.url, PORTFOLIO_MARGIN, 'getBalance', [['asset', 'USDT']]);
    expect(account.status, account.text).toBe(200);
    const rejected = await callMock(docs.url, MARGIN, 'getCrossMarginAccount', [], { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: 'wrong' });
    expect(rejected.status).toBe(400);
    expect(JSON.parse(rejected.text)).toMatchObject({ code: -1022 });
  });

  it('answers 502 for API paths when no mock is configured', async () => {
    expect((await raw(bare.url, '/sapi/v1/margin/account')).status).toBe(502);
  });
});

/**
 * The links of the asynchronous UM downloads, attacked: like Binance's pre-signed S3 links, a link is good only
 * as handed out — its signature covers the file and the expiry — and only until it expires; it needs no API
 * key and no admin token; anything else (no signature, a forged or reused one, a stretched expiry, another
 * file's path, a path that climbs out of the download folder) gets no file and no other admin answer.
 */
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../src/index.js';
import { TestClient, T0, mockFetch } from './helpers.js';

const KEY = 'pm-links';
const SECRET = 'pm-links-secret';
const ADMIN_TOKEN = 'admin-token-of-the-mock';
const accounts = [{ apiKey: KEY, apiSecret: SECRET, portfolioMargin: { USDT: { free: '10000', umWalletBalance: '1000' } } }];

async function completedDownload(c: TestClient, advance: (ms: number) => unknown, kind = 'trade') {
  const { downloadId } = (await c.get(`/papi/v1/um/${kind}/asyn`, { startTime: T0 - 1000, endTime: T0 + 1000 })).body;
  await advance(60_000);
  const status = (await c.get(`/papi/v1/um/${kind}/asyn/id`, { downloadId })).body;
  expect(status.status).toBe('completed');
  return { downloadId: downloadId as string, url: new URL(status.url as string), expirationTimestamp: status.expirationTimestamp as number };
}

const swapLastHexDigit = (hex: string) => hex.slice(0, -1) + (hex.endsWith('0') ? '1' : '0');

describe('download links', () => {
  it('serve the file only with the signature and expiry they were handed out with, until they expire (403 otherwise)', async () => {
    const fetch = mockFetch({ accounts });
    const c = new TestClient(fetch, KEY, SECRET);
    await c.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    const { downloadId, url, expirationTimestamp } = await completedDownload(c, (ms) => fetch.mock.advanceClock(ms));
    expect(url.origin).toBe('http://127.0.0.1');
    expect(url.pathname).toBe(`/__mock/downloads/trade/${downloadId}.csv`);
    expect(url.searchParams.get('expires')).toBe(String(expirationTimestamp));
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
    const get = (path: string) => fetch(`http://127.0.0.1${path}`);

    const file = await get(url.pathname + url.search);
    expect(file.status).toBe(200);
    expect((await file.text()).split('\r\n')[1]).toMatch(/^2023-11-14 22:13:20,BTCUSDT,BUY,/);

    const signature = url.searchParams.get('signature')!;
    const forged = [
      url.pathname, // the bare path: guessable ids must not open files
      `${url.pathname}?expires=${expirationTimestamp}`,
      `${url.pathname}?expires=${expirationTimestamp}&signature=${swapLastHexDigit(signature)}`,
      `${url.pathname}?expires=${expirationTimestamp + 86_400_000}&signature=${signature}`, // a stretched expiry
      `${url.pathname}?expires=${expirationTimestamp}&signature=${signature.toUpperCase()}x`,
      `/__mock/downloads/order/${downloadId}.csv${url.search}`, // the signature of another file
      `${url.pathname}?expires=abc&signature=${signature}`,
    ];
    for (const path of forged) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 403]);
      expect(await res.text()).not.toContain('BTCUSDT');
    }

    // Expired: the status call says so and the link no longer opens the file.
    await fetch.mock.advanceClock(expirationTimestamp - fetch.mock.now());
    expect((await c.get('/papi/v1/um/trade/asyn/id', { downloadId })).body.isExpired).toBe(true);
    const expired = await get(url.pathname + url.search);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ code: -1002, msg: 'Request has expired.' });
  });

  it('need no admin token when the admin API requires one', async () => {
    const fetch = mockFetch({ accounts, adminToken: ADMIN_TOKEN } as never);
    const c = new TestClient(fetch, KEY, SECRET);
    const { url } = await completedDownload(c, async (ms) => {
      const res = await fetch('http://127.0.0.1/__mock/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Mock-Admin-Token': ADMIN_TOKEN },
        body: JSON.stringify({ advanceMs: ms }),
      });
      expect(res.status).toBe(200);
    });
    const file = await fetch(url.href);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'text/csv;charset=UTF-8']);
    // Without a valid link signature the file route stays closed, and the rest of the admin API still needs the token.
    expect((await fetch(`http://127.0.0.1${url.pathname}`)).status).toBe(403);
    expect((await fetch('http://127.0.0.1/__mock/health')).status).toBe(401);
  });
});

describe('download paths sent raw to the HTTP server', () => {
  const servers: MockServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  const rawGet = (server: MockServer, path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'GET', path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('a path that climbs out of the download folder opens neither a file nor another admin route', async () => {
    const server = await createMockServer({ port: 0, accounts });
    servers.push(server);
    for (const path of [
      `/__mock/downloads/../accounts/${KEY}`,
      `/__mock/downloads/trade/../../accounts/${KEY}`,
      `/__mock/downloads/trade/..%2F..%2Faccounts%2F${KEY}`,
      `/__mock/downloads/%2e%2e/accounts/${KEY}`,
      '/__mock/downloads/trade/1.csv/../../health',
    ]) {
      const res = await rawGet(server, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).not.toContain(KEY);
    }
  });
});

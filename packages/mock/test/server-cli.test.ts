/**
 * The node:http server and the `marginkit-mock` CLI, over real loopback sockets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DEMO_ACCOUNT, exposureWarning, formatRequestLog, type MockServer, type RequestLogEntry } from '../src/index.js';
import { encode, hmac } from './helpers.js';

const CLI = fileURLToPath(new URL('../bin/marginkit-mock.js', import.meta.url));

describe('createMockServer', () => {
  let server: MockServer;
  const entries: RequestLogEntry[] = [];

  beforeAll(async () => {
    server = await createMockServer({ port: 0, log: (entry) => entries.push(entry) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 with a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves a signed request, with CORS and Date headers', async () => {
    const payload = encode({ timestamp: Date.now() });
    const res = await fetch(`${server.url}/sapi/v1/margin/account?${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`, {
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, Origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('X-SAPI-USED-IP-WEIGHT-1M');
    expect(res.headers.get('x-sapi-used-ip-weight-1m')).toBe('10');
    expect(Date.parse(res.headers.get('date')!)).toBeGreaterThan(0);
    expect((await res.json()).userAssets.length).toBeGreaterThan(0);
  });

  it('answers CORS preflights', async () => {
    const res = await fetch(`${server.url}/papi/v1/margin/order`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-mbx-apikey,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = res.headers.get('access-control-allow-headers')!;
    for (const h of ['X-MBX-APIKEY', 'Content-Type', 'X-MBX-TIME-UNIT', 'X-Mock-Example']) expect(allowed).toContain(h);
  });

  it('serves a signed form POST and the public time endpoint', async () => {
    const time = (await (await fetch(`${server.url}/api/v3/time`)).json()) as { serverTime: number };
    const payload = encode({ symbol: 'ETHUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1', timestamp: time.serverTime });
    const res = await fetch(`${server.url}/papi/v1/margin/order`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-mbx-order-count-1m')).toBe('1');
    expect(await res.json()).toMatchObject({ symbol: 'ETHUSDT', status: 'FILLED', cummulativeQuoteQty: '250.00000000' });
  });

  it('rejects an oversized body with 413', async () => {
    const res = await fetch(`${server.url}/papi/v1/margin/order`, { method: 'POST', body: 'a'.repeat(2 << 20) });
    expect(res.status).toBe(413);
  });

  it('calls the log once per answered request, without secrets or signatures', async () => {
    const before = entries.length;
    const rejected = await fetch(`${server.url}/papi/v1/margin/order`, { method: 'POST', headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } });
    expect(rejected.status).toBe(400);
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({ method: 'POST', path: '/papi/v1/margin/order', status: 400, code: -1102, account: 'demo' });
    expect(entries.some((e) => e.method === 'GET' && e.path === '/sapi/v1/margin/account' && e.status === 200 && e.code === undefined && e.account === 'demo')).toBe(true);
    for (const entry of entries) {
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
      const line = formatRequestLog(entry);
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [A-Z]+ \/\S* \d{3}( -\d+)? [\d.]+ms( account=\w+)?$/);
      for (const text of [line, JSON.stringify(entry)]) {
        expect(text).not.toContain('signature');
        expect(text).not.toContain(DEMO_ACCOUNT.apiSecret);
        expect(text).not.toContain('timestamp=');
      }
    }
  });

  it('logs the HTTP layer\'s own refusals too (here the 413 of a body too large)', () => {
    expect(entries.some((e) => e.status === 413 && e.code === -1000 && e.path === '/papi/v1/margin/order')).toBe(true);
  });

  it('refuses connections once closed', async () => {
    const other = await createMockServer();
    const url = other.url;
    expect((await fetch(`${url}/papi/v1/ping`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${url}/papi/v1/ping`)).rejects.toThrow();
  });
});

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Run {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MARGINKIT_MOCK_')));
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...clean, ...env } });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

/** Waits until the predicate holds (checked every 20 ms; no deadline of its own: the test's timeout bounds it). */
async function waitFor(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((r) => setTimeout(r, 20));
}

describe('marginkit-mock CLI', () => {
  it('--help prints usage with the environment variable of each option; --version the version', async () => {
    const r = run(['--help']);
    expect(await r.exited).toBe(0);
    expect(r.out()).toContain('Usage: marginkit-mock [options]');
    expect(r.out()).toContain('--api-secret');
    for (const name of ['PORT', 'HOST', 'CONFIG', 'MODE', 'API_KEY', 'API_SECRET', 'LOG_FORMAT', 'QUIET']) expect(r.out()).toContain(`MARGINKIT_MOCK_${name}`);
    const v = run(['--version']);
    expect(await v.exited).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(v.out()).toBe(`${version}\n`);
  });

  it('reads its options from the environment, the command line winning; logs JSON lines with --log-format json', async () => {
    const r = run([], { MARGINKIT_MOCK_PORT: '0', MARGINKIT_MOCK_MODE: 'examples', MARGINKIT_MOCK_LOG_FORMAT: 'json', MARGINKIT_MOCK_HOST: '127.0.0.1' });
    try {
      await waitFor(() => r.out().includes('"event":"listening"'));
      const started = JSON.parse(r.out().split('\n')[0]!) as { url: string; mode: string; accounts: { apiKey: string }[] };
      expect(started).toMatchObject({ mode: 'examples', accounts: [{ apiKey: DEMO_ACCOUNT.apiKey }] });
      expect((await fetch(`${started.url}/papi/v1/ping`)).status).toBe(200);
      await waitFor(() => r.out().includes('"path":"/papi/v1/ping"'));
      const logged = JSON.parse(r.out().trim().split('\n').at(-1)!) as Record<string, unknown>;
      expect(logged).toMatchObject({ event: 'request', method: 'GET', path: '/papi/v1/ping', status: 200 });
    } finally {
      r.child.kill('SIGTERM');
    }
    expect(await r.exited).toBe(0);
    const flagWins = run(['--mode', 'bogus'], { MARGINKIT_MOCK_MODE: 'examples' });
    expect(await flagWins.exited).toBe(2);
    expect(flagWins.err()).toContain("--mode must be stateful or examples, not 'bogus'");
    const badEnv = run([], { MARGINKIT_MOCK_PORT: 'eighty' });
    expect(await badEnv.exited).toBe(2);
    expect(badEnv.err()).toContain("MARGINKIT_MOCK_PORT) must be a port number from 0 to 65535, not 'eighty'");
  });

  it('names a taken port and how to choose another', async () => {
    const taken = await createMockServer({ port: 0 });
    try {
      const r = run(['--port', String(taken.port)]);
      expect(await r.exited).toBe(2);
      expect(r.err()).toContain(`port ${taken.port} on 127.0.0.1 is already in use`);
      expect(r.err()).toContain('--port N or MARGINKIT_MOCK_PORT=N; --port 0 picks a free one');
      expect(r.err()).not.toMatch(/\n\s+at /);
    } finally {
      await taken.close();
    }
  });

  it('starts the demo account, prints URL, mode and credentials, logs requests, stops on SIGTERM', async () => {
    const r = run(['--port', '0']);
    try {
      await waitFor(() => r.out().includes('account demo'));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(r.out())![1]!;
      expect(r.out()).toContain('mode:  stateful');
      expect(r.out()).toContain('API key marginkit-demo-key, HMAC secret marginkit-demo-secret (public demo credential)');
      const payload = encode({ timestamp: Date.now() });
      const res = await fetch(`${url}/papi/v1/balance?${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`, { headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } });
      expect(res.status).toBe(200);
      await waitFor(() => r.out().includes('GET /papi/v1/balance 200'));
      expect(r.out()).not.toContain('signature=');
    } finally {
      r.child.kill('SIGTERM');
    }
    expect(await r.exited).toBe(0);
  });

  it('--api-key/--api-secret add an HMAC account and never print the secret; --mode examples', async () => {
    const r = run(['--port', '0', '--api-key', 'my-key', '--api-secret', 'very-secret-value', '--mode', 'examples', '--quiet']);
    try {
      await waitFor(() => r.out().includes('account cli'));
      expect(r.out()).toContain('mode:  examples');
      expect(r.out()).toContain('account cli: API key my-key, HMAC secret (not shown)');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(r.out())![1]!;
      const payload = encode({ timestamp: Date.now() });
      const res = await fetch(`${url}/papi/v1/account?${payload}&signature=${hmac('very-secret-value', payload)}`, { headers: { 'X-MBX-APIKEY': 'my-key' } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { uniMMR: string }).uniMMR).toBe('5167.92171923');
    } finally {
      r.child.kill('SIGTERM');
    }
    await r.exited;
    expect(r.out() + r.err()).not.toContain('very-secret-value');
  });

  it('exits 2 with the problems of an invalid configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginkit-mock-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ prices: { BTCUSDT: 40000 }, accounts: [{ apiKey: 'a' }] }));
    const r = run(['--config', file]);
    expect(await r.exited).toBe(2);
    expect(r.err()).toContain('invalid mock configuration');
    expect(r.err()).toContain('/prices/BTCUSDT');
  });

  it('loads a valid configuration file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginkit-mock-'));
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ accounts: [{ name: 'alice', apiKey: 'alice-key', apiSecret: 'alice-secret', margin: { BTC: { free: '2' } } }], prices: { BTCUSDC: '50000' } }));
    const r = run(['--config', file, '--port', '0', '--quiet']);
    try {
      await waitFor(() => r.out().includes('account alice'));
      expect(r.out()).toContain('account alice: API key alice-key, HMAC secret (not shown)');
    } finally {
      r.child.kill('SIGTERM');
    }
    expect(await r.exited).toBe(0);
  });
});

describe('beyond loopback: a warning, and an admin token', () => {
  it('warns for every address other machines can reach unless an admin token is set', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.5']) expect(exposureWarning(host, undefined), host).toMatch(/reachable from other machines.*--admin-token/);
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(exposureWarning(host, undefined), host).toBeUndefined();
    expect(exposureWarning('0.0.0.0', 'a-long-enough-token')).toBeUndefined();
  });

  it('every spelling of a loopback address counts as loopback; lookalikes do not', () => {
    for (const host of ['0:0:0:0:0:0:0:1', '[::1]', '::ffff:127.0.0.2', '127.255.255.254']) expect(exposureWarning(host, undefined), host).toBeUndefined();
    for (const host of ['128.0.0.1', '127.0.0.1.nip.io', '::2', '::ffff:10.0.0.1', '']) expect(exposureWarning(host, undefined), host).toMatch(/reachable from other machines/);
  });

  it('judges the address actually bound: 127.1 (short for 127.0.0.1) starts without a warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error & { code?: string }) => warnings.push(String(w.code));
    process.on('warning', onWarning);
    try {
      const server = await createMockServer({ host: '127.1', port: 0 });
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(server.host).toBe('127.0.0.1');
      await server.close();
      expect(warnings).not.toContain('MARGINKIT_MOCK_EXPOSED');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('with adminToken the admin API answers 401 -1002 without the right X-Mock-Admin-Token; the Binance routes are unchanged', async () => {
    const token = 'token-of-sixteen-plus';
    const server = await createMockServer({ port: 0, adminToken: token });
    try {
      const open = await fetch(`${server.url}/__mock/health`);
      expect([open.status, await open.json()]).toEqual([401, { code: -1002, msg: 'You are not authorized to execute this request.' }]);
      expect((await fetch(`${server.url}/__mock/health`, { headers: { 'X-Mock-Admin-Token': `${token}x` } })).status).toBe(401);
      expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST', headers: { 'X-Mock-Admin-Token': 'wrong' } })).status).toBe(401);
      expect((await fetch(`${server.url}/__mock/health`, { headers: { 'X-Mock-Admin-Token': token } })).status).toBe(200);
      expect((await fetch(`${server.url}/papi/v1/ping`)).status).toBe(200);
    } finally {
      await server.close();
    }
    await expect(createMockServer({ port: 0, adminToken: 'short' })).rejects.toThrow(/adminToken must be 16 to 256/);
  });

  it('the CLI takes --admin-token (or MARGINKIT_MOCK_ADMIN_TOKEN) and says the admin API needs it', async () => {
    const r = run(['--port', '0', '--quiet', '--admin-token', 'cli-token-0123456789']);
    try {
      await waitFor(() => r.out().includes('account demo'));
      expect(r.out()).toContain('X-Mock-Admin-Token required');
      expect(r.err()).not.toContain('reachable from other machines');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(r.out())![1]!;
      expect((await fetch(`${url}/__mock/health`)).status).toBe(401);
      expect((await fetch(`${url}/__mock/health`, { headers: { 'X-Mock-Admin-Token': 'cli-token-0123456789' } })).status).toBe(200);
    } finally {
      r.child.kill('SIGTERM');
    }
    await r.exited;
  });
});

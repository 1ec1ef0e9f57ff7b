/**
 * API keys, signatures (HMAC, RSA, Ed25519) and timing, as Binance checks them.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/index.js';
import { T0, TestClient, answer, encode, hmac, mockFetch } from './helpers.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = generateKeyPairSync('ed25519');
const pem = (k: typeof rsa.publicKey) => k.export({ type: 'spki', format: 'pem' }).toString();

// Binance's documented HMAC example (margin/SPOT general info, reference §1.3).
const VECTOR = {
  key: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
  secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
  payload: 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
  signature: 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
  time: 1499827319559,
};

const fetch = mockFetch({
  accounts: [
    DEMO_ACCOUNT,
    { apiKey: 'rsa-key', publicKey: pem(rsa.publicKey), margin: { USDC: { free: '1000' } } },
    { apiKey: 'ed-key', publicKey: pem(ed.publicKey), portfolioMargin: { USDT: { free: '1000' } } },
  ],
});
const c = new TestClient(fetch);

async function raw(path: string, init: RequestInit = {}) {
  return answer(await fetch(`http://127.0.0.1${path}`, init));
}

const demoKey = { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey };

describe('API key', () => {
  it('-2014 (401): missing on a signed operation', async () => {
    const res = await c.get('/sapi/v1/margin/account', {}, { key: null });
    expect([res.status, res.body]).toEqual([401, { code: -2014, msg: 'API-key format invalid.' }]);
  });
  it('-2014 (401): missing on a USER_STREAM operation', async () => {
    const res = await c.post('/papi/v1/listenKey', {}, { key: null, signed: false });
    expect([res.status, res.body.code]).toEqual([401, -2014]);
  });
  it('-2014 (401): malformed (spaces, empty)', async () => {
    for (const key of ['has space', '']) {
      const res = await c.get('/sapi/v1/margin/account', {}, { key });
      expect([res.status, res.body.code]).toEqual([401, -2014]);
    }
  });
  it('-2015 (401): unknown key (keys are case-sensitive)', async () => {
    const res = await c.get('/sapi/v1/margin/account', {}, { key: DEMO_ACCOUNT.apiKey.toUpperCase() });
    expect([res.status, res.body]).toEqual([401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }]);
  });
  it('ping needs no key', async () => {
    const res = await raw('/papi/v1/ping');
    expect([res.status, res.body]).toEqual([200, {}]);
  });
  it('an unsigned operation ignores timestamp and recvWindow', async () => {
    const res = await c.post('/papi/v1/listenKey', { timestamp: T0, recvWindow: 5000 }, { signed: false });
    expect(res.status).toBe(200);
    expect(res.body.listenKey).toMatch(/^[A-Za-z0-9]{60}$/);
  });
});

describe('timestamp and recvWindow', () => {
  it('-1102: timestamp missing', async () => {
    const res = await c.get('/sapi/v1/margin/account', {}, { timestamp: false });
    expect([res.status, res.body]).toEqual([400, { code: -1102, msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed." }]);
  });
  it('-1102: signature missing', async () => {
    const res = await raw(`/sapi/v1/margin/account?timestamp=${T0}`, { headers: demoKey });
    expect([res.status, res.body]).toEqual([400, { code: -1102, msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." }]);
  });
  it('-1021: older than recvWindow (default 5000 ms)', async () => {
    expect((await c.get('/sapi/v1/margin/account', {}, { timestamp: T0 - 5000 })).status).toBe(200);
    const res = await c.get('/sapi/v1/margin/account', {}, { timestamp: T0 - 5001 });
    expect([res.status, res.body]).toEqual([400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }]);
  });
  it('-1021: a larger recvWindow accepts older timestamps', async () => {
    expect((await c.get('/sapi/v1/margin/account', { recvWindow: 10000 }, { timestamp: T0 - 9000 })).status).toBe(200);
  });
  it('-1021: 1000 ms or more ahead of the server', async () => {
    expect((await c.get('/papi/v1/account', {}, { timestamp: T0 + 999 })).status).toBe(200);
    const res = await c.get('/papi/v1/account', {}, { timestamp: T0 + 1000 });
    expect([res.status, res.body]).toEqual([400, { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." }]);
  });
  it('SAPI accepts a timestamp in microseconds', async () => {
    expect((await c.get('/sapi/v1/margin/account', {}, { timestamp: T0 * 1000 - 2_000_000 })).status).toBe(200);
  });
});

describe('HMAC signatures', () => {
  it("reproduces Binance's documented test vector", async () => {
    const f = mockFetch({
      clock: { start: VECTOR.time, frozen: true },
      prices: { LTCBTC: '0.2' },
      accounts: [{ apiKey: VECTOR.key, apiSecret: VECTOR.secret, margin: { BTC: { free: '1' } } }],
    });
    expect(hmac(VECTOR.secret, VECTOR.payload)).toBe(VECTOR.signature);
    const headers = { 'X-MBX-APIKEY': VECTOR.key, 'Content-Type': 'application/x-www-form-urlencoded' };
    const inBody = await answer(await f('http://x/sapi/v1/margin/order', { method: 'POST', headers, body: `${VECTOR.payload}&signature=${VECTOR.signature}` }));
    expect(inBody.status).toBe(200);
    expect(inBody.body).toMatchObject({ symbol: 'LTCBTC', status: 'NEW', price: '0.10000000', origQty: '1.00000000', transactTime: VECTOR.time });
    const inQuery = await answer(await f(`http://x/sapi/v1/margin/order?${VECTOR.payload}&signature=${VECTOR.signature.toUpperCase()}`, { method: 'POST', headers }));
    expect(inQuery.status).toBe(200);
    const tampered = await answer(await f('http://x/sapi/v1/margin/order', { method: 'POST', headers, body: `${VECTOR.payload.replace('quantity=1', 'quantity=2')}&signature=${VECTOR.signature}` }));
    expect([tampered.status, tampered.body]).toEqual([400, { code: -1022, msg: 'Signature for this request is not valid.' }]);
  });

  it('signs the query string concatenated with the body, without a separator', async () => {
    const query = 'symbol=BTCUSDC&side=BUY&type=LIMIT&timeInForce=GTC';
    const body = `quantity=0.01&price=30000&recvWindow=5000&timestamp=${T0}`;
    const headers = { ...demoKey, 'Content-Type': 'application/x-www-form-urlencoded' };
    const good = await raw(`/sapi/v1/margin/order?${query}`, { method: 'POST', headers, body: `${body}&signature=${hmac(DEMO_ACCOUNT.apiSecret, query + body)}` });
    expect(good.status).toBe(200);
    const withAmpersand = await raw(`/sapi/v1/margin/order?${query}`, { method: 'POST', headers, body: `${body}&signature=${hmac(DEMO_ACCOUNT.apiSecret, `${query}&${body}`)}` });
    expect(withAmpersand.body.code).toBe(-1022);
  });

  it('-1022: signature that is not the last parameter', async () => {
    const payload = `timestamp=${T0}`;
    const res = await raw(`/sapi/v1/margin/account?signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}&${payload}`, { headers: demoKey });
    expect(res.body.code).toBe(-1022);
  });

  it('-1022: wrong secret, and a signature that is not hex', async () => {
    expect((await c.get('/sapi/v1/margin/account', {}, { secret: 'wrong' })).body.code).toBe(-1022);
    const res = await raw(`/sapi/v1/margin/account?timestamp=${T0}&signature=xyz`, { headers: demoKey });
    expect([res.status, res.body.code]).toEqual([400, -1022]);
  });

  it('verifies percent-encoded payloads as sent', async () => {
    const payload = `${encode({ symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000', newClientOrderId: 'a-b_c' })}&timestamp=${T0}`;
    const res = await raw('/sapi/v1/margin/order', {
      method: 'POST',
      headers: { ...demoKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`,
    });
    expect([res.status, res.body.clientOrderId]).toEqual([200, 'a-b_c']);
  });
});

describe('RSA and Ed25519 signatures', () => {
  for (const [name, key, priv, algorithm] of [
    ['RSA', 'rsa-key', rsa.privateKey, 'RSA-SHA256'],
    ['Ed25519', 'ed-key', ed.privateKey, null],
  ] as const) {
    it(`${name}: accepts a base64 signature, percent-encoded`, async () => {
      const path = name === 'RSA' ? '/sapi/v1/margin/account' : '/papi/v1/account';
      const payload = `recvWindow=5000&timestamp=${T0}`;
      const signature = sign(algorithm, Buffer.from(payload), priv).toString('base64');
      const ok = await raw(`${path}?${payload}&signature=${encodeURIComponent(signature)}`, { headers: { 'X-MBX-APIKEY': key } });
      expect(ok.status, ok.text).toBe(200);
      const other = sign(algorithm, Buffer.from(`${payload}0`), priv).toString('base64');
      const bad = await raw(`${path}?${payload}&signature=${encodeURIComponent(other)}`, { headers: { 'X-MBX-APIKEY': key } });
      expect([bad.status, bad.body.code]).toEqual([400, -1022]);
      const hex = await raw(`${path}?${payload}&signature=${hmac('x', payload)}`, { headers: { 'X-MBX-APIKEY': key } });
      expect(hex.body.code).toBe(-1022);
    });
  }

  it('Ed25519 signature in a POST body', async () => {
    const payload = `asset=USDT&amount=10&timestamp=${T0}`;
    const signature = sign(null, Buffer.from(payload), ed.privateKey).toString('base64');
    const res = await raw('/papi/v1/marginLoan', {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': 'ed-key', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${payload}&signature=${encodeURIComponent(signature)}`,
    });
    expect(res.status, res.text).toBe(200);
    expect(typeof res.body.tranId).toBe('bigint');
  });
});

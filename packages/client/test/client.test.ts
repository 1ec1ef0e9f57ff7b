import { generateKeyPairSync } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BinanceApiError,
  ConfigurationError,
  createMarginClient,
  createPortfolioMarginClient,
  ExecutionStatusUnknownError,
  IpBannedError,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type ClientOptions,
} from '../src/index.js';
import { BinanceDouble, requireValidSignature } from './support/binance-double.js';

const API_KEY = 'test-api-key-0123456789';
const SECRET = 'test-secret-do-not-leak-0123456789';
const BIG_ID = 1352286576452864727n;

const fullOrder = `{"symbol":"BTCUSDC","orderId":${BIG_ID},"clientOrderId":"c1","transactTime":1713873075893,"price":"40000.00000000","origQty":"0.50000000","executedQty":"0.50000000","cummulativeQuoteQty":"20000.00000000","status":"FILLED","timeInForce":"GTC","type":"LIMIT","side":"BUY","marginBuyBorrowAmount":20000,"marginBuyBorrowAsset":"USDC","isIsolated":false,"selfTradePreventionMode":"NONE","fills":[{"price":"40000.00000000","qty":"0.50000000","commission":"0","commissionAsset":"USDC","tradeId":9007199254740993}]}`;

const orderParams = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: new Decimal('40000'), sideEffectType: 'MARGIN_BUY' } as const;

describe('against a loopback double that verifies signatures independently', () => {
  const hmac = new BinanceDouble({ apiKey: API_KEY, hmacSecret: SECRET });
  beforeAll(() => hmac.start());
  afterAll(() => hmac.stop());
  beforeEach(() => {
    hmac.reset();
    hmac.on(requireValidSignature);
  });
  const client = (options: Partial<ClientOptions> = {}) => createMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: hmac.url, retry: { minDelayMs: 1, maxDelayMs: 5 }, ...options });

  describe('signing and encoding', () => {
    it('places a signed order: form body, timestamp and recvWindow added, signature last and valid, decoded answer', async () => {
      hmac.on((r) => (r.path === '/sapi/v1/margin/order' ? { body: fullOrder, headers: { 'x-sapi-used-uid-weight-1m': '1500', 'x-mbx-order-count-10s': '1', 'x-mbx-order-count-1d': '7' } } : undefined));
      const before = Date.now();
      const order = await client({ recvWindow: 7000 }).newMarginOrder(orderParams);
      const [request] = hmac.received;
      expect(request!.method).toBe('POST');
      expect(request!.query).toBe('');
      expect(request!.headers['x-mbx-apikey']).toBe(API_KEY);
      expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(request!.body).toMatch(/^symbol=BTCUSDC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0\.5&price=40000&sideEffectType=MARGIN_BUY&newClientOrderId=mk[A-Za-z0-9]{20}&timestamp=\d{13}&recvWindow=7000&signature=[0-9a-f]{64}$/);
      expect(request!.signatureValid).toBe(true);
      expect(Number(request!.params.timestamp)).toBeGreaterThanOrEqual(before);
      expect(order.orderId).toBe(BIG_ID);
      expect(order.fills?.[0]?.tradeId).toBe(9007199254740993n);
      expect(order.price?.equals('40000')).toBe(true);
      expect(order.cummulativeQuoteQty?.toFixed()).toBe('20000');
      expect(order.marginBuyBorrowAmount?.toFixed()).toBe('20000');
      expect(order.isIsolated).toBe(false);
    });

    it('sends GET parameters in the query string, with an exact int64 id', async () => {
      hmac.on(() => ({ body: `{"symbol":"BNBBTC","orderId":${BIG_ID},"clientOrderId":"x","price":"0.00493630","origQty":"0.3","executedQty":"0","cummulativeQuoteQty":"0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"SELL","stopPrice":"0","icebergQty":"0","time":1,"updateTime":1,"isWorking":true}` }));
      const order = await client().getMarginOrder({ symbol: 'BNBBTC', orderId: BIG_ID, isIsolated: true });
      const [request] = hmac.received;
      expect(request!.method).toBe('GET');
      expect(request!.body).toBe('');
      expect(request!.query).toMatch(/^symbol=BNBBTC&orderId=1352286576452864727&isIsolated=TRUE&timestamp=\d+&recvWindow=5000&signature=[0-9a-f]{64}$/);
      expect(request!.signatureValid).toBe(true);
      expect(order.orderId).toBe(BIG_ID);
      expect(order.price.toFixed()).toBe('0.0049363');
    });

    it('sends listen-key calls with the API key but unsigned', async () => {
      hmac.on((r) => (r.method === 'POST' ? { body: '{"listenKey":"T3ee22BIYuWqmvne0HNq2A2WsFlEtLhvWCtItw6ffhhdmjifQ2tRbuKkTHhr"}' } : { body: '{}' }));
      const { listenKey } = await client().createMarginListenKey();
      await client().keepAliveMarginListenKey({ listenKey });
      const [start, keepAlive] = hmac.received;
      expect(start!.headers['x-mbx-apikey']).toBe(API_KEY);
      expect(start!.body + start!.query).toBe('');
      expect(keepAlive!.method).toBe('PUT');
      expect(keepAlive!.body).toBe(`listenKey=${listenKey}`);
      expect(keepAlive!.signatureValid).toBeUndefined();
    });

    it('sends the NONE-security ping without key or signature', async () => {
      hmac.on(() => ({ body: '{}' }));
      const pm = createPortfolioMarginClient({ baseUrl: hmac.url });
      expect(await pm.ping()).toEqual({});
      expect(hmac.received[0]!.headers['x-mbx-apikey']).toBeUndefined();
      expect(hmac.received[0]!.query).toBe('');
    });

    it('asks for microsecond times with X-MBX-TIME-UNIT', async () => {
      hmac.on(() => ({ body: '{"amount":"1.69248805","borrowLimit":"60"}' }));
      const max = await client({ timeUnit: 'MICROSECOND' }).getMarginMaxBorrowable({ asset: 'BTC' });
      expect(hmac.received[0]!.headers['x-mbx-time-unit']).toBe('MICROSECOND');
      expect(max.amount.toFixed()).toBe('1.69248805');
    });

    it('works through a custom fetch', async () => {
      hmac.on(() => ({ body: '{"amount":"3","borrowLimit":"60"}' }));
      let calls = 0;
      const margin = client({ fetch: (url, init) => (calls++, fetch(url, init)) });
      expect((await margin.getMarginMaxBorrowable({ asset: 'BTC' })).amount.toFixed()).toBe('3');
      expect(calls).toBe(1);
      expect(hmac.received[0]!.signatureValid).toBe(true);
    });
  });

  describe('errors', () => {
    it('turns a 400 into BinanceApiError with the code, its Binance name, the message and the operation', async () => {
      hmac.on(() => ({ status: 400, body: '{"code":-2010,"msg":"Account has insufficient balance for requested action."}' }));
      const error = await client().newMarginOrder(orderParams).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BinanceApiError);
      const apiError = error as BinanceApiError;
      expect([apiError.status, apiError.code, apiError.errorName, apiError.msg]).toEqual([400, -2010, 'NEW_ORDER_REJECTED', 'Account has insufficient balance for requested action.']);
      expect(apiError.operation).toEqual({ api: 'margin', operationId: 'newMarginOrder', method: 'POST', path: '/sapi/v1/margin/order' });
      expect(apiError.message).toBe('newMarginOrder (POST /sapi/v1/margin/order) failed with HTTP 400, Binance code -2010 NEW_ORDER_REJECTED: Account has insufficient balance for requested action.');
      expect(hmac.received).toHaveLength(1);
    });

    it('turns 429 into RateLimitError with retryAfter, records it, and refuses the next call without sending it', async () => {
      hmac.on(() => ({ status: 429, headers: { 'retry-after': '3', 'x-mbx-used-weight-1m': '6001' }, body: '{"code":-1003,"msg":"Too much request weight used."}' }));
      const margin = client({ retry: false });
      // A still clock (fake Date; timers and sockets are real): nothing here depends on how fast the machine is.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const error = (await margin.getMarginMaxBorrowable({ asset: 'BTC' }).catch((e: unknown) => e)) as RateLimitError;
        expect(error).toBeInstanceOf(RateLimitError);
        expect([error.retryAfter, error.code, error.local]).toEqual([3, -1003, false]);
        expect(margin.rateLimits().usedWeight['1M']).toBe(6001);
        // A SAPI 429 holds back its own endpoint (each SAPI endpoint has its own limits; see rate-limits.test.ts).
        expect(margin.rateLimits().endpointRetryAfterUntil!['GET /sapi/v1/margin/maxBorrowable']! - Date.now()).toBe(3000);
        const refused = (await margin.getMarginMaxBorrowable({ asset: 'BTC' }).catch((e: unknown) => e)) as RateLimitError;
        expect(refused).toBeInstanceOf(RateLimitError);
        expect(refused.local).toBe(true);
        expect(refused.retryAfter).toBe(3);
        expect(hmac.received).toHaveLength(1);
      } finally {
        vi.useRealTimers();
      }
    });

    it('turns 418 into IpBannedError and never retries it', async () => {
      hmac.on(() => ({ status: 418, headers: { 'retry-after': '120' }, body: '{"code":-1003,"msg":"Way too much request weight used; IP banned until 1700000000000."}' }));
      const error = (await client().getCrossMarginAccount().catch((e: unknown) => e)) as IpBannedError;
      expect(error).toBeInstanceOf(IpBannedError);
      expect(error.retryAfter).toBe(120);
      expect(hmac.received).toHaveLength(1);
    });

    it('never resends an order after a 503 with unknown execution status', async () => {
      hmac.on(() => ({ status: 503, body: '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}' }));
      const error = (await client().newMarginOrder(orderParams).catch((e: unknown) => e)) as ExecutionStatusUnknownError;
      expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
      expect(error.executionStatus).toBe('unknown');
      expect(hmac.received).toHaveLength(1);
    });

    it('resends a PAPI order after its documented 503 "Service Unavailable." (not processed), with a fresh timestamp and signature', async () => {
      let attempts = 0;
      hmac.on(() => (++attempts === 1 ? { status: 503, body: '{"code":-1001,"msg":"Service Unavailable."}' } : { body: fullOrder }));
      const pm = createPortfolioMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: hmac.url, retry: { minDelayMs: 1, maxDelayMs: 5 } });
      const order = await pm.newMarginOrder(orderParams);
      expect(order.orderId).toBe(BIG_ID);
      expect(hmac.received).toHaveLength(2);
      expect(hmac.received.every((r) => r.signatureValid)).toBe(true);
      expect(hmac.received[1]!.params.timestamp).not.toBe(undefined);
    });

    it('does not resend a SAPI order after "Service Unavailable.": Binance documents no not-processed 5xx for margin', async () => {
      hmac.on(() => ({ status: 503, body: '{"code":-1001,"msg":"Service Unavailable."}' }));
      const error = (await client().newMarginOrder(orderParams).catch((e: unknown) => e)) as ExecutionStatusUnknownError;
      expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
      expect(error.cause).toBeInstanceOf(ServerError);
      expect(hmac.received).toHaveLength(1);
    });

    it('retries reads on 5xx with back-off and gives up after the configured retries', async () => {
      hmac.on(() => ({ status: 502, body: '<html>bad gateway</html>' }));
      const error = (await client({ retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } }).getCrossMarginAccount().catch((e: unknown) => e)) as ServerError;
      expect(error).toBeInstanceOf(ServerError);
      expect(error.code).toBeUndefined();
      expect(error.excerpt).toBe('bad gateway');
      expect(hmac.received).toHaveLength(3);
    });

    it('classifies PAPI -1008 throttling as not processed', async () => {
      hmac.on(() => ({ status: 503, body: '{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}' }));
      const pm = createPortfolioMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: hmac.url, retry: false });
      const error = (await pm.newMarginOrder(orderParams).catch((e: unknown) => e)) as ServerError;
      expect(error).toBeInstanceOf(ServerError);
      expect(error.executionStatus).toBe('not-executed');
    });

    it('times out without resending a state-changing call', async () => {
      // The answer would come after the timeout. Time is fake and moves only once the double has the request, so
      // the request reaches it first however busy the machine is.
      let arrived!: () => void;
      const seen = new Promise<void>((resolve) => (arrived = resolve));
      hmac.on(() => {
        arrived();
        return { delayMs: 3000, body: fullOrder };
      });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      let error: ExecutionStatusUnknownError;
      try {
        const call = client({ timeout: 1000 }).newMarginOrder(orderParams).catch((e: unknown) => e);
        await seen;
        await vi.advanceTimersByTimeAsync(1000);
        error = (await call) as ExecutionStatusUnknownError;
      } finally {
        vi.useRealTimers();
      }
      expect(error).toBeInstanceOf(ExecutionStatusUnknownError);
      expect(error.reason).toBe('timeout');
      expect(error.cause).toBeInstanceOf(TimeoutError);
      expect([(error.cause as TimeoutError).timeoutMs, error.executionStatus]).toEqual([1000, 'unknown']);
      expect(hmac.received).toHaveLength(1);
    });

    it('reports a refused connection as a network error that did not execute', async () => {
      const closed = new BinanceDouble({ apiKey: API_KEY });
      await closed.start();
      const url = closed.url;
      await closed.stop();
      const error = (await createMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: url, retry: false }).newMarginOrder(orderParams).catch((e: unknown) => e)) as NetworkError;
      expect(error).toBeInstanceOf(NetworkError);
      expect(error.executionStatus).toBe('not-executed');
    });

    it('keeps the secret, the API key and the signature out of errors and hooks', async () => {
      const events: unknown[] = [];
      hmac.on(() => ({ status: 400, body: '{"code":-1022,"msg":"Signature for this request is not valid."}' }));
      const margin = client({ hooks: { onRequest: (e) => events.push(e), onResponse: (e) => events.push(e), onError: (e) => events.push(e) } });
      const error = (await margin.newMarginOrder(orderParams).catch((e: unknown) => e)) as BinanceApiError;
      const signature = hmac.received[0]!.body.split('signature=')[1]!;
      const exposed = JSON.stringify({ error, message: error.message, stack: error.stack, events });
      expect(events).toHaveLength(3);
      for (const secret of [SECRET, API_KEY, signature]) expect(exposed).not.toContain(secret);
      expect(exposed).toContain('newMarginOrder');
    });
  });

  describe('rate limits and time', () => {
    it('reads usage headers into client state', async () => {
      hmac.on(() => ({ body: fullOrder, headers: { 'x-sapi-used-uid-weight-1m': '1506', 'x-mbx-order-count-10s': '2', 'x-mbx-order-count-1d': '9' } }));
      const margin = client();
      await margin.newMarginOrder(orderParams);
      const state = margin.rateLimits();
      expect(state.sapiEndpoints['/sapi/v1/margin/order']).toEqual({ uidWeight1m: 1506 });
      expect(state.orderCount).toEqual({ '10S': 2, '1D': 9 });
      expect(state.updatedAt).toBeGreaterThan(0);
    });

    it('refuses locally a call whose spec weight would cross the limit', async () => {
      hmac.on(() => ({ body: fullOrder }));
      const margin = client({ rateLimit: { enabled: true, limits: { uid: 1510 }, maxWaitMs: 0 } });
      // A still clock: the three calls fall in one minute window however long they take (on the wall clock a
      // minute boundary between them starts a fresh window, and the third call is rightly sent).
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        await margin.newMarginOrder(orderParams);
        await margin.newMarginOrder({ ...orderParams, sideEffectType: 'NO_SIDE_EFFECT' });
        const refused = (await margin.newMarginOrder(orderParams).catch((e: unknown) => e)) as RateLimitError;
        expect(refused).toBeInstanceOf(RateLimitError);
        expect(refused.local).toBe(true);
        expect(hmac.received).toHaveLength(2);
      } finally {
        vi.useRealTimers();
      }
    });

    it('takes its default limits from the spec: PAPI 6000 IP weight per minute over all endpoints', async () => {
      hmac.on(() => ({ body: '[]' }));
      const pm = createPortfolioMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: hmac.url, rateLimit: { enabled: true, maxWaitMs: 0 } });
      // A still clock: all 61 calls fall in one minute window however long they take.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        for (let i = 0; i < 60; i++) await pm.getMarginAllOrders({ symbol: 'BTCUSDT' }); // weight 100 each
        const refused = (await pm.getMarginOpenOrders({ symbol: 'BTCUSDT' }).catch((e: unknown) => e)) as RateLimitError;
        expect(refused).toBeInstanceOf(RateLimitError);
        expect(refused.local).toBe(true);
        expect(hmac.received).toHaveLength(60);
      } finally {
        vi.useRealTimers();
      }
    });

    it('takes its default limits from the spec: SAPI 12000 IP weight per endpoint', async () => {
      hmac.on(() => ({ body: '[]' }));
      const margin = client({ rateLimit: { enabled: true, maxWaitMs: 0 } });
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        for (let i = 0; i < 60; i++) await margin.getMarginAllOrders({ symbol: 'BNBBTC' }); // weight 200 each
        expect(((await margin.getMarginAllOrders({ symbol: 'BNBBTC' }).catch((e: unknown) => e)) as RateLimitError).local).toBe(true);
        await margin.getMarginOpenOrders({ symbol: 'BNBBTC' }); // another endpoint has its own limit
        expect(hmac.received).toHaveLength(61);
      } finally {
        vi.useRealTimers();
      }
    });

    it('syncs to the server clock, latency-compensated, and re-syncs after -1021', async () => {
      let skew = 120_000;
      let rejected = false;
      hmac.on((r) => {
        if (r.path === '/api/v3/time') {
          // A 200 ms round trip on the (fake) clock: 100 ms there, 100 ms back; compensation halves it away.
          vi.setSystemTime(Date.now() + 100);
          const serverTime = Date.now() + skew;
          vi.setSystemTime(Date.now() + 100);
          return { body: `{"serverTime":${serverTime}}` };
        }
        const drift = Number(r.params.timestamp) - (Date.now() + skew);
        if (Math.abs(drift) > 1000) {
          rejected = true;
          return { status: 400, body: '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}' };
        }
        return { body: '{"amount":"1","borrowLimit":"2"}' };
      });
      const margin = client({ timeSync: true });
      // A still clock: the round trip takes no clock time, so the compensated offset is exactly the skew.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        await margin.getMarginMaxBorrowable({ asset: 'BTC' });
        expect(margin.timeOffset).toBe(120_000);
        expect(rejected).toBe(false);
        skew = -200_000;
        await margin.getMarginMaxBorrowable({ asset: 'BTC' });
        expect(rejected).toBe(true);
        expect(margin.timeOffset).toBe(-200_000);
        expect(hmac.received.filter((r) => r.path === '/api/v3/time')).toHaveLength(2);
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('path-based API (openapi-fetch)', () => {
    it('signs GET calls and returns wire data with bigint ids and string decimals', async () => {
      hmac.on(() => ({ body: `{"symbol":"BNBBTC","orderId":${BIG_ID},"clientOrderId":"x","price":"0.00493630","origQty":"0.3","executedQty":"0","cummulativeQuoteQty":"0","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"SELL","stopPrice":"0","icebergQty":"0","time":1,"updateTime":1,"isWorking":true}` }));
      const { data, error } = await client().GET('/sapi/v1/margin/order', { params: { query: { symbol: 'BNBBTC', orderId: BIG_ID } } });
      expect(error).toBeUndefined();
      expect(data?.orderId).toBe(BIG_ID);
      expect(data?.price).toBe('0.00493630');
      expect(hmac.received[0]!.query).toMatch(/^symbol=BNBBTC&orderId=1352286576452864727&timestamp=\d+&recvWindow=5000&signature=/);
      expect(hmac.received[0]!.signatureValid).toBe(true);
    });

    it('signs form bodies on POST and returns Binance errors as `error`', async () => {
      hmac.on(() => ({ status: 400, body: '{"code":-3064,"msg":"Limit price needs to be within (-15%,15%) of current index price for this margin trading pair."}' }));
      const { data, error, response } = await client().POST('/sapi/v1/margin/order', { body: { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', quantity: '1', price: '1', timeInForce: 'GTC' } });
      expect(data).toBeUndefined();
      expect(error).toEqual({ code: -3064, msg: 'Limit price needs to be within (-15%,15%) of current index price for this margin trading pair.' });
      expect(response.status).toBe(400);
      expect(hmac.received[0]!.body).toMatch(/^symbol=BTCUSDC&side=BUY&type=LIMIT&quantity=1&price=1&timeInForce=GTC&newClientOrderId=mk[A-Za-z0-9]{20}&timestamp=\d+&recvWindow=5000&signature=[0-9a-f]{64}$/);
      expect(hmac.received[0]!.signatureValid).toBe(true);
    });
  });
});

describe.each([
  ['RSA', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ['Ed25519', () => generateKeyPairSync('ed25519')],
] as const)('%s keys', (_name, generate) => {
  const { privateKey, publicKey } = generate();
  const double = new BinanceDouble({ apiKey: API_KEY, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string });
  beforeAll(() => double.start());
  afterAll(() => double.stop());

  it('signs so that the server verifies the signature, for PEM text and KeyObject keys', async () => {
    double.on(requireValidSignature).on(() => ({ body: fullOrder }));
    for (const key of [privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, privateKey]) {
      const pm = createPortfolioMarginClient({ apiKey: API_KEY, privateKey: key, baseUrl: double.url });
      const order = await pm.newMarginOrder({ symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.5' });
      expect(order.orderId).toBe(BIG_ID);
    }
    expect(double.received.map((r) => r.signatureValid)).toEqual([true, true]);
    expect(double.received[0]!.body).toMatch(/&signature=[A-Za-z0-9%]+$/);
  });
});

describe('configuration', () => {
  it('rejects recvWindow above 60000 or with more than three decimals, and two keys at once', () => {
    expect(() => createMarginClient({ recvWindow: 60001 })).toThrow(ConfigurationError);
    expect(() => createMarginClient({ recvWindow: 60001 })).toThrow(/at most 60000/);
    expect(() => createMarginClient({ recvWindow: 1.0001 })).toThrow(/three decimals/);
    expect(() => createPortfolioMarginClient({ recvWindow: 6000.346 })).toThrow(/whole number of milliseconds/);
    expect(() => createPortfolioMarginClient({ recvWindow: 60001 })).toThrow(/Binance answers -1130/);
    expect(createMarginClient({ recvWindow: 6000.346 }).call).toBeTypeOf('function');
    expect(() => createMarginClient({ apiSecret: 's', privateKey: 'k' })).toThrow(/not both/);
  });

  it('defaults to the production hosts', () => {
    expect(createMarginClient().call).toBeTypeOf('function');
    expect(() => createMarginClient({ baseUrl: 'api.binance.com' })).toThrow(/must start with http/);
  });

  it('refuses a signed call without a key, before sending anything', async () => {
    await expect(createMarginClient({ baseUrl: 'http://127.0.0.1:9' }).getCrossMarginAccount()).rejects.toThrow(/needs an apiKey/);
    await expect(createMarginClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' }).getCrossMarginAccount()).rejects.toThrow(/give apiSecret or privateKey/);
  });
});

// Compile-time checks: `pnpm lint` type-checks this file, so each line below must stay a type error.
export function typeLevelChecks(margin: ReturnType<typeof createMarginClient>): void {
  // @ts-expect-error decimals never accept JS numbers
  void margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', quantity: 0.5 });
  // @ts-expect-error ids never accept JS numbers
  void margin.getMarginOrder({ symbol: 'BTCUSDC', orderId: 28 });
  // @ts-expect-error unknown enum value
  void margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'HOLD', type: 'LIMIT' });
  // @ts-expect-error the client adds the timestamp
  void margin.getCrossMarginAccount({ timestamp: 1 });
  // @ts-expect-error symbol is mandatory
  void margin.getMarginAllOrders({});
}

/**
 * Nothing a client sends grows the mock beyond its configured bounds, and no admin input makes it spin:
 * rejected requests leave nothing behind, histories, ledgers and order lists stay within `historyLimit`, resting
 * orders within `maxOpenOrders`, the clock within year 9999 with interest for any jump charged in bounded work,
 * admin fields are checked, and id counters take the whole signed 64-bit range.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_PRICES, MockCore, createMockFetch } from '../src/index.js';
import { TestClient, T0, admin, bal, encode, hmac, mockFetch } from './helpers.js';

const HOUR = 3_600_000;

describe('memory: rejected requests leave nothing behind', () => {
  it('3000 rejected orders with 20 KB symbols do not grow the heap (measured after a full GC)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const fetch = mockFetch();
    const c = new TestClient(fetch);
    const send = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const symbol = `${String(i).padStart(6, '0')}${'X'.repeat(20_000)}`;
        const res = await c.post('/papi/v1/margin/order', { symbol, side: 'BUY', type: 'MARKET', quantity: '1' });
        expect(res.status).toBe(400);
      }
    };
    await send(200); // warm up: compiled code, caches of fixed size
    gc();
    const before = process.memoryUsage().heapUsed;
    await send(3000);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // 3000 retained symbols would be 60 MB; allow a few MB of allocator noise.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('rate-limit windows stay bounded however many addresses call', () => {
  it('12000 client addresses leave at most 10000 windows of the current interval (past ones are dropped)', async () => {
    const core = new MockCore({ clock: { start: T0, frozen: true } });
    const windows = () => (core.limits as unknown as { minute: { windows: Map<string, unknown> } }).minute.windows;
    for (let i = 0; i < 12_000; i++) {
      if (i === 6_000) core.advanceClock(60_000);
      const res = await core.handle({ method: 'GET', url: '/papi/v1/ping', header: () => undefined, body: '', ip: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` });
      expect(res.status).toBe(200);
    }
    expect(windows().size).toBeLessThanOrEqual(10_000);
  });
});

describe('histories stay within historyLimit', () => {
  it('borrow, repay and interest records, order lists and orders are forgotten oldest first', async () => {
    const fetch = mockFetch({ historyLimit: 3 });
    const c = new TestClient(fetch);
    for (let i = 0; i < 6; i++) expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '10', type: 'BORROW' })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'REPAY' })).status).toBe(200);
    const borrows = await c.get('/sapi/v1/margin/borrow-repay', { type: 'BORROW', startTime: T0 - HOUR });
    expect(borrows.body.total).toBe(3);
    expect((await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: T0 - HOUR })).body.total).toBe(3);
    expect((await c.get('/sapi/v1/margin/interestHistory', { startTime: T0 - HOUR })).body.total).toBe(3);
    for (let i = 0; i < 5; i++) {
      const oco = await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000' });
      expect(oco.status).toBe(200);
      expect((await c.delete('/sapi/v1/margin/orderList', { symbol: 'BTCUSDC', orderListId: oco.body.orderListId })).status).toBe(200);
    }
    expect((await c.get('/sapi/v1/margin/allOrderList')).body).toHaveLength(3);
    expect((await c.get('/sapi/v1/margin/allOrders', { symbol: 'BTCUSDC' })).body).toHaveLength(3);
  });

  it('an executing order list is never forgotten', async () => {
    const fetch = mockFetch({ historyLimit: 1 });
    const c = new TestClient(fetch);
    const first = await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000' });
    const second = await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '43000', stopPrice: '37000' });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await c.get('/papi/v1/margin/orderList', { orderListId: first.body.orderListId })).status).toBe(200);
    expect((await c.get('/papi/v1/margin/openOrderList')).body).toHaveLength(2);
  });
});

describe('resting orders stay within maxOpenOrders (Binance MAX_NUM_ORDERS)', () => {
  const limit = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '30000' };

  it('SAPI: -2010 Filter failure: MAX_NUM_ORDERS; an OCO counts two; fills are not limited', async () => {
    const c = new TestClient(mockFetch({ maxOpenOrders: 3 }));
    for (let i = 0; i < 2; i++) expect((await c.post('/sapi/v1/margin/order', limit)).status).toBe(200);
    const oco = await c.post('/sapi/v1/margin/order/oco', { symbol: 'BTCUSDC', side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000' });
    expect([oco.status, oco.body]).toEqual([400, { code: -2010, msg: 'Filter failure: MAX_NUM_ORDERS' }]);
    expect((await c.post('/sapi/v1/margin/order', limit)).status).toBe(200);
    const fourth = await c.post('/sapi/v1/margin/order', limit);
    expect([fourth.status, fourth.body]).toEqual([400, { code: -2010, msg: 'Filter failure: MAX_NUM_ORDERS' }]);
    expect((await c.post('/sapi/v1/margin/order', { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '0.001' })).status).toBe(200);
    // Per symbol and wallet: another symbol, or the isolated pair, has its own count.
    expect((await c.post('/sapi/v1/margin/order', { ...limit, symbol: 'ETHUSDC', price: '2000', quantity: '0.01' })).status).toBe(200);
  });

  it('PAPI: -2025 Reach max open order limit.', async () => {
    const c = new TestClient(mockFetch({ maxOpenOrders: 2 }));
    const order = { ...limit, symbol: 'BTCUSDT' };
    for (let i = 0; i < 2; i++) expect((await c.post('/papi/v1/margin/order', order)).status).toBe(200);
    const third = await c.post('/papi/v1/margin/order', order);
    expect([third.status, third.body]).toEqual([400, { code: -2025, msg: 'Reach max open order limit.' }]);
  });
});

describe('the clock: bounded admin input, bounded interest work', () => {
  it('refuses huge, negative, fractional, non-numeric and combined moves with a clear 400, and keeps serving', async () => {
    const fetch = mockFetch();
    const bad: unknown[] = [
      { advanceMs: 1e300 },
      { advanceHours: 1e300 },
      { time: 1e300 },
      { advanceMs: -1 },
      { advanceMs: 1.5 },
      { advanceMs: '5' },
      { advanceHours: Number.NaN },
      { time: T0 - 1 },
      { advanceMs: 1, time: T0 + 5 },
      { advanceMinutes: 5 },
      {},
    ];
    for (const body of bad) {
      const res = await admin(fetch, 'POST', '/__mock/clock', body);
      expect([res.status, res.body?.code], JSON.stringify(body)).toEqual([400, -1130]);
    }
    expect((await admin(fetch, 'POST', '/__mock/clock', { advanceMs: 1e300 })).body.msg).toBe(
      `Data sent for parameter 'advanceMs' is not valid (an integer from 0 to ${253_402_300_799_999 - T0}).`,
    );
    expect(fetch.mock.now()).toBe(T0);
    expect(() => fetch.mock.advanceClock(1e300)).toThrow(RangeError);
    expect(() => fetch.mock.advanceClock(-5)).toThrow(RangeError);
    expect((await admin(fetch, 'GET', '/__mock/health')).status).toBe(200);
  });

  it('a jump to year 9999 with loans outstanding charges every hour exactly and keeps historyLimit records', async () => {
    // Without the demo's small LTC liability, whose interest would interleave with the USDT records.
    const accounts = [{ ...DEMO_ACCOUNT, margin: { ...DEMO_ACCOUNT.margin, LTC: { free: '100' } } }];
    const fetch = mockFetch({ historyLimit: 100, interest: { hourlyRates: { USDT: '0.00001' } }, accounts });
    const c = new TestClient(fetch);
    expect((await c.post('/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1000', type: 'BORROW' })).status).toBe(200);
    const moved = await admin(fetch, 'POST', '/__mock/clock', { time: 253_402_300_799_999 });
    expect(moved.status).toBe(200);
    const hours = Math.floor(253_402_300_799_999 / HOUR) - Math.floor(T0 / HOUR);
    // 0.01 USDT an hour: one hour when borrowed, then every full hour.
    const interest = bal(fetch.mock.account(DEMO_ACCOUNT.apiKey)!.margin as Record<string, any>, 'USDT').interest;
    expect(interest).toBe(`${(BigInt(hours + 1) * 1_000_000n / 100_000_000n).toString()}.${(BigInt(hours + 1) * 1_000_000n % 100_000_000n).toString().padStart(8, '0')}`);
    const history = await c.get('/sapi/v1/margin/interestHistory', { startTime: fetch.mock.now() - 29 * 24 * HOUR, size: 100 });
    expect(history.body.total).toBe(100);
    expect(history.body.rows[0]).toMatchObject({ type: 'PERIODIC', interest: '0.01000000', interestAccuredTime: Math.floor(253_402_300_799_999 / HOUR) * HOUR });
  });

  it('charging many hours at once equals charging them one by one', async () => {
    const config = { interest: { hourlyRates: { BTC: '0.0000037' } } };
    const once = mockFetch(config);
    const stepwise = mockFetch(config);
    for (const f of [once, stepwise]) {
      expect((await new TestClient(f).post('/papi/v1/marginLoan', { asset: 'BTC', amount: '0.12345678' })).status).toBe(200);
    }
    once.mock.advanceClock(50 * HOUR);
    for (let i = 0; i < 50; i++) stepwise.mock.advanceClock(HOUR);
    const view = (f: typeof once) => bal(f.mock.account(DEMO_ACCOUNT.apiKey)!.portfolioMargin as Record<string, any>, 'BTC');
    expect(view(once)).toEqual(view(stepwise));
    const rows = async (f: typeof once) => (await new TestClient(f).get('/papi/v1/margin/marginInterestHistory', { asset: 'BTC', size: 100 })).body;
    const [a, b] = [await rows(once), await rows(stepwise)];
    expect(a.total).toBe(51);
    expect(a.rows.map((r: any) => [r.interestAccuredTime, r.interest])).toEqual(b.rows.map((r: any) => [r.interestAccuredTime, r.interest]));
  });
});

describe('admin input bounds', () => {
  it('faults: at most 100 at once, route at most 200 characters, times bounded, unknown fields refused', async () => {
    const fetch = mockFetch();
    for (let i = 0; i < 100; i++) expect((await admin(fetch, 'POST', '/__mock/faults', { route: `GET /nowhere/${i}`, kind: 'unavailable' })).status).toBe(200);
    const over = await admin(fetch, 'POST', '/__mock/faults', { route: '*', kind: 'unavailable' });
    expect([over.status, over.body.code]).toEqual([400, -1130]);
    await admin(fetch, 'DELETE', '/__mock/faults');
    for (const body of [
      { route: 'x'.repeat(201), kind: 'unavailable' },
      { route: '*', kind: 'unavailable', times: 1e12 },
      { route: '*', kind: 'latency', latencyMs: 1e9 },
      { route: '*', kind: 'unavailable', colour: 'red' },
    ]) {
      const res = await admin(fetch, 'POST', '/__mock/faults', body);
      expect([res.status, res.body.code], JSON.stringify(body).slice(0, 80)).toEqual([400, -1130]);
    }
  });

  it('prices: the market holds at most 1000 symbols', async () => {
    const fetch = mockFetch();
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`C${i}USDT`, '1']));
    const res = await admin(fetch, 'POST', '/__mock/prices', many);
    expect([res.status, res.body.msg]).toEqual([400, 'The market holds at most 1000 symbols.']);
    expect(Object.keys(fetch.mock.prices())).toHaveLength(Object.keys(DEMO_PRICES).length);
  });

  it('prices: more than 8 decimals (which every answer would cut to 0.00000000) is refused everywhere, nothing changed', async () => {
    const fetch = mockFetch();
    const before = fetch.mock.prices();
    for (const price of ['0.00000000000000000001', '0.000000001', '40000.123456789', '99999999999999999999.99999999999999999999', '0.00000000']) {
      const res = await admin(fetch, 'POST', '/__mock/prices', { BTCUSDC: price, ETHUSDC: '2600' });
      expect([res.status, res.body.code], price).toEqual([400, -1130]);
      expect(res.body.msg).toContain('BTCUSDC');
      expect(() => fetch.mock.setPrice('BTCUSDC', price), price).toThrow(/8 decimals|positive/);
      expect(() => mockFetch({ prices: { BTCUSDC: price } }), price).toThrow('/prices/BTCUSDC');
    }
    expect(fetch.mock.prices()).toEqual(before);
    expect((await admin(fetch, 'POST', '/__mock/prices', { BTCUSDC: '0.00000001' })).status).toBe(200);
    expect(fetch.mock.prices().BTCUSDC).toBe('0.00000001');
  });

  it('an account path with a broken percent-escape is a 400, not a crash', async () => {
    const res = await admin(createMockFetch(), 'GET', '/__mock/accounts/%E0%A4%A');
    expect([res.status, res.body.code]).toEqual([400, -1130]);
  });

  it('a reset configuration is bounded by the schema (e.g. at most 1000 accounts)', async () => {
    const accounts = Array.from({ length: 1001 }, (_, i) => ({ apiKey: `k${i}`, apiSecret: 's' }));
    const res = await admin(mockFetch(), 'POST', '/__mock/reset', { accounts });
    expect(res.status).toBe(400);
    expect(res.body.msg).toContain('/accounts');
  });
});

describe('id counters take 19-digit starts and never issue an id above 2^63 - 1', () => {
  const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' };

  it('a 19-digit string and a bigint are exact up to the largest start, 2^63 - 1 - 2^32; beyond it is refused', async () => {
    const max = new TestClient(mockFetch({ ids: { orderId: '9223372032559808511', tradeId: 9223372032559808000n } }));
    const res = await max.post('/papi/v1/margin/order', order);
    expect(res.text).toContain('"orderId":9223372032559808511');
    expect(res.text).toContain('"tradeId":9223372032559808000');
    expect(() => mockFetch({ ids: { orderId: '9223372032559808512' } })).toThrow('/ids/orderId: must be at most 9223372032559808511');
    expect(() => mockFetch({ ids: { orderId: '9223372036854775808' } })).toThrow('/ids/orderId: must be at most 9223372032559808511');
    expect(() => mockFetch({ ids: { orderId: '99999999999999999999' } })).toThrow('/ids/orderId');
  });

  it.each(['orderId', 'orderListId', 'tradeId', 'tranId'] as const)('a %s start at 2^63 - 1 is refused: the next id would not fit in 64 bits', (name) => {
    expect(() => mockFetch({ ids: { [name]: '9223372036854775807' } })).toThrow(`/ids/${name}: must be at most 9223372032559808511`);
    expect(() => mockFetch({ ids: { [name]: '9223372036854775806' } })).toThrow(`/ids/${name}`);
  });

  it('an admin reset with a start at 2^63 - 1 is a 400', async () => {
    const fetch = mockFetch();
    const res = await admin(fetch, 'POST', '/__mock/reset', { ids: { orderId: '9223372036854775807' } });
    expect([res.status, res.body.code]).toEqual([400, -1130]);
    expect(res.body.msg).toContain('/ids/orderId');
  });

  it('a configuration file with a bare 19-digit id is read losslessly by the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginkit-mock-'));
    const file = join(dir, 'ids.json');
    writeFileSync(file, '{"ids":{"orderId":9223372032559800001},"clock":{"start":1700000000000,"frozen":true}}');
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, '--config', file, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (d) => {
          out += d;
          const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
          if (m && out.includes('account demo')) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const payload = encode({ ...order, timestamp: T0 });
      const res = await fetch(`${url}/papi/v1/margin/order`, {
        method: 'POST',
        headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`,
      });
      expect(await res.text()).toContain('"orderId":9223372032559800001');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

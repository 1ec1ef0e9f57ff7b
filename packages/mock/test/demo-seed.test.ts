/**
 * The demo seed (`demoSeed: true`): the demo account starts with every fixture of `DEMO_FIXTURES`, with the
 * documented ids; a reset restores them; the id counters never hand a seeded id out again; and the seed is
 * refused with a configuration it was not made for. (That each documented example succeeds against it is the
 * docs package's offered-examples test.)
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_FIXTURES, createMockFetch, createMockServer } from '../src/index.js';
import { T0, TestClient, admin, encode, hmac } from './helpers.js';

const seeded = () => createMockFetch({ clock: { start: T0, frozen: true }, demoSeed: true });
const paths = { margin: '/sapi/v1/margin', portfolioMargin: '/papi/v1/margin' } as const;

describe('the demo seed', () => {
  it('holds every fixture with its documented id', async () => {
    const c = new TestClient(seeded());
    for (const f of DEMO_FIXTURES) {
      if (f.kind === 'order') {
        const res = await c.get(`${paths[f.api]}/order`, { symbol: f.symbol, orderId: f.orderId });
        expect([res.status, res.body.status], `${f.api} order ${f.orderId}`).toEqual([200, f.tradeId ? 'FILLED' : f.then === 'cancel' ? 'CANCELED' : 'NEW']);
        if (f.clientOrderId) expect(res.body.clientOrderId).toBe(f.clientOrderId);
      } else if (f.kind === 'oco') {
        const res = await c.get(`${paths[f.api]}/orderList`, { orderListId: f.orderListId });
        expect([res.status, res.body.listClientOrderId, res.body.listOrderStatus], `${f.api} list ${f.orderListId}`).toEqual([200, f.listClientOrderId, 'EXECUTING']);
        expect(res.body.orders.map((o: { orderId: number }) => String(o.orderId))).toEqual([...f.legIds]);
      } else if (f.kind === 'listenKey') {
        const path = f.api === 'margin' ? '/sapi/v1/margin/listen-key' : '/papi/v1/listenKey';
        const res = await c.post(path, {}, { signed: false });
        expect([res.status, res.body.listenKey]).toEqual([200, f.listenKey]);
      }
    }
    expect(DEMO_FIXTURES.every((f) => f.usedBy.length > 0)).toBe(true);
  });

  it('a reset restores what a request used up', async () => {
    const fetch = seeded();
    const c = new TestClient(fetch);
    expect((await c.delete('/sapi/v1/margin/order', { symbol: 'LTCBTC', origClientOrderId: 'myOrder1' })).status).toBe(200);
    expect((await c.delete('/sapi/v1/margin/order', { symbol: 'LTCBTC', origClientOrderId: 'myOrder1' })).body.code).toBe(-2011);
    expect((await admin(fetch, 'POST', '/__mock/reset')).status).toBe(200);
    expect((await c.delete('/sapi/v1/margin/order', { symbol: 'LTCBTC', origClientOrderId: 'myOrder1' })).status).toBe(200);
  });

  it('never hands a seeded id out again', async () => {
    const c = new TestClient(createMockFetch({ clock: { start: T0, frozen: true }, demoSeed: true, ids: { orderListId: '1929' } }));
    const oco = await c.post('/papi/v1/margin/order/oco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '45000', stopPrice: '35000' });
    expect(oco.status, oco.text).toBe(200);
    expect(oco.body.orderListId).toBe(1930);
    expect((await c.get('/papi/v1/margin/orderList', { orderListId: 1929 })).body.listClientOrderId).toBe('2inzWQdDvZLHbbAmAozX2N');
  });

  it('is applied by createMockServer too', async () => {
    const server = await createMockServer({ port: 0, demoSeed: true });
    try {
      const query = encode({ symbol: 'BNBBTC', orderId: '213205622', timestamp: Date.now() });
      const res = await fetch(`${server.url}/papi/v1/margin/order?${query}&signature=${hmac(DEMO_ACCOUNT.apiSecret, query)}`, { headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(((await res.json()) as { clientOrderId: string }).clientOrderId).toBe('ZwfQzuDIGpceVhKW5DvCmO');
    } finally {
      await server.close();
    }
  });

  it('is off by default and refused with accounts or prices of their own', async () => {
    const plain = new TestClient(createMockFetch({ clock: { start: T0, frozen: true } }));
    expect((await plain.get('/sapi/v1/margin/order', { symbol: 'BNBBTC', orderId: 213205622 })).body.code).toBe(-2013);
    expect(() => createMockFetch({ demoSeed: true, accounts: [DEMO_ACCOUNT] })).toThrow(/demoSeed needs the demo account and the demo prices/);
    expect(() => createMockFetch({ demoSeed: true, prices: { BTCUSDT: '1' } })).toThrow(/demoSeed/);
  });
});

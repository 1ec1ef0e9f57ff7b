import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { coreMock, schemaErrors } from './core-helpers.js';
import { T0 } from './helpers.js';

const DAY = 86_400_000;

function demoAccount(core: ReturnType<typeof coreMock>['core']) {
  return core.engine.accounts.get('marginkit-demo-key')!;
}

describe('GET /sapi/v1/margin/transfer', () => {
  it('lists recorded transfers of the cross account, newest first, with second timestamps', async () => {
    const { core, c } = coreMock();
    const account = demoAccount(core);
    const first = core.engine.records.recordTransfer(account, 'USDT', new D('100'), { wallet: 'SPOT' }, { wallet: 'CROSS_MARGIN' });
    core.advanceClock(60_000);
    const second = core.engine.records.recordTransfer(account, 'BTC', new D('0.5'), { wallet: 'CROSS_MARGIN' }, { wallet: 'SPOT' });
    const res = await c.get('/sapi/v1/margin/transfer');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      rows: [
        { amount: '0.50000000', asset: 'BTC', status: 'CONFIRMED', timestamp: Math.floor((T0 + 60_000) / 1000), txId: second, type: 'ROLL_OUT', transFrom: 'CROSS_MARGIN', transTo: 'SPOT' },
        { amount: '100.00000000', asset: 'USDT', status: 'CONFIRMED', timestamp: T0 / 1000, txId: first, type: 'ROLL_IN', transFrom: 'SPOT', transTo: 'CROSS_MARGIN' },
      ],
      total: 2,
    });
    expect(String(res.body.rows[0].timestamp)).toHaveLength(10);
    expect(schemaErrors('GET', '/sapi/v1/margin/transfer', res)).toEqual([]);
    expect((await c.get('/sapi/v1/margin/transfer', { type: 'ROLL_IN' })).body.rows.map((r: any) => r.asset)).toEqual(['USDT']);
    expect((await c.get('/sapi/v1/margin/transfer', { asset: 'BTC' })).body.total).toBe(1);
    expect((await c.get('/sapi/v1/margin/transfer', { size: 1, current: 2 })).body.rows.map((r: any) => r.asset)).toEqual(['USDT']);
  });

  it('keeps isolated pairs apart and names both pairs of a transfer between them', async () => {
    const { core, c } = coreMock();
    const account = demoAccount(core);
    core.engine.records.recordTransfer(account, 'USDT', new D('5'), { wallet: 'ISOLATED_MARGIN', symbol: 'BNBUSDT' }, { wallet: 'ISOLATED_MARGIN', symbol: 'BTCUSDT' });
    expect((await c.get('/sapi/v1/margin/transfer')).body).toEqual({ rows: [], total: 0 });
    const out = await c.get('/sapi/v1/margin/transfer', { isolatedSymbol: 'BNBUSDT' });
    expect(out.body.rows).toMatchObject([{ type: 'ROLL_OUT', transFrom: 'ISOLATED_MARGIN', transTo: 'ISOLATED_MARGIN', fromSymbol: 'BNBUSDT', toSymbol: 'BTCUSDT' }]);
    const into = await c.get('/sapi/v1/margin/transfer', { isolatedSymbol: 'BTCUSDT' });
    expect(into.body.rows).toMatchObject([{ type: 'ROLL_IN', fromSymbol: 'BNBUSDT', toSymbol: 'BTCUSDT' }]);
    expect(into.body.rows[0].txId).toBe(out.body.rows[0].txId);
    expect(schemaErrors('GET', '/sapi/v1/margin/transfer', into)).toEqual([]);
  });

  it('reads the last 7 days by default, 30 days from startTime, and refuses wider or unknown queries', async () => {
    const { core, c } = coreMock();
    const account = demoAccount(core);
    core.engine.records.recordTransfer(account, 'USDT', new D('1'), { wallet: 'SPOT' }, { wallet: 'CROSS_MARGIN' });
    core.advanceClock(8 * DAY);
    expect((await c.get('/sapi/v1/margin/transfer')).body.total).toBe(0);
    expect((await c.get('/sapi/v1/margin/transfer', { startTime: T0 - DAY })).body.total).toBe(1);
    expect((await c.get('/sapi/v1/margin/transfer', { startTime: T0 + 1 })).body.total).toBe(0);
    const wide = await c.get('/sapi/v1/margin/transfer', { startTime: T0, endTime: T0 + 30 * DAY + 1 });
    expect([wide.status, wide.body]).toEqual([400, { code: -1127, msg: 'Lookup interval is too big.' }]);
    expect((await c.get('/sapi/v1/margin/transfer', { startTime: T0, endTime: T0 + 30 * DAY })).status).toBe(200);
    expect((await c.get('/sapi/v1/margin/transfer', { isolatedSymbol: 'NOPEUSDT' })).body).toEqual({ code: -1121, msg: 'Invalid symbol.' });
    expect((await c.get('/sapi/v1/margin/transfer', { type: 'SIDEWAYS' })).body).toEqual({ code: -1130, msg: "Data sent for parameter 'type' is not valid." });
  });

  it('forgets the oldest transfers beyond historyLimit', async () => {
    const { core, c } = coreMock({ historyLimit: 3 });
    const account = demoAccount(core);
    for (let i = 1; i <= 5; i++) core.engine.records.recordTransfer(account, 'USDT', new D(i), { wallet: 'SPOT' }, { wallet: 'CROSS_MARGIN' });
    const res = await c.get('/sapi/v1/margin/transfer');
    expect(res.body.rows.map((r: any) => r.amount)).toEqual(['5.00000000', '4.00000000', '3.00000000']);
  });
});

/** Small-liability exchange and the liquidation loan. */
import { describe, expect, it } from 'vitest';
import { coreMock, schemaErrors } from './core-helpers.js';
import { T0 } from './helpers.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const DEBTS = {
  apiKey: 'k',
  apiSecret: 's',
  margin: {
    USDT: { free: '5000' },
    ETH: { free: '1', borrowed: '0.001', interest: '0.00083334' },
    BNB: { free: '1', borrowed: '0.01' },
    BTC: { free: '1', borrowed: '0.001' },
  },
  liquidationLoan: { amount: '1000' },
};

describe('small-liability exchange', () => {
  it('lists the liabilities worth less than 10 USDT, with their value as a bare JSON number', async () => {
    const { c } = coreMock({ accounts: [DEBTS] });
    const res = await c.get('/sapi/v1/margin/exchange-small-liability');
    expect(res.status).toBe(200);
    // ETH: 0.00183334 × 2500 = 4.58335; BNB: 0.01 × 600 = 6; BTC (40 USDT) is too large.
    expect(res.text).toBe(
      '[{"asset":"BNB","interest":"0.00000000","principal":"0.01000000","liabilityAsset":"USDT","liabilityQty":6},' +
        '{"asset":"ETH","interest":"0.00083334","principal":"0.00100000","liabilityAsset":"USDT","liabilityQty":4.58335}]',
    );
    expect(schemaErrors('GET', '/sapi/v1/margin/exchange-small-liability', res)).toEqual([]);
  });

  it('converts the chosen liabilities into one USDT liability, records them, and allows one exchange per 6 hours', async () => {
    const { core, c } = coreMock({ accounts: [DEBTS] });
    const done = await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames: 'ETH,BNB' });
    expect([done.status, done.body]).toEqual([200, {}]);
    const assets = (await c.get('/sapi/v1/margin/account')).body.userAssets;
    const of = (a: string) => assets.find((x: any) => x.asset === a);
    expect(of('ETH')).toMatchObject({ borrowed: '0.00000000', interest: '0.00000000', free: '1.00000000' });
    expect(of('BNB')).toMatchObject({ borrowed: '0.00000000' });
    expect(of('USDT')).toMatchObject({ borrowed: '10.58335000', free: '5000.00000000' });
    expect((await c.get('/sapi/v1/margin/exchange-small-liability')).body).toEqual([]);

    const history = await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 1, size: 10 });
    expect(history.body).toEqual({
      total: 2,
      rows: [
        { asset: 'BNB', amount: '0.01000000', targetAsset: 'USDT', targetAmount: '6.00000000', bizType: 'EXCHANGE_SMALL_LIABILITY', timestamp: T0 },
        { asset: 'ETH', amount: '0.00183334', targetAsset: 'USDT', targetAmount: '4.58335000', bizType: 'EXCHANGE_SMALL_LIABILITY', timestamp: T0 },
      ],
    });
    expect(schemaErrors('GET', '/sapi/v1/margin/exchange-small-liability-history', history)).toEqual([]);
    expect((await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 2, size: 1 })).body.rows.map((r: any) => r.asset)).toEqual(['ETH']);
    expect((await c.get('/sapi/v1/margin/capital-flow', { type: 'SMALL_BALANCE_CONVERT' })).body.map((r: any) => [r.asset, r.amount])).toEqual([
      ['ETH', '0.00183334'],
      ['USDT', '4.58335000'],
      ['BNB', '0.01000000'],
      ['USDT', '6.00000000'],
    ]);

    // A new small debt, but within 6 hours of the last exchange.
    await c.post('/sapi/v1/margin/borrow-repay', { asset: 'ETH', isIsolated: 'FALSE', amount: '0.001', type: 'BORROW' });
    const tooSoon = await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames: 'ETH' });
    expect([tooSoon.status, tooSoon.body]).toEqual([400, { code: -3026, msg: 'Your input param is invalid.' }]);
    core.advanceClock(6 * HOUR);
    expect((await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames: 'ETH' })).status).toBe(200);
    expect((await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 1, size: 10, startTime: T0 + HOUR })).body.total).toBe(1);
  });

  it('refuses assets without a small liability, repeated assets and lists over 10', async () => {
    const { c } = coreMock({ accounts: [DEBTS] });
    for (const assetNames of ['BTC', 'USDT', 'DOGE', 'ETH,ETH']) {
      const res = await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames });
      expect([res.status, res.body.code], assetNames).toEqual([400, -3026]);
    }
    const eleven = await c.post('/sapi/v1/margin/exchange-small-liability', { assetNames: 'A,B,C,D,E,F,G,H,I,J,K' });
    expect(eleven.body).toEqual({ code: -1130, msg: "Data sent for parameter 'assetNames' is not valid." });
    expect((await c.get('/sapi/v1/margin/account')).body.userAssets.find((a: any) => a.asset === 'ETH').borrowed).toBe('0.00100000');
    expect((await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 1 })).body.code).toBe(-1102);
    expect((await c.get('/sapi/v1/margin/exchange-small-liability-history', { current: 1, size: 101 })).body.code).toBe(-1130);
  });
});

describe('liquidation loan', () => {
  it('repays the loan from the free balance, records each repayment and refuses more than is owed', async () => {
    const { core, c } = coreMock({ accounts: [{ ...DEBTS, margin: { ...DEBTS.margin, USDC: { free: '800' } } }] });
    const before = await c.get('/sapi/v1/margin/liquidation-loan');
    expect(before.body).toEqual({ asset: 'USDC', amount: '1000.00000000', repaidAmount: '0.00000000', remainingAmount: '1000.00000000' });
    expect(schemaErrors('GET', '/sapi/v1/margin/liquidation-loan', before)).toEqual([]);

    const repaid = await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '300' });
    expect(repaid.body).toEqual({ repayId: 12345678, asset: 'USDC', amount: '300.00000000', status: 'SUCCESS', createTime: T0 });
    expect(schemaErrors('POST', '/sapi/v1/margin/liquidation-loan/repay', repaid)).toEqual([]);
    core.advanceClock(DAY);
    await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '200' });
    expect((await c.get('/sapi/v1/margin/liquidation-loan')).body).toMatchObject({ repaidAmount: '500.00000000', remainingAmount: '500.00000000' });
    expect((await c.get('/sapi/v1/margin/account')).body.userAssets.find((a: any) => a.asset === 'USDC').free).toBe('300.00000000');

    const history = await c.get('/sapi/v1/margin/liquidation-loan/repay-history');
    expect(history.body).toEqual({
      total: 2,
      rows: [
        { repayId: 12345678, asset: 'USDC', amount: '300.00000000', status: 'SUCCESS', createTime: T0 },
        { repayId: 12345679, asset: 'USDC', amount: '200.00000000', status: 'SUCCESS', createTime: T0 + DAY },
      ],
    });
    expect(schemaErrors('GET', '/sapi/v1/margin/liquidation-loan/repay-history', history)).toEqual([]);
    expect((await c.get('/sapi/v1/margin/liquidation-loan/repay-history', { size: 1, current: 2 })).body.rows.map((r: any) => r.amount)).toEqual(['200.00000000']);
    expect((await c.get('/sapi/v1/margin/capital-flow', { type: 'REPAY', asset: 'USDC' })).body.map((r: any) => r.tranId)).toEqual([12345678, 12345679]);

    const tooMuch = await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '500.00000001' });
    expect([tooMuch.status, tooMuch.body]).toEqual([400, { code: -3015, msg: 'Repay amount exceeds borrow amount.' }]);
    const wrongAsset = await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDT', amount: '1' });
    expect(wrongAsset.body.code).toBe(-3015);
    const poor = await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '400' });
    expect(poor.body).toEqual({ code: -3041, msg: 'Balance is not enough' });
    expect((await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '0' })).body.code).toBe(-1130);
    expect((await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '1.000000001' })).body.code).toBe(-1111);
  });

  it('reads the repay history of the last 7 days by default, and no further back than 90 days', async () => {
    const { core, c } = coreMock({ accounts: [{ ...DEBTS, margin: { USDC: { free: '1000' } } }] });
    await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '1' });
    core.advanceClock(8 * DAY);
    expect((await c.get('/sapi/v1/margin/liquidation-loan/repay-history')).body.total).toBe(0);
    expect((await c.get('/sapi/v1/margin/liquidation-loan/repay-history', { startTime: T0 })).body.total).toBe(1);
    core.advanceClock(90 * DAY);
    const clamped = await c.get('/sapi/v1/margin/liquidation-loan/repay-history', { startTime: T0 - DAY });
    expect([clamped.status, clamped.body.total]).toEqual([200, 0]);
  });

  it('answers zeros without a loan, and refuses a repayment', async () => {
    const { c } = coreMock({ accounts: [{ apiKey: 'k', apiSecret: 's', margin: { USDC: { free: '10' } } }] });
    expect((await c.get('/sapi/v1/margin/liquidation-loan')).body).toEqual({
      asset: 'USDC',
      amount: '0.00000000',
      repaidAmount: '0.00000000',
      remainingAmount: '0.00000000',
    });
    expect((await c.post('/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '1' })).body.code).toBe(-3015);
  });
});

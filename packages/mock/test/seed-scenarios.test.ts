/**
 * Binance's four sideEffectType walk-throughs (seed 001, users A to D), sent as the spec's own request examples.
 * Each user starts with 1 BTC held and 10 000 USDC borrowed (no USDC held), commission 0, interest ignored.
 */
import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { specDocuments } from '../src/spec.js';
import { TestClient, mockFetch, type Params } from './helpers.js';

const SEED_TIME = 1507725176595;
const start = { BTC: { free: '1' }, USDC: { borrowed: '10000' } };
const users = ['userA', 'userB', 'userC', 'userD'];

function setup() {
  const fetch = mockFetch({
    clock: { start: SEED_TIME, frozen: true },
    prices: { BTCUSDC: '40000', ETHUSDC: '2500' },
    commissionRate: '0',
    interest: { defaultHourlyRate: '0' },
    accounts: users.map((u) => ({ apiKey: u, apiSecret: `${u}-secret`, margin: start, portfolioMargin: start })),
  });
  return { fetch, client: (u: string) => new TestClient(fetch, u, `${u}-secret`) };
}

function requestExample(name: string): Params {
  const op = specDocuments().margin.paths['/sapi/v1/margin/order']!.post;
  return { ...op.requestBody.content['application/x-www-form-urlencoded'].examples[name].value };
}

async function assets(client: TestClient): Promise<Record<string, { free: string; borrowed: string; interest: string; locked: string; netAsset: string }>> {
  const res = await client.get('/sapi/v1/margin/account');
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.userAssets.map((a: any) => [a.asset, a]));
}

async function pmBalances(client: TestClient): Promise<Record<string, any>> {
  const res = await client.get('/papi/v1/balance');
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.map((a: any) => [a.asset, a]));
}

const ZERO = '0.00000000';

describe('seed 001: the four sideEffectType scenarios on POST /sapi/v1/margin/order', () => {
  it('user A, NO_SIDE_EFFECT: sells 1 BTC at 40 000, keeps the 10 000 USDC loan', async () => {
    const { client } = setup();
    const a = client('userA');
    const res = await a.post('/sapi/v1/margin/order', requestExample('userA_noSideEffect'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      symbol: 'BTCUSDC',
      transactTime: SEED_TIME,
      price: '40000.00000000',
      origQty: '1.00000000',
      executedQty: '1.00000000',
      cummulativeQuoteQty: '40000.00000000',
      status: 'FILLED',
      timeInForce: 'GTC',
      type: 'LIMIT',
      side: 'SELL',
      isIsolated: false,
      selfTradePreventionMode: 'NONE',
      fills: [{ price: '40000.00000000', qty: '1.00000000', commission: ZERO, commissionAsset: 'USDC' }],
    });
    expect(res.body).not.toHaveProperty('marginBuyBorrowAmount');
    expect(res.body).not.toHaveProperty('marginBuyBorrowAsset');
    const after = await assets(a);
    expect(after.BTC).toMatchObject({ free: ZERO, locked: ZERO, borrowed: ZERO, netAsset: ZERO });
    expect(after.USDC).toMatchObject({ free: '40000.00000000', borrowed: '10000.00000000', interest: ZERO, netAsset: '30000.00000000' });
  });

  it('user B, MARGIN_BUY: buys 0.5 BTC at 40 000 with no USDC, borrowing 20 000 USDC', async () => {
    const { client } = setup();
    const b = client('userB');
    const res = await b.post('/sapi/v1/margin/order', requestExample('userB_marginBuy'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      symbol: 'BTCUSDC',
      origQty: '0.50000000',
      executedQty: '0.50000000',
      cummulativeQuoteQty: '20000.00000000',
      status: 'FILLED',
      side: 'BUY',
      marginBuyBorrowAmount: '20000.00000000',
      marginBuyBorrowAsset: 'USDC',
      fills: [{ price: '40000.00000000', qty: '0.50000000', commission: ZERO, commissionAsset: 'BTC' }],
    });
    const after = await assets(b);
    expect(after.BTC).toMatchObject({ free: '1.50000000', borrowed: ZERO });
    expect(after.USDC).toMatchObject({ free: ZERO, locked: ZERO, borrowed: '30000.00000000', interest: ZERO });
    const loans = await b.get('/sapi/v1/margin/borrow-repay', { type: 'BORROW', startTime: SEED_TIME - 1000 });
    expect(loans.body.total).toBe(1);
    expect(loans.body.rows[0]).toMatchObject({ type: 'AUTO', asset: 'USDC', amount: '20000.00000000', principal: '20000.00000000', status: 'CONFIRMED' });
  });

  it('user C, AUTO_REPAY: sells 1 BTC at 40 000 and repays the 10 000 USDC loan from the proceeds', async () => {
    const { client } = setup();
    const c = client('userC');
    const res = await c.post('/sapi/v1/margin/order', requestExample('userC_autoRepay'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cummulativeQuoteQty: '40000.00000000', executedQty: '1.00000000', status: 'FILLED' });
    expect(res.body).not.toHaveProperty('marginBuyBorrowAmount');
    const after = await assets(c);
    expect(after.BTC).toMatchObject({ free: ZERO, borrowed: ZERO });
    expect(after.USDC).toMatchObject({ free: '30000.00000000', borrowed: ZERO, interest: ZERO, netAsset: '30000.00000000' });
    const repays = await c.get('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: SEED_TIME - 1000 });
    expect(repays.body.rows).toEqual([
      expect.objectContaining({ type: 'AUTO', asset: 'USDC', amount: '10000.00000000', principal: '10000.00000000', interest: ZERO }),
    ]);
  });

  it('user D, AUTO_BORROW_REPAY: sells 4 ETH it does not hold at 2 500, borrowing the ETH and repaying the USDC loan', async () => {
    const { client } = setup();
    const d = client('userD');
    const res = await d.post('/sapi/v1/margin/order', requestExample('userD_autoBorrowRepay'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      symbol: 'ETHUSDC',
      price: '2500.00000000',
      origQty: '4.00000000',
      executedQty: '4.00000000',
      cummulativeQuoteQty: '10000.00000000',
      side: 'SELL',
      marginBuyBorrowAmount: '4.00000000',
      marginBuyBorrowAsset: 'ETH',
    });
    const after = await assets(d);
    expect(after.BTC).toMatchObject({ free: '1.00000000', borrowed: ZERO });
    expect(after.ETH).toMatchObject({ free: ZERO, borrowed: '4.00000000' });
    expect(after.USDC).toMatchObject({ free: ZERO, borrowed: ZERO, interest: ZERO });
  });

  it('the spec documents why its seed answers carry a different cummulativeQuoteQty', () => {
    const examples = specDocuments().margin.paths['/sapi/v1/margin/order']!.post.responses['200'].content['application/json'].examples;
    for (const name of ['userA_noSideEffect', 'userB_marginBuy', 'userC_autoRepay', 'userD_autoBorrowRepay']) {
      expect(examples[name].description).toMatch(/cummulativeQuoteQty/);
    }
  });
});

describe('seed 001 scenarios replayed on POST /papi/v1/margin/order (unified account)', () => {
  const cases = [
    { user: 'userA', example: 'userA_noSideEffect', borrow: undefined, end: { BTC: ['0', '0'], USDC: ['40000', '10000'] } },
    { user: 'userB', example: 'userB_marginBuy', borrow: ['20000', 'USDC'], end: { BTC: ['1.5', '0'], USDC: ['0', '30000'] } },
    { user: 'userC', example: 'userC_autoRepay', borrow: undefined, end: { BTC: ['0', '0'], USDC: ['30000', '0'] } },
    { user: 'userD', example: 'userD_autoBorrowRepay', borrow: ['4', 'ETH'], end: { BTC: ['1', '0'], USDC: ['0', '0'], ETH: ['0', '4'] } },
  ] as const;
  for (const c of cases) {
    it(`${c.user} (${c.example.split('_')[1]})`, async () => {
      const { client } = setup();
      const u = client(c.user);
      const { isIsolated: _iso, ...params } = requestExample(c.example);
      const res = await u.post('/papi/v1/margin/order', params);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('FILLED');
      if (c.borrow) {
        expect(res.body.marginBuyBorrowAmount).toBe(`${c.borrow[0]}.00000000`);
        expect(res.body.marginBuyBorrowAsset).toBe(c.borrow[1]);
      } else {
        expect(res.body).not.toHaveProperty('marginBuyBorrowAmount');
      }
      const balances = await pmBalances(u);
      for (const [asset, [free, borrowed]] of Object.entries(c.end)) {
        expect(balances[asset].crossMarginFree).toBe(new D(free).toFixed(8));
        expect(balances[asset].crossMarginBorrowed).toBe(new D(borrowed).toFixed(8));
      }
    });
  }
});

/**
 * Binance's own connectors from npm, unmodified, pointed at the mock's URL: the legacy `@binance/connector`
 * (SAPI margin; it sends every parameter of a POST in the query string) and the modular
 * `@binance/derivatives-trading-portfolio-margin` (PAPI).
 */
import connector from '@binance/connector';
import { DerivativesTradingPortfolioMargin } from '@binance/derivatives-trading-portfolio-margin';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DEMO_ACCOUNT, type MockServer } from '../src/index.js';

let server: MockServer;

beforeAll(async () => {
  // The connectors stamp requests with Date.now(), so this mock runs on the wall clock.
  server = await createMockServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('@binance/connector (official, SAPI)', () => {
  it('places a margin order, queries it, cancels another and reads the account', async () => {
    const client = new connector.Spot(DEMO_ACCOUNT.apiKey, DEMO_ACCOUNT.apiSecret, { baseURL: server.url });
    const placed = await client.newMarginOrder('BTCUSDC', 'BUY', 'LIMIT', { quantity: 0.01, price: 39000, timeInForce: 'GTC', newClientOrderId: 'connector-1' });
    expect(placed.status).toBe(200);
    expect(placed.data).toMatchObject({ symbol: 'BTCUSDC', clientOrderId: 'connector-1', status: 'NEW', origQty: '0.01000000', isIsolated: false });
    expect(placed.headers['x-sapi-used-uid-weight-1m']).toBe('6');
    const queried = await client.marginOrder('BTCUSDC', { orderId: placed.data.orderId });
    expect(queried.data).toMatchObject({ orderId: placed.data.orderId, status: 'NEW', price: '39000.00000000' });
    const open = await client.marginOpenOrders({ symbol: 'BTCUSDC' });
    expect(open.data).toHaveLength(1);
    const cancelled = await client.cancelMarginOrder('BTCUSDC', { origClientOrderId: 'connector-1' });
    expect(cancelled.data).toMatchObject({ status: 'CANCELED', origClientOrderId: 'connector-1' });
    const filled = await client.newMarginOrder('ETHUSDC', 'SELL', 'MARKET', { quantity: 1, sideEffectType: 'AUTO_REPAY' });
    expect(filled.data).toMatchObject({ status: 'FILLED', cummulativeQuoteQty: '2500.00000000' });
    const account = await client.marginAccount();
    const eth = account.data.userAssets.find((a: { asset: string }) => a.asset === 'ETH');
    expect(eth).toMatchObject({ free: '9.00000000', borrowed: '0.00000000' });
    const max = await client.marginMaxBorrowable('USDC');
    expect(Number(max.data.amount)).toBeGreaterThan(0);
  });

  it('surfaces the mock errors as Binance errors', async () => {
    const client = new connector.Spot(DEMO_ACCOUNT.apiKey, 'wrong-secret', { baseURL: server.url });
    await expect(client.marginAccount()).rejects.toMatchObject({ response: { status: 400, data: { code: -1022, msg: 'Signature for this request is not valid.' } } });
  });
});

describe('@binance/derivatives-trading-portfolio-margin (official, PAPI)', () => {
  const client = () =>
    new DerivativesTradingPortfolioMargin({
      configurationRestAPI: { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, basePath: server.url },
    });

  it('places a margin order, queries it and reads the account and balance', async () => {
    const api = client().restAPI;
    const btcFree = async () =>
      ((await (await api.accountBalance()).data()) as { asset?: string; crossMarginFree?: string }[]).find((b) => b.asset === 'BTC')?.crossMarginFree;
    const freeBefore = await btcFree();
    const placed = await (await api.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY' as never, type: 'MARKET' as never, quantity: 0.01, newClientOrderId: 'pm-connector-1' })).data();
    expect(placed).toMatchObject({ symbol: 'BTCUSDT', clientOrderId: 'pm-connector-1', status: 'FILLED', cummulativeQuoteQty: '400.00000000' });
    const queried = await (await api.queryMarginAccountOrder({ symbol: 'BTCUSDT', origClientOrderId: 'pm-connector-1' })).data();
    expect(queried).toMatchObject({ status: 'FILLED', executedQty: '0.01000000', preventedMatchId: null });
    const account = await (await api.accountInformation()).data();
    expect(account).toMatchObject({ accountStatus: 'NORMAL' });
    // The market buy added 0.01 BTC to what the demo account held.
    expect(new Decimal((await btcFree()) ?? 'NaN').minus(freeBefore ?? 'NaN').toFixed()).toBe('0.01');
  });
});

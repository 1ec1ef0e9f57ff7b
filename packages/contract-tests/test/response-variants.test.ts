/**
 * `x-binance-response-variants`: an answer is typed by the variant its request asks for, and the mock answers
 * exactly that variant. Each case calls the client against the in-process mock: the type assertions
 * (`expectTypeOf`, checked by `pnpm lint`) say which fields the types promise; the runtime assertions check
 * that the mock's answer carries them. Every operation whose spec declares variants must have cases here.
 */
import {
  createMarginCaller,
  createMarginClient,
  createPortfolioMarginClient,
  Decimal,
  type PortfolioMarginClient,
} from '@marginkit/client';
import { newMarginOrder, type NewMarginOrderParams, type NewMarginOrderResult } from '@marginkit/client/margin';
import type { GetBalanceResult } from '@marginkit/client/portfolio-margin';
import { DEMO_ACCOUNT, createMockFetch } from '@marginkit/mock';
import type { OperationMeta } from '@marginkit/spec';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { describe, expect, expectTypeOf, it } from 'vitest';

function clients() {
  const fetch = createMockFetch({ accounts: [DEMO_ACCOUNT] });
  const options = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, baseUrl: 'http://127.0.0.1:1', fetch };
  return { margin: createMarginClient(options), pm: createPortfolioMarginClient(options), caller: createMarginCaller(options) };
}

const limitBuy = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000' } as const;

/** Whether every listed field is present (not undefined) in the answer. */
function presentIn(answer: object, fields: readonly string[]): string[] {
  return fields.filter((f) => (answer as Record<string, unknown>)[f] === undefined);
}

describe('answers typed by the response variant they ask for', () => {
  it('covers every operation whose spec declares response variants', () => {
    const declared = [...Object.values<OperationMeta>(marginOperations), ...Object.values<OperationMeta>(portfolioMarginOperations)]
      .filter((m) => m.responseVariants)
      .map((m) => `${m.api}.${m.operationId}`)
      .sort();
    expect(declared).toEqual(['margin.newMarginOrder', 'portfolioMargin.getBalance', 'portfolioMargin.newMarginOrder']);
  });

  it('newMarginOrder (SAPI): FULL, RESULT and ACK when asked, FULL by default for LIMIT and MARKET, ACK for the others', async () => {
    const { margin, caller } = clients();
    const variants = marginOperations.newMarginOrder.responseVariants!;

    const full = await margin.newMarginOrder({ ...limitBuy, newOrderRespType: 'FULL' });
    expectTypeOf(full).toEqualTypeOf<NewMarginOrderResult<'FULL'>>();
    expectTypeOf(full.fills).toBeArray();
    expectTypeOf(full.cummulativeQuoteQty).toEqualTypeOf<Decimal>();
    expectTypeOf(full.status).toBeString();
    expect(presentIn(full, variants.variants.FULL!.present!)).toEqual([]);
    expect(full.cummulativeQuoteQty).toBeInstanceOf(Decimal);

    const result = await margin.newMarginOrder({ ...limitBuy, newOrderRespType: 'RESULT' });
    expectTypeOf(result).toEqualTypeOf<NewMarginOrderResult<'RESULT'>>();
    expectTypeOf(result.executedQty).toEqualTypeOf<Decimal>();
    expectTypeOf(result.fills).toEqualTypeOf<NewMarginOrderResult<'FULL'>['fills'] | undefined>();
    expect(presentIn(result, variants.variants.RESULT!.present!)).toEqual([]);
    expect(result.fills).toBeUndefined();

    const ack = await margin.newMarginOrder({ ...limitBuy, newOrderRespType: 'ACK' });
    expectTypeOf(ack).toEqualTypeOf<NewMarginOrderResult<'ACK'>>();
    expectTypeOf(ack.status).toEqualTypeOf<NewMarginOrderResult<'FULL'>['status'] | undefined>();
    expectTypeOf(ack.orderId).toEqualTypeOf<bigint>();
    expect(ack.status).toBeUndefined();

    // Not sent: FULL for LIMIT (and MARKET), ACK for the other types.
    const byDefault = await margin.newMarginOrder(limitBuy);
    expectTypeOf(byDefault).toEqualTypeOf<NewMarginOrderResult<'FULL'>>();
    expect(byDefault.fills).toEqual([]);
    const stop = await margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'SELL', type: 'STOP_LOSS_LIMIT', timeInForce: 'GTC', quantity: '0.01', price: '30000', stopPrice: '30100' });
    expectTypeOf(stop).toEqualTypeOf<NewMarginOrderResult<'ACK'>>();
    expect(stop.status).toBeUndefined();

    // Parameters whose type does not say which variant: any of them.
    const unknownParams: NewMarginOrderParams = { ...limitBuy };
    expectTypeOf(await margin.newMarginOrder(unknownParams)).toEqualTypeOf<NewMarginOrderResult>();
    expectTypeOf<NewMarginOrderResult>().toEqualTypeOf<NewMarginOrderResult<'ACK'> | NewMarginOrderResult<'RESULT'> | NewMarginOrderResult<'FULL'>>();

    // The standalone functions carry the same overloads.
    const standalone = await newMarginOrder(caller, { ...limitBuy, newOrderRespType: 'FULL' });
    expectTypeOf(standalone.fills).toBeArray();
    expect(Array.isArray(standalone.fills)).toBe(true);

    // @ts-expect-error a misspelt parameter is still refused (the overloads keep excess-property checks)
    expect(() => margin.newMarginOrder({ ...limitBuy, quantiy: '1' })).toBeTypeOf('function');
  });

  it('newMarginOrder (PAPI): the same variants, without the SAPI-only fields', async () => {
    const { pm } = clients();
    const variants = portfolioMarginOperations.newMarginOrder.responseVariants!;
    const market = await pm.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expectTypeOf(market.fills).toBeArray();
    expectTypeOf(market.executedQty).toEqualTypeOf<Decimal>();
    expect(presentIn(market, variants.variants.FULL!.present!)).toEqual([]);
    expect(market.executedQty.toFixed()).toBe('0.01');
    const ack = await pm.newMarginOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01', newOrderRespType: 'ACK' });
    expectTypeOf(ack.executedQty).toEqualTypeOf<Decimal | undefined>();
    expect(ack.executedQty).toBeUndefined();
  });

  it('getBalance (PAPI): one object with asset, an array without', async () => {
    const { pm } = clients();
    const one = await pm.getBalance({ asset: 'USDT' });
    expectTypeOf(one).toEqualTypeOf<GetBalanceResult<'sent'>>();
    expectTypeOf(one).not.toBeArray();
    expectTypeOf(one.totalWalletBalance).toEqualTypeOf<Decimal>();
    expect(Array.isArray(one)).toBe(false);
    expect(one.asset).toBe('USDT');

    const all = await pm.getBalance();
    expectTypeOf(all).toEqualTypeOf<GetBalanceResult<'notSent'>>();
    expectTypeOf(all).toBeArray();
    expect(Array.isArray(all)).toBe(true);
    expect(all.map((b) => b.asset)).toContain('BTC');

    const maybe = async (client: PortfolioMarginClient, asset: string | undefined) => client.getBalance({ asset });
    expectTypeOf<Awaited<ReturnType<typeof maybe>>>().toEqualTypeOf<GetBalanceResult>();
    expect(Array.isArray(await maybe(pm, undefined))).toBe(true);
  });
});

/**
 * Ledger invariants as seeded property tests (fast-check): random sequences of loans, repayments, orders of every
 * type with every `sideEffectType` (cross, isolated and portfolio margin), OCO lists, cancels, price moves and
 * clock moves. After every step the account is recomputed from the API's own records and must match what it
 * shows to the last digit: nothing is created or destroyed except by fills at the traded price and commission,
 * nothing borrowed or held is negative, locked funds are exactly what resting orders hold, and every number in
 * every answer is exact and exponent-free.
 *
 * CI runs a fixed seed; `LEDGER_SEED` and `LEDGER_RUNS` change it (`pnpm fuzz` runs a random seed and prints it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../src/decimal.js';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { marginOperations } from '@marginkit/spec/margin';
import { ASSETS, Ledger, SYMBOLS, audit, snapshot, type Venue } from './support/ledger.js';

const SEED = Number(process.env.LEDGER_SEED ?? 0x1ed6e7);
const RUNS = Number(process.env.LEDGER_RUNS ?? 150);
const MAX_STEPS = 14;

const ORDER_TYPES = ['MARKET', 'LIMIT', 'LIMIT_MAKER', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'] as const;
const SIDE_EFFECTS = marginOperations.newMarginOrder.params.sideEffectType!.values!;
const OCO_SIDE_EFFECTS = { sapi: marginOperations.newMarginOco.params.sideEffectType!.values!, papi: portfolioMarginOperations.newMarginOco.params.sideEffectType!.values! };

const venue = fc.constantFrom<Venue>('sapi', 'iso', 'papi');
/** A price factor from 0.85 to 1.15 with 8 decimals, so that products carry more than 8 decimals. */
const factor = fc.integer({ min: 85_000_000, max: 115_000_000 }).map((n) => new D(n).div(100_000_000));
const quantity = fc.integer({ min: 1_000, max: 3_000_000 }).map((n) => new D(n).div(100_000_000)); // 0.00001 to 0.03

const command = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('order' as const), venue, symbol: fc.constantFrom(...SYMBOLS), side: fc.constantFrom('BUY', 'SELL'), type: fc.constantFrom(...ORDER_TYPES), tif: fc.constantFrom('GTC', 'IOC', 'FOK'), qty: quantity, price: factor, stop: factor, sideEffect: fc.constantFrom(...SIDE_EFFECTS), autoRepayAtCancel: fc.boolean(), byQuote: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('oco' as const), venue, symbol: fc.constantFrom(...SYMBOLS), side: fc.constantFrom('BUY', 'SELL'), qty: quantity, gap: fc.integer({ min: 1, max: 12 }), stopLimit: fc.boolean(), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('borrow' as const), venue, asset: fc.constantFrom(...ASSETS), amount: fc.integer({ min: 1, max: 500_000_000 }).map((n) => new D(n).div(1e8)) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repay' as const), venue, asset: fc.constantFrom(...ASSETS), share: fc.integer({ min: 1, max: 110 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), venue, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelAll' as const), venue, symbol: fc.constantFrom(...SYMBOLS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('price' as const), symbol: fc.constantFrom(...SYMBOLS), factor }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

function prefix(v: Venue): string {
  return v === 'papi' ? '/papi/v1/margin' : '/sapi/v1/margin';
}
function place(v: Venue, symbol: string): Record<string, string> {
  if (v === 'papi') return { symbol };
  return v === 'iso' ? { symbol: 'BTCUSDT', isIsolated: 'TRUE' } : { symbol };
}
const round8 = (d: InstanceType<typeof D>) => d.toDecimalPlaces(8, D.ROUND_DOWN).toFixed();

async function run(ledger: Ledger, cmd: Command): Promise<void> {
  const prices = ledger.core.prices();
  switch (cmd.kind) {
    case 'order': {
      const p = place(cmd.venue, cmd.symbol);
      const market = new D(prices[p.symbol!]!);
      const params: Record<string, string> = { ...p, side: cmd.side, type: cmd.type, sideEffectType: cmd.sideEffect, autoRepayAtCancel: String(cmd.autoRepayAtCancel) };
      if (cmd.type === 'MARKET' && cmd.byQuote) params.quoteOrderQty = round8(cmd.qty.mul(market));
      else params.quantity = cmd.qty.toFixed();
      if (['LIMIT', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'].includes(cmd.type)) params.price = round8(market.mul(cmd.price));
      if (cmd.type.startsWith('STOP_LOSS') || cmd.type.startsWith('TAKE_PROFIT')) params.stopPrice = round8(market.mul(cmd.stop));
      if (cmd.type === 'LIMIT' || cmd.type.endsWith('_LIMIT')) params.timeInForce = cmd.tif;
      await ledger.call('POST', `${prefix(cmd.venue)}/order`, params);
      return;
    }
    case 'oco': {
      const p = place(cmd.venue, cmd.symbol);
      const market = new D(prices[p.symbol!]!);
      const up = market.mul(1 + cmd.gap / 100);
      const down = market.mul(1 - cmd.gap / 100);
      const [limit, stop] = cmd.side === 'SELL' ? [up, down] : [down, up];
      const effects = OCO_SIDE_EFFECTS[cmd.venue === 'papi' ? 'papi' : 'sapi'];
      const params: Record<string, string> = { ...p, side: cmd.side, quantity: cmd.qty.toFixed(), price: round8(limit), stopPrice: round8(stop), sideEffectType: effects[cmd.pick % effects.length]! };
      if (cmd.stopLimit) Object.assign(params, { stopLimitPrice: round8(stop.mul(cmd.side === 'SELL' ? 0.99 : 1.01)), stopLimitTimeInForce: 'GTC' });
      await ledger.call('POST', `${prefix(cmd.venue)}/order/oco`, params);
      return;
    }
    case 'borrow':
    case 'repay': {
      let amount = cmd.kind === 'borrow' ? cmd.amount.toFixed() : '';
      if (cmd.kind === 'repay') {
        const wallets = (await ledger.admin('GET', '/__mock/accounts/marginkit-demo-key')).body;
        const w = cmd.venue === 'papi' ? wallets.portfolioMargin : cmd.venue === 'iso' ? (wallets.isolated.BTCUSDT ?? {}) : wallets.margin;
        const owed = w[cmd.asset] ? new D(w[cmd.asset].borrowed).plus(w[cmd.asset].interest) : new D(0);
        amount = round8(owed.mul(cmd.share).div(100));
        if (new D(amount).isZero()) amount = '0.00000001';
      }
      if (cmd.venue === 'papi') await ledger.call('POST', cmd.kind === 'borrow' ? '/papi/v1/marginLoan' : '/papi/v1/repayLoan', { asset: cmd.asset, amount });
      else {
        const iso: Record<string, string> = cmd.venue === 'iso' ? { isIsolated: 'TRUE', symbol: 'BTCUSDT' } : { isIsolated: 'FALSE' };
        await ledger.call('POST', '/sapi/v1/margin/borrow-repay', { asset: cmd.asset === 'ETH' && cmd.venue === 'iso' ? 'BTC' : cmd.asset, amount, type: cmd.kind === 'borrow' ? 'BORROW' : 'REPAY', ...iso });
      }
      return;
    }
    case 'cancel': {
      const open = (await ledger.call('GET', `${prefix(cmd.venue)}/openOrders`, cmd.venue === 'iso' ? { symbol: 'BTCUSDT', isIsolated: 'TRUE' } : {})).body as any[];
      if (open.length === 0) return;
      const o = open[cmd.pick % open.length];
      await ledger.call('DELETE', `${prefix(cmd.venue)}/order`, { ...place(cmd.venue, o.symbol), orderId: String(o.orderId) });
      return;
    }
    case 'cancelAll':
      await ledger.call('DELETE', cmd.venue === 'papi' ? '/papi/v1/margin/allOpenOrders' : '/sapi/v1/margin/openOrders', place(cmd.venue, cmd.symbol));
      return;
    case 'price':
      ledger.core.setPrice(cmd.symbol, round8(new D(prices[cmd.symbol]!).mul(cmd.factor)));
      return;
    case 'clock':
      ledger.core.advanceClock(cmd.minutes * 60_000);
      return;
  }
}

describe('ledger invariants (fast-check property)', () => {
  it(`hold after every step of ${RUNS} random sequences (seed ${SEED})`, async () => {
    let steps = 0;
    let answers = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: MAX_STEPS }), async (commands) => {
        const ledger = new Ledger({
          prices: { BTCUSDT: '40000.12345678', ETHUSDT: '2500.87654321' },
          commissionRate: '0.00075',
          interest: { hourlyRates: { BTC: '0.0000037', ETH: '0.0000041', USDT: '0.0000053' } },
        });
        const start = await snapshot(ledger);
        for (const [i, cmd] of commands.entries()) {
          await run(ledger, cmd);
          const problems = [...ledger.problems, ...(await audit(ledger, start))];
          if (problems.length) throw new Error(`after step ${i + 1} (${JSON.stringify(cmd)}):\n${problems.join('\n')}`);
          steps++;
        }
        answers += ledger.answers;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`ledger invariants: ${RUNS} runs, ${steps} steps, ${answers} answers checked (seed ${SEED})`);
    expect(steps).toBeGreaterThan(RUNS);
  });
});

/**
 * Property tests (fast-check, fixed seeds): across random sequences of market orders, mark-price moves and
 * funding settlements, the futures ledger neither creates nor destroys value.
 * - Each futures wallet equals its start plus the account's income events in that asset, to the last digit, and
 *   the income events equal the trades' realized profit minus their commission plus the funding fees, each fee
 *   being −position × mark × rate (CM: the position's coin value) rounded half-up to 8 decimals.
 * - UM: wallet change + commission paid + unrealized profit = Σ over trades of signed qty × (mark − trade price),
 *   exactly. CM (inverse, values rounded to 8 decimals per trade as Binance's `baseQty`): the same identity in
 *   coin, Σ signed (trade value − value at the mark), within 1e-8 per trade.
 * - With a coarser `assetPrecision` (USDT 2, BTC 6 decimals), every income event is at its asset's precision, the
 *   first property holds exactly (fees rounded half-up to that precision) and the second within half a unit of it
 *   per trade.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MockCore } from '../src/index.js';
import { D, ZERO, type Dec } from '../src/decimal.js';
import { futuresOf } from '../src/futures/engine.js';
import { settleFunding } from '../src/futures/funding.js';
import { unrealized, valueOf } from '../src/futures/positions.js';

const KEY = 'prop';
const step = fc.record({
  kind: fc.constantFrom('order', 'order', 'mark', 'funding'),
  buy: fc.boolean(),
  lots: fc.integer({ min: 1, max: 40 }),
  tick: fc.integer({ min: -300, max: 300 }),
});

type Precision = Record<string, number>;

function run(market: 'um' | 'cm', steps: { kind: string; buy: boolean; lots: number; tick: number }[], assetPrecision?: Precision) {
  const core = new MockCore({
    clock: { start: 1_700_000_000_000, frozen: true },
    ...(assetPrecision ? { assetPrecision } : {}),
    accounts: [{ apiKey: KEY, apiSecret: 's', portfolioMargin: { USDT: { free: '1000000', umWalletBalance: '100000' }, BTC: { free: '10', cmWalletBalance: '5' } } }],
  });
  const f = futuresOf(core.engine);
  const account = core.engine.accounts.get(KEY)!;
  const symbol = market === 'um' ? 'BTCUSDT' : 'BTCUSD_PERP';
  const s = f.symbol(symbol);
  const lot = market === 'um' ? new D('0.001') : new D('1');
  const wallet = () => (market === 'um' ? account.portfolioMargin.wallet.get('USDT').um : account.portfolioMargin.wallet.get('BTC').cm);
  const places = assetPrecision?.[s.marginAsset] ?? 8;
  const start = wallet();
  const trades: { signed: Dec; price: Dec }[] = [];
  let expectedFunding = ZERO;
  for (const st of steps) {
    if (st.kind === 'funding') {
      // The rate from the step's tick: −3 to +3 basis points.
      const rate = new D(st.tick % 4).div(10_000);
      const p = f.account(account).book(market).peekPosition(symbol, 'BOTH');
      if (p && !p.amount.isZero()) {
        const coinOrQuote = valueOf(s, p.amount.abs(), f.mark(symbol));
        expectedFunding = expectedFunding.plus(coinOrQuote.mul(rate).toDecimalPlaces(places, D.ROUND_HALF_UP).mul(p.amount.isNegative() ? 1 : -1));
      }
      settleFunding(f, new Map([[symbol, rate]]));
      continue;
    }
    if (st.kind === 'mark') {
      f.setMarkPrice(symbol, f.mark(symbol).plus(new D(st.tick).mul(s.tickSize).mul(100)));
      continue;
    }
    const qty = lot.mul(st.lots);
    const order = f.placeOrder(account, market, { symbol, side: st.buy ? 'BUY' : 'SELL', type: 'MARKET', quantity: qty, reduceOnly: false });
    trades.push({ signed: st.buy ? order.executedQty : order.executedQty.neg(), price: order.avgPrice });
  }
  const fa = f.account(account);
  const book = fa.book(market);
  const income = fa.income.filter((e) => e.market === market).reduce((sum, e) => sum.plus(e.income), ZERO);
  const realized = book.trades.reduce((sum, t) => sum.plus(t.realizedPnl), ZERO);
  const commission = book.trades.reduce((sum, t) => sum.plus(t.commission), ZERO);
  const funding = fa.income.filter((e) => e.market === market && e.incomeType === 'FUNDING_FEE').reduce((sum, e) => sum.plus(e.income), ZERO);
  const mark = f.mark(symbol);
  const position = book.peekPosition(symbol, 'BOTH');
  const upnl = position ? unrealized(s, position, mark) : ZERO;
  const expected = trades.reduce((sum, t) => {
    const sign = t.signed.isNegative() ? -1 : 1;
    const gain = market === 'um' ? t.signed.mul(mark.minus(t.price)) : valueOf(s, t.signed.abs(), t.price).minus(valueOf(s, t.signed.abs(), mark)).mul(sign);
    return sum.plus(gain);
  }, ZERO);
  const finerThanAsset = fa.income.filter((e) => e.income.decimalPlaces() > places).map((e) => `${e.incomeType} ${e.income.toFixed()}`);
  return { walletChange: wallet().minus(start), income, realized, commission, funding, expectedFunding, upnl, expected, trades: trades.length, places, finerThanAsset };
}

describe('the futures ledger neither creates nor destroys value', () => {
  for (const market of ['um', 'cm'] as const) {
    it(`${market.toUpperCase()}: wallet = start + income events = start + realized − commission`, () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
          const r = run(market, steps);
          expect(r.walletChange.toFixed()).toBe(r.income.toFixed());
          expect(r.income.toFixed()).toBe(r.realized.minus(r.commission).plus(r.funding).toFixed());
          expect(r.funding.toFixed()).toBe(r.expectedFunding.toFixed());
        }),
        { seed: market === 'um' ? 20260712 : 20260713, numRuns: 150 },
      );
    });

    it(`${market.toUpperCase()}: realized + unrealized profit equals the trades' value against the mark`, () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
          const r = run(market, steps);
          const diff = r.walletChange.plus(r.commission).minus(r.funding).plus(r.upnl).minus(r.expected).abs();
          if (market === 'um') expect(diff.toFixed()).toBe('0');
          else expect(diff.lessThanOrEqualTo(new D('1e-8').mul(r.trades + 1)), diff.toFixed()).toBe(true);
        }),
        { seed: market === 'um' ? 7 : 8, numRuns: 150 },
      );
    });
  }

  for (const market of ['um', 'cm'] as const) {
    it(`${market.toUpperCase()}: income events keep the margin asset's configured precision, and the ledger still balances`, () => {
      const precision = { USDT: 2, BTC: 6 };
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
          const r = run(market, steps, precision);
          expect(r.finerThanAsset).toEqual([]);
          expect(r.walletChange.toFixed()).toBe(r.income.toFixed());
          expect(r.income.toFixed()).toBe(r.realized.minus(r.commission).plus(r.funding).toFixed());
          expect(r.funding.toFixed()).toBe(r.expectedFunding.toFixed());
          // Each realized profit is rounded once to the asset's precision (CM values also to 8 decimals per trade).
          const diff = r.walletChange.plus(r.commission).minus(r.funding).plus(r.upnl).minus(r.expected).abs();
          const perTrade = new D(10).pow(-r.places).div(2).plus(market === 'cm' ? new D('1e-8') : 0);
          expect(diff.lessThanOrEqualTo(perTrade.mul(r.trades + 1)), diff.toFixed()).toBe(true);
        }),
        { seed: market === 'um' ? 20260801 : 20260802, numRuns: 100 },
      );
    });
  }

  it('a commission finer than the asset is rounded to its precision (USDT at 2 decimals)', () => {
    const core = new MockCore({
      clock: { start: 1_700_000_000_000, frozen: true },
      assetPrecision: { USDT: 2 },
      accounts: [{ apiKey: KEY, apiSecret: 's', portfolioMargin: { USDT: { free: '1000000', umWalletBalance: '100000' } } }],
    });
    const f = futuresOf(core.engine);
    const account = core.engine.accounts.get(KEY)!;
    f.setMarkPrice('BTCUSDT', new D('40000.1'));
    f.placeOrder(account, 'um', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: new D('0.003'), reduceOnly: false });
    // 0.003 × 40000.1 = 120.0003 at the taker rate: 0.06000015 exactly, 0.06 at two decimals.
    const [trade] = f.account(account).book('um').trades;
    expect(trade!.commission.toFixed()).toBe('0.06');
    expect(account.portfolioMargin.wallet.get('USDT').um.toFixed()).toBe('99999.94');
  });

  it('detects a ledger that loses a commission (the property can fail)', () => {
    const r = run('um', [{ kind: 'order', buy: true, lots: 10, tick: 0 }, { kind: 'mark', buy: true, lots: 1, tick: 50 }, { kind: 'order', buy: false, lots: 10, tick: 0 }]);
    expect(r.commission.greaterThan(0)).toBe(true);
    expect(r.walletChange.plus(r.commission).toFixed()).not.toBe(r.income.toFixed());
    expect(r.realized.toFixed()).toBe('5.00000000'.replace(/0+$/, '').replace(/\.$/, ''));
  });
});

/**
 * Funding ticks of the futures market (admin `POST /__mock/futures/funding`, `{"BTCUSDT": "0.0001"}`): every
 * open position of the symbol pays or receives its notional at the mark price × the rate — a long pays a
 * positive rate, a short receives it — as a `FUNDING_FEE` income row in the symbol's margin asset (rounded to 8
 * decimals, half up), settled into the UM or CM wallet (then auto-repaid if it turns negative).
 */
import type { Engine } from '../engine/engine.js';
import type { Dec } from '../decimal.js';
import { futuresOf } from '../futures/engine.js';
import { notional, round8 } from '../futures/positions.js';
import { autoRepayFutures } from './settlement.js';

export interface FundingEvent {
  readonly account: string;
  readonly symbol: string;
  readonly positionSide: string;
  readonly income: string;
  readonly asset: string;
}

export function applyFunding(engine: Engine, symbol: string, rate: Dec): FundingEvent[] {
  const f = futuresOf(engine);
  const s = f.symbol(symbol);
  const mark = f.mark(symbol);
  const now = engine.clock.now();
  const events: FundingEvent[] = [];
  for (const account of engine.accounts.values()) {
    const book = f.account(account).book(s.market);
    let touched = false;
    for (const p of book.positions.values()) {
      if (p.symbol !== symbol || p.amount.isZero()) continue;
      const signed = notional(s, p, mark).mul(p.amount.isNegative() ? -1 : 1);
      const income = round8(signed.mul(rate).neg());
      if (income.isZero()) continue;
      const b = account.portfolioMargin.wallet.get(s.marginAsset);
      if (s.market === 'um') b.um = b.um.plus(income);
      else b.cm = b.cm.plus(income);
      f.account(account).income.push({ tranId: engine.nextId('tranId'), market: s.market, symbol, incomeType: 'FUNDING_FEE', income, asset: s.marginAsset, time: now });
      events.push({ account: account.name, symbol, positionSide: p.positionSide, income: income.toFixed(), asset: s.marginAsset });
      touched = true;
    }
    if (touched) autoRepayFutures(engine, account);
  }
  return events;
}


/**
 * Funding settlements (Binance: "Funding Amount = Nominal Value of Positions × Funding Rate"; a positive rate
 * makes longs pay shorts). The mock settles only when the admin API asks (`POST /__mock/futures/funding`), never
 * on its own clock: a settlement tied to the wall clock would make a test's outcome depend on when it runs.
 *
 * Per open position: income = −signed notional at the mark × rate, rounded half-up to the margin asset's precision
 * (`assetPrecision`, else 8 decimals), in the margin asset (UM: amount × mark in the quote asset; CM: contracts ×
 * contract size / mark in the coin). It is booked to the UM or CM wallet and recorded as a `FUNDING_FEE` income
 * event; a wallet it leaves negative is repaid while the account's auto-repay-futures switch is on
 * (pm-account/settlement.ts).
 */
import type { Account } from '../engine/state.js';
import type { Dec } from '../decimal.js';
import type { FuturesMarketId } from './config.js';
import type { FuturesEngine } from './engine.js';
import { valueOf } from './positions.js';
import type { PositionSide } from './state.js';
import { autoRepayFutures } from '../pm-account/settlement.js';

export interface FundingEvent {
  readonly account: Account;
  readonly market: FuturesMarketId;
  readonly symbol: string;
  readonly positionSide: PositionSide;
  readonly fundingRate: Dec;
  /** Signed: positive into the wallet. */
  readonly income: Dec;
  readonly asset: string;
  readonly tranId: bigint;
}

/** Settles one funding period for the symbols in `rates` (symbol → signed rate) across every account. */
export function settleFunding(f: FuturesEngine, rates: ReadonlyMap<string, Dec>): FundingEvent[] {
  const events: FundingEvent[] = [];
  for (const account of f.engine.accounts.values()) {
    const fa = f.existing(account);
    if (!fa) continue;
    for (const book of [fa.um, fa.cm]) {
      for (const p of book.positions.values()) {
        const rate = rates.get(p.symbol);
        if (rate === undefined || p.amount.isZero()) continue;
        const s = f.symbol(p.symbol);
        const notional = valueOf(s, p.amount.abs(), f.mark(s.symbol));
        const income = f.income(s, notional.mul(rate)).mul(p.amount.isNegative() ? 1 : -1);
        if (income.isZero()) continue;
        const event = f.credit(account, s, income, 'FUNDING_FEE');
        events.push({ account, market: s.market, symbol: s.symbol, positionSide: p.positionSide, fundingRate: rate, income, asset: s.marginAsset, tranId: event.tranId });
      }
    }
    // A fee that leaves a futures wallet negative is repaid while the auto-repay-futures switch is on.
    if (events.some((e) => e.account === account)) autoRepayFutures(f.engine, account);
  }
  return events;
}

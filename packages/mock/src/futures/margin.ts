/**
 * Margin figures of the unified Portfolio Margin account with its futures positions, in USDT:
 * - equity = margin-side assets − liabilities (the existing valuation, futures wallets included) + unrealized
 *   profit of every UM and CM position (CM profit valued in USDT at the spot price of its coin);
 * - initial margin = liabilities / (leverage − 1) (the margin side's rule) + Σ position notional / symbol leverage
 *   + Σ open-order notional / leverage;
 * - maintenance margin = 10 % of liabilities (margin side) + Σ (position notional × the bracket's maintenance
 *   rate − the bracket's `cum`);
 * - uniMMR = equity / maintenance margin (999 when there is none).
 */
import type { Account } from '../engine/state.js';
import { D, ZERO, type Dec } from '../decimal.js';
import type { FuturesSymbol } from './config.js';
import type { FuturesEngine } from './engine.js';
import { notional, unrealized, valueOf } from './positions.js';

export const MARGIN_MAINTENANCE_RATE = new D('0.1');

export interface AccountMetrics {
  readonly equity: Dec;
  readonly initialMargin: Dec;
  readonly maintMargin: Dec;
  readonly uniMMR: Dec;
  /** Unrealized profit by market and margin asset, in that asset. */
  readonly unrealized: { readonly um: Map<string, Dec>; readonly cm: Map<string, Dec> };
}

export function orderInitialMargin(s: FuturesSymbol, qty: Dec, price: Dec, leverage: number): Dec {
  return valueOf(s, qty, price).div(leverage);
}

/**
 * The maintenance amount (`cum`) of each bracket, as `GET /papi/v1/um/leverageBracket` publishes it: 0 for the
 * first, then the previous one plus the bracket's floor × (its rate − the previous rate), so that the
 * maintenance margin n × rate − cum runs on without a jump from one bracket to the next.
 */
export function bracketCums(s: FuturesSymbol): Dec[] {
  const cums: Dec[] = [];
  s.brackets.forEach((b, i) => {
    if (i === 0) cums.push(ZERO);
    else cums.push(cums[i - 1]!.plus(s.brackets[i - 1]!.notionalCap.mul(b.maintMarginRatio.minus(s.brackets[i - 1]!.maintMarginRatio))));
  });
  return cums;
}

/** Maintenance margin of a position of notional `n`: n × the bracket's rate − the bracket's `cum` (Binance's formula). */
export function maintMargin(s: FuturesSymbol, n: Dec): Dec {
  const cums = bracketCums(s);
  let i = s.brackets.findIndex((b) => n.lessThanOrEqualTo(b.notionalCap));
  if (i < 0) i = s.brackets.length - 1;
  return n.mul(s.brackets[i]!.maintMarginRatio).minus(cums[i]!);
}

export function accountMetrics(f: FuturesEngine, account: Account): AccountMetrics {
  const { engine } = f;
  const { assets, liability } = engine.totals(account.portfolioMargin.wallet, 'USDT');
  let equity = assets.minus(liability);
  let initial = liability.isZero() ? ZERO : liability.div(engine.leverage.minus(1));
  let maint = liability.mul(MARGIN_MAINTENANCE_RATE);
  const upnl = { um: new Map<string, Dec>(), cm: new Map<string, Dec>() };
  const fa = f.account(account);
  for (const book of [fa.um, fa.cm]) {
    for (const p of book.positions.values()) {
      if (p.amount.isZero()) continue;
      const s = f.symbol(p.symbol);
      const mark = f.mark(s.symbol);
      const u = unrealized(s, p, mark);
      upnl[book.market].set(s.marginAsset, (upnl[book.market].get(s.marginAsset) ?? ZERO).plus(u));
      const n = notional(s, p, mark);
      const usdt = (v: Dec) => engine.market.value(s.marginAsset, v, 'USDT');
      equity = equity.plus(usdt(u));
      initial = initial.plus(usdt(n.div(f.leverageOf(book, s))));
      maint = maint.plus(usdt(maintMargin(s, n)));
    }
    for (const o of book.open) {
      const s = f.symbol(o.symbol);
      initial = initial.plus(engine.market.value(s.marginAsset, orderInitialMargin(s, o.origQty, o.price, f.leverageOf(book, s)), 'USDT'));
    }
  }
  const uniMMR = maint.isZero() ? new D(999) : equity.div(maint);
  return { equity, initialMargin: initial, maintMargin: maint, uniMMR, unrealized: upnl };
}

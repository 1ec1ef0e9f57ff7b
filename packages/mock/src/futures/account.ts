/**
 * The Portfolio Margin account views with the futures side included (`GET /papi/v1/account`,
 * `GET /papi/v1/balance`): equity, initial and maintenance margin and uniMMR from {@link accountMetrics}, and per
 * asset the UM and CM wallets with their unrealized profit. They replace the margin-only views of the handler
 * table (the formulas of the margin side are unchanged; see the README's simulation rules).
 */
import type { Handler, HandlerContext } from '../engine/handlers.js';
import { D, fmt, SCALE, ZERO, type Dec } from '../decimal.js';
import { futuresOf } from './engine.js';
import { FE } from './errors.js';

/** A figure as an answer shows it: exactly 8 decimals, rounded once, in the direction that never flatters the account. */
const shownEquity = (v: Dec): Dec => v.toDecimalPlaces(SCALE, D.ROUND_FLOOR);
const shownMargin = (v: Dec): Dec => v.toDecimalPlaces(SCALE, D.ROUND_CEIL);
/** A balance as `fmt` shows it (8 decimals, truncated), so that sums of shown balances are what the answer shows. */
const shown = (v: Dec): Dec => new D(fmt(v));

export const pmAccountView: Handler = (ctx) => {
  const m = futuresOf(ctx.engine).metrics(ctx.account);
  // Unrealized profit (amount × mark) and margins (notional ÷ leverage) carry more than 8 decimals: each figure is
  // rounded once (equity down, margins up, as the margin side rounds a liability) and everything derived from it
  // is computed from the rounded figures, so that equity − initial margin is exactly the available amount shown.
  const equity = shownEquity(m.equity);
  const initialMargin = shownMargin(m.initialMargin);
  const maintMargin = shownMargin(m.maintMargin);
  const uniMMR = maintMargin.isZero() ? new D(999) : equity.div(maintMargin);
  const status = maintMargin.isZero() || uniMMR.greaterThanOrEqualTo(1.2) ? 'NORMAL' : uniMMR.greaterThanOrEqualTo(1.05) ? 'MARGIN_CALL' : 'ACTIVE_LIQUIDATION';
  const available = equity.minus(initialMargin);
  const free = available.greaterThan(0) ? available : ZERO;
  return {
    body: {
      uniMMR: fmt(uniMMR),
      accountEquity: fmt(equity),
      actualEquity: fmt(equity),
      accountInitialMargin: fmt(initialMargin),
      accountMaintMargin: fmt(maintMargin),
      accountStatus: status,
      virtualMaxWithdrawAmount: fmt(free),
      totalAvailableBalance: fmt(free),
      totalMarginOpenLoss: fmt(ZERO),
      updateTime: ctx.engine.clock.now(),
    },
  };
};

function row(ctx: HandlerContext, asset: string, withCrossAsset: boolean): Record<string, unknown> {
  const m = futuresOf(ctx.engine).metrics(ctx.account);
  const held = ctx.account.portfolioMargin.wallet.peek(asset) ?? { free: ZERO, locked: ZERO, borrowed: ZERO, interest: ZERO, um: ZERO, cm: ZERO };
  // Totals are sums of the balances as shown, so that each row adds up to the last digit it shows.
  const b = { free: shown(held.free), locked: shown(held.locked), borrowed: shown(held.borrowed), interest: shown(held.interest), um: shown(held.um), cm: shown(held.cm) };
  const out: Record<string, unknown> = { asset, totalWalletBalance: fmt(b.free.plus(b.locked).plus(b.um).plus(b.cm)) };
  if (withCrossAsset) out.crossMarginAsset = fmt(b.free.plus(b.locked).minus(b.borrowed).minus(b.interest));
  Object.assign(out, {
    crossMarginBorrowed: fmt(b.borrowed),
    crossMarginFree: fmt(b.free),
    crossMarginInterest: fmt(b.interest),
    crossMarginLocked: fmt(b.locked),
    umWalletBalance: fmt(b.um),
    umUnrealizedPNL: fmt(m.unrealized.um.get(asset) ?? ZERO),
    cmWalletBalance: fmt(b.cm),
    cmUnrealizedPNL: fmt(m.unrealized.cm.get(asset) ?? ZERO),
    updateTime: ctx.engine.clock.now(),
    negativeBalance: fmt(ZERO),
  });
  return out;
}

export const pmBalanceView: Handler = (ctx) => {
  const asset = ctx.params.get('asset');
  const wallet = ctx.account.portfolioMargin.wallet;
  if (asset !== undefined) {
    if (!ctx.engine.market.hasAsset(asset) && !wallet.peek(asset)) throw FE.invalidAsset();
    return { body: row(ctx, asset, false) };
  }
  return { body: [...wallet.balances.keys()].map((a) => row(ctx, a, true)) };
};

export { D };

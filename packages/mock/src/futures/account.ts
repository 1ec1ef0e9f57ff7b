/**
 * The Portfolio Margin account views with the futures side included (`GET /papi/v1/account`,
 * `GET /papi/v1/balance`): equity, initial and maintenance margin and uniMMR from {@link accountMetrics}, and per
 * asset the UM and CM wallets with their unrealized profit. They replace the margin-only views of the handler
 * table (the formulas of the margin side are unchanged; see the README's simulation rules).
 */
import type { Handler, HandlerContext } from '../engine/handlers.js';
import { D, fmt, ZERO } from '../decimal.js';
import { futuresOf } from './engine.js';
import { FE } from './errors.js';

export const pmAccountView: Handler = (ctx) => {
  const m = futuresOf(ctx.engine).metrics(ctx.account);
  const status = m.maintMargin.isZero() || m.uniMMR.greaterThanOrEqualTo(1.2) ? 'NORMAL' : m.uniMMR.greaterThanOrEqualTo(1.05) ? 'MARGIN_CALL' : 'ACTIVE_LIQUIDATION';
  const available = m.equity.minus(m.initialMargin);
  const free = available.greaterThan(0) ? available : ZERO;
  return {
    body: {
      uniMMR: fmt(m.uniMMR),
      accountEquity: fmt(m.equity),
      actualEquity: fmt(m.equity),
      accountInitialMargin: fmt(m.initialMargin),
      accountMaintMargin: fmt(m.maintMargin),
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
  const b = ctx.account.portfolioMargin.wallet.peek(asset) ?? { free: ZERO, locked: ZERO, borrowed: ZERO, interest: ZERO, um: ZERO, cm: ZERO };
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

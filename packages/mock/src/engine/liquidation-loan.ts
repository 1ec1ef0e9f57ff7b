/**
 * SAPI liquidation loan: the deficit a liquidation left below zero, recorded as a loan (configuration
 * `accounts[].liquidationLoan`, USDC by default). It is separate from the account's borrowed balances, bears
 * no interest in the mock, and is paid back from the free cross-margin balance of its asset; repayments settle
 * at once (`SUCCESS`) and feed the repay history (last 90 days, 7 by default) and the capital flow (`REPAY`).
 */
import { ZERO, fmt } from '../decimal.js';
import { E } from '../errors.js';
import { id } from '../json.js';
import { DAY, decParam, intParam, optIntParam, pageOf, within } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

/** The loan asset when the account has none (Binance: "USDC by default"). */
const DEFAULT_ASSET = 'USDC';
const REACH = 90 * DAY;

function loan(ctx: HandlerContext) {
  const l = ctx.engine.records.of(ctx.account).liquidationLoan;
  const amount = l?.amount ?? ZERO;
  const repaid = l?.repaid ?? ZERO;
  return {
    body: { asset: l?.asset ?? DEFAULT_ASSET, amount: fmt(amount), repaidAmount: fmt(repaid), remainingAmount: fmt(amount.minus(repaid)) },
  };
}

/**
 * Binance documents no errors for this call; the mock answers those of the borrow/repay call: -3015 for more
 * than is owed (or another asset than the loan's, or no loan), -3041 for more than the free balance.
 */
function repay(ctx: HandlerContext) {
  const asset = ctx.params.get('asset')!;
  const amount = decParam(ctx, 'amount')!;
  if (!amount.greaterThan(0)) throw E.invalidParam('amount');
  const records = ctx.engine.records.of(ctx.account);
  const l = records.liquidationLoan;
  if (!l || l.asset !== asset || amount.greaterThan(l.amount.minus(l.repaid))) throw E.repayExceedsLiability();
  const balance = ctx.account.margin.cross.get(asset);
  if (amount.greaterThan(balance.free)) throw E.balanceNotEnough();
  balance.free = balance.free.minus(amount);
  l.repaid = l.repaid.plus(amount);
  const now = ctx.engine.clock.now();
  const repayId = ctx.engine.records.nextLiquidationRepayId();
  records.liquidationRepays.push({ repayId, asset, amount, status: 'SUCCESS', createTime: now });
  ctx.engine.records.flow(records, { tranId: repayId, timestamp: now, asset, type: 'REPAY', amount });
  return { body: { repayId: id(repayId), asset, amount: fmt(amount), status: 'SUCCESS', createTime: now } };
}

/** Oldest first, as in Binance's example; a `startTime` older than 90 days is moved to 90 days ago. */
function repayHistory(ctx: HandlerContext) {
  const now = ctx.engine.clock.now();
  const end = optIntParam(ctx, 'endTime') ?? now;
  const start = Math.max(optIntParam(ctx, 'startTime') ?? now - 7 * DAY, now - REACH);
  const rows = ctx.engine.records
    .of(ctx.account)
    .liquidationRepays.items.filter((r) => within(r.createTime, { start, end }))
    .map((r) => ({ repayId: id(r.repayId), asset: r.asset, amount: fmt(r.amount), status: r.status, createTime: r.createTime }));
  return { body: { total: rows.length, rows: pageOf(rows, intParam(ctx, 'current', 1), intParam(ctx, 'size', 50)) } };
}

export const liquidationLoanHandlers: Record<string, Handler> = {
  'margin.getMarginLiquidationLoan': loan,
  'margin.repayMarginLiquidationLoan': repay,
  'margin.getMarginLiquidationLoanRepayHistory': repayHistory,
};

/**
 * The margin side of a Portfolio Margin account: borrow and repay, loan and repay records, maximum borrowable and
 * withdrawable amounts, interest histories.
 */
import { fmt } from '../decimal.js';
import { E } from '../errors.js';
import { pageOf } from './handler-kit.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { DAY, big, historyWindow, inWindow, int, knownAsset, positiveAmount } from './request-readers.js';

function pmAsset(ctx: HandlerContext): string {
  const asset = ctx.params.get('asset')!;
  knownAsset(ctx, ctx.account.portfolioMargin.wallet, asset);
  return asset;
}

export function pmBorrow(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const amount = positiveAmount(ctx, asset);
  const wallet = ctx.account.portfolioMargin.wallet;
  if (amount.greaterThan(ctx.engine.maxBorrowable(wallet, asset).amount)) throw E.pmMarginInsufficient();
  return { body: { tranId: ctx.engine.borrow(ctx.account.portfolioMargin, wallet, asset, amount, 'MANUAL') } };
}

export function pmRepay(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const amount = positiveAmount(ctx, asset);
  const wallet = ctx.account.portfolioMargin.wallet;
  const b = wallet.get(asset);
  // The margin backend's code: the PAPI catalogue lists the -3xxx margin codes.
  if (amount.greaterThan(b.borrowed.plus(b.interest))) throw E.repayExceedsLiability();
  if (amount.greaterThan(b.free)) throw E.pmBalanceInsufficient();
  return { body: { tranId: ctx.engine.repay(ctx.account.portfolioMargin, wallet, asset, amount, 'MANUAL') } };
}

/** PAPI `archived=true` reads records older than six months; the default reads the recent ones. */
function archiveFilter(ctx: HandlerContext): (time: number) => boolean {
  const cut = ctx.engine.clock.now() - 180 * DAY;
  return ctx.params.get('archived') === 'true' ? (t) => t < cut : (t) => t >= cut;
}

export function pmLoanRecords(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = pmAsset(ctx);
  const txId = big(p, 'txId');
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.borrows
    .filter((r) => r.asset === asset && archived(r.timestamp) && (txId !== undefined ? r.txId === txId : inWindow(r.timestamp, start, end)))
    .map((r) => ({ txId: r.txId, asset: r.asset, principal: fmt(r.principal), timestamp: r.timestamp, status: 'CONFIRMED' }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

export function pmRepayRecords(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = pmAsset(ctx);
  const txId = big(p, 'txId');
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.repays
    .filter((r) => r.asset === asset && archived(r.timestamp) && (txId !== undefined ? r.txId === txId : inWindow(r.timestamp, start, end)))
    .map((r) => ({
      txId: r.txId,
      asset: r.asset,
      amount: fmt(r.amount),
      principal: fmt(r.principal),
      interest: fmt(r.interest),
      timestamp: r.timestamp,
      status: 'CONFIRMED',
    }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

export function pmMaxBorrowable(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  const { amount, limit } = ctx.engine.maxBorrowable(ctx.account.portfolioMargin.wallet, asset);
  return { body: { amount: fmt(amount), borrowLimit: fmt(limit) } };
}

export function pmMaxWithdraw(ctx: HandlerContext): HandlerResult {
  const asset = pmAsset(ctx);
  return { body: { amount: fmt(ctx.engine.maxTransferable(ctx.account.portfolioMargin.wallet, asset)) } };
}

export function pmInterestHistory(ctx: HandlerContext): HandlerResult {
  const { params: p } = ctx;
  const asset = p.get('asset');
  if (asset !== undefined) pmAsset(ctx);
  const { start, end } = historyWindow(ctx);
  const archived = archiveFilter(ctx);
  const rows = ctx.account.portfolioMargin.ledger.interest
    .filter((r) => inWindow(r.time, start, end) && archived(r.time) && (asset === undefined || r.asset === asset))
    .map((r) => ({
      txId: r.txId,
      interestAccuredTime: r.time,
      asset: r.asset,
      rawAsset: r.asset,
      principal: fmt(r.principal),
      interest: fmt(r.interest),
      interestRate: fmt(r.rate),
      type: r.type,
    }))
    .reverse();
  return { body: { rows: pageOf(rows, int(p, 'current', 1), int(p, 'size', 10)), total: rows.length } };
}

export function pmNegativeBalanceInterest(ctx: HandlerContext): HandlerResult {
  if (ctx.params.has('asset')) pmAsset(ctx);
  return { body: [] };
}

/**
 * SAPI transfer history and capital flow, read from the records the engine keeps (`records.ts`): every
 * transfer, borrow, repayment, fill and commission of the margin account, newest first.
 */
import { fmt } from '../decimal.js';
import { id } from '../json.js';
import { DAY, intParam, pageOf, requireSymbol, seconds, timeWindow, within } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

/** `GET /sapi/v1/margin/transfer`: last 7 days by default, 30 days from `startTime`. */
function transferHistory(ctx: HandlerContext) {
  const { params: p } = ctx;
  const isoSymbol = p.get('isolatedSymbol');
  if (isoSymbol !== undefined) requireSymbol(ctx, isoSymbol);
  const asset = p.get('asset');
  const type = p.get('type');
  const window = timeWindow(ctx, 7 * DAY, 30 * DAY);
  const rows = ctx.engine.records
    .of(ctx.account)
    .transfers.items.filter(
      (r) => r.isolatedSymbol === isoSymbol && within(r.timestamp, window) && (asset === undefined || r.asset === asset) && (type === undefined || r.type === type),
    )
    .map((r) => ({
      amount: fmt(r.amount),
      asset: r.asset,
      status: 'CONFIRMED',
      timestamp: seconds(r.timestamp),
      txId: id(r.txId),
      type: r.type,
      transFrom: r.transFrom,
      transTo: r.transTo,
      ...(r.fromSymbol !== undefined ? { fromSymbol: r.fromSymbol, toSymbol: r.toSymbol } : {}),
    }))
    .reverse();
  return { body: { rows: pageOf(rows, intParam(ctx, 'current', 1), intParam(ctx, 'size', 10)), total: rows.length } };
}

export const capitalFlowHandlers: Record<string, Handler> = {
  'margin.getMarginTransferHistory': transferHistory,
};

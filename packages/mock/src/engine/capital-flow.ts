/**
 * SAPI transfer history and capital flow, read from the records the engine keeps (`records.ts`): every
 * transfer, borrow, repayment, fill and commission of the margin account, newest first.
 */
import { fmt } from '../decimal.js';
import { ApiError } from '../errors.js';
import { id } from '../json.js';
import { DAY, bigParam, intParam, optIntParam, pageOf, requireSymbol, seconds, timeWindow, within } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

/** The capital flow reaches back 90 days; an older `startTime` is refused with -4047. */
const CAPITAL_FLOW_REACH = 90 * DAY;

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

/**
 * `GET /sapi/v1/margin/capital-flow`: rows in increasing id; after `fromId` when sent, else the latest `limit`.
 * Cross-margin rows without `symbol`, one isolated pair's rows with it.
 */
function capitalFlow(ctx: HandlerContext) {
  const { params: p } = ctx;
  const symbol = p.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const now = ctx.engine.clock.now();
  const start = optIntParam(ctx, 'startTime');
  const end = optIntParam(ctx, 'endTime');
  if (start !== undefined && start < now - CAPITAL_FLOW_REACH) throw new ApiError(400, -4047, 'Time interval must be within 0-90 days');
  const from = start ?? now - CAPITAL_FLOW_REACH;
  const asset = p.get('asset');
  const type = p.get('type');
  const fromId = bigParam(ctx, 'fromId');
  const limit = intParam(ctx, 'limit', 500);
  let rows = ctx.engine.records
    .of(ctx.account)
    .capitalFlow.items.filter(
      (r) =>
        r.symbol === symbol &&
        r.timestamp >= from &&
        (end === undefined || r.timestamp <= end) &&
        (asset === undefined || r.asset === asset) &&
        (type === undefined || r.type === type),
    );
  rows = fromId !== undefined ? rows.filter((r) => r.id > fromId).slice(0, limit) : rows.slice(-limit);
  return {
    body: rows.map((r) => ({
      id: id(r.id),
      tranId: id(r.tranId),
      timestamp: r.timestamp,
      asset: r.asset,
      ...(r.symbol !== undefined ? { symbol: r.symbol } : {}),
      type: r.type,
      amount: fmt(r.amount),
    })),
  };
}

export const capitalFlowHandlers: Record<string, Handler> = {
  'margin.getMarginTransferHistory': transferHistory,
  'margin.getMarginCapitalFlow': capitalFlow,
};

/**
 * SAPI small-liability exchange: cross-margin liabilities worth less than 10 USDT (principal plus interest, at
 * the mock's prices) can be converted into one USDT liability, at most 10 assets per call and once per 6
 * hours. The converted liability is rounded up to 8 decimals (a debt is never rounded in the borrower's
 * favour). Each exchange is recorded for the history and in the capital flow.
 */
import { D, ZERO, fmt, type Dec } from '../decimal.js';
import { ApiError } from '../errors.js';
import { RawNumber } from '../json.js';
import { DAY, HOUR, intParam, listParam, pageOf, timeWindow, within } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

/** The asset small liabilities are converted into (Binance's list names USDT as `liabilityAsset`). */
export const SMALL_LIABILITY_TARGET = 'USDT';
const MAX_VALUE = new D(10);
const COOL_DOWN = 6 * HOUR;

interface SmallLiability {
  readonly asset: string;
  readonly principal: Dec;
  readonly interest: Dec;
  /** What principal plus interest is worth in the target asset. */
  readonly value: Dec;
}

/** The cross-margin liabilities small enough to exchange, by asset. */
function smallLiabilities(ctx: HandlerContext): Map<string, SmallLiability> {
  const out = new Map<string, SmallLiability>();
  const market = ctx.engine.market;
  for (const [asset, b] of ctx.account.margin.cross.balances) {
    if (asset === SMALL_LIABILITY_TARGET) continue;
    const owed = b.borrowed.plus(b.interest);
    if (!owed.greaterThan(0)) continue;
    const rate = market.rate(asset, SMALL_LIABILITY_TARGET);
    if (!rate) continue;
    const value = owed.mul(rate);
    if (value.lessThan(MAX_VALUE)) out.set(asset, { asset, principal: b.borrowed, interest: b.interest, value });
  }
  return out;
}

/** A decimal as a plain JSON number without trailing zeros (`0.3552`), as Binance writes `liabilityQty`. */
function bareNumber(value: Dec): RawNumber {
  return new RawNumber(value.toDecimalPlaces(8, D.ROUND_DOWN).toFixed());
}

function coinList(ctx: HandlerContext) {
  const rows = [...smallLiabilities(ctx).values()]
    .sort((a, b) => (a.asset < b.asset ? -1 : 1))
    .map((l) => ({
      asset: l.asset,
      interest: fmt(l.interest),
      principal: fmt(l.principal),
      liabilityAsset: SMALL_LIABILITY_TARGET,
      liabilityQty: bareNumber(l.value),
    }));
  return { body: rows };
}

const invalid = () => new ApiError(400, -3026, 'Your input param is invalid.');

/** Binance documents the rules but no errors; every broken rule answers -3026 (VALIDATION_FAILED). */
function exchange(ctx: HandlerContext) {
  const names = listParam(ctx, 'assetNames');
  if (new Set(names).size !== names.length) throw invalid();
  const records = ctx.engine.records.of(ctx.account);
  const now = ctx.engine.clock.now();
  if (records.lastSmallLiabilityExchange !== undefined && now - records.lastSmallLiabilityExchange < COOL_DOWN) throw invalid();
  const small = smallLiabilities(ctx);
  const chosen = names.map((n) => small.get(n));
  if (chosen.some((l) => l === undefined)) throw invalid();
  const wallet = ctx.account.margin.cross;
  const target = wallet.get(SMALL_LIABILITY_TARGET);
  const tranId = ctx.engine.nextId('tranId');
  for (const l of chosen as SmallLiability[]) {
    const owed = l.principal.plus(l.interest);
    const converted = l.value.toDecimalPlaces(8, D.ROUND_UP);
    const b = wallet.get(l.asset);
    b.borrowed = ZERO;
    b.interest = ZERO;
    target.borrowed = target.borrowed.plus(converted);
    records.smallLiabilityExchanges.push({ asset: l.asset, amount: owed, targetAsset: SMALL_LIABILITY_TARGET, targetAmount: converted, timestamp: now });
    ctx.engine.records.flow(records, { tranId, timestamp: now, asset: l.asset, type: 'SMALL_BALANCE_CONVERT', amount: owed });
    ctx.engine.records.flow(records, { tranId, timestamp: now, asset: SMALL_LIABILITY_TARGET, type: 'SMALL_BALANCE_CONVERT', amount: converted });
  }
  records.lastSmallLiabilityExchange = now;
  return { body: {} };
}

function history(ctx: HandlerContext) {
  const window = timeWindow(ctx, 30 * DAY);
  const rows = ctx.engine.records
    .of(ctx.account)
    .smallLiabilityExchanges.items.filter((r) => within(r.timestamp, window))
    .map((r) => ({
      asset: r.asset,
      amount: fmt(r.amount),
      targetAsset: r.targetAsset,
      targetAmount: fmt(r.targetAmount),
      bizType: 'EXCHANGE_SMALL_LIABILITY',
      timestamp: r.timestamp,
    }))
    .reverse();
  return { body: { total: rows.length, rows: pageOf(rows, intParam(ctx, 'current', 1), intParam(ctx, 'size', 10)) } };
}

export const smallLiabilityHandlers: Record<string, Handler> = {
  'margin.getSmallLiabilityExchangeCoinList': coinList,
  'margin.exchangeSmallLiability': exchange,
  'margin.getSmallLiabilityExchangeHistory': history,
};

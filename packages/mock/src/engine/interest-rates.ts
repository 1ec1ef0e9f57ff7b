/**
 * SAPI interest-rate queries, from the mock's interest configuration: the rate history of an asset
 * (`GET /sapi/v1/margin/interestRateHistory`) and the rate of the coming hour
 * (`GET /sapi/v1/margin/next-hourly-interest-rate`). The mock charges one hourly rate per asset
 * (`interest.hourlyRates`, else `interest.defaultHourlyRate`), the same for every VIP level and for cross and
 * isolated margin; its daily rate is 24 times the hourly one and took effect when the mock started. Earlier
 * rates come from `marketData.interestRateHistory`.
 */
import { fmt } from '../decimal.js';
import { E } from '../errors.js';
import { DAY, intParam, listParam, timeWindow, within } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

function requireMarginAsset(ctx: HandlerContext, asset: string): void {
  if (!ctx.engine.records.catalog.assets.has(asset)) throw E.notMarginAsset();
}

function interestRateHistory(ctx: HandlerContext) {
  const asset = ctx.params.get('asset')!;
  requireMarginAsset(ctx, asset);
  const vipLevel = intParam(ctx, 'vipLevel', 0);
  const catalog = ctx.engine.records.catalog;
  const window = timeWindow(ctx, 7 * DAY);
  const changes = [...catalog.rateChanges(asset), { time: catalog.start, dailyInterestRate: ctx.engine.hourlyRate(asset).mul(24) }];
  const rows = changes
    .filter((c) => within(c.time, window))
    .sort((a, b) => b.time - a.time)
    .map((c) => ({ asset, dailyInterestRate: fmt(c.dailyInterestRate), timestamp: c.time, vipLevel }));
  return { body: rows };
}

function nextHourlyInterestRate(ctx: HandlerContext) {
  const assets = listParam(ctx, 'assets');
  for (const asset of assets) requireMarginAsset(ctx, asset);
  return { body: assets.map((asset) => ({ asset, nextHourlyInterestRate: fmt(ctx.engine.hourlyRate(asset)) })) };
}

export const interestRateHandlers: Record<string, Handler> = {
  'margin.getMarginInterestRateHistory': interestRateHistory,
  'margin.getMarginNextHourlyInterestRate': nextHourlyInterestRate,
};

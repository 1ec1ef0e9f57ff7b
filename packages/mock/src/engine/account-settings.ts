/**
 * SAPI account settings: the cross-margin max leverage (`POST /sapi/v1/margin/max-leverage`), the margin-level
 * thresholds that follow from it (`GET /sapi/v1/margin/tradeCoeff`) and the BNB burn switches
 * (`GET /sapi/v1/bnbBurn`).
 *
 * Thresholds for a max leverage L: the initial level is L / (L − 1) (Binance: 1.5 at 3x, 1.25 at 5x), the
 * liquidation level 1.1, and the margin-call level halfway between them (1.3 at 3x, as Binance documents).
 */
import { D, type Dec } from '../decimal.js';
import { ApiError } from '../errors.js';
import type { Handler, HandlerContext } from './handlers.js';

const LIQUIDATION_LEVEL = new D('1.1');

/** A ratio as Binance writes thresholds: at most 8 decimals, no trailing zeros (`"1.5"`). */
function ratio(value: Dec): string {
  return value.toDecimalPlaces(8, D.ROUND_HALF_UP).toFixed();
}

/** The max leverage of the account's cross-margin collateral rule. */
export function maxLeverageOf(ctx: HandlerContext): Dec {
  return ctx.engine.records.of(ctx.account).maxLeverage ?? ctx.engine.leverage;
}

export function initialLevel(leverage: Dec): Dec {
  return leverage.div(leverage.minus(1));
}

function tradeCoeff(ctx: HandlerContext) {
  const normal = initialLevel(maxLeverageOf(ctx));
  return {
    body: {
      normalBar: ratio(normal),
      marginCallBar: ratio(normal.plus(LIQUIDATION_LEVEL).div(2)),
      forceLiquidationBar: ratio(LIQUIDATION_LEVEL),
    },
  };
}

/**
 * Sets the max leverage (3 or 5, validated by the spec). With liabilities, the margin level (assets /
 * liabilities in USDT) must be above the new leverage's initial level; Binance documents the rule, not its
 * error, and the mock answers the margin-level error -3023.
 */
function adjustMaxLeverage(ctx: HandlerContext) {
  const leverage = new D(ctx.params.get('maxLeverage')!);
  const { assets, liability } = ctx.engine.totals(ctx.account.margin.cross, 'USDT');
  if (!liability.isZero() && !assets.div(liability).greaterThan(initialLevel(leverage))) {
    throw new ApiError(400, -3023, "You can't transfer out/place order under current margin level.");
  }
  ctx.engine.records.of(ctx.account).maxLeverage = leverage;
  return { body: { success: true } };
}

function bnbBurn(ctx: HandlerContext) {
  const { spotBNBBurn, interestBNBBurn } = ctx.engine.records.of(ctx.account).bnbBurn;
  return { body: { spotBNBBurn, interestBNBBurn } };
}

export const accountSettingHandlers: Record<string, Handler> = {
  'margin.getMarginTradeCoeff': tradeCoeff,
  'margin.adjustCrossMarginMaxLeverage': adjustMaxLeverage,
  'margin.getBnbBurnStatus': bnbBurn,
};

/**
 * When a conditional order fires, from Binance's New UM/CM Conditional Order pages:
 * STOP, STOP_MARKET: BUY when the price ≥ stopPrice, SELL when ≤. TAKE_PROFIT, TAKE_PROFIT_MARKET: BUY when
 * ≤ stopPrice, SELL when ≥. TRAILING_STOP_MARKET: BUY once the lowest price since activation has come back up by
 * callbackRate percent, SELL once the highest has come down by it; it activates when the price reaches
 * activationPrice (BUY at or below, SELL at or above), or at once without one.
 */
import type { Dec } from '../decimal.js';
import type { Side, StrategyOrder, StrategyType } from './state.js';

export function triggers(type: StrategyType, side: Side, stop: Dec, price: Dec): boolean {
  const stopType = type === 'STOP' || type === 'STOP_MARKET';
  const up = (side === 'BUY') === stopType;
  return up ? price.greaterThanOrEqualTo(stop) : price.lessThanOrEqualTo(stop);
}

export function activates(side: Side, activation: Dec, price: Dec): boolean {
  return side === 'BUY' ? price.lessThanOrEqualTo(activation) : price.greaterThanOrEqualTo(activation);
}

/** `extreme`: the lowest (BUY) or highest (SELL) price since activation; `rate` in percent. */
export function trailingFires(side: Side, extreme: Dec, rate: Dec, price: Dec): boolean {
  const move = rate.div(100);
  return side === 'BUY' ? price.greaterThanOrEqualTo(extreme.mul(move.plus(1))) : price.lessThanOrEqualTo(extreme.mul(move.neg().plus(1)));
}

/** Whether a waiting conditional or algo order fires at `mark` (a trailing stop first activates, then tracks its best price). */
export function fires(o: StrategyOrder, mark: Dec): boolean {
  if (o.strategyType !== 'TRAILING_STOP_MARKET') return triggers(o.strategyType, o.side, o.stopPrice, mark);
  if (!o.activated) {
    if (!activates(o.side, o.activationPrice, mark)) return false;
    o.activated = true;
    o.extreme = mark;
    return false;
  }
  const better = o.side === 'SELL' ? mark.greaterThan(o.extreme!) : mark.lessThan(o.extreme!);
  if (better) o.extreme = mark;
  return trailingFires(o.side, o.extreme!, o.callbackRate, mark);
}

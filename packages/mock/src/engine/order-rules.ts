/**
 * The price rules every order type follows in the simulator: when a limit price is reached, when a stop
 * triggers, which side effects borrow or repay. Shared by the engine, the OTO/OTOCO lists and self-trade prevention.
 */
import type { Dec } from '../decimal.js';
import type { OrderType, Side, SideEffect } from './state.js';

export const BORROWING: ReadonlySet<SideEffect> = new Set(['MARGIN_BUY', 'AUTO_BORROW_REPAY']);
export const REPAYING: ReadonlySet<SideEffect> = new Set(['AUTO_REPAY', 'AUTO_BORROW_REPAY']);

/** Whether a limit order on `side` at `limit` is reached by the market `price`. */
export function crosses(side: Side, limit: Dec, price: Dec): boolean {
  return side === 'BUY' ? price.lessThanOrEqualTo(limit) : price.greaterThanOrEqualTo(limit);
}

/** Stop and take-profit types (they wait for a trigger). */
export function isStop(type: OrderType): boolean {
  return type !== 'LIMIT' && type !== 'MARKET' && type !== 'LIMIT_MAKER';
}

/** Whether a stop or take-profit order on `side` triggers at the market `price`. */
export function triggers(type: OrderType, side: Side, stop: Dec, price: Dec): boolean {
  const stopLoss = type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT';
  const up = (side === 'BUY') === stopLoss;
  return up ? price.greaterThanOrEqualTo(stop) : price.lessThanOrEqualTo(stop);
}

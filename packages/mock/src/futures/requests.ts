/**
 * What the futures handlers ask of the engine: a regular order and a conditional or algo order, with their
 * parameters parsed (decimals as `Dec`, ids and times as numbers) but not yet checked against the account.
 */
import type { Dec } from '../decimal.js';
import type { PositionSide, Side, StrategyOrder } from './state.js';

export interface NewOrder {
  symbol: string;
  side: Side;
  positionSide?: PositionSide;
  type: 'LIMIT' | 'MARKET';
  timeInForce?: string;
  quantity?: Dec;
  price?: Dec;
  reduceOnly: boolean;
  closePosition?: boolean;
  clientOrderId?: string;
  selfTradePreventionMode?: string;
  goodTillDate?: number;
  priceMatch?: string;
  origType?: string;
  /** Whether `reduceOnly` was sent at all (hedge mode refuses it whatever its value). */
  reduceOnlySent?: boolean;
}

export interface NewStrategy extends Omit<NewOrder, 'type' | 'quantity' | 'origType'> {
  kind: StrategyOrder['kind'];
  strategyType: StrategyOrder['strategyType'];
  quantity?: Dec;
  stopPrice?: Dec;
  activationPrice?: Dec;
  callbackRate?: Dec;
  workingType?: string;
  priceProtect: boolean;
}

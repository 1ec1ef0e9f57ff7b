/**
 * What the engine's order operations take and give back: a validated order or OCO request, a fill, the result of
 * placing an order, and the notice of an order a price move filled, triggered or expired.
 */
import type { Dec } from '../decimal.js';
import type { Order, OrderType, Side, SideEffect } from './state.js';

export interface OrderRequest {
  symbol: string;
  isIsolated: boolean;
  side: Side;
  type: OrderType;
  quantity?: Dec;
  quoteOrderQty?: Dec;
  price?: Dec;
  stopPrice?: Dec;
  trailingDelta?: number;
  timeInForce?: 'GTC' | 'IOC' | 'FOK';
  newClientOrderId?: string;
  icebergQty?: Dec;
  sideEffectType: SideEffect;
  autoRepayAtCancel: boolean;
  selfTradePreventionMode: string;
}

export interface OcoRequest {
  symbol: string;
  isIsolated: boolean;
  side: Side;
  quantity: Dec;
  price: Dec;
  stopPrice: Dec;
  stopLimitPrice?: Dec;
  stopLimitTimeInForce?: 'GTC' | 'IOC' | 'FOK';
  listClientOrderId?: string;
  limitClientOrderId?: string;
  stopClientOrderId?: string;
  limitIcebergQty?: Dec;
  stopIcebergQty?: Dec;
  sideEffectType: SideEffect;
  autoRepayAtCancel: boolean;
  selfTradePreventionMode: string;
}

export interface FillInfo {
  readonly price: Dec;
  readonly qty: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly tradeId: bigint;
}

export interface PlaceResult {
  readonly order: Order;
  readonly fills: FillInfo[];
  /** What the order borrowed when placed (zero when nothing). */
  readonly borrowAmount: Dec;
  readonly borrowAsset: string;
}

export interface FilledNotice {
  readonly api: 'margin' | 'portfolioMargin';
  readonly apiKey: string;
  readonly symbol: string;
  readonly orderId: bigint;
  readonly status: string;
}

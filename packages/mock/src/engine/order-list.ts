/**
 * A new contingent order list (OCO, OTO, OTOCO) before its legs are added: funded once for the list (what `fund`
 * borrowed is the list's loan, repaid by `autoRepayAtCancel`), locking nothing itself — each leg locks its own part.
 */
import { ZERO, type Dec } from '../decimal.js';
import type { Engine } from './engine.js';
import type { OrderList, SideEffect, Wallet } from './state.js';

/** What every list request carries, whatever its legs. */
export interface ListRequest {
  readonly symbol: string;
  readonly isIsolated: boolean;
  readonly listClientOrderId?: string;
  readonly sideEffectType: SideEffect;
  readonly autoRepayAtCancel: boolean;
}

export function openOrderList(engine: Engine, req: ListRequest, contingencyType: OrderList['contingencyType'], wallet: Wallet, spendAsset: string, borrowed: Dec): OrderList {
  const now = engine.clock.now();
  return {
    orderListId: engine.nextId('orderListId'),
    listClientOrderId: req.listClientOrderId ?? engine.clientId(),
    symbol: req.symbol,
    isIsolated: req.isIsolated,
    contingencyType,
    listStatusType: 'EXEC_STARTED',
    listOrderStatus: 'EXECUTING',
    transactionTime: now,
    updateTime: now,
    orders: [],
    wallet,
    lockAsset: spendAsset,
    lockAmount: ZERO,
    borrowAsset: spendAsset,
    borrowAmount: borrowed,
    sideEffectType: req.sideEffectType,
    autoRepayAtCancel: req.autoRepayAtCancel,
  };
}

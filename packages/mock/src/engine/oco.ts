/**
 * Placing an OCO list (SAPI and PM margin): a LIMIT_MAKER leg above (SELL) or below (BUY) the market and a
 * STOP_LOSS(_LIMIT) leg on the other side, funded once for the dearer leg and locked for the list.
 */
import { ZERO, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import type { Account, Order, OrderList, OrderType, Venue, Wallet } from './state.js';
import type { Engine } from './engine.js';
import { openOrderList } from './order-list.js';
import type { OcoRequest } from './order-types.js';

export function placeOcoList(engine: Engine, account: Account, venue: Venue, wallet: Wallet, req: OcoRequest): { list: OrderList; borrowAmount: Dec; borrowAsset: string } {
  const info = engine.market.info(req.symbol)!;
  const market = engine.market.price(req.symbol)!;
  for (const id of [req.listClientOrderId, req.limitClientOrderId, req.stopClientOrderId]) engine.checkClientId(venue, id);
  if (req.quantity.isZero()) throw E.zeroNotional();
  const ordered =
    req.side === 'SELL'
      ? req.price.greaterThan(market) && market.greaterThan(req.stopPrice)
      : req.price.lessThan(market) && market.lessThan(req.stopPrice);
  if (!ordered) throw E.ocoPrices();
  engine.checkOpenOrders(venue, wallet, req.symbol, 2);

  const spendAsset = req.side === 'BUY' ? info.quote : info.base;
  // BUY: the dearest price either leg may pay; SELL: the quantity.
  let dearest = req.price.greaterThan(req.stopPrice) ? req.price : req.stopPrice;
  if (req.stopLimitPrice && req.stopLimitPrice.greaterThan(dearest)) dearest = req.stopLimitPrice;
  const need = req.side === 'SELL' ? req.quantity : engine.quoteAmount(info.quote, 'BUY', req.quantity, dearest);
  const borrowed = engine.fund(venue, wallet, spendAsset, need, req.sideEffectType);

  const list = openOrderList(engine, req, 'OCO', wallet, spendAsset, borrowed);
  const now = list.transactionTime;
  const listId = list.orderListId;
  const leg = (type: OrderType, price: Dec, stopPrice: Dec, clientId: string | undefined, tif: 'GTC' | 'IOC' | 'FOK', iceberg: Dec | undefined): Order => ({
    orderId: engine.nextId('orderId'),
    clientOrderId: clientId ?? engine.clientId(),
    symbol: req.symbol,
    isIsolated: req.isIsolated,
    side: req.side,
    type,
    timeInForce: tif,
    price,
    stopPrice,
    trailing: false,
    origQty: req.quantity,
    executedQty: ZERO,
    cummulativeQuoteQty: ZERO,
    icebergQty: iceberg ?? ZERO,
    status: 'NEW',
    time: now,
    updateTime: now,
    isWorking: type === 'LIMIT_MAKER',
    selfTradePreventionMode: req.selfTradePreventionMode,
    orderListId: listId,
    list,
    lockAsset: spendAsset,
    lockAmount: ZERO,
    borrowAsset: spendAsset,
    borrowAmount: ZERO,
    sideEffectType: req.sideEffectType,
    autoRepayAtCancel: req.autoRepayAtCancel,
    commissionRate: account.commissionRate,
    wallet,
  });
  const stopLeg = req.stopLimitPrice
    ? leg('STOP_LOSS_LIMIT', req.stopLimitPrice, req.stopPrice, req.stopClientOrderId, req.stopLimitTimeInForce ?? 'GTC', req.stopIcebergQty)
    : leg('STOP_LOSS', ZERO, req.stopPrice, req.stopClientOrderId, 'GTC', req.stopIcebergQty);
  const limitLeg = leg('LIMIT_MAKER', req.price, ZERO, req.limitClientOrderId, 'GTC', req.limitIcebergQty);
  list.orders.push(stopLeg, limitLeg);
  for (const o of list.orders) {
    venue.book.addOrder(o);
    venue.book.open.add(o);
  }
  venue.book.addList(list);
  engine.lock(wallet, list, spendAsset, need);
  return { list, borrowAmount: borrowed, borrowAsset: spendAsset };
}

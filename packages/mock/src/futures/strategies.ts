/**
 * Placing a PM futures conditional or algo order (STOP, TAKE_PROFIT and their MARKET forms, TRAILING_STOP_MARKET):
 * checked against the mark price (-2021 when it would trigger at once) and the symbol's steps, then resting until
 * the mark price fires it (FuturesEngine.setMarkPrice).
 */
import { ZERO } from '../decimal.js';
import type { Account } from '../engine/state.js';
import type { FuturesMarketId } from './config.js';
import type { FuturesEngine } from './engine.js';
import { FE } from './errors.js';
import { checkGoodTillDate } from './expiry.js';
import type { NewStrategy } from './requests.js';
import type { StrategyOrder } from './state.js';
import { triggers } from './triggers.js';

export function placeStrategyOrder(f: FuturesEngine, account: Account, market: FuturesMarketId, req: NewStrategy): StrategyOrder {
  const book = f.account(account).book(market);
  const s = f.symbol(req.symbol, market);
  const mark = f.mark(s.symbol);
  const positionSide = f.resolveSide(book, req.positionSide, req.reduceOnlySent ?? false);
  const isLimit = req.strategyType === 'STOP' || req.strategyType === 'TAKE_PROFIT';
  if (isLimit && req.price === undefined && req.priceMatch === undefined) throw FE.eitherOr('price', 'priceMatch');
  f.checkSteps(s, req.quantity, req.price);
  if (req.stopPrice !== undefined) f.checkSteps(s, undefined, req.stopPrice);
  const existing = book.strategiesByClientId.get(req.clientOrderId ?? '');
  if (existing && existing.status === 'NEW') throw FE.duplicateOrder();
  if (req.strategyType === 'TRAILING_STOP_MARKET') {
    const rate = req.callbackRate!;
    if (rate.lessThan('0.1') || rate.greaterThan(req.kind === 'algo' ? 10 : 5)) throw FE.invalidParam('callbackRate');
    if (req.activationPrice && (req.side === 'BUY' ? req.activationPrice.greaterThanOrEqualTo(mark) : req.activationPrice.lessThanOrEqualTo(mark))) throw FE.wouldTrigger();
  } else if (triggers(req.strategyType, req.side, req.stopPrice!, mark)) {
    throw FE.wouldTrigger();
  }
  if (book.waitingStrategies(s.symbol) >= f.maxOpenOrders) throw FE.maxStopOrders();
  const now = f.now;
  const timeInForce = req.timeInForce ?? 'GTC';
  const goodTillDate = timeInForce === 'GTD' ? checkGoodTillDate(req.goodTillDate, now) : 0;
  const order: StrategyOrder = {
    kind: req.kind,
    id: f.engine.nextId('orderId'),
    clientId: req.clientOrderId ?? f.engine.randomText(22),
    symbol: s.symbol,
    side: req.side,
    positionSide,
    strategyType: req.strategyType,
    timeInForce,
    quantity: req.quantity ?? ZERO,
    price: isLimit ? (req.price ?? ZERO) : ZERO,
    stopPrice: req.stopPrice ?? ZERO,
    activationPrice: req.activationPrice ?? ZERO,
    callbackRate: req.callbackRate ?? ZERO,
    workingType: req.workingType ?? 'CONTRACT_PRICE',
    priceProtect: req.priceProtect,
    reduceOnly: req.reduceOnly,
    closePosition: req.quantity === undefined,
    selfTradePreventionMode: req.selfTradePreventionMode ?? 'NONE',
    goodTillDate,
    priceMatch: req.priceMatch ?? 'NONE',
    status: 'NEW',
    bookTime: now,
    updateTime: now,
    triggerTime: 0,
    activated: !req.activationPrice,
    extreme: req.activationPrice ? undefined : mark,
  };
  book.strategies.set(order.id, order);
  book.strategiesByClientId.set(order.clientId, order);
  book.forgetBeyond(f.historyLimit);
  if (timeInForce === 'GTD') book.gtd.add(order);
  return order;
}

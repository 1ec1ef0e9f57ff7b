/**
 * The remaining SAPI trade operations: prevented matches (recorded by self-trade prevention), the order-count usage
 * (from the mock's limiters) and manual liquidation.
 *
 * Manual liquidation (documented in the README): the named wallet's open orders are cancelled, then every loan is
 * closed in asset-name order, from the loan asset's own free balance first and then by selling the wallet's other
 * assets at the market price (the one worth most first). Each closed loan is one answer
 * entry (`asset`, the repaid `principal` and `interest`, and the `liabilityAsset` / `liabilityQty` used to cover it);
 * one loan is answered as an object, several as an array, none as `[]`. The conversions are not recorded as trades.
 */
import { ZERO, fmt, min, type Dec } from '../decimal.js';
import { id } from '../json.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { bigParam, requireSymbol } from './handler-kit.js';
import { isIsolatedParam } from './request.js';
import { sapiState } from './sapi-state.js';
import { SE } from './sapi-errors.js';
import type { Wallet } from './state.js';

const MAX_PREVENTED_MATCHES = 500;

export function preventedMatches(ctx: HandlerContext): HandlerResult {
  const { params: p, account } = ctx;
  const symbol = p.get('symbol')!;
  requireSymbol(ctx, symbol);
  const isolated = isIsolatedParam(p);
  const matchId = bigParam(ctx, 'preventedMatchId');
  const orderId = bigParam(ctx, 'orderId');
  const fromId = bigParam(ctx, 'fromPreventedMatchId');
  const rows = sapiState(account)
    .preventedMatches.filter((m) => m.symbol === symbol && m.isIsolated === isolated)
    .filter((m) =>
      matchId !== undefined
        ? m.preventedMatchId === matchId
        : (m.takerOrderId === orderId || m.makerOrderId === orderId) && (fromId === undefined || m.preventedMatchId >= fromId),
    )
    .slice(0, MAX_PREVENTED_MATCHES)
    .map((m) => ({
      symbol: m.symbol,
      preventedMatchId: id(m.preventedMatchId),
      takerOrderId: id(m.takerOrderId),
      makerSymbol: m.makerSymbol,
      makerOrderId: id(m.makerOrderId),
      tradeGroupId: id(m.tradeGroupId),
      selfTradePreventionMode: m.selfTradePreventionMode,
      price: fmt(m.price),
      ...(m.makerPreventedQuantity ? { makerPreventedQuantity: fmt(m.makerPreventedQuantity) } : {}),
      ...(m.takerPreventedQuantity ? { takerPreventedQuantity: fmt(m.takerPreventedQuantity) } : {}),
      transactTime: m.transactTime,
    }));
  return { body: rows };
}

export function orderCountUsage(ctx: HandlerContext): HandlerResult {
  const { params: p, engine, account, limits } = ctx;
  const symbol = p.get('symbol');
  if (symbol !== undefined) requireSymbol(ctx, symbol);
  const usage = limits?.sapiOrderUsage(String(account.uid), engine.clock.now()) ?? { tenSeconds: 0, day: 0 };
  return {
    body: [
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: limits?.config.sapiOrdersPer10Seconds ?? 0, count: usage.tenSeconds },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: limits?.config.sapiOrdersPerDay ?? 0, count: usage.day },
    ],
  };
}

interface Covered {
  readonly asset: string;
  readonly qty: Dec;
}

/** Frees `amount` of `asset` in the wallet: its own free balance first, then the other assets sold at the market. */
function cover(ctx: HandlerContext, wallet: Wallet, asset: string, amount: Dec): Covered[] {
  const { market } = ctx.engine;
  const used: Covered[] = [];
  const own = min(wallet.get(asset).free, amount);
  if (own.greaterThan(0)) used.push({ asset, qty: own });
  let missing = amount.minus(own);
  const others = [...wallet.balances]
    .filter(([a, b]) => a !== asset && b.free.greaterThan(0) && market.rate(a, asset))
    .map(([a, b]) => ({ asset: a, free: b.free, worth: b.free.mul(market.rate(a, asset)!) }))
    .sort((x, y) => (y.worth.comparedTo(x.worth) || (x.asset < y.asset ? -1 : 1)));
  for (const other of others) {
    if (!missing.greaterThan(0)) break;
    const rate = market.rate(other.asset, asset)!;
    const sell = min(other.free, missing.div(rate));
    const got = sell.mul(rate);
    const o = wallet.get(other.asset);
    o.free = o.free.minus(sell);
    const b = wallet.get(asset);
    b.free = b.free.plus(got);
    missing = missing.minus(got);
    used.push({ asset: other.asset, qty: sell });
  }
  return used;
}

export function manualLiquidation(ctx: HandlerContext): HandlerResult {
  const { params: p, engine, account } = ctx;
  const venue = account.margin;
  let wallet: Wallet;
  if (p.get('type') === 'ISOLATED') {
    const symbol = p.get('symbol')!;
    requireSymbol(ctx, symbol);
    const isolated = account.margin.isolated.get(symbol);
    if (!isolated) throw SE.isolatedAccountMissing();
    wallet = isolated;
  } else {
    wallet = account.margin.cross;
  }
  for (const order of [...venue.book.open]) {
    if (order.wallet === wallet && venue.book.open.has(order)) engine.cancelOrder(venue, order);
  }
  const entries: Record<string, unknown>[] = [];
  const owing = [...wallet.balances].filter(([, b]) => b.borrowed.plus(b.interest).greaterThan(0)).map(([asset]) => asset).sort();
  for (const asset of owing) {
    const b = wallet.get(asset);
    const owed = b.borrowed.plus(b.interest);
    const used = cover(ctx, wallet, asset, owed);
    const amount = min(owed, b.free);
    if (!amount.greaterThan(0)) continue;
    const interest = min(amount, b.interest);
    engine.repay(venue, wallet, asset, amount, 'AUTO');
    const main = used.find((u) => u.asset !== asset) ?? used[0] ?? { asset, qty: ZERO };
    entries.push({
      asset,
      interest: fmt(interest),
      principal: fmt(amount.minus(interest)),
      liabilityAsset: main.asset,
      liabilityQty: fmt(main.qty),
    });
  }
  return { body: entries.length === 1 ? entries[0] : entries };
}

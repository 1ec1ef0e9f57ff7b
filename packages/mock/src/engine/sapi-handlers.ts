/**
 * The SAPI breadth operations' handlers, and the checks every margin call goes through before its handler:
 *
 * 1. the API key's IP restriction and permissions (-2015, HTTP 401): `TRADE` calls need "Enable Spot & Margin
 *    Trading", `MARGIN` calls "Enable Margin Loan, Repay & Transfer", the universal transfer "Permits Universal
 *    Transfer" (the margin best-practice guide's -2015);
 * 2. the margin account's existence (-3003 "Margin account does not exist." until the first transfer in), except
 *    for the transfer itself and market data;
 * 3. a disabled isolated pair (orders -3021, borrowing -3008);
 * 4. the symbol's order rules for every order-placing call of both APIs (-1013), and on margin orders the ±15 %
 *    band of the limit-price pairs (-3064, filters.ts).
 */
import type { ApiId } from '@marginkit/spec';
import { E } from '../errors.js';
import { checkOrderRules, limitPriceBand, type FilteredOrder } from './filters.js';
import {
  allIsolatedPairs,
  disableIsolatedAccount,
  enableIsolatedAccount,
  isolatedAccountLimit,
  isolatedEnabled,
  isolatedFeeData,
  isolatedTierData,
} from './isolated-accounts.js';
import { newOto, newOtoco } from './oto-handlers.js';
import type { Handler, HandlerContext } from './request.js';
import { decParam } from './handler-kit.js';
import { isIsolatedParam } from './request.js';
import { sapiState } from './sapi-state.js';
import { SE } from './sapi-errors.js';
import { createSpecialKey, deleteSpecialKey, editSpecialKeyIp, exitSpecialKeyMode, getSpecialKey, listSpecialKeys } from './special-keys.js';
import type { Side } from './state.js';
import { manualLiquidation, orderCountUsage, preventedMatches } from './trade-extras.js';
import { universalTransfer } from './transfer.js';

/** The breadth handlers, by `api.operationId`. */
export const sapiBreadthHandlers: Readonly<Record<`${ApiId}.${string}`, Handler>> = {
  'margin.newMarginOto': newOto,
  'margin.newMarginOtoco': newOtoco,
  'margin.getMarginPreventedMatches': preventedMatches,
  'margin.getMarginOrderCountUsage': orderCountUsage,
  'margin.marginManualLiquidation': manualLiquidation,
  'margin.exitMarginSpecialKeyMode': exitSpecialKeyMode,
  'margin.createMarginSpecialKey': createSpecialKey,
  'margin.getMarginSpecialKey': getSpecialKey,
  'margin.deleteMarginSpecialKey': deleteSpecialKey,
  'margin.editMarginSpecialKeyIp': editSpecialKeyIp,
  'margin.getMarginSpecialKeyList': listSpecialKeys,
  'margin.enableIsolatedMarginAccount': enableIsolatedAccount,
  'margin.disableIsolatedMarginAccount': disableIsolatedAccount,
  'margin.getIsolatedMarginAccountLimit': isolatedAccountLimit,
  'margin.getAllIsolatedMarginPairs': allIsolatedPairs,
  'margin.getIsolatedMarginFeeData': isolatedFeeData,
  'margin.getIsolatedMarginTierData': isolatedTierData,
  'margin.newMarginUniversalTransfer': universalTransfer,
};

const TRANSFER = 'newMarginUniversalTransfer';
const ORDER_CALLS = new Set(['newMarginOrder', 'newMarginOco', 'newMarginOto', 'newMarginOtoco']);

/** An API key restricted to some addresses answers -2015 from any other, on every API it reaches (SAPI and PAPI). */
function checkIpWhitelist(ctx: HandlerContext): void {
  const { ipWhitelist } = sapiState(ctx.account);
  if (ipWhitelist && !ipWhitelist.has(ctx.ip ?? '127.0.0.1')) throw E.apiKeyRejected();
}

function checkAccess(ctx: HandlerContext): void {
  const { meta, account, params } = ctx;
  const state = sapiState(account);
  const { permissions } = state;
  if (meta.operationId === TRANSFER) {
    if (!permissions.permitsUniversalTransfer) throw E.apiKeyRejected();
    return;
  }
  if (meta.security === 'TRADE' && !permissions.enableSpotAndMarginTrading) throw E.apiKeyRejected();
  if (meta.security === 'MARGIN' && !permissions.enableMargin) throw E.apiKeyRejected();
  if (meta.security === 'MARKET_DATA') return;
  if (!state.marginActivated) throw SE.marginAccountMissing();
  const symbol = params.get('symbol');
  if (symbol !== undefined && isIsolatedParam(params) && !isolatedEnabled(account, symbol)) {
    if (ORDER_CALLS.has(meta.operationId)) throw SE.pairNotTradable();
    if (meta.operationId === 'marginBorrowRepay' && params.get('type') === 'BORROW') throw SE.borrowNotAllowed();
  }
}

/** The orders a single-order or OCO request places, as the filters see them. */
function ordersOf(ctx: HandlerContext): FilteredOrder[] {
  const p = ctx.params;
  const side = p.get('side') as Side;
  if (ctx.meta.operationId === 'newMarginOco') {
    const quantity = decParam(ctx, 'quantity');
    return [
      { side, price: decParam(ctx, 'price'), quantity, icebergQty: decParam(ctx, 'limitIcebergQty') },
      { side, price: decParam(ctx, 'stopLimitPrice'), stopPrice: decParam(ctx, 'stopPrice'), quantity, icebergQty: decParam(ctx, 'stopIcebergQty') },
    ];
  }
  const type = p.get('type');
  const marketPriced = type === 'MARKET' || type === 'STOP_LOSS' || type === 'TAKE_PROFIT';
  return [
    {
      side,
      price: marketPriced ? undefined : decParam(ctx, 'price'),
      stopPrice: decParam(ctx, 'stopPrice'),
      quantity: decParam(ctx, 'quantity'),
      quoteOrderQty: decParam(ctx, 'quoteOrderQty'),
      icebergQty: decParam(ctx, 'icebergQty'),
    },
  ];
}

function checkFilters(ctx: HandlerContext): void {
  const symbol = ctx.params.get('symbol');
  if (symbol === undefined) return;
  const rules = ctx.engine.orderRules.get(symbol);
  const market = ctx.engine.market.price(symbol);
  const band = limitPriceBand(ctx.engine, ctx.meta.api, symbol);
  if ((!rules && !band) || !market) return;
  for (const order of ordersOf(ctx)) checkOrderRules(rules, order, market, band);
}

/**
 * Wraps the handler table with the access checks (the key's IP whitelist on every call that names a key; the
 * permissions and activation on margin calls) and the order rules (single and OCO orders).
 */
export function withBreadthChecks<T extends Readonly<Record<string, Handler>>>(table: T): T {
  const out: Record<string, Handler> = {};
  for (const [key, handler] of Object.entries(table)) {
    const [api, operationId] = key.split('.') as [ApiId, string];
    const filters = operationId === 'newMarginOrder' || operationId === 'newMarginOco';
    out[key] = (ctx) => {
      if (ctx.account) checkIpWhitelist(ctx);
      if (api === 'margin') checkAccess(ctx);
      if (filters) checkFilters(ctx);
      return handler(ctx);
    };
  }
  return out as T;
}

/**
 * Isolated-margin accounts: enabling and disabling them, the enabled-account limit, and the isolated market data
 * (pairs, fee data, tiers), all from the mock's configuration.
 *
 * Rules (documented in the README):
 * - A pair's isolated account exists once it holds a wallet (configured under `isolated`, created by a transfer,
 *   an order or a loan). Enabling needs an existing account (-11001 otherwise) and room under the limit (-1020);
 *   enabling an enabled account changes nothing and succeeds.
 * - Disabling needs an enabled account without loans or open orders, and at most once per 24 hours per pair
 *   (Binance's rule); the mock answers -3026 when one of these fails. A disabled account keeps its balances; it
 *   refuses orders (-3021), borrowing (-3008) and transfers in (-3043).
 * - Every symbol of the mock's market is an isolated pair, with the buy/sell/margin-trade switches of its
 *   `marketData.pairs` entry (open both ways by default).
 * - Fee data and tiers come from the rules the engine applies: one tier whose leverage is the configured
 *   `leverage`, initial risk ratio leverage ÷ (leverage − 1), liquidation ratio 1.1 (the level the isolated account
 *   view uses), and the borrow limits and hourly interest rates of the configuration (daily = 24 × hourly).
 */
import { D, ONE, fmt } from '../decimal.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { optIntParam, requireSymbol } from './handler-kit.js';
import { sapiState } from './sapi-state.js';
import { SE } from './sapi-errors.js';
import type { Account } from './state.js';

const DAY = 86_400_000;
const LIQUIDATION_RATIO = new D('1.1');

/** Isolated accounts the account holds that are not disabled. */
export function enabledIsolatedCount(account: Account): number {
  const disabled = sapiState(account).disabledIsolated;
  let count = 0;
  for (const symbol of account.margin.isolated.keys()) if (!disabled.has(symbol)) count++;
  return count;
}

/** Whether an isolated pair's account is enabled (a pair without an account counts as enabled: it is created on use). */
export function isolatedEnabled(account: Account, symbol: string): boolean {
  return !sapiState(account).disabledIsolated.has(symbol);
}

function toggleAnswer(symbol: string): HandlerResult {
  return { body: { success: true, symbol } };
}

export function enableIsolatedAccount(ctx: HandlerContext): HandlerResult {
  const { account, params } = ctx;
  const symbol = params.get('symbol')!;
  requireSymbol(ctx, symbol);
  const state = sapiState(account);
  if (!account.margin.isolated.has(symbol)) throw SE.isolatedAccountMissing();
  if (!state.disabledIsolated.has(symbol)) return toggleAnswer(symbol);
  if (enabledIsolatedCount(account) >= state.isolatedAccountLimit) throw SE.unsupported();
  state.disabledIsolated.delete(symbol);
  return toggleAnswer(symbol);
}

export function disableIsolatedAccount(ctx: HandlerContext): HandlerResult {
  const { account, engine, params } = ctx;
  const symbol = params.get('symbol')!;
  requireSymbol(ctx, symbol);
  const state = sapiState(account);
  const wallet = account.margin.isolated.get(symbol);
  if (!wallet) throw SE.isolatedAccountMissing();
  if (state.disabledIsolated.has(symbol)) throw SE.validationFailed();
  const now = engine.clock.now();
  const last = state.lastDisabled.get(symbol);
  if (last !== undefined && now - last < DAY) throw SE.validationFailed();
  for (const b of wallet.balances.values()) if (b.borrowed.greaterThan(0) || b.interest.greaterThan(0)) throw SE.validationFailed();
  for (const o of account.margin.book.open) if (o.wallet === wallet) throw SE.validationFailed();
  state.disabledIsolated.add(symbol);
  state.lastDisabled.set(symbol, now);
  return toggleAnswer(symbol);
}

export function isolatedAccountLimit(ctx: HandlerContext): HandlerResult {
  const state = sapiState(ctx.account);
  return { body: { enabledAccount: enabledIsolatedCount(ctx.account), maxAccount: state.isolatedAccountLimit } };
}

/** The symbols a market-data call covers: the one named (-1121 when unknown), or all. */
function symbolsOf(ctx: HandlerContext): string[] {
  const symbol = ctx.params.get('symbol');
  if (symbol === undefined) return ctx.engine.market.symbols();
  requireSymbol(ctx, symbol);
  return [symbol];
}

export function allIsolatedPairs(ctx: HandlerContext): HandlerResult {
  const pairs = ctx.engine.records.catalog.pairs;
  return {
    body: symbolsOf(ctx).map((symbol) => {
      const info = ctx.engine.market.info(symbol)!;
      const pair = pairs.get(symbol);
      return {
        base: info.base,
        isBuyAllowed: pair?.isBuyAllowed ?? true,
        isMarginTrade: pair?.isMarginTrade ?? true,
        isSellAllowed: pair?.isSellAllowed ?? true,
        quote: info.quote,
        symbol,
      };
    }),
  };
}

export function isolatedFeeData(ctx: HandlerContext): HandlerResult {
  const { engine } = ctx;
  const vipLevel = optIntParam(ctx, 'vipLevel') ?? sapiState(ctx.account).vipLevel;
  return {
    body: symbolsOf(ctx).map((symbol) => {
      const info = engine.market.info(symbol)!;
      return {
        vipLevel,
        symbol,
        leverage: engine.leverage.toFixed(),
        data: [info.base, info.quote].map((coin) => ({
          coin,
          dailyInterest: fmt(engine.hourlyRate(coin).mul(24)),
          borrowLimit: engine.borrowLimit(coin).toFixed(),
        })),
      };
    }),
  };
}

export function isolatedTierData(ctx: HandlerContext): HandlerResult {
  const { engine, params } = ctx;
  const symbol = params.get('symbol')!;
  requireSymbol(ctx, symbol);
  const tier = optIntParam(ctx, 'tier');
  if (tier !== undefined && tier !== 1) return { body: [] };
  const info = engine.market.info(symbol)!;
  const leverage = engine.leverage;
  return {
    body: [
      {
        symbol,
        tier: 1,
        effectiveMultiple: leverage.toFixed(),
        initialRiskRatio: leverage.div(leverage.minus(ONE)).toDecimalPlaces(3, D.ROUND_UP).toFixed(),
        liquidationRiskRatio: LIQUIDATION_RATIO.toFixed(),
        baseAssetMaxBorrowable: engine.borrowLimit(info.base).toFixed(),
        quoteAssetMaxBorrowable: engine.borrowLimit(info.quote).toFixed(),
      },
    ],
  };
}

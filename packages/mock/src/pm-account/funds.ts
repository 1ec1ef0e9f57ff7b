/**
 * Moving funds inside a Portfolio Margin account: fund collection (futures wallets → margin wallet), BNB
 * transfers between the margin and UM wallets, repaying a margin loan with other assets, and repaying negative
 * futures balances. Every futures-wallet movement is a `TRANSFER` income row (settlement.ts).
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import { D, ZERO, fmt, min, type Dec } from '../decimal.js';
import { ApiError, E } from '../errors.js';
import { negativeFutures, repayFromMargin, transferFutures } from './settlement.js';

/** "The repay asset amount cannot exceed 50000 USD equivalent value for a single request." (Binance's page) */
export const REPAY_DEBT_CAP_USD = new D(50_000);

const amountNotPositive = () => new ApiError(400, -4055, 'amount must be positive');
const repayExceedsLiability = () => new ApiError(400, -3015, 'Repay amount exceeds borrow amount.');
const repayNotAllowed = () => new ApiError(400, -3010, 'Repay not allowed.');
const transferOutNotAllowed = () => new ApiError(400, -3005, 'Transferring out not allowed.');

function checkPrecision(amount: Dec): void {
  if (amount.decimalPlaces() > 8) throw E.badPrecision();
}

/**
 * Moves an asset's positive UM and CM wallet balances into the margin wallet. `named`: the asset was asked for by
 * name (`POST /papi/v1/asset-collection`), so BNB (-3005) and unknown assets (-1108) are refused.
 */
export function collectAsset(engine: Engine, account: Account, asset: string, named: boolean): void {
  const wallet = account.portfolioMargin.wallet;
  if (named) {
    if (asset === 'BNB') throw transferOutNotAllowed();
    if (!engine.market.hasAsset(asset) && !wallet.peek(asset)) throw E.invalidAsset();
  }
  const b = wallet.peek(asset);
  if (!b) return;
  const info = named ? 'ASSET_COLLECTION' : 'AUTO_COLLECTION';
  if (b.um.greaterThan(0)) transferFutures(engine, account, 'um', asset, b.um.neg(), info);
  if (b.cm.greaterThan(0)) transferFutures(engine, account, 'cm', asset, b.cm.neg(), info);
}

/** `POST /papi/v1/bnb-transfer`: BNB between the margin wallet's free balance and the UM wallet. */
export function transferBnb(engine: Engine, account: Account, amount: Dec, side: 'TO_UM' | 'FROM_UM'): bigint {
  checkPrecision(amount);
  if (!amount.greaterThan(0)) throw amountNotPositive();
  const b = account.portfolioMargin.wallet.get('BNB');
  const source = side === 'TO_UM' ? b.free : b.um;
  if (source.lessThan(amount)) throw E.pmBalanceInsufficient();
  return transferFutures(engine, account, 'um', 'BNB', side === 'TO_UM' ? amount : amount.neg(), side);
}

/**
 * `POST /papi/v1/margin/repay-debt`: repays `amount` (default: the whole loan, interest first) of `asset` with
 * the free balance of the asset itself, then of each of `payWith` in turn, exchanged at the market price (the
 * cost rounded up to 8 decimals). Nothing moves unless the whole amount can be paid (-2018). No loan or an amount
 * above it: -3015; above 50 000 USD: -3010; an unknown asset: -1108.
 */
export function repayDebt(engine: Engine, account: Account, asset: string, amount: Dec | undefined, payWith: readonly string[]): Record<string, unknown> {
  const venue = account.portfolioMargin;
  const wallet = venue.wallet;
  const b = wallet.peek(asset);
  const owed = b ? b.borrowed.plus(b.interest) : ZERO;
  if (!engine.market.hasAsset(asset) && !b) throw E.invalidAsset();
  for (const a of payWith) if (!engine.market.hasAsset(a) && !wallet.peek(a)) throw E.invalidAsset();
  if (!owed.greaterThan(0)) throw repayExceedsLiability();
  if (amount !== undefined) {
    checkPrecision(amount);
    if (!amount.greaterThan(0)) throw amountNotPositive();
    if (amount.greaterThan(owed)) throw repayExceedsLiability();
  }
  const target = amount ?? owed;
  if (engine.market.value(asset, target, 'USDT').greaterThan(REPAY_DEBT_CAP_USD)) throw repayNotAllowed();

  // Plan the exchanges first, so that a repayment that cannot be paid in full changes nothing.
  let missing = target.minus(min(b!.free, target));
  const plan: { from: string; cost: Dec; gets: Dec }[] = [];
  // Each asset pays once, however often it is listed: planning reads free balances that only move afterwards.
  for (const from of new Set(payWith)) {
    if (!missing.greaterThan(0)) break;
    if (from === asset) continue;
    const rate = engine.market.rate(from, asset);
    const free = wallet.peek(from)?.free ?? ZERO;
    if (!rate || !free.greaterThan(0)) continue;
    const gets = min(missing, free.mul(rate).toDecimalPlaces(8, D.ROUND_DOWN));
    if (!gets.greaterThan(0)) continue;
    plan.push({ from, cost: min(free, gets.div(rate).toDecimalPlaces(8, D.ROUND_UP)), gets });
    missing = missing.minus(gets);
  }
  if (missing.greaterThan(0)) throw E.pmBalanceInsufficient();
  for (const step of plan) {
    const source = wallet.get(step.from);
    source.free = source.free.minus(step.cost);
    b!.free = b!.free.plus(step.gets);
  }
  engine.repay(venue, wallet, asset, target, 'MANUAL');
  return { amount: fmt(target), asset, specifyRepayAssets: [...payWith], updateTime: engine.clock.now(), success: true };
}

/**
 * `POST /papi/v1/repay-futures-negative-balance`: repays every negative futures wallet from the margin wallet's
 * free balance of the same asset, as far as it goes. -2018 when negative balances exist and none could be
 * repaid at all; success (and nothing changed) when none is negative.
 */
export function repayNegativeBalances(engine: Engine, account: Account): void {
  const negative = negativeFutures(account);
  if (negative.length === 0) return;
  let repaid = ZERO;
  for (const { market, asset } of negative) repaid = repaid.plus(repayFromMargin(engine, account, market, asset));
  if (repaid.isZero()) throw E.pmBalanceInsufficient();
}

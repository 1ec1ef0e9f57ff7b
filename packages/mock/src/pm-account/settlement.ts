/**
 * How futures money moves between the wallets of a Portfolio Margin account, shared by the futures engine's
 * fills and the account operations:
 *
 * - {@link commissionPayment}: with the UM BNB fee discount on (`POST /papi/v1/um/feeBurn`), a UM commission is
 *   charged in BNB from the UM wallet — the margin-asset fee converted at the BNB price, less
 *   {@link BNB_FEE_DISCOUNT} — when the UM wallet holds enough BNB; otherwise in the margin asset.
 * - {@link transferFutures}: a movement between the margin wallet's free balance and a futures wallet, recorded
 *   as a `TRANSFER` income row so that each futures wallet stays its start plus its income rows.
 * - {@link autoRepayFutures}: while the auto-repay-futures switch is on, a futures wallet left negative is repaid
 *   at once from the margin wallet's free balance of the same asset and then, for what remains, by exchanging
 *   free USDT at the market price (recorded as a negative-balance exchange).
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import { D, ONE, ZERO, min, type Dec } from '../decimal.js';
import type { FuturesMarketId, FuturesSymbol } from '../futures/config.js';
import { futuresOf } from '../futures/engine.js';
import { keepNewest } from '../futures/state.js';
import { round8 } from '../futures/positions.js';
import { pmStateOf } from './state.js';

/** The UM BNB fee discount: Binance's USDⓈ-M futures page gives 10 % off when fees are paid in BNB. */
export const BNB_FEE_DISCOUNT = new D('0.1');

/** The asset and amount a fill's commission is charged in. */
export function commissionPayment(engine: Engine, account: Account, s: FuturesSymbol, commission: Dec): { asset: string; amount: Dec } {
  const plain = { asset: s.marginAsset, amount: commission };
  if (s.market !== 'um' || commission.isZero() || !pmStateOf(engine, account).feeBurn) return plain;
  const rate = engine.market.rate(s.marginAsset, 'BNB');
  if (!rate) return plain;
  const inBnb = round8(commission.mul(rate).mul(ONE.minus(BNB_FEE_DISCOUNT)));
  const held = account.portfolioMargin.wallet.peek('BNB')?.um ?? ZERO;
  if (inBnb.isZero() || held.lessThan(inBnb)) return plain;
  return { asset: 'BNB', amount: inBnb };
}

/**
 * Moves `amount` of `asset` from the margin wallet's free balance into a futures wallet (negative `amount`: out
 * of it), and records the `TRANSFER` income row. The caller checks the balances.
 */
export function transferFutures(engine: Engine, account: Account, market: FuturesMarketId, asset: string, amount: Dec, info: string): bigint {
  const b = account.portfolioMargin.wallet.get(asset);
  b.free = b.free.minus(amount);
  if (market === 'um') b.um = b.um.plus(amount);
  else b.cm = b.cm.plus(amount);
  const tranId = engine.nextId('tranId');
  const f = futuresOf(engine);
  f.account(account).recordIncome({ tranId, market, symbol: '', incomeType: 'TRANSFER', info, income: amount, asset, time: engine.clock.now() }, f.historyLimit);
  return tranId;
}

/** Repays a negative futures wallet from the margin wallet's free balance of the same asset, as far as it goes. */
export function repayFromMargin(engine: Engine, account: Account, market: FuturesMarketId, asset: string): Dec {
  const b = account.portfolioMargin.wallet.peek(asset);
  if (!b) return ZERO;
  const owed = (market === 'um' ? b.um : b.cm).neg();
  const amount = min(owed, b.free);
  if (!amount.greaterThan(0)) return ZERO;
  transferFutures(engine, account, market, asset, amount, 'REPAY_FUTURES_NEGATIVE_BALANCE');
  return amount;
}

/** Every asset whose UM or CM wallet is negative. */
export function negativeFutures(account: Account): { market: FuturesMarketId; asset: string }[] {
  const out: { market: FuturesMarketId; asset: string }[] = [];
  for (const [asset, b] of account.portfolioMargin.wallet.balances) {
    if (b.um.isNegative()) out.push({ market: 'um', asset });
    if (b.cm.isNegative()) out.push({ market: 'cm', asset });
  }
  return out;
}

/**
 * While the auto-repay-futures switch is on: repays every negative futures wallet from the margin wallet, then
 * covers what is left by exchanging free USDT at the market price (recorded for
 * `GET /papi/v1/portfolio/negative-balance-exchange-record`).
 */
export function autoRepayFutures(engine: Engine, account: Account): void {
  const state = pmStateOf(engine, account);
  if (!state.autoRepay) return;
  const negative = negativeFutures(account);
  if (negative.length === 0) return;
  const details = [];
  const now = engine.clock.now();
  for (const { market, asset } of negative) {
    repayFromMargin(engine, account, market, asset);
    const b = account.portfolioMargin.wallet.get(asset);
    const left = (market === 'um' ? b.um : b.cm).neg();
    if (!left.greaterThan(0) || asset === 'USDT') continue;
    const rate = engine.market.rate(asset, 'USDT');
    const usdt = account.portfolioMargin.wallet.peek('USDT');
    if (!rate || !usdt || !usdt.free.greaterThan(0)) continue;
    // Rounded down, so that its cost — rounded up — never exceeds the free USDT.
    const covered = min(left, usdt.free.div(rate).toDecimalPlaces(8, D.ROUND_DOWN));
    if (!covered.greaterThan(0)) continue;
    // USDT leaves the margin wallet; the exchanged asset enters the futures wallet (both as TRANSFER rows' effect).
    const cost = covered.mul(rate).toDecimalPlaces(8, D.ROUND_UP);
    usdt.free = usdt.free.minus(cost);
    b.free = b.free.plus(covered);
    transferFutures(engine, account, market, asset, covered, 'AUTO_EXCHANGE');
    details.push({ asset, negativeBalance: covered, negativeMaxThreshold: ZERO });
  }
  if (details.length) {
    state.exchanges.push({ startTime: now, endTime: now, details });
    keepNewest(state.exchanges, futuresOf(engine).historyLimit);
  }
}

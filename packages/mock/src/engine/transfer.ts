/**
 * `POST /sapi/v1/asset/transfer`, margin directions: moves an asset between the spot wallet (`MAIN`), the other
 * configured wallets (`FUNDING`, `UMFUTURE`, `CMFUTURE`, `OPTION`), cross margin (`MARGIN`) and isolated pairs
 * (`ISOLATEDMARGIN`), and records each transfer for the transfer history and the capital flow (records.ts).
 *
 * Rules (documented in the README):
 * - Out of a margin wallet at most `maxTransferable` (the collateral rule with the open loans), else -3020; out of
 *   another wallet at most its free balance, else -5002.
 * - A transfer into cross margin activates a margin account that did not exist (`marginActivated: false`); a
 *   transfer into an isolated pair creates its account (counting against the enabled-account limit, -1020 beyond
 *   it) and is refused into a disabled one (-3043). A missing isolated account as the source is -11001.
 * - The asset must trade on the mock's market to enter a margin wallet (-3027), and an isolated pair only takes its
 *   base and quote asset (-3028).
 */
import { ZERO, compact, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { decParam, requireSymbol } from './handler-kit.js';
import { enabledIsolatedCount } from './isolated-accounts.js';
import { type OtherWallet, sapiState } from './sapi-state.js';
import { SE } from './sapi-errors.js';
import type { TransferWallet } from './records.js';
import { Wallet } from './state.js';

type WalletName = 'MAIN' | 'MARGIN' | 'ISOLATEDMARGIN' | OtherWallet;

const HISTORY_NAME: Record<WalletName, TransferWallet> = {
  MAIN: 'SPOT',
  MARGIN: 'CROSS_MARGIN',
  ISOLATEDMARGIN: 'ISOLATED_MARGIN',
  UMFUTURE: 'FUTURES',
  CMFUTURE: 'DELIVERY',
  FUNDING: 'FUNDING',
  OPTION: 'OPTION',
};

const isMargin = (name: WalletName) => name === 'MARGIN' || name === 'ISOLATEDMARGIN';

/** The wallet a transfer leaves (it must exist). */
function source(ctx: HandlerContext, name: WalletName, symbol: string | undefined): Wallet {
  const { account } = ctx;
  const state = sapiState(account);
  if (name === 'MAIN') return state.spot;
  if (name === 'MARGIN') {
    if (!state.marginActivated) throw SE.marginAccountMissing();
    return account.margin.cross;
  }
  if (name === 'ISOLATEDMARGIN') {
    const w = account.margin.isolated.get(symbol!);
    if (!w || !state.marginActivated) throw SE.isolatedAccountMissing();
    return w;
  }
  return state.otherWallets.get(name)!;
}

/** The wallet a transfer enters, created (and the margin account activated) when the transfer is accepted. */
function destination(ctx: HandlerContext, name: WalletName, symbol: string | undefined): { wallet: Wallet; create?: () => void } {
  const { account } = ctx;
  const state = sapiState(account);
  if (name === 'MAIN') return { wallet: state.spot };
  if (name === 'MARGIN') return { wallet: account.margin.cross, create: () => void (state.marginActivated = true) };
  if (name === 'ISOLATEDMARGIN') {
    if (state.disabledIsolated.has(symbol!)) throw SE.transferInNotAllowed();
    const existing = account.margin.isolated.get(symbol!);
    if (existing) return { wallet: existing, create: () => void (state.marginActivated = true) };
    if (enabledIsolatedCount(account) >= state.isolatedAccountLimit) throw SE.unsupported();
    const wallet = new Wallet(symbol!);
    return {
      wallet,
      create: () => {
        account.margin.isolated.set(symbol!, wallet);
        state.marginActivated = true;
      },
    };
  }
  return { wallet: state.otherWallets.get(name)! };
}

function checkIsolatedAsset(ctx: HandlerContext, symbol: string, asset: string): void {
  requireSymbol(ctx, symbol);
  const info = ctx.engine.market.info(symbol)!;
  if (info.base !== asset && info.quote !== asset) throw SE.notValidMarginPair();
}

/** What may leave `wallet` now: free balance, or for a margin wallet what the collateral rule lets go. */
function movable(ctx: HandlerContext, name: WalletName, wallet: Wallet, asset: string): Dec {
  if (isMargin(name)) return ctx.engine.maxTransferable(wallet, asset);
  return wallet.peek(asset)?.free ?? ZERO;
}

export function universalTransfer(ctx: HandlerContext): HandlerResult {
  const { params: p, engine, account } = ctx;
  const type = p.get('type')!;
  const [fromName, toName] = type.split('_') as [WalletName, WalletName];
  const asset = p.get('asset')!;
  const amount = decParam(ctx, 'amount')!;
  if (!amount.greaterThan(0)) throw E.invalidParam('amount');
  const fromSymbol = fromName === 'ISOLATEDMARGIN' ? p.get('fromSymbol') : undefined;
  const toSymbol = toName === 'ISOLATEDMARGIN' ? p.get('toSymbol') : undefined;
  if (fromSymbol !== undefined) checkIsolatedAsset(ctx, fromSymbol, asset);
  if (toSymbol !== undefined) checkIsolatedAsset(ctx, toSymbol, asset);
  if (fromSymbol !== undefined && fromSymbol === toSymbol) throw E.invalidParam('toSymbol');
  if (isMargin(toName) && !engine.market.hasAsset(asset)) throw SE.notValidMarginAsset();

  const from = source(ctx, fromName, fromSymbol);
  const to = destination(ctx, toName, toSymbol);
  if (amount.greaterThan(movable(ctx, fromName, from, asset))) {
    throw isMargin(fromName) ? SE.transferOutExceedsMax() : SE.insufficientWalletBalance();
  }
  to.create?.();
  const moved = compact(amount);
  const out = from.get(asset);
  out.free = out.free.minus(moved);
  const into = to.wallet.get(asset);
  into.free = into.free.plus(moved);

  const txId = engine.records.recordTransfer(
    account,
    asset,
    moved,
    { wallet: HISTORY_NAME[fromName], ...(fromSymbol !== undefined ? { symbol: fromSymbol } : {}) },
    { wallet: HISTORY_NAME[toName], ...(toSymbol !== undefined ? { symbol: toSymbol } : {}) },
  );
  return { body: { tranId: txId } };
}

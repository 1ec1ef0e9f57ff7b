/**
 * The demo account's PM-account seed, so that every documented example of the account operations answers 2xx on
 * a fresh demo mock: the completed downloads of id `545923594199212032` (the id of Binance's `…/asyn/id`
 * examples, one of each kind) and, when the demo seed left none, a margin BNB loan for
 * `POST /papi/v1/margin/repay-debt` to repay.
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import { DEMO_ACCOUNT } from '../config.js';
import { D } from '../decimal.js';
import type { PmAccountState } from './state.js';
import { addDownload } from './state.js';
import { newDownloadKey, renderCsv } from './downloads.js';

export const DEMO_DOWNLOAD_ID = '545923594199212032';

export function applyDemoSeed(engine: Engine, account: Account, state: PmAccountState): void {
  if (account.apiKey !== DEMO_ACCOUNT.apiKey) return;
  const now = engine.clock.now();
  for (const kind of ['income', 'order', 'trade'] as const) {
    addDownload(engine, state, { id: DEMO_DOWNLOAD_ID, kind, apiKey: account.apiKey, readyAt: now, csv: renderCsv(engine, account, kind, 0, now), key: newDownloadKey() });
  }
  const wallet = account.portfolioMargin.wallet;
  if (!(wallet.peek('BNB')?.borrowed.greaterThan(0) ?? false)) engine.borrow(account.portfolioMargin, wallet, 'BNB', new D('1'), 'MANUAL');
}

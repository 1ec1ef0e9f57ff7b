/**
 * The Portfolio Margin account settings and records that live beside the futures engine: the UM BNB fee
 * discount, the auto-repay-futures switch, the TradFi perps agreement, the asynchronous downloads and the
 * negative-balance exchange records. One {@link PmAccountState} per account, created on first use (the demo
 * account then gets its seed, `seed.ts`).
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import type { Dec } from '../decimal.js';
import { applyDemoSeed } from './seed.js';

export type DownloadKind = 'income' | 'order' | 'trade';

export interface Download {
  readonly id: string;
  readonly kind: DownloadKind;
  readonly apiKey: string;
  /** When the file is ready (the mock clock's time at the request plus the preparation delay). */
  readonly readyAt: number;
  /** The CSV file, rendered from the account's history when the download was requested. */
  readonly csv: string;
  /** The secret of its link (`?key=`), as an S3 link carries its signature: the file needs no admin token, and ids cannot be counted through. */
  readonly key: string;
}

export interface ExchangeDetail {
  readonly asset: string;
  /** The negative balance covered, as a positive amount. */
  readonly negativeBalance: Dec;
  readonly negativeMaxThreshold: Dec;
}

export interface ExchangeRecord {
  readonly startTime: number;
  readonly endTime: number;
  readonly details: readonly ExchangeDetail[];
}

export class PmAccountState {
  /** `POST /papi/v1/um/feeBurn`: UM commissions in BNB at a discount. Off by default, as on Binance. */
  feeBurn = false;
  /** `POST /papi/v1/repay-futures-switch`: repay negative futures balances automatically. On by default. */
  autoRepay = true;
  /** `POST /papi/v1/um/stock/contract`. */
  tradFiSigned = false;
  /** Downloads of this account by `kind:id`, oldest first (at most {@link MAX_DOWNLOADS} kept). */
  readonly downloads = new Map<string, Download>();
  /** Automatic exchanges that covered negative balances, oldest first. */
  readonly exchanges: ExchangeRecord[] = [];
}

/** Downloads kept per account; older ones are forgotten (their links answer 404). */
export const MAX_DOWNLOADS = 100;

const states = new WeakMap<Account, PmAccountState>();
const downloadsById = new WeakMap<Engine, Map<string, Download>>();

/** The PM account state of an account (created, and for the demo account seeded, on first use). */
export function pmStateOf(engine: Engine, account: Account): PmAccountState {
  let state = states.get(account);
  if (!state) {
    states.set(account, (state = new PmAccountState()));
    applyDemoSeed(engine, account, state);
  }
  return state;
}

/** Every download of a mock engine, by `kind:id` (for the file route, which has no account). */
export function downloadRegistry(engine: Engine): Map<string, Download> {
  let map = downloadsById.get(engine);
  if (!map) downloadsById.set(engine, (map = new Map()));
  return map;
}

export const downloadKey = (kind: DownloadKind, id: string): string => `${kind}:${id}`;

export function addDownload(engine: Engine, state: PmAccountState, download: Download): void {
  const key = downloadKey(download.kind, download.id);
  state.downloads.set(key, download);
  const registry = downloadRegistry(engine);
  registry.set(key, download);
  while (state.downloads.size > MAX_DOWNLOADS) {
    const oldest = state.downloads.keys().next().value!;
    state.downloads.delete(oldest);
    registry.delete(oldest);
  }
}

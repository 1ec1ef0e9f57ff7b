/**
 * The asynchronous UM history downloads (`GET /papi/v1/um/{income,order,trade}/asyn` and `…/asyn/id`):
 * a request renders the CSV file of the account's UM history in the window at once and answers a download id;
 * the status call answers `processing` until the mock clock reaches the request time plus
 * {@link DOWNLOAD_DELAY_MS}, then `completed` with a loopback link to the file (served by the mock under
 * `/__mock/downloads/`), valid for {@link LINK_VALIDITY_MS}.
 *
 * The CSV layouts are the marginkit mock's reading of Binance's website exports (Binance documents none of them;
 * see the mock README): one header row, then one row per record, oldest first, times as `YYYY-MM-DD HH:MM:SS` in
 * UTC, amounts as plain decimals.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import type { Dec } from '../decimal.js';
import { futuresOf } from '../futures/engine.js';
import { addDownload, downloadKey, downloadRegistry, pmStateOf, type Download, type DownloadKind } from './state.js';

/** How long the mock takes to prepare a file, on its clock (Binance reports about two hours on average). */
export const DOWNLOAD_DELAY_MS = 60_000;
/** "Download link expiration: 24h" (Binance's pages). */
export const LINK_VALIDITY_MS = 24 * 3_600_000;

export const CSV_HEADERS: Readonly<Record<DownloadKind, readonly string[]>> = {
  income: ['Date(UTC)', 'Type', 'Amount', 'Asset', 'Symbol', 'Transaction ID', 'Trade ID', 'Info'],
  order: ['Date(UTC)', 'Order ID', 'Client Order ID', 'Symbol', 'Type', 'Side', 'Position Side', 'Price', 'Avg Price', 'Quantity', 'Filled', 'Total', 'Reduce Only', 'Status'],
  trade: ['Date(UTC)', 'Symbol', 'Side', 'Price', 'Quantity', 'Amount', 'Fee', 'Fee Coin', 'Realized Profit', 'Quote Asset'],
};

const plain = (d: Dec): string => d.toFixed();

function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(kind: DownloadKind, rows: readonly (readonly string[])[]): string {
  return [CSV_HEADERS[kind], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The CSV file of one kind of UM history between `start` and `end` (inclusive), oldest first. */
export function renderCsv(engine: Engine, account: Account, kind: DownloadKind, start: number, end: number): string {
  const f = futuresOf(engine);
  const fa = f.account(account);
  const within = (t: number) => t >= start && t <= end;
  if (kind === 'income') {
    const rows = fa.income
      .filter((e) => e.market === 'um' && within(e.time))
      .map((e) => [utc(e.time), e.incomeType, plain(e.income), e.asset, e.symbol, e.tranId.toString(), e.tradeId?.toString() ?? '', e.info ?? e.incomeType]);
    return csv(kind, rows);
  }
  if (kind === 'order') {
    const rows = [...fa.um.orders.values()]
      .filter((o) => within(o.time))
      .sort((a, b) => a.time - b.time || (a.orderId < b.orderId ? -1 : 1))
      .map((o) => [utc(o.time), o.orderId.toString(), o.clientOrderId, o.symbol, o.origType, o.side, o.positionSide, plain(o.price), plain(o.avgPrice), plain(o.origQty), plain(o.executedQty), plain(o.cumValue), String(o.reduceOnly), o.status]);
    return csv(kind, rows);
  }
  const rows = fa.um.trades
    .filter((t) => within(t.time))
    .map((t) => {
      const s = f.symbol(t.symbol);
      return [utc(t.time), t.symbol, t.side, plain(t.price), plain(t.qty), plain(t.value), plain(t.commission), t.commissionAsset, plain(t.realizedPnl), s.marginAsset];
    });
  return csv(kind, rows);
}

/** Records a download request; returns its id (a digit string above 2^53, like Binance's). */
export function requestDownload(engine: Engine, account: Account, kind: DownloadKind, start: number, end: number): Download {
  const now = engine.clock.now();
  const download: Download = {
    id: engine.nextId('tranId').toString(),
    kind,
    apiKey: account.apiKey,
    readyAt: now + DOWNLOAD_DELAY_MS,
    csv: renderCsv(engine, account, kind, start, end),
  };
  addDownload(engine, pmStateOf(engine, account), download);
  return download;
}

/** The path the mock serves a download's file at. */
export function downloadPath(download: Download): string {
  return `/__mock/downloads/${download.kind}/${download.id}.csv`;
}

/** The secret download links are signed with: one per mock engine, never sent, so a reset voids every link. */
const linkSecrets = new WeakMap<Engine, Buffer>();

function linkSignature(engine: Engine, path: string, expires: number): Buffer {
  let secret = linkSecrets.get(engine);
  if (!secret) linkSecrets.set(engine, (secret = randomBytes(32)));
  return createHmac('sha256', secret).update(`${path}\n${expires}`).digest();
}

/** The signed link of a completed download: its path, its expiry and the signature over both. */
function signedLink(engine: Engine, download: Download, expires: number): string {
  const path = downloadPath(download);
  return `${path}?expires=${expires}&signature=${linkSignature(engine, path, expires).toString('hex')}`;
}

/** The `…/asyn/id` answer for a download of this account, or undefined when it has none of that kind and id. */
export function downloadStatus(engine: Engine, account: Account, kind: DownloadKind, id: string, origin: string): Record<string, unknown> | undefined {
  const download = pmStateOf(engine, account).downloads.get(downloadKey(kind, id));
  if (!download) return undefined;
  const now = engine.clock.now();
  if (now < download.readyAt) {
    return { downloadId: id, status: 'processing', url: '', s3Link: null, notified: false, expirationTimestamp: -1, isExpired: null };
  }
  const expires = download.readyAt + LINK_VALIDITY_MS;
  return {
    downloadId: id,
    status: 'completed',
    url: `${origin}${signedLink(engine, download, expires)}`,
    s3Link: null,
    notified: true,
    expirationTimestamp: expires,
    isExpired: now >= expires ? true : null,
  };
}

/** What the file route answers: the CSV, or why not (the status and message of a Binance-style error). */
export type DownloadFileAnswer = { readonly csv: string } | { readonly status: 403 | 404; readonly msg: string };

const DOWNLOAD_PATH = /^\/__mock\/downloads\/(income|order|trade)\/([0-9]{1,20})\.csv$/;
const DIGITS = /^[0-9]{1,15}$/;
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;

/**
 * The file behind a download link (`path` and its raw `query`): 404 for a path that names no download file;
 * 403 when the link's signature does not match its path and expiry (missing, forged, altered, or taken from
 * another file) or the link has expired (what S3 answers a pre-signed link in those cases); 404 when the
 * download is no longer kept; else the CSV.
 */
export function downloadFile(engine: Engine, path: string, query: string): DownloadFileAnswer {
  const m = DOWNLOAD_PATH.exec(path);
  if (!m) return { status: 404, msg: 'No such download file.' };
  const link = new URLSearchParams(query);
  const expiresText = link.get('expires') ?? '';
  const sent = link.get('signature') ?? '';
  const expires = DIGITS.test(expiresText) ? Number(expiresText) : Number.NaN;
  if (!Number.isSafeInteger(expires) || !HEX_SIGNATURE.test(sent) || !timingSafeEqual(Buffer.from(sent, 'hex'), linkSignature(engine, path, expires))) {
    return { status: 403, msg: 'The signature of the download link does not match.' };
  }
  if (engine.clock.now() >= expires) return { status: 403, msg: 'Request has expired.' };
  const download = downloadRegistry(engine).get(downloadKey(m[1] as DownloadKind, m[2]!));
  if (!download) return { status: 404, msg: 'No such download, or it is no longer kept.' };
  return { csv: download.csv };
}

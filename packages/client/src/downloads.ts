/**
 * Fetching the files of Portfolio Margin's asynchronous downloads (`GET /papi/v1/um/{income,order,trade}/asyn`,
 * then `…/asyn/id` until `status` is `completed`): the `url` it answers is a pre-signed link on another host
 * (Amazon S3 on Binance; the mock's loopback address on the marginkit mock), valid 24 hours. It is fetched with
 * a plain GET through the client's transport — proxy, TLS settings, timeout and `maxResponseBytes` apply — and
 * without the API key, a signature or the client's `headers` option: those belong to Binance's API only.
 */
import { DownloadError } from './errors.js';
import { TransportFailure, type Transport } from './transport.js';

export interface DownloadOptions {
  /** Milliseconds to wait for the whole file (default: the client's `timeout`). */
  readonly timeout?: number;
  /** Aborts the fetch (it rejects with a `DownloadError` of problem `aborted`). */
  readonly signal?: AbortSignal;
}

/** What the Portfolio Margin client adds for the asynchronous downloads. */
export interface DownloadControls {
  /**
   * Fetches the file behind the `url` of a completed download (`getUmIncomeDownloadLink`,
   * `getUmOrderDownloadLink`, `getUmTradeDownloadLink`) and resolves with its text (a CSV file). Rejects with a
   * {@link DownloadError}: `invalid-url` for anything but an absolute http(s) URL (the `url` is `""` while the
   * download is `processing`), `http-status` for a non-2xx answer (403 once the link has expired),
   * `timeout`, `network`, `aborted`, `too-large` (raise the client's `maxResponseBytes` for large histories) or
   * `undecodable`.
   */
  fetchDownload(url: string, options?: DownloadOptions): Promise<string>;
}

/** The link without its query string (the credential of a pre-signed link), for error messages. */
function location(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export async function fetchDownload(transport: Transport, headers: Readonly<Record<string, string>>, defaultTimeout: number, link: string, options: DownloadOptions = {}): Promise<string> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new DownloadError('', 'invalid-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DownloadError('', 'invalid-url');
  if (url.username || url.password) throw new DownloadError(location(url), 'invalid-url');
  url.hash = '';
  let response;
  try {
    response = await transport.send({
      method: 'GET',
      url: url.href,
      headers,
      timeoutMs: options.timeout ?? defaultTimeout,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (failure) {
    if (failure instanceof TransportFailure) throw new DownloadError(location(url), failure.kind, failure.status, { cause: failure });
    throw new DownloadError(location(url), 'network', undefined, { cause: failure });
  }
  if (response.status < 200 || response.status > 299) throw new DownloadError(location(url), 'http-status', response.status);
  return response.body;
}

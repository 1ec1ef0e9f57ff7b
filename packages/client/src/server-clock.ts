import type { ApiId } from '@marginkit/spec';
import type { Transport } from './transport.js';

/**
 * Where each API's server time can be read. api.binance.com answers `GET /api/v3/time` with `{"serverTime": ms}`;
 * papi.binance.com documents no time endpoint, so its `Date` header (whole seconds) is used instead.
 */
const SOURCES: Record<ApiId, { path: string; json: boolean }> = {
  margin: { path: '/api/v3/time', json: true },
  portfolioMargin: { path: '/papi/v1/ping', json: false },
};

/**
 * The offset between this machine's clock and Binance's, measured on demand. Binance rejects a request whose
 * timestamp is more than 1 s ahead of its clock or older than `recvWindow`, so the estimate errs on the side of
 * being behind: with the JSON time the offset is measured at the middle of the round trip; with a `Date` header
 * (whole seconds) it is the lowest offset consistent with the answer.
 */
export class ServerClock {
  private offsetMs = 0;
  private syncedAt = 0;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly api: ApiId,
    private readonly baseUrl: string,
    private readonly transport: Transport,
    private readonly intervalMs = 300_000,
  ) {}

  /** Milliseconds since the epoch on Binance's clock (as far as it is known). */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Measures now if never measured or older than the interval. */
  ensureSynced(): Promise<void> {
    if (this.syncedAt && Date.now() - this.syncedAt < this.intervalMs) return Promise.resolve();
    return this.sync();
  }

  sync(): Promise<void> {
    this.pending ??= this.measure().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async measure(): Promise<void> {
    const source = SOURCES[this.api];
    const sentAt = Date.now();
    const response = await this.transport.send({ method: 'GET', url: `${this.baseUrl}${source.path}`, headers: {}, timeoutMs: 5000 });
    const receivedAt = Date.now();
    if (source.json) {
      const serverTime = (JSON.parse(response.body) as { serverTime?: unknown }).serverTime;
      if (typeof serverTime !== 'number') throw new Error(`${source.path} did not return serverTime`);
      this.offsetMs = serverTime - (sentAt + receivedAt) / 2;
    } else {
      const date = response.headers.date;
      const serverSecond = Date.parse(Array.isArray(date) ? date[0]! : (date ?? ''));
      if (Number.isNaN(serverSecond)) throw new Error(`${source.path} answered without a Date header`);
      // The server's clock read somewhere in [serverSecond, serverSecond + 1000) while ours was in [sentAt, receivedAt].
      this.offsetMs = serverSecond - receivedAt;
    }
    this.syncedAt = receivedAt;
  }
}

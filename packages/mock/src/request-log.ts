/**
 * The request log: one entry per answered request, given to the `log` option of `createMockServer` /
 * `createMockFetch` / `MockCore`. An entry never holds a secret: no query string, body, header or signature.
 */

export interface RequestLogEntry {
  /** When the answer was ready, epoch milliseconds (wall clock, not the mock clock). */
  readonly time: number;
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  readonly status: number;
  /** Binance's error code of an error answer (`-2010`), when it has one. */
  readonly code?: number;
  /** Time spent answering, in milliseconds (an injected latency included). */
  readonly durationMs: number;
  /** Name of the account whose API key the request carried, when known. */
  readonly account?: string;
  /** The stack of an unexpected error (status 500), to report as a bug. */
  readonly error?: string;
}

/** Receives each entry; `createMockServer({ log: true })` prints `formatRequestLog(entry)` to stderr. */
export type LogSink = (entry: RequestLogEntry) => void;

/** `2025-01-01T12:00:00.000Z POST /papi/v1/margin/order 400 -2010 0.4ms account=demo` */
export function formatRequestLog(entry: RequestLogEntry): string {
  let line = `${new Date(entry.time).toISOString()} ${entry.method} ${entry.path} ${entry.status}`;
  if (entry.code !== undefined) line += ` ${entry.code}`;
  line += ` ${entry.durationMs.toFixed(1)}ms`;
  if (entry.account !== undefined) line += ` account=${entry.account}`;
  if (entry.error !== undefined) line += `\n  internal error: ${entry.error}`;
  return line;
}

/** The entry as one line of JSON, for log collectors: `{"event":"request","time":"2025-…Z","method":…}`. */
export function requestLogJson(entry: RequestLogEntry): string {
  return JSON.stringify({ event: 'request', ...entry, time: new Date(entry.time).toISOString(), durationMs: Math.round(entry.durationMs * 1000) / 1000 });
}

/** Binance's error code at the start of an error body (`{"code":-2010,...}`), without parsing the whole body. */
export function errorCodeOf(status: number, body: string): number | undefined {
  if (status < 400 || !body.startsWith('{"code":')) return undefined;
  const match = /^\{"code":(-?\d+)/.exec(body);
  return match ? Number(match[1]) : undefined;
}

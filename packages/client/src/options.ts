import type { Dispatcher } from 'undici';
import type { OperationRef } from './errors.js';
import type { RateLimitOptions, RateLimitSnapshot } from './rate-limits.js';
import type { FetchLike } from './transport.js';

export interface RetryOptions {
  /** How many times a failed call may be sent again (default 2). */
  readonly retries?: number;
  /** First back-off delay; doubles per attempt, with full jitter (default 200 ms). */
  readonly minDelayMs?: number;
  /** Largest back-off delay (default 3000 ms). */
  readonly maxDelayMs?: number;
  /** A 429 on a call that is safe to repeat is retried when `Retry-After` is at most this (default 5000 ms). */
  readonly maxRetryAfterMs?: number;
}

export interface TimeSyncOptions {
  /** Re-measure the clock offset this often (default 5 minutes). */
  readonly intervalMs?: number;
}

/** What the logging hooks see: the operation, timings and usage. Never parameters, keys or signatures. */
export interface RequestEvent {
  readonly operation: OperationRef;
  readonly attempt: number;
  readonly weight: number;
}
export interface ResponseEvent extends RequestEvent {
  readonly status: number;
  readonly durationMs: number;
  readonly rateLimits: RateLimitSnapshot;
}
export interface RetryEvent extends RequestEvent {
  readonly delayMs: number;
  readonly error: Error;
}
export interface ErrorEvent extends RequestEvent {
  readonly error: Error;
}

/** Logging and metrics callbacks. An exception a hook throws is dropped: it never changes a call or its outcome. */
export interface ClientHooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  onRetry?(event: RetryEvent): void;
  onError?(event: ErrorEvent): void;
}

/** TLS settings for the Node transport (undici `connect` options): a private CA, a client certificate. */
export interface TlsOptions {
  /** Certificates to trust instead of Node's bundled roots (PEM). */
  readonly ca?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /** Client certificate chain (PEM), for mutual TLS. */
  readonly cert?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /** Private key of the client certificate (PEM). */
  readonly key?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  readonly passphrase?: string;
  /** Host name for SNI and certificate checks when it differs from the URL's. */
  readonly servername?: string;
  /** `false` accepts any certificate. Never do this against Binance. */
  readonly rejectUnauthorized?: boolean;
}

export interface ClientOptions {
  /** Your API key, sent as `X-MBX-APIKEY`. Needed by every operation except `NONE` ones. */
  readonly apiKey?: string;
  /** HMAC secret. Give this or `privateKey`. */
  readonly apiSecret?: string;
  /** RSA (PKCS#8) or Ed25519 private key: PEM text, a Node `KeyObject`, or a WebCrypto `CryptoKey`. */
  readonly privateKey?: unknown;
  /** Passphrase of an encrypted PEM private key (Node only). */
  readonly privateKeyPassphrase?: string;
  /** Defaults to `https://api.binance.com` (Margin) or `https://papi.binance.com` (Portfolio Margin). */
  readonly baseUrl?: string;
  /** Milliseconds a signed request stays valid: default 5000, at most 60000, up to three decimals. */
  readonly recvWindow?: number;
  /** `MICROSECOND` asks for microsecond times in answers (`X-MBX-TIME-UNIT`). */
  readonly timeUnit?: 'MILLISECOND' | 'MICROSECOND';
  /**
   * Give up on a call after this many milliseconds without a complete answer (default 10000); per attempt. From 1
   * to 2147483647 (the longest `setTimeout` holds); anything else is a ConfigurationError.
   */
  readonly timeout?: number;
  /**
   * Node: any undici dispatcher to send through (`ProxyAgent`, `EnvHttpProxyAgent`, `MockAgent`, an `Agent` with
   * your own settings). The client never closes a dispatcher you pass. Not with `proxy`, `tls` or `maxSockets`.
   */
  readonly dispatcher?: Dispatcher;
  /**
   * Node: an `http://` or `https://` proxy URL (`http://user:pass@proxy:3128`); requests are tunnelled with
   * CONNECT. Without it, `NODE_USE_ENV_PROXY=1` (or `--use-env-proxy`) makes the client follow `HTTP_PROXY`,
   * `HTTPS_PROXY` and `NO_PROXY`, as Node's own `fetch` does.
   */
  readonly proxy?: string;
  /** Node: TLS settings (private CA, client certificate). */
  readonly tls?: TlsOptions;
  /** A `fetch` to send requests with, instead of the built-in transport (undici on Node, the global fetch elsewhere). */
  readonly fetch?: FetchLike;
  /** Node: connections per host (default unlimited, as undici). */
  readonly maxSockets?: number;
  /** Largest answer the client reads, after decompression (default 16 MiB); a larger one is a `ResponseError`. */
  readonly maxResponseBytes?: number;
  /**
   * Extra headers on every request. Names must be HTTP tokens and values may not hold line breaks or other control
   * characters; `Host`, `Content-Length`, `Transfer-Encoding`, `Connection` and the other headers the HTTP layer
   * writes are refused (ConfigurationError). The client's own headers (API key, content type) win.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** `User-Agent` header (Node; browsers set their own). Default `marginkit`. */
  readonly userAgent?: string;
  /** Measure the offset to Binance's clock before signing (opt-in). */
  readonly timeSync?: boolean | TimeSyncOptions;
  /** Retry policy for calls that are safe to repeat, or `false` for none. */
  readonly retry?: false | RetryOptions;
  readonly rateLimit?: RateLimitOptions;
  readonly hooks?: ClientHooks;
}

/** Options a single call may override. */
export interface CallOptions {
  /** Milliseconds to wait for this call's answer, per attempt (default: the client's `timeout`; 1 to 2147483647). */
  readonly timeout?: number;
  /**
   * Aborts the call: it rejects at once. Before the request was written that is an `AbortError` (not executed);
   * after, a call that is not idempotent rejects with `ExecutionStatusUnknownError` (reason `aborted`).
   */
  readonly signal?: AbortSignal;
  /** Extra headers for this call, checked as the `headers` option is. */
  readonly headers?: Readonly<Record<string, string>>;
}

export type { FetchLike };

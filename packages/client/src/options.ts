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

export interface ClientHooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  onRetry?(event: RetryEvent): void;
  onError?(event: ErrorEvent): void;
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
  /** Give up waiting for an answer after this many milliseconds (default 10000). */
  readonly timeout?: number;
  /** A `fetch` to send requests with, instead of the built-in transport (node:http on Node, fetch elsewhere). */
  readonly fetch?: FetchLike;
  /** Keep-alive sockets per host for the Node transport (default 256). */
  readonly maxSockets?: number;
  /** Measure the offset to Binance's clock before signing (opt-in). */
  readonly timeSync?: boolean | TimeSyncOptions;
  /** Retry policy for calls that are safe to repeat, or `false` for none. */
  readonly retry?: false | RetryOptions;
  readonly rateLimit?: RateLimitOptions;
  readonly hooks?: ClientHooks;
}

/** Options a single call may override. */
export interface CallOptions {
  readonly timeout?: number;
}

export type { FetchLike };

import type { ApiId, HttpMethod, OperationMeta } from '@marginkit/spec';
import type { RateLimitSnapshot } from './rate-limits.js';

/** Which call an error belongs to. Never carries parameters, so secrets and signatures cannot leak through it. */
export interface OperationRef {
  readonly api: ApiId;
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
}

export function operationRef(meta: OperationMeta): OperationRef {
  return { api: meta.api, operationId: meta.operationId, method: meta.method, path: meta.path };
}

/** Base class of every error this package throws. */
export class MarginkitError extends Error {
  override name = 'MarginkitError';
}

/** The client options are invalid (for example `recvWindow` above 60000, or no key to sign with). */
export class ConfigurationError extends MarginkitError {
  override name = 'ConfigurationError';
}

/**
 * A parameter was rejected before anything was sent: it is missing, malformed, of the wrong kind (a JS number
 * where an exact decimal is required), or breaks one of the operation's either/or rules. `code` is the Binance
 * error code the server would have answered.
 */
export class ParameterError extends MarginkitError {
  override name = 'ParameterError';
  constructor(
    readonly operation: OperationRef,
    readonly parameters: readonly string[],
    readonly code: number,
    message: string,
  ) {
    super(`${operation.operationId}: ${message}`);
  }
}

/** What the error says about whether the request took effect on Binance's side. */
export type ExecutionStatus = 'not-executed' | 'unknown';

/**
 * Binance answered with a non-2xx status. `code` is the Binance error code (typed with the codes the API
 * documents), `msg` its message. The message and code come from the server; the request's parameters do not.
 */
export class BinanceApiError<Code extends number = number> extends MarginkitError {
  override name = 'BinanceApiError';
  readonly executionStatus: ExecutionStatus = 'not-executed';
  constructor(
    readonly operation: OperationRef,
    readonly status: number,
    readonly code: Code | undefined,
    readonly msg: string,
    readonly rateLimits: RateLimitSnapshot,
    readonly errorName?: string,
  ) {
    super(
      `${operation.operationId} (${operation.method} ${operation.path}) failed with HTTP ${status}` +
        (code !== undefined ? `, Binance code ${code}${errorName ? ` ${errorName}` : ''}` : '') +
        (msg ? `: ${msg}` : ''),
    );
  }
}

/** An answer that says how long to wait before calling again: 429 or 418. */
export class RetryAfterError<Code extends number = number> extends BinanceApiError<Code> {
  override name = 'RetryAfterError';
  constructor(
    operation: OperationRef,
    status: number,
    code: Code | undefined,
    msg: string,
    rateLimits: RateLimitSnapshot,
    errorName: string | undefined,
    /** Seconds to wait, from `Retry-After` (absent for order-count limits). */
    readonly retryAfter: number | undefined,
  ) {
    super(operation, status, code, msg, rateLimits, errorName);
  }
}

/** HTTP 429: a request-weight or order-count limit was crossed. Wait `retryAfter` seconds before the next call. */
export class RateLimitError<Code extends number = number> extends RetryAfterError<Code> {
  override name = 'RateLimitError';
  constructor(
    operation: OperationRef,
    status: number,
    code: Code | undefined,
    msg: string,
    rateLimits: RateLimitSnapshot,
    errorName: string | undefined,
    retryAfter: number | undefined,
    /** True when the client's own limiter refused the call before sending it. */
    readonly local = false,
  ) {
    super(operation, status, code, msg, rateLimits, errorName, retryAfter);
  }
}

/** HTTP 418: this IP is banned for ignoring 429 answers. No call will succeed for `retryAfter` seconds. */
export class IpBannedError<Code extends number = number> extends RetryAfterError<Code> {
  override name = 'IpBannedError';
}

/** A 5xx answer saying the request was not processed ("Service Unavailable.", -1001, -1008): safe to send again. */
export class ServerError<Code extends number = number> extends BinanceApiError<Code> {
  override name = 'ServerError';
}

/**
 * A 5xx answer that leaves the outcome unknown (Binance: "do NOT treat this as a failure"). The order or loan may
 * exist. Query it (by client order id, or through the user data stream) before sending it again.
 */
export class ExecutionStatusUnknownError<Code extends number = number> extends BinanceApiError<Code> {
  override name = 'ExecutionStatusUnknownError';
  override readonly executionStatus: ExecutionStatus = 'unknown';
}

/** No answer arrived within `timeout`. For calls that change state, the outcome is unknown. */
export class TimeoutError extends MarginkitError {
  override name = 'TimeoutError';
  constructor(
    readonly operation: OperationRef,
    readonly timeoutMs: number,
    readonly executionStatus: ExecutionStatus,
  ) {
    super(`${operation.operationId} (${operation.method} ${operation.path}) got no answer within ${timeoutMs} ms`);
  }
}

/** The connection failed. `executionStatus` is `unknown` when the request may already have been sent. */
export class NetworkError extends MarginkitError {
  override name = 'NetworkError';
  constructor(
    readonly operation: OperationRef,
    readonly executionStatus: ExecutionStatus,
    options: { cause: unknown },
  ) {
    super(
      `${operation.operationId} (${operation.method} ${operation.path}) failed before an answer arrived: ${
        options.cause instanceof Error ? options.cause.message : String(options.cause)
      }`,
      options,
    );
  }
}

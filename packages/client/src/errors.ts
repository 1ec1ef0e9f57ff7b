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

const describeCall = (operation: OperationRef) => `${operation.operationId} (${operation.method} ${operation.path})`;

/**
 * Whether a failed call may have taken effect on Binance's side. `not-executed`: proven not processed (rejected
 * with Binance's error envelope, 429/418, a documented not-processed 5xx, or never sent). `unknown`: it may exist.
 */
export type ExecutionStatus = 'not-executed' | 'unknown';

/** Base class of every error this package throws. */
export class MarginkitError extends Error {
  override name = 'MarginkitError';
  /** Whether the call may have taken effect. Errors raised before anything was sent are `not-executed`. */
  readonly executionStatus: ExecutionStatus = 'not-executed';
}

/** The client options are invalid (for example `recvWindow` above 60000, or no key to sign with), or the client was closed. */
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

/**
 * Binance (or something between you and Binance) answered with a non-2xx status, or with a 2xx whose body is
 * Binance's error envelope. `code` and `msg` come from that `{code,msg}` envelope (a negative integer code, typed
 * with the codes the API documents); for an answer without the envelope `code` is undefined and `excerpt` holds
 * the start of the body, secrets removed. Whether the call was processed follows the API's
 * `x-binance-execution-status`: a 4xx with the envelope was rejected (`not-executed`); a 4xx without it, a 2xx
 * with it, or an unknown-status code (-1006, -1007) leaves it `unknown`.
 */
export class BinanceApiError<Code extends number = number> extends MarginkitError {
  override name = 'BinanceApiError';
  override readonly executionStatus: ExecutionStatus;
  constructor(
    readonly operation: OperationRef,
    readonly status: number,
    readonly code: Code | undefined,
    readonly msg: string,
    readonly rateLimits: RateLimitSnapshot,
    readonly errorName?: string,
    executionStatus: ExecutionStatus = 'not-executed',
    /** The start of a body that is not Binance's envelope (HTML, text), secrets removed; `''` otherwise. */
    readonly excerpt = '',
  ) {
    super(
      `${describeCall(operation)} failed with HTTP ${status}` +
        (code !== undefined ? `, Binance code ${code}${errorName ? ` ${errorName}` : ''}` : '') +
        (msg ? `: ${msg}` : excerpt ? `: ${JSON.stringify(excerpt)}` : ''),
    );
    this.executionStatus = executionStatus;
  }
}

/** An answer that says how long to wait before calling again: 429 or 418. Neither was processed. */
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
    super(operation, status, code, msg, rateLimits, errorName, 'not-executed');
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

/**
 * A 5xx answer. `not-executed` only when it is one the API documents as proving the request was not processed
 * (PAPI: 503 `Service Unavailable.`, `Internal error; …`, -1008 throttled); any other 5xx leaves it `unknown`
 * (Binance: "do NOT treat this as a failure").
 */
export class ServerError<Code extends number = number> extends BinanceApiError<Code> {
  override name = 'ServerError';
}

/** What made a unusable answer unusable. */
export type ResponseProblem = 'empty' | 'not-json' | 'not-an-object' | 'undecodable' | 'too-large' | 'invalid-status';

const PROBLEM_TEXT: Record<ResponseProblem, string> = {
  empty: 'an empty body',
  'not-json': 'a body that is not JSON',
  'not-an-object': 'JSON that is neither an object nor an array',
  undecodable: 'a body that could not be decoded',
  'too-large': 'a body larger than maxResponseBytes',
  'invalid-status': 'a status code HTTP does not define (outside 200-599)',
};

/**
 * A 2xx answer that cannot be used: empty, not JSON (an HTML page from a proxy), not an object, compressed in a
 * way that does not decode, or too large; or an answer whose status code HTTP does not define (600, 999). The
 * request reached a server, so the execution status is `unknown`.
 */
export class ResponseError extends MarginkitError {
  override name = 'ResponseError';
  override readonly executionStatus: ExecutionStatus = 'unknown';
  constructor(
    readonly operation: OperationRef,
    readonly status: number,
    readonly problem: ResponseProblem,
    /** The start of the body as text (HTML reduced to its text), secrets removed; `''` for binary bodies. */
    readonly excerpt: string,
    options?: { cause?: unknown },
  ) {
    super(`${describeCall(operation)} answered HTTP ${status} with ${PROBLEM_TEXT[problem]}${excerpt ? `: ${JSON.stringify(excerpt)}` : ''}`, options);
  }
}

/** No complete answer arrived within `timeout`. `unknown` once the request was written; `not-executed` before. */
export class TimeoutError extends MarginkitError {
  override name = 'TimeoutError';
  override readonly executionStatus: ExecutionStatus;
  constructor(
    readonly operation: OperationRef,
    readonly timeoutMs: number,
    executionStatus: ExecutionStatus,
  ) {
    super(`${describeCall(operation)} got no complete answer within ${timeoutMs} ms${executionStatus === 'not-executed' ? ' (the request was never written)' : ''}`);
    this.executionStatus = executionStatus;
  }
}

/** The connection failed. `not-executed` when the request was never written (refused, DNS, TLS); `unknown` otherwise. */
export class NetworkError extends MarginkitError {
  override name = 'NetworkError';
  override readonly executionStatus: ExecutionStatus;
  constructor(
    readonly operation: OperationRef,
    executionStatus: ExecutionStatus,
    options: { cause: unknown },
  ) {
    super(
      `${describeCall(operation)} failed before a complete answer arrived${executionStatus === 'not-executed' ? ' (nothing was sent)' : ''}: ${
        options.cause instanceof Error ? options.cause.message : String(options.cause)
      }`,
      options,
    );
    this.executionStatus = executionStatus;
  }
}

/** The call's `signal` aborted it. `not-executed` when that happened before the request was written. `cause` is the signal's reason. */
export class AbortError extends MarginkitError {
  override name = 'AbortError';
  override readonly executionStatus: ExecutionStatus;
  constructor(
    readonly operation: OperationRef,
    executionStatus: ExecutionStatus,
    options: { cause: unknown },
  ) {
    super(`${describeCall(operation)} was aborted${executionStatus === 'not-executed' ? ' before it was sent' : ' after it was sent'}`, options);
    this.executionStatus = executionStatus;
  }
}

/** Why the outcome of a call is unknown. */
export type UnknownOutcomeReason = 'server-error' | 'unknown-code' | 'invalid-answer' | 'timeout' | 'connection-lost' | 'aborted';

/**
 * The call may have changed the account (an order or loan may exist) and was **not** sent again: a call that is
 * not idempotent (spec `x-binance-idempotent: false`) ended in a way that does not prove it was not processed — a
 * 5xx not documented as "not processed", an unknown-status code, an unusable answer, a timeout after the request
 * was written, a connection lost mid-answer, or an abort after sending. `cause` is the specific error.
 *
 * Look the order up before sending it again: `clientIds` holds the client ids that were sent (the client always
 * sends a `newClientOrderId`/`listClientOrderId` it generated when you gave none), e.g.
 * `getMarginOrder({ symbol, origClientOrderId: error.clientIds.newClientOrderId })`.
 */
export class ExecutionStatusUnknownError extends MarginkitError {
  override name = 'ExecutionStatusUnknownError';
  override readonly executionStatus: ExecutionStatus = 'unknown';
  /** HTTP status of the answer, when there was one. */
  readonly status: number | undefined;
  /** Binance code of the answer, when it carried one. */
  readonly code: number | undefined;
  constructor(
    readonly operation: OperationRef,
    readonly reason: UnknownOutcomeReason,
    /** The client-id parameters that were sent (`newClientOrderId`, `listClientOrderId`, …), by name. */
    readonly clientIds: Readonly<Record<string, string>>,
    cause: MarginkitError,
  ) {
    const ids = Object.entries(clientIds)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ');
    super(`${cause.message}. The outcome is unknown and the call was not sent again${ids ? `; look it up by ${ids}` : ''}`, { cause });
    this.status = cause instanceof BinanceApiError || cause instanceof ResponseError ? cause.status : undefined;
    this.code = cause instanceof BinanceApiError ? cause.code : undefined;
  }
}

/** Why a download file could not be fetched. */
export type DownloadProblem = 'invalid-url' | 'http-status' | 'timeout' | 'network' | 'aborted' | 'too-large' | 'undecodable';

const DOWNLOAD_PROBLEM_TEXT: Record<DownloadProblem, string> = {
  'invalid-url': 'is not an absolute http(s) URL',
  'http-status': 'was answered with an HTTP error',
  timeout: 'got no complete answer within the timeout',
  network: 'failed before a complete answer arrived',
  aborted: 'was aborted',
  'too-large': 'answered a file larger than maxResponseBytes',
  undecodable: 'answered a body that could not be decoded',
};

/**
 * The file of an asynchronous download could not be fetched (`fetchDownload`). `location` is the link without
 * its query string — a pre-signed link's query is its credential, so it never appears in errors or logs.
 * `status` is the HTTP status when an answer arrived (403: the link expired or was altered). Fetching a file
 * changes nothing, so it is always safe to try again with a fresh link.
 */
export class DownloadError extends MarginkitError {
  override name = 'DownloadError';
  constructor(
    readonly location: string,
    readonly problem: DownloadProblem,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`the download link ${location ? `${location} ` : ''}${DOWNLOAD_PROBLEM_TEXT[problem]}${status !== undefined ? ` (HTTP ${status})` : ''}`, options);
  }
}

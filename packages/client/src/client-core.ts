import { createDefaultTransport, createSigner } from '#platform';
import type { ApiId, ErrorCodeMeta, OperationMeta, RateLimitMeta, TimingMeta } from '@marginkit/spec';
import { decodeResponse } from './decode.js';
import {
  BinanceApiError,
  ConfigurationError,
  ExecutionStatusUnknownError,
  IpBannedError,
  MarginkitError,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  operationRef,
} from './errors.js';
import type { CallOptions, ClientHooks, ClientOptions, RetryOptions } from './options.js';
import { encodeParams, recvWindowProblem, weightOf } from './params.js';
import { RateLimiter, type RateLimitSnapshot } from './rate-limits.js';
import type { Signer } from './signing.js';
import { ServerClock } from './server-clock.js';
import { fetchTransport, type Transport, TransportFailure, type TransportRequest, type TransportResponse } from './transport.js';

export const DEFAULT_BASE_URLS: Record<ApiId, string> = {
  margin: 'https://api.binance.com',
  portfolioMargin: 'https://papi.binance.com',
};

const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelayMs: 200, maxDelayMs: 3000, maxRetryAfterMs: 5000 };
// 5xx messages and codes that say the request was rejected before it was processed.
const NOT_PROCESSED_MESSAGE = /service unavailable|internal error; unable to process|request throttled/i;
const NOT_PROCESSED_CODES = new Set([-1001, -1008]);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls whose repetition cannot do anything twice: reads, cancels, and the listen-key calls. */
function isRepeatable(meta: OperationMeta): boolean {
  return meta.method !== 'POST' || meta.security === 'USER_STREAM' || meta.security === 'NONE';
}

/**
 * The shared engine of both clients: encodes and checks parameters from the operation's metadata, signs,
 * sends through the transport, keeps rate-limit state, retries what is safe, and decodes answers.
 */
export class ClientCore {
  readonly baseUrl: string;
  readonly limiter: RateLimiter;
  readonly clock: ServerClock;
  private readonly transport: Transport;
  private readonly signer: Signer | undefined;
  private readonly apiKey: string | undefined;
  private readonly recvWindowText: string;
  private readonly timeout: number;
  private readonly retry: Required<RetryOptions> | false;
  private readonly hooks: ClientHooks | undefined;
  private readonly timeSync: boolean;
  private readonly keyHeaders: Readonly<Record<string, string>>;
  private readonly keyFormHeaders: Readonly<Record<string, string>>;
  private readonly plainHeaders: Readonly<Record<string, string>>;

  constructor(
    readonly api: ApiId,
    options: ClientOptions,
    rateLimits: readonly RateLimitMeta[],
    timing: TimingMeta,
    private readonly errorCodes?: Readonly<Record<number, ErrorCodeMeta>>,
  ) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URLS[api]).replace(/\/+$/, '');
    if (!/^https?:\/\//.test(this.baseUrl)) throw new ConfigurationError(`baseUrl must start with http:// or https://, got ${this.baseUrl}`);
    const recvWindow = options.recvWindow ?? timing.recvWindowDefault;
    const recvWindowError = recvWindowProblem(timing, recvWindow);
    if (recvWindowError) throw new ConfigurationError(recvWindowError.message);
    this.recvWindowText = String(recvWindow);
    if (options.apiSecret !== undefined && options.privateKey !== undefined) {
      throw new ConfigurationError('give either apiSecret (HMAC key) or privateKey (RSA or Ed25519 key), not both');
    }
    if (options.apiSecret === '') throw new ConfigurationError('apiSecret is empty');
    this.signer = options.apiSecret !== undefined || options.privateKey !== undefined ? createSigner(options) : undefined;
    this.apiKey = options.apiKey;
    this.timeout = options.timeout ?? 10_000;
    this.retry = options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry };
    this.hooks = options.hooks;
    this.transport = options.fetch ? fetchTransport(options.fetch) : createDefaultTransport({ ...(options.maxSockets ? { maxSockets: options.maxSockets } : {}) });
    this.limiter = new RateLimiter(rateLimits, options.rateLimit);
    this.timeSync = options.timeSync !== undefined && options.timeSync !== false;
    this.clock = new ServerClock(api, this.baseUrl, this.transport, typeof options.timeSync === 'object' ? options.timeSync.intervalMs : undefined);
    const timeUnit: Record<string, string> = options.timeUnit && options.timeUnit !== 'MILLISECOND' ? { 'X-MBX-TIME-UNIT': options.timeUnit } : {};
    this.plainHeaders = { ...timeUnit };
    this.keyHeaders = this.apiKey ? { ...timeUnit, 'X-MBX-APIKEY': this.apiKey } : this.plainHeaders;
    this.keyFormHeaders = { ...this.keyHeaders, 'Content-Type': 'application/x-www-form-urlencoded' };
  }

  /** The default timeout of a call, in milliseconds. */
  get defaultTimeout(): number {
    return this.timeout;
  }

  /** The usage Binance last reported. */
  rateLimits(): RateLimitSnapshot {
    return this.limiter.snapshot();
  }

  private headersFor(meta: OperationMeta, hasBody: boolean): Readonly<Record<string, string>> {
    if (!meta.apiKey) return hasBody ? { ...this.plainHeaders, 'Content-Type': 'application/x-www-form-urlencoded' } : this.plainHeaders;
    if (!this.apiKey) throw new ConfigurationError(`${meta.operationId} (${meta.security}) needs an apiKey`);
    return hasBody ? this.keyFormHeaders : this.keyHeaders;
  }

  /**
   * Appends timestamp, recvWindow and signature to encoded parameters. The payload that is signed is exactly the
   * text that is sent (all parameters travel in the query string or all in the body), so it needs no reordering.
   */
  signParams(meta: OperationMeta, encoded: string, hasRecvWindow: boolean): string | Promise<string> {
    if (!meta.signed) return encoded;
    const signer = this.signer;
    if (!signer) throw new ConfigurationError(`${meta.operationId} (${meta.security}) is signed: give apiSecret or privateKey`);
    const payload = `${encoded}${encoded ? '&' : ''}timestamp=${Math.floor(this.clock.now())}${hasRecvWindow ? '' : `&recvWindow=${this.recvWindowText}`}`;
    const signature = signer.sign(payload);
    return typeof signature === 'string' ? `${payload}&signature=${signature}` : signature.then((s) => `${payload}&signature=${s}`);
  }

  /** Builds the HTTP request of a call from encoded (unsigned) parameter text. */
  async request(meta: OperationMeta, encoded: string, hasRecvWindow: boolean, timeoutMs: number): Promise<TransportRequest> {
    const inBody = meta.paramsIn === 'body' && (encoded !== '' || meta.signed);
    const headers = this.headersFor(meta, inBody);
    const signed = this.signParams(meta, encoded, hasRecvWindow);
    const text = typeof signed === 'string' ? signed : await signed;
    return {
      method: meta.method,
      url: inBody || !text ? `${this.baseUrl}${meta.path}` : `${this.baseUrl}${meta.path}?${text}`,
      headers,
      ...(inBody ? { body: text } : {}),
      timeoutMs,
    };
  }

  /** Maps a non-2xx answer to the matching error class. */
  errorFor(meta: OperationMeta, response: TransportResponse): BinanceApiError {
    let code: number | undefined;
    let msg = '';
    try {
      const body = JSON.parse(response.body) as { code?: unknown; msg?: unknown };
      if (typeof body.code === 'number') code = body.code;
      if (typeof body.msg === 'string') msg = body.msg;
    } catch {
      msg = response.body.replace(/\s+/g, ' ').trim().slice(0, 200);
    }
    const ref = operationRef(meta);
    const name = code !== undefined ? this.errorCodes?.[code]?.name : undefined;
    const limits = this.limiter.snapshot();
    const retryAfterHeader = response.headers['retry-after'];
    const retryAfterText = Array.isArray(retryAfterHeader) ? retryAfterHeader[0] : retryAfterHeader;
    const retryAfter = retryAfterText !== undefined && Number.isFinite(Number(retryAfterText)) ? Number(retryAfterText) : undefined;
    const { status } = response;
    if (status === 429) return new RateLimitError(ref, status, code, msg, limits, name, retryAfter);
    if (status === 418) return new IpBannedError(ref, status, code, msg, limits, name, retryAfter);
    if (status >= 500) {
      const notProcessed = (code !== undefined && NOT_PROCESSED_CODES.has(code)) || NOT_PROCESSED_MESSAGE.test(msg);
      return notProcessed ? new ServerError(ref, status, code, msg, limits, name) : new ExecutionStatusUnknownError(ref, status, code, msg, limits, name);
    }
    return new BinanceApiError(ref, status, code, msg, limits, name);
  }

  private failureFor(meta: OperationMeta, failure: unknown, timeoutMs: number): MarginkitError {
    const ref = operationRef(meta);
    if (failure instanceof TransportFailure) {
      if (failure.kind === 'timeout') return new TimeoutError(ref, timeoutMs, 'unknown');
      return new NetworkError(ref, failure.mayHaveBeenSent ? 'unknown' : 'not-executed', { cause: failure.cause ?? failure });
    }
    return new NetworkError(ref, 'unknown', { cause: failure });
  }

  /** How long to wait before sending again, or undefined when the error must reach the caller. */
  private retryDelay(meta: OperationMeta, error: MarginkitError, attempt: number, clockResynced: boolean): number | undefined {
    if (error instanceof BinanceApiError && error.code === -1021 && this.timeSync && !clockResynced) return 0;
    const policy = this.retry;
    if (!policy || attempt > policy.retries) return undefined;
    const backoff = () => Math.random() * Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
    const repeatable = isRepeatable(meta);
    if (error instanceof RateLimitError) {
      const waitMs = (error.retryAfter ?? 0) * 1000;
      return repeatable && !error.local && error.retryAfter !== undefined && waitMs <= policy.maxRetryAfterMs ? waitMs : undefined;
    }
    if (error instanceof IpBannedError) return undefined;
    // Binance says the request was not processed: repeating it cannot do anything twice.
    if (error instanceof ServerError) return backoff();
    if (error instanceof NetworkError && error.executionStatus === 'not-executed') return backoff();
    if (!repeatable) return undefined;
    if (error instanceof ExecutionStatusUnknownError || error instanceof TimeoutError || error instanceof NetworkError) return backoff();
    return undefined;
  }

  /** Sends one operation call and returns its 2xx answer, following the rate-limit, retry and clock policies. */
  send(meta: OperationMeta, params: Record<string, unknown> | undefined, callOptions?: CallOptions): Promise<TransportResponse> {
    const encoded = encodeParams(meta, params);
    const hasRecvWindow = params?.recvWindow !== undefined && params.recvWindow !== null;
    return this.exchange(meta, encoded, weightOf(meta, params), hasRecvWindow, callOptions?.timeout ?? this.timeout, 'throw');
  }

  /**
   * Sends already-encoded parameters. With `httpErrors: 'return'` a final non-2xx answer is returned instead of
   * thrown (the path-based API reports it as openapi-fetch's `error`); transport failures always throw.
   */
  async exchange(
    meta: OperationMeta,
    encoded: string,
    weight: number,
    hasRecvWindow: boolean,
    timeoutMs: number,
    httpErrors: 'throw' | 'return',
  ): Promise<TransportResponse> {
    const hooks = this.hooks;
    let clockResynced = false;
    for (let attempt = 1; ; attempt++) {
      if (meta.signed && this.timeSync) await this.clock.ensureSynced();
      const now = this.clock.now();
      const decision = this.limiter.decide(meta, weight, now);
      if ('refuse' in decision) {
        const error = new RateLimitError(operationRef(meta), 429, undefined, `not sent: the rate limit allows the next call in ${decision.retryAfter} s`, this.limiter.snapshot(), undefined, decision.retryAfter, true);
        hooks?.onError?.({ operation: error.operation, attempt, weight, error });
        throw error;
      }
      if (decision.waitMs > 0) await sleep(decision.waitMs);
      const request = await this.request(meta, encoded, hasRecvWindow, timeoutMs);
      this.limiter.spend(meta, weight, now);
      const startedAt = hooks ? Date.now() : 0;
      if (hooks?.onRequest) hooks.onRequest({ operation: operationRef(meta), attempt, weight });
      let error: MarginkitError;
      let response: TransportResponse | undefined;
      try {
        response = await this.transport(request);
      } catch (failure) {
        error = this.failureFor(meta, failure, timeoutMs);
      }
      if (response) {
        this.limiter.record(meta, response.status, response.headers, this.clock.now());
        if (hooks?.onResponse) {
          hooks.onResponse({ operation: operationRef(meta), attempt, weight, status: response.status, durationMs: Date.now() - startedAt, rateLimits: this.limiter.snapshot() });
        }
        if (response.status >= 200 && response.status < 300) return response;
        error = this.errorFor(meta, response);
      }
      const delayMs = this.retryDelay(meta, error!, attempt, clockResynced);
      if (delayMs === undefined) {
        hooks?.onError?.({ operation: operationRef(meta), attempt, weight, error: error! });
        if (response && httpErrors === 'return') return response;
        throw error!;
      }
      if (error! instanceof BinanceApiError && error.code === -1021) {
        clockResynced = true;
        await this.clock.sync();
      }
      hooks?.onRetry?.({ operation: operationRef(meta), attempt, weight, delayMs, error: error! });
      if (delayMs > 0) await sleep(delayMs);
    }
  }

  /** Calls an operation and decodes its answer: decimals to `Decimal`, ids to `bigint`, `""` to null. */
  async call(meta: OperationMeta, params?: object, callOptions?: CallOptions): Promise<unknown> {
    const response = await this.send(meta, params as Record<string, unknown> | undefined, callOptions);
    return decodeResponse(response.body, meta.response);
  }
}

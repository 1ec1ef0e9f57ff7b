import { createDefaultTransport, createSigner, DEFAULT_USER_AGENT } from '#platform';
import type { ApiId, ErrorCodeMeta, ExecutionStatusMeta, OperationMeta, RateLimitMeta, ResponseMeta, TimingMeta } from '@marginkit/spec';
import { type AnswerContext, envelopeOf, errorForAnswer, excerptOf, unknownReason } from './answers.js';
import { checkedHeaders, checkHeaderValue } from './call-headers.js';
import { clientIdsOf, withClientId } from './client-ids.js';
import { decodeResponse } from './decode.js';
import {
  AbortError,
  BinanceApiError,
  ConfigurationError,
  ExecutionStatusUnknownError,
  IpBannedError,
  MarginkitError,
  NetworkError,
  RateLimitError,
  ResponseError,
  TimeoutError,
  operationRef,
} from './errors.js';
import type { CallOptions, ClientHooks, ClientOptions, RetryOptions } from './options.js';
import { checkNumericOptions, checkTimeout, guardedHooks, withDefaults } from './option-checks.js';
import { encodeParams, recvWindowProblem, weightOf } from './params.js';
import { RateLimiter, type RateLimitSnapshot } from './rate-limits.js';
import type { Signer } from './signing.js';
import { ServerClock } from './server-clock.js';
import { fetchDownload, type DownloadOptions } from './downloads.js';
import { fetchTransport, type Transport, TransportFailure, type TransportRequest, type TransportResponse } from './transport.js';

export const DEFAULT_BASE_URLS: Record<ApiId, string> = {
  margin: 'https://api.binance.com',
  portfolioMargin: 'https://papi.binance.com',
};

const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelayMs: 200, maxDelayMs: 3000, maxRetryAfterMs: 5000 };
const FORM = 'application/x-www-form-urlencoded';
const ABORTED = Symbol('aborted');
const ENVELOPE_START = /^\s*\{\s*"(?:code|msg)"\s*:/;

/** Settles as `work` does, unless the signal aborts first (then rejects with ABORTED); `work` goes on unobserved. */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(ABORTED);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits, unless the signal aborts first (then rejects with ABORTED). */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(ABORTED);
    const onAbort = () => {
      clearTimeout(timer);
      reject(ABORTED);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Turns an answer's text into data; throws when it is not the data the operation answers with. */
export type AnswerParser = (text: string, response: ResponseMeta) => unknown;

/** How one call is sent: its timeout, signal, extra headers and base URL (the path API may give its own). */
export interface SendOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** Extra headers, already checked, with lower-case names. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly baseUrl?: string | undefined;
  /** The client-id parameters sent, reported with an unknown outcome. */
  readonly clientIds: Readonly<Record<string, string>>;
}

/** A call's final answer and its data (undefined for a non-2xx answer returned to the path API). */
export interface Exchanged {
  readonly response: TransportResponse;
  readonly data: unknown;
}

/**
 * The shared engine of both clients: encodes and checks parameters from the operation's metadata, signs, sends
 * through the transport, keeps rate-limit state, decides from the spec whether a failed call may be sent again
 * (`x-binance-idempotent`, `x-binance-execution-status`), and decodes answers.
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
  private readonly plainHeaders: Readonly<Record<string, string>>;
  private readonly plainFormHeaders: Readonly<Record<string, string>>;
  private readonly keyHeaders: Readonly<Record<string, string>>;
  private readonly keyFormHeaders: Readonly<Record<string, string>>;
  private readonly downloadHeaders: Readonly<Record<string, string>>;
  private closed = false;

  constructor(
    readonly api: ApiId,
    options: ClientOptions,
    rateLimits: readonly RateLimitMeta[],
    timing: TimingMeta,
    private readonly executionStatus: ExecutionStatusMeta,
    private readonly errorCodes?: Readonly<Record<number, ErrorCodeMeta>>,
  ) {
    this.baseUrl = ClientCore.checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URLS[api]);
    const recvWindow = options.recvWindow ?? timing.recvWindowDefault;
    const recvWindowError = recvWindowProblem(timing, recvWindow);
    if (recvWindowError) throw new ConfigurationError(recvWindowError.message);
    this.recvWindowText = String(recvWindow);
    if (options.apiSecret !== undefined && options.privateKey !== undefined) {
      throw new ConfigurationError('give either apiSecret (HMAC key) or privateKey (RSA or Ed25519 key), not both');
    }
    if (options.apiSecret === '') throw new ConfigurationError('apiSecret is empty');
    if (options.apiKey !== undefined) checkHeaderValue('apiKey', options.apiKey);
    this.signer = options.apiSecret !== undefined || options.privateKey !== undefined ? createSigner(options) : undefined;
    this.apiKey = options.apiKey;
    checkNumericOptions(options);
    this.timeout = options.timeout ?? 10_000;
    this.retry = options.retry === false ? false : withDefaults(DEFAULT_RETRY, options.retry);
    this.hooks = options.hooks ? guardedHooks(options.hooks as Record<string, ((event: never) => void) | undefined>) : undefined;
    this.transport = this.transportFor(options);
    this.limiter = new RateLimiter(rateLimits, options.rateLimit);
    this.timeSync = options.timeSync !== undefined && options.timeSync !== false;
    this.clock = new ServerClock(api, this.baseUrl, this.transport, typeof options.timeSync === 'object' ? options.timeSync.intervalMs : undefined);

    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const base: Record<string, string> = userAgent !== undefined ? { 'user-agent': checkHeaderValue('userAgent', userAgent) } : {};
    this.downloadHeaders = { ...base };
    Object.assign(base, checkedHeaders('headers', options.headers));
    if (options.timeUnit && options.timeUnit !== 'MILLISECOND') base['x-mbx-time-unit'] = options.timeUnit;
    this.plainHeaders = base;
    this.plainFormHeaders = { ...base, 'content-type': FORM };
    this.keyHeaders = this.apiKey !== undefined ? { ...base, 'x-mbx-apikey': this.apiKey } : base;
    this.keyFormHeaders = { ...this.keyHeaders, 'content-type': FORM };
  }

  private static checkBaseUrl(url: string): string {
    // Control characters and spaces would end up in the request line; they are not echoed.
    if (typeof url !== 'string' || /[\s\u0000-\u001f\u007f]/.test(url)) throw new ConfigurationError('baseUrl must be a URL without spaces or control characters');
    const trimmed = url.replace(/\/+$/, '');
    // Credentials and a query string stay out of the message.
    const shown = trimmed.replace(/\/\/[^/?#]*@/, '//[redacted]@').replace(/[?#].*$/, '?[…]');
    if (!/^https?:\/\/[^/]/.test(trimmed)) throw new ConfigurationError(`baseUrl must start with http:// or https://, got ${shown}`);
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      throw new ConfigurationError(`baseUrl is not a valid URL: ${shown}`);
    }
    if (trimmed.includes('?') || trimmed.includes('#') || !parsed.hostname) throw new ConfigurationError(`baseUrl must be a scheme, host and optional path prefix, without query or fragment: ${shown}`);
    return trimmed;
  }

  private transportFor(options: ClientOptions): Transport {
    if (options.fetch) {
      for (const name of ['dispatcher', 'proxy', 'tls', 'maxSockets'] as const) {
        if (options[name] !== undefined) throw new ConfigurationError(`give either fetch or ${name}: the fetch you pass decides how requests travel`);
      }
      return fetchTransport(options.fetch, options.maxResponseBytes);
    }
    return createDefaultTransport({
      ...(options.dispatcher !== undefined ? { dispatcher: options.dispatcher } : {}),
      ...(options.proxy !== undefined ? { proxy: options.proxy } : {}),
      ...(options.tls !== undefined ? { tls: options.tls } : {}),
      ...(options.maxSockets !== undefined ? { maxSockets: options.maxSockets } : {}),
      ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    });
  }

  /** The default timeout of a call, in milliseconds. */
  get defaultTimeout(): number {
    return this.timeout;
  }

  /** The usage Binance last reported. */
  rateLimits(): RateLimitSnapshot {
    return this.limiter.snapshot();
  }

  /** Ends the connections the client owns. Calls made afterwards fail with a ConfigurationError. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.transport.close();
  }

  /** The file behind a download link (`downloads.ts`): a plain GET with the user agent only. */
  async download(link: string, options?: DownloadOptions): Promise<string> {
    this.ensureOpen();
    return fetchDownload(this.transport, this.downloadHeaders, this.timeout, link, options);
  }

  private ensureOpen(): void {
    if (this.closed) throw new ConfigurationError('this client was closed (close() was called); create a new one');
  }

  /** Checks per-call headers and base URL, so the path API and the operation methods refuse the same things. */
  callSettings(headers: Readonly<Record<string, string>> | undefined, baseUrl: string | undefined): Pick<SendOptions, 'headers' | 'baseUrl'> {
    return {
      headers: headers ? checkedHeaders('headers of this call', headers) : undefined,
      baseUrl: baseUrl !== undefined ? ClientCore.checkBaseUrl(baseUrl) : undefined,
    };
  }

  private headersFor(meta: OperationMeta, hasBody: boolean, extra: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
    if (meta.apiKey && this.apiKey === undefined) throw new ConfigurationError(`${meta.operationId} (${meta.security}) needs an apiKey`);
    const own = meta.apiKey ? (hasBody ? this.keyFormHeaders : this.keyHeaders) : hasBody ? this.plainFormHeaders : this.plainHeaders;
    if (!extra) return own;
    // The client's own headers (key, content type) win over a caller's.
    const merged: Record<string, string> = { ...extra };
    for (const name in own) merged[name] = own[name]!;
    return merged;
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
  async request(meta: OperationMeta, encoded: string, hasRecvWindow: boolean, options: SendOptions): Promise<TransportRequest> {
    const inBody = meta.paramsIn === 'body' && (encoded !== '' || meta.signed);
    const headers = this.headersFor(meta, inBody, options.headers);
    const signed = this.signParams(meta, encoded, hasRecvWindow);
    const text = typeof signed === 'string' ? signed : await signed;
    const base = options.baseUrl ?? this.baseUrl;
    return {
      method: meta.method,
      url: inBody || !text ? `${base}${meta.path}` : `${base}${meta.path}?${text}`,
      headers,
      ...(inBody ? { body: text } : {}),
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    };
  }

  private answerContext(meta: OperationMeta): AnswerContext {
    return {
      operation: operationRef(meta),
      rules: this.executionStatus,
      errorCodes: this.errorCodes,
      rateLimits: this.limiter.snapshot(),
      secrets: this.apiKey ? [this.apiKey] : [],
    };
  }

  /**
   * Whether a 2xx body is Binance's error envelope (`{code,msg}` with a negative code): not the operation's data
   * but no 4xx rejection either, so it leaves the outcome unknown (`x-binance-execution-status.unknownCodes` say so
   * "whatever the HTTP status" for -1006/-1007). Only bodies that open with a `"code"` or `"msg"` key are parsed,
   * so ordinary answers cost one regex test.
   */
  private carriesErrorEnvelope(body: string): boolean {
    return ENVELOPE_START.test(body) && envelopeOf(body) !== undefined;
  }

  /** The data of a 2xx answer, or a ResponseError when the body is not what the operation answers with. */
  private parseAnswer(meta: OperationMeta, response: TransportResponse, parse: AnswerParser): unknown {
    const text = response.body;
    const fail = (problem: 'empty' | 'not-json' | 'not-an-object', cause?: unknown) =>
      new ResponseError(operationRef(meta), response.status, problem, excerptOf(text, this.apiKey ? [this.apiKey] : []), cause !== undefined ? { cause } : undefined);
    if (text.trim() === '') throw fail('empty');
    let data: unknown;
    try {
      data = parse(text, meta.response);
    } catch (error) {
      throw fail('not-json', error);
    }
    if (data === null || typeof data !== 'object') throw fail('not-an-object');
    return data;
  }

  /** The error a transport failure stands for: not executed only when the request provably was not written. */
  private failureError(meta: OperationMeta, failure: unknown, timeoutMs: number, signal: AbortSignal | undefined): MarginkitError {
    const ref = operationRef(meta);
    if (failure === ABORTED) return new AbortError(ref, 'not-executed', { cause: signal?.reason });
    if (!(failure instanceof TransportFailure)) return failure instanceof MarginkitError ? failure : new NetworkError(ref, 'unknown', { cause: failure });
    const status = failure.written ? 'unknown' : 'not-executed';
    switch (failure.kind) {
      case 'timeout':
        return new TimeoutError(ref, timeoutMs, status);
      case 'aborted':
        return new AbortError(ref, status, { cause: failure.cause });
      case 'too-large':
      case 'undecodable':
        return new ResponseError(ref, failure.status ?? 0, failure.kind, '', { cause: failure.cause ?? failure });
      case 'network':
        return new NetworkError(ref, status, { cause: failure.cause ?? failure });
    }
  }

  /** How long to wait before sending again, or undefined when the error must reach the caller. */
  private retryDelay(meta: OperationMeta, error: MarginkitError, attempt: number, clockResynced: boolean): number | undefined {
    if (error instanceof AbortError) return undefined;
    if (error instanceof BinanceApiError && error.code === -1021 && this.timeSync && !clockResynced) return 0;
    const policy = this.retry;
    if (!policy || attempt > policy.retries) return undefined;
    const backoff = () => Math.random() * Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
    if (error instanceof RateLimitError) {
      const waitMs = (error.retryAfter ?? 0) * 1000;
      return !error.local && error.retryAfter !== undefined && waitMs <= policy.maxRetryAfterMs ? waitMs : undefined;
    }
    if (error instanceof IpBannedError) return undefined;
    if (error.executionStatus === 'unknown') return meta.idempotent ? backoff() : undefined;
    // Proven not processed: a documented not-processed 5xx, or never sent. A 4xx rejection would fail again.
    return error instanceof BinanceApiError && error.status < 500 ? undefined : backoff();
  }

  /** What the caller sees: on a call that is not idempotent, an unknown outcome is always an ExecutionStatusUnknownError. */
  private surface(meta: OperationMeta, error: MarginkitError, clientIds: Readonly<Record<string, string>>): MarginkitError {
    if (error.executionStatus !== 'unknown' || meta.idempotent) return error;
    return new ExecutionStatusUnknownError(operationRef(meta), unknownReason(error, this.executionStatus), clientIds, error);
  }

  /** Sends one operation call and returns its decoded 2xx answer, following the rate-limit, retry and clock policies. */
  send(meta: OperationMeta, params: Record<string, unknown> | undefined, callOptions: CallOptions | undefined, parse: AnswerParser): Promise<Exchanged> {
    this.ensureOpen();
    const sent = withClientId(meta, params);
    const encoded = encodeParams(meta, sent);
    const hasRecvWindow = sent?.recvWindow !== undefined && sent.recvWindow !== null;
    const settings = callOptions?.headers ? this.callSettings(callOptions.headers, undefined) : undefined;
    return this.exchange(
      meta,
      encoded,
      weightOf(meta, sent),
      hasRecvWindow,
      {
        timeoutMs: callOptions?.timeout !== undefined ? checkTimeout('timeout', callOptions.timeout) : this.timeout,
        signal: callOptions?.signal,
        headers: settings?.headers,
        clientIds: meta.idempotent ? {} : clientIdsOf(sent),
      },
      'throw',
      parse,
    );
  }

  /**
   * Sends already-encoded parameters. With `httpErrors: 'return'` a final non-2xx answer is returned instead of
   * thrown (the path-based API reports it as openapi-fetch's `error`), except one that leaves a call that is not
   * idempotent unknown (ExecutionStatusUnknownError); other failures always throw.
   */
  async exchange(
    meta: OperationMeta,
    encoded: string,
    weight: number,
    hasRecvWindow: boolean,
    options: SendOptions,
    httpErrors: 'throw' | 'return',
    parse: AnswerParser,
  ): Promise<Exchanged> {
    const hooks = this.hooks;
    const { signal } = options;
    let clockResynced = false;
    for (let attempt = 1; ; attempt++) {
      let error: MarginkitError;
      let response: TransportResponse | undefined;
      try {
        this.ensureOpen();
        if (signal?.aborted) throw ABORTED;
        if (meta.signed && this.timeSync) {
          // The measurement is shared by every call; an abort ends this call's wait for it, not the measurement.
          await unlessAborted(
            this.clock.ensureSynced().catch((cause: unknown) => {
              throw new NetworkError(operationRef(meta), 'not-executed', { cause: new Error(`could not measure Binance's clock: ${cause instanceof Error ? cause.message : String(cause)}`) });
            }),
            signal,
          );
        }
        const now = this.clock.now();
        const decision = this.limiter.decide(meta, weight, now);
        if ('refuse' in decision) {
          throw new RateLimitError(operationRef(meta), 429, undefined, `not sent: the rate limit allows the next call in ${decision.retryAfter} s`, this.limiter.snapshot(), undefined, decision.retryAfter, true);
        }
        if (decision.waitMs > 0) await pause(decision.waitMs, signal);
        const request = await this.request(meta, encoded, hasRecvWindow, options);
        this.limiter.spend(meta, weight, now);
        const startedAt = hooks ? Date.now() : 0;
        if (hooks?.onRequest) hooks.onRequest({ operation: operationRef(meta), attempt, weight });
        response = await this.transport.send(request);
        this.limiter.record(meta, response.status, response.headers, this.clock.now());
        if (hooks?.onResponse) {
          hooks.onResponse({ operation: operationRef(meta), attempt, weight, status: response.status, durationMs: Date.now() - startedAt, rateLimits: this.limiter.snapshot() });
        }
        if (response.status < 200 || response.status > 599) {
          // Not an HTTP answer at all (undici passes any three digits on); nothing about the call can be read from it.
          error = new ResponseError(operationRef(meta), response.status, 'invalid-status', excerptOf(response.body, this.apiKey ? [this.apiKey] : []));
        } else if (response.status < 300 && !this.carriesErrorEnvelope(response.body)) {
          return { response, data: this.parseAnswer(meta, response, parse) };
        } else error = errorForAnswer(response, this.answerContext(meta));
      } catch (failure) {
        if (failure instanceof MarginkitError && !(failure instanceof ResponseError || failure instanceof NetworkError)) {
          // Refused before sending (parameters, configuration, local rate limit): nothing to retry.
          hooks?.onError?.({ operation: operationRef(meta), attempt, weight, error: failure });
          throw failure;
        }
        error = this.failureError(meta, failure, options.timeoutMs, signal);
      }
      const delayMs = this.retryDelay(meta, error, attempt, clockResynced);
      if (delayMs === undefined) {
        const final = this.surface(meta, error, options.clientIds);
        hooks?.onError?.({ operation: operationRef(meta), attempt, weight, error: final });
        // The path API returns an HTTP error answer as openapi-fetch's `error`, unless it leaves a call that is not
        // idempotent unknown: `error` cannot say that the order may exist, nor under which generated client id.
        // A 2xx carrying an error envelope is no HTTP error answer: it throws like any unusable 2xx.
        if (httpErrors === 'return' && response && response.status >= 300 && error instanceof BinanceApiError && !(final instanceof ExecutionStatusUnknownError)) {
          return { response, data: undefined };
        }
        throw final;
      }
      if (error instanceof BinanceApiError && error.code === -1021) {
        clockResynced = true;
        await this.clock.sync().catch(() => undefined);
      }
      hooks?.onRetry?.({ operation: operationRef(meta), attempt, weight, delayMs, error });
      try {
        if (delayMs > 0 || signal) await pause(delayMs, signal);
      } catch {
        const aborted = new AbortError(operationRef(meta), 'not-executed', { cause: signal?.reason });
        hooks?.onError?.({ operation: operationRef(meta), attempt, weight, error: aborted });
        throw aborted;
      }
    }
  }

  /** Calls an operation and decodes its answer: decimals to `Decimal`, ids to `bigint`, `""` to null. */
  async call(meta: OperationMeta, params?: object, callOptions?: CallOptions): Promise<unknown> {
    return (await this.send(meta, params as Record<string, unknown> | undefined, callOptions, decodeResponse)).data;
  }
}

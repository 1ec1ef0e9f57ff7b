import type { ConnectionOptions } from 'node:tls';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Agent, type Dispatcher, EnvHttpProxyAgent, ProxyAgent } from 'undici';
import { ConfigurationError } from '../errors.js';
import type { TlsOptions } from '../options.js';
import { DEFAULT_MAX_RESPONSE_BYTES, type Transport, TransportFailure, type TransportRequest, type TransportResponse } from '../transport.js';

export interface NodeTransportOptions {
  /** Any undici dispatcher (`Agent`, `ProxyAgent`, `EnvHttpProxyAgent`, `MockAgent`, …); the caller closes it. */
  readonly dispatcher?: Dispatcher;
  /** An HTTP(S) proxy URL; credentials in the URL become `Proxy-Authorization: Basic`. */
  readonly proxy?: string;
  readonly tls?: TlsOptions;
  /** Connections per origin (default: unlimited, as undici). */
  readonly maxSockets?: number;
  readonly maxResponseBytes?: number;
}

// Errors that can only happen before a single byte of the request was written.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function errorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && NOT_SENT_CODES.has(e.code)) return e.code;
  }
  return undefined;
}

/** Removes the content codings of an answer (RFC 9110 §8.4), bounded so that a small bomb cannot expand without limit. */
function decodeBody(body: Buffer, encoding: string, maxBytes: number, status: number): Buffer {
  const codings = encoding.toLowerCase().split(',').map((c) => c.trim()).filter((c) => c && c !== 'identity').reverse();
  try {
    for (const coding of codings) {
      if (coding === 'gzip' || coding === 'x-gzip') body = gunzipSync(body, { maxOutputLength: maxBytes });
      else if (coding === 'br') body = brotliDecompressSync(body, { maxOutputLength: maxBytes });
      else if (coding === 'deflate') {
        // "deflate" is zlib-wrapped by the standard, raw in some servers.
        body = body.length > 0 && (body[0]! & 0x0f) === 8 ? inflateSync(body, { maxOutputLength: maxBytes }) : inflateRawSync(body, { maxOutputLength: maxBytes });
      } else throw new Error(`unsupported content-encoding ${coding}`);
    }
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new TransportFailure(tooLarge ? 'too-large' : 'undecodable', true, { cause: error, status });
  }
  return body;
}

/**
 * One request on an undici dispatcher, through the dispatcher's handler interface: it follows the request's
 * progress (queued → writing → written → answering), which is what tells a failure before sending from one after.
 */
class Exchange implements Dispatcher.DispatchHandler {
  private phase: 'queued' | 'writing' | 'written' | 'answering' = 'queued';
  private abortRequest: ((reason?: Error) => void) | undefined;
  private settled = false;
  private status = 0;
  private headers: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onSignal: (() => void) | undefined;

  constructor(
    private readonly request: TransportRequest,
    /** Whether the dispatcher is ours: undici's own clients report `onRequestSent`, so "not yet written" can be trusted. */
    private readonly trusted: boolean,
    private readonly maxBytes: number,
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (failure: TransportFailure) => void,
  ) {
    if (request.timeoutMs) {
      this.timer = setTimeout(() => this.stop('timeout', undefined), request.timeoutMs);
      this.timer.unref?.();
    }
    if (request.signal) {
      this.onSignal = () => this.stop('aborted', request.signal!.reason);
      request.signal.addEventListener('abort', this.onSignal, { once: true });
    }
  }

  /** Whether the request may have reached the server. */
  private written(error?: unknown): boolean {
    if (errorCode(error)) return false;
    if (!this.trusted) return true;
    return this.phase === 'written' || this.phase === 'answering';
  }

  private finish(): void {
    this.settled = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.onSignal) this.request.signal!.removeEventListener('abort', this.onSignal);
  }

  private fail(failure: TransportFailure): void {
    if (this.settled) return;
    this.finish();
    this.reject(failure);
  }

  /** Our own timeout or the caller's abort: settle now and make undici drop the request (or never send it). */
  private stop(kind: 'timeout' | 'aborted', reason: unknown): void {
    if (this.settled) return;
    this.fail(new TransportFailure(kind, this.written(), { cause: reason, ...(this.phase === 'answering' ? { status: this.status } : {}) }));
    this.abortRequest?.(new Error(`request ${kind === 'timeout' ? 'timed out' : 'aborted'}`));
  }

  /** undici refused the request synchronously (invalid input, closed dispatcher): nothing was written. */
  refuse(error: unknown): void {
    this.fail(new TransportFailure('network', false, { cause: error }));
  }

  onConnect(abort: (reason?: Error) => void): void {
    this.abortRequest = abort;
    if (this.settled) {
      abort(new Error('request cancelled before it was sent'));
      return;
    }
    this.phase = 'writing';
  }

  onRequestSent(): void {
    this.phase = 'written';
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[], _resume: () => void, _statusText: string): boolean {
    if (statusCode < 200) return true; // 1xx: the real answer follows
    this.phase = 'answering';
    this.status = statusCode;
    const headers: Record<string, string> = {};
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i]!.toString('latin1').toLowerCase();
      const value = rawHeaders[i + 1]!.toString('latin1');
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    this.headers = headers;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      this.fail(new TransportFailure('too-large', true, { status: this.status }));
      this.abortRequest?.(new Error('answer too large'));
      return false;
    }
    this.chunks.push(chunk);
    return true;
  }

  onComplete(_trailers: string[] | null): void {
    if (this.settled) return;
    let body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const encoding = this.headers['content-encoding'];
    try {
      if (encoding) body = decodeBody(body, encoding, this.maxBytes, this.status);
    } catch (failure) {
      this.fail(failure as TransportFailure);
      return;
    }
    this.finish();
    this.resolve({ status: this.status, headers: this.headers, body: body.toString('utf8') });
  }

  onError(error: Error): void {
    this.fail(new TransportFailure('network', this.written(error), { cause: error, ...(this.phase === 'answering' ? { status: this.status } : {}) }));
  }
}

type Pem = string | Uint8Array | ReadonlyArray<string | Uint8Array>;
const toBuffers = (pem: Pem | undefined) =>
  pem === undefined ? undefined : typeof pem === 'string' ? pem : pem instanceof Uint8Array ? Buffer.from(pem) : pem.map((p) => (typeof p === 'string' ? p : Buffer.from(p)));

/** The TLS options in node:tls's own types (PEM bytes as Buffers). */
function nodeTls(tls: TlsOptions): ConnectionOptions {
  const out: ConnectionOptions = {};
  if (tls.ca !== undefined) out.ca = toBuffers(tls.ca);
  if (tls.cert !== undefined) out.cert = toBuffers(tls.cert);
  if (tls.key !== undefined) out.key = toBuffers(tls.key);
  if (tls.passphrase !== undefined) out.passphrase = tls.passphrase;
  if (tls.servername !== undefined) out.servername = tls.servername;
  if (tls.rejectUnauthorized !== undefined) out.rejectUnauthorized = tls.rejectUnauthorized;
  return out;
}

function useEnvProxy(): boolean {
  const flag = globalThis.process?.env?.NODE_USE_ENV_PROXY;
  return flag === '1' || flag === 'true' || (globalThis.process?.execArgv ?? []).includes('--use-env-proxy');
}

/** Builds the dispatcher the options describe, and whether this transport owns (and so closes) it. */
function dispatcherFor(options: NodeTransportOptions): { dispatcher: Dispatcher; owned: boolean } {
  if (options.dispatcher) {
    if (options.proxy !== undefined || options.tls !== undefined || options.maxSockets !== undefined) {
      throw new ConfigurationError('give either a dispatcher or proxy/tls/maxSockets: configure the proxy, TLS and pool size on your dispatcher');
    }
    return { dispatcher: options.dispatcher, owned: false };
  }
  const connect = options.tls ? nodeTls(options.tls) : undefined;
  const pool = { ...(options.maxSockets ? { connections: options.maxSockets } : {}), ...(connect ? { connect } : {}) };
  if (options.proxy !== undefined) {
    let url: URL;
    try {
      url = new URL(options.proxy);
    } catch {
      throw new ConfigurationError('proxy must be an http:// or https:// URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(`proxy must be an http:// or https:// URL, got ${url.protocol}`);
    return { dispatcher: new ProxyAgent({ uri: options.proxy, ...pool, ...(connect ? { requestTls: connect } : {}) }), owned: true };
  }
  if (useEnvProxy()) return { dispatcher: new EnvHttpProxyAgent({ ...pool, ...(connect ? { requestTls: connect } : {}) }), owned: true };
  return { dispatcher: new Agent(pool), owned: true };
}

/**
 * The Node transport: an undici keep-alive pool. Idle connections do not hold the process open; `close()` ends
 * the pool (only when this transport created it). Answers are decoded from gzip, deflate or br if a server sends
 * them (none is asked for) and bounded by `maxResponseBytes`.
 */
export function undiciTransport(options: NodeTransportOptions = {}): Transport {
  const { dispatcher, owned } = dispatcherFor(options);
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return {
    close: () => (owned ? dispatcher.close() : Promise.resolve()),
    send: (request) =>
      new Promise<TransportResponse>((resolve, reject) => {
        if (request.signal?.aborted) {
          reject(new TransportFailure('aborted', false, { cause: request.signal.reason }));
          return;
        }
        const schemeEnd = request.url.indexOf('//') + 2;
        const pathStart = request.url.indexOf('/', schemeEnd);
        const exchange = new Exchange(request, owned, maxBytes, resolve, reject);
        try {
          dispatcher.dispatch(
            {
              origin: pathStart < 0 ? request.url : request.url.slice(0, pathStart),
              path: pathStart < 0 ? '/' : request.url.slice(pathStart),
              method: request.method,
              headers: request.headers,
              body: request.body ?? null,
            },
            exchange,
          );
        } catch (error) {
          exchange.refuse(error);
        }
      }),
  };
}

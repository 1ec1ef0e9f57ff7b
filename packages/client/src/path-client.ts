import { isDecimal, plainNumber } from '@marginkit/core';
import type { OperationMeta } from '@marginkit/spec';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ClientCore } from './client-core.js';
import { checkHeaderName, checkHeaderValue } from './call-headers.js';
import { clientIdsOf, newClientId } from './client-ids.js';
import { decodeWireResponse } from './decode.js';
import { ConfigurationError, ParameterError, operationRef } from './errors.js';
import { checkEncodedParams, weightOf } from './params.js';
import type { ClientPaths } from './types.js';

/** The openapi-fetch client users know (`GET`, `POST`, ...), typed by the generated paths. */
export type PathClient<Paths extends {}> = Client<ClientPaths<Paths>, 'application/json'>;

// openapi-fetch serializes the parameters; signing parameters are always the client's own.
const SIGNING = /(^|&)(timestamp|signature)=[^&]*/g;
/** Per-call options the path API honours. Anything else openapi-fetch accepts is refused rather than ignored. */
const HONOURED = new Set(['params', 'body', 'parseAs', 'baseUrl', 'headers', 'middleware', 'signal']);
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
/** Headers the client sets itself (openapi-fetch adds a content type to every request). */
const OWN_HEADERS = new Set(['content-type', 'content-length']);
const encoder = new TextEncoder();

function wireText(value: unknown): string {
  if (isDecimal(value)) return value.toFixed();
  // String(1e-7) is "1e-7", which Binance refuses (-1100).
  if (typeof value === 'number' && Number.isFinite(value)) return plainNumber(value);
  return String(value);
}

/** Form encoding for query strings and bodies: bigint and Decimal keep every digit, no exponent. */
export function serializeForm(values: unknown): string {
  let text = '';
  const record = (values ?? {}) as Record<string, unknown>;
  for (const name in record) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    text += `${text ? '&' : ''}${name}=${encodeURIComponent(wireText(value))}`;
  }
  return text;
}

/**
 * Refuses a JS number that has already lost digits (an integer beyond 2^53, e.g. an id typed as a number): once
 * serialized it would be a valid digit string of a different id, so this is the last place to tell.
 */
function checkUnsafeNumbers(meta: OperationMeta | undefined, values: unknown): void {
  if (!meta || !values || typeof values !== 'object') return;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new ParameterError(operationRef(meta), [name], -1100, `parameter '${name}' is a JS number beyond 2^53 (${plainNumber(value).slice(0, 40)}), which cannot be trusted to the digit: pass a bigint or a digit string`);
    }
  }
}

/**
 * Checks per-call header values before openapi-fetch copies them into a `Headers` (which would throw a bare
 * TypeError), so the path API refuses them with the same ConfigurationError as the operation methods.
 */
function checkCallHeaders(headers: unknown): void {
  if (!headers || typeof headers !== 'object') return;
  let entries: unknown[][];
  if (headers instanceof Headers) {
    entries = [];
    headers.forEach((value, name) => entries.push([name, value]));
  } else entries = Array.isArray(headers) ? (headers as unknown[][]) : Object.entries(headers);
  for (const [name, value] of entries) {
    checkHeaderName('headers of this call', String(name));
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') checkHeaderValue(`headers of this call: the value of ${String(name)}`, item);
    }
  }
}

/**
 * openapi-fetch builds a `Request` per call; undici's is costly and the signing fetch only needs the method, URL,
 * headers, signal and body text, so without middleware the client hands openapi-fetch this minimal stand-in.
 * Middleware gets real `Request` objects (it may return a new one).
 */
class PlainRequest {
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | null;
  private readonly bodyText: string | undefined;

  constructor(
    readonly url: string,
    init: { method?: string; body?: unknown; headers?: Headers; signal?: AbortSignal | null } = {},
  ) {
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers ?? new Headers();
    this.signal = init.signal ?? null;
    this.bodyText = typeof init.body === 'string' ? init.body : undefined;
  }

  get body(): string | null {
    return this.bodyText ?? null;
  }

  text(): Promise<string> {
    return Promise.resolve(this.bodyText ?? '');
  }
}

/**
 * The answer handed to openapi-fetch and the caller: a real `Response` (status, headers, `instanceof`) whose body
 * methods serve the text the client already read, and whose `json()` is the client's lossless decoding (int64 ids
 * as bigint; JSON.parse would round them). The body stream is only built if someone asks for `body`, because
 * building one per call costs more than the rest of the path API.
 */
class LosslessResponse extends Response {
  constructor(
    readonly bodyText: string,
    private readonly init: ResponseInit,
    private readonly data: unknown,
  ) {
    super(null, init);
  }

  override json(): Promise<any> {
    try {
      return Promise.resolve(this.data !== undefined ? this.data : JSON.parse(this.bodyText));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  override text(): Promise<string> {
    return Promise.resolve(this.bodyText);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(encoder.encode(this.bodyText).buffer as ArrayBuffer);
  }

  override blob(): Promise<Blob> {
    return Promise.resolve(new Blob([this.bodyText], { type: this.headers.get('content-type') ?? '' }));
  }

  override clone(): Response {
    return new LosslessResponse(this.bodyText, this.init, this.data);
  }
}
Object.defineProperty(LosslessResponse.prototype, 'body', {
  get(this: LosslessResponse) {
    return new Response(this.bodyText).body;
  },
});

/**
 * An openapi-fetch client whose `fetch` signs and sends through the shared core, so the path-based API gets the
 * same signing, rate limits, retries, client ids and lossless ids as the operation-named methods. It honours a
 * call's `signal`, `headers`, `baseUrl` and middleware. Answers keep their wire shape (decimals stay strings)
 * except that int64 ids are `bigint`. HTTP errors come back as `error`, as openapi-fetch users expect, except an
 * answer that leaves an order (any call that is not idempotent) unknown: that throws ExecutionStatusUnknownError
 * with the client id sent. Failures without a usable answer (network, timeout, abort, an unusable 2xx) throw the
 * client's typed errors.
 */
export function createPathClient<Paths extends {}>(core: ClientCore, operations: Iterable<OperationMeta>): PathClient<Paths> {
  const byMethod = new Map<string, OperationMeta[]>();
  for (const meta of operations) byMethod.set(meta.method, [...(byMethod.get(meta.method) ?? []), meta]);

  const signingFetch = async (input: Request | PlainRequest): Promise<Response> => {
    const queryAt = input.url.indexOf('?');
    const address = queryAt < 0 ? input.url : input.url.slice(0, queryAt);
    const pathname = new URL(address).pathname;
    const candidates = byMethod.get(input.method) ?? [];
    const meta = candidates.find((m) => m.path === pathname) ?? candidates.find((m) => pathname.endsWith(m.path));
    if (!meta) throw new ConfigurationError(`${input.method} ${pathname} is not an operation of this API`);
    const base = address.slice(0, address.length - meta.path.length);
    let encoded = [queryAt < 0 ? '' : input.url.slice(queryAt + 1), input.body ? await input.text() : ''].filter(Boolean).join('&').replace(SIGNING, '').replace(/^&/, '');
    const params: Record<string, string> = Object.fromEntries(new URLSearchParams(encoded));
    checkEncodedParams(meta, params);
    if (meta.clientIdParam && !params[meta.clientIdParam]) {
      params[meta.clientIdParam] = newClientId();
      encoded += `${encoded ? '&' : ''}${meta.clientIdParam}=${params[meta.clientIdParam]}`;
    }
    let extra: Record<string, string> | undefined;
    input.headers.forEach((value, name) => {
      if (!OWN_HEADERS.has(name)) (extra ??= {})[name] = value;
    });
    const settings = core.callSettings(extra, base === core.baseUrl ? undefined : base);
    const { response, data } = await core.exchange(
      meta,
      encoded,
      weightOf(meta, params),
      'recvWindow' in params,
      { timeoutMs: core.defaultTimeout, signal: input.signal ?? undefined, ...settings, clientIds: meta.idempotent ? {} : clientIdsOf(params) },
      'return',
      decodeWireResponse,
    );
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('content-length', String(encoder.encode(response.body).length));
    return new LosslessResponse(response.body, { status: response.status, headers }, data);
  };

  const client = createClient<ClientPaths<Paths>, 'application/json'>({
    baseUrl: core.baseUrl,
    fetch: signingFetch as unknown as typeof fetch,
    Request: PlainRequest as unknown as typeof Request,
    querySerializer: (query) => serializeForm(query),
    bodySerializer: (body) => serializeForm(body),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });

  // Middleware sees (and may return) real Request objects; without middleware the cheap stand-in is enough.
  let middlewares = 0;
  const use = client.use.bind(client);
  const eject = client.eject.bind(client);
  client.use = (...added: Middleware[]) => {
    middlewares += added.length;
    use(...added);
  };
  client.eject = (...removed: Middleware[]) => {
    middlewares = Math.max(0, middlewares - removed.length);
    eject(...removed);
  };
  for (const method of METHODS) {
    const send = (client[method] as (path: unknown, init?: Record<string, unknown>) => Promise<unknown>).bind(client);
    (client as unknown as Record<string, unknown>)[method] = (path: unknown, init?: Record<string, unknown>) => {
      const refused = init ? Object.keys(init).find((key) => !HONOURED.has(key) && init[key] !== undefined) : undefined;
      if (refused) {
        return Promise.reject(
          new ConfigurationError(`the path API does not support the ${refused} option: the client signs, sends and decodes every call itself (it honours ${[...HONOURED].join(', ')})`),
        );
      }
      try {
        checkCallHeaders(init?.headers);
        const meta = byMethod.get(method)?.find((m) => m.path === path);
        checkUnsafeNumbers(meta, (init?.params as { query?: unknown } | undefined)?.query);
        checkUnsafeNumbers(meta, init?.body);
      } catch (error) {
        return Promise.reject(error);
      }
      const perCall = Array.isArray(init?.middleware) && init.middleware.length > 0;
      return send(path, middlewares > 0 || perCall ? { ...init, Request: globalThis.Request } : init);
    };
  }
  return client;
}

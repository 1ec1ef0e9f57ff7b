import type { OperationMeta } from '@marginkit/spec';
import { Decimal } from 'decimal.js';
import createClient, { type Client } from 'openapi-fetch';
import type { ClientCore } from './client-core.js';
import { decodeWireResponse } from './decode.js';
import { weightOf } from './params.js';
import type { ClientPaths } from './types.js';

/** The openapi-fetch client users know (`GET`, `POST`, ...), typed by the generated paths. */
export type PathClient<Paths extends {}> = Client<ClientPaths<Paths>, 'application/json'>;

// openapi-fetch serializes the parameters; signing parameters are always the client's own.
const SIGNING = /(^|&)(timestamp|signature)=[^&]*/g;

function wireText(value: unknown): string {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
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
 * openapi-fetch builds a `Request` per call; undici's is costly and the signing fetch only needs the method,
 * URL and body text, so the client hands openapi-fetch this minimal stand-in.
 */
class PlainRequest {
  readonly method: string;
  readonly headers: Headers;
  private readonly bodyText: string | undefined;

  constructor(
    readonly url: string,
    init: { method?: string; body?: unknown; headers?: Headers } = {},
  ) {
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers ?? new Headers();
    this.bodyText = typeof init.body === 'string' ? init.body : undefined;
  }

  get body(): string | null {
    return this.bodyText ?? null;
  }

  text(): Promise<string> {
    return Promise.resolve(this.bodyText ?? '');
  }
}

class LosslessResponse extends Response {
  constructor(
    private readonly bodyText: string,
    init: ResponseInit,
    private readonly meta: OperationMeta,
  ) {
    super(bodyText, init);
  }

  override json(): Promise<any> {
    return Promise.resolve(decodeWireResponse(this.bodyText, this.meta.response));
  }
}

/**
 * An openapi-fetch client whose `fetch` signs and sends through the shared core, so the path-based API gets the
 * same signing, rate limits, retries and lossless ids as the operation-named methods. Answers keep their wire
 * shape (decimals stay strings) except that int64 ids are `bigint`. HTTP errors come back as `error`, as
 * openapi-fetch users expect; network failures throw.
 */
export function createPathClient<Paths extends {}>(core: ClientCore, operations: Iterable<OperationMeta>, timeoutMs: number): PathClient<Paths> {
  const byRoute = new Map<string, OperationMeta>();
  for (const meta of operations) byRoute.set(`${meta.method} ${meta.path}`, meta);

  const signingFetch = async (input: Request | PlainRequest): Promise<Response> => {
    const queryAt = input.url.indexOf('?');
    const pathname = new URL(queryAt < 0 ? input.url : input.url.slice(0, queryAt)).pathname;
    const meta = byRoute.get(`${input.method} ${pathname}`);
    if (!meta) throw new TypeError(`${input.method} ${pathname} is not an operation of this API`);
    const fromQuery = queryAt < 0 ? '' : input.url.slice(queryAt + 1);
    const fromBody = input.body ? await input.text() : '';
    const encoded = [fromQuery, fromBody].filter(Boolean).join('&').replace(SIGNING, '').replace(/^&/, '');
    const params = Object.fromEntries(new URLSearchParams(encoded));
    const response = await core.exchange(meta, encoded, weightOf(meta, params), 'recvWindow' in params, timeoutMs, 'return');
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('content-length', String(new TextEncoder().encode(response.body).length));
    return new LosslessResponse(response.body, { status: response.status, headers }, meta);
  };

  return createClient<ClientPaths<Paths>, 'application/json'>({
    baseUrl: core.baseUrl,
    fetch: signingFetch as unknown as typeof fetch,
    Request: PlainRequest as unknown as typeof Request,
    querySerializer: (query) => serializeForm(query),
    bodySerializer: (body) => serializeForm(body),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

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

  const signingFetch = async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const meta = byRoute.get(`${input.method} ${url.pathname}`);
    if (!meta) throw new TypeError(`${input.method} ${url.pathname} is not an operation of this API`);
    const fromQuery = url.search.slice(1);
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
    fetch: signingFetch,
    querySerializer: (query) => serializeForm(query),
    bodySerializer: (body) => serializeForm(body),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

import { createHmac } from 'node:crypto';
import { parseLossless } from '@marginkit/core';
import { createMockFetch, DEMO_ACCOUNT, type MockConfig, type MockFetch } from '../src/index.js';

/** The frozen start time of test mocks. */
export const T0 = 1_700_000_000_000;

export function mockFetch(config: MockConfig & { mode?: 'stateful' | 'examples' } = {}): MockFetch {
  return createMockFetch({ clock: { start: T0, frozen: true }, ...config });
}

export type Params = Record<string, string | number | boolean | bigint>;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export function encode(params: Params): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export function hmac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

export interface CallOptions {
  /** Sign the request (default true). */
  signed?: boolean;
  /** Where the parameters go (default: query for GET/DELETE, body for POST/PUT). */
  in?: 'query' | 'body';
  /** Add timestamp (default: the mock clock); false to leave it out. */
  timestamp?: number | false;
  headers?: Record<string, string>;
  key?: string | null;
  secret?: string;
}

export class TestClient {
  constructor(
    readonly fetch: MockFetch,
    readonly key: string = DEMO_ACCOUNT.apiKey,
    readonly secret: string = DEMO_ACCOUNT.apiSecret,
  ) {}

  async call(method: string, path: string, params: Params = {}, options: CallOptions = {}): Promise<Answer> {
    const signed = options.signed ?? true;
    const all: Params = { ...params };
    if (signed && options.timestamp !== false) all.timestamp = options.timestamp ?? this.fetch.mock.now();
    let payload = encode(all);
    if (signed) payload += `${payload ? '&' : ''}signature=${hmac(options.secret ?? this.secret, payload)}`;
    const where = options.in ?? (method === 'GET' || method === 'DELETE' ? 'query' : 'body');
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? this.key : options.key;
    if (key !== null) headers['X-MBX-APIKEY'] = key;
    let url = `https://api.binance.com${path}`;
    let body: string | undefined;
    if (where === 'query') {
      if (payload) url += `?${payload}`;
    } else {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = payload;
    }
    return answer(await this.fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) }));
  }

  get(path: string, params?: Params, options?: CallOptions) {
    return this.call('GET', path, params, options);
  }
  post(path: string, params?: Params, options?: CallOptions) {
    return this.call('POST', path, params, options);
  }
  delete(path: string, params?: Params, options?: CallOptions) {
    return this.call('DELETE', path, params, options);
  }
  put(path: string, params?: Params, options?: CallOptions) {
    return this.call('PUT', path, params, options);
  }
}

export async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? parseLossless(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Posts JSON to the admin API through the mock's fetch. */
export async function admin(fetch: MockFetch, method: string, path: string, body?: unknown): Promise<Answer> {
  return answer(
    await fetch(`http://mock${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}),
    }),
  );
}

/** Balances of one asset in a snapshot wallet, or zeros. */
export function bal(wallet: Record<string, any>, asset: string): { free: string; locked: string; borrowed: string; interest: string } {
  return wallet[asset] ?? { free: '0.00000000', locked: '0.00000000', borrowed: '0.00000000', interest: '0.00000000' };
}

/**
 * The request and answer of the framework-agnostic pipeline (what the node:http server and `createMockFetch`
 * hand to `MockCore.handle` and get back), and the origin the mock names in links it serves.
 */

export interface MockRequest {
  readonly method: string;
  /** Path with query string (`/sapi/v1/margin/account?timestamp=…`), or an absolute URL. */
  readonly url: string;
  /** Reads a request header (case-insensitive name). */
  readonly header: (name: string) => string | undefined;
  readonly body: string;
  /** The client's address, for the IP limiters (default 127.0.0.1). */
  readonly ip?: string;
  /**
   * The sender shares this process's clock (`createMockFetch`): a timestamp taken from `Date.now()` is accepted
   * too, so that a client without time sync keeps working after the mock clock was moved. A timestamp on the
   * mock clock is always accepted.
   */
  readonly processClock?: boolean;
}

export interface MockResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** An injected `disconnect` fault: drop the connection instead of answering. */
  readonly disconnect?: boolean;
}

const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d{1,5})?$/i;

/**
 * The origin the request reached the mock at, for the links the mock serves itself (download files): the
 * request's host when it is a loopback address, else `http://127.0.0.1` (the mock never hands out a link to
 * another host).
 */
export function loopbackOrigin(req: MockRequest): string {
  const host = req.url.startsWith('/') ? req.header('host') : /^[a-z]+:\/\/([^/?#]*)/i.exec(req.url)?.[1];
  return host !== undefined && LOOPBACK_HOST.test(host) ? `http://${host}` : 'http://127.0.0.1';
}

import { ConfigurationError } from './errors.js';

// RFC 9110 token characters for names. A value holds only HTAB, SP, visible ASCII and obs-text (U+0080-U+00FF):
// CR, LF or NUL would start a new header or request, other control characters and anything beyond U+00FF cannot
// be written at all (undici refuses them at send time, which would surface as a network failure).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LINE_BREAK = /[\r\n\0]/;
const NOT_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

// Headers the HTTP layer writes itself (framing, connection management, the Host of the URL): undici refuses some at
// send time, which would surface as a failed send, and a caller's value for the others would replace its own.
const TRANSPORT_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'proxy-connection', 'upgrade', 'expect', 'te', 'trailer']);

/** Throws a ConfigurationError naming `where` when a header name is not an HTTP token or names a header the HTTP layer owns; returns it in lower case. */
export function checkHeaderName(where: string, name: string): string {
  if (!HEADER_NAME.test(name)) throw new ConfigurationError(`${where}: ${JSON.stringify(name.slice(0, 40))} is not a valid header name`);
  const lower = name.toLowerCase();
  if (TRANSPORT_HEADERS.has(lower)) throw new ConfigurationError(`${where}: ${name} is written by the HTTP layer and cannot be set`);
  return lower;
}

/** Throws a ConfigurationError naming `where` (never echoing the value, which may be a key) when a value is unsafe to write. */
export function checkHeaderValue(where: string, value: unknown): string {
  if (typeof value !== 'string') throw new ConfigurationError(`${where} must be a string`);
  if (NOT_FIELD_VALUE.test(value)) {
    const what = LINE_BREAK.test(value) ? 'a line break or NUL character' : 'a control character or one beyond U+00FF, which an HTTP header cannot carry';
    throw new ConfigurationError(`${where} contains ${what}; refusing to send it`);
  }
  return value;
}

/** Validates headers and returns them with lower-case names (HTTP names are case-insensitive; one spelling avoids duplicates). */
export function checkedHeaders(where: string, headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const name of Object.keys(headers)) {
    out[checkHeaderName(where, name)] = checkHeaderValue(`${where}: the value of ${name}`, headers[name]);
  }
  return out;
}

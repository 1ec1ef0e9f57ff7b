import { ConfigurationError } from './errors.js';

// RFC 9110 token characters; a header value may not carry CR, LF or NUL (they would start a new header or request).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const UNSAFE_VALUE = /[\r\n\0]/;

/** Throws a ConfigurationError naming `where` (never echoing the value, which may be a key) when a value is unsafe to write. */
export function checkHeaderValue(where: string, value: unknown): string {
  if (typeof value !== 'string') throw new ConfigurationError(`${where} must be a string`);
  if (UNSAFE_VALUE.test(value)) throw new ConfigurationError(`${where} contains a line break or NUL character; refusing to send it`);
  return value;
}

/** Validates headers and returns them with lower-case names (HTTP names are case-insensitive; one spelling avoids duplicates). */
export function checkedHeaders(where: string, headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const name of Object.keys(headers)) {
    if (!HEADER_NAME.test(name)) throw new ConfigurationError(`${where}: ${JSON.stringify(name.slice(0, 40))} is not a valid header name`);
    out[name.toLowerCase()] = checkHeaderValue(`${where}: the value of ${name}`, headers[name]);
  }
  return out;
}

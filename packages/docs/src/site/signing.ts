/**
 * Request building and HMAC signing for the try-it page, with WebCrypto only (it runs in the browser and, for
 * the tests, in Node). Binance signs the query string concatenated with the form body, values percent-encoded
 * exactly as sent.
 */

/** Percent-encodes everything but RFC 3986's unreserved characters. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function encodeParams(params: readonly (readonly [string, string])[]): string {
  return params.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
}

export async function hmacSha256Hex(secret: string, payload: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto is not available: open this page from http://127.0.0.1 or http://localhost (a secure context).');
  const encoder = new TextEncoder();
  const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await subtle.sign('HMAC', key, encoder.encode(payload)));
  let hex = '';
  for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export interface RequestPlan {
  readonly method: string;
  readonly path: string;
  readonly paramsIn: 'query' | 'body';
  readonly signed: boolean;
  readonly apiKey: boolean;
  /** Parameters to send, in order, as wire text. */
  readonly params: readonly (readonly [string, string])[];
}

export interface SignedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** The text that was signed, if any. */
  readonly payload: string | undefined;
}

/**
 * Builds the request: parameters (plus `timestamp` when signed) go to the query string for GET/DELETE and to a
 * form body for POST/PUT; the signature is appended last to the same place.
 */
export async function signRequest(
  plan: RequestPlan,
  base: string,
  credentials: { readonly apiKey: string; readonly apiSecret: string },
  now: number = Date.now(),
): Promise<SignedRequest> {
  const params: (readonly [string, string])[] = [...plan.params];
  if (plan.signed) params.push(['timestamp', String(now)]);
  let text = encodeParams(params);
  let payload: string | undefined;
  if (plan.signed) {
    payload = text;
    text += `${text ? '&' : ''}signature=${await hmacSha256Hex(credentials.apiSecret, payload)}`;
  }
  const headers: Record<string, string> = {};
  if (plan.apiKey || plan.signed) headers['X-MBX-APIKEY'] = credentials.apiKey;
  const root = base.replace(/\/+$/, '');
  if (plan.paramsIn === 'body') {
    if (text) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    return { url: `${root}${plan.path}`, method: plan.method, headers, body: text || undefined, payload };
  }
  return { url: `${root}${plan.path}${text ? `?${text}` : ''}`, method: plan.method, headers, body: undefined, payload };
}

/** Whether a host name is a loopback address (the only place the try-it sends keys). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Re-indents JSON text without parsing it, so that integers above 2^53 keep every digit.
 * Returns the text unchanged if it does not look like JSON.
 */
export function formatJsonText(text: string): string {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return text;
  let out = '';
  let depth = 0;
  let inString = false;
  const newline = (): string => `\n${'  '.repeat(depth)}`;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += trimmed[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      let j = i + 1;
      while (j < trimmed.length && /\s/.test(trimmed[j] as string)) j++;
      if (trimmed[j] === close) {
        out += c + close;
        i = j;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
      out += newline() + c;
    } else if (c === ',') {
      out += `,${newline()}`;
    } else if (c === ':') {
      out += ': ';
    } else if (!/\s/.test(c)) {
      out += c;
    }
  }
  return out;
}

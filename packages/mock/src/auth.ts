/**
 * API keys and request signatures, verified the way Binance computes them: the payload is the raw query string
 * (without `?`) concatenated with the raw form body, with the `signature` parameter (which must be the last one
 * of its part) removed. HMAC-SHA256 signatures are hex (case-insensitive); RSA (PKCS#1 v1.5, SHA-256) and
 * Ed25519 signatures are base64, percent-encoded on the wire.
 */
import { createHmac, createPublicKey, createSecretKey, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import type { TimingMeta } from '@marginkit/spec';
import { E } from './errors.js';
import type { RawPair } from './params.js';

export type KeyType = 'HMAC' | 'RSA' | 'Ed25519';

export interface Verifier {
  readonly type: KeyType;
  verify(payload: string, signature: string): boolean;
}

const HEX64 = /^[0-9a-fA-F]{64}$/;

export function hmacVerifier(secret: string): Verifier {
  const key = secret === '' ? secret : createSecretKey(Buffer.from(secret, 'utf8'));
  return {
    type: 'HMAC',
    verify(payload, signature) {
      if (!HEX64.test(signature)) return false;
      const expected = createHmac('sha256', key).update(payload).digest();
      return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
    },
  };
}

export function publicKeyVerifier(pem: string): Verifier {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw new Error(`invalid publicKey: ${(error as Error).message}`);
  }
  const kind = key.asymmetricKeyType;
  if (kind === 'rsa') {
    return {
      type: 'RSA',
      verify: (payload, signature) => safeVerify('RSA-SHA256', payload, key, signature),
    };
  }
  if (kind === 'ed25519') {
    return { type: 'Ed25519', verify: (payload, signature) => safeVerify(null, payload, key, signature) };
  }
  throw new Error(`unsupported publicKey type '${kind}' (use an RSA or Ed25519 key)`);
}

function safeVerify(algorithm: string | null, payload: string, key: KeyObject, signature: string): boolean {
  // Base64 carried unencoded in a form decodes its '+' to ' '.
  const bytes = Buffer.from(signature.replace(/ /g, '+'), 'base64');
  if (bytes.length === 0) return false;
  try {
    return verify(algorithm, Buffer.from(payload), key, bytes);
  } catch {
    return false;
  }
}

export interface SignedParts {
  /** The signature text (percent-decoded), or undefined when none was sent. */
  readonly signature: string | undefined;
  /** The payload Binance signs: query + body without the signature parameter. */
  readonly payload: string;
  /** False when the signature was not the last parameter of its part. */
  readonly last: boolean;
}

function strip(raw: string, pairs: readonly RawPair[]): { rest: string; signature?: string; last: boolean } {
  const index = pairs.findIndex((p) => p.key === 'signature');
  if (index < 0) return { rest: raw, last: true };
  const pair = pairs[index]!;
  if (index !== pairs.length - 1) return { rest: raw, signature: pair.value, last: false };
  // The part without the signature pair (and the '&' that joined it).
  return { rest: raw.slice(0, Math.max(0, raw.length - pair.rawLength - 1)), signature: pair.value, last: true };
}

/** Finds the signature in the query or the body and builds the payload it must sign. */
export function signedParts(rawQuery: string, query: readonly RawPair[], rawBody: string, body: readonly RawPair[]): SignedParts {
  const q = strip(rawQuery, query);
  if (q.signature !== undefined) return { signature: q.signature, payload: q.rest + rawBody, last: q.last };
  const b = strip(rawBody, body);
  return { signature: b.signature, payload: rawQuery + b.rest, last: b.last };
}

const TIMESTAMP = /^[0-9]{1,16}$/;

/**
 * Checks `timestamp` and `recvWindow` against the API's timing rules (spec `x-binance-timing`), in Binance's
 * order: `recvWindow` text (-1100) and size (the API's too-large code; -1130 for 0), `timestamp` text (-1100), then the
 * window itself (-1021 when the timestamp is `aheadToleranceMs` or more ahead of `now`, or older than
 * `recvWindow`). With microseconds allowed, a timestamp of 16 or more digits is read as microseconds.
 */
export function checkTiming(timing: TimingMeta, timestamp: string, recv: string | undefined, now: number): void {
  let recvWindow = timing.recvWindowDefault;
  if (recv !== undefined) {
    const digits = timing.recvWindowFractionDigits;
    const pattern = digits > 0 ? `^[0-9]{1,20}(\\.[0-9]{1,${digits}})?$` : '^[0-9]{1,20}$';
    if (!new RegExp(pattern).test(recv)) throw E.illegalChars('recvWindow', pattern);
    recvWindow = Number(recv);
    if (recvWindow > timing.recvWindowMax) {
      throw timing.recvWindowTooLargeCode === -1131 ? E.badRecvWindow() : E.invalidParam('recvWindow');
    }
    // The spec's lower bound (RecvWindow: above 0), as the client applies it; a zero window would otherwise pass
    // or fail by the millisecond.
    if (recvWindow <= 0) throw E.invalidParam('recvWindow');
  }
  if (!TIMESTAMP.test(timestamp)) throw E.illegalChars('timestamp', '^[0-9]{1,20}$');
  let ts = Number(timestamp);
  if (timestamp.length >= 16 && timing.timestampUnits.includes('MICROSECOND')) ts /= 1000;
  if (ts >= now + timing.aheadToleranceMs) throw E.aheadOfServer();
  if (now - ts > recvWindow) throw E.outsideRecvWindow();
}

/** Which kind of API key signs the requests. */
export type KeyType = 'HMAC' | 'RSA' | 'ED25519';

export interface Signer {
  readonly keyType: KeyType;
  /**
   * Signs the payload (query string followed by the form body, as sent) and returns the value of the
   * `signature` parameter, already percent-encoded where Binance needs it (RSA and Ed25519 base64).
   */
  sign(payload: string): string | Promise<string>;
}

export interface KeyMaterial {
  readonly apiSecret?: string;
  /** PEM text (PKCS#8) or a platform key object (Node KeyObject, WebCrypto CryptoKey). */
  readonly privateKey?: unknown;
  readonly privateKeyPassphrase?: string;
}

/** DER object identifiers of the two asymmetric key types Binance accepts, as they appear inside PKCS#8. */
const RSA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const ED25519_OID = [0x06, 0x03, 0x2b, 0x65, 0x70];

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  outer: for (let i = 0; i + pattern.length <= Math.min(bytes.length, 64); i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Reads the key type from PKCS#8 DER bytes. */
export function pkcs8KeyType(der: Uint8Array | ArrayBuffer): 'RSA' | 'ED25519' | undefined {
  const bytes = der instanceof Uint8Array ? der : new Uint8Array(der);
  if (contains(bytes, ED25519_OID)) return 'ED25519';
  if (contains(bytes, RSA_OID)) return 'RSA';
  return undefined;
}

/**
 * Decodes the base64 body of a `-----BEGIN PRIVATE KEY-----` PEM block. Returns a plain `ArrayBuffer` (what
 * WebCrypto's `importKey` takes): a generic typed array (TypeScript 5.7+) in a declaration would break older TypeScript.
 */
export function pemToDer(pem: string): ArrayBuffer {
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!match) throw new Error('expected a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); convert RSA keys with `openssl pkcs8 -topk8 -nocrypt`');
  const binary = atob(match[1]!.replace(/\s+/g, ''));
  const der = new ArrayBuffer(binary.length);
  const bytes = new Uint8Array(der);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return der;
}

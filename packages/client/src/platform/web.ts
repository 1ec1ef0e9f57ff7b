import { ConfigurationError } from '../errors.js';
import { type KeyMaterial, pemToDer, pkcs8KeyType, type Signer } from '../signing.js';
import { type FetchLike, fetchTransport, type Transport } from '../transport.js';

/** The Node transport's options; outside Node only `maxResponseBytes` applies. */
export interface NodeTransportOptions {
  readonly dispatcher?: unknown;
  readonly proxy?: string;
  readonly tls?: unknown;
  readonly maxSockets?: number;
  readonly maxResponseBytes?: number;
}

/** Browsers send their own User-Agent (and a custom one would need a CORS preflight). */
export const DEFAULT_USER_AGENT: string | undefined = undefined;

/** Outside Node the platform's own `fetch` carries the requests; proxies and TLS are the platform's business. */
export function createDefaultTransport(options: NodeTransportOptions = {}): Transport {
  for (const name of ['dispatcher', 'proxy', 'tls'] as const) {
    if (options[name] !== undefined) throw new ConfigurationError(`the ${name} option needs Node (undici); in browsers and workers the platform's fetch decides`);
  }
  if (typeof globalThis.fetch !== 'function') throw new ConfigurationError('no global fetch: pass the `fetch` option');
  return fetchTransport(globalThis.fetch.bind(globalThis) as unknown as FetchLike, options.maxResponseBytes);
}

const encoder = new TextEncoder();

function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

function base64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto?.subtle;
  if (!crypto) throw new ConfigurationError('WebCrypto (crypto.subtle) is not available; signed calls need a secure context');
  return crypto;
}

/** WebCrypto signers for browsers, Deno, Bun and workers. The key is imported once, on first use. */
export function createSigner(material: KeyMaterial): Signer {
  if (material.apiSecret !== undefined) {
    const secret = material.apiSecret;
    let key: Promise<CryptoKey> | undefined;
    return {
      keyType: 'HMAC',
      async sign(payload) {
        key ??= subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        return hex(await subtle().sign('HMAC', await key, encoder.encode(payload)));
      },
    };
  }
  const given = material.privateKey;
  let keyType: 'RSA' | 'ED25519';
  let key: Promise<CryptoKey>;
  if (typeof given === 'string') {
    const der = pemToDer(given);
    const detected = pkcs8KeyType(der);
    if (!detected) throw new ConfigurationError('privateKey must be an RSA or Ed25519 PKCS#8 key');
    keyType = detected;
    const algorithm = keyType === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : { name: 'Ed25519' };
    key = Promise.resolve().then(() => subtle().importKey('pkcs8', der, algorithm, false, ['sign']));
  } else if (given && typeof given === 'object' && 'algorithm' in given) {
    const name = (given as CryptoKey).algorithm.name;
    if (name !== 'RSASSA-PKCS1-v1_5' && name !== 'Ed25519') throw new ConfigurationError(`privateKey CryptoKey must be RSASSA-PKCS1-v1_5 or Ed25519, got ${name}`);
    keyType = name === 'Ed25519' ? 'ED25519' : 'RSA';
    key = Promise.resolve(given as CryptoKey);
  } else {
    throw new ConfigurationError('privateKey must be a PKCS#8 PEM string or a CryptoKey');
  }
  const algorithm = keyType === 'RSA' ? 'RSASSA-PKCS1-v1_5' : 'Ed25519';
  return {
    keyType,
    async sign(payload) {
      return encodeURIComponent(base64(await subtle().sign(algorithm, await key, encoder.encode(payload))));
    },
  };
}

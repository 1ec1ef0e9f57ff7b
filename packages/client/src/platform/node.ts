import { createHmac, createPrivateKey, createSecretKey, type KeyObject, sign } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { KeyMaterial, Signer } from '../signing.js';
import type { Transport } from '../transport.js';
import { type NodeTransportOptions, undiciTransport } from './undici-transport.js';

export type { NodeTransportOptions };

/** Sent as `User-Agent` unless the `userAgent` option says otherwise. */
export const DEFAULT_USER_AGENT: string | undefined = 'marginkit';

/** On Node (and Bun and Deno, which resolve the `node` export condition), requests go through undici. */
export function createDefaultTransport(options: NodeTransportOptions = {}): Transport {
  return undiciTransport(options);
}

function toKeyObject(material: KeyMaterial): KeyObject {
  const key = material.privateKey;
  if (typeof key === 'string') {
    return createPrivateKey(material.privateKeyPassphrase ? { key, passphrase: material.privateKeyPassphrase } : key);
  }
  if (key && typeof key === 'object' && (key as KeyObject).type === 'private') return key as KeyObject;
  throw new ConfigurationError('privateKey must be a PKCS#8 PEM string or a private KeyObject');
}

/** node:crypto signers: synchronous, so a signed call costs no extra promise. */
export function createSigner(material: KeyMaterial): Signer {
  if (material.apiSecret !== undefined) {
    const secret = createSecretKey(Buffer.from(material.apiSecret, 'utf8'));
    return { keyType: 'HMAC', sign: (payload) => createHmac('sha256', secret).update(payload).digest('hex') };
  }
  let key: KeyObject;
  try {
    key = toKeyObject(material);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`privateKey could not be read: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType === 'rsa') {
    return { keyType: 'RSA', sign: (payload) => encodeURIComponent(sign('sha256', Buffer.from(payload, 'utf8'), key).toString('base64')) };
  }
  if (key.asymmetricKeyType === 'ed25519') {
    return { keyType: 'ED25519', sign: (payload) => encodeURIComponent(sign(null, Buffer.from(payload, 'utf8'), key).toString('base64')) };
  }
  throw new ConfigurationError(`privateKey must be an RSA or Ed25519 key, got ${key.asymmetricKeyType}`);
}

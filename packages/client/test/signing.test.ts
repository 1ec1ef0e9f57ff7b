import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner as createNodeSigner } from '../src/platform/node.js';
import { createSigner as createWebSigner } from '../src/platform/web.js';
import { pkcs8KeyType, pemToDer } from '../src/signing.js';

// Binance's documented HMAC vectors (margin/SPOT general info). The Portfolio Margin page's vectors do not reproduce.
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const ASCII_PAYLOAD = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const NON_ASCII_PAYLOAD = `symbol=${encodeURIComponent('１２３４５６')}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559`;

const platforms = [
  ['node:crypto', createNodeSigner],
  ['WebCrypto', createWebSigner],
] as const;

describe.each(platforms)('%s signer', (_name, createSigner) => {
  it('reproduces the documented HMAC-SHA256 vector', async () => {
    const signer = createSigner({ apiSecret: SECRET });
    expect(signer.keyType).toBe('HMAC');
    expect(await signer.sign(ASCII_PAYLOAD)).toBe('c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71');
  });

  it('reproduces the documented vector for a percent-encoded non-ASCII payload', async () => {
    expect(NON_ASCII_PAYLOAD.startsWith('symbol=%EF%BC%91%EF%BC%92')).toBe(true);
    expect(await createSigner({ apiSecret: SECRET }).sign(NON_ASCII_PAYLOAD)).toBe('e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3');
  });

  it('does not reproduce the Portfolio Margin page vector (it is wrong, as the reference notes)', async () => {
    const signer = createSigner({ apiSecret: 'YtP1BudNOWZE1ag5uzCkh4hIC7qSmQOu797r5EJBFGhxBYivjj8HIX0iiiPof5yG' });
    const signature = await signer.sign('symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=2000&recvWindow=5000&timestamp=1611825601400');
    expect(signature).toBe('4c633cd74726176f44d7a81ac9c86ffd6045169b3fadac568b577285ac95ca45');
    expect(signature).not.toBe('7c12045972f6140e765e0f2b67d28099718df805732676494238f50be830a7d7');
  });

  it('signs with an RSA PKCS#8 key: base64 of RSASSA-PKCS1-v1_5/SHA-256, percent-encoded', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const signer = createSigner({ privateKey: pem });
    expect(signer.keyType).toBe('RSA');
    const signature = await signer.sign(ASCII_PAYLOAD);
    expect(signature).not.toMatch(/[+/=]/);
    expect(verify('sha256', Buffer.from(ASCII_PAYLOAD), publicKey, Buffer.from(decodeURIComponent(signature), 'base64'))).toBe(true);
    expect(verify('sha256', Buffer.from(`${ASCII_PAYLOAD}0`), publicKey, Buffer.from(decodeURIComponent(signature), 'base64'))).toBe(false);
  });

  it('signs with an Ed25519 PKCS#8 key: base64, percent-encoded', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signer = createSigner({ privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string });
    expect(signer.keyType).toBe('ED25519');
    const signature = await signer.sign(NON_ASCII_PAYLOAD);
    expect(verify(null, Buffer.from(NON_ASCII_PAYLOAD), publicKey, Buffer.from(decodeURIComponent(signature), 'base64'))).toBe(true);
  });
});

describe('key handling', () => {
  it('accepts a Node KeyObject and rejects unsupported key types', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(createNodeSigner({ privateKey }).keyType).toBe('ED25519');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => createNodeSigner({ privateKey: ec })).toThrow(/RSA or Ed25519 key, got ec/);
    expect(() => createNodeSigner({ privateKey: 'not a pem' })).toThrow(/privateKey could not be read/);
  });

  it('reads the key type from PKCS#8 DER, and refuses PKCS#1 RSA PEM with a hint', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;
    expect(pkcs8KeyType(pemToDer(rsa.export({ type: 'pkcs8', format: 'pem' }) as string))).toBe('RSA');
    expect(pkcs8KeyType(pemToDer(ed.export({ type: 'pkcs8', format: 'pem' }) as string))).toBe('ED25519');
    expect(() => pemToDer(rsa.export({ type: 'pkcs1', format: 'pem' }) as string)).toThrow(/openssl pkcs8 -topk8/);
  });
});

import { createHmac, createPrivateKey, createSecretKey, type KeyObject, sign } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { ConfigurationError } from '../errors.js';
import type { KeyMaterial, Signer } from '../signing.js';
import { type Transport, TransportFailure } from '../transport.js';

export interface NodeTransportOptions {
  /** Sockets kept open per host. Binance answers concurrent calls in parallel, so allow plenty. */
  readonly maxSockets?: number;
}

// Errors raised before a single byte could reach the server.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL']);

/** node:http(s) with keep-alive sockets: the fast path on Node (undici's fetch costs several times more CPU per call). */
export function createDefaultTransport(options: NodeTransportOptions = {}): Transport {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' as const };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const parsed = new Map<string, { module: typeof http | typeof https; agent: http.Agent; hostname: string; port: string }>();

  return (request) =>
    new Promise((resolve, reject) => {
      // URLs differ only in path and query; host data is parsed once per origin.
      const originEnd = request.url.indexOf('/', request.url.indexOf('//') + 2);
      const origin = originEnd === -1 ? request.url : request.url.slice(0, originEnd);
      let target = parsed.get(origin);
      if (!target) {
        const url = new URL(origin);
        const secure = url.protocol === 'https:';
        target = { module: secure ? https : http, agent: agents[secure ? 'https:' : 'http:'], hostname: url.hostname, port: url.port };
        parsed.set(origin, target);
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const req = target.module.request(
        {
          hostname: target.hostname,
          port: target.port,
          path: originEnd === -1 ? '/' : request.url.slice(originEnd),
          method: request.method,
          headers: request.headers,
          agent: target.agent,
        },
        (res) => {
          res.setEncoding('utf8');
          let body = '';
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => {
            if (timer) clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
          res.on('error', (error) => {
            if (timer) clearTimeout(timer);
            reject(new TransportFailure('network', true, { cause: error }));
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (timer) clearTimeout(timer);
        if (error instanceof TransportFailure) reject(error);
        else reject(new TransportFailure('network', !NOT_SENT.has(error.code ?? ''), { cause: error }));
      });
      if (request.timeoutMs) {
        timer = setTimeout(() => req.destroy(new TransportFailure('timeout', true)), request.timeoutMs);
      }
      req.end(request.body);
    });
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

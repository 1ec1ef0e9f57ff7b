import { createHmac, createPublicKey, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the double received it. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
  /** Parameters from query and body (query wins), without the signature. */
  readonly params: Record<string, string>;
  readonly signatureValid: boolean | undefined;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly delayMs?: number;
}

export type Responder = (request: Received) => Reply | undefined;

export interface DoubleKeys {
  readonly apiKey: string;
  readonly hmacSecret?: string;
  /** PEM public key of an RSA or Ed25519 key pair. */
  readonly publicKey?: string;
}

/**
 * A loopback stand-in for Binance used by the client tests. It checks signatures on its own (node:crypto, not the
 * client's code) exactly as Binance documents them: over the raw query string followed by the raw body, with the
 * trailing `signature` parameter removed; HMAC hex, RSA and Ed25519 base64 percent-encoded.
 */
export class BinanceDouble {
  readonly received: Received[] = [];
  private readonly responders: Responder[] = [];
  private server: http.Server | undefined;
  private publicKey: KeyObject | undefined;
  url = '';

  constructor(private readonly keys: DoubleKeys) {
    if (keys.publicKey) this.publicKey = createPublicKey(keys.publicKey);
  }

  /** Adds a responder; the most recently added one that returns a reply wins. */
  on(responder: Responder): this {
    this.responders.unshift(responder);
    return this;
  }

  reset(): void {
    this.received.length = 0;
    this.responders.length = 0;
  }

  private verifySignature(query: string, body: string): boolean | undefined {
    const payloadWithSignature = `${query}${body}`;
    const match = /(?:^|&)signature=([^&]*)$/.exec(payloadWithSignature);
    if (!match) return undefined;
    const payload = payloadWithSignature.slice(0, match.index);
    const signature = decodeURIComponent(match[1]!);
    if (this.keys.hmacSecret !== undefined) {
      const expected = Buffer.from(createHmac('sha256', this.keys.hmacSecret).update(payload).digest('hex'));
      const given = Buffer.from(signature.toLowerCase());
      return given.length === expected.length && timingSafeEqual(given, expected);
    }
    if (this.publicKey) {
      const algorithm = this.publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
      return verify(algorithm, Buffer.from(payload), this.publicKey, Buffer.from(signature, 'base64'));
    }
    return false;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const [path, query = ''] = (req.url ?? '').split('?') as [string, string?];
        const params: Record<string, string> = Object.fromEntries(new URLSearchParams(body));
        for (const [k, v] of new URLSearchParams(query)) params[k] = v;
        delete params.signature;
        const received: Received = {
          method: req.method ?? '',
          path,
          query,
          body,
          headers: req.headers,
          params,
          signatureValid: this.verifySignature(query, body),
        };
        this.received.push(received);
        let reply: Reply | undefined;
        for (const responder of this.responders) {
          reply = responder(received);
          if (reply) break;
        }
        reply ??= { status: 404, body: '{"code":-1099,"msg":"Not found."}' };
        const send = () => {
          res.writeHead(reply!.status ?? 200, { 'content-type': 'application/json', ...reply!.headers });
          res.end(reply!.body ?? '{}');
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

/** A signed-request guard: answers -1022 like Binance when the signature does not verify. */
export const requireValidSignature: Responder = (request) =>
  request.signatureValid === false ? { status: 400, body: '{"code":-1022,"msg":"Signature for this request is not valid."}' } : undefined;

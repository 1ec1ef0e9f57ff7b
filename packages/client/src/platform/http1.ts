import net from 'node:net';
import tls from 'node:tls';
import { type Transport, TransportFailure, type TransportRequest, type TransportResponse } from '../transport.js';

export interface Http1Options {
  /** Connections kept per origin; further requests wait for a free one (default 256). */
  readonly maxSockets?: number;
  /** A connection idle longer than this is closed instead of reused, to avoid writing to one the server dropped (default 10 s). */
  readonly idleTimeoutMs?: number;
  /** Extra TLS options, such as a private `ca` (tests, corporate roots). */
  readonly tls?: Pick<tls.ConnectionOptions, 'ca' | 'rejectUnauthorized'>;
}

const CRLF = 0x0d0a;
const HEAD_END = Buffer.from('\r\n\r\n');
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

type Phase = 'head' | 'fixed' | 'chunk-size' | 'chunk-data' | 'chunk-trailer' | 'until-close';

interface Exchange {
  readonly resolve: (response: TransportResponse) => void;
  readonly reject: (error: TransportFailure) => void;
  readonly timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * One keep-alive connection and the parser of the answer it is waiting for. Requests are not pipelined: a
 * connection carries one exchange at a time, so a response always belongs to the current exchange.
 */
class Connection {
  exchange: Exchange | undefined;
  idleSince = 0;
  closed = false;
  private connected = false;
  private receivedAny = false;
  private buffer: Buffer | undefined;
  private phase: Phase = 'head';
  private status = 0;
  private headers: Record<string, string> = {};
  private remaining = 0;
  private body: Buffer[] = [];
  private keepAlive = true;

  constructor(
    readonly socket: net.Socket,
    private readonly pool: OriginPool,
  ) {
    socket.setNoDelay(true);
    socket.once(socket instanceof tls.TLSSocket ? 'secureConnect' : 'connect', () => {
      this.connected = true;
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
    socket.on('close', () => this.fail(undefined));
  }

  start(exchange: Exchange, text: string): void {
    this.exchange = exchange;
    this.receivedAny = false;
    this.phase = 'head';
    this.buffer = undefined;
    this.headers = {};
    this.body = [];
    this.keepAlive = true;
    this.socket.write(text);
  }

  private fail(error: NodeJS.ErrnoException | undefined): void {
    const wasClosed = this.closed;
    this.closed = true;
    if (!wasClosed) this.pool.forget(this);
    if (this.phase === 'until-close' && this.exchange && !error) {
      this.finish();
      return;
    }
    const exchange = this.exchange;
    if (!exchange) return;
    this.exchange = undefined;
    if (exchange.timer) clearTimeout(exchange.timer);
    const mayHaveBeenSent = this.connected && !(error?.code && NOT_SENT.has(error.code));
    exchange.reject(new TransportFailure('network', mayHaveBeenSent, { cause: error ?? new Error(this.receivedAny ? 'connection closed mid-answer' : 'connection closed before an answer') }));
  }

  /** Drops the connection (timeout or protocol error) and fails the exchange with `failure`. */
  abort(failure: TransportFailure): void {
    const exchange = this.exchange;
    this.exchange = undefined;
    this.closed = true;
    this.pool.forget(this);
    this.socket.destroy();
    exchange?.reject(failure);
  }

  private onData(chunk: Buffer): void {
    if (!this.exchange) {
      // Bytes nobody asked for: the connection is no longer in a known state.
      this.socket.destroy();
      return;
    }
    this.receivedAny = true;
    let data = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.buffer = undefined;
    try {
      while (data.length && this.exchange) {
        const consumed = this.step(data);
        if (consumed < 0) {
          this.buffer = data;
          return;
        }
        data = data.subarray(consumed);
      }
      if (data.length && !this.exchange) this.socket.destroy();
    } catch (error) {
      this.abort(new TransportFailure('network', true, { cause: error }));
    }
  }

  /** Consumes bytes for the current phase; returns how many, or -1 when more are needed. */
  private step(data: Buffer): number {
    switch (this.phase) {
      case 'head': {
        const end = data.indexOf(HEAD_END);
        if (end < 0) {
          if (data.length > 65_536) throw new Error('response header too large');
          return -1;
        }
        this.parseHead(data.toString('latin1', 0, end));
        return end + 4;
      }
      case 'fixed': {
        const take = Math.min(this.remaining, data.length);
        this.body.push(data.subarray(0, take));
        this.remaining -= take;
        if (this.remaining === 0) this.finish();
        return take;
      }
      case 'until-close':
        this.body.push(data);
        return data.length;
      case 'chunk-size': {
        const end = data.indexOf('\r\n');
        if (end < 0) return -1;
        const size = Number.parseInt(data.toString('latin1', 0, end).split(';')[0]!.trim(), 16);
        if (!Number.isFinite(size) || size < 0) throw new Error('malformed chunk size');
        if (size === 0) this.phase = 'chunk-trailer';
        else {
          this.remaining = size;
          this.phase = 'chunk-data';
        }
        return end + 2;
      }
      case 'chunk-data': {
        if (this.remaining > 0) {
          const take = Math.min(this.remaining, data.length);
          this.body.push(data.subarray(0, take));
          this.remaining -= take;
          return take;
        }
        if (data.length < 2) return -1;
        if (data.readUInt16BE(0) !== CRLF) throw new Error('malformed chunk terminator');
        this.phase = 'chunk-size';
        return 2;
      }
      case 'chunk-trailer': {
        // Optional trailer fields end with an empty line.
        const end = data.indexOf('\r\n');
        if (end < 0) return -1;
        if (end === 0) this.finish();
        return end + 2;
      }
    }
  }

  private parseHead(head: string): void {
    const lines = head.split('\r\n');
    const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? '');
    if (!statusLine) throw new Error(`malformed status line: ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
    const status = Number(statusLine[2]);
    if (status >= 100 && status < 200) return; // an interim answer (100 Continue): the real one follows
    this.status = status;
    const headers: Record<string, string> = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    this.headers = headers;
    const connection = headers.connection?.toLowerCase();
    this.keepAlive = statusLine[1] === '1' ? connection !== 'close' : connection === 'keep-alive';
    if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) this.phase = 'chunk-size';
    else if (headers['content-length'] !== undefined) {
      this.remaining = Number(headers['content-length']);
      if (!Number.isInteger(this.remaining) || this.remaining < 0) throw new Error('malformed content-length');
      this.phase = 'fixed';
      if (this.remaining === 0 || status === 204 || status === 304) this.finish();
    } else if (status === 204 || status === 304) this.finish();
    else {
      this.phase = 'until-close';
      this.keepAlive = false;
    }
  }

  private finish(): void {
    const exchange = this.exchange!;
    this.exchange = undefined;
    if (exchange.timer) clearTimeout(exchange.timer);
    const body = this.body.length === 1 ? this.body[0]!.toString('utf8') : Buffer.concat(this.body).toString('utf8');
    const response: TransportResponse = { status: this.status, headers: this.headers, body };
    this.body = [];
    if (this.keepAlive && !this.closed) this.pool.release(this);
    else if (!this.closed) {
      this.closed = true;
      this.pool.forget(this);
      this.socket.destroy();
    }
    exchange.resolve(response);
  }
}

class OriginPool {
  private readonly idle: Connection[] = [];
  private readonly waiting: Array<() => void> = [];
  private open = 0;

  constructor(
    private readonly secure: boolean,
    private readonly host: string,
    private readonly port: number,
    private readonly maxSockets: number,
    private readonly idleTimeoutMs: number,
    private readonly tlsOptions: Http1Options['tls'],
  ) {}

  private connect(): Connection {
    this.open++;
    const socket = this.secure
      ? tls.connect({ ...this.tlsOptions, host: this.host, port: this.port, servername: net.isIP(this.host) ? '' : this.host, ALPNProtocols: ['http/1.1'] })
      : net.connect(this.port, this.host);
    return new Connection(socket, this);
  }

  acquire(use: (connection: Connection) => void): void {
    const now = Date.now();
    while (this.idle.length) {
      const connection = this.idle.pop()!;
      if (!connection.closed && now - connection.idleSince < this.idleTimeoutMs) return use(connection);
      connection.closed = true;
      this.forget(connection);
      connection.socket.destroy();
    }
    if (this.open < this.maxSockets) return use(this.connect());
    this.waiting.push(() => this.acquire(use));
  }

  release(connection: Connection): void {
    connection.idleSince = Date.now();
    const next = this.waiting.shift();
    if (next) {
      this.idle.push(connection);
      next();
    } else this.idle.push(connection);
  }

  forget(connection: Connection): void {
    this.open--;
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
    const next = this.waiting.shift();
    if (next) next();
  }
}

/**
 * A small HTTP/1.1 client over `net`/`tls` with pooled keep-alive connections. For Binance's short JSON exchanges
 * it costs about half the CPU of node:http per call, which is what lets a signing, decoding client stay as cheap
 * as a hand-written node:http baseline. It speaks only what these APIs need: one request per connection at a
 * time; content-length, chunked or close-delimited answers; no compression, no redirects, no proxies (use the
 * `fetch` option for those).
 */
export function createHttp1Transport(options: Http1Options = {}): Transport {
  const maxSockets = options.maxSockets ?? 256;
  const idleTimeoutMs = options.idleTimeoutMs ?? 10_000;
  const pools = new Map<string, { pool: OriginPool; hostHeader: string }>();

  return (request: TransportRequest) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const schemeEnd = request.url.indexOf('//') + 2;
      const pathStart = request.url.indexOf('/', schemeEnd);
      const origin = pathStart < 0 ? request.url : request.url.slice(0, pathStart);
      let entry = pools.get(origin);
      if (!entry) {
        const url = new URL(origin);
        const secure = url.protocol === 'https:';
        if (!secure && url.protocol !== 'http:') {
          reject(new TransportFailure('network', false, { cause: new Error(`unsupported protocol ${url.protocol}`) }));
          return;
        }
        const port = url.port ? Number(url.port) : secure ? 443 : 80;
        const host = url.hostname.replace(/^\[|\]$/g, '');
        entry = { pool: new OriginPool(secure, host, port, maxSockets, idleTimeoutMs, options.tls), hostHeader: url.host };
        pools.set(origin, entry);
      }
      let text = `${request.method} ${pathStart < 0 ? '/' : request.url.slice(pathStart)} HTTP/1.1\r\nHost: ${entry.hostHeader}\r\n`;
      for (const name in request.headers) text += `${name}: ${request.headers[name]}\r\n`;
      text += request.body === undefined ? '\r\n' : `Content-Length: ${Buffer.byteLength(request.body)}\r\n\r\n${request.body}`;
      entry.pool.acquire((connection) => {
        const timer = request.timeoutMs ? setTimeout(() => connection.abort(new TransportFailure('timeout', true)), request.timeoutMs) : undefined;
        connection.start({ resolve, reject, timer }, text);
      });
    });
}

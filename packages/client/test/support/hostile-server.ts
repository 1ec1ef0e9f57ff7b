import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the hostile server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  /** Parameters from the query string and the form body. */
  readonly params: Record<string, string>;
  readonly socket: Socket;
}

/**
 * What the server does with a request. It may answer through `res` like any node:http handler, write raw bytes
 * on the socket (desync, truncation), destroy the socket (reset), or never answer (timeout).
 */
export type Behaviour = (request: SeenRequest, res: http.ServerResponse, index: number) => void;

/**
 * A loopback node:http server that answers the way a broken network, proxy or overloaded backend can: the client
 * tests script each answer and count what reached the server. Only 127.0.0.1; each request keeps its socket, so
 * that a test can wait for the server to see that connection close (an event, not a delay).
 */
export class HostileServer {
  readonly seen: SeenRequest[] = [];
  readonly sockets = new Set<Socket>();
  private behaviours: Behaviour[] = [];
  private fallback: Behaviour = (_r, res) => json(res, 200, '{}');
  private readonly server: http.Server;
  url = '';

  constructor(options: { keepAliveTimeout?: number } = {}) {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const [path, query = ''] = (req.url ?? '').split('?') as [string, string?];
        const params: Record<string, string> = Object.fromEntries(new URLSearchParams(body));
        for (const [k, v] of new URLSearchParams(query)) params[k] = v;
        const request: SeenRequest = { method: req.method ?? '', path, headers: req.headers, params, socket: req.socket };
        const index = this.seen.push(request) - 1;
        (this.behaviours[index] ?? this.fallback)(request, res, index);
      });
    });
    this.server.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Scripts the answers: the first request gets the first behaviour, and so on; later ones get `fallback`. */
  script(behaviours: Behaviour[], fallback?: Behaviour): this {
    this.seen.length = 0;
    this.behaviours = behaviours;
    if (fallback) this.fallback = fallback;
    return this;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Resolves when the socket has closed (at once if it already has). */
export function closed(socket: Socket): Promise<void> {
  return socket.closed ? Promise.resolve() : new Promise((resolve) => socket.once('close', () => resolve()));
}

/** Answers with a body and a JSON content type unless told otherwise. */
export function json(res: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** Writes raw bytes on the connection, bypassing node:http's response (the server's parser still waits for requests). */
export function raw(request: SeenRequest, bytes: string | Buffer): void {
  request.socket.write(bytes);
}

/** A complete HTTP/1.1 answer as raw text. */
export function rawAnswer(status: number, body: string, extra = ''): string {
  return `HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;
}

/** A loopback HTTP CONNECT proxy (node:http parses CONNECT) that records what it tunnelled. */
export class ConnectProxy {
  readonly connects: Array<{ target: string; authorization: string | undefined }> = [];
  private readonly server = http.createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  private readonly sockets = new Set<Socket>();
  url = '';

  constructor(private readonly net: typeof import('node:net')) {
    this.server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
      this.connects.push({ target: req.url ?? '', authorization: req.headers['proxy-authorization'] });
      const [host, port] = (req.url ?? '').split(':');
      if (host !== '127.0.0.1' && host !== 'localhost') {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = this.net.connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

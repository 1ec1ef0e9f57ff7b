import net from 'node:net';
import type { MockRequest, MockResponse } from './pipeline.js';

/**
 * A small HTTP/1.1 server over `net` for the mock. node:http builds request, response and header objects and
 * writes head and body separately; for the mock's short JSON exchanges that costs more than the simulation itself.
 * This server parses what clients send (content-length or chunked bodies, `Expect: 100-continue`, keep-alive,
 * pipelined requests answered in order) and writes each answer with one socket write.
 */

export type Handler = (request: MockRequest) => MockResponse | Promise<MockResponse>;

const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD = 64 * 1024;
const MAX_BODY = 1 << 20;
const IDLE_TIMEOUT_MS = 65_000;

const REASONS: Record<number, string> = {
  100: 'Continue',
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  418: "I'm a teapot",
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

let dateSecond = 0;
let dateText = '';
/** The `Date` header, rebuilt at most once per second. */
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(now).toUTCString();
  }
  return dateText;
}

interface ParsedHead {
  readonly method: string;
  readonly target: string;
  readonly keepAlive: boolean;
  /** Header names in lower case, raw values; a repeated header keeps its first value. */
  readonly headers: Map<string, string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function parseHead(text: string): ParsedHead {
  const lineEnd = text.indexOf('\r\n');
  const requestLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const match = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(requestLine);
  if (!match) throw new HttpError(400, 'malformed request line');
  const headers = new Map<string, string>();
  let at = lineEnd < 0 ? text.length : lineEnd + 2;
  while (at < text.length) {
    let end = text.indexOf('\r\n', at);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', at);
    if (colon > at && colon < end) {
      const name = text.slice(at, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, text.slice(colon + 1, end).trim());
    }
    at = end + 2;
  }
  const connection = headers.get('connection')?.toLowerCase();
  const keepAlive = match[3] === '1' ? connection !== 'close' : connection === 'keep-alive';
  return { method: match[1]!, target: match[2]!, keepAlive, headers };
}

/** Serializes an answer; `headOnly` keeps the headers (with the body's length) and drops the body (HEAD). */
function serialize(response: MockResponse, keepAlive: boolean, headOnly: boolean): string {
  // The pipeline dates its answers by the mock clock; only the server's own errors need a date here.
  let text = `HTTP/1.1 ${response.status} ${REASONS[response.status] ?? 'Status'}\r\n${'Date' in response.headers ? '' : `Date: ${httpDate()}\r\n`}`;
  for (const name in response.headers) {
    if (name.length === 14 && name.toLowerCase() === 'content-length') continue;
    text += `${name}: ${response.headers[name]}\r\n`;
  }
  text += `Content-Length: ${Buffer.byteLength(response.body)}\r\n`;
  if (!keepAlive) text += 'Connection: close\r\n';
  return headOnly ? `${text}\r\n` : `${text}\r\n${response.body}`;
}

function errorAnswer(status: number): MockResponse {
  const body =
    status === 413 || status === 431
      ? '{"code":-1101,"msg":"Too many parameters sent for this endpoint."}'
      : '{"code":-1000,"msg":"An unknown error occurred while processing the request."}';
  return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body };
}

const INTERNAL_ERROR: MockResponse = {
  status: 500,
  headers: { 'Content-Type': 'application/json;charset=UTF-8' },
  body: '{"code":-1000,"msg":"An unknown error occurred while processing the request."}',
};

/** One client connection: parses requests from its bytes and answers them strictly in order. */
class ServerConnection {
  private buffer: Buffer | undefined;
  private busy = false;
  private closed = false;

  constructor(
    private readonly socket: net.Socket,
    private readonly handler: Handler,
  ) {
    socket.setNoDelay(true);
    socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
      if (!this.busy) this.drain();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.closed = true;
    });
  }

  /** Handles every complete request in the buffer, one after the other. */
  private drain(): void {
    while (this.buffer && this.buffer.length && !this.busy && !this.closed) {
      let consumed: number;
      try {
        consumed = this.next(this.buffer);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 400;
        this.socket.end(serialize(errorAnswer(status), false, false));
        this.closed = true;
        return;
      }
      if (consumed === 0) return;
      this.buffer = consumed === this.buffer.length ? undefined : this.buffer.subarray(consumed);
    }
  }

  /** Parses one request and starts answering it; returns the bytes it used, or 0 when it needs more. */
  private next(data: Buffer): number {
    const headEnd = data.indexOf(HEAD_END);
    if (headEnd < 0) {
      if (data.length > MAX_HEAD) throw new HttpError(431, 'request head too large');
      return 0;
    }
    const head = parseHead(data.toString('latin1', 0, headEnd));
    let at = headEnd + 4;
    let body = '';
    const chunked = head.headers.get('transfer-encoding')?.toLowerCase().includes('chunked');
    if (chunked) {
      const decoded = decodeChunked(data, at);
      if (!decoded) {
        if (head.headers.get('expect')?.toLowerCase() === '100-continue' && !this.continued) this.sendContinue();
        return 0;
      }
      body = decoded.body;
      at = decoded.end;
    } else {
      const length = Number(head.headers.get('content-length') ?? 0);
      if (!Number.isInteger(length) || length < 0) throw new HttpError(400, 'malformed content-length');
      if (length > MAX_BODY) throw new HttpError(413, 'body too large');
      if (data.length < at + length) {
        if (head.headers.get('expect')?.toLowerCase() === '100-continue' && !this.continued) this.sendContinue();
        return 0;
      }
      body = length ? data.toString('utf8', at, at + length) : '';
      at += length;
    }
    this.continued = false;
    this.respond(head, body);
    return at;
  }

  private continued = false;

  private sendContinue(): void {
    this.continued = true;
    this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
  }

  private respond(head: ParsedHead, body: string): void {
    const request: MockRequest = {
      method: head.method,
      url: head.target,
      header: (name) => head.headers.get(name),
      body,
      ip: this.socket.remoteAddress ?? '127.0.0.1',
    };
    let answer: MockResponse | Promise<MockResponse>;
    try {
      answer = this.handler(request);
    } catch {
      answer = INTERNAL_ERROR;
    }
    if (answer instanceof Promise) {
      this.busy = true;
      answer.then(
        (response) => this.finish(head, response),
        () => this.finish(head, INTERNAL_ERROR),
      );
    } else this.finish(head, answer);
  }

  private finish(head: ParsedHead, response: MockResponse): void {
    if (this.closed) return;
    this.socket.write(serialize(response, head.keepAlive, head.method === 'HEAD'));
    if (!head.keepAlive) {
      this.closed = true;
      this.socket.end();
      return;
    }
    if (this.busy) {
      this.busy = false;
      this.drain();
    }
  }
}

/** Decodes a chunked body starting at `start`; undefined when it is not complete yet. */
function decodeChunked(data: Buffer, start: number): { body: string; end: number } | undefined {
  const parts: Buffer[] = [];
  let size = 0;
  let at = start;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const chunkSize = Number.parseInt(data.toString('latin1', at, lineEnd).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(chunkSize) || chunkSize < 0) throw new HttpError(400, 'malformed chunk size');
    at = lineEnd + 2;
    if (chunkSize === 0) {
      // Trailer fields, then an empty line.
      for (;;) {
        const end = data.indexOf('\r\n', at);
        if (end < 0) return undefined;
        if (end === at) return { body: Buffer.concat(parts).toString('utf8'), end: end + 2 };
        at = end + 2;
      }
    }
    if (data.length < at + chunkSize + 2) return undefined;
    size += chunkSize;
    if (size > MAX_BODY) throw new HttpError(413, 'body too large');
    parts.push(data.subarray(at, at + chunkSize));
    at += chunkSize + 2;
  }
}

export interface Http1Server {
  readonly server: net.Server;
  /** Closes the listener and every open connection. */
  close(): Promise<void>;
}

export function createHttp1Server(handler: Handler): Http1Server {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    new ServerConnection(socket, handler);
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

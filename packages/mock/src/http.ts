/**
 * Serving a `MockCore` through node:http, with every limit explicit so that no client can make the mock hold
 * unbounded memory or wait forever:
 *
 * - the request head (request line and headers) is at most `maxHeaderSize` bytes, else 431;
 * - the body is at most `maxBodyBytes`, else 413 (a declared `Content-Length` above it is refused before any
 *   body byte is read, so is an `Expect: 100-continue` request);
 * - the head must arrive within `headersTimeout` and the whole request within `requestTimeout`, else 408;
 * - an idle keep-alive connection is closed after `keepAliveTimeout`, a socket silent for `socketTimeout`
 *   (a client that stops reading its answer, say) is destroyed;
 * - at most `maxConnections` connections are open at once.
 *
 * Malformed requests are refused by node:http's parser (llhttp): both `Content-Length` and `Transfer-Encoding`,
 * two `Content-Length`s, signed or non-decimal lengths, bad chunk sizes, folded or colon-less header lines, NUL
 * bytes, bare-LF line ends, a TLS handshake. The mock adds: a `Transfer-Encoding` other than `chunked`, an
 * HTTP/1.1 request without `Host`, and more than one `Host`, are 400; an `Expect` other than `100-continue` is 417 and
 * a `CONNECT` 405 (node alone answers those without a body, or not at all). Every such answer closes the connection and
 * carries a Binance-style body, `{"code":-1000,"msg":"An unknown error occurred while processing the request.[<reason>]"}` (the message
 * variant of Binance's SAPI error-code page that names the problem).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setImmediate as afterReads } from 'node:timers';
import type { MockCore, MockRequest, MockResponse } from './pipeline.js';

/** Bounds of the HTTP layer. Every field is optional in `MockOptions.http`; the defaults are below. */
export interface HttpLimits {
  /** Largest request head (request line + headers) in bytes; beyond it 431. Default 16384. */
  maxHeaderSize: number;
  /** Largest request body in bytes; beyond it 413. Default 65536 (Binance's parameters are short). */
  maxBodyBytes: number;
  /** Milliseconds to receive the request head; then 408. Default 10000. */
  headersTimeout: number;
  /** Milliseconds to receive the whole request; then 408. Default 30000. */
  requestTimeout: number;
  /** Milliseconds an idle keep-alive connection stays open. Default 65000. */
  keepAliveTimeout: number;
  /** Milliseconds without any socket activity (also a client not reading its answer) before the socket is destroyed. Default 120000. */
  socketTimeout: number;
  /** Open connections at most; further ones are closed at once. Default 1000. */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = {
  maxHeaderSize: 16_384,
  maxBodyBytes: 65_536,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 65_000,
  socketTimeout: 120_000,
  maxConnections: 1_000,
};

/** Checks and completes user-given limits; throws on a value node:http would refuse or misread. */
export function httpLimits(given: Partial<HttpLimits> = {}): HttpLimits {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`http.${name} must be a positive integer, not ${String(value)}`);
  }
  if (limits.headersTimeout > limits.requestTimeout) throw new Error('http.headersTimeout must not exceed http.requestTimeout');
  return limits;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

function refusalBody(reason: string): string {
  return JSON.stringify({ code: -1000, msg: `An unknown error occurred while processing the request.[${reason}]` });
}

/** The status and reason node:http would answer for a parser or timeout error. */
function clientErrorStatus(error: NodeJS.ErrnoException, limits: HttpLimits): [number, string] {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, `request head larger than ${limits.maxHeaderSize} bytes`];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'request not received in time'];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'chunk extensions too large'];
    default:
      return [400, `malformed HTTP request: ${(error as { reason?: string }).reason ?? error.code ?? 'parse error'}`];
  }
}

/** Writes a complete refusal to a socket that has no response object (parser errors, timeouts). */
function refuseOnSocket(socket: Socket, status: number, reason: string): void {
  const body = refusalBody(reason);
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The response of the request whose body a socket is reading, for refusals found inside that body. */
const readingBody = new WeakMap<Socket, ServerResponse>();
/** Sockets closing after a refusal: later parser errors on them are not answered again. */
const closing = new WeakSet<Socket>();

/** Answers a refusal on a response and closes the connection once it is written, reading nothing more. */
function refuse(res: ServerResponse, status: number, reason: string, core?: MockCore): void {
  const req = res.req;
  core?.logRefusal({ method: req.method ?? 'HTTP', path: (req.url ?? '/').split('?')[0]!, status, code: -1000, durationMs: 0 });
  const body = refusalBody(reason);
  res.shouldKeepAlive = false;
  const socket = res.socket;
  if (socket) {
    closing.add(socket);
    readingBody.delete(socket);
  }
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body, () => socket?.destroySoon());
}

const INTERNAL_ERROR: MockResponse = {
  status: 500,
  headers: { 'Content-Type': JSON_TYPE },
  body: '{"code":-1000,"msg":"An unknown error occurred while processing the request."}',
};

function write(res: ServerResponse, response: MockResponse): void {
  if (res.destroyed) return;
  if (response.disconnect) {
    res.destroy();
    return;
  }
  const headers: Record<string, string | number> = response.headers;
  // The pipeline dates every answer by the mock clock; node must not add the wall-clock date.
  res.sendDate = !('Date' in headers);
  headers['Content-Length'] = Buffer.byteLength(response.body);
  res.writeHead(response.status, headers);
  res.end(response.body);
}

/**
 * The answers computed in one turn of the event loop, written together once node has read every connection
 * that had a request ready (the loop's check phase, `setImmediate`). Writing each answer the moment it was
 * computed woke the waiting client once per answer; on a busy machine every wake-up preempted the mock
 * mid-request (a context switch per answer, its caches refilled each time), which cost more CPU than the
 * mock's own work (bench/RESULTS.md, "Where the time goes"). Answers of one connection keep their order (node
 * queues pipelined responses), a parser error on a connection first writes the answers due before it, and a
 * client waits at most for the requests read in the same turn.
 */
class AnswerBatch {
  private readonly responses: ServerResponse[] = [];
  private readonly answers: MockResponse[] = [];
  private scheduled = false;

  add(res: ServerResponse, answer: MockResponse): void {
    this.responses.push(res);
    this.answers.push(answer);
    if (!this.scheduled) {
      this.scheduled = true;
      afterReads(this.flush);
    }
  }

  /** Writes every pending answer, in the order they were computed. */
  readonly flush = (): void => {
    this.scheduled = false;
    const { responses, answers } = this;
    for (let i = 0; i < responses.length; i++) {
      const res = responses[i]!;
      try {
        write(res, answers[i]!);
      } catch {
        res.destroy();
      }
    }
    responses.length = 0;
    answers.length = 0;
  };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Runs one complete request through the core and queues its answer (an injected latency writes it when due). */
function dispatch(core: MockCore, batch: AnswerBatch, req: IncomingMessage, res: ServerResponse, body: string): void {
  const request: MockRequest = {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    header: (name) => firstValue(req.headers[name]),
    body,
    ip: req.socket.remoteAddress ?? '127.0.0.1',
  };
  let answer: MockResponse | Promise<MockResponse>;
  try {
    answer = core.handle(request);
  } catch {
    answer = INTERNAL_ERROR;
  }
  if (answer instanceof Promise) {
    answer.then(
      (response) => write(res, response),
      () => write(res, INTERNAL_ERROR),
    );
  } else {
    batch.add(res, answer);
  }
}

/** Whether the request head announces a body this server refuses before reading it; then answers and returns true. */
function refusedByHead(core: MockCore, req: IncomingMessage, res: ServerResponse, limits: HttpLimits): boolean {
  if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && req.headers.host === undefined) {
    refuse(res, 400, 'malformed HTTP request: missing Host header', core);
    return true;
  }
  // node:http keeps the first of several Host lines; RFC 9112 §3.2 requires a 400 (proxies may route by another).
  let hosts = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.length === 4 && req.rawHeaders[i]!.toLowerCase() === 'host') hosts++;
  if (hosts > 1) {
    refuse(res, 400, 'malformed HTTP request: more than one Host header', core);
    return true;
  }
  const coding = req.headers['transfer-encoding'];
  if (coding !== undefined && coding.trim().toLowerCase() !== 'chunked') {
    refuse(res, 400, `malformed HTTP request: unsupported Transfer-Encoding '${coding.slice(0, 40)}'`, core);
    return true;
  }
  const length = req.headers['content-length'];
  // llhttp has already checked the header is one decimal number.
  if (length !== undefined && Number(length) > limits.maxBodyBytes) {
    refuse(res, 413, `request body larger than ${limits.maxBodyBytes} bytes`, core);
    return true;
  }
  return false;
}

/**
 * Answers of one connection that may wait, unwritten, for the client to read (pipelined requests). node:http only
 * stops parsing a connection whose socket buffer is over its high-water mark when the next request arrives, and
 * not before its current read is parsed: a client pipelining without reading filled the kernel's buffers and then
 * had every further answer queued in the heap (4 such connections held 190 MB). Beyond this many the mock stops
 * reading the connection until they drain, as a server answering one request at a time would.
 */
export const MAX_WAITING_ANSWERS = 64;

/** node:http's own flags for a socket it stopped reading (its parser resumes with them). */
type PausableSocket = Socket & { _paused?: boolean; parser?: { pause(): void; resume(): void } | null };

const waitingAnswers = new WeakMap<Socket, number>();

/** Counts an answer the connection waits for; stops reading the connection beyond {@link MAX_WAITING_ANSWERS}. */
function holdBack(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket as PausableSocket;
  const waiting = (waitingAnswers.get(socket) ?? 0) + 1;
  waitingAnswers.set(socket, waiting);
  // The same flag node:http sets when it pauses for backpressure: its parser then pauses after this read and
  // nothing of node's resumes the socket while it is set (a request's body read, a finished answer).
  if (waiting > MAX_WAITING_ANSWERS && !socket._paused) {
    socket._paused = true;
    socket.pause();
  }
  res.once('close', () => {
    const left = (waitingAnswers.get(socket) ?? 1) - 1;
    waitingAnswers.set(socket, left);
    if (left <= MAX_WAITING_ANSWERS / 2 && socket._paused && !socket.writableNeedDrain && !socket.destroyed) {
      socket._paused = false;
      socket.parser?.resume();
      socket.resume();
    }
  });
}

function onRequest(core: MockCore, batch: AnswerBatch, limits: HttpLimits, req: IncomingMessage, res: ServerResponse): void {
  holdBack(req, res);
  if (refusedByHead(core, req, res, limits)) return;
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    dispatch(core, batch, req, res, '');
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  readingBody.set(req.socket, res);
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > limits.maxBodyBytes) {
      refused = true;
      chunks.length = 0;
      refuse(res, 413, `request body larger than ${limits.maxBodyBytes} bytes`, core);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    readingBody.delete(req.socket);
    if (!refused) dispatch(core, batch, req, res, chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
  });
  req.on('error', () => res.destroy());
}

export interface MockHttpServer {
  readonly server: http.Server;
  /** Stops accepting connections and closes every open one. */
  close(): Promise<void>;
}

/** Creates (without listening) the node:http server that serves `core` within `limits`. */
export function createHttpServer(core: MockCore, limits: HttpLimits): MockHttpServer {
  const batch = new AnswerBatch();
  const server = http.createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      // How often node checks the header and request deadlines (its default, 30 s, would let them overrun).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout),
      // Checked by the mock itself, to answer with the same body as every other refusal.
      requireHostHeader: false,
      noDelay: true,
    },
    (req, res) => onRequest(core, batch, limits, req, res),
  );
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.socketTimeout, (socket: Socket) => socket.destroy());
  server.on('checkContinue', (req, res) => {
    if (refusedByHead(core, req, res, limits)) return;
    res.writeContinue();
    onRequest(core, batch, limits, req, res);
  });
  // node:http's own answers here carry no body (417) or none at all (CONNECT closes the socket unanswered).
  server.on('checkExpectation', (req, res) => refuse(res, 417, `unsupported Expect '${String(req.headers.expect).slice(0, 40)}'`, core));
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    core.logRefusal({ method: 'CONNECT', path: '(proxy request)', status: 405, code: -1000, durationMs: 0 });
    refuseOnSocket(socket, 405, 'CONNECT is not supported: this is not a proxy');
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (closing.has(socket)) return;
    // Answers computed before the bad request are written first, as without batching.
    batch.flush();
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason] = clientErrorStatus(error, limits);
    // Inside a body: the request has its response object, which node writes in pipeline order.
    const res = readingBody.get(socket);
    if (res && !res.headersSent) {
      refuse(res, status, reason, core);
      return;
    }
    // An earlier pipelined answer still pending would be overtaken by a refusal written now: close instead.
    // One already ended is written before the refusal.
    const pending = (socket as Socket & { _httpMessage?: { writableEnded?: boolean } })._httpMessage;
    if (pending && !pending.writableEnded) {
      socket.destroy();
      return;
    }
    closing.add(socket);
    core.logRefusal({ method: 'HTTP', path: '(unparsed request)', status, code: -1000, durationMs: 0 });
    refuseOnSocket(socket, status, reason);
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

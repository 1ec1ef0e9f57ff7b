/**
 * `createMockServer` (node:http) and `createMockFetch` (in-process, fetch-compatible). Both run one `MockCore`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountSnapshot } from './admin.js';
import type { FaultConfig, MockConfig, MockMode } from './config.js';
import type { FilledNotice } from './engine/engine.js';
import { MockCore, type LogSink, type MockResponse } from './pipeline.js';

export interface MockOptions extends MockConfig {
  /** Port to listen on (0: any free port). Default 0. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  mode?: MockMode;
  /** `true` logs one line per request to stderr; a function receives the lines. Default: no log. */
  log?: boolean | LogSink;
}

/** Controls of a running mock, the same as its admin API. */
export interface MockControl {
  readonly mode: MockMode;
  /** The mock clock, epoch milliseconds. */
  now(): number;
  /** Moves the mock clock forward (interest accrues for every full hour passed). */
  advanceClock(ms: number): number;
  /** Sets a symbol's price and fills or triggers the resting orders it reaches. */
  setPrice(symbol: string, price: string): FilledNotice[];
  prices(): Record<string, string>;
  addFault(fault: FaultConfig): void;
  clearFaults(): void;
  /** Restores the initial state (or that of a new configuration). */
  reset(config?: MockConfig): void;
  /** Balances and open-order counts of an account. */
  account(apiKey: string): Record<string, unknown> | undefined;
}

function control(core: MockCore): MockControl {
  return {
    get mode() {
      return core.mode;
    },
    now: () => core.now(),
    advanceClock: (ms) => {
      const t = core.advanceClock(ms);
      for (const a of core.engine.accounts.values()) core.engine.accrue(a);
      return t;
    },
    setPrice: (symbol, price) => core.setPrice(symbol, price),
    prices: () => core.prices(),
    addFault: (f) => core.addFault(f),
    clearFaults: () => core.clearFaults(),
    reset: (config) => core.reset(config),
    account: (apiKey) => accountSnapshot(core, apiKey),
  };
}

function sinkOf(log: MockOptions['log']): LogSink | undefined {
  if (log === true) return (line) => process.stderr.write(`${line}\n`);
  return typeof log === 'function' ? log : undefined;
}

function splitOptions(options: MockOptions): { config: MockConfig; port: number; host: string; log: LogSink | undefined; mode: MockMode | undefined } {
  const { port = 0, host = '127.0.0.1', log, ...config } = options;
  return { config, port, host, log: sinkOf(log), mode: config.mode };
}

export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:53412`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly mock: MockControl;
  close(): Promise<void>;
}

/** Starts the mock on node:http. */
export async function createMockServer(options: MockOptions = {}): Promise<MockServer> {
  const { config, port, host, log, mode } = splitOptions(options);
  const core = new MockCore(config, { mode, log });
  const server: Server = createServer((req, res) => serve(core, req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    host: address.address,
    mock: control(core),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const MAX_BODY = 1 << 20;

function serve(core: MockCore, req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) {
      write(res, { status: 413, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: '{"code":-1101,"msg":"Too many parameters sent for this endpoint."}' });
      return;
    }
    const body = chunks.length === 0 ? '' : chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
    let answer: MockResponse | Promise<MockResponse>;
    try {
      answer = core.handle({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        header: (name) => rawHeader(req.rawHeaders, name),
        body,
        ip: req.socket.remoteAddress ?? '127.0.0.1',
      });
    } catch {
      answer = internalError();
    }
    if (answer instanceof Promise) {
      answer.then(
        (response) => write(res, response),
        () => write(res, internalError()),
      );
    } else {
      write(res, answer);
    }
  });
}

/**
 * Reads one header from the raw list (names compared case-insensitively). Cheaper than `req.headers`, which
 * builds an object of every header on first use; the pipeline reads at most four.
 */
function rawHeader(raw: string[], name: string): string | undefined {
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i]!;
    if (key.length === name.length && key.toLowerCase() === name) return raw[i + 1];
  }
  return undefined;
}

function internalError(): MockResponse {
  return {
    status: 500,
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body: '{"code":-1000,"msg":"An unknown error occurred while processing the request."}',
  };
}

function write(res: ServerResponse, response: MockResponse): void {
  // Every answer carries its own headers object.
  const headers = response.headers;
  headers['Content-Length'] = String(Buffer.byteLength(response.body));
  res.writeHead(response.status, headers);
  res.end(response.body);
}

/** A function with the signature of `fetch` that answers from an in-process mock (no port). */
export interface MockFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly mock: MockControl;
}

/** Creates an in-process mock reachable through a `fetch`-compatible function (any origin is accepted). */
export function createMockFetch(options: Omit<MockOptions, 'port' | 'host'> = {}): MockFetch {
  const { config, log, mode } = splitOptions(options);
  const core = new MockCore(config, { mode, log });
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(typeof input === 'string' && input.startsWith('/') ? `http://127.0.0.1${input}` : input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const response = await core.handle({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      body,
    });
    const nullBody = response.status === 204 || response.status === 304 || request.method === 'HEAD';
    return new Response(nullBody ? null : response.body, { status: response.status, headers: response.headers });
  };
  return Object.assign(fetchImpl, { mock: control(core) });
}

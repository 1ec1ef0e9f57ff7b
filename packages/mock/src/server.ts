/**
 * `createMockServer` (node:http) and `createMockFetch` (in-process, fetch-compatible). Both run one `MockCore`.
 */
import type { AddressInfo } from 'node:net';
import { accountSnapshot } from './admin.js';
import type { FaultConfig, MockConfig, MockMode } from './config.js';
import type { FilledNotice } from './engine/engine.js';
import { createHttp1Server } from './http1-server.js';
import { MockCore } from './pipeline.js';
import { formatRequestLog, type LogSink } from './request-log.js';

export interface MockOptions extends MockConfig {
  /** Port to listen on (0: any free port). Default 0. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  mode?: MockMode;
  /**
   * The request log. A function is called once per answered request with a `RequestLogEntry` (method, path,
   * status, Binance code, duration, account name; never a secret); `true` prints each as one line to stderr.
   * Default: no log.
   */
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
  if (log === true) return (entry) => process.stderr.write(`${formatRequestLog(entry)}\n`);
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

/** Starts the mock on its own HTTP/1.1 server (see http1-server.ts). */
export async function createMockServer(options: MockOptions = {}): Promise<MockServer> {
  const { config, port, host, log, mode } = splitOptions(options);
  const core = new MockCore(config, { mode, log });
  const { server, close } = createHttp1Server((request) => core.handle(request));
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
    close,
  };
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

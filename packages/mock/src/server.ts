/**
 * `createMockServer` (node:http) and `createMockFetch` (in-process, fetch-compatible). Both run one `MockCore`.
 */
import { type AddressInfo, BlockList, isIPv4, isIPv6 } from 'node:net';
import { accountSnapshot } from './admin.js';
import type { FaultConfig, MockConfig, MockMode } from './config.js';
import type { FilledNotice } from './engine/engine.js';
import { createHttpServer, httpLimits, type HttpLimits } from './http.js';
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
  /** Limits of the HTTP layer (`createMockServer` only): head and body sizes, deadlines, connections. */
  http?: Partial<HttpLimits>;
  /**
   * Require this token (16 to 256 printable characters) in the `X-Mock-Admin-Token` header of every admin API
   * request (`/__mock/`); without it they answer 401. Set it whenever the mock listens beyond loopback.
   */
  adminToken?: string;
  /**
   * Start the demo account with the orders, OCO lists, trades, loans and listen keys that the documented examples
   * name (`DEMO_FIXTURES`), so that every example of the docs succeeds as shown. Needs the demo account and the
   * demo prices (no `accounts`, no `prices`). `marginkit-mock` without options and `pnpm start` set it. Default false.
   */
  demoSeed?: boolean;
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

function splitOptions(options: MockOptions): {
  config: MockConfig;
  port: number;
  host: string;
  log: LogSink | undefined;
  mode: MockMode | undefined;
  http: Partial<HttpLimits> | undefined;
  adminToken: string | undefined;
  demoSeed: boolean;
} {
  const { port = 0, host = '127.0.0.1', log, http, adminToken, demoSeed = false, ...config } = options;
  return { config, port, host, log: sinkOf(log), mode: config.mode, http, adminToken, demoSeed };
}

/** The warning for a mock reachable from other machines without an admin token; undefined otherwise. */
export function exposureWarning(host: string, adminToken: string | undefined): string | undefined {
  if (isLoopback(host) || adminToken !== undefined) return undefined;
  return `the mock listens on ${host}, reachable from other machines: its admin API (/__mock/: reset, prices, clock, faults, account views) has no authentication and the demo credential is public. Set adminToken (CLI: --admin-token) to require a token for the admin API.`;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether an address is only reachable from this machine (any spelling of 127.0.0.0/8 and ::1, or localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isIPv4(bare)) return LOOPBACK.check(bare, 'ipv4');
  if (isIPv6(bare)) return LOOPBACK.check(bare, 'ipv6');
  return false;
}

export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:53412`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly mock: MockControl;
  close(): Promise<void>;
}

/** Starts the mock on a node:http server with bounded sizes and deadlines (see http.ts). */
export async function createMockServer(options: MockOptions = {}): Promise<MockServer> {
  const { config, port, host, log, mode, http, adminToken, demoSeed } = splitOptions(options);
  const limits = httpLimits(http);
  const core = new MockCore(config, { mode, log, demoSeed, ...(adminToken !== undefined ? { adminToken } : {}) });
  const { server, close } = createHttpServer(core, limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // Judged on the address actually bound: a host name or a short form such as 127.1 resolves to it.
  const warning = exposureWarning(address.address, adminToken);
  if (warning) process.emitWarning(warning, { code: 'MARGINKIT_MOCK_EXPOSED' });
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
export function createMockFetch(options: Omit<MockOptions, 'port' | 'host' | 'http'> = {}): MockFetch {
  const { config, log, mode, adminToken, demoSeed } = splitOptions(options);
  const core = new MockCore(config, { mode, log, demoSeed, ...(adminToken !== undefined ? { adminToken } : {}) });
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(typeof input === 'string' && input.startsWith('/') ? `http://127.0.0.1${input}` : input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const response = await core.handle({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      body,
      processClock: true,
    });
    // What fetch does when the connection drops before an answer (an injected `disconnect` fault).
    if (response.disconnect) throw new TypeError('fetch failed: the mock dropped the connection (injected disconnect fault)');
    const nullBody = response.status === 204 || response.status === 304 || request.method === 'HEAD';
    return new Response(nullBody ? null : response.body, { status: response.status, headers: response.headers });
  };
  return Object.assign(fetchImpl, { mock: control(core) });
}

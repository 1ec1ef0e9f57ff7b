/**
 * The framework-agnostic request pipeline: `(method, url, headers, body) → {status, headers, body}`. The
 * node:http server and `createMockFetch` both run it. Order of steps for an API route:
 * route → IP ban (418) → injected fault → parameters read → API key (-2014/-2015) → weight (429/418) →
 * signature and timing (-1102, the API's `x-binance-timing` codes, -1021, -1022) → parameter validation → order-count limit → the answer.
 */
import { timingSafeEqual } from 'node:crypto';
import type { OperationMeta } from '@marginkit/spec';
import { ADMIN_UNAUTHORIZED, handleAdmin, handleDownloadFile, isDownloadFileRequest } from './admin.js';
import { checkTiming, signedParts } from './auth.js';
import { Clock } from './clock.js';
import { DEMO_ACCOUNT, PRICE, validateConfig, withDefaults, type FaultConfig, type MockConfig, type MockMode } from './config.js';
import { D, fmt } from './decimal.js';
import { Engine, type FilledNotice } from './engine/engine.js';
import type { Account } from './engine/state.js';
import { ApiError, E } from './errors.js';
import { seedDemoAccount } from './demo-seed.js';
import { EXAMPLE_HEADER } from './examples.js';
import { errorCodeOf, type LogSink, type RequestLogEntry } from './request-log.js';
import { Faults, appliesRequest, faultAnswer, type ActiveFault } from './faults.js';
import { Limits } from './limits.js';
import { serialize } from './json.js';
import { holds, mergeParams, splitPairs, validateParams } from './params.js';
import { loopbackOrigin, type MockRequest, type MockResponse } from './mock-request.js';
import { routes, type Route } from './routes.js';

export type { MockRequest, MockResponse } from './mock-request.js';
export { servedOperations } from './routes.js';

export interface CoreOptions {
  mode?: MockMode;
  /**
   * A token the admin API (`/__mock/`) requires in the `X-Mock-Admin-Token` header (401 -1002 without it).
   * Default: none, the admin API is open (the mock listens on loopback unless told otherwise).
   */
  adminToken?: string;
  /** Called once per answered request (method, path, status, Binance code, duration, account name): never a secret. */
  log?: LogSink;
  /**
   * Start the demo account with its demo seed (demo-seed.ts): the orders, lists, trades, loans and listen keys
   * that the documented examples name. Needs the demo account and the demo prices (no `accounts`, no `prices`
   * configured); a reset restores it. `marginkit-mock` without options and `pnpm start` set it. Default false.
   */
  demoSeed?: boolean;
}

interface ApiOutcome {
  readonly response: MockResponse;
  readonly account?: string;
  /** The stack of an unexpected error, for the request log. */
  readonly internalError?: string;
}

export const EXPOSED_HEADERS = [
  'X-MBX-USED-WEIGHT-1M',
  'X-SAPI-USED-IP-WEIGHT-1M',
  'X-SAPI-USED-UID-WEIGHT-1M',
  'X-MBX-ORDER-COUNT-10S',
  'X-MBX-ORDER-COUNT-1D',
  'X-MBX-ORDER-COUNT-1M',
  'Retry-After',
  'Date',
].join(', ');

/** The header carrying the admin token (`CoreOptions.adminToken`). */
export const ADMIN_TOKEN_HEADER = 'x-mock-admin-token';
const ADMIN_TOKEN = /^[\x21-\x7e]{16,256}$/;
const ALLOWED_HEADERS = 'X-MBX-APIKEY, Content-Type, X-MBX-TIME-UNIT, X-Mock-Example, X-Mock-Admin-Token';
const API_KEY = /^[\x21-\x7e]{1,256}$/;

/** The demo seed needs the demo account on the demo market: neither accounts nor prices configured. */
function checkDemoSeed(config: MockConfig): void {
  if ((config.accounts ?? []).length > 0 || Object.keys(config.prices ?? {}).length > 0) {
    throw new Error('invalid mock configuration: demoSeed needs the demo account and the demo prices (configure neither accounts nor prices)');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class MockCore {
  config: MockConfig;
  readonly mode: MockMode;
  clock!: Clock;
  engine!: Engine;
  limits!: Limits;
  faults!: Faults;
  /** Whether the demo account starts with its seeded orders and history (demo-seed.ts). */
  private readonly demoSeed: boolean;
  private readonly log: LogSink | undefined;
  private readonly adminToken: Buffer | undefined;
  private readonly table: Map<string, Route>;
  private dateCache = { second: -1, text: '' };

  constructor(config: MockConfig = {}, options: CoreOptions = {}) {
    validateConfig(config);
    this.config = withDefaults(config);
    this.demoSeed = options.demoSeed === true;
    if (this.demoSeed) checkDemoSeed(config);
    this.mode = options.mode ?? config.mode ?? 'stateful';
    this.log = options.log;
    if (options.adminToken !== undefined && !ADMIN_TOKEN.test(options.adminToken)) {
      throw new Error('adminToken must be 16 to 256 printable ASCII characters without spaces');
    }
    this.adminToken = options.adminToken === undefined ? undefined : Buffer.from(options.adminToken);
    this.table = routes();
    this.reset();
  }

  /** Restores the state of the configuration (or of a new one). */
  reset(config?: MockConfig): void {
    if (config) {
      validateConfig(config);
      this.config = withDefaults(config);
      if (this.demoSeed) checkDemoSeed(config);
    }
    this.clock = new Clock(this.config.clock);
    this.engine = new Engine(this.config, this.clock);
    if (this.demoSeed) seedDemoAccount(this.engine, DEMO_ACCOUNT.apiKey);
    this.limits = new Limits(this.config.rateLimits);
    this.faults = new Faults(this.config.faults);
  }

  // ------------------------------------------------------------ controls (also behind /__mock/)

  now(): number {
    return this.clock.now();
  }

  advanceClock(ms: number): number {
    this.clock.advance(ms);
    return this.clock.now();
  }

  /** Sets a price and fills or triggers the resting orders it reaches. */
  setPrice(symbol: string, price: string): FilledNotice[] {
    if (typeof price !== 'string' || !PRICE.test(price)) throw new Error(`the price of ${String(symbol).slice(0, 40)} must be a positive decimal string with at most 8 decimals, not ${String(price).slice(0, 50)}`);
    return this.engine.setPrice(symbol, new D(price));
  }

  addFault(fault: FaultConfig): void {
    this.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  prices(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.engine.market.allPrices()).map(([s, p]) => [s, fmt(p)]));
  }

  // ------------------------------------------------------------ the pipeline

  private date(): string {
    const now = this.clock.now();
    const second = Math.floor(now / 1000);
    if (second !== this.dateCache.second) this.dateCache = { second, text: new Date(now).toUTCString() };
    return this.dateCache.text;
  }

  private baseHeaders(): Record<string, string> {
    return {
      'Content-Type': 'application/json;charset=UTF-8',
      Date: this.date(),
      'Access-Control-Allow-Origin': '*',
    };
  }

  private json(status: number, body: unknown, extra?: Record<string, string>): MockResponse {
    const headers = this.baseHeaders();
    if (extra) for (const key in extra) headers[key] = extra[key]!;
    return { status, headers, body: typeof body === 'string' ? body : serialize(body) };
  }

  /**
   * Runs one request through the pipeline. The answer is immediate unless an injected latency delays it (then a
   * promise); `await` works on both.
   */
  handle(req: MockRequest): MockResponse | Promise<MockResponse> {
    const started = this.log ? performance.now() : 0;
    const method = req.method.toUpperCase();
    let url = req.url;
    if (!url.startsWith('/')) {
      const slash = url.indexOf('/', url.indexOf('//') + 2);
      url = slash < 0 ? '/' : url.slice(slash);
    }
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    let response: MockResponse;
    let account: string | undefined;
    let internalError: string | undefined;
    if (method === 'OPTIONS') {
      response = {
        status: 204,
        headers: {
          Date: this.date(),
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Expose-Headers': EXPOSED_HEADERS,
          'Access-Control-Max-Age': '600',
        },
        body: '',
      };
    } else if (isDownloadFileRequest(method, path)) {
      response = handleDownloadFile(this, path, rawQuery);
      response = { ...response, headers: Object.assign(this.baseHeaders(), response.headers) };
    } else if (path.startsWith('/__mock/') || path === '/__mock') {
      response = this.adminAllowed(req)
        ? handleAdmin(this, method, path, rawQuery, req.body)
        : ADMIN_UNAUTHORIZED;
      response = { ...response, headers: Object.assign(this.baseHeaders(), response.headers) };
    } else if (method === 'GET' && path === '/api/v3/time') {
      response = this.json(200, `{"serverTime":${this.clock.now()}}`, { 'X-MBX-USED-WEIGHT-1M': '1' });
    } else {
      const route = this.table.get(`${method} ${path}`);
      if (!route) {
        response = this.json(404, (path.startsWith('/papi/') ? E.pmNotFound() : E.notFound(method, path)).body);
      } else {
        const extra: Record<string, string> = {};
        let out: ApiOutcome | Promise<ApiOutcome>;
        try {
          out = this.api(route, req, rawQuery, extra);
        } catch (error) {
          out = this.failure(error, extra);
        }
        if (out instanceof Promise) {
          return out
            .catch((error: unknown) => this.failure(error, extra))
            .then((o) => this.finish(method, path, started, this.cors(req, o.response), o.account, o.internalError));
        }
        account = out.account;
        internalError = out.internalError;
        response = out.response;
      }
    }
    return this.finish(method, path, started, this.cors(req, response), account, internalError);
  }

  /** Whether the request may use the admin API: always without a token, else with the same token (constant time). */
  private adminAllowed(req: MockRequest): boolean {
    if (!this.adminToken) return true;
    const sent = Buffer.from(req.header(ADMIN_TOKEN_HEADER) ?? '');
    return sent.length === this.adminToken.length && timingSafeEqual(sent, this.adminToken);
  }

  /** Browsers (requests with an Origin) are told which rate-limit headers they may read. */
  private cors(req: MockRequest, response: MockResponse): MockResponse {
    if (response.status !== 204 && req.header('origin') !== undefined) response.headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
    return response;
  }

  private failure(error: unknown, extra: Record<string, string>): ApiOutcome {
    const account = (error as { account?: string } | undefined)?.account;
    if (error instanceof ApiError) return { response: this.json(error.status, error.body, { ...extra, ...error.headers }), account };
    const internalError = String((error as Error | undefined)?.stack ?? error);
    return { response: this.json(500, { code: -1000, msg: 'An unknown error occurred while processing the request.' }, extra), account, internalError };
  }

  /** Logs an answer the HTTP layer gave without the pipeline (a refused request head or body). */
  logRefusal(entry: Omit<RequestLogEntry, 'time'>): void {
    this.log?.({ time: Date.now(), ...entry });
  }

  private finish(method: string, path: string, started: number, response: MockResponse, account: string | undefined, internalError: string | undefined): MockResponse {
    if (this.log) {
      const code = errorCodeOf(response.status, response.body);
      this.log({
        time: Date.now(),
        method,
        path,
        status: response.status,
        ...(code !== undefined ? { code } : {}),
        durationMs: performance.now() - started,
        ...(account ? { account } : {}),
        ...(internalError !== undefined ? { error: internalError } : {}),
      });
    }
    return response;
  }

  private api(route: Route, req: MockRequest, rawQuery: string, extra: Record<string, string>): ApiOutcome | Promise<ApiOutcome> {
    const { meta } = route;
    const ip = req.ip ?? '127.0.0.1';
    this.limits.checkBan(ip, this.clock.now());
    const fault = this.faults.empty ? undefined : this.faults.take(meta);
    if (fault?.latencyMs) return sleep(fault.latencyMs).then(() => this.served(route, req, rawQuery, extra, ip, fault));
    return this.served(route, req, rawQuery, extra, ip, fault);
  }

  /** The answer of an injected fault (see faults.ts). */
  private faultResponse(fault: ActiveFault, meta: OperationMeta, extra?: Record<string, string>): MockResponse {
    const answer = faultAnswer(fault, meta.api);
    if (answer.disconnect) return { status: 0, headers: {}, body: '', disconnect: true };
    return this.json(answer.status, answer.body, { ...extra, 'Content-Type': answer.contentType });
  }

  private served(route: Route, req: MockRequest, rawQuery: string, extra: Record<string, string>, ip: string, active: ActiveFault | undefined): ApiOutcome {
    const { meta } = route;
    const fault = active?.kind === 'latency' ? undefined : active;
    // Not processed: answered before anything is read, counted or applied.
    if (fault && !appliesRequest(fault)) return { response: this.faultResponse(fault, meta) };

    const contentType = req.header('content-type') ?? '';
    const rawBody = req.body && (contentType === '' || contentType.includes('application/x-www-form-urlencoded')) ? req.body : '';
    const queryPairs = splitPairs(rawQuery);
    const bodyPairs = splitPairs(rawBody);
    const params = mergeParams(queryPairs, bodyPairs);

    let account;
    if (meta.apiKey) {
      const key = req.header('x-mbx-apikey');
      if (key === undefined || !API_KEY.test(key)) throw E.apiKeyFormat();
      account = this.engine.accounts.get(key);
      if (!account) throw E.apiKeyRejected();
    }
    const accountLabel = account?.name;

    const now = this.clock.now();
    try {
      const weight = this.weight(route, params);
      const uid = account ? String(account.uid) : undefined;
      Object.assign(extra, this.limits.countWeight(meta, weight, ip, uid, now));
      this.limits.countEndpoint(meta, weight, ip, uid, now);

      if (meta.signed) {
        const timestamp = params.get('timestamp');
        if (timestamp === undefined || timestamp === '') throw E.mandatory('timestamp');
        const signed = signedParts(rawQuery, queryPairs, rawBody, bodyPairs);
        if (signed.signature === undefined || signed.signature === '') throw E.mandatory('signature');
        try {
          checkTiming(meta.timing!, timestamp, params.get('recvWindow'), now);
        } catch (error) {
          // In process, a timestamp on the process clock is as good as one on the mock clock.
          if (!(req.processClock && error instanceof ApiError && error.code === -1021)) throw error;
          try {
            checkTiming(meta.timing!, timestamp, params.get('recvWindow'), Date.now());
          } catch {
            throw error;
          }
        }
        if (!signed.last || !account!.verifier.verify(signed.payload, signed.signature)) throw E.badSignature();
      }

      validateParams(meta, route.params, params);
      if (meta.orderCount > 0 && account) this.limits.checkOrders(meta, String(account.uid), now);

      let status = 200;
      let body: string;
      if (this.mode === 'examples') {
        const name = req.header(EXAMPLE_HEADER) ?? route.examples.defaultName;
        const example = route.examples.byName.get(name);
        if (!example) throw E.unknownExample(name, [...route.examples.byName.keys()]);
        status = example.status;
        body = example.text;
      } else {
        // Operations without an API key (ping) never read the account.
        if (account) this.engine.accrue(account);
        const result = route.handler({ engine: this.engine, account: account as Account, meta, params, ip, origin: loopbackOrigin(req), limits: this.limits });
        body = serialize(result.body);
      }
      if (meta.orderCount > 0 && account && status < 300) {
        Object.assign(extra, this.limits.countOrders(meta, String(account.uid), now));
      }
      // Applied, then answered as if the outcome were lost.
      if (fault) return { response: this.faultResponse(fault, meta, extra), account: accountLabel };
      return { response: this.json(status, body, extra), account: accountLabel };
    } catch (error) {
      if (error instanceof ApiError || error instanceof Error) Object.assign(error, { account: accountLabel });
      throw error;
    }
  }

  private weight(route: Route, params: ReadonlyMap<string, string>): number {
    const { meta } = route;
    if (meta.operationId === 'getMarginOpenOrders' && !params.has('symbol')) {
      return Math.max(1, this.engine.market.symbols().length);
    }
    for (const cond of meta.weight.conditions ?? []) if (holds(meta, params, cond)) return cond.value;
    return meta.weight.value;
  }
}

/**
 * The admin API under `/__mock/` (described by `admin.openapi.json`): prices, clock, reset, faults and a view
 * of an account's state. JSON in, JSON out; errors are `{code, msg}` with status 400 or 404.
 */
import { readFileSync } from 'node:fs';
import { parseLossless, stringifyLossless } from '@marginkit/core';
import { HOUR, MAX_TIME } from './clock.js';
import { PRICE, type FaultConfig, type MockConfig } from './config.js';
import { fmt } from './decimal.js';
import { sapiState } from './engine/sapi-state.js';
import type { Balance, Wallet } from './engine/state.js';
import type { MockCore, MockResponse } from './pipeline.js';
import { FuturesAdminError, handleFuturesFunding, handleFuturesMarkPrices } from './futures/admin.js';
import { downloadFile } from './pm-account/downloads.js';

const SYMBOL = /^[A-Z0-9]{2,30}$/;
/** Bounds of what the admin API keeps: faults at once, symbols in the market, a fault's route text. */
export const MAX_FAULTS = 100;
export const MAX_SYMBOLS = 1_000;
const MAX_ROUTE_LENGTH = 200;
const MAX_FAULT_TIMES = 1_000_000;

let adminSpecText: string | undefined;

/** The admin API's OpenAPI description (`@marginkit/mock/admin.openapi.json`). */
export function adminOpenApi(): string {
  adminSpecText ??= readFileSync(new URL('../admin.openapi.json', import.meta.url), 'utf8');
  return adminSpecText;
}

/** The answer to an admin request without the configured admin token. */
export const ADMIN_UNAUTHORIZED: MockResponse = {
  status: 401,
  headers: {},
  body: '{"code":-1002,"msg":"You are not authorized to execute this request."}',
};

class AdminError extends Error {
  constructor(
    readonly status: number,
    msg: string,
  ) {
    super(msg);
  }
}

function answer(status: number, body: unknown): MockResponse {
  return { status, headers: {}, body: typeof body === 'string' ? body : stringifyLossless(body) };
}

/** Parses a JSON object body; `lossless` keeps integers above 2^53 exact (as bigints), for configurations. */
function parseBody(text: string, lossless = false): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = lossless ? parseLossless(text) : JSON.parse(text);
  } catch {
    throw new AdminError(400, 'The body is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AdminError(400, 'The body must be a JSON object.');
  return value as Record<string, unknown>;
}

function balanceView(b: Balance, pm: boolean): Record<string, string> {
  const out: Record<string, string> = {
    free: fmt(b.free),
    locked: fmt(b.locked),
    borrowed: fmt(b.borrowed),
    interest: fmt(b.interest),
  };
  if (pm) {
    out.umWalletBalance = fmt(b.um);
    out.cmWalletBalance = fmt(b.cm);
  }
  return out;
}

function walletView(w: Wallet, pm = false): Record<string, Record<string, string>> {
  return Object.fromEntries([...w.balances].map(([asset, b]) => [asset, balanceView(b, pm)]));
}

/** A snapshot of one account, for tests and debugging (`GET /__mock/accounts/{apiKey}`). */
export function accountSnapshot(core: MockCore, apiKey: string): Record<string, unknown> | undefined {
  const a = core.engine.accounts.get(apiKey);
  if (!a) return undefined;
  core.engine.accrue(a);
  return {
    name: a.name,
    apiKey: a.apiKey,
    keyType: a.verifier.type,
    accountId: a.uid,
    margin: walletView(a.margin.cross),
    isolated: Object.fromEntries([...a.margin.isolated].map(([s, w]) => [s, walletView(w)])),
    portfolioMargin: walletView(a.portfolioMargin.wallet, true),
    spot: walletView(sapiState(a).spot),
    openOrders: { margin: a.margin.book.open.size, portfolioMargin: a.portfolioMargin.book.open.size },
  };
}

/** Refuses fields the route does not read (a typo would otherwise be ignored silently). */
function onlyFields(body: Record<string, unknown>, names: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!names.includes(key)) throw new AdminError(400, `Unknown field '${key.slice(0, 40)}'; this route reads ${names.map((n) => `'${n}'`).join(', ')}.`);
  }
}

function invalid(name: string, range: string): AdminError {
  return new AdminError(400, `Data sent for parameter '${name}' is not valid (${range}).`);
}

/** Moves the mock clock as `POST /__mock/clock` asks: exactly one of advanceMs, advanceHours, time, each bounded. */
function moveClock(core: MockCore, body: Record<string, unknown>): void {
  onlyFields(body, ['advanceMs', 'advanceHours', 'time']);
  const given = ['advanceMs', 'advanceHours', 'time'].filter((k) => body[k] !== undefined);
  if (given.length !== 1) throw new AdminError(400, "Send exactly one of 'advanceMs', 'advanceHours' or 'time'.");
  const max = core.clock.maxAdvance;
  const { advanceMs, advanceHours, time } = body;
  if (advanceMs !== undefined) {
    if (typeof advanceMs !== 'number' || !Number.isSafeInteger(advanceMs) || advanceMs < 0 || advanceMs > max) {
      throw invalid('advanceMs', `an integer from 0 to ${max}`);
    }
    core.advanceClock(advanceMs);
  } else if (advanceHours !== undefined) {
    const ms = typeof advanceHours === 'number' && Number.isFinite(advanceHours) ? Math.round(advanceHours * HOUR) : Number.NaN;
    if (!(ms >= 0 && ms <= max)) throw invalid('advanceHours', `a number from 0 to ${Math.floor(max / HOUR)}`);
    core.advanceClock(ms);
  } else {
    const now = core.now();
    if (typeof time !== 'number' || !Number.isSafeInteger(time) || time < now || time > MAX_TIME) {
      throw invalid('time', `an integer from now, ${now}, to ${MAX_TIME}: the clock only moves forward`);
    }
    core.clock.set(time);
  }
}

const FAULT_KINDS = ['unknown', 'unexpected', 'gateway', 'disconnect', 'unavailable', 'internalError', 'throttled', 'latency'] as const;

function faultFrom(body: Record<string, unknown>): FaultConfig {
  onlyFields(body, ['route', 'kind', 'latencyMs', 'times', 'applied', 'status']);
  const { route, kind, latencyMs, times, applied, status } = body;
  if (typeof route !== 'string' || route === '') throw new AdminError(400, "Mandatory parameter 'route' was not sent, was empty/null, or malformed.");
  if (route.length > MAX_ROUTE_LENGTH) throw invalid('route', `at most ${MAX_ROUTE_LENGTH} characters`);
  if (!FAULT_KINDS.includes(kind as never)) throw invalid('kind', FAULT_KINDS.join(', '));
  const fault: FaultConfig = { route, kind: kind as FaultConfig['kind'] };
  if (applied !== undefined) {
    if (typeof applied !== 'boolean') throw invalid('applied', 'true or false');
    fault.applied = applied;
  }
  if (status !== undefined) {
    if (!Number.isInteger(status) || (status as number) < 500 || (status as number) > 599) throw invalid('status', 'an integer from 500 to 599');
    fault.status = status as number;
  }
  if (latencyMs !== undefined) {
    if (!Number.isInteger(latencyMs) || (latencyMs as number) < 0 || (latencyMs as number) > 60000) {
      throw new AdminError(400, "Data sent for parameter 'latencyMs' is not valid (0 to 60000).");
    }
    fault.latencyMs = latencyMs as number;
  }
  if (times !== undefined) {
    if (!Number.isInteger(times) || (times as number) < 1 || (times as number) > MAX_FAULT_TIMES) throw invalid('times', `an integer from 1 to ${MAX_FAULT_TIMES}`);
    fault.times = times as number;
  }
  return fault;
}

const DOWNLOADS_PREFIX = '/__mock/downloads/';

/** Whether a request is for a download file: those carry their own signed link and need no admin token. */
export function isDownloadFileRequest(method: string, path: string): boolean {
  return method === 'GET' && path.startsWith(DOWNLOADS_PREFIX);
}

/** `GET /__mock/downloads/{kind}/{downloadId}.csv?expires=…&signature=…`: a download's CSV, or 403/404. */
export function handleDownloadFile(core: MockCore, path: string, query: string): MockResponse {
  const file = downloadFile(core.engine, path, query);
  if ('csv' in file) {
    return { status: 200, headers: { 'Content-Type': 'text/csv;charset=UTF-8', 'Content-Disposition': `attachment; filename="${path.slice(path.lastIndexOf('/') + 1)}"` }, body: file.csv };
  }
  return answer(file.status, { code: file.status === 404 ? -1099 : -1002, msg: file.msg });
}

export function handleAdmin(core: MockCore, method: string, path: string, _query: string, bodyText: string): MockResponse {
  try {
    const route = `${method} ${path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /__mock/openapi.json':
        return answer(200, adminOpenApi());
      case 'GET /__mock/health':
        return answer(200, { status: 'ok', mode: core.mode, time: core.now(), accounts: core.engine.accounts.size });
      case 'GET /__mock/clock':
        return answer(200, { time: core.now(), frozen: core.clock.frozen });
      case 'POST /__mock/clock': {
        moveClock(core, parseBody(bodyText));
        for (const account of core.engine.accounts.values()) core.engine.accrue(account);
        return answer(200, { time: core.now(), frozen: core.clock.frozen });
      }
      case 'GET /__mock/prices':
        return answer(200, { prices: core.prices() });
      case 'POST /__mock/prices': {
        const body = parseBody(bodyText);
        const entries = Object.entries(body);
        if (entries.length === 0) throw new AdminError(400, 'Send at least one "SYMBOL": "price" pair.');
        const known = new Set(core.engine.market.symbols());
        const added = entries.filter(([symbol]) => !known.has(symbol)).length;
        if (known.size + added > MAX_SYMBOLS) throw new AdminError(400, `The market holds at most ${MAX_SYMBOLS} symbols.`);
        for (const [symbol, price] of entries) {
          if (!SYMBOL.test(symbol)) throw new AdminError(400, `Invalid symbol '${symbol.slice(0, 40)}'.`);
          if (typeof price !== 'string' || !PRICE.test(price)) {
            throw new AdminError(400, `The price of ${symbol} must be a positive decimal string with at most 8 decimals (answers show 8).`);
          }
        }
        const orders = [];
        for (const [symbol, price] of entries) {
          try {
            for (const n of core.setPrice(symbol, price as string)) {
              orders.push({ api: n.api, account: core.engine.accounts.get(n.apiKey)?.name, symbol: n.symbol, orderId: n.orderId, status: n.status });
            }
          } catch (error) {
            throw new AdminError(400, (error as Error).message);
          }
        }
        return answer(200, { prices: core.prices(), orders });
      }
      case 'POST /__mock/reset': {
        const body = parseBody(bodyText, true);
        try {
          core.reset(Object.keys(body).length > 0 ? (body as MockConfig) : undefined);
        } catch (error) {
          throw new AdminError(400, (error as Error).message);
        }
        return answer(200, { status: 'ok', time: core.now() });
      }
      case 'GET /__mock/faults':
        return answer(200, { faults: core.faults.all() });
      case 'POST /__mock/faults':
        if (core.faults.all().length >= MAX_FAULTS) throw new AdminError(400, `At most ${MAX_FAULTS} faults are active at once; DELETE /__mock/faults clears them.`);
        core.addFault(faultFrom(parseBody(bodyText)));
        return answer(200, { faults: core.faults.all() });
      case 'GET /__mock/futures/markPrices':
      case 'POST /__mock/futures/markPrices':
        return answer(200, handleFuturesMarkPrices(core, method, parseBody(bodyText)));
      case 'POST /__mock/futures/funding':
        return answer(200, handleFuturesFunding(core, parseBody(bodyText)));
      case 'DELETE /__mock/faults':
        core.clearFaults();
        return answer(200, { faults: [] });
    }
    const account = /^GET \/__mock\/accounts\/([^/]+)$/.exec(route);
    if (account) {
      let apiKey: string;
      try {
        apiKey = decodeURIComponent(account[1]!);
      } catch {
        throw new AdminError(400, 'The API key in the path is not valid percent-encoded UTF-8.');
      }
      const snapshot = accountSnapshot(core, apiKey);
      if (!snapshot) throw new AdminError(404, 'No account has this API key.');
      return answer(200, snapshot);
    }
    throw new AdminError(404, `No admin route ${route.slice(0, 100)}.`);
  } catch (error) {
    if (error instanceof AdminError) return answer(error.status, { code: error.status === 404 ? -1099 : -1130, msg: error.message });
    if (error instanceof FuturesAdminError) return answer(400, { code: -1130, msg: error.message });
    throw error;
  }
}

/**
 * Admin control of the futures market:
 * - `/__mock/futures/markPrices`: read the mark prices, set some (`{"BTCUSDT": "41000"}`), or walk symbols through
 *   price paths (`{"path": {"BTCUSDT": ["40500", "41000"]}}`), each step filling the resting orders and
 *   triggering the conditional and algo orders it reaches;
 * - `/__mock/futures/funding`: settle one funding period, for every symbol at its configured rate (`{}`) or for
 *   the listed symbols at the given signed rates (`{"BTCUSDT": "-0.0002"}`).
 * Bad input throws {@link FuturesAdminError}, which the admin API answers 400 with its message.
 */
import { PRICE, FUNDING_RATE } from '../config.js';
import { fmt, D, type Dec } from '../decimal.js';
import type { MockCore } from '../pipeline.js';
import { futuresOf, type FuturesEngine } from './engine.js';
import { settleFunding } from './funding.js';

const MAX_PATH = 10_000;

export class FuturesAdminError extends Error {}

/** A symbol as the admin API's messages quote it (a client may send any length). */
const quoted = (symbol: string): string => (symbol.length > 40 ? `${symbol.slice(0, 40)}…` : symbol);

// At most 8 decimals, as every answer shows: a finer mark would move profits by amounts no answer shows.
function price(symbol: string, value: unknown): Dec {
  if (typeof value !== 'string' || !PRICE.test(value)) throw new FuturesAdminError(`The mark price of ${quoted(symbol)} must be a positive decimal string with at most 8 decimals.`);
  return new D(value);
}

function knownSymbol(f: FuturesEngine, symbol: string): void {
  if (!f.symbols.has(symbol)) throw new FuturesAdminError(`Unknown futures symbol '${quoted(symbol)}'.`);
}

const markPrices = (f: FuturesEngine) => Object.fromEntries(Object.entries(f.allMarks()).map(([s, p]) => [s, fmt(p)]));

export function handleFuturesMarkPrices(core: MockCore, method: string, body: Record<string, unknown>): Record<string, unknown> {
  const f = futuresOf(core.engine);
  const events: Record<string, unknown>[] = [];
  if (method === 'POST') {
    const steps: [string, Dec[]][] = [];
    const path = body.path;
    if (path !== undefined) {
      const stray = Object.keys(body).find((key) => key !== 'path');
      if (stray !== undefined) throw new FuturesAdminError(`Unknown field '${quoted(stray)}' beside "path"; send mark prices or a path, not both.`);
      if (!path || typeof path !== 'object' || Array.isArray(path) || Object.keys(path).length === 0) throw new FuturesAdminError('"path" must map at least one symbol to an array of prices.');
      for (const [symbol, prices] of Object.entries(path)) {
        if (!Array.isArray(prices) || prices.length === 0 || prices.length > MAX_PATH) throw new FuturesAdminError(`The path of ${quoted(symbol)} must be 1 to ${MAX_PATH} prices.`);
        steps.push([symbol, prices.map((p) => price(symbol, p))]);
      }
    } else {
      if (Object.keys(body).length === 0) throw new FuturesAdminError('Send at least one "SYMBOL": "markPrice" pair, or a "path".');
      for (const [symbol, value] of Object.entries(body)) steps.push([symbol, [price(symbol, value)]]);
    }
    for (const [symbol] of steps) knownSymbol(f, symbol);
    for (const [symbol, prices] of steps) {
      for (const e of f.followPath(symbol, prices)) events.push({ account: e.account.name, market: e.market, kind: e.kind, id: e.id, status: e.status });
    }
  }
  return { markPrices: markPrices(f), events };
}

export function handleFuturesFunding(core: MockCore, body: Record<string, unknown>): Record<string, unknown> {
  const f = futuresOf(core.engine);
  const rates = new Map<string, Dec>();
  if (Object.keys(body).length === 0) {
    for (const s of f.symbols.values()) rates.set(s.symbol, s.fundingRate);
  } else {
    for (const [symbol, value] of Object.entries(body)) {
      knownSymbol(f, symbol);
      if (typeof value !== 'string' || !FUNDING_RATE.test(value)) {
        throw new FuturesAdminError(`The funding rate of ${quoted(symbol)} must be a decimal string from -1 to 1 with at most 8 decimals (negative when shorts pay).`);
      }
      rates.set(symbol, new D(value));
    }
  }
  const events = settleFunding(f, rates).map((e) => ({
    account: e.account.name,
    market: e.market,
    symbol: e.symbol,
    positionSide: e.positionSide,
    fundingRate: fmt(e.fundingRate),
    income: fmt(e.income),
    asset: e.asset,
    tranId: e.tranId,
  }));
  return { fundingTime: core.now(), markPrices: markPrices(f), events };
}

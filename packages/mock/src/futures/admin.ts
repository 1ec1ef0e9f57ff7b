/**
 * Admin control of the futures market (`/__mock/futures/markPrices`): read the mark prices, set some
 * (`{"BTCUSDT": "41000"}`), or walk a symbol through a price path (`{"path": {"BTCUSDT": ["40500", "41000"]}}`),
 * each step filling the resting orders and triggering the conditional and algo orders it reaches.
 */
import { fmt, D } from '../decimal.js';
import type { MockCore } from '../pipeline.js';
import { futuresOf } from './engine.js';

const DECIMAL = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;

export class FuturesAdminError extends Error {}

function price(symbol: string, value: unknown) {
  if (typeof value !== 'string' || !DECIMAL.test(value) || new D(value).isZero()) throw new FuturesAdminError(`The mark price of ${symbol} must be a positive decimal string.`);
  return new D(value);
}

export function handleFuturesAdmin(core: MockCore, method: string, body: Record<string, unknown>): Record<string, unknown> {
  const f = futuresOf(core.engine);
  const events: Record<string, unknown>[] = [];
  if (method === 'POST') {
    const steps: [string, InstanceType<typeof D>[]][] = [];
    const path = body.path;
    if (path !== undefined) {
      if (!path || typeof path !== 'object' || Array.isArray(path)) throw new FuturesAdminError('"path" must map symbols to arrays of prices.');
      for (const [symbol, prices] of Object.entries(path)) {
        if (!Array.isArray(prices) || prices.length === 0 || prices.length > 10_000) throw new FuturesAdminError(`The path of ${symbol} must be 1 to 10000 prices.`);
        steps.push([symbol, prices.map((p) => price(symbol, p))]);
      }
    } else {
      if (Object.keys(body).length === 0) throw new FuturesAdminError('Send at least one "SYMBOL": "markPrice" pair, or a "path".');
      for (const [symbol, value] of Object.entries(body)) steps.push([symbol, [price(symbol, value)]]);
    }
    for (const [symbol] of steps) if (!f.symbols.has(symbol)) throw new FuturesAdminError(`Unknown futures symbol '${symbol}'.`);
    for (const [symbol, prices] of steps) {
      for (const e of f.followPath(symbol, prices)) events.push({ account: e.account.name, market: e.market, kind: e.kind, id: e.id, status: e.status });
    }
  }
  return { markPrices: Object.fromEntries(Object.entries(f.allMarks()).map(([s, p]) => [s, fmt(p)])), events };
}

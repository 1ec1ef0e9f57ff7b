/**
 * Admin control of funding (`POST /__mock/futures/funding`): `{"BTCUSDT": "0.0001", "BTCUSD_PERP": "-0.0002"}`
 * applies one funding tick per symbol at its current mark price and answers the fees charged.
 */
import { D } from '../decimal.js';
import { futuresOf } from '../futures/engine.js';
import type { MockCore } from '../pipeline.js';
import { applyFunding, type FundingEvent } from './funding.js';

const RATE = /^-?[0-9]{1,20}(\.[0-9]{1,20})?$/;

export function handleFundingAdmin(core: MockCore, body: Record<string, unknown>): { events: FundingEvent[] } {
  const entries = Object.entries(body);
  if (entries.length === 0) throw new Error('Send at least one "SYMBOL": "fundingRate" pair.');
  if (entries.length > 1000) throw new Error('At most 1000 symbols per funding tick.');
  const symbols = futuresOf(core.engine).symbols;
  for (const [symbol, rate] of entries) {
    if (!symbols.has(symbol)) throw new Error(`Unknown futures symbol '${symbol.slice(0, 40)}'.`);
    if (typeof rate !== 'string' || !RATE.test(rate)) throw new Error(`The funding rate of ${symbol} must be a decimal string (e.g. "0.0001").`);
  }
  const events: FundingEvent[] = [];
  for (const [symbol, rate] of entries) events.push(...applyFunding(core.engine, symbol, new D(rate as string)));
  return { events };
}
